import { makeExecutableSchema } from '@graphql-tools/schema';
import { describe, expect, it } from 'vitest';

import { loadTypeDefs } from '../../schema/loadTypeDefs.js';
import { createObjectRegistry } from '../../schema/objectRegistry.js';
import { readSearchTargets } from '../../schema/searchTargets.js';
import type { TwentyRecord } from '../../twenty/types.js';
import { compileSearchOrThrow, type SearchTarget } from '../compileSearch.js';
import { foldForRanking, labelOf, rankSearchHits } from '../rankSearchHits.js';

const TYPE_DEFS = loadTypeDefs();
const TARGETS = readSearchTargets(TYPE_DEFS, createObjectRegistry(makeExecutableSchema({ typeDefs: TYPE_DEFS })));
const target = (objectName: string): SearchTarget => TARGETS.find((candidate) => candidate.objectName === objectName) as SearchTarget;

const person = (id: string, firstName: string, lastName: string, email = '', phone = ''): TwentyRecord => ({
  id,
  name: { firstName, lastName },
  emails: { primaryEmail: email, additionalEmails: null },
  phones: { primaryPhoneNumber: phone, primaryPhoneCountryCode: '', primaryPhoneCallingCode: '', additionalPhones: null },
});
const company = (id: string, name: string, domain = ''): TwentyRecord => ({ id, name, domainName: { primaryLinkUrl: domain, primaryLinkLabel: '', secondaryLinks: null } });
const titled = (id: string, title: string): TwentyRecord => ({ id, title });

// Ranks `records` by object for `query`, as the resolver does with what each read returned.
function rank(query: string, records: Partial<Record<string, TwentyRecord[]>>, first = 50) {
  const plan = compileSearchOrThrow({ query, first }, TARGETS);
  const pages = plan.requests.map((request) => ({ request, records: records[request.target.objectName] ?? [], totalCount: 0 }));
  return rankSearchHits(plan, pages).map(({ objectName, label, rank: hitRank, matchedField }) => [objectName, label, hitRank, matchedField]);
}

describe('rankSearchHits', () => {
  it('ranks exact, then prefix, then contains, then words spread over fields', () => {
    expect(
      rank('Haruto Schmidt', {
        person: [
          person('p1', 'Haruto', 'Tanaka', 'h.tanaka@schmidt-partner.example'),
          person('p2', 'Haruto', 'Schmidtke'),
          person('p3', 'Haruto', 'Schmidt'),
          person('p4', 'Schmidt', 'Haruto'),
        ],
        note: [titled('n1', 'Call with Haruto Schmidt'), titled('n2', 'Re:haruto schmidt'), titled('n3', 'xharuto schmidt')],
      }),
    ).toEqual([
      ['person', 'Haruto Schmidt', 'EXACT', 'name'],
      // The reversed full name is the same person written last name first.
      ['person', 'Schmidt Haruto', 'EXACT', 'name'],
      ['person', 'Haruto Schmidtke', 'PREFIX', 'name'],
      ['note', 'Re:haruto schmidt', 'PREFIX', 'title'],
      ['note', 'Call with Haruto Schmidt', 'PREFIX', 'title'],
      ['note', 'xharuto schmidt', 'CONTAINS', 'title'],
      ['person', 'Haruto Tanaka', 'WORDS', null],
    ]);
  });

  it('puts label matches first, then person, company, opportunity, note, task, then shorter labels', () => {
    expect(
      rank('acme', {
        person: [person('p1', 'Ann', 'Lee', 'ann@acme.com'), person('p2', 'Acme', 'Bot')],
        company: [company('c2', 'Acme Holdings', 'https://acme.com'), company('c1', 'Acme', 'https://acme.io')],
        opportunity: [{ id: 'o1', name: 'Acme renewal' }],
        task: [titled('t1', 'Acme kickoff')],
        note: [titled('n1', 'Acme kickoff')],
      }),
    ).toEqual([
      // A first name is part of the label: equal to the query, it is an exact match.
      ['person', 'Acme Bot', 'EXACT', 'name.firstName'],
      ['company', 'Acme', 'EXACT', 'name'],
      ['company', 'Acme Holdings', 'PREFIX', 'name'],
      ['opportunity', 'Acme renewal', 'PREFIX', 'name'],
      ['note', 'Acme kickoff', 'PREFIX', 'title'],
      ['task', 'Acme kickoff', 'PREFIX', 'title'],
      // A word of the e-mail starts with the query (after the @).
      ['person', 'Ann Lee', 'PREFIX', 'emails.primaryEmail'],
    ]);
  });

  it('ignores case, accents and quotes, and keeps the first `first` hits', () => {
    expect(
      rank(
        'zoe o’brien',
        { person: [person('p2', 'Zoë', "O'Brien"), person('p1', 'ZOE', 'OBRIEN'), person('p3', 'Zoe', 'O’Briend')] },
        2,
      ),
    ).toEqual([
      ['person', 'ZOE OBRIEN', 'EXACT', 'name'],
      ['person', "Zoë O'Brien", 'EXACT', 'name'],
    ]);
  });

  it('matches e-mails and phone numbers', () => {
    expect(
      rank('628695', {
        person: [person('p1', 'A', 'B', 'a@b.example', '+33628695629'), person('p2', 'C', 'D', 'c@d.example', '628695629')],
      }),
    ).toEqual([
      ['person', 'C D', 'PREFIX', 'phones.primaryPhoneNumber'],
      ['person', 'A B', 'CONTAINS', 'phones.primaryPhoneNumber'],
    ]);
    expect(rank('a@b.example', { person: [person('p1', 'A', 'B', 'A@B.example')] })).toEqual([['person', 'A B', 'EXACT', 'emails.primaryEmail']]);
  });
});

describe('labelOf', () => {
  it('joins a full name and skips its empty parts', () => {
    expect(labelOf(person('p', 'Haruto', 'Schmidt'), target('person'))).toBe('Haruto Schmidt');
    expect(labelOf(person('p', '', 'Schmidt '), target('person'))).toBe('Schmidt');
    expect(labelOf({ id: 'c', name: null }, target('company'))).toBe('');
  });
});

describe('foldForRanking', () => {
  it('lowers case, strips accents and quotes, and collapses whitespace', () => {
    expect(foldForRanking('  Zoë  O’Brien "(Müller)" ')).toBe('zoe obrien muller');
  });
});

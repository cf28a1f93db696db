/** Finds the demo note the bench reads: one attached to a person. */
export const NOTE_ID_QUERY = /* GraphQL */ `{ noteTargets(first: 1, filter: { personId: { is: NOT_NULL } }) { edges { node { noteId } } } }`;

/** The note id in NOTE_ID_QUERY's data (empty when there is none). */
export function noteIdOf(data: Record<string, unknown> | null | undefined): string {
  return (data?.['noteTargets'] as { edges: Array<{ node: { noteId: string } }> } | undefined)?.edges[0]?.node.noteId ?? '';
}

/** One operation of the bench: a name to print and its GraphQL text. */
export interface BenchOperation {
  name: string;
  query: string;
}

/**
 * The bench's fixed set of nested operations; `noteId` is a demo note
 * attached to people and companies. Shared with the cost estimate's test,
 * which checks each estimate against what the operation really costs.
 */
export function benchOperations(noteId: string): BenchOperation[] {
  return [
    {
      name: '60 people with their company',
      query: /* GraphQL */ `{ people(first: 60) { edges { node { name { firstName lastName } company { name } } } } }`,
    },
    {
      name: '20 companies, people(first: 5) { company }, opportunities { pointOfContact }',
      query: /* GraphQL */ `{
        companies(first: 20) { edges { node { name
          people(first: 5) { totalCount edges { node { name { lastName } company { name } } } }
          opportunities { edges { node { name pointOfContact { name { lastName } } } } }
        } } }
      }`,
    },
    {
      name: "a note with its targets' people and companies",
      query: /* GraphQL */ `{ note(id: "${noteId}") { title targets { edges { node { person { name { lastName } } company { name } } } } } }`,
    },
    {
      name: '20 companies with their notes and tasks (through targets)',
      query: /* GraphQL */ `{
        companies(first: 20) { edges { node { name
          notes(first: 3) { totalCount edges { node { title } } }
          tasks(first: 3) { totalCount edges { node { title assignee { name { lastName } } } } }
        } } }
      }`,
    },
    {
      name: '50 opportunities with company { accountOwner } and pointOfContact { company }',
      query: /* GraphQL */ `{
        opportunities(first: 50) { edges { node { name
          company { name accountOwner { name { lastName } } }
          pointOfContact { name { lastName } company { name } }
        } } }
      }`,
    },
  ];
}

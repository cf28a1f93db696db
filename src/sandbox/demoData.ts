import { deterministicUuid } from './ids.js';
import { defaultRecordValue, recordKeyOf } from './standardObjects.js';
import type { Actor, ObjectMetadata, SandboxRecord } from './types.js';

// Demo data never reads the clock: every date is an offset from this instant,
// so the same seed always produces byte-identical records.
const BASE_TIME = Date.parse('2026-01-05T09:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;
// Midnight UTC of the base date, where calendar events count their days from.
const BASE_DAY = Date.parse('2026-01-05T00:00:00.000Z');

const COUNTS = {
  companies: 50,
  people: 200,
  opportunities: 80,
  notes: 60,
  tasks: 60,
} as const;

// ---------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------

interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

function createRandom(seed: number, stream: string): Random {
  // mulberry32, seeded from the demo seed mixed with a per-collection stream
  // name so adding records to one collection does not reshuffle the others.
  let state = (seed ^ hashString(stream)) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) {
        throw new Error('Invariant violation: pick from an empty list');
      }
      return item;
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = Math.floor(next() * (index + 1));
        [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
      }
      return copy;
    },
  };
}

function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index += 1) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

// ---------------------------------------------------------------------------
// Value pools
// ---------------------------------------------------------------------------

interface Location {
  street: string;
  city: string;
  state: string;
  country: string;
  postcode: string;
  lat: number;
  lng: number;
  tld: string;
  currency: string;
  phone: { countryCode: string; callingCode: string; digits: number; prefix: string };
}

const FR = { countryCode: 'FR', callingCode: '+33', digits: 9, prefix: '6' };
const US = { countryCode: 'US', callingCode: '+1', digits: 10, prefix: '4' };
const CA = { countryCode: 'CA', callingCode: '+1', digits: 10, prefix: '4' };
const GB = { countryCode: 'GB', callingCode: '+44', digits: 10, prefix: '7' };
const DE = { countryCode: 'DE', callingCode: '+49', digits: 11, prefix: '15' };
const ES = { countryCode: 'ES', callingCode: '+34', digits: 9, prefix: '6' };
const PL = { countryCode: 'PL', callingCode: '+48', digits: 9, prefix: '5' };
const JP = { countryCode: 'JP', callingCode: '+81', digits: 10, prefix: '90' };
const IE = { countryCode: 'IE', callingCode: '+353', digits: 9, prefix: '8' };
const IT = { countryCode: 'IT', callingCode: '+39', digits: 10, prefix: '3' };
const NL = { countryCode: 'NL', callingCode: '+31', digits: 9, prefix: '6' };
const BR = { countryCode: 'BR', callingCode: '+55', digits: 11, prefix: '119' };

const LOCATIONS: Location[] = [
  { street: '12 Rue de la Paix', city: 'Paris', state: '', country: 'France', postcode: '75002', lat: 48.8686, lng: 2.3314, tld: 'fr', currency: 'EUR', phone: FR },
  { street: '45 Avenue des Champs-Élysées', city: 'Paris', state: '', country: 'France', postcode: '75008', lat: 48.8698, lng: 2.3078, tld: 'fr', currency: 'EUR', phone: FR },
  { street: '8 Quai Saint-Antoine', city: 'Lyon', state: '', country: 'France', postcode: '69002', lat: 45.764, lng: 4.8357, tld: 'fr', currency: 'EUR', phone: FR },
  { street: '350 Canal St', city: 'New York', state: 'NY', country: 'United States', postcode: '10013', lat: 40.7209, lng: -74.0037, tld: 'com', currency: 'USD', phone: US },
  { street: '535 Mission St', city: 'San Francisco', state: 'CA', country: 'United States', postcode: '94105', lat: 37.7886, lng: -122.3982, tld: 'com', currency: 'USD', phone: US },
  { street: '600 Congress Ave', city: 'Austin', state: 'TX', country: 'United States', postcode: '78701', lat: 30.2686, lng: -97.7425, tld: 'com', currency: 'USD', phone: US },
  { street: '1 Federal St', city: 'Boston', state: 'MA', country: 'United States', postcode: '02110', lat: 42.3555, lng: -71.0565, tld: 'io', currency: 'USD', phone: US },
  { street: '100 King St W', city: 'Toronto', state: 'ON', country: 'Canada', postcode: 'M5X 1A9', lat: 43.6488, lng: -79.3817, tld: 'ca', currency: 'CAD', phone: CA },
  { street: '1250 Boulevard René-Lévesque O', city: 'Montréal', state: 'QC', country: 'Canada', postcode: 'H3B 4W8', lat: 45.4977, lng: -73.5714, tld: 'ca', currency: 'CAD', phone: CA },
  { street: '1 Finsbury Avenue', city: 'London', state: '', country: 'United Kingdom', postcode: 'EC2M 2PF', lat: 51.5196, lng: -0.0857, tld: 'co.uk', currency: 'GBP', phone: GB },
  { street: 'Friedrichstraße 68', city: 'Berlin', state: '', country: 'Germany', postcode: '10117', lat: 52.5113, lng: 13.3903, tld: 'de', currency: 'EUR', phone: DE },
  { street: 'Marienplatz 8', city: 'München', state: 'Bayern', country: 'Germany', postcode: '80331', lat: 48.1374, lng: 11.5755, tld: 'de', currency: 'EUR', phone: DE },
  { street: 'Calle de Alcalá 48', city: 'Madrid', state: '', country: 'Spain', postcode: '28014', lat: 40.4188, lng: -3.6973, tld: 'es', currency: 'EUR', phone: ES },
  { street: 'Passeig de Gràcia 21', city: 'Barcelona', state: 'Catalonia', country: 'Spain', postcode: '08007', lat: 41.3917, lng: 2.1649, tld: 'es', currency: 'EUR', phone: ES },
  { street: 'ul. Marszałkowska 104', city: 'Warszawa', state: 'Mazowieckie', country: 'Poland', postcode: '00-017', lat: 52.2344, lng: 21.0084, tld: 'pl', currency: 'PLN', phone: PL },
  { street: '1-1-2 Otemachi, Chiyoda-ku', city: 'Tokyo', state: '', country: 'Japan', postcode: '100-0004', lat: 35.6864, lng: 139.7635, tld: 'jp', currency: 'JPY', phone: JP },
  { street: '1 Grand Canal Square', city: 'Dublin', state: '', country: 'Ireland', postcode: 'D02 P820', lat: 53.3398, lng: -6.2386, tld: 'ie', currency: 'EUR', phone: IE },
  { street: 'Via del Corso 101', city: 'Roma', state: 'Lazio', country: 'Italy', postcode: '00186', lat: 41.9009, lng: 12.4801, tld: 'it', currency: 'EUR', phone: IT },
  { street: 'Herengracht 182', city: 'Amsterdam', state: '', country: 'Netherlands', postcode: '1016 BR', lat: 52.3752, lng: 4.8864, tld: 'nl', currency: 'EUR', phone: NL },
  { street: 'Avenida Paulista 1578', city: 'São Paulo', state: 'SP', country: 'Brazil', postcode: '01310-200', lat: -23.5614, lng: -46.6559, tld: 'com.br', currency: 'BRL', phone: BR },
];

const PARIS = LOCATIONS[0] as Location;

function locationIn(city: string): Location {
  const location = LOCATIONS.find((candidate) => candidate.city === city);
  if (location === undefined) {
    throw new Error(`Invariant violation: no demo location for ${city}`);
  }
  return location;
}

/** Company names; the first ones are always present, the rest are drawn by seed. */
const ALWAYS_COMPANIES = ['Acme (Holdings)', 'Boulanger & Fils', 'Müller Maschinenbau GmbH', "Margie's Travel", 'Sakura Systems'];
const MORE_COMPANIES = [
  'Northwind Traders', 'Contoso', 'Fabrikam', 'Tailspin Toys', 'Wide World Importers', 'Adventure Works',
  'Blue Yonder Airlines', 'Coho Winery', 'Litware', 'Proseware', 'Lucerne Publishing', 'Fourth Coffee',
  'Alpine Ski House', 'Woodgrove Bank', 'Trey Research', 'Wingtip Toys', 'Humongous Insurance',
  'Consolidated Messenger', 'City Power & Light', 'VanArsdel', 'Relecloud', 'Southridge Video',
  'Tasmanian Traders', 'Café Lumière', 'Łódź Robotics', 'Ñandú Ventures', 'Nordlicht AG',
  'Brightline Analytics', 'Quantum Pulse', 'Helios Energy', 'Orbital Freight', 'Pinecrest Health',
  'Redwood Labs', 'Silverline Media', 'Tidewater Logistics', 'Vertex Dynamics', 'Zephyr Cloud',
  'Kestrel Security', 'Lumen Biotech', 'Maple & Oak Furniture', 'Harborview Capital', 'Ironclad Systems',
  'Juniper Foods', 'Aurora Robotics', 'Cobalt Finance', 'Delta Nine', 'Evergreen Solar', 'Foxglove Studio',
  'Granite Peak Partners', 'Osprey Outdoor', 'Saffron Kitchens', 'Bluebird Payments', 'Copperleaf Software',
];
const COMPANY_CITY_HINTS: Record<string, string> = {
  'Acme (Holdings)': 'New York',
  'Boulanger & Fils': 'Paris',
  'Müller Maschinenbau GmbH': 'München',
  "Margie's Travel": 'Dublin',
  'Sakura Systems': 'Tokyo',
  'Café Lumière': 'Paris',
  'Łódź Robotics': 'Warszawa',
  'Ñandú Ventures': 'Madrid',
  'Nordlicht AG': 'Berlin',
};

const FIRST_NAMES = [
  'Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Lucas', 'Mia', 'Ethan', 'Sophia', 'Mason', 'Chloé', 'Hugo',
  'Léa', 'Louis', 'Camille', 'Jules', 'Inès', 'Lena', 'Jonas', 'Hannah', 'Felix', 'Sofía', 'Mateo', 'Lucía',
  'Pablo', 'Aiko', 'Haruto', 'Yui', 'Kenji', 'Anna', 'Piotr', 'Zofia', 'Jakub', 'Aoife', 'Cian', 'Giulia',
  'Lorenzo', 'Sara', 'Daniel', 'Grace', 'Henry', 'Isabel', 'Oscar', 'Nora', 'Leo', 'Maya', 'Arjun', 'Priya',
  'Rafael', 'Beatriz', 'Søren', 'Zoë', 'Noémie', 'Jürgen',
];
const LAST_NAMES = [
  'Smith', 'Johnson', 'Brown', 'Garcia', 'Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Schmidt',
  'Schneider', 'Fischer', 'Weber', 'García', 'Fernández', 'López', 'Sánchez', 'Tanaka', 'Suzuki', 'Kowalski',
  'Wiśniewski', 'Murphy', 'Kelly', 'Rossi', 'Bianchi', 'Taylor', 'Wilson', 'Anderson', 'Thomas', 'Lee',
  'Nguyen', 'Silva', 'Santos', 'Costa', 'Patel', 'Shah', 'Jensen', 'Novak', 'Horvat', 'Petit', "O'Connor",
  'Van der Berg', 'Müller', 'Lefèvre',
];
const JOB_TITLES = [
  'CEO', 'CTO', 'CFO', 'VP of Sales', 'Head of Sales, EMEA', 'Account Executive', 'Software Engineer',
  'Product Manager', 'Marketing Director', 'Customer Success Manager', 'Head of Operations', 'Data Analyst',
  'Procurement Lead', 'Director, Partnerships (APAC)', 'Office Manager', 'Engineering Manager',
  'Sales Development Representative', 'Designer', 'General Counsel', 'Chief of Staff',
];
const PERSONAL_EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'proton.me', 'yahoo.fr', 'gmx.de'];

/** People who always exist: non-ASCII names, apostrophes, commas and parentheses, Paris. */
const NOTABLE_PEOPLE: Array<{ firstName: string; lastName: string; local: string; city: string; jobTitle: string; company?: string }> = [
  { firstName: 'Zoë', lastName: 'Müller', local: 'zoe.muller', city: 'Berlin', jobTitle: 'Product Manager', company: 'Müller Maschinenbau GmbH' },
  { firstName: 'Łukasz', lastName: 'Wiśniewski', local: 'lukasz.wisniewski', city: 'Warszawa', jobTitle: 'Software Engineer' },
  { firstName: 'François', lastName: 'Lefèvre', local: 'francois.lefevre', city: 'Paris', jobTitle: 'Head of Sales, EMEA', company: 'Boulanger & Fils' },
  { firstName: '太郎', lastName: '山田', local: 'taro.yamada', city: 'Tokyo', jobTitle: 'CTO', company: 'Sakura Systems' },
  { firstName: 'José', lastName: 'Ñúñez', local: 'jose.nunez', city: 'Madrid', jobTitle: 'Account Executive' },
  { firstName: 'Siobhan', lastName: "O'Brien", local: 'siobhan.obrien', city: 'Dublin', jobTitle: 'CEO', company: "Margie's Travel" },
  { firstName: 'Marco', lastName: "D'Angelo", local: 'marco.dangelo', city: 'Roma', jobTitle: 'Director, Partnerships (APAC)' },
  { firstName: 'Patrick', lastName: "O'Neil", local: 'patrick.oneil', city: 'Boston', jobTitle: 'VP of Sales', company: 'Acme (Holdings)' },
  { firstName: 'Amélie', lastName: 'Laurent', local: 'amelie.laurent', city: 'Paris', jobTitle: 'Marketing Director', company: 'Café Lumière' },
  { firstName: 'Camille', lastName: 'Martin', local: 'camille.martin', city: 'Paris', jobTitle: 'Customer Success Manager' },
];

const MEMBERS = [
  { firstName: 'Alice', lastName: 'Martin', email: 'alice.martin@twenty-bff.dev', locale: 'en', timeZone: 'Europe/Paris' },
  { firstName: 'Bruno', lastName: 'Costa', email: 'bruno.costa@twenty-bff.dev', locale: 'pt-BR', timeZone: 'America/Sao_Paulo' },
  { firstName: 'Chloé', lastName: 'Dubois', email: 'chloe.dubois@twenty-bff.dev', locale: 'fr-FR', timeZone: 'Europe/Paris' },
  { firstName: 'Dev', lastName: 'Patel', email: 'dev.patel@twenty-bff.dev', locale: 'en', timeZone: 'America/New_York' },
  { firstName: 'Emma', lastName: 'Schmidt', email: 'emma.schmidt@twenty-bff.dev', locale: 'de-DE', timeZone: 'system' },
];

const OPPORTUNITY_KINDS = ['Renewal', 'Expansion', 'Pilot', 'Enterprise plan', 'Onboarding package', 'Multi-year deal', 'Upsell: analytics'];
const STAGES = ['NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER'] as const;
const TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'DONE'] as const;

const NOTE_TITLES = [
  'Kickoff call recap', 'Pricing discussion', 'Security questionnaire', 'Renewal notes', 'Demo feedback',
  'Quarterly business review', 'Intro meeting', 'Procurement update', 'Champion left the company',
  'Follow-up after trade show', 'Legal review: MSA redlines', 'Budget for 2026',
];
const TASK_TITLES = [
  'Send proposal', 'Follow up on contract', 'Schedule demo', 'Prepare QBR deck', 'Call back about pricing',
  'Update CRM notes', 'Review security questionnaire', 'Send invoice', 'Book onsite visit', 'Intro to legal team',
  'Check references', 'Draft mutual action plan',
];
const SENTENCES = [
  'They want to roll out to two more teams before the summer.',
  'Budget is approved, but procurement needs a signed DPA first.',
  "The champion's manager asked for a 20% discount on a three-year term.",
  'Main concern: data residency in the EU.',
  'Next step is a technical deep dive with their platform team.',
  'They compared us with two competitors, pricing was the deciding factor.',
  'Asked for SSO (SAML) and audit logs.',
  'Decision expected by the end of the quarter.',
  'Great energy on the call — they already use the API internally.',
  'Légère réserve sur le délai de mise en place, à confirmer.',
];
const BULLETS = ['Send the pricing sheet', 'Loop in legal', 'Share the case study', 'Book a follow-up call', 'Confirm the number of seats'];

const ATTACHMENTS = [
  { name: 'Master services agreement.pdf', extension: 'pdf', category: 'TEXT_DOCUMENT', target: 'company' },
  { name: 'Org chart.png', extension: 'png', category: 'IMAGE', target: 'company' },
  { name: 'Pricing 2026.xlsx', extension: 'xlsx', category: 'SPREADSHEET', target: 'opportunity' },
  { name: 'Pitch deck.pptx', extension: 'pptx', category: 'PRESENTATION', target: 'opportunity' },
  { name: 'Call recording.mp3', extension: 'mp3', category: 'AUDIO', target: 'note' },
  { name: 'Logos.zip', extension: 'zip', category: 'ARCHIVE', target: 'person' },
  { name: 'Onboarding checklist.docx', extension: 'docx', category: 'TEXT_DOCUMENT', target: 'task' },
  { name: 'Product tour.mp4', extension: 'mp4', category: 'VIDEO', target: 'person' },
] as const;

/** Each workspace member's favorites, by member index and kind of record. */
const FAVORITES = [
  { member: 0, target: 'company' },
  { member: 0, target: 'person' },
  { member: 0, target: 'opportunity' },
  { member: 1, target: 'company' },
  { member: 1, target: 'task' },
  { member: 2, target: 'note' },
] as const;

/** Email threads between a notable contact (NOTABLE_PEOPLE index) and a member (MEMBERS index). */
const THREADS: Array<{
  subject: string;
  contact: number;
  member: number;
  daysAgo: number;
  messages: Array<{ from: 'contact' | 'member'; text: string; ccMember?: number }>;
}> = [
  {
    subject: 'Renewal pricing for 2026',
    contact: 5,
    member: 0,
    daysAgo: 6,
    messages: [
      { from: 'contact', text: 'Hi Alice, could you send us the renewal pricing for next year? We would like to add two more teams.' },
      { from: 'member', text: 'Hi Siobhan, attached is the pricing sheet. Happy to walk you through it on a call.' },
      { from: 'contact', text: "Thanks! Let's book 30 minutes on Thursday.", ccMember: 1 },
    ],
  },
  {
    subject: 'Démo de la plateforme',
    contact: 2,
    member: 2,
    daysAgo: 3,
    messages: [
      { from: 'member', text: 'Bonjour François, je vous propose une démo mardi à 14h. Cela vous convient-il ?' },
      { from: 'contact', text: 'Parfait, mardi 14h me va très bien. Merci !' },
    ],
  },
];

/** Calendar events: start in days after the base date at a UTC hour, length in hours, attendees by member or notable contact. */
const CALENDAR_EVENTS: Array<{
  title: string;
  inDays: number;
  startHour: number;
  hours: number;
  isFullDay: boolean;
  isCanceled: boolean;
  description: string;
  location: string;
  meet?: string;
  attendees: Array<{ member?: number; person?: number; organizer?: boolean; status: 'NEEDS_ACTION' | 'DECLINED' | 'TENTATIVE' | 'ACCEPTED' }>;
}> = [
  {
    title: "Renewal call with Margie's Travel",
    inDays: 3,
    startHour: 14,
    hours: 0.5,
    isFullDay: false,
    isCanceled: false,
    description: 'Walk through the 2026 pricing sheet.',
    location: '',
    meet: 'abc-defg-hij',
    attendees: [
      { member: 0, organizer: true, status: 'ACCEPTED' },
      { person: 5, status: 'ACCEPTED' },
      { member: 1, status: 'TENTATIVE' },
    ],
  },
  {
    title: 'Démo — Boulanger & Fils',
    inDays: 1,
    startHour: 13,
    hours: 1,
    isFullDay: false,
    isCanceled: true,
    description: 'Démo de la plateforme (reportée).',
    location: '12 Rue de la Paix, 75002 Paris',
    attendees: [
      { member: 2, organizer: true, status: 'ACCEPTED' },
      { person: 2, status: 'DECLINED' },
    ],
  },
  {
    title: 'Team offsite',
    inDays: 10,
    startHour: 0,
    hours: 24,
    isFullDay: true,
    isCanceled: false,
    description: '',
    location: 'Lyon',
    attendees: [
      { member: 0, organizer: true, status: 'ACCEPTED' },
      { member: 3, status: 'NEEDS_ACTION' },
      { member: 4, status: 'TENTATIVE' },
    ],
  },
];

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** Lower-case ASCII slug: diacritics dropped, other characters removed. */
function toAscii(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function isoAt(time: number): string {
  return new Date(time).toISOString();
}

function digits(random: Random, count: number): string {
  let text = '';
  for (let index = 0; index < count; index += 1) {
    text += String(random.int(0, 9));
  }
  return text;
}

function emptyLinks(): Record<string, unknown> {
  return { primaryLinkUrl: '', primaryLinkLabel: '', secondaryLinks: null };
}

function link(url: string): Record<string, unknown> {
  return { primaryLinkUrl: url, primaryLinkLabel: '', secondaryLinks: null };
}

interface Timestamps {
  createdAt: string;
  updatedAt: string;
  created: number;
}

/** createdAt within the `maxDaysAgo` days before the base date; updatedAt later but never after it. */
function timestamps(random: Random, minDaysAgo: number, maxDaysAgo: number): Timestamps {
  const created = BASE_TIME - random.int(minDaysAgo * 24 * 60, maxDaysAgo * 24 * 60) * 60_000;
  const maxLater = Math.min(BASE_TIME - created, 30 * DAY_MS);
  const updated = random.chance(0.35) ? created : created + Math.floor(random.next() * (maxLater / 60_000)) * 60_000;
  return { createdAt: isoAt(created), updatedAt: isoAt(updated), created };
}

function blockNoteBody(seed: number, key: string, paragraphs: string[], bullets: string[]): Record<string, unknown> {
  const blockProps = { textColor: 'default', backgroundColor: 'default', textAlignment: 'left' };
  const blocks = [
    ...paragraphs.map((text, index) => ({
      id: deterministicUuid('demo', String(seed), key, 'block', String(index)),
      type: 'paragraph',
      props: blockProps,
      content: [{ type: 'text', text, styles: {} }],
      children: [],
    })),
    ...bullets.map((text, index) => ({
      id: deterministicUuid('demo', String(seed), key, 'bullet', String(index)),
      type: 'bulletListItem',
      props: blockProps,
      content: [{ type: 'text', text, styles: {} }],
      children: [],
    })),
  ];
  const markdown = [...paragraphs, ...(bullets.length > 0 ? [bullets.map((text) => `- ${text}`).join('\n')] : [])].join('\n\n');
  return { blocknote: JSON.stringify(blocks), markdown };
}

function randomBody(random: Random, seed: number, key: string): Record<string, unknown> {
  if (random.chance(0.15)) {
    return { blocknote: null, markdown: null };
  }
  const paragraphs = random.shuffle(SENTENCES).slice(0, random.int(1, 3));
  const bullets = random.chance(0.4) ? random.shuffle(BULLETS).slice(0, random.int(2, 3)) : [];
  return blockNoteBody(seed, key, paragraphs, bullets);
}

/**
 * Completes `values` into a depth-0 record with exactly the keys the object's
 * metadata implies (contract §2.1): omitted fields get defaultRecordValue,
 * values for keys the metadata lacks are dropped.
 */
function toRecord(object: ObjectMetadata, values: Record<string, unknown>, createdAt: string): SandboxRecord {
  const now = new Date(createdAt);
  const record: Record<string, unknown> = {};
  for (const field of object.fields) {
    const key = recordKeyOf(field);
    if (key === null) {
      continue;
    }
    record[key] = Object.prototype.hasOwnProperty.call(values, key) ? values[key] : defaultRecordValue(field, now);
  }
  return record as SandboxRecord;
}

// ---------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------

interface Member {
  id: string;
  name: string;
}

/** A message or calendar-event participant: a contact (personId) or a workspace member. */
interface Participant {
  handle: string;
  displayName: string;
  personId: string | null;
  workspaceMemberId: string | null;
}

/**
 * Returns a deterministic demo workspace keyed by plural name: about 50
 * companies, 200 people, 80 opportunities, 60 notes and 60 tasks with their
 * targets, 5 workspace members and a few attachments, every record complete
 * for `objects`' metadata. The same seed gives identical data; objects missing
 * from `objects` get no records and references to them stay null.
 */
export function createDemoRecords(seed: number, objects: ObjectMetadata[]): Record<string, SandboxRecord[]> {
  const bySingular = new Map(objects.map((object) => [object.nameSingular, object]));
  const id = (plural: string, index: number): string => deterministicUuid('twenty-sandbox-demo', String(seed), plural, String(index));
  const result: Record<string, SandboxRecord[]> = {};
  const emit = (singular: string, rows: Array<{ values: Record<string, unknown>; createdAt: string }>): string[] => {
    const object = bySingular.get(singular);
    if (object === undefined) {
      return [];
    }
    result[object.namePlural] = rows.map((row) => toRecord(object, row.values, row.createdAt));
    return rows.map((row) => row.values.id as string);
  };

  // Workspace members ------------------------------------------------------
  const memberRandom = createRandom(seed, 'workspaceMembers');
  const members: Member[] = MEMBERS.map((member, index) => ({ id: id('workspaceMembers', index), name: `${member.firstName} ${member.lastName}` }));
  const memberIds = emit(
    'workspaceMember',
    MEMBERS.map((member, index) => {
      const time = timestamps(memberRandom, 150, 200);
      return {
        createdAt: time.createdAt,
        values: {
          id: id('workspaceMembers', index),
          name: { firstName: member.firstName, lastName: member.lastName },
          userEmail: member.email,
          userId: deterministicUuid('twenty-sandbox-demo', String(seed), 'users', String(index)),
          locale: member.locale,
          timeZone: member.timeZone,
          colorScheme: index === 3 ? 'Dark' : 'System',
          dateFormat: index === 2 ? 'DAY_FIRST' : 'SYSTEM',
          timeFormat: index === 2 ? 'HOUR_24' : 'SYSTEM',
          numberFormat: index === 4 ? 'DOTS_AND_COMMA' : 'SYSTEM',
          calendarStartDay: index === 3 ? 0 : 1,
          avatarUrl: '',
          createdAt: time.createdAt,
          updatedAt: time.updatedAt,
          deletedAt: null,
          position: index,
          createdBy: { source: 'MANUAL', workspaceMemberId: null, name: 'System', context: {} },
          updatedBy: { source: 'MANUAL', workspaceMemberId: null, name: 'System', context: {} },
        },
      };
    }),
  );
  const hasMembers = memberIds.length > 0;
  const actor = (random: Random): Actor => {
    const roll = random.next();
    if (hasMembers && roll < 0.7) {
      const member = random.pick(members);
      return { source: 'MANUAL', workspaceMemberId: member.id, name: member.name, context: {} };
    }
    if (hasMembers && roll < 0.85) {
      const member = random.pick(members);
      return { source: 'IMPORT', workspaceMemberId: member.id, name: member.name, context: {} };
    }
    return { source: 'API', workspaceMemberId: null, name: 'Demo API key', context: {} };
  };
  const someMember = (random: Random, nullChance: number): string | null =>
    hasMembers && !random.chance(nullChance) ? random.pick(members).id : null;
  const system = (random: Random, time: Timestamps, position: number): Record<string, unknown> => {
    const createdBy = actor(random);
    return {
      createdAt: time.createdAt,
      updatedAt: time.updatedAt,
      deletedAt: null,
      position,
      createdBy,
      updatedBy: time.updatedAt === time.createdAt || random.chance(0.5) ? createdBy : actor(random),
    };
  };

  // Companies --------------------------------------------------------------
  const companyRandom = createRandom(seed, 'companies');
  const companyNames = [
    ...ALWAYS_COMPANIES,
    ...companyRandom.shuffle(MORE_COMPANIES).slice(0, COUNTS.companies - ALWAYS_COMPANIES.length),
  ];
  const companies = companyNames.map((name, index) => {
    const hint = COMPANY_CITY_HINTS[name];
    const location = hint !== undefined ? locationIn(hint) : companyRandom.pick(LOCATIONS);
    // Legal suffixes and parentheses stay out of domains: "Acme (Holdings)" → acme.com.
    const slug = toAscii(name.replace(/\(.*?\)|\b(GmbH|AG)\b/g, ''));
    // One company without a website: Twenty returns the empty LINKS default.
    const domain = index === ALWAYS_COMPANIES.length ? '' : `${slug}.${location.tld}`;
    const employees = companyRandom.chance(0.1) ? null : Math.round(10 ** (1 + companyRandom.next() * 4));
    const arrDollars = Math.round((200_000 + companyRandom.next() * 150_000_000) / 1000) * 1000;
    return { id: id('companies', index), name, domain, location, employees, arrDollars };
  });
  const companyIds = emit(
    'company',
    companies.map((company, index) => {
      const time = timestamps(companyRandom, 20, 140);
      const withArr = !companyRandom.chance(0.12);
      return {
        createdAt: time.createdAt,
        values: {
          id: company.id,
          name: company.name,
          domainName: company.domain === '' ? emptyLinks() : link(`https://${company.domain}`),
          address: companyRandom.chance(0.08)
            ? defaultAddress()
            : {
                addressStreet1: company.location.street,
                addressStreet2: companyRandom.chance(0.2) ? `Floor ${companyRandom.int(2, 30)}` : '',
                addressCity: company.location.city,
                addressState: company.location.state,
                addressCountry: company.location.country,
                addressPostcode: company.location.postcode,
                addressLat: company.location.lat,
                addressLng: company.location.lng,
              },
          employees: company.employees,
          linkedinLink: companyRandom.chance(0.7) ? link(`https://www.linkedin.com/company/${toAscii(company.name)}`) : emptyLinks(),
          xLink: companyRandom.chance(0.4) ? link(`https://x.com/${toAscii(company.name)}`) : emptyLinks(),
          annualRecurringRevenue: withArr
            ? { amountMicros: company.arrDollars * 1_000_000, currencyCode: company.location.currency === 'JPY' ? 'USD' : company.location.currency }
            : { amountMicros: null, currencyCode: '' },
          idealCustomerProfile: companyRandom.chance(0.25),
          accountOwnerId: someMember(companyRandom, 0.15),
          ...system(companyRandom, time, index),
        },
      };
    }),
  );
  const hasCompanies = companyIds.length > 0;

  // People -----------------------------------------------------------------
  const personRandom = createRandom(seed, 'people');
  const usedEmails = new Set<string>();
  const uniqueEmail = (local: string, domain: string): string => {
    let candidate = `${local}@${domain}`;
    for (let suffix = 2; usedEmails.has(candidate); suffix += 1) {
      candidate = `${local}${suffix}@${domain}`;
    }
    usedEmails.add(candidate);
    return candidate;
  };
  const people = Array.from({ length: COUNTS.people }, (_unused, index) => {
    const notable = NOTABLE_PEOPLE[index];
    let company: (typeof companies)[number] | undefined;
    if (notable?.company !== undefined) {
      company = companies.find((candidate) => candidate.name === notable.company);
    } else if (hasCompanies && !personRandom.chance(notable === undefined ? 0.1 : 0)) {
      company = personRandom.pick(companies);
    }
    const firstName = notable?.firstName ?? personRandom.pick(FIRST_NAMES);
    const lastName = notable?.lastName ?? personRandom.pick(LAST_NAMES);
    const location =
      notable !== undefined
        ? locationIn(notable.city)
        : company !== undefined && personRandom.chance(0.7)
          ? company.location
          : personRandom.chance(0.1)
            ? PARIS
            : personRandom.pick(LOCATIONS);
    const local = notable?.local ?? `${toAscii(firstName)}.${toAscii(lastName)}`;
    const domain = company !== undefined && company.domain !== '' ? company.domain : personRandom.pick(PERSONAL_EMAIL_DOMAINS);
    return { id: id('people', index), firstName, lastName, location, email: uniqueEmail(local, domain), company, notable };
  });
  const personIds = emit(
    'person',
    people.map((person, index) => {
      const time = timestamps(personRandom, 5, 120);
      const phone = person.location.phone;
      const hasPhone = person.notable !== undefined || !personRandom.chance(0.15);
      const jobTitle = person.notable?.jobTitle ?? (personRandom.chance(0.08) ? '' : personRandom.pick(JOB_TITLES));
      const city = person.notable !== undefined ? person.location.city : personRandom.chance(0.08) ? '' : person.location.city;
      return {
        createdAt: time.createdAt,
        values: {
          id: person.id,
          name: { firstName: person.firstName, lastName: person.lastName },
          emails: {
            primaryEmail: person.email,
            additionalEmails: personRandom.chance(0.05) ? [uniqueEmail(person.email.split('@')[0] ?? 'contact', 'gmail.com')] : null,
          },
          linkedinLink: personRandom.chance(0.6) ? link(`https://www.linkedin.com/in/${person.email.split('@')[0]?.replace('.', '-') ?? ''}`) : emptyLinks(),
          xLink: personRandom.chance(0.15) ? link(`https://x.com/${person.email.split('@')[0]?.replace('.', '_') ?? ''}`) : emptyLinks(),
          jobTitle,
          phones: hasPhone
            ? {
                primaryPhoneNumber: `${phone.prefix}${digits(personRandom, phone.digits - phone.prefix.length)}`,
                primaryPhoneCountryCode: phone.countryCode,
                primaryPhoneCallingCode: phone.callingCode,
                additionalPhones: null,
              }
            : { primaryPhoneNumber: '', primaryPhoneCountryCode: '', primaryPhoneCallingCode: '', additionalPhones: null },
          city,
          avatarUrl: '',
          companyId: person.company?.id ?? null,
          ...system(personRandom, time, index),
        },
      };
    }),
  );
  const hasPeople = personIds.length > 0;

  // Opportunities ----------------------------------------------------------
  const opportunityRandom = createRandom(seed, 'opportunities');
  const opportunityIds = emit(
    'opportunity',
    Array.from({ length: COUNTS.opportunities }, (_unused, index) => {
      const time = timestamps(opportunityRandom, 3, 110);
      const company = hasCompanies && !opportunityRandom.chance(0.06) ? opportunityRandom.pick(companies) : undefined;
      const colleagues = company === undefined ? people : people.filter((person) => person.company?.id === company.id);
      const pointOfContact =
        hasPeople && !opportunityRandom.chance(0.1) ? opportunityRandom.pick(colleagues.length > 0 ? colleagues : people) : undefined;
      // The first five cover every stage; the rest are drawn at random.
      const stage = index < STAGES.length ? STAGES[index] : opportunityRandom.pick(STAGES);
      const amountDollars = Math.round((5_000 + opportunityRandom.next() * 495_000) / 100) * 100;
      const closeDate = opportunityRandom.chance(0.1)
        ? null
        : isoAt(BASE_TIME + opportunityRandom.int(-60, 120) * DAY_MS + opportunityRandom.int(0, 23) * 3_600_000);
      return {
        createdAt: time.createdAt,
        values: {
          id: id('opportunities', index),
          name: `${company?.name ?? 'Inbound lead'} — ${opportunityRandom.pick(OPPORTUNITY_KINDS)}`,
          amount: opportunityRandom.chance(0.08)
            ? { amountMicros: null, currencyCode: '' }
            : { amountMicros: amountDollars * 1_000_000, currencyCode: company?.location.currency === 'EUR' ? 'EUR' : 'USD' },
          closeDate,
          stage,
          companyId: company?.id ?? null,
          pointOfContactId: pointOfContact?.id ?? null,
          ...system(opportunityRandom, time, index),
        },
      };
    }),
  );

  // Targets: one row per linked record, exactly one of person/company/opportunity set.
  const targetPool = [
    ...personIds.map((value) => ({ key: 'personId', value })),
    ...companyIds.map((value) => ({ key: 'companyId', value })),
    ...opportunityIds.map((value) => ({ key: 'opportunityId', value })),
  ];
  const targetCount = (random: Random, index: number): number => {
    if (index === 0) {
      return 0;
    }
    if (index === 1) {
      return 3;
    }
    const roll = random.next();
    return roll < 0.1 ? 0 : roll < 0.7 ? 1 : roll < 0.9 ? 2 : 3;
  };

  const activity = (singular: 'note' | 'task', plural: 'notes' | 'tasks', targetSingular: 'noteTarget' | 'taskTarget'): string[] => {
    const random = createRandom(seed, plural);
    const targetPlural = `${targetSingular}s`;
    const targetRows: Array<{ values: Record<string, unknown>; createdAt: string }> = [];
    const titles = singular === 'note' ? NOTE_TITLES : TASK_TITLES;
    const rows = Array.from({ length: singular === 'note' ? COUNTS.notes : COUNTS.tasks }, (_unused, index) => {
      const time = timestamps(random, 1, 100);
      const recordId = id(plural, index);
      const values: Record<string, unknown> = {
        id: recordId,
        title: random.chance(0.03) ? '' : random.pick(titles),
        bodyV2: randomBody(random, seed, `${plural}/${index}`),
        ...system(random, time, index),
      };
      if (singular === 'task') {
        values.dueAt = random.chance(0.2) ? null : isoAt(BASE_TIME + random.int(-20, 45) * DAY_MS + random.int(8, 18) * 3_600_000);
        values.status = index < TASK_STATUSES.length ? TASK_STATUSES[index] : random.chance(0.05) ? null : random.pick(TASK_STATUSES);
        values.assigneeId = someMember(random, 0.15);
      }
      const chosen = targetPool.length > 0 ? random.shuffle(targetPool).slice(0, targetCount(random, index)) : [];
      for (const target of chosen) {
        const targetTime = { ...time };
        targetRows.push({
          createdAt: targetTime.createdAt,
          values: {
            id: id(targetPlural, targetRows.length),
            [`${singular}Id`]: recordId,
            personId: null,
            companyId: null,
            opportunityId: null,
            [target.key]: target.value,
            createdAt: targetTime.createdAt,
            updatedAt: targetTime.createdAt,
            deletedAt: null,
            position: targetRows.length,
            createdBy: values.createdBy,
            updatedBy: values.createdBy,
          },
        });
      }
      return { values, createdAt: time.createdAt };
    });
    const ids = emit(singular, rows);
    if (ids.length > 0) {
      emit(targetSingular, targetRows);
    }
    return ids;
  };
  const noteIds = activity('note', 'notes', 'noteTarget');
  const taskIds = activity('task', 'tasks', 'taskTarget');

  // Attachments ------------------------------------------------------------
  const attachmentRandom = createRandom(seed, 'attachments');
  const targetIds: Record<(typeof ATTACHMENTS)[number]['target'], string[]> = {
    company: companyIds,
    person: personIds,
    opportunity: opportunityIds,
    note: noteIds,
    task: taskIds,
  };
  emit(
    'attachment',
    ATTACHMENTS.map((attachment, index) => {
      const time = timestamps(attachmentRandom, 1, 60);
      const recordId = id('attachments', index);
      const candidates = targetIds[attachment.target];
      return {
        createdAt: time.createdAt,
        values: {
          id: recordId,
          name: attachment.name,
          fullPath: `attachment/${deterministicUuid('twenty-sandbox-demo', String(seed), 'files', String(index))}.${attachment.extension}`,
          fileCategory: attachment.category,
          taskId: null,
          noteId: null,
          personId: null,
          companyId: null,
          opportunityId: null,
          [`${attachment.target}Id`]: candidates.length > 0 ? attachmentRandom.pick(candidates) : null,
          ...system(attachmentRandom, time, index),
        },
      };
    }),
  );

  // Favorites ---------------------------------------------------------------
  const favoriteRandom = createRandom(seed, 'favorites');
  const favoriteTargets: Record<(typeof FAVORITES)[number]['target'], string[]> = {
    company: companyIds,
    person: personIds,
    opportunity: opportunityIds,
    note: noteIds,
    task: taskIds,
  };
  emit(
    'favorite',
    FAVORITES.map((favorite, index) => {
      const time = timestamps(favoriteRandom, 1, 30);
      const candidates = favoriteTargets[favorite.target];
      return {
        createdAt: time.createdAt,
        values: {
          id: id('favorites', index),
          position: index,
          viewId: null,
          forWorkspaceMemberId: memberIds[favorite.member] ?? null,
          [`${favorite.target}Id`]: candidates.length > 0 ? favoriteRandom.pick(candidates) : null,
          createdAt: time.createdAt,
          updatedAt: time.updatedAt,
          deletedAt: null,
        },
      };
    }),
  );

  // Timeline activities: Twenty's `company.created` and `person.created` events
  // (the shape of its own front-end mocks), at each record's creation, by its creator.
  const timelineSources = [
    ...(result.companies ?? []).map((record) => ({ record, singular: 'company', targetKey: 'targetCompanyId' })),
    ...(result.people ?? []).slice(0, NOTABLE_PEOPLE.length).map((record) => ({ record, singular: 'person', targetKey: 'targetPersonId' })),
  ];
  emit(
    'timelineActivity',
    timelineSources.map(({ record, singular, targetKey }, index) => {
      const createdBy = record.createdBy as Actor;
      const after =
        singular === 'company'
          ? { id: record.id, name: record.name, employees: record.employees, domainName: record.domainName }
          : { id: record.id, name: record.name, emails: record.emails, city: record.city };
      return {
        createdAt: record.createdAt as string,
        values: {
          id: id('timelineActivities', index),
          happensAt: record.createdAt,
          name: `${singular}.created`,
          properties: { after },
          linkedRecordCachedName: '',
          linkedRecordId: record.id,
          linkedObjectMetadataId: null,
          workspaceMemberId: createdBy.workspaceMemberId,
          [targetKey]: record.id,
          createdAt: record.createdAt,
          updatedAt: record.createdAt,
          deletedAt: null,
        },
      };
    }),
  );

  // Emails: two threads between demo contacts and workspace members --------
  const messageRandom = createRandom(seed, 'messages');
  const threadIds = emit(
    'messageThread',
    THREADS.map((_thread, index) => {
      const time = timestamps(messageRandom, 5, 10);
      return { createdAt: time.createdAt, values: { id: id('messageThreads', index), createdAt: time.createdAt, updatedAt: time.updatedAt, deletedAt: null } };
    }),
  );
  const contact = (personIndex: number): Participant | undefined => {
    const person = people[personIndex];
    return person === undefined || !hasPeople
      ? undefined
      : { handle: person.email, displayName: `${person.firstName} ${person.lastName}`, personId: person.id, workspaceMemberId: null };
  };
  const colleague = (memberIndex: number): Participant | undefined => {
    const member = MEMBERS[memberIndex];
    const memberId = memberIds[memberIndex];
    return member === undefined || memberId === undefined
      ? undefined
      : { handle: member.email, displayName: `${member.firstName} ${member.lastName}`, personId: null, workspaceMemberId: memberId };
  };
  const messageRows: Array<{ values: Record<string, unknown>; createdAt: string }> = [];
  const participantRows: Array<{ values: Record<string, unknown>; createdAt: string }> = [];
  THREADS.forEach((thread, threadIndex) => {
    thread.messages.forEach((message, messageIndex) => {
      const messageId = id('messages', messageRows.length);
      const receivedAt = isoAt(BASE_TIME - thread.daysAgo * DAY_MS + messageIndex * 5 * 3_600_000);
      const from = message.from === 'contact' ? contact(thread.contact) : colleague(thread.member);
      const to = message.from === 'contact' ? colleague(thread.member) : contact(thread.contact);
      const cc = message.ccMember === undefined ? undefined : colleague(message.ccMember);
      messageRows.push({
        createdAt: receivedAt,
        values: {
          id: messageId,
          headerMessageId: `<${deterministicUuid('twenty-sandbox-demo', String(seed), 'message-header', messageId)}@mail.twenty-bff.dev>`,
          direction: message.from === 'contact' ? 'INCOMING' : 'OUTGOING',
          subject: messageIndex === 0 ? thread.subject : `Re: ${thread.subject}`,
          text: message.text,
          receivedAt,
          messageThreadId: threadIds[threadIndex] ?? null,
          createdAt: receivedAt,
          updatedAt: receivedAt,
          deletedAt: null,
        },
      });
      const roles: Array<[string, Participant | undefined]> = [
        ['from', from],
        ['to', to],
        ['cc', cc],
      ];
      for (const [role, participant] of roles) {
        if (participant === undefined) {
          continue;
        }
        participantRows.push({
          createdAt: receivedAt,
          values: {
            id: id('messageParticipants', participantRows.length),
            role,
            ...participant,
            messageId,
            createdAt: receivedAt,
            updatedAt: receivedAt,
            deletedAt: null,
          },
        });
      }
    });
  });
  if (threadIds.length > 0 && emit('message', messageRows).length > 0) {
    emit('messageParticipant', participantRows);
  }

  // Calendar events ---------------------------------------------------------
  const eventRows: Array<{ values: Record<string, unknown>; createdAt: string }> = [];
  const attendeeRows: Array<{ values: Record<string, unknown>; createdAt: string }> = [];
  const calendarRandom = createRandom(seed, 'calendarEvents');
  CALENDAR_EVENTS.forEach((event, index) => {
    const time = timestamps(calendarRandom, 2, 20);
    const eventId = id('calendarEvents', index);
    const startsAt = BASE_DAY + event.inDays * DAY_MS + event.startHour * 3_600_000;
    eventRows.push({
      createdAt: time.createdAt,
      values: {
        id: eventId,
        title: event.title,
        isCanceled: event.isCanceled,
        isFullDay: event.isFullDay,
        startsAt: isoAt(startsAt),
        endsAt: isoAt(startsAt + event.hours * 3_600_000),
        externalCreatedAt: time.createdAt,
        externalUpdatedAt: time.updatedAt,
        description: event.description,
        location: event.location,
        iCalUid: `${deterministicUuid('twenty-sandbox-demo', String(seed), 'ical', String(index))}@google.com`,
        conferenceSolution: event.meet ? 'GOOGLE_MEET' : '',
        conferenceLink: event.meet ? link(`https://meet.google.com/${event.meet}`) : emptyLinks(),
        createdAt: time.createdAt,
        updatedAt: time.updatedAt,
        deletedAt: null,
      },
    });
    for (const attendee of event.attendees) {
      const who =
        attendee.member !== undefined ? colleague(attendee.member) : attendee.person !== undefined ? contact(attendee.person) : undefined;
      if (who === undefined) {
        continue;
      }
      attendeeRows.push({
        createdAt: time.createdAt,
        values: {
          id: id('calendarEventParticipants', attendeeRows.length),
          ...who,
          isOrganizer: attendee.organizer === true,
          responseStatus: attendee.status,
          calendarEventId: eventId,
          createdAt: time.createdAt,
          updatedAt: time.createdAt,
          deletedAt: null,
        },
      });
    }
  });
  if (emit('calendarEvent', eventRows).length > 0) {
    emit('calendarEventParticipant', attendeeRows);
  }

  return result;
}

function defaultAddress(): Record<string, unknown> {
  return {
    addressStreet1: '',
    addressStreet2: '',
    addressCity: '',
    addressState: '',
    addressCountry: '',
    addressPostcode: '',
    addressLat: null,
    addressLng: null,
  };
}

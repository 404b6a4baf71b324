// A seeded corpus of job descriptions whose bullets are all new text (issue 14):
// no bullet is a verbatim framework statement, and no bullet text appears
// twice in the corpus, so every capability bullet and duty reaches the
// matcher's fuzzy and meaning levels instead of its lookups and memo, as when a
// reviewer lints a library of old job descriptions or someone types.
//
// Bullets are, in roughly these shares:
// - statements of the role (65%), half edited (one to three small edits: a
//   word dropped, the opening changed, a qualifier added), half reworded
//   (thesaurus words swapped, a clause cut, written as a duty: "Assess …");
// - hand-written rewordings, duties and other roles' duties (15%), from
//   test/fixtures/matcher/labelled-meaning.json, each edited to be unique;
// - bullets that are no capability (15%): driving licence, rotas, minutes…;
// - another role's statement, edited (5%).
//
//   node out/scripts/generate-fresh-corpus.js [--count 1000] [--seed 14] [--out bench-results/fresh-corpus]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getFramework } from '../src/core/framework/load';
import type { Role } from '../src/core/framework/schema';
import { seededRandom } from './generate-corpus';

export interface FreshDocument {
  name: string;
  text: string;
}

interface LabelledCase {
  category: string;
  section: string;
  text: string;
}

// Statements begin "able to" or "knowledge of", in lower case.
const OPENINGS: Record<string, readonly string[]> = {
  'able to ': [
    'Ability to ',
    'You will be able to ',
    'Confident to ',
    'Demonstrable ability to ',
    'Able to confidently ',
  ],
  'knowledge of ': [
    'Understanding of ',
    'Good knowledge of ',
    'A working knowledge of ',
    'Awareness of ',
    'Sound understanding of ',
  ],
};
const DUTY_OPENINGS = ['', 'You will ', 'Be expected to ', 'Take responsibility to '];
const PLACES = [
  'Northfield',
  'Eastbrook',
  'Westmoor',
  'Southgate',
  'Riverside',
  'Hillcrest',
  'Marshton',
  'Oakley',
  'Kingsbury',
  'Fenwick',
  'Ashby',
  'Lowther',
];
const QUALIFIERS = [
  ' in line with local policy',
  ' within the multidisciplinary team',
  ' across the {place} service',
  ' as part of the {place} hub team',
  ' with support from the team leader',
  ' in community and outreach settings',
  ' in partnership with the {place} recovery community',
  ' including at evening clinics in {place}',
  ' when working from the {place} office',
  ' following the service’s procedures',
];
const UNRELATED = [
  'Full UK driving licence and access to a car for work',
  'Attend weekly team meetings and contribute to the agenda',
  'Take minutes at the monthly governance meeting',
  'Order stationery and office supplies when stock runs low',
  'Work on a rota that includes one late evening a week',
  'Cover reception during lunch breaks when needed',
  'Keep the shared drive tidy and files named consistently',
  'Book rooms and refreshments for training days',
  'Complete mandatory e-learning within the first three months',
  'Use Microsoft Office, including Outlook and Teams, every day',
  'Travel between sites across the county',
  'Take part in the annual appraisal process',
  'Follow the lone working policy on home visits',
  'Help organise the summer open day',
  'Submit timesheets and expenses by the end of each month',
];
const FILLER = [
  'The service works across the county with community hubs in each town and outreach into rural areas.',
  'We value lived experience and offer a structured induction, regular training and protected time for learning.',
  'Our partnership brings together treatment, recovery and harm reduction services for people and their families.',
  'Flexible working is available, and we welcome applications from people with lived experience of recovery.',
];

export interface FreshBullets {
  /** A new bullet for a job description of `role`; `other` is the role whose statements stray into it. */
  bullet(role: Role, other: Role): string;
  /** `text` edited or reworded into a bullet not given before. */
  reword(text: string): string;
  random: () => number;
}

/** A source of bullets no earlier call returned. */
export function freshBullets(seed: number, labelledFile: string): FreshBullets {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const framework = getFramework();
  const labelled = (JSON.parse(readFileSync(labelledFile, 'utf8')) as { cases: LabelledCase[] }).cases;
  const handWritten = labelled.filter((c) => c.category !== 'non-capability').map((c) => c.text);
  const unrelated = [...UNRELATED, ...labelled.filter((c) => c.category === 'non-capability').map((c) => c.text)];
  // Thesaurus phrases that read naturally in a sentence: several letters, no split hyphenation ("co ordinate").
  const swaps = framework.thesaurus.groups
    .map((g) => g.terms.filter((t) => /^[a-z]{3,}(?: [a-z]{3,}){0,2}$/.test(t)))
    .filter((terms) => terms.length > 1)
    .map((terms) => ({ terms, pattern: new RegExp(`\\b(?:${terms.join('|')})\\b`, 'i') }));
  const seen = new Set<string>();

  const qualifier = () => pick(QUALIFIERS).replace('{place}', pick(PLACES));
  const dropWord = (text: string) => {
    const words = text.split(' ');
    if (words.length < 8) return text;
    words.splice(3 + Math.floor(random() * (words.length - 3)), 1);
    return words.join(' ');
  };
  const reopen = (text: string) => {
    for (const [opening, others] of Object.entries(OPENINGS))
      if (text.toLowerCase().startsWith(opening)) return pick(others) + text.slice(opening.length);
    return text;
  };
  const swapWords = (text: string) => {
    let out = text;
    for (const { terms, pattern } of swaps)
      if (pattern.test(out) && chance(0.6)) out = out.replace(pattern, pick(terms));
    return out;
  };
  const cutClause = (text: string) => {
    const cut = text.search(/,| including | in order to | so that /);
    return cut > 40 ? text.slice(0, cut) : text;
  };
  const asDuty = (text: string) => {
    const body = text.replace(/^(?:able to|knowledge of) /i, (m) => (/^k/i.test(m) ? 'apply knowledge of ' : ''));
    const opening = pick(DUTY_OPENINGS);
    return opening ? opening + body : body.charAt(0).toUpperCase() + body.slice(1);
  };
  const edit = (text: string) => pick([dropWord, reopen, (t: string) => t + qualifier()])(text);
  const unique = (text: string) => {
    let out = text.replace(/\.$/, '');
    for (let tries = 0; seen.has(out); tries++)
      out = tries < 10 ? out + (chance(0.5) ? qualifier() : ', ' + pick(PLACES)) : `${out} (${tries})`;
    seen.add(out);
    return out;
  };

  const reword = (text: string) => {
    if (chance(0.5)) {
      for (let n = 1 + Math.floor(random() * 3); n > 0; n--) text = edit(text);
      return text;
    }
    text = swapWords(text);
    if (chance(0.5)) text = cutClause(text);
    return chance(0.5) ? asDuty(text) : reopen(text);
  };
  const bullet = (role: Role, other: Role): string => {
    const statement = () => pick(pick(role.domains).statements).text;
    const roll = random();
    if (roll < 0.65) return reword(statement());
    if (roll < 0.8) return edit(pick(handWritten));
    if (roll < 0.95) return chance(0.5) ? pick(unrelated) + qualifier() : pick(unrelated);
    return edit(pick(pick(other.domains).statements).text);
  };
  return { bullet: (role, other) => unique(bullet(role, other)), reword: (text) => unique(reword(text)), random };
}

export function generateFreshCorpus(count: number, seed: number, labelledFile: string): FreshDocument[] {
  const fresh = freshBullets(seed, labelledFile);
  const { random } = fresh;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const framework = getFramework();
  const roles = framework.capabilityRoles;
  const docs: FreshDocument[] = [];
  for (let i = 0; i < count; i++) {
    const role = roles[i % roles.length];
    const other = pick(roles.filter((r) => r.id !== role.id));
    const title = framework.titles.roles.find((t) => t.role === role.id)?.canonical ?? role.name;
    // One in ten is a legacy job description that names no role: jdkit infers it.
    const front = [
      '---',
      `title: "${title}"`,
      ...(i % 10 === 9 ? [] : [`role: ${role.id}`]),
      `organisation: "${pick(PLACES)} Recovery Partnership"`,
      '---',
    ];
    const body = [`# ${title}`, '', '## About the role', '', role.profile[0], '', '## Main duties', ''];
    for (let n = 6 + Math.floor(random() * 10); n > 0; n--) body.push(`- ${fresh.bullet(role, other)}`);
    body.push('', '## Capabilities');
    for (const domain of role.domains) {
      if (chance(0.3)) continue;
      body.push('', `### ${domain.name}`, '');
      for (let n = 2 + Math.floor(random() * 6); n > 0; n--) body.push(`- ${fresh.bullet(role, other)}`);
    }
    body.push('', '## About us', '');
    for (let n = 1 + Math.floor(random() * 4); n > 0; n--) body.push(pick(FILLER));
    docs.push({ name: `${String(i).padStart(4, '0')}-${role.id}.jd.md`, text: [...front, ...body, ''].join('\n') });
  }
  return docs;
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '14' },
      out: { type: 'string', default: 'bench-results/fresh-corpus' },
    },
  });
  const out = path.resolve(values.out);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const labelled = path.join(__dirname, '..', '..', 'test', 'fixtures', 'matcher', 'labelled-meaning.json');
  const docs = generateFreshCorpus(Number(values.count), Number(values.seed), labelled);
  let bytes = 0;
  for (const doc of docs) {
    writeFileSync(path.join(out, doc.name), doc.text);
    bytes += Buffer.byteLength(doc.text);
  }
  console.log(
    `${docs.length} job descriptions with new bullet text, ${(bytes / 1024 / 1024).toFixed(1)} MB, in ${path.relative(process.cwd(), out)}`,
  );
}

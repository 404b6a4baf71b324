// A seeded, reproducible corpus of job descriptions built from the framework,
// for benchmarks (`npm run bench`, `npm run bench:peers`): every role, clean
// documents and documents with edited, missing and cross-role capabilities,
// stigmatising terms and long free-text sections, from about 2 KB to 200 KB.
//
//   node out/scripts/generate-corpus.js [--count 1000] [--seed 2024] [--out bench-results/corpus]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getFramework, type StatementEntry } from '../src/core/framework/load';
import type { Role } from '../src/core/framework/schema';

/** mulberry32: a tiny, well-known 32-bit PRNG; enough for reproducible test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Variant = 'clean' | 'edited' | 'missing' | 'cross-role' | 'stigma' | 'mixed';
const VARIANTS: readonly Variant[] = ['clean', 'edited', 'missing', 'cross-role', 'stigma', 'mixed'];

const FILLER = [
  'The service works across the county with community hubs in each town and outreach into rural areas.',
  'We value lived experience and offer a structured induction, regular training and protected time for learning.',
  'You will work as part of a multidisciplinary team including nurses, psychologists, social workers and peer support workers.',
  'Our partnership brings together treatment, recovery and harm reduction services for people and their families.',
  'Flexible working is available, and we welcome applications from people with lived experience of recovery.',
];
const STIGMA_SENTENCES = [
  'You will support addicts to stay clean and rebuild their lives.',
  'Many of our clients are alcoholics or former drug abusers.',
  'Experience of working with offenders and substance abuse is desirable.',
];
const EDITS: readonly [RegExp, string][] = [
  [/\bpeople\b/, 'service users'],
  [/\btheir\b/, 'the'],
  [/\bable to\b/, 'can'],
  [/\bknowledge of\b/, 'understanding of'],
  [/\band\b/, '&'],
];

interface Generated {
  name: string;
  text: string;
  variant: Variant;
}

export function generateCorpus(count: number, seed: number): Generated[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const framework = getFramework();
  const roles = framework.capabilityRoles;
  const docs: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const role = roles[i % roles.length];
    const variant = VARIANTS[Math.floor(i / roles.length) % VARIANTS.length];
    // Log-uniform target size between 2 KB and 200 KB.
    const targetBytes = Math.round(2048 * Math.pow(100, random()));
    const text = buildDocument(
      framework.roleStatements(role.id, 'adults'),
      role,
      variant,
      targetBytes,
      random,
      pick,
      roles,
    );
    docs.push({ name: `${String(i).padStart(4, '0')}-${role.id}-${variant}.jd.md`, text, variant });
  }
  return docs;
}

function buildDocument(
  statements: StatementEntry[],
  role: Role,
  variant: Variant,
  targetBytes: number,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
  roles: readonly Role[],
): string {
  const canonical = getFramework().titles.roles.find((t) => t.role === role.id)?.canonical ?? role.name;
  const front = [
    '---',
    `title: "${canonical}"`,
    `role: ${role.id}`,
    'population: adults',
    'organisation: "Northfield Recovery Partnership"',
    'salary: "£28,000 to £32,000"',
    `caseload: ${variant === 'mixed' ? 48 : 30}`,
    '---',
  ];
  const body: string[] = [`# ${canonical}`, '', '## About the role', '', ...role.profile.map((p) => `${p}\n`)];
  body.push('## Capabilities', '');
  let kept = statements;
  if (variant === 'missing' || variant === 'mixed') kept = statements.filter(() => random() > 0.25);
  let domain = '';
  for (const entry of kept) {
    if (entry.domain.name !== domain) {
      domain = entry.domain.name;
      body.push('', `### ${domain}`, '');
    }
    let text = entry.statement.text;
    if ((variant === 'edited' || variant === 'mixed') && random() < 0.3) {
      const [pattern, replacement] = pick(EDITS);
      text = text.replace(pattern, replacement);
    }
    body.push(`- ${text}`);
  }
  if (variant === 'cross-role' || variant === 'mixed') {
    const other = pick(roles.filter((r) => r.id !== role.id));
    body.push('', ...other.domains[0].statements.slice(0, 5).map((s) => `- ${s.text}`));
  }
  body.push(
    '',
    '## Supervision and support',
    '',
    'You will receive monthly clinical supervision, safeguarding supervision, supportive supervision and management supervision.',
    '',
  );
  body.push(
    '## Person specification',
    '',
    `Registration with the ${role.regulation?.regulator ?? 'relevant body'} where the role requires it.`,
    '',
  );
  body.push('## About us', '');
  let size = [...front, ...body].join('\n').length;
  while (size < targetBytes) {
    const sentence =
      variant === 'stigma' || variant === 'mixed'
        ? random() < 0.05
          ? pick(STIGMA_SENTENCES)
          : pick(FILLER)
        : pick(FILLER);
    body.push(sentence);
    size += sentence.length + 1;
  }
  return [...front, ...body, ''].join('\n');
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '2024' },
      out: { type: 'string', default: 'bench-results/corpus' },
    },
  });
  const out = path.resolve(values.out);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const docs = generateCorpus(Number(values.count), Number(values.seed));
  let bytes = 0;
  for (const doc of docs) {
    writeFileSync(path.join(out, doc.name), doc.text);
    bytes += Buffer.byteLength(doc.text);
  }
  console.log(
    `${docs.length} job descriptions, ${(bytes / 1024 / 1024).toFixed(1)} MB, in ${path.relative(process.cwd(), out)}`,
  );
}

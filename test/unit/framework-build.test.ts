import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MATCHER_INDEX_FILE,
  META_FILE,
  OUTPUT_FILE,
  ROLE_IDS_FILE,
  SOURCE_FILE,
  STEMS_FILE,
  THESAURUS_FILE,
  buildFramework,
  metaRoleIds,
  normaliseSpace,
  renderFramework,
  renderMatcherIndex,
  renderRoleIds,
  renderStems,
} from '../../scripts/build-framework';
import { getFramework } from '../../src/core/framework/load';
import { ROLE_IDS, type RoleId, type SourceRef, type ThesaurusData } from '../../src/core/framework/schema';
import { CapabilityMatcher } from '../../src/core/match/matcher';

const root = join(__dirname, '..', '..', '..'); // out/test/unit → repository root
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const sourceText = read(SOURCE_FILE);
const meta = JSON.parse(read(META_FILE)) as Record<RoleId, Record<string, unknown>>;
const data = buildFramework(sourceText, meta);
const statements = data.roles.flatMap((r) => r.domains.flatMap((d) => d.statements));

/**
 * Statements per domain, counted independently of the build script with awk
 * over the bullet lines between each role's domain headings (sections 5.1–6.2).
 */
const EXPECTED_COUNTS: Record<RoleId, number[]> = {
  'drug-and-alcohol-worker': [7, 13, 8, 21, 6, 9, 10],
  'cyp-drug-and-alcohol-worker': [12, 17, 9, 15, 11, 8, 9],
  'senior-drug-and-alcohol-worker': [1, 2, 2, 6, 11, 8],
  'family-support-worker-adult': [7, 10, 14, 17, 7, 9, 10],
  'family-support-worker-cyp': [8, 8, 5, 12, 8],
  nurse: [4, 12, 14, 7, 19, 14, 5, 23, 7],
  'practitioner-psychologist': [4, 13, 14, 16, 19, 7, 28, 9],
  'social-worker': [4, 13, 14, 17, 14, 5, 21, 6],
  'pharmacy-professional': [4, 15, 14, 14, 13, 5, 21, 7],
  'peer-support-worker': [7, 9, 3, 13, 10, 7, 11, 10],
  commissioner: [10, 6, 4, 7],
  'medical-workforce': [],
  'leader-manager': [],
  counsellor: [],
};

/** Replaces the first line equal to `line` (searching from the line starting with `after`). */
function mangle(after: string, line: string, replacement: string[]): string {
  const lines = sourceText.split('\n');
  const from = lines.findIndex((l) => l.startsWith(after));
  const at = lines.findIndex((l, i) => i > from && l === line);
  assert.ok(from >= 0 && at > from, `fixture: "${line}" not found after "${after}"`);
  lines.splice(at, 1, ...replacement);
  return lines.join('\n');
}

describe('framework build', () => {
  it('the committed framework.json is up to date with the source text and roles.meta.json', () => {
    assert.equal(
      read(OUTPUT_FILE),
      renderFramework(data),
      `${OUTPUT_FILE} is stale: run \`npx tsc -p . && npm run framework:build\` and commit the result`,
    );
    assert.equal(renderFramework(buildFramework(sourceText, meta)), renderFramework(data), 'build is deterministic');
  });

  it('the committed role-ids.ts lists the role ids of roles.meta.json in document order', () => {
    const ids = data.roles.map((r) => r.id);
    assert.deepEqual(metaRoleIds(meta), ids);
    assert.equal(
      read(ROLE_IDS_FILE),
      renderRoleIds(ids),
      `${ROLE_IDS_FILE} is stale: run \`npx tsc -p . && npm run framework:build\` and commit the result`,
    );
  });

  const fromThesaurus = [
    { file: STEMS_FILE, holds: 'the stem of every word of the statements and the thesaurus', render: renderStems },
    { file: MATCHER_INDEX_FILE, holds: 'the matcher’s index of the statements', render: renderMatcherIndex },
  ];
  for (const { file, holds, render } of fromThesaurus) {
    it(`the committed ${file} has ${holds}`, () => {
      const thesaurus = JSON.parse(read(THESAURUS_FILE)) as ThesaurusData;
      assert.equal(
        read(file),
        render(data, thesaurus),
        `${file} is stale: run \`npx tsc -p . && npm run framework:build\` and commit the result`,
      );
    });
  }

  it('the framework’s matcher, given the stems table and the index, matches as one that works both out itself', () => {
    const framework = getFramework();
    const statements = framework.statementRefs();
    const unprepared = new CapabilityMatcher(statements, framework.thesaurus);
    const bullets = [
      'Able to carry out a comprehensive assessment of substance use, incorporating risk assessment',
      'Carry out comprehensive assessments of each client’s substance use and risks',
      'Deliver naloxone training to service users, families and carers',
      'Full UK driving licence',
    ];
    const roles = new Set<RoleId>(['drug-and-alcohol-worker']);
    for (const bullet of bullets) {
      assert.deepEqual(framework.matcher.match(bullet), unprepared.match(bullet), bullet);
      assert.deepEqual(framework.matcher.match(bullet, roles), unprepared.match(bullet, roles), bullet);
      assert.deepEqual(
        framework.matcher.extraTerms(bullet, statements[0].text),
        unprepared.extraTerms(bullet, statements[0].text),
      );
      assert.deepEqual(framework.matcher.nearest(bullet, roles), unprepared.nearest(bullet, roles), bullet);
    }
    assert.ok(framework.matcher.match(bullets[1]).best, 'a rewording is matched, so the comparison covers scores');
  });

  it('has the 11 capability roles and 3 descriptor roles in document order', () => {
    assert.deepEqual(
      data.roles.map((r) => r.id),
      [...ROLE_IDS],
    );
    assert.equal(data.roles.filter((r) => r.kind === 'capabilities').length, 11);
    assert.deepEqual(
      data.roles.filter((r) => r.kind === 'descriptor').map((r) => r.section),
      ['7.1', '7.2', '7.3'],
    );
    for (const r of data.roles.filter((r) => r.kind === 'descriptor')) {
      assert.deepEqual(r.domains, []);
      assert.equal(r.pickAndMix, false);
      assert.ok(r.externalFrameworks.length > 0, r.id);
    }
  });

  it('uses the framework’s role names', () => {
    assert.deepEqual(
      data.roles.map((r) => r.name),
      [
        'Drug and alcohol worker',
        'Children and young people’s drug and alcohol worker',
        'Senior drug and alcohol worker',
        'Family support worker (adult-focused)',
        'Family support worker (children and young people-focused)',
        'Nurse',
        'Practitioner psychologist',
        'Social worker',
        'Pharmacist and pharmacy technician',
        'Drug and alcohol peer support worker',
        'Commissioner',
        'Medical workforce',
        'Leaders and managers',
        'Counsellor',
      ],
    );
  });

  it('has the independently counted domains and statements per role', () => {
    for (const role of data.roles) {
      assert.deepEqual(
        role.domains.map((d) => d.statements.length),
        EXPECTED_COUNTS[role.id],
        `${role.section} ${role.id}`,
      );
    }
    assert.equal(statements.length, 799);
  });

  it('agrees with a plain count of bullet lines in sections 5.1–6.2 less the commissioner profile list', () => {
    const lines = sourceText.split('\n');
    const start = lines.indexOf('5.1 Drug and alcohol worker capabilities');
    const end = lines.indexOf('7. Other clinical and non-clinical role descriptors');
    const bullets = lines.slice(start, end).filter((l) => l.startsWith('  • ')).length;
    assert.equal(bullets - 5, statements.length);
  });

  it('keeps every statement verbatim from a bullet line and nothing else', () => {
    const bulletTexts = new Set(
      sourceText
        .split('\n')
        .filter((l) => l.startsWith('  • '))
        .map((l) => l.slice(4).trim()),
    );
    const commissionerProfileBullets = [
      'understand population needs',
      'determine key priorities',
      'bring together services, partners and wider stakeholders to work as a system, to deliver the required and agreed outcomes',
    ];
    for (const s of statements) {
      assert.ok(bulletTexts.has(s.text), `${s.id} is not a bullet of the source`);
      assert.ok(!s.text.includes('•'), s.id);
      assert.ok(!s.text.startsWith('*'), s.id);
      assert.ok(!commissionerProfileBullets.includes(s.text), `${s.id} is a commissioner profile bullet`);
      assert.ok(!s.text.startsWith('GPs treating people dependent'), `${s.id} is a 7.1 out-of-scope bullet`);
      assert.ok(!s.text.startsWith('Senior drug and alcohol workers are expected to have'), `${s.id} is the 5.3 intro`);
    }
  });

  it('numbers statements <ABBR>-<domain>-<nn> with unique ids', () => {
    const ids = statements.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const role of data.roles) {
      role.domains.forEach((domain, i) => {
        assert.equal(domain.number, i + 1);
        domain.statements.forEach((s, j) => {
          assert.equal(s.id, `${role.abbreviation}-${i + 1}-${String(j + 1).padStart(2, '0')}`);
          assert.match(s.id, /^[A-Z]+-\d+-\d{2}$/);
        });
      });
    }
    assert.equal(statements[0].id, 'DAW-1-01');
    assert.equal(data.roles[0].domains[3].statements[20].id, 'DAW-4-21');
  });

  it('takes profiles from the role profile paragraphs only', () => {
    const role = (id: RoleId) => data.roles.find((r) => r.id === id)!;
    assert.equal(role('drug-and-alcohol-worker').profile.length, 3);
    // 5.7: the paragraph before "Role profile" is a section introduction.
    assert.match(role('practitioner-psychologist').profile[0], /^The HCPC regulates psychologists/);
    // 5.9 spells the heading "Role Profile".
    assert.match(role('pharmacy-professional').profile[0], /^This role profile applies to GPhC-registered/);
    // 6.2: the profile bullet list is joined onto its lead-in paragraph.
    assert.ok(
      role('commissioner').profile.some((p) =>
        p.includes('providers to: understand population needs; determine key priorities;'),
      ),
    );
    assert.match(
      role('senior-drug-and-alcohol-worker').profile.at(-1)!,
      /^They often contribute to service and policy development/,
    );
    assert.match(role('counsellor').profile.at(-1)!, /BACP Addictions Counselling Competence Framework/);
  });

  it('quotes every meta source verbatim from the source text', () => {
    const text = normaliseSpace(sourceText);
    const quotes: SourceRef[] = data.roles.flatMap((r) => [
      ...(r.regulation ? [r.regulation.source] : []),
      ...(r.pickAndMixSource ? [r.pickAndMixSource] : []),
      ...r.buildsOn.map((b) => b.source),
    ]);
    assert.ok(quotes.length >= 12);
    for (const q of quotes) {
      assert.ok(q.quote && text.includes(normaliseSpace(q.quote)), `not verbatim: ${q.quote}`);
    }
    assert.deepEqual(
      data.roles.filter((r) => r.pickAndMix).map((r) => r.id),
      ['nurse', 'practitioner-psychologist', 'pharmacy-professional', 'peer-support-worker'],
    );
  });

  describe('fails loudly on an unexpected structure', () => {
    it('a bullet before any domain heading', () => {
      const mangled = mangle('5.1 ', 'Role profile', ['Role profile', '', '  • stray bullet']);
      assert.throws(() => buildFramework(mangled, meta), /:29\d: section 5\.1: bullet before any domain heading/);
    });

    it('a missing domain heading', () => {
      const mangled = mangle('5.1 ', 'Overarching capabilities', []);
      assert.throws(() => buildFramework(mangled, meta), /section 5\.1: bullet before any domain heading/);
    });

    it('a missing "Role profile" heading', () => {
      const mangled = mangle('5.2 ', 'Role profile', []);
      assert.throws(
        () => buildFramework(mangled, meta),
        /section 5\.2: domain heading "Overarching capabilities" before "Role profile"/,
      );
    });

    it('a domain with no statements', () => {
      const mangled = mangle('5.1 ', 'Application of knowledge', ['Empty domain', '', 'Application of knowledge']);
      assert.throws(() => buildFramework(mangled, meta), /domain "Empty domain" has no capability statements/);
    });

    it('a paragraph between capability statements', () => {
      const mangled = mangle('5.1 ', 'Multidisciplinary working', [
        'This paragraph does not belong here and is long enough not to look like a heading at all.',
        '',
        'Multidisciplinary working',
      ]);
      assert.throws(() => buildFramework(mangled, meta), /section 5\.1: unexpected paragraph/);
    });

    it('a domain heading in a role descriptor', () => {
      const mangled = mangle('7.2 ', '7.3 Counsellors role descriptor', [
        'Some heading',
        '',
        '7.3 Counsellors role descriptor',
      ]);
      assert.throws(() => buildFramework(mangled, meta), /section 7\.2: a role descriptor has no domains/);
    });

    it('a renamed role section', () => {
      const mangled = mangle('5.5 ', '5.6 Nursing capabilities', ['5.6 Nursing competencies']);
      assert.throws(() => buildFramework(mangled, meta), /unexpected role heading "5\.6 Nursing competencies"/);
    });

    it('a meta quote that is not in the text', () => {
      const changed = structuredClone(meta);
      (changed.nurse.regulation as { source: SourceRef }).source.quote = 'Nurses must be registered.';
      assert.throws(
        () => buildFramework(sourceText, changed),
        /roles\.meta\.json: nurse: quote is not verbatim in section 5\.6/,
      );
    });

    it('malformed meta', () => {
      const changed = structuredClone(meta);
      delete (changed as Partial<typeof meta>).counsellor;
      changed.nurse.abbreviation = 'nur';
      assert.throws(
        () => buildFramework(sourceText, changed),
        (err: Error) =>
          err.name === 'ValidationError' &&
          /roles\.meta\.json/.test(err.message) &&
          /nurse\.abbreviation/.test(err.message),
      );
    });
  });
});

import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { analyseCoverage, capabilitiesAnchor, coverageSummary, describeMissing } from '../../src/core/coverage';
import { parseJd } from '../../src/core/document/parse';
import { insertStatementsEdits } from '../../src/core/edits/insert-statements';
import { getFramework } from '../../src/core/framework/load';
import { lint } from '../../src/core/lint';
import { LintContext } from '../../src/core/lint-context';
import { applyEdits } from '../../src/core/edits/apply-edits';
import { jd, runRule } from './helpers';

const framework = getFramework();
const text = (id: string) => framework.statement(id)!.statement.text;
const context = (doc: string) => new LintContext(parseJd(doc), framework, DEFAULT_CONFIG);
const daw = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };

describe('analyseCoverage', () => {
  it('finds every statement of a complete job description present', () => {
    const base = jd(daw, '# Job description\n');
    const complete = applyEdits(
      base,
      insertStatementsEdits(parseJd(base), framework, framework.roleStatements('drug-and-alcohol-worker')),
    );
    const coverage = analyseCoverage(context(complete));
    assert.equal(coverage.role?.id, 'drug-and-alcohol-worker');
    assert.equal(coverage.own?.total, 74);
    assert.equal(coverage.own?.covered, 74);
    assert.deepEqual([coverage.total, coverage.covered], [74, 74]);
    assert.ok(
      coverage.own.domains.every((d) => d.present === d.statements.length && d.modified === 0 && d.missing === 0),
    );
    assert.deepEqual([coverage.bases, coverage.otherRole, coverage.unrecognised], [[], [], []]);
  });

  it('sorts statements into present, modified and missing, and bullets into other roles and unrecognised', () => {
    const doc = jd(
      daw,
      [
        '## Capabilities',
        '',
        `- ${text('DAW-1-01')}`,
        `- ${text('DAW-1-03').replace('people', 'service users')}`,
        `- ${text('DAW-1-05').replace('people', 'service users')}`,
        `- ${text('DAW-1-05')}`,
        `- ${text('SDAW-5-10')}`,
        '- Full UK driving licence',
      ].join('\n'),
    );
    const coverage = analyseCoverage(context(doc));
    const overarching = coverage.own!.domains[0];
    assert.deepEqual(
      overarching.statements.map((s) => [s.entry.statement.id, s.status, s.bullets.length]),
      [
        ['DAW-1-01', 'present', 1],
        ['DAW-1-02', 'missing', 0],
        ['DAW-1-03', 'modified', 1],
        ['DAW-1-04', 'missing', 0],
        // A modified and an exact copy: present.
        ['DAW-1-05', 'present', 2],
        ['DAW-1-06', 'missing', 0],
        ['DAW-1-07', 'missing', 0],
      ],
    );
    assert.deepEqual([overarching.present, overarching.modified, overarching.missing], [2, 1, 4]);
    assert.deepEqual([coverage.own!.covered, coverage.own!.missing.length], [3, 71]);
    assert.deepEqual(
      coverage.otherRole.map((b) => b.bullet.startLine),
      [10],
    );
    assert.deepEqual(
      coverage.unrecognised.map((b) => b.bullet.text),
      ['Full UK driving licence'],
    );
    assert.match(describeMissing(coverage.own!), /^Overarching capabilities 4, Application of knowledge 13, /);
  });

  it('lets one bullet cover every statement of the role and its base role with that text', () => {
    assert.equal(text('SDAW-6-06'), text('DAW-7-10'));
    const doc = jd(
      { ...daw, role: 'senior-drug-and-alcohol-worker', population: 'adults' },
      `## Capabilities\n\n- ${text('SDAW-6-06')}\n`,
    );
    const coverage = analyseCoverage(context(doc));
    assert.deepEqual(
      coverage.bases.map((b) => [b.role.id, b.population, b.covered]),
      [['drug-and-alcohol-worker', 'adults', 1]],
    );
    assert.equal(coverage.own!.covered, 1);
    assert.deepEqual([coverage.total, coverage.covered], [30 + 74, 2]);
  });

  it('infers the senior worker’s base role from the statements present when `population` is not set', () => {
    const senior = { title: 'Senior drug and alcohol worker', role: 'senior-drug-and-alcohol-worker' };
    const cyp = framework.roleStatements('cyp-drug-and-alcohol-worker').slice(0, 60);
    const withCyp = jd(senior, `## Capabilities\n\n${cyp.map((e) => `- ${e.statement.text}`).join('\n')}\n`);
    const inferred = analyseCoverage(context(withCyp));
    assert.equal(inferred.inferredPopulation, 'children-and-young-people');
    assert.deepEqual(
      inferred.bases.map((b) => b.role.id),
      ['cyp-drug-and-alcohol-worker'],
    );
    assert.deepEqual(inferred.undecidedBases, []);
    const undecided = analyseCoverage(context(jd(senior, `## Capabilities\n\n- ${text('SDAW-1-01')}\n`)));
    assert.equal(undecided.inferredPopulation, null);
    assert.deepEqual(undecided.bases, []);
    assert.deepEqual(
      undecided.undecidedBases.map((b) => [b.role.id, b.population]),
      [
        ['drug-and-alcohol-worker', 'adults'],
        ['cyp-drug-and-alcohol-worker', 'children-and-young-people'],
      ],
    );
  });

  const ASSESSMENT_DUTY =
    'Carry out comprehensive assessments of each client’s substance use and their health and social needs';

  it('counts a duty that restates a statement in other words as paraphrased, and covered', () => {
    const doc = jd(daw, `## Main duties\n\n- ${ASSESSMENT_DUTY}\n\n## Capabilities\n\n- ${text('DAW-1-01')}\n`);
    const coverage = analyseCoverage(context(doc));
    const statuses = new Map(
      coverage.own!.domains.flatMap((d) => d.statements.map((s) => [s.entry.statement.id, s] as const)),
    );
    const assessment = statuses.get('DAW-3-03')!;
    assert.equal(assessment.status, 'paraphrased');
    assert.deepEqual(
      assessment.bullets.map((b) => [b.bullet.text, b.bullet.section?.text]),
      [[ASSESSMENT_DUTY, 'Main duties']],
    );
    assert.equal(statuses.get('DAW-1-01')!.status, 'present');
    assert.deepEqual(coverage.own!.counts, { present: 1, modified: 0, paraphrased: 1, missing: 72 });
    assert.equal(coverage.own!.covered, 2);
    assert.ok(!coverage.own!.missing.some((e) => e.statement.id === 'DAW-3-03'));
    const engagement = coverage.own!.domains.find(
      (d) => d.domain.id === 'engagement-assessment-and-care-treatment-planning',
    )!;
    assert.deepEqual(
      [engagement.present, engagement.modified, engagement.paraphrased, engagement.missing],
      [0, 0, 1, 7],
    );
    assert.deepEqual([coverage.otherRole, coverage.unrecognised], [[], []]);
  });

  it('lets the framework wording beat a paraphrase, and a close copy beat a paraphrase, of the same statement', () => {
    const exact = analyseCoverage(
      context(jd(daw, `## Main duties\n\n- ${ASSESSMENT_DUTY}\n\n## Capabilities\n\n- ${text('DAW-3-03')}\n`)),
    );
    const [, , assessment] = exact.own!.domains[2].statements;
    assert.equal(assessment.entry.statement.id, 'DAW-3-03');
    assert.equal(assessment.status, 'present');
    assert.equal(assessment.bullets.length, 2);
    assert.deepEqual(exact.own!.counts, { present: 1, modified: 0, paraphrased: 0, missing: 73 });
    const close = text('DAW-3-03').replace('people’s', 'service users’');
    const modified = analyseCoverage(
      context(jd(daw, `## Main duties\n\n- ${ASSESSMENT_DUTY}\n\n## Capabilities\n\n- ${close}\n`)),
    );
    assert.equal(modified.own!.domains[2].statements[2].status, 'modified');
    assert.deepEqual(modified.own!.counts, { present: 0, modified: 1, paraphrased: 0, missing: 73 });
  });

  it('adds up the counts per domain, per role and for the post', () => {
    const senior = {
      title: 'Senior drug and alcohol worker',
      role: 'senior-drug-and-alcohol-worker',
      population: 'adults',
    };
    const doc = jd(
      senior,
      [
        '## Main duties',
        '',
        `- ${ASSESSMENT_DUTY}`,
        '',
        '## Capabilities',
        '',
        `- ${text('SDAW-1-01')}`,
        `- ${text('DAW-1-03').replace('with people', 'with service users')}`,
        `- ${text('DAW-4-10')}`,
      ].join('\n'),
    );
    const coverage = analyseCoverage(context(doc));
    assert.deepEqual(
      coverage.bases.map((b) => b.role.id),
      ['drug-and-alcohol-worker'],
    );
    const roles = [coverage.own!, ...coverage.bases];
    const keys = ['present', 'modified', 'paraphrased', 'missing'] as const;
    for (const role of roles) {
      for (const key of keys)
        assert.equal(
          role.counts[key],
          role.domains.reduce((n, d) => n + d[key], 0),
          `${role.role.id} ${key}`,
        );
      assert.equal(
        keys.reduce((n, key) => n + role.counts[key], 0),
        role.total,
        role.role.id,
      );
      assert.equal(role.covered, role.total - role.counts.missing, role.role.id);
      assert.equal(role.missing.length, role.counts.missing, role.role.id);
    }
    for (const key of keys)
      assert.equal(
        coverage.counts[key],
        roles.reduce((n, r) => n + r.counts[key], 0),
        key,
      );
    assert.equal(
      coverage.total,
      roles.reduce((n, r) => n + r.total, 0),
    );
    assert.equal(coverage.covered, coverage.total - coverage.counts.missing);
    const base = coverage.bases[0];
    assert.deepEqual([base.counts.present, base.counts.modified, base.counts.paraphrased], [1, 1, 1]);
  });

  it('gives the counts in missing-capabilities’ message', () => {
    const doc = jd(
      daw,
      [
        '## Main duties',
        '',
        `- ${ASSESSMENT_DUTY}`,
        '',
        '## Capabilities',
        '',
        `- ${text('DAW-1-01')}`,
        `- ${text('DAW-1-03').replace('with people', 'with service users')}`,
      ].join('\n'),
    );
    const [d] = runRule('missing-capabilities', doc);
    assert.match(
      d.message,
      /^71 of the 74 drug and alcohol worker capabilities \(section 5\.1\) are missing: .*\. Of the 74: 1 in the framework wording, 1 modified, 1 in your own words, 71 missing\. /,
    );
    assert.deepEqual(d.data?.counts, { present: 1, modified: 1, paraphrased: 1, missing: 71 });
    assert.ok(!(d.data?.missing as string[]).includes('DAW-3-03'));
  });

  it('has no role coverage without a role, and is computed once per lint run', () => {
    const ctx = context(jd({ title: 'Administrator' }, '## Capabilities\n\n- Good IT skills\n'));
    const coverage = analyseCoverage(ctx);
    assert.equal(coverage.own, null);
    assert.deepEqual(
      coverage.unrecognised.map((b) => b.bullet.text),
      ['Good IT skills'],
    );
    assert.equal(analyseCoverage(ctx), coverage);
  });

  it('comes with the lint result: the analysis the rules used, which coverageSummary gives in numbers', () => {
    const doc = jd(
      daw,
      [
        '## Capabilities',
        '',
        `- ${text('DAW-1-01')}`,
        `- ${text('DAW-1-03').replace('with people', 'with service users')}`,
      ].join('\n'),
    );
    const matcher = framework.matcher;
    const match = matcher.match.bind(matcher);
    let matched = 0;
    matcher.match = (...args) => {
      matched++;
      return match(...args);
    };
    try {
      const result = lint(doc);
      const linting = matched;
      const missing = result.diagnostics.find((d) => d.rule === 'missing-capabilities');
      assert.deepEqual(
        result.coverage.own?.missing.map((e) => e.statement.id),
        missing?.data?.missing,
      );
      assert.deepEqual(coverageSummary(result.coverage), {
        total: 74,
        present: 1,
        modified: 1,
        paraphrased: 0,
        missing: 72,
      });
      assert.ok(linting > 0);
      assert.equal(matched, linting, 'reading the coverage analyses nothing again');
    } finally {
      matcher.match = match;
    }
    assert.equal(
      coverageSummary(lint(jd({ title: 'Doctor', role: 'medical-workforce' }), {}).coverage),
      null,
      'a descriptor-only role has no numbers',
    );
    assert.equal(coverageSummary(lint(jd({ title: 'Administrator' })).coverage), null);
  });
});

describe('capabilitiesAnchor', () => {
  it('is the Capabilities heading, else the title, else the first line', () => {
    assert.deepEqual(capabilitiesAnchor(context(jd(daw, '# Job\n\n## Capabilities\n'))), {
      start: { line: 6, character: 0 },
      end: { line: 6, character: 15 },
    });
    assert.deepEqual(capabilitiesAnchor(context(jd(daw, '# Job\n'))), {
      start: { line: 1, character: 7 },
      end: { line: 1, character: 32 },
    });
    assert.deepEqual(capabilitiesAnchor(context('# Job\n')), {
      start: { line: 0, character: 0 },
      end: { line: 0, character: 5 },
    });
  });
});

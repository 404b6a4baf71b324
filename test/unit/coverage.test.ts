import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { analyseCoverage, capabilitiesAnchor, describeMissing } from '../../src/core/coverage';
import { parseJd } from '../../src/core/document/parse';
import { insertStatementsEdits } from '../../src/core/edits/insert-statements';
import { getFramework } from '../../src/core/framework/load';
import { LintContext } from '../../src/core/lint-context';
import { applyEdits } from './apply-edits';
import { jd } from './helpers';

const framework = getFramework();
const text = (id: string) => framework.statement(id)!.statement.text;
const context = (doc: string) => new LintContext(parseJd(doc), framework, DEFAULT_CONFIG);
const daw = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };

describe('analyseCoverage', () => {
  it('finds every statement of a complete job description present', () => {
    const base = jd(daw, '# Job description\n');
    const complete = applyEdits(base, insertStatementsEdits(parseJd(base), framework, framework.roleStatements('drug-and-alcohol-worker')));
    const coverage = analyseCoverage(context(complete));
    assert.equal(coverage.role?.id, 'drug-and-alcohol-worker');
    assert.equal(coverage.own?.total, 74);
    assert.equal(coverage.own?.covered, 74);
    assert.deepEqual([coverage.total, coverage.covered], [74, 74]);
    assert.ok(coverage.own!.domains.every((d) => d.present === d.statements.length && d.modified === 0 && d.missing === 0));
    assert.deepEqual([coverage.bases, coverage.otherRole, coverage.unrecognised], [[], [], []]);
  });

  it('sorts statements into present, modified and missing, and bullets into other roles and unrecognised', () => {
    const doc = jd(daw, [
      '## Capabilities',
      '',
      `- ${text('DAW-1-01')}`,
      `- ${text('DAW-1-03').replace('people', 'service users')}`,
      `- ${text('DAW-1-05').replace('people', 'service users')}`,
      `- ${text('DAW-1-05')}`,
      `- ${text('SDAW-5-10')}`,
      '- Full UK driving licence',
    ].join('\n'));
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
    assert.deepEqual(coverage.otherRole.map((b) => b.bullet.startLine), [10]);
    assert.deepEqual(coverage.unrecognised.map((b) => b.bullet.text), ['Full UK driving licence']);
    assert.match(describeMissing(coverage.own!), /^Overarching capabilities 4, Application of knowledge 13, /);
  });

  it('lets one bullet cover every statement of the role and its base role with that text', () => {
    assert.equal(text('SDAW-6-06'), text('DAW-7-10'));
    const doc = jd({ ...daw, role: 'senior-drug-and-alcohol-worker', population: 'adults' }, `## Capabilities\n\n- ${text('SDAW-6-06')}\n`);
    const coverage = analyseCoverage(context(doc));
    assert.deepEqual(coverage.bases.map((b) => [b.role.id, b.population, b.covered]), [['drug-and-alcohol-worker', 'adults', 1]]);
    assert.equal(coverage.own!.covered, 1);
    assert.deepEqual([coverage.total, coverage.covered], [30 + 74, 2]);
  });

  it('infers the senior worker’s base role from the statements present when `population` is not set', () => {
    const senior = { title: 'Senior drug and alcohol worker', role: 'senior-drug-and-alcohol-worker' };
    const cyp = framework.roleStatements('cyp-drug-and-alcohol-worker').slice(0, 60);
    const withCyp = jd(senior, `## Capabilities\n\n${cyp.map((e) => `- ${e.statement.text}`).join('\n')}\n`);
    const inferred = analyseCoverage(context(withCyp));
    assert.equal(inferred.inferredPopulation, 'children-and-young-people');
    assert.deepEqual(inferred.bases.map((b) => b.role.id), ['cyp-drug-and-alcohol-worker']);
    assert.deepEqual(inferred.undecidedBases, []);
    const undecided = analyseCoverage(context(jd(senior, `## Capabilities\n\n- ${text('SDAW-1-01')}\n`)));
    assert.equal(undecided.inferredPopulation, null);
    assert.deepEqual(undecided.bases, []);
    assert.deepEqual(undecided.undecidedBases.map((b) => [b.role.id, b.population]), [
      ['drug-and-alcohol-worker', 'adults'],
      ['cyp-drug-and-alcohol-worker', 'children-and-young-people'],
    ]);
  });

  it('has no role coverage without a role, and is computed once per lint run', () => {
    const ctx = context(jd({ title: 'Administrator' }, '## Capabilities\n\n- Good IT skills\n'));
    const coverage = analyseCoverage(ctx);
    assert.equal(coverage.own, null);
    assert.deepEqual(coverage.unrecognised.map((b) => b.bullet.text), ['Good IT skills']);
    assert.equal(analyseCoverage(ctx), coverage);
  });
});

describe('capabilitiesAnchor', () => {
  it('is the Capabilities heading, else the title, else the first line', () => {
    assert.deepEqual(capabilitiesAnchor(context(jd(daw, '# Job\n\n## Capabilities\n'))), { start: { line: 6, character: 0 }, end: { line: 6, character: 15 } });
    assert.deepEqual(capabilitiesAnchor(context(jd(daw, '# Job\n'))), { start: { line: 1, character: 7 }, end: { line: 1, character: 32 } });
    assert.deepEqual(capabilitiesAnchor(context('# Job\n')), { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } });
  });
});

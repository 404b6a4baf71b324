import assert from 'node:assert/strict';
import { parseJd } from '../../../src/core/document/parse';
import { insertStatementsEdits } from '../../../src/core/edits/insert-statements';
import { getFramework } from '../../../src/core/framework/load';
import { lint } from '../../../src/core/lint';
import { jd, runRule } from '../helpers';
import { applyEdits } from '../../../src/core/edits/apply-edits';

const framework = getFramework();
const run = (text: string) => runRule('modified-capability', text);
const text = (id: string) => framework.statement(id)!.statement.text;

describe('modified-capability', () => {
  const daw = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };

  it('is silent for a complete drug and alcohol worker job description', () => {
    const base = jd(daw, '# Job description\n');
    const complete = applyEdits(
      base,
      insertStatementsEdits(parseJd(base), framework, framework.roleStatements('drug-and-alcohol-worker')),
    );
    assert.deepEqual(run(complete), []);
  });

  it('fires on a reworded statement and restores the framework wording', () => {
    const edited = text('DAW-1-03').replace('with people', 'with service users');
    const doc = jd(daw, `## Capabilities\n\n- ${text('DAW-1-01')}\n- ${edited}\n`);
    const [d, ...rest] = run(doc);
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /^Close to DAW-1-03 \(Overarching capabilities\) but not the framework wording \(9\d% similar\)\. Use the exact wording/,
    );
    assert.deepEqual(d.range, { start: { line: 7, character: 2 }, end: { line: 7, character: 2 + edited.length } });
    assert.equal(d.data?.statementId, 'DAW-1-03');
    assert.equal(d.fixes![0].title, 'Restore the framework wording');
    const fixed = applyEdits(doc, d.fixes![0].edits);
    assert.equal(fixed, jd(daw, `## Capabilities\n\n- ${text('DAW-1-01')}\n- ${text('DAW-1-03')}\n`));
    assert.deepEqual(run(fixed), []);
  });

  it('replaces a bullet written over several lines, keeping a trailing directive comment', () => {
    const doc = jd(
      daw,
      '## Capabilities\n\n- Able to work independently with service users,\n  within the scope of the role and operational policies, protocols and procedures <!-- note -->\n',
    );
    const [d] = run(doc);
    assert.equal(
      applyEdits(doc, d.fixes![0].edits),
      jd(daw, `## Capabilities\n\n- ${text('DAW-1-03')} <!-- note -->\n`),
    );
  });

  it('says when the bullet is another role’s wording of the statement', () => {
    const doc = jd(daw, `## Capabilities\n\n- ${text('CYP-2-07')}\n`);
    const [d] = run(doc);
    assert.match(
      d.message,
      /^This is the children and young people’s drug and alcohol worker and family support worker \(children and young people-focused\) wording \(CYP-2-07\) of a statement whose drug and alcohol worker version is DAW-2-03 \(Application of knowledge, \d\d% similar\)\./,
    );
    assert.deepEqual(d.data?.roles, ['cyp-drug-and-alcohol-worker', 'family-support-worker-cyp']);
    assert.equal(applyEdits(doc, d.fixes![0].edits), jd(daw, `## Capabilities\n\n- ${text('DAW-2-03')}\n`));
  });

  it('leaves another role’s exact wording alone when the role is inferred from the bullets themselves', () => {
    // Rewording it to the inferred role's could change which role is inferred, so fixes would never settle.
    const bullets = ['DAW-1-01', 'DAW-1-02', 'DAW-1-03', 'CYP-2-07'].map((id) => `- ${text(id)}`).join('\n');
    const inferred = jd({ title: 'Wellbeing navigator' }, `## Capabilities\n\n${bullets}\n`);
    assert.equal(lint(inferred).role, 'drug-and-alcohol-worker');
    assert.equal(lint(inferred).roleSource, 'capabilities');
    assert.deepEqual(run(inferred), []);
    // Declared, the same bullets are reported.
    assert.equal(run(jd(daw, `## Capabilities\n\n${bullets}\n`)).length, 1);
  });

  it('names the base role when the statement is the base role’s', () => {
    const senior = {
      title: 'Senior drug and alcohol worker',
      role: 'senior-drug-and-alcohol-worker',
      population: 'adults',
    };
    const [d] = run(jd(senior, `## Capabilities\n\n- ${text('DAW-4-12').replace('people', 'service users')}\n`));
    assert.match(
      d.message,
      /^Close to DAW-4-12 \(Harm reduction, treatment and recovery interventions, in the drug and alcohol worker capabilities\)/,
    );
  });

  it('ignores differences of case, punctuation, quotes and emphasis', () => {
    const reformatted = `**${text('DAW-2-09').replace(/’/g, "'").toUpperCase()}.**`;
    assert.deepEqual(run(jd(daw, `## Capabilities\n\n- ${reformatted}\n`)), []);
  });
});

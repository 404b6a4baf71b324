import assert from 'node:assert/strict';
import { parseJd } from '../../../src/core/document/parse';
import { insertStatementsEdits } from '../../../src/core/edits/insert-statements';
import { getFramework, type StatementEntry } from '../../../src/core/framework/load';
import { jd, runRule } from '../helpers';
import { applyEdits } from '../apply-edits';

const framework = getFramework();
const run = (text: string) => runRule('capability-other-role', text);
const text = (id: string) => framework.statement(id)!.statement.text;

/** A job description listing `entries` under their domain headings. */
function withStatements(frontMatter: Record<string, string>, entries: readonly StatementEntry[]): string {
  const base = jd(frontMatter, '# Job description\n');
  return applyEdits(base, insertStatementsEdits(parseJd(base), framework, entries));
}

describe('capability-other-role', () => {
  const daw = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };
  const complete = withStatements(daw, framework.roleStatements('drug-and-alcohol-worker'));

  it('is silent for a complete drug and alcohol worker job description', () => {
    assert.deepEqual(run(complete), []);
  });

  it('fires on another role’s statement that this role has nothing like, naming the role', () => {
    const doc = jd(daw, `## Capabilities\n\n- ${text('DAW-1-01')}\n- ${text('SDAW-5-10')}\n`);
    const [d, ...rest] = run(doc);
    assert.equal(rest.length, 0);
    assert.match(d.message, /^This is capability statement SDAW-5-10 of the senior drug and alcohol worker role, and nothing in the drug and alcohol worker capabilities \(section 5\.1\) is like it\. The framework says capabilities are specific to each role \(section 2\)\./);
    assert.deepEqual(d.range, { start: { line: 7, character: 2 }, end: { line: 7, character: 2 + text('SDAW-5-10').length } });
    assert.deepEqual(d.data, { roles: ['senior-drug-and-alcohol-worker'], statementId: 'SDAW-5-10' });
    assert.equal(d.fixes, undefined);
  });

  it('names every role sharing the statement, and says when the bullet is only close to it', () => {
    const [shared] = run(jd(daw, '## Capabilities\n\n- Knowledge of research methods.\n'));
    assert.deepEqual(shared.data?.roles, ['nurse', 'practitioner-psychologist', 'social-worker', 'pharmacy-professional']);
    assert.match(shared.message, /of the nurse, practitioner psychologist, social worker and pharmacist and pharmacy technician roles,/);
    const [close] = run(jd(daw, `## Capabilities\n\n- ${text('SDAW-5-08').replace('senior management', 'the service manager')}\n`));
    assert.match(close.message, /^This is close \(\d\d%\) to capability statement SDAW-5-08 /);
  });

  it('leaves statements the role has a variant of to modified-capability', () => {
    // CYP-2-07 is the CYP worker's wording of the drug and alcohol worker's DAW-2-03.
    assert.deepEqual(run(jd(daw, `## Capabilities\n\n- ${text('CYP-2-07')}\n`)), []);
  });

  it('accepts the statements of the role a senior worker builds on for the population', () => {
    const senior = { title: 'Senior drug and alcohol worker', role: 'senior-drug-and-alcohol-worker', population: 'adults' };
    assert.deepEqual(run(jd(senior, `## Capabilities\n\n- ${text('DAW-4-10')}\n`)), []);
  });

  it('is silent without a role and for descriptor-only roles', () => {
    assert.deepEqual(run(jd({ title: 'Worker' }, `## Capabilities\n\n- ${text('SDAW-5-10')}\n`)), []);
    assert.deepEqual(run(jd({ title: 'Service manager', role: 'leader-manager' }, `## Capabilities\n\n- ${text('SDAW-5-10')}\n`)), []);
  });
});

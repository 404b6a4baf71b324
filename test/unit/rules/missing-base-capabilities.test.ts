import assert from 'node:assert/strict';
import { parseJd } from '../../../src/core/document/parse';
import { insertStatementsEdits } from '../../../src/core/edits/insert-statements';
import { getFramework, type StatementEntry } from '../../../src/core/framework/load';
import type { Population, RoleId } from '../../../src/core/framework/schema';
import { applyEdits } from '../../../src/core/edits/apply-edits';
import { jd, runRule } from '../helpers';

const framework = getFramework();
const run = (text: string) => runRule('missing-base-capabilities', text);

/** A job description listing `entries` under their domain headings. */
function withStatements(frontMatter: Record<string, string>, entries: readonly StatementEntry[]): string {
  const base = jd(frontMatter, '# Job description\n');
  return applyEdits(base, insertStatementsEdits(parseJd(base), framework, entries));
}

const own = (role: RoleId) => framework.roleStatements(role).filter((e) => e.role.id === role);
const senior = (population?: Population) => ({
  title: 'Senior drug and alcohol worker',
  role: 'senior-drug-and-alcohol-worker',
  ...(population && { population }),
});

describe('missing-base-capabilities', () => {
  it('requires the drug and alcohol worker capabilities of a senior worker with adults (section 2)', () => {
    const text = withStatements(senior('adults'), own('senior-drug-and-alcohol-worker'));
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    // One of the 74 (delivering training) has the same text as a senior worker statement.
    assert.match(
      d.message,
      /^A senior drug and alcohol worker post must also have the drug and alcohol worker capabilities \(section 5\.1\), and 73 of 74 are missing: /,
    );
    assert.match(
      d.message,
      /Section 2: "senior drug and alcohol workers working with adults must have all the capabilities outlined in the drug and alcohol worker framework\."$/,
    );
    const heading = text.split('\n').indexOf('## Capabilities');
    assert.deepEqual(d.range, { start: { line: heading, character: 0 }, end: { line: heading, character: 15 } });
    assert.deepEqual(d.data?.roles, ['drug-and-alcohol-worker']);
    assert.equal(d.data?.population, 'adults');
    assert.equal((d.data?.missing as string[]).length, 73);
    assert.equal(d.fixes![0].title, 'Insert the 73 missing drug and alcohol worker statements');
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.deepEqual(run(fixed), []);
    assert.deepEqual(runRule('missing-capabilities', fixed), []);
  });

  it('requires the CYP drug and alcohol worker capabilities of a senior worker with children and young people', () => {
    // The adult worker's statements do not count for a post with children and young people.
    const text = withStatements(
      senior('children-and-young-people'),
      framework.roleStatements('senior-drug-and-alcohol-worker', 'adults'),
    );
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /must also have the children and young people’s drug and alcohol worker capabilities \(section 5\.2\), and \d+ of 81 are missing/,
    );
    assert.match(
      d.message,
      /"Senior drug and alcohol workers working with children and young people must have all the capabilities/,
    );
    assert.deepEqual(d.data?.roles, ['cyp-drug-and-alcohol-worker']);
    assert.deepEqual(run(applyEdits(text, d.fixes![0].edits)), []);
  });

  it('is silent for complete senior worker job descriptions', () => {
    assert.deepEqual(
      run(withStatements(senior('adults'), framework.roleStatements('senior-drug-and-alcohol-worker', 'adults'))),
      [],
    );
    const cyp = framework.roleStatements('senior-drug-and-alcohol-worker', 'children-and-young-people');
    assert.deepEqual(run(withStatements(senior('children-and-young-people'), cyp)), []);
  });

  it('without `population`, explains that it decides the base role when neither is substantially present', () => {
    // The senior worker's training statement has the same text as one of each base role's.
    const text = withStatements(senior(), own('senior-drug-and-alcohol-worker'));
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /the front-matter field `population` decides which \(section 2\): with adults it must have all the drug and alcohol worker capabilities \(section 5\.1; 1 of 74 present\); with children and young people .*\(section 5\.2; 1 of 81 present\)\. Neither set is substantially present/,
    );
    assert.deepEqual(d.data?.roles, ['drug-and-alcohol-worker', 'cyp-drug-and-alcohol-worker']);
    assert.deepEqual(
      d.fixes!.map((f) => f.title),
      [
        'Set population to adults and insert the 73 missing drug and alcohol worker statements',
        'Set population to children-and-young-people and insert the 80 missing children and young people’s drug and alcohol worker statements',
      ],
    );
    const fixed = applyEdits(text, d.fixes![1].edits);
    assert.match(fixed, /\npopulation: children-and-young-people\n---\n/);
    assert.deepEqual(run(fixed), []);
  });

  it('without `population`, follows the base role whose statements are mostly present', () => {
    const daw = own('drug-and-alcohol-worker');
    // 70 of the worker's statements, plus the training statement the senior worker shares.
    const text = withStatements(senior(), [...own('senior-drug-and-alcohol-worker'), ...daw.slice(0, 70)]);
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /^`population` is not set; 71 of the 74 drug and alcohol worker capabilities are present \(at least 50%\), so jdkit assumes this post works with adults\. .* 3 of 74 are missing: Learning and development 3\./,
    );
    assert.equal(d.data?.populationInferred, true);
    assert.deepEqual(run(applyEdits(text, d.fixes![0].edits)), []);
  });

  it('requires the adult-focused capabilities of a CYP-focused family support worker', () => {
    const text = withStatements(
      { title: 'Family support worker', role: 'family-support-worker-cyp' },
      own('family-support-worker-cyp'),
    );
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /must also have the family support worker \(adult-focused\) capabilities \(section 5\.4\), and \d+ of 74 are missing: Overarching capabilities \d+, Application of knowledge/,
    );
    assert.match(
      d.message,
      /"family support workers \(children and young people-focused\) must have all the capabilities in the family support worker \(adult-focused\) framework\."/,
    );
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.deepEqual(run(fixed), []);
    assert.deepEqual(runRule('missing-capabilities', fixed), []);
  });

  it('is silent for roles that build on no other role, and without a role', () => {
    assert.deepEqual(
      run(
        withStatements(
          { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' },
          own('drug-and-alcohol-worker').slice(0, 3),
        ),
      ),
      [],
    );
    assert.deepEqual(run(jd({ title: 'Administrator' })), []);
  });
});

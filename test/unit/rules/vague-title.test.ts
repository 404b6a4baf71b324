import assert from 'node:assert/strict';
import { getFramework } from '../../../src/core/framework/load';
import { applyEdits } from '../../../src/core/edits/apply-edits';
import { jd, runRule } from '../helpers';

const run = (text: string) => runRule('vague-title', text);

describe('vague-title', () => {
  it('fires on "Recovery worker", quoting the plan and suggesting the framework title', () => {
    const text = jd({ title: 'Recovery worker' });
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /^"Recovery worker" is a vague job title: .*"job adverts are often misleading because job titles tend to be vague, using titles such as ‘recovery worker’"/,
    );
    assert.match(d.message, /Use the framework title "Drug and alcohol worker" \(capability framework section 5\.1\)/);
    assert.deepEqual(d.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 24 } });
    assert.deepEqual(d.data?.roles, ['drug-and-alcohol-worker']);
    assert.equal(d.fixes![0].title, 'Change the title to "Drug and alcohol worker"');
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.equal(fixed, jd({ title: 'Drug and alcohol worker' }));
    assert.deepEqual(run(fixed), []);
  });

  it('says that no role is checked while none is named, and not when one is', () => {
    const [unnamed] = run(jd({ title: 'Recovery worker' }));
    assert.match(
      unnamed.message,
      / Until the title or a "role" field names a framework role, jdkit checks the document against no role: not the capabilities, registration or supervision a role needs\. It still checks what applies whatever the role, such as the caseload and clinical supervision for a post that holds a caseload or delivers treatment\. Add "role: drug-and-alcohol-worker" to the front matter if that is the role\.$/,
    );
    const [declared] = run('---\ntitle: Recovery worker\nrole: peer-support-worker\n---\n');
    assert.doesNotMatch(declared.message, /checks the document against no role/);
  });

  it('suggests the title of the declared role instead', () => {
    const text = '---\ntitle: Recovery worker\nrole: peer-support-worker\n---\n';
    const [d] = run(text);
    assert.match(d.message, /"Peer support worker" \(capability framework section 6\.1\)/);
    assert.equal(
      applyEdits(text, d.fixes![0].edits),
      '---\ntitle: Peer support worker\nrole: peer-support-worker\n---\n',
    );
  });

  it('suggests the role the capabilities show when no role is declared', () => {
    const bullets = getFramework()
      .roleStatements('nurse')
      .slice(0, 6)
      .map((s) => `- ${s.statement.text}`);
    const [d] = run(jd({ title: 'Recovery worker' }, `## Capabilities\n\n${bullets.join('\n')}\n`));
    assert.deepEqual(d.data?.roles, ['nurse']);
  });

  it('keeps the value valid YAML in single quotes', () => {
    const text = "---\ntitle: 'Recovery worker'\nrole: cyp-drug-and-alcohol-worker\n---\n";
    const [d] = run(text);
    assert.equal(
      applyEdits(text, d.fixes![0].edits),
      "---\ntitle: 'Children and young people''s drug and alcohol worker'\nrole: cyp-drug-and-alcohol-worker\n---\n",
    );
  });

  it('suggests the role the title’s qualifiers name', () => {
    assert.equal(run(jd({ title: 'Senior recovery worker' }))[0].data?.suggestion, 'Senior drug and alcohol worker');
    assert.equal(
      run(jd({ title: "Young people's recovery worker" }))[0].data?.suggestion,
      "Children and young people's drug and alcohol worker",
    );
  });

  it('suggests the children and young people’s role when the text or the population field is about them', () => {
    const about =
      '## About the role\n\nYou will work with young people and the families of young people in Wexcombe.\n';
    const cyp = "Children and young people's drug and alcohol worker";
    assert.equal(run(jd({ title: 'Recovery worker' }, about))[0].data?.suggestion, cyp);
    assert.equal(
      run(jd({ title: 'Recovery worker', population: 'children-and-young-people' }))[0].data?.suggestion,
      cyp,
    );
    assert.equal(run(jd({ title: 'Recovery worker' }))[0].data?.suggestion, 'Drug and alcohol worker');
  });

  it('is silent for a framework title, a volunteer or out-of-scope title, or no title', () => {
    assert.deepEqual(run(jd({ title: 'Senior drug and alcohol worker' })), []);
    assert.deepEqual(run(jd({ title: 'Volunteer recovery worker' })), []);
    assert.deepEqual(run(jd({ title: 'Support, Time and Recovery Worker' })), []);
    assert.deepEqual(run(jd({ role: 'nurse' })), []);
  });
});

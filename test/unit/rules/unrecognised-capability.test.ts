import assert from 'node:assert/strict';
import { parseJd } from '../../../src/core/document/parse';
import { insertStatementsEdits } from '../../../src/core/edits/insert-statements';
import { getFramework } from '../../../src/core/framework/load';
import { jd, runRule } from '../helpers';
import { applyEdits } from '../../../src/core/edits/apply-edits';

const framework = getFramework();
const run = (text: string) => runRule('unrecognised-capability', text);

describe('unrecognised-capability', () => {
  const daw = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };

  it('is silent for a complete drug and alcohol worker job description', () => {
    const base = jd(daw, '# Job description\n');
    const complete = applyEdits(
      base,
      insertStatementsEdits(parseJd(base), framework, framework.roleStatements('drug-and-alcohol-worker')),
    );
    assert.deepEqual(run(complete), []);
  });

  it('fires on a bullet that is no framework statement, suggesting where it belongs', () => {
    const doc = jd(
      daw,
      `## Capabilities\n\n- ${framework.statement('DAW-1-01')!.statement.text}\n- Full UK driving licence\n`,
    );
    const [d, ...rest] = run(doc);
    assert.equal(rest.length, 0);
    assert.match(
      d.message,
      /^jdkit cannot match this to any of the framework’s capability statements \(the drug and alcohol worker role’s or any other role’s\), in their wording or in other words\. If it is a duty or a requirement of the post, move it to "Main duties" or "Person specification"/,
    );
    assert.deepEqual(d.range, { start: { line: 7, character: 2 }, end: { line: 7, character: 25 } });
    assert.equal(d.fixes, undefined);
  });

  it('fires without a role too', () => {
    const [d] = run(jd({ title: 'Worker' }, '## Capabilities\n\n- Excellent IT skills including Microsoft Office\n'));
    assert.match(
      d.message,
      /^jdkit cannot match this to any of the framework’s capability statements, in their wording or in other words\. /,
    );
  });

  it('ignores bullets outside the Capabilities section, empty bullets, and descriptor-only roles', () => {
    assert.deepEqual(
      run(jd(daw, '## Person specification\n\n- Full UK driving licence\n\n## Capabilities\n\n-\n')),
      [],
    );
    assert.deepEqual(
      run(
        jd(
          { title: 'Addiction psychiatrist', role: 'medical-workforce' },
          '## Capabilities\n\n- Prescribe opioid substitution treatment\n',
        ),
      ),
      [],
    );
  });
});

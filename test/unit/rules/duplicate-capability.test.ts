import assert from 'node:assert/strict';
import { parseJd } from '../../../src/core/document/parse';
import { insertStatementsEdits } from '../../../src/core/edits/insert-statements';
import { getFramework } from '../../../src/core/framework/load';
import { jd, runRule } from '../helpers';
import { applyEdits } from '../../../src/core/edits/apply-edits';

const framework = getFramework();
const run = (text: string) => runRule('duplicate-capability', text);
const text = (id: string) => framework.statement(id)!.statement.text;

describe('duplicate-capability', () => {
  const daw = { title: 'Drug and alcohol worker', role: 'drug-and-alcohol-worker' };
  const [a, b, c] = ['DAW-1-01', 'DAW-1-02', 'DAW-1-03'].map(text);

  it('is silent for a complete drug and alcohol worker job description', () => {
    const base = jd(daw, '# Job description\n');
    const complete = applyEdits(
      base,
      insertStatementsEdits(parseJd(base), framework, framework.roleStatements('drug-and-alcohol-worker')),
    );
    assert.deepEqual(run(complete), []);
  });

  it('reports the repeat, not the first, and deletes its line', () => {
    const doc = jd(daw, `## Capabilities\n\n- ${a}\n- ${b}\n- ${a.toUpperCase()}\n- ${c}\n`);
    const [d, ...rest] = run(doc);
    assert.equal(rest.length, 0);
    assert.equal(
      d.message,
      'This repeats capability DAW-1-01 (Overarching capabilities), already listed on line 7. Each statement only needs to appear once.',
    );
    assert.deepEqual(d.range, { start: { line: 8, character: 2 }, end: { line: 8, character: 2 + a.length } });
    assert.deepEqual(d.data, { statementId: 'DAW-1-01', firstLine: 6 });
    assert.equal(d.fixes![0].title, 'Delete the repeat');
    const fixed = applyEdits(doc, d.fixes![0].edits);
    assert.equal(fixed, jd(daw, `## Capabilities\n\n- ${a}\n- ${b}\n- ${c}\n`));
    assert.deepEqual(run(fixed), []);
  });

  it('counts a reworded copy and another role’s variant as repeats, reporting each later one', () => {
    const doc = jd(
      daw,
      `## Capabilities\n\n- ${text('DAW-2-03')}\n- ${text('CYP-2-07')}\n- ${text('DAW-2-03').replace('their mental health', 'mental health')}\n`,
    );
    const found = run(doc);
    assert.deepEqual(
      found.map((d) => d.range.start.line),
      [7, 8],
    );
    assert.ok(found.every((d) => d.data?.statementId === 'DAW-2-03'));
    // Fixes of different diagnostics apply one at a time; each converges.
    const once = applyEdits(doc, found[0].fixes![0].edits);
    const again = applyEdits(once, run(once)[0].fixes![0].edits);
    assert.equal(again, jd(daw, `## Capabilities\n\n- ${text('DAW-2-03')}\n`));
  });

  it('keeps one blank line between items of a loose list, and before what follows a tight one', () => {
    const loose = jd(daw, `## Capabilities\n\n- ${a}\n\n- ${a}\n\n- ${b}\n`);
    assert.equal(applyEdits(loose, run(loose)[0].fixes![0].edits), jd(daw, `## Capabilities\n\n- ${a}\n\n- ${b}\n`));
    const tight = jd(daw, `## Capabilities\n\n- ${a}\n- ${a}\n\n## Main duties\n`);
    assert.equal(
      applyEdits(tight, run(tight)[0].fixes![0].edits),
      jd(daw, `## Capabilities\n\n- ${a}\n\n## Main duties\n`),
    );
    const atEnd = jd(daw, `## Capabilities\n\n- ${a}\n- ${a}`);
    assert.equal(applyEdits(atEnd, run(atEnd)[0].fixes![0].edits), jd(daw, `## Capabilities\n\n- ${a}\n`));
  });

  it('deletes the nested lines of a repeated item too', () => {
    const doc = jd(daw, `## Capabilities\n\n- ${a}\n- ${a}\n  - locally: weekly groups\n- ${b}\n`);
    assert.equal(applyEdits(doc, run(doc)[0].fixes![0].edits), jd(daw, `## Capabilities\n\n- ${a}\n- ${b}\n`));
  });

  it('ignores repeated bullets that are not framework statements', () => {
    assert.deepEqual(run(jd(daw, '## Capabilities\n\n- Full UK driving licence\n- Full UK driving licence\n')), []);
  });
});

import assert from 'node:assert/strict';
import { parseJd } from '../../src/core/document/parse';
import { supervisionEdit } from '../../src/core/edits/add-supervision';
import { applyEdits } from '../../src/core/edits/apply-edits';

const SECTION = ['## Supervision and support', '', '- Supervision.'];
const add = (text: string) => {
  const place = supervisionEdit(parseJd(text), SECTION, ['Clinical supervision.']);
  return { heading: place.heading?.text ?? null, range: place.range, text: applyEdits(text, [place.edit]) };
};

describe('supervisionEdit', () => {
  it('adds the bullets to the end of a supervision section at any level below the title, before its next heading of that level', () => {
    const text =
      '# Nurse\n\n## Benefits\n\n### Support and supervision\n\nMonthly supervision.\n\n#### Note\n\nText.\n\n### Pension\n';
    const result = add(text);
    assert.equal(result.heading, 'Support and supervision');
    assert.deepEqual(result.range, { start: { line: 4, character: 4 }, end: { line: 4, character: 27 } });
    assert.equal(result.text, text.replace('Text.\n', 'Text.\n\n- Clinical supervision.\n'));
  });

  it('takes a level-1 heading for the document’s title and a heading in Capabilities for a group of capabilities, not the supervision section', () => {
    const result = add('# Clinical supervision lead\n\n## Main duties\n\n- Lead.\n');
    assert.equal(result.heading, null);
    assert.equal(
      result.text,
      '# Clinical supervision lead\n\n## Main duties\n\n- Lead.\n\n## Supervision and support\n\n- Supervision.\n',
    );
    const grouped = add('## Capabilities\n\n### Supervision and reflection\n\n- able to reflect\n');
    assert.equal(grouped.heading, null);
    assert.equal(
      grouped.text,
      '## Capabilities\n\n### Supervision and reflection\n\n- able to reflect\n\n## Supervision and support\n\n- Supervision.\n',
    );
  });

  it('goes first in a document whose only sections are about terms and applying, and with no text before them', () => {
    assert.equal(
      add('## Terms\n\n- Pension.\n').text,
      '## Supervision and support\n\n- Supervision.\n\n## Terms\n\n- Pension.\n',
    );
  });
});

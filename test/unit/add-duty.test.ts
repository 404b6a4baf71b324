import assert from 'node:assert/strict';
import { parseJd } from '../../src/core/document/parse';
import { addDutyEdit } from '../../src/core/edits/add-duty';
import { applyEdits } from '../../src/core/edits/apply-edits';

/** The text after adding `duty` to the main duties; null when there is nowhere to add it. */
function added(text: string, duty = 'New duty'): string | null {
  const edit = addDutyEdit(parseJd(text), duty);
  return edit ? applyEdits(text, [edit]) : null;
}

describe('addDutyEdit', () => {
  it('continues an existing list after its last bullet', () => {
    assert.equal(
      added('# Job\n\n## Main duties\n\n- One\n- Two\n\n## Capabilities\n\n- cap\n'),
      '# Job\n\n## Main duties\n\n- One\n- Two\n- New duty\n\n## Capabilities\n\n- cap\n',
    );
  });

  it('continues a list whose last bullet is a nested one or a numbered one', () => {
    assert.equal(added('## Main duties\n\n- One\n  - note\n'), '## Main duties\n\n- One\n  - note\n- New duty\n');
    assert.equal(added('## Main duties\n\n1. One\n2. Two\n'), '## Main duties\n\n1. One\n2. Two\n- New duty\n');
  });

  it('starts a list after a blank line when the section has prose only', () => {
    assert.equal(
      added('## Main duties\n\nYou will work across the county.\n\n## Capabilities\n'),
      '## Main duties\n\nYou will work across the county.\n\n- New duty\n\n## Capabilities\n',
    );
  });

  it('starts a list after a blank line when the section is only its heading', () => {
    assert.equal(added('## Main duties\n## Capabilities\n'), '## Main duties\n\n- New duty\n## Capabilities\n');
    assert.equal(added('## Main duties'), '## Main duties\n\n- New duty');
  });

  it('skips the blank lines that end the section', () => {
    assert.equal(
      added('## Main duties\n\n- One\n\n\n\n## Capabilities\n'),
      '## Main duties\n\n- One\n- New duty\n\n\n\n## Capabilities\n',
    );
    assert.equal(added('## Main duties\n\n- One\n\n\n'), '## Main duties\n\n- One\n- New duty\n\n\n');
    // Lines of spaces count as blank.
    assert.equal(
      added('## Main duties\n\n- One\n   \n\t\n## Capabilities\n'),
      '## Main duties\n\n- One\n- New duty\n   \n\t\n## Capabilities\n',
    );
  });

  it('finds the duties under the headings employers use', () => {
    for (const heading of [
      'Key responsibilities',
      'Duties and responsibilities',
      'Responsibilities',
      'Principal duties',
      'Main tasks',
    ]) {
      assert.equal(added(`## ${heading}\n\n- One\n`), `## ${heading}\n\n- One\n- New duty\n`, heading);
    }
    // Not a duties heading: a new section goes before Capabilities.
    assert.equal(
      added('## About the role\n\n- One\n\n## Capabilities\n'),
      '## About the role\n\n- One\n\n## Main duties\n\n- New duty\n\n## Capabilities\n',
    );
  });

  it('adds a Main duties section just before Capabilities when there is no duties section', () => {
    assert.equal(
      added('---\ntitle: t\n---\n# Job\n\n## Capabilities\n\n- cap\n'),
      '---\ntitle: t\n---\n# Job\n\n## Main duties\n\n- New duty\n\n## Capabilities\n\n- cap\n',
    );
  });

  it('keeps CRLF line endings', () => {
    assert.equal(added('## Main duties\r\n\r\n- One\r\n'), '## Main duties\r\n\r\n- One\r\n- New duty\r\n');
    assert.equal(added('## Main duties\r\n\r\nProse.\r\n'), '## Main duties\r\n\r\nProse.\r\n\r\n- New duty\r\n');
    assert.equal(added('## Capabilities\r\n'), '## Main duties\r\n\r\n- New duty\r\n\r\n## Capabilities\r\n');
  });

  it('returns null with neither a duties nor a Capabilities section', () => {
    assert.equal(addDutyEdit(parseJd('# Job\n\n## About the role\n\nText.\n'), 'New duty'), null);
    assert.equal(addDutyEdit(parseJd(''), 'New duty'), null);
  });
});

import assert from 'node:assert/strict';
import { readFields } from '../../../src/core/fields';
import { complete } from '../../../src/core/completion';
import { parseJd } from '../../../src/core/document/parse';
import { applyEdits } from '../../../src/core/edits/apply-edits';
import { runRule } from '../helpers';

const ID = 'unknown-essential-capability';
const doc = (list: string, role = 'drug-and-alcohol-worker') =>
  `---\ntitle: Drug and alcohol worker\nrole: ${role}\nessential_capabilities: ${list}\n---\n\n## Main duties\n\n- Hold a caseload.\n`;

describe('unknown-essential-capability', () => {
  it('accepts the role’s statement ids and reads them as the essential list', () => {
    assert.deepEqual(runRule(ID, doc('[DAW-1-02, DAW-2-06]')), []);
    assert.deepEqual(readFields(parseJd(doc('[DAW-1-02, DAW-2-06]'))).essentialCapabilities, ['DAW-1-02', 'DAW-2-06']);
  });

  it('accepts the statements of the role a senior worker builds on', () => {
    assert.deepEqual(
      runRule(
        ID,
        `---\ntitle: Senior drug and alcohol worker\nrole: senior-drug-and-alcohol-worker\npopulation: adults\nessential_capabilities: [DAW-1-02]\n---\n`,
      ),
      [],
    );
  });

  it('reports an unknown id on the id itself, with the nearest id as a fix that needs the user', () => {
    const text = doc('[DAW-1-02, DAW-2-6]');
    const [d, ...rest] = runRule(ID, text);
    assert.equal(rest.length, 0);
    assert.equal(text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character), 'DAW-2-6');
    assert.match(
      d.message,
      /^"DAW-2-6" in essential_capabilities is not a framework statement id, so the person specification leaves it out\. Did you mean DAW-2-06\?/,
    );
    assert.equal(d.fixes![0].needsJudgement, true);
    assert.deepEqual(runRule(ID, applyEdits(text, d.fixes![0].edits)), []);
  });

  it('reports each occurrence of a repeated id on itself, an id with regex characters too, and says nothing more without a suggestion', () => {
    const text = doc('[DAW-2-6, DAW-1-02, DAW-2-6, DAW+1]');
    const found = runRule(ID, text);
    assert.deepEqual(
      found.map((d) => [d.range.start.character, d.range.end.character]),
      [
        [25, 32],
        [44, 51],
        [53, 58],
      ],
    );
    assert.deepEqual(found[0].data, { id: 'DAW-2-6', roles: ['drug-and-alcohol-worker'], suggestion: 'DAW-2-06' });
    assert.equal(found[0].fixes![0].title, 'Change to DAW-2-06');
    const [plus] = found.slice(2);
    assert.equal(
      plus.message,
      '"DAW+1" in essential_capabilities is not a framework statement id, so the person specification leaves it out. `jdkit capabilities drug-and-alcohol-worker` lists the ids.',
    );
    assert.deepEqual(plus.data, { id: 'DAW+1', roles: ['drug-and-alcohol-worker'] });
    assert.equal(plus.fixes, undefined);
  });

  it('suggests the id itself for one written in lower case', () => {
    const [d] = runRule(ID, doc('[daw-2-06]'));
    assert.equal(d.data?.suggestion, 'DAW-2-06');
  });

  it('is silent without a role, or for a role described without capability statements', () => {
    assert.deepEqual(runRule(ID, '---\ntitle: Administrator\nessential_capabilities: [XYZ]\n---\n'), []);
    assert.deepEqual(runRule(ID, doc('[XYZ]', 'medical-workforce')), []);
  });

  it('says when an id is another role’s statement', () => {
    const [d] = runRule(ID, doc('[NUR-1-01]'));
    assert.ok(d, 'NUR-1-01 is a nurse statement');
    assert.match(d.message, /is a statement of the nurse role, not of this post’s/);
  });
});

describe('completion in essential_capabilities', () => {
  it('offers the role’s statement ids not yet listed, replacing the id at the cursor', () => {
    const text = doc('[DAW-1-02, DAW-2-0]');
    const line = text.split('\n').findIndex((l) => l.startsWith('essential_capabilities'));
    const character = text.split('\n')[line].indexOf('DAW-2-0') + 'DAW-2-0'.length;
    const { items } = complete(text, { line, character });
    const ids = items.map((i) => i.label);
    assert.ok(ids.includes('DAW-2-06') && !ids.includes('DAW-1-02'), ids.slice(0, 5).join(', '));
    assert.ok(
      ids.every((id) => id.startsWith('DAW-')),
      'only the role’s statements',
    );
    assert.deepEqual(items[0].replaceRange, {
      start: { line, character: character - 'DAW-2-0'.length },
      end: { line, character },
    });
  });
});

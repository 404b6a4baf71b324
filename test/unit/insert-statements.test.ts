import assert from 'node:assert/strict';
import { parseJd } from '../../src/core/document/parse';
import { insertStatementsEdits } from '../../src/core/edits/insert-statements';
import { getFramework, type StatementEntry } from '../../src/core/framework/load';
import { applyEdits } from '../../src/core/edits/apply-edits';

const framework = getFramework();
const entry = (id: string): StatementEntry => framework.statement(id)!;
const text = (id: string) => entry(id).statement.text;
const insert = (doc: string, ids: string[]) =>
  applyEdits(doc, insertStatementsEdits(parseJd(doc), framework, ids.map(entry)));

describe('insertStatementsEdits', () => {
  it('appends to the existing group of the domain, after its last bullet', () => {
    const doc = [
      '## Capabilities',
      '',
      '### Application of knowledge',
      '',
      `- ${text('DAW-2-01')}`,
      '',
      '## Main duties',
      '',
    ].join('\n');
    assert.equal(
      insert(doc, ['DAW-2-02', 'DAW-2-03']),
      [
        '## Capabilities',
        '',
        '### Application of knowledge',
        '',
        `- ${text('DAW-2-01')}`,
        `- ${text('DAW-2-02')}`,
        `- ${text('DAW-2-03')}`,
        '',
        '## Main duties',
        '',
      ].join('\n'),
    );
  });

  it('matches group headings whatever their case, punctuation or numbering, and keeps the list marker', () => {
    const doc = ['## Capabilities', '### 2. APPLICATION OF KNOWLEDGE:', `* ${text('DAW-2-01')}`].join('\n');
    assert.equal(
      insert(doc, ['DAW-2-02']),
      ['## Capabilities', '### 2. APPLICATION OF KNOWLEDGE:', `* ${text('DAW-2-01')}`, `* ${text('DAW-2-02')}`].join(
        '\n',
      ),
    );
  });

  it('adds new groups at the end of the section in framework domain order, keeping a blank line before the next section', () => {
    const doc = [
      '## Capabilities',
      '',
      '### Overarching capabilities',
      '',
      `- ${text('DAW-1-01')}`,
      '## Main duties',
    ].join('\n');
    assert.equal(
      insert(doc, ['DAW-6-01', 'DAW-2-01', 'DAW-1-02']),
      [
        '## Capabilities',
        '',
        '### Overarching capabilities',
        '',
        `- ${text('DAW-1-01')}`,
        `- ${text('DAW-1-02')}`,
        '',
        '### Application of knowledge',
        '',
        `- ${text('DAW-2-01')}`,
        '',
        '### Service development',
        '',
        `- ${text('DAW-6-01')}`,
        '',
        '## Main duties',
      ].join('\n'),
    );
  });

  it('fills a group heading that has no bullets yet', () => {
    const doc = [
      '## Capabilities',
      '',
      '### Service development',
      '',
      '### Learning and development',
      '',
      `- ${text('DAW-7-01')}`,
      '',
    ].join('\n');
    assert.equal(
      insert(doc, ['DAW-6-01']),
      [
        '## Capabilities',
        '',
        '### Service development',
        '',
        `- ${text('DAW-6-01')}`,
        '',
        '### Learning and development',
        '',
        `- ${text('DAW-7-01')}`,
        '',
      ].join('\n'),
    );
  });

  it('appends a whole Capabilities section when there is none, with one blank line before it', () => {
    const expected = (before: string) =>
      `${before}\n\n## Capabilities\n\n### Application of knowledge\n\n- ${text('DAW-2-01')}\n`;
    assert.equal(insert('---\ntitle: X\n---\n# Job\n', ['DAW-2-01']), expected('---\ntitle: X\n---\n# Job'));
    assert.equal(insert('---\ntitle: X\n---\n# Job', ['DAW-2-01']), expected('---\ntitle: X\n---\n# Job'));
    assert.equal(
      insert('', ['DAW-2-01']),
      `## Capabilities\n\n### Application of knowledge\n\n- ${text('DAW-2-01')}\n`,
    );
  });

  it('closes a code fence or comment left open at the end before appending the section', () => {
    const section = `## Capabilities\n\n### Application of knowledge\n\n- ${text('DAW-2-01')}\n`;
    assert.equal(insert('# Job\n\n```\ncode', ['DAW-2-01']), `# Job\n\n\`\`\`\ncode\n\`\`\`\n\n${section}`);
    assert.equal(insert('# Job\n\n<!-- note', ['DAW-2-01']), `# Job\n\n<!-- note\n-->\n\n${section}`);
  });

  it('uses the document’s line endings', () => {
    const doc = '## Capabilities\r\n\r\n### Application of knowledge\r\n\r\n- x\r\n\r\n## Main duties\r\n';
    const result = insert(doc, ['DAW-2-01', 'DAW-6-01']);
    assert.doesNotMatch(result, /(?<!\r)\n/);
    assert.match(
      result,
      new RegExp(`- x\\r\\n- ${escape(text('DAW-2-01'))}\\r\\n\\r\\n### Service development\\r\\n\\r\\n- `),
    );
  });

  it('inserts a text shared by two roles once, and merges same-named domains of different roles', () => {
    // SDAW-6-06 and DAW-7-10 have the same text; both roles have "Learning and development".
    assert.equal(text('SDAW-6-06'), text('DAW-7-10'));
    const result = insert('## Capabilities\n', ['SDAW-6-06', 'DAW-7-10', 'DAW-7-01']);
    assert.equal(
      result,
      `## Capabilities\n\n### Learning and development\n\n- ${text('SDAW-6-06')}\n- ${text('DAW-7-01')}\n`,
    );
  });

  it('puts a base role’s statements under the base role’s heading for the domain when the document has one, as the scaffold writes them', () => {
    // The senior worker and the drug and alcohol worker both have "Learning and development".
    const doc = [
      '## Capabilities',
      '',
      '### Learning and development',
      '',
      `- ${text('SDAW-6-01')}`,
      '',
      '### Learning and development (drug and alcohol worker)',
      '',
      `- ${text('DAW-7-01')}`,
      '',
    ].join('\n');
    assert.equal(
      insert(doc, ['SDAW-6-02', 'DAW-7-02']),
      [
        '## Capabilities',
        '',
        '### Learning and development',
        '',
        `- ${text('SDAW-6-01')}`,
        `- ${text('SDAW-6-02')}`,
        '',
        '### Learning and development (drug and alcohol worker)',
        '',
        `- ${text('DAW-7-01')}`,
        `- ${text('DAW-7-02')}`,
        '',
      ].join('\n'),
    );
  });

  it('names a new group after its role when the document names that role in other group headings', () => {
    const doc = [
      '## Capabilities',
      '',
      '### Learning and development',
      '',
      '### Learning and development (drug and alcohol worker)',
      '',
      `- ${text('DAW-7-01')}`,
      '',
    ].join('\n');
    assert.equal(
      insert(doc, ['DAW-6-01', 'SDAW-1-01']),
      [
        '## Capabilities',
        '',
        '### Learning and development',
        '',
        '### Learning and development (drug and alcohol worker)',
        '',
        `- ${text('DAW-7-01')}`,
        '',
        '### Service development (drug and alcohol worker)',
        '',
        `- ${text('DAW-6-01')}`,
        '',
        `### ${entry('SDAW-1-01').domain.name}`,
        '',
        `- ${text('SDAW-1-01')}`,
        '',
      ].join('\n'),
    );
  });

  it('returns no edits for no statements', () => {
    assert.deepEqual(insertStatementsEdits(parseJd('## Capabilities\n'), framework, []), []);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

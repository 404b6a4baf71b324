// Completion and hovers through VS Code's own provider commands.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getFramework } from '../../../src/core/framework/load';
import { activateExtension, closeAllEditors, fixture, open, rangeOf, scratchFile } from './helpers';

const daw = getFramework().role('drug-and-alcohol-worker')!;
const knowledge = daw.domains[1];
const HEADER = '---\ntitle: Drug and alcohol worker\nrole: drug-and-alcohol-worker\n---\n\n## Capabilities\n\n';

async function completionsAt(
  uri: vscode.Uri,
  position: vscode.Position,
  trigger?: string,
): Promise<vscode.CompletionList> {
  return vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    uri,
    position,
    trigger,
  );
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
const sorted = (items: vscode.CompletionItem[]) =>
  [...items].sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));

describe('completion and hover', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('offers the role’s framework statements in a Capabilities bullet, current domain first', async () => {
    const text = `${HEADER}### ${knowledge.name}\n\n- `;
    const uri = scratchFile('complete.jd.md', text);
    const { document } = await open(uri);
    const end = document.lineAt(document.lineCount - 1).range.end;
    const list = await completionsAt(uri, end, ' ');
    const statements = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference);
    assert.equal(statements.length, 74);
    assert.equal(list.isIncomplete, true);
    const first = sorted(statements)[0];
    assert.equal(first.insertText, knowledge.statements[0].text);
    assert.equal(first.detail, `${knowledge.name} · ${knowledge.statements[0].id}`);
    assert.deepEqual(first.range, new vscode.Range(end.line, 2, end.line, 2));

    // Accepting it inserts the exact framework text.
    await vscode.window.activeTextEditor!.edit((b) =>
      b.replace(
        first.range as vscode.Range,
        typeof first.insertText === 'string' ? first.insertText : first.insertText!.value,
      ),
    );
    assert.equal(document.lineAt(end.line).text, `- ${knowledge.statements[0].text}`);
  });

  it('finds a statement from a few words typed anywhere in it', async () => {
    const typed = '- sensitively domestic ab';
    const uri = scratchFile('words.jd.md', `${HEADER}${typed}`);
    const { document } = await open(uri);
    const list = await completionsAt(uri, document.lineAt(document.lineCount - 1).range.end);
    const statements = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference);
    assert.equal(sorted(statements)[0].insertText, knowledge.statements[9].text);
    assert.ok(statements.length < 10, 'statements without the words are left out');
  });

  it('offers role ids after `role:`', async () => {
    const uri = scratchFile('role.jd.md', '---\ntitle: Nurse\nrole: \n---\n');
    await open(uri);
    const list = await completionsAt(uri, new vscode.Position(2, 6), ' ');
    const nurse = list.items.find((i) => labelOf(i) === 'nurse');
    assert.ok(nurse);
    assert.equal(nurse.detail, 'Nurse');
    assert.equal(list.items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).length, 14);
  });

  it('hovers a capability bullet with the matched statement, roles, domain and similarity', async () => {
    const uri = fixture('bad.jd.md');
    const { document } = await open(uri);
    const position = rangeOf(document, 'and able to use this to support').start;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, new RegExp(`\`${knowledge.statements[1].id}\``));
    assert.match(text, /Application of knowledge/);
    assert.match(text, /Drug and alcohol worker \(5\.1\)/);
    assert.match(text, /Match: \d\d%, close/);
  });

  it('hovers `role:` with the role profile', async () => {
    const uri = fixture('good.jd.md');
    const { document } = await open(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      rangeOf(document, 'drug-and-alcohol-worker').start,
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*Drug and alcohol worker\*\* · framework section 5\.1/);
    assert.ok(text.includes(daw.profile[0]));
  });
});

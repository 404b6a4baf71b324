// Which documents jdkit handles, the parse cache shared by the providers, and
// conversions between core (LSP-style) and VS Code types.
import * as vscode from 'vscode';
import type { JdDocument } from '../core/document/parse';
import type { Position, Range, Severity, TextEdit } from '../core/types';
import { engine } from './load-engine';

export const JD_GLOB = '**/*.jd.md';

/** Real files and unsaved ones; not virtual documents such as git's view of an older version. */
const SCHEMES = ['file', 'untitled', 'vscode-remote'];

/** Job descriptions stay in the `markdown` language, so Markdown features keep working: select them by name. */
export const JD_SELECTOR: vscode.DocumentSelector = SCHEMES.map((scheme) => ({ scheme, pattern: JD_GLOB }));

export function isJobDescription(document: vscode.TextDocument): boolean {
  return SCHEMES.includes(document.uri.scheme) && document.uri.path.toLowerCase().endsWith('.jd.md');
}

/** The document at `uri` (a URI string): open already, or opened from disk; undefined when it no longer exists. */
export async function openDocument(uri: string): Promise<vscode.TextDocument | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (open) return open;
  const target = vscode.Uri.parse(uri);
  // An unsaved document that is gone cannot be opened again: opening its URI would make a new, empty one.
  if (target.scheme === 'untitled') return undefined;
  try {
    return await vscode.workspace.openTextDocument(target);
  } catch {
    return undefined;
  }
}

/** The parsed model of each open job description, reparsed only when its version changes. */
export class ParsedDocuments {
  private readonly cache = new Map<string, { version: number; doc: JdDocument }>();

  get(document: vscode.TextDocument): JdDocument {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached?.version === document.version) return cached.doc;
    const doc = engine().parseJd(document.getText());
    this.cache.set(key, { version: document.version, doc });
    return doc;
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
  }
}

export function toVsPosition(position: Position): vscode.Position {
  return new vscode.Position(position.line, position.character);
}

export function toVsRange(range: Range): vscode.Range {
  return new vscode.Range(toVsPosition(range.start), toVsPosition(range.end));
}

export function fromVsPosition(position: vscode.Position): Position {
  return { line: position.line, character: position.character };
}

export function fromVsRange(range: vscode.Range): Range {
  return { start: fromVsPosition(range.start), end: fromVsPosition(range.end) };
}

export function toVsTextEdit(edit: TextEdit): vscode.TextEdit {
  return vscode.TextEdit.replace(toVsRange(edit.range), edit.newText);
}

export function workspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(uri, edits.map(toVsTextEdit));
  return edit;
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toVsSeverity(severity: Severity): vscode.DiagnosticSeverity {
  return SEVERITY[severity];
}

// Hovers: the framework statement behind a capability bullet, and the role
// profile on `role:` (text from the core).
import * as vscode from 'vscode';
import type { ConfigStore } from './config';
import { fromVsPosition, toVsRange, type ParsedDocuments } from './documents';
import { engine } from './load-engine';

export class Hover implements vscode.HoverProvider {
  constructor(
    private readonly parsed: ParsedDocuments,
    private readonly configs: ConfigStore,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = engine().hover(this.parsed.get(document), fromVsPosition(position), {
      config: this.configs.configFor(document.uri),
    });
    return result ? new vscode.Hover(new vscode.MarkdownString(result.contents), toVsRange(result.range)) : undefined;
  }
}

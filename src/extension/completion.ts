// Completion: converts the core's items (front-matter fields and values,
// framework statements in Capabilities bullets) to VS Code's.
import * as vscode from 'vscode';
import type { CompletionItem, CompletionKind } from '../core/completion';
import type { ConfigStore } from './config';
import { fromVsPosition, toVsRange, type ParsedDocuments } from './documents';
import { engine } from './load-engine';

/** A space starts a value after `role:` and the text of an empty `- ` bullet; a colon ends a field name. */
export const TRIGGER_CHARACTERS = [' ', ':'];

const KIND: Record<CompletionKind, vscode.CompletionItemKind> = {
  field: vscode.CompletionItemKind.Property,
  role: vscode.CompletionItemKind.EnumMember,
  title: vscode.CompletionItemKind.Text,
  value: vscode.CompletionItemKind.EnumMember,
  statement: vscode.CompletionItemKind.Reference,
};

export class Completion implements vscode.CompletionItemProvider {
  constructor(
    private readonly parsed: ParsedDocuments,
    private readonly configs: ConfigStore,
  ) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList {
    const list = engine().complete(this.parsed.get(document), fromVsPosition(position), {
      config: this.configs.configFor(document.uri),
    });
    return new vscode.CompletionList(list.items.map(toVsItem), list.isIncomplete);
  }
}

function toVsItem(item: CompletionItem): vscode.CompletionItem {
  const vsItem = new vscode.CompletionItem(item.label, KIND[item.kind]);
  vsItem.detail = item.detail;
  if (item.documentation) vsItem.documentation = new vscode.MarkdownString(item.documentation);
  vsItem.insertText = item.insertText;
  vsItem.range = toVsRange(item.replaceRange);
  vsItem.filterText = item.filterText;
  vsItem.sortText = item.sortText;
  if (item.retrigger) vsItem.command = { command: 'editor.action.triggerSuggest', title: 'Suggest values' };
  return vsItem;
}

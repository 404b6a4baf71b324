// What the extension's parts share, handed to each at activation (also to
// the Word export command, which another module registers).
import type * as vscode from 'vscode';
import type { LintContext } from '../core/lint-context';
import type { ConfigStore } from './config';
import type { Linter } from './diagnostics';
import type { ParsedDocuments } from './documents';
import { engine } from './load-engine';

export interface Services {
  configs: ConfigStore;
  parsed: ParsedDocuments;
  linter: Linter;
}

/** Everything the core knows about a document as it is now: parse, fields, role, matched bullets. */
export function contextFor(services: Services, document: vscode.TextDocument): LintContext {
  const { LintContext, getFramework } = engine();
  return new LintContext(services.parsed.get(document), getFramework(), services.configs.configFor(document.uri));
}

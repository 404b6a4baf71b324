// Entry point of the VS Code extension: a thin adapter that wires the core
// engine (src/core) to the editor. No rule logic lives here.
import * as vscode from 'vscode';
import { CodeActions } from './code-actions';
import { registerCommands } from './commands';
import { Completion, TRIGGER_CHARACTERS } from './completion';
import { ConfigStore } from './config';
import { CoverageView } from './coverage-view';
import { Linter } from './diagnostics';
import { JD_SELECTOR, ParsedDocuments } from './documents';
import { registerExportCommand } from './export-command';
import { registerFixAll } from './fix-all';
import { registerImportCommand } from './import-command';
import { Hover } from './hover';
import { setCodeCacheDirectory } from './load-engine';
import { registerRuleDocs } from './rule-docs';
import type { Services } from './services';
import { CoverageStatusBar } from './status-bar';

/** What `activate` returns: the extension's parts, for the integration tests. */
export interface JdkitApi {
  services: Services;
  statusBar: CoverageStatusBar;
  coverageView: CoverageView;
}

export function activate(context: vscode.ExtensionContext): JdkitApi {
  setCodeCacheDirectory(context.globalStorageUri?.fsPath);
  const configs = new ConfigStore();
  const parsed = new ParsedDocuments();
  const linter = new Linter(configs, parsed);
  const services: Services = { configs, parsed, linter };
  const coverageView = new CoverageView(services, context.workspaceState);
  const statusBar = new CoverageStatusBar(services);
  context.subscriptions.push(
    configs,
    linter,
    coverageView,
    statusBar,
    vscode.languages.registerCompletionItemProvider(
      JD_SELECTOR,
      new Completion(parsed, configs),
      ...TRIGGER_CHARACTERS,
    ),
    vscode.languages.registerHoverProvider(JD_SELECTOR, new Hover(parsed, configs)),
    vscode.languages.registerCodeActionsProvider(JD_SELECTOR, new CodeActions(linter), CodeActions.metadata),
    ...registerCommands(services, coverageView),
    registerExportCommand(services),
    ...registerFixAll(linter),
    registerImportCommand(services),
    registerRuleDocs(context.extensionUri),
  );
  // Documents already open (the one whose opening activated us) are linted
  // after activation returns, so activation itself stays cheap.
  setImmediate(() => linter.lintAll());
  return { services, statusBar, coverageView };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

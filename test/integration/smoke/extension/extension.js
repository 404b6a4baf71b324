// @ts-check
'use strict';
/*
 * Smoke-test extension for the integration-test pipeline. It does not use any
 * jdkit code on purpose: it only proves that an extension under development is
 * loaded, that commands run, and that diagnostics reach the workbench.
 */
const vscode = require('vscode');

/** @param {vscode.TextDocument} doc */
function isJdMarkdown(doc) {
  return doc.uri.path.endsWith('.jd.md');
}

/** @param {vscode.ExtensionContext} context */
function activate(context) {
  const diagnostics = vscode.languages.createDiagnosticCollection('jdkitSmoke');
  context.subscriptions.push(diagnostics);

  /** @param {vscode.TextDocument} doc */
  const check = (doc) => {
    if (!isJdMarkdown(doc)) {
      return;
    }
    const firstLine = doc.lineCount > 0 ? doc.lineAt(0).range : new vscode.Range(0, 0, 0, 0);
    const diagnostic = new vscode.Diagnostic(
      firstLine,
      'jdkit smoke: this job description was seen by the smoke extension',
      vscode.DiagnosticSeverity.Warning,
    );
    diagnostic.source = 'jdkit-smoke';
    diagnostic.code = 'smoke-seen';
    diagnostics.set(doc.uri, [diagnostic]);
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidCloseTextDocument((doc) => diagnostics.delete(doc.uri)),
    vscode.commands.registerCommand('jdkitSmoke.hello', (name) => `hello ${name ?? 'world'} from jdkit-smoke`),
  );
  vscode.workspace.textDocuments.forEach(check);
}

function deactivate() {}

module.exports = { activate, deactivate };

// Rule documentation in the editor. The pages generated into docs/rules/ ship
// inside the extension, so they need no network and work the same in desktop,
// remote and web builds. A diagnostic's code links to the command below with
// its rule id (VS Code opens a code target from the hover, the Problems panel
// and the problem peek with command links allowed); the command opens the page
// in the Markdown preview, where a file: link would open the raw Markdown.
import * as vscode from 'vscode';
import type { RuleDescription } from '../core/rules/rule';
import { engine } from './load-engine';

/** The target of a diagnostic's code: the command below with the rule id. */
export function ruleDocsLink(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: 'command', path: 'jdkit.showRuleDocs', query: JSON.stringify([ruleId]) });
}

export function registerRuleDocs(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand('jdkit.showRuleDocs', (ruleId?: string) => showRuleDocs(extensionUri, ruleId));
}

/** Opens the page of `ruleId` (asked for when absent) beside the editor; returns the page's URI, or undefined when cancelled. */
async function showRuleDocs(extensionUri: vscode.Uri, ruleId?: string): Promise<vscode.Uri | undefined> {
  const { DOCUMENTED_RULES, ruleDocPath } = engine();
  const id = ruleId ?? (await pickRule(DOCUMENTED_RULES));
  if (id === undefined) return undefined;
  if (!DOCUMENTED_RULES.some((r) => r.id === id)) {
    void vscode.window.showErrorMessage(`jdkit has no rule "${id}".`);
    return undefined;
  }
  const page = vscode.Uri.joinPath(extensionUri, ruleDocPath(id));
  try {
    // Locked: a preview that follows the active editor would switch to the job description.
    await vscode.commands.executeCommand('markdown.showLockedPreviewToSide', page);
  } catch {
    // The built-in Markdown extension is disabled: show the Markdown itself.
    await vscode.window.showTextDocument(page, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
  return page;
}

async function pickRule(rules: readonly RuleDescription[]): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    rules.map((rule) => ({ label: rule.id, description: rule.defaultSeverity, detail: rule.summary })),
    {
      title: 'jdkit rule documentation',
      placeHolder: 'Choose a rule, or type words from what it checks',
      matchOnDescription: true,
      matchOnDetail: true,
    },
  );
  return picked?.label;
}

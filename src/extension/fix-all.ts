// "Fix all jdkit problems", as a palette command and as the source action
// `source.fixAll.jdkit` (usable in `editor.codeActionsOnSave`). The core
// plans it (only fixes that need no choice); here each change is labelled
// with its fix (change annotations: the labels show in the refactor preview
// and the undo history) and the user is told what changed and what is left.
import * as vscode from 'vscode';
import type { FixAllPlan } from '../core/fix-all';
import type { Linter } from './diagnostics';
import { isJobDescription, toVsRange } from './documents';
import { engine } from './load-engine';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('jdkit');
// Run by the editor after it applies the source action's edit; hidden from the palette.
const REPORT_COMMAND = 'jdkit.reportFixAll';

/** The plan for a document as it is now, or undefined when there is nothing to lint. */
function planFor(linter: Linter, document: vscode.TextDocument): FixAllPlan | undefined {
  const result = linter.resultFor(document);
  return result ? engine().planFixAll(result.diagnostics) : undefined;
}

function fixAllEdit(uri: vscode.Uri, plan: FixAllPlan): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const { diagnostic, fix } of plan.applied) {
    const metadata: vscode.WorkspaceEditEntryMetadata = {
      needsConfirmation: false,
      label: fix.title,
      description: diagnostic.rule,
    };
    for (const e of fix.edits) edit.replace(uri, toVsRange(e.range), e.newText, metadata);
  }
  return edit;
}

/** The source action: the edit, then the summary (run by the editor once the edit is applied). */
export function fixAllAction(uri: vscode.Uri, plan: FixAllPlan): vscode.CodeAction | undefined {
  if (plan.edits.length === 0) return undefined;
  const action = new vscode.CodeAction('Fix all jdkit problems', FIX_ALL_KIND);
  action.edit = fixAllEdit(uri, plan);
  action.command = {
    command: REPORT_COMMAND,
    title: 'Report what jdkit fixed',
    arguments: [engine().describeFixAll(plan), plan.forYou.length],
  };
  return action;
}

/** What `jdkit.fixAll` returns, for tests and keybindings. */
export interface FixAllOutcome {
  applied: number;
  forYou: number;
  message: string;
}

export function registerFixAll(linter: Linter): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('jdkit.fixAll', () => fixAllInEditor(linter)),
    vscode.commands.registerCommand(
      'jdkit.reportFixAll',
      (message: string, forYou: number) => void report(message, forYou),
    ),
  ];
}

async function fixAllInEditor(linter: Linter): Promise<FixAllOutcome | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isJobDescription(editor.document)) {
    void vscode.window.showInformationMessage('Open a job description (a *.jd.md file) first.');
    return undefined;
  }
  const plan = planFor(linter, editor.document);
  if (!plan) return undefined;
  if (plan.edits.length > 0 && !(await vscode.workspace.applyEdit(fixAllEdit(editor.document.uri, plan)))) {
    void vscode.window.showErrorMessage('jdkit could not apply its fixes: the document changed meanwhile. Try again.');
    return undefined;
  }
  const message = engine().describeFixAll(plan);
  void report(message, plan.forYou.length);
  return { applied: plan.applied.length, forYou: plan.forYou.length, message };
}

async function report(message: string, forYou: number): Promise<void> {
  const showProblems = 'Show problems';
  const choice = await vscode.window.showInformationMessage(message, ...(forYou > 0 ? [showProblems] : []));
  if (choice === showProblems) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

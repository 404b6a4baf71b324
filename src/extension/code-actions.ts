// Quick fixes: one code action per fix the core offers for a diagnostic
// (the first one preferred), and the "Fix all jdkit problems" source action
// (fix-all.ts).
import * as vscode from 'vscode';
import type { Diagnostic } from '../core/types';
import { ruleOf, type Linter } from './diagnostics';
import { fromVsRange, workspaceEdit } from './documents';
import { FIX_ALL_KIND, fixAllAction } from './fix-all';
import { engine } from './load-engine';

export class CodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: Linter) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const fixAll = context.only?.intersects(FIX_ALL_KIND) ?? false;
    const quickFixes =
      (!context.only || context.only.intersects(vscode.CodeActionKind.QuickFix)) &&
      context.diagnostics.some((d) => ruleOf(d) !== undefined);
    if (!fixAll && !quickFixes) return [];
    // The editor asks for code actions on every cursor move, including each
    // keystroke; linting then would defeat the pause in typing that
    // diagnostics wait for. While the text is newer than the last lint,
    // automatic requests get nothing: the editor asks again once the
    // diagnostics are republished. Ctrl+. and fix-all (e.g. on save) lint now,
    // as fixes must be computed on the current text.
    const automatic = context.triggerKind === vscode.CodeActionTriggerKind.Automatic && !fixAll;
    const result = automatic ? this.linter.currentResult(document) : this.linter.resultFor(document);
    if (!result) return [];
    const actions: vscode.CodeAction[] = [];
    if (quickFixes) {
      for (const diagnostic of context.diagnostics) {
        const rule = ruleOf(diagnostic);
        const core = rule ? findCore(result.diagnostics, rule, diagnostic) : undefined;
        core?.fixes?.forEach((fix, i) => {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.edit = workspaceEdit(document.uri, fix.edits);
          action.diagnostics = [diagnostic];
          action.isPreferred = i === 0;
          actions.push(action);
        });
      }
    }
    if (fixAll) {
      const action = fixAllAction(document.uri, engine().planFixAll(result.diagnostics));
      if (action) actions.push(action);
    }
    return actions;
  }
}

/**
 * The core diagnostic behind an editor one: same rule and range, else (when
 * the text moved since the editor's copy was made) same rule and message.
 */
function findCore(diagnostics: readonly Diagnostic[], rule: string, shown: vscode.Diagnostic): Diagnostic | undefined {
  const range = fromVsRange(shown.range);
  const sameRule = diagnostics.filter((d) => d.rule === rule);
  return (
    sameRule.find((d) => JSON.stringify(d.range) === JSON.stringify(range) && d.message === shown.message) ??
    sameRule.find((d) => JSON.stringify(d.range) === JSON.stringify(range)) ??
    sameRule.find((d) => d.message === shown.message)
  );
}

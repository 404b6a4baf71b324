// The status bar item for the active job description: its role and how many
// of the role's capability statements it has in the framework wording, with
// modified and reworded ones apart; the tooltip counts them by status
// (describeCounts). It shows the coverage of the last lint, which fires an
// update: nothing is analysed again. Clicking opens the coverage view.
import * as vscode from 'vscode';
import { isJobDescription } from './documents';
import { engine } from './load-engine';
import type { Services } from './services';

export class CoverageStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('jdkit.coverage', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly services: Services) {
    this.item.name = 'jdkit capability coverage';
    this.item.command = 'jdkit.showCoverage';
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      services.linter.onDidLint((document) => document === vscode.window.activeTextEditor?.document && this.update()),
    ];
    // Nothing to show before the first lint, which runs just after activation (Linter.lintAll) and updates the item.
  }

  /** The text shown, for tests. */
  get text(): string {
    return this.item.text;
  }

  /** The tooltip, for tests. */
  get tooltip(): string {
    return typeof this.item.tooltip === 'string' ? this.item.tooltip : (this.item.tooltip?.value ?? '');
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    // The last lint's result, unless the document changed since (a lint is then due; this runs it now).
    const coverage =
      document && isJobDescription(document) ? this.services.linter.resultFor(document)?.coverage : undefined;
    if (!coverage) {
      this.item.hide();
      return;
    }
    const role = coverage.role;
    if (!role) {
      this.item.text = '$(checklist) jdkit: no framework role';
      this.item.tooltip = 'Set `role:` in the front matter or use a framework job title.';
    } else if (role.kind === 'descriptor') {
      this.item.text = `$(checklist) ${role.name} · descriptor only`;
      this.item.tooltip = `Framework section ${role.section} describes this role without capability statements.`;
    } else {
      // Only the framework wording counts as there; modified copies and the employer's own words are counted apart ('73/74 · 1 modified').
      const { present, modified, paraphrased } = coverage.counts;
      const apart = [
        modified > 0 ? `${modified} modified` : '',
        paraphrased > 0 ? `${paraphrased} reworded` : '',
      ].filter(Boolean);
      this.item.text = `$(checklist) ${role.name} · ${present}/${coverage.total}${apart.map((part) => ` · ${part}`).join('')}`;
      this.item.tooltip = `${role.name} (framework section ${role.section}): ${engine().describeCounts(coverage.counts)}. Click for the coverage view.`;
    }
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

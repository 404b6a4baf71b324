// The "Show capability coverage" view: one webview panel that follows the
// job description it was opened for and refreshes after each lint of it.
import * as vscode from 'vscode';
import { engine } from './load-engine';
import { contextFor, type Services } from './services';

export class CoverageView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly services: Services) {
    this.subscription = services.linter.onDidLint((document) => {
      if (this.panel && document === this.document) this.render();
    });
  }

  /** Shows the coverage of `document` and returns the page's HTML. */
  show(document: vscode.TextDocument): string {
    this.document = document;
    if (!this.panel) {
      // No scripts, and nothing loaded from disk: the page is static HTML.
      this.panel = vscode.window.createWebviewPanel(
        'jdkit.coverage',
        'Capability coverage',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else this.panel.reveal(vscode.ViewColumn.Beside, true);
    return this.render();
  }

  dispose(): void {
    this.subscription.dispose();
    this.panel?.dispose();
  }

  private render(): string {
    const document = this.document!;
    const { analyseCoverage, renderCoverageHtml } = engine();
    const html = renderCoverageHtml(analyseCoverage(contextFor(this.services, document)), vscode.workspace.asRelativePath(document.uri));
    this.panel!.title = `Coverage: ${document.uri.path.split('/').pop()}`;
    this.panel!.webview.html = html;
    return html;
  }
}

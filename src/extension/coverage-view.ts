// The "Show capability coverage" view: one webview panel that shows the
// active job description (keeping the last one while another kind of editor
// is active), refreshes after each lint of it, and comes back after a reload.
import * as vscode from 'vscode';
import { isJobDescription, openDocument } from './documents';
import { engine } from './load-engine';
import type { Services } from './services';

const VIEW_TYPE = 'jdkit.coverage';
/** workspaceState key: the URI of the document the view shows, so it can show it again after a reload (the page has no script to keep state in). */
const SHOWN_KEY = 'jdkit.coverage.document';

export class CoverageView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly services: Services,
    private readonly state: vscode.Memento,
  ) {
    this.subscriptions = [
      services.linter.onDidLint((document) => {
        if (this.panel && document === this.document) this.render();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && isJobDescription(editor.document) && editor.document !== this.document) {
          this.document = editor.document;
          this.render();
        }
      }),
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
        deserializeWebviewPanel: (panel) => this.restore(panel),
      }),
    ];
  }

  /** Shows the coverage of `document` and returns the page's HTML. */
  show(document: vscode.TextDocument): string {
    this.document = document;
    if (!this.panel) {
      this.adopt(
        vscode.window.createWebviewPanel(VIEW_TYPE, 'Capability coverage', {
          viewColumn: vscode.ViewColumn.Beside,
          preserveFocus: true,
        }),
      );
    } else this.panel.reveal(vscode.ViewColumn.Beside, true);
    return this.render();
  }

  /** Shows again, in a panel VS Code restored after a reload, the document the view showed. */
  async restore(panel: vscode.WebviewPanel): Promise<void> {
    this.adopt(panel);
    const uri = this.state.get<string>(SHOWN_KEY);
    const document = uri ? await openDocument(uri) : undefined;
    if (document && isJobDescription(document)) {
      this.document = document;
      this.render();
      return;
    }
    panel.title = 'Capability coverage';
    panel.webview.html = engine().renderCoverageMessage(
      `${uri ? `${vscode.workspace.asRelativePath(vscode.Uri.parse(uri))} no longer exists. ` : ''}Open a job description (a *.jd.md file) to see its capability coverage here.`,
    );
  }

  /** The panel's title, for tests. */
  get title(): string | undefined {
    return this.panel?.title;
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
    this.panel?.dispose();
  }

  private adopt(panel: vscode.WebviewPanel): void {
    // No scripts, and nothing loaded from disk: the page is static HTML whose links run only these commands.
    panel.webview.options = {
      enableScripts: false,
      enableCommandUris: engine().COVERAGE_COMMANDS,
      localResourceRoots: [],
    };
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    this.panel = panel;
  }

  private render(): string {
    const document = this.document!;
    const { renderCoverageHtml, renderCoverageMessage } = engine();
    // The coverage the last lint computed (the view re-renders after each one), or a lint now if the document changed since.
    const coverage = this.services.linter.resultFor(document)?.coverage;
    const path = vscode.workspace.asRelativePath(document.uri);
    const html = coverage
      ? renderCoverageHtml(coverage, path, document.uri.toString())
      : renderCoverageMessage(`jdkit could not check ${path}.`);
    this.panel!.title = `Coverage: ${document.uri.path.split('/').pop()}`;
    this.panel!.webview.html = html;
    void this.state.update(SHOWN_KEY, document.uri.toString());
    return html;
  }
}

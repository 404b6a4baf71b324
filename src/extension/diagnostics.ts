// Lints open job descriptions into a DiagnosticCollection: at once when a
// document opens, after a pause in typing while it changes (one timer per
// document, re-armed on each change), again for every open document when the
// configuration changes, and forgotten when it closes.
import * as vscode from 'vscode';
import type { Diagnostic } from '../core/types';
import type { LintResult } from '../core/lint';
import type { ConfigStore } from './config';
import { isJobDescription, toVsRange, toVsSeverity, type ParsedDocuments } from './documents';
import { engine } from './load-engine';
import { ruleDocsLink } from './rule-docs';

/** Long enough to let a burst of typing finish, short enough to feel live. */
export const LINT_DELAY_MS = 250;

/** What a lint run of one version of a document produced. */
export interface Linted {
  version: number;
  generation: number;
  result: LintResult;
}

export class Linter implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('jdkit');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly linted = new Map<string, Linted>();
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after a document was linted. */
  readonly onDidLint = this.emitter.event;
  private readonly disposables: vscode.Disposable[];
  private failureShown = false;

  constructor(
    private readonly configs: ConfigStore,
    private readonly parsed: ParsedDocuments,
  ) {
    this.disposables = [
      this.collection,
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.lintNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      configs.onDidChange(() => this.lintAll()),
    ];
  }

  /** Lints every open job description now. */
  lintAll(): void {
    for (const document of vscode.workspace.textDocuments) this.lintNow(document);
  }

  /** The lint result for the document as it is now: the last run's if still current, else a new run. */
  resultFor(document: vscode.TextDocument): LintResult | undefined {
    return this.currentResult(document) ?? this.lintNow(document);
  }

  /** The last run's result if it is for the document's current text and configuration. */
  currentResult(document: vscode.TextDocument): LintResult | undefined {
    const last = this.linted.get(document.uri.toString());
    return last && last.version === document.version && last.generation === this.configs.generation
      ? last.result
      : undefined;
  }

  lintNow(document: vscode.TextDocument): LintResult | undefined {
    if (!isJobDescription(document) || document.isClosed) return undefined;
    const key = document.uri.toString();
    this.cancel(key);
    let result: LintResult;
    try {
      result = engine().lintDocument(this.parsed.get(document), { config: this.configs.configFor(document.uri) });
    } catch (err) {
      // Only broken framework data can get here (rule failures become diagnostics); say so once.
      if (!this.failureShown) void vscode.window.showErrorMessage(`jdkit cannot lint: ${(err as Error).message}`);
      this.failureShown = true;
      return undefined;
    }
    this.linted.set(key, { version: document.version, generation: this.configs.generation, result });
    this.collection.set(
      document.uri,
      result.diagnostics.map((d) => this.toVsDiagnostic(d)),
    );
    this.emitter.fire(document);
    return result;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isJobDescription(document)) return;
    const key = document.uri.toString();
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.lintNow(document);
      }, LINT_DELAY_MS),
    );
  }

  private cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(key);
    this.linted.delete(key);
    this.parsed.forget(document.uri);
    this.collection.delete(document.uri);
  }

  private toVsDiagnostic(d: Diagnostic): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toVsRange(d.range), d.message, toVsSeverity(d.severity));
    diagnostic.source = 'jdkit';
    // The code links to the rule's documentation page, bundled with the extension.
    diagnostic.code = { value: d.rule, target: ruleDocsLink(d.rule) };
    return diagnostic;
  }
}

/** The rule id a VS Code diagnostic from this extension carries, or undefined for others' diagnostics. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== 'jdkit') return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

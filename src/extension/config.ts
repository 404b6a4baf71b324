// The configuration that applies to a document: the nearest `.jdkit.json`
// (found and validated by the same code as the CLI) with the user's
// `jdkit.*` settings merged over it. Cached per folder; dropped when the
// settings, a `.jdkit.json`, the workspace folders or workspace trust change.
//
// A broken `.jdkit.json` never stops linting: it gets one diagnostic on the
// file itself and one notification, and documents are linted without it.
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { JdkitConfig } from '../core/config';
import type { ConfigResolver, LoadedConfig } from '../core/config-file';
import type { ValidationError } from '../core/validate';
import { Announcements } from './announcements';
import { CONFIG_FILE, CONFIG_FILE_GLOB, engine } from './load-engine';
import type { ConfigOverrides } from './merge-config';

export interface ResolvedConfig {
  config: JdkitConfig;
  /** The `.jdkit.json` in use, or null. Relative paths in it are relative to its folder. */
  file: string | null;
}

/** Settings that name files; relative values are taken from the workspace folder. */
const PATH_SETTINGS = new Set(['templatesPath', 'export.logo']);

const SETTING_KEYS = [
  'rules',
  'caseload.max',
  'caseload.lowerMax',
  'allowedTerms',
  'titleAliases',
  'templatesPath',
  'export.appendix',
  'export.organisation',
  'export.logo',
  'export.logoAltText',
  'export.colour',
] as const;

export class ConfigStore implements vscode.Disposable {
  /** Problems in `.jdkit.json` files, shown on the files themselves. */
  private readonly problems = vscode.languages.createDiagnosticCollection('jdkit-config');
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when any configuration may have changed; open documents should be linted again. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.problems, this.emitter];
  private resolvers = new Map<string, ConfigResolver>();
  private readonly byFolder = new Map<string, ResolvedConfig>();
  private readonly announcements = new Announcements();
  private generationCount = 0;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_FILE_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(() => this.invalidate()),
      watcher.onDidChange(() => this.invalidate()),
      watcher.onDidDelete((uri) => {
        this.announcements.fixed(uri.fsPath);
        this.invalidate();
      }),
      // A config edited in the editor, wherever it is: the watcher sees only the workspace folders, and a
      // file opened on its own has its config outside them.
      vscode.workspace.onDidSaveTextDocument((d) => path.basename(d.uri.path) === CONFIG_FILE && this.invalidate()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('jdkit') && this.invalidate()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidate()),
    );
  }

  /** Changes whenever the configuration may have changed, so results computed with an older one can be told apart. */
  get generation(): number {
    return this.generationCount;
  }

  configFor(uri: vscode.Uri): JdkitConfig {
    return this.resolve(uri).config;
  }

  resolve(uri: vscode.Uri): ResolvedConfig {
    const file = localPath(uri);
    const key = file ? path.dirname(file) : `folder:${vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? ''}`;
    let resolved = this.byFolder.get(key);
    if (!resolved) {
      resolved = this.compute(uri, file);
      this.byFolder.set(key, resolved);
    }
    return resolved;
  }

  /** Drops every cached configuration and tells listeners to lint again. */
  invalidate(): void {
    this.resolvers = new Map();
    this.byFolder.clear();
    this.problems.clear();
    this.generationCount++;
    this.emitter.fire();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private compute(uri: vscode.Uri, file: string | null): ResolvedConfig {
    const folder = vscode.workspace.getWorkspaceFolder(file ? vscode.Uri.file(file) : uri);
    const { mergeConfig, NO_CONFIG, SETTINGS_SOURCE, ValidationError } = engine();
    const loaded = file ? this.loadFile(file, folder) : NO_CONFIG;
    const settingsSource = `settings of ${folder?.uri.toString() ?? 'no folder'}`;
    let config: JdkitConfig;
    try {
      config = mergeConfig(loaded.config, readSettings(uri, folder));
      this.announcements.fixed(settingsSource);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      this.notify(settingsSource, `jdkit ignores its ${SETTINGS_SOURCE} until this is fixed: ${describeIssues(err)}.`);
      config = loaded.config;
    }
    // User templates are code-like content from the workspace: only trusted workspaces may name them.
    if (!vscode.workspace.isTrusted && config.templatesPath !== undefined) {
      const { templatesPath: _untrusted, ...rest } = config;
      config = rest;
    }
    return { config, file: loaded.file };
  }

  private loadFile(file: string, folder: vscode.WorkspaceFolder | undefined): LoadedConfig {
    const root = folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
    let resolver = this.resolvers.get(root ?? '');
    const { ConfigResolver, NO_CONFIG, ValidationError } = engine();
    if (!resolver) this.resolvers.set(root ?? '', (resolver = new ConfigResolver(root)));
    try {
      const loaded = resolver.forFile(file);
      if (loaded.file) this.announcements.fixed(loaded.file);
      return loaded;
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      this.reportFileProblem(err);
      return NO_CONFIG;
    }
  }

  private reportFileProblem(err: ValidationError): void {
    const uri = vscode.Uri.file(err.file);
    const message = `jdkit cannot use this file, so it lints with its defaults until this is fixed: ${describeIssues(err)}`;
    const diagnostic = new vscode.Diagnostic(locateIssue(err), message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'jdkit';
    this.problems.set(uri, [diagnostic]);
    this.notify(
      err.file,
      `${vscode.workspace.asRelativePath(uri)} is not valid, so jdkit lints with its defaults: ${describeIssues(err)}`,
      uri,
    );
  }

  private notify(source: string, message: string, open?: vscode.Uri): void {
    if (!this.announcements.shouldAnnounce(source, message)) return;
    const action = open ? 'Open file' : 'Open settings';
    void vscode.window.showWarningMessage(message, action).then((chosen) => {
      if (chosen !== action) return;
      if (open) void vscode.window.showTextDocument(open);
      else void vscode.commands.executeCommand('workbench.action.openSettings', 'jdkit');
    });
  }
}

/** The document's path on disk, also for an unsaved document that already has one; null otherwise. */
function localPath(uri: vscode.Uri): string | null {
  if (uri.scheme === 'file') return uri.fsPath;
  if (uri.scheme === 'untitled' && path.isAbsolute(uri.path)) return vscode.Uri.file(uri.path).fsPath;
  return null;
}

/** The `jdkit.*` settings the user has set at any level (defaults are left to `.jdkit.json` and the engine). */
function readSettings(uri: vscode.Uri, folder: vscode.WorkspaceFolder | undefined): ConfigOverrides {
  const settings = vscode.workspace.getConfiguration('jdkit', uri);
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const inspected = settings.inspect(key);
    let value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (value === undefined || value === null || value === '') continue;
    if (PATH_SETTINGS.has(key) && typeof value === 'string' && folder?.uri.scheme === 'file')
      value = path.resolve(folder.uri.fsPath, value);
    const [first, second] = key.split('.');
    if (second === undefined) out[first] = value;
    else out[first] = { ...(out[first] as object | undefined), [second]: value };
  }
  return out;
}

function describeIssues(err: ValidationError): string {
  return err.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
}

/** Best effort: where the first issue is (a syntax error's position, else its key in the file's text), else the start of the file. */
function locateIssue(err: ValidationError): vscode.Range {
  const issue = err.issues[0];
  if (issue?.position) {
    const at = new vscode.Position(issue.position.line - 1, issue.position.column - 1);
    return new vscode.Range(at, at.translate(0, 1));
  }
  const segment =
    issue?.key ??
    issue?.path
      .split(/[.[\]]/)
      .filter((s) => s && !/^\d+$/.test(s))
      .pop();
  const start = new vscode.Position(0, 0);
  if (!segment) return new vscode.Range(start, start);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === err.file);
  let text: string;
  try {
    // Without a byte-order mark, which the editor does not show and positions do not count.
    text = (open?.getText() ?? fs.readFileSync(err.file, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return new vscode.Range(start, start);
  }
  const offset = text.indexOf(JSON.stringify(segment));
  if (offset < 0) return new vscode.Range(start, start);
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  const line = before.length - 1;
  const character = before[line].length;
  return new vscode.Range(line, character, line, character + JSON.stringify(segment).length);
}

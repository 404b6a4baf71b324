// The editor's Export to Word… command (`jdkit.exportToWord`). The export
// code (docx, handlebars) is loaded only when the command runs (loadExport:
// dist/export.js in the bundle), so activation stays light. User templates
// are offered only in trusted workspaces: templates are code.
//
// The export guard (core/export-guard.ts, shared with `jdkit render`) comes
// first: lint errors, or front matter that cannot be read, or none, or no
// title, stop the export with a message and a way to see the problems; warnings (placeholders
// among them) ask "export anyway?". Then: pick a template (by its human
// name); write `<name>.<template>.docx` beside the job description or choose
// where; ask before replacing a file; offer to open the result. Automation
// (integration tests, keybindings) can pass `{ template, target, overwrite,
// open, allowWarnings }` to skip the prompts; errors block it all the same.
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type * as ExportModule from '../export';
import { plural } from '../core/text/plural';
import { isJobDescription } from './documents';
import { engine, loadExport, type ExportApi } from './load-engine';
import type { Services } from './services';

export interface ExportCommandOptions {
  /** Template name; when given, nothing is asked. */
  template?: string;
  /** Output path; defaults to `<name>.<template>.docx` beside the document. */
  target?: string;
  /** Replace an existing file without asking. */
  overwrite?: boolean;
  /** Open the result when done (default: offer to). */
  open?: boolean;
  /** Export a document with warnings without asking. */
  allowWarnings?: boolean;
}

export function registerExportCommand(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand(
    'jdkit.exportToWord',
    (resource?: vscode.Uri, options: ExportCommandOptions = {}) =>
      exportToWord(services, resource instanceof vscode.Uri ? resource : undefined, options),
  );
}

/** Runs the command; returns the path written, or undefined when cancelled or failed. */
async function exportToWord(
  services: Services,
  resource: vscode.Uri | undefined,
  options: ExportCommandOptions,
): Promise<string | undefined> {
  const document = await documentFor(resource);
  if (!document) {
    void vscode.window.showErrorMessage('Export to Word works on a job description: open a *.jd.md file first.');
    return undefined;
  }
  const interactive = options.template === undefined;
  if (!(await passesExportGuard(services, document, options.allowWarnings === true))) return undefined;

  let api: ExportApi;
  try {
    api = loadExport();
  } catch (err) {
    void vscode.window.showErrorMessage(`Export to Word is not available: ${(err as Error).message}`);
    return undefined;
  }
  const { config, file: configFile } = services.configs.resolve(document.uri);
  // The config store drops templatesPath in untrusted workspaces; this says so in the code that runs templates too.
  const userDir = vscode.workspace.isTrusted ? api.configTemplatesDir(config, configFile) : null;

  const template =
    options.template !== undefined ? findTemplate(api, options.template, userDir) : await pickTemplate(api, userDir);
  if (!template) return undefined;

  const source = document.uri.scheme === 'file' ? document.uri.fsPath : null;
  let target = options.target;
  let overwrite = options.overwrite === true;
  if (target === undefined) {
    const chosen =
      interactive || !source
        ? await chooseTarget(api, source, template.name)
        : { target: api.outputPath(source, template.name), chose: false };
    if (!chosen) return undefined;
    target = chosen.target;
    // A save dialog has already asked about replacing the file.
    overwrite ||= chosen.chose;
  }

  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Exporting to Word: ${template.title}…` },
      () =>
        api.exportJd({
          text: document.getText(),
          file: source,
          template,
          config,
          configFile,
          userTemplatesDir: userDir,
        }),
    );
    await writeWithConsent(api, target, result.docx, overwrite, interactive);
    // Saved and usable, but with gaps the user should know of, interactive or not.
    if (result.missingSections.length > 0)
      void vscode.window.showWarningMessage(
        `${path.basename(target)}: ${api.missingSectionsNote(result.missingSections)}`,
      );
  } catch (err) {
    if (err instanceof Cancelled) return undefined;
    await showFailure(api, err);
    return undefined;
  }

  if (options.open === true) await openDocument(target);
  else if (options.open === undefined && interactive) void offerToOpen(target);
  return target;
}

async function documentFor(resource: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (resource) {
    try {
      return await vscode.workspace.openTextDocument(resource);
    } catch {
      return undefined;
    }
  }
  const active = vscode.window.activeTextEditor?.document;
  return active && isJobDescription(active) ? active : undefined;
}

/**
 * The export guard: errors and front matter that cannot be read, or none, or
 * no title, stop the export (with a button to show the problems); warnings
 * ask first unless `allowWarnings`.
 */
async function passesExportGuard(
  services: Services,
  document: vscode.TextDocument,
  allowWarnings: boolean,
): Promise<boolean> {
  const { exportBlock, exportBlockers, untitledReason } = engine();
  const blockers = exportBlockers(
    // The current lint when the document has not changed since: exporting does not lint it again for the guard.
    services.linter.resultFor(document)?.diagnostics ?? [],
    services.parsed.get(document).frontMatter,
  );
  const name = path.basename(document.uri.path);
  const showProblems = 'Show problems';
  const block = exportBlock(blockers);
  if (block) {
    const why =
      block === 'unreadable-front-matter'
        ? `its front matter cannot be read, so the Word file would lose the title and fields. ${lineOf(blockers.frontMatterProblems[0])}`
        : block === 'errors'
          ? `it has ${plural(blockers.errors.length, 'error')}. ${lineOf(blockers.errors[0])}`
          : untitledReason(
              block,
              document.uri.path,
              'The command "jdkit: Import Word job description…", which reads Markdown and text files too,',
            );
    // Not awaited: the command ends now, the message stays until dismissed.
    void vscode.window
      .showErrorMessage(`${name} was not exported to Word: ${why}`, showProblems)
      .then((choice) => (choice === showProblems ? showProblemsOf(document) : undefined));
    return false;
  }
  const { warnings } = blockers;
  if (warnings.length === 0 || allowWarnings) return true;
  const placeholders = warnings.filter((d) => d.rule === 'placeholder-text').length;
  const exportAnyway = 'Export anyway';
  // A notification rather than a modal dialog: the user can look at the document before answering.
  const choice = await vscode.window.showWarningMessage(
    `${name} has ${plural(warnings.length, 'warning')}${placeholders > 0 ? `, ${placeholders === warnings.length ? (placeholders === 1 ? 'a placeholder' : 'all placeholders') : `${plural(placeholders, 'placeholder')} among them`}` : ''}. ` +
      `Export anyway? The first, on line ${warnings[0].range.start.line + 1}: ${warnings[0].message}`,
    exportAnyway,
    showProblems,
  );
  if (choice === showProblems) await showProblemsOf(document);
  return choice === exportAnyway;
}

/** "Line 4: <message>", the first problem that stops an export; front-matter problems say their line already. */
function lineOf(problem: { range: { start: { line: number } }; message: string }): string {
  return /^Line \d+:/.test(problem.message)
    ? problem.message
    : `Line ${problem.range.start.line + 1}: ${problem.message}`;
}

/** Brings the document to the front and opens the Problems panel. */
async function showProblemsOf(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}

interface TemplateItem extends vscode.QuickPickItem {
  template?: ExportModule.TemplateInfo;
  action?: 'trust';
}

async function pickTemplate(api: ExportApi, userDir: string | null): Promise<ExportModule.TemplateInfo | undefined> {
  const { templates, problems } = api.listTemplates(userDir);
  if (problems.length > 0)
    void vscode.window.showWarningMessage(`Some of your templates cannot be used: ${problems.join(' ')}`);
  const items: TemplateItem[] = templates.map((template) => ({
    label: template.title,
    description: template.origin === 'user' ? `your template · ${template.name}` : template.name,
    detail: template.description ?? undefined,
    template,
  }));
  if (!vscode.workspace.isTrusted) {
    items.push(
      { label: '', kind: vscode.QuickPickItemKind.Separator },
      { label: '$(shield) Trust this workspace to use your own templates…', action: 'trust' },
    );
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Export to Word',
    placeHolder: 'Choose a template',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked?.action === 'trust') void vscode.commands.executeCommand('workbench.trust.manage');
  return picked?.template;
}

function findTemplate(api: ExportApi, name: string, userDir: string | null): ExportModule.TemplateInfo | undefined {
  try {
    return api.findTemplate(name, userDir);
  } catch (err) {
    void vscode.window.showErrorMessage(`Export to Word: ${(err as Error).message}`);
    return undefined;
  }
}

/** Beside the job description (the default), or where the user chooses in a save dialog. */
async function chooseTarget(
  api: ExportApi,
  source: string | null,
  templateName: string,
): Promise<{ target: string; chose: boolean } | undefined> {
  if (source) {
    const beside = api.outputPath(source, templateName);
    const choice = await vscode.window.showQuickPick(
      [
        { label: `Save as ${path.basename(beside)}`, description: 'beside the job description', target: beside },
        { label: 'Choose where to save…', target: undefined },
      ],
      { title: 'Export to Word', placeHolder: 'Where should the Word document go?' },
    );
    if (!choice) return undefined;
    if (choice.target) return { target: choice.target, chose: false };
  }
  const defaultName = source
    ? api.outputPath(source, templateName)
    : path.join(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '', `job-description.${templateName}.docx`);
  const uri = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.file(defaultName),
    filters: { 'Word document': ['docx'] },
    title: 'Export to Word',
  });
  return uri ? { target: uri.fsPath, chose: true } : undefined;
}

class Cancelled extends Error {}

/** Writes through a temporary file; an existing file is replaced only with the user's consent. */
async function writeWithConsent(
  api: ExportApi,
  target: string,
  docx: Uint8Array,
  overwrite: boolean,
  interactive: boolean,
): Promise<void> {
  try {
    await api.writeOutput(target, docx, { force: overwrite });
  } catch (err) {
    if (!(err instanceof api.OutputExistsError) || !interactive) throw err;
    const replace = 'Replace';
    const choice = await vscode.window.showWarningMessage(
      `${path.basename(target)} already exists. Replace it?`,
      { modal: true, detail: target },
      replace,
    );
    if (choice !== replace) throw new Cancelled();
    await api.writeOutput(target, docx, { force: true });
  }
}

async function showFailure(api: ExportApi, err: unknown): Promise<void> {
  const location = err instanceof api.ExportError ? err.location : null;
  const message =
    err instanceof api.ExportError
      ? api.describeExportError(err, (file) => vscode.workspace.asRelativePath(file))
      : `unexpected error: ${(err as Error).message}. Please report this.`;
  const openFile = 'Open file';
  const action = location && fs.existsSync(location.file) ? [openFile] : [];
  const choice = await vscode.window.showErrorMessage(`Export to Word failed: ${message}`, ...action);
  if (choice === openFile && location) {
    const line = Math.max(0, (location.line ?? 1) - 1);
    const position = new vscode.Position(line, Math.max(0, (location.column ?? 1) - 1));
    await vscode.window.showTextDocument(vscode.Uri.file(location.file), {
      selection: new vscode.Range(position, position),
    });
  }
}

/**
 * Whether the Word file is on this computer, where the system can open it.
 * In the browser build and in remote windows it is on the server: opening a
 * `file:` URI there hands the browser a path it cannot reach (the workbench
 * froze on it), so those get the Explorer, where "Download…" fetches it.
 */
function openableHere(): boolean {
  return vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined;
}

async function offerToOpen(target: string): Promise<void> {
  const name = path.basename(target);
  if (openableHere()) {
    const open = 'Open';
    const reveal = 'Show in folder';
    const choice = await vscode.window.showInformationMessage(`Saved ${name}.`, open, reveal);
    if (choice === open) await openDocument(target);
    else if (choice === reveal) await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(target));
    return;
  }
  const reveal = 'Show in Explorer';
  const choice = await vscode.window.showInformationMessage(
    `Saved ${name}. To open it in Word, right-click it in the Explorer and choose Download.`,
    reveal,
  );
  if (choice === reveal) await vscode.commands.executeCommand('revealInExplorer', vscode.Uri.file(target));
}

/** Opens the .docx in the system's Word processor, or shows it in the Explorer where that cannot work. */
async function openDocument(target: string): Promise<void> {
  if (openableHere()) await vscode.env.openExternal(vscode.Uri.file(target));
  else await vscode.commands.executeCommand('revealInExplorer', vscode.Uri.file(target));
}

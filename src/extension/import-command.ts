// "jdkit: Import Word job description…" (`jdkit.importWord`), from the
// palette (a file picker) or the Explorer's context menu on a .docx: converts
// the document with the import code in dist/export.js (loaded on demand, as
// for Word export), writes `<name>.jd.md` beside it, asking before replacing
// a file, and opens the result beside the editor, where it is linted at once.
import path from 'node:path';
import * as vscode from 'vscode';
import { confirmReplace, exists } from './files';
import { loadExport, type ExportApi } from './load-engine';
import type { Services } from './services';
import { plural } from '../core/text/plural';

export interface ImportCommandOptions {
  /** Replace an existing .jd.md without asking. */
  overwrite?: boolean;
}

export function registerImportCommand(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand(
    'jdkit.importWord',
    (resource?: vscode.Uri, options: ImportCommandOptions = {}) =>
      importWord(services, resource instanceof vscode.Uri ? resource : undefined, options),
  );
}

/** Runs the command; returns the `.jd.md` written, or undefined when cancelled or failed. */
async function importWord(
  services: Services,
  resource: vscode.Uri | undefined,
  options: ImportCommandOptions,
): Promise<vscode.Uri | undefined> {
  const source = resource ?? (await pickSource());
  if (!source) return undefined;
  const name = path.basename(source.path);
  let api: ExportApi;
  try {
    api = loadExport();
  } catch (err) {
    void vscode.window.showErrorMessage(`Import is not available: ${(err as Error).message}`);
    return undefined;
  }
  const target = source.with({ path: api.importOutputPath(source.path).replace(/\\/g, '/') });
  try {
    const bytes = await vscode.workspace.fs.readFile(source);
    const { text, report } = await api.importDocument(bytes, source.path, services.configs.resolve(source).config);
    if (!options.overwrite && (await exists(target)) && !(await confirmReplace(target))) return undefined;
    if (target.scheme === 'file') await api.writeOutput(target.fsPath, Buffer.from(text, 'utf8'), { force: true });
    else await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
    await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside });
    void vscode.window.showInformationMessage(summary(name, report));
    return target;
  } catch (err) {
    const message =
      err instanceof api.ImportError
        ? err.message
        : err instanceof api.ExportError
          ? api.describeExportError(err, (f) => vscode.workspace.asRelativePath(f))
          : (err as Error).message;
    void vscode.window.showErrorMessage(`${name} could not be imported: ${message}`);
    return undefined;
  }
}

async function pickSource(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Import a job description',
    openLabel: 'Import',
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { 'Word documents': ['docx'], 'Markdown and text': ['md', 'txt'] },
  });
  return picked?.[0];
}

function summary(name: string, report: ExportModuleReport): string {
  const fields = Object.keys(report.fields).length - 1;
  const role = !report.role
    ? 'jdkit cannot tell the framework role: add role: to the front matter'
    : report.role.from === 'vague title'
      ? `the title is vague and usually means the ${report.role.name} role: add role: to the front matter to check it against that role`
      : `jdkit takes it for the ${report.role.name} role`;
  const title = `"${report.title}"${report.titleFrom === 'file name' ? ' (from the file name: check it)' : ''}`;
  return `Imported ${name}: ${title}, ${plural(fields, 'detail')}, ${plural(report.sections.length, 'section')}; ${role}. No capabilities were added: the quick fixes can add them.${report.partial ? ` ${report.partial}` : ''}`;
}

type ExportModuleReport = Awaited<ReturnType<ExportApi['importDocument']>>['report'];

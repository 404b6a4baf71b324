// The Command Palette commands (category "jdkit"). Each can also be run with
// arguments instead of prompts, which the integration tests and keybindings use.
import * as vscode from 'vscode';
import type { StatementCoverage } from '../core/coverage';
import type { Population, Role, RoleId } from '../core/framework/schema';
import type { CoverageView } from './coverage-view';
import { isJobDescription, workspaceEdit } from './documents';
import { engine } from './load-engine';
import { contextFor, type Services } from './services';

export interface NewJobDescriptionOptions {
  population?: Population;
  /** Where to create it; asked for when absent. */
  target?: vscode.Uri;
}

export interface InsertCapabilitiesOptions {
  /** Domain id, optionally prefixed by the role id: `application-of-knowledge` or `drug-and-alcohol-worker/application-of-knowledge`. */
  domain?: string;
}

const POPULATION_LABEL: Record<Population, string> = { adults: 'Adults', 'children-and-young-people': 'Children and young people' };

export function registerCommands(services: Services, coverageView: CoverageView): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('jdkit.newJobDescription', (role?: RoleId, options?: NewJobDescriptionOptions) => createJobDescription(role, options)),
    vscode.commands.registerCommand('jdkit.insertCapabilitiesForDomain', (options?: InsertCapabilitiesOptions) => insertCapabilities(services, options)),
    vscode.commands.registerCommand('jdkit.showCoverage', (uri?: vscode.Uri) => showCoverage(coverageView, uri)),
  ];
}

/** Creates a `.jd.md` for a framework role and opens it; returns its URI, or undefined when cancelled. */
async function createJobDescription(roleId?: RoleId, options: NewJobDescriptionOptions = {}): Promise<vscode.Uri | undefined> {
  const { getFramework, newJobDescription, POPULATIONS } = engine();
  const framework = getFramework();
  const role = roleId ? framework.role(roleId) : await pickRole(framework.roles);
  if (!role) {
    if (roleId) void vscode.window.showErrorMessage(`"${roleId}" is not a framework role id.`);
    return undefined;
  }
  let population = options.population;
  if (!population && role.buildsOn.some((b) => b.population)) {
    const picked = await vscode.window.showQuickPick(
      POPULATIONS.map((p) => ({ label: POPULATION_LABEL[p], population: p })),
      { title: `${role.name}: who does the post work with?`, placeHolder: 'The framework (section 2) sets the base role by population' },
    );
    if (!picked) return undefined;
    population = picked.population;
  }

  const target = options.target ?? (await askForFile(role));
  if (!target) return undefined;
  if ((await exists(target)) && !(await confirmReplace(target))) return undefined;
  await vscode.workspace.fs.writeFile(target, Buffer.from(newJobDescription({ role: role.id, population }), 'utf8'));
  await vscode.window.showTextDocument(target);
  return target;
}

async function pickRole(roles: readonly Role[]): Promise<Role | undefined> {
  const picked = await vscode.window.showQuickPick(
    roles.map((role) => ({
      label: role.name,
      description: role.id,
      detail:
        role.kind === 'descriptor'
          ? `Framework section ${role.section} · descriptor only (points to external frameworks)`
          : `Framework section ${role.section} · ${role.domains.reduce((n, d) => n + d.statements.length, 0)} capability statements`,
      role,
    })),
    { title: 'New job description from framework role', placeHolder: 'Choose the framework role of the post', matchOnDescription: true },
  );
  return picked?.role;
}

async function askForFile(role: Role): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const chosen = await vscode.window.showSaveDialog({
    title: 'Save the new job description as',
    saveLabel: 'Create',
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${role.id}.jd.md`) : undefined,
    filters: { 'Job descriptions': ['md'] },
  });
  if (!chosen || chosen.path.endsWith('.jd.md')) return chosen;
  // jdkit only checks `*.jd.md` files.
  return chosen.with({ path: chosen.path.replace(/(\.md)?$/, '.jd.md') });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function confirmReplace(uri: vscode.Uri): Promise<boolean> {
  const replace = 'Replace';
  const answer = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(uri)} already exists. Replace it?`, { modal: true }, replace);
  return answer === replace;
}

/** Inserts the statements of one domain of the role that the document lacks; returns how many. */
async function insertCapabilities(services: Services, options: InsertCapabilitiesOptions = {}): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isJobDescription(editor.document)) {
    void vscode.window.showInformationMessage('Open a job description (a *.jd.md file) first.');
    return 0;
  }
  const context = contextFor(services, editor.document);
  const coverage = engine().analyseCoverage(context);
  if (!coverage.own) {
    void vscode.window.showInformationMessage(
      coverage.role ? `${coverage.role.name} is a descriptor-only role: the framework lists no capability statements for it.` : 'Set `role:` in the front matter first, so jdkit knows which framework role this is.',
    );
    return 0;
  }
  const domains = [coverage.own, ...coverage.bases, ...coverage.undecidedBases].flatMap((rc) => rc.domains.map((d) => ({ role: rc.role, domain: d })));
  let chosen = options.domain
    ? domains.find(({ role, domain }) => options.domain === domain.domain.id || options.domain === `${role.id}/${domain.domain.id}`)
    : undefined;
  if (!options.domain) {
    const picked = await vscode.window.showQuickPick(
      domains.map((d) => ({
        label: d.domain.domain.name,
        description: d.role === coverage.role ? undefined : d.role.name,
        detail: d.domain.missing === 0 ? 'All statements already present' : `${d.domain.missing} of ${d.domain.statements.length} statements not yet in this job description`,
        value: d,
      })),
      { title: `Insert capabilities: ${coverage.role!.name}`, placeHolder: 'Choose a domain' },
    );
    chosen = picked?.value;
  }
  if (!chosen) {
    if (options.domain) void vscode.window.showErrorMessage(`"${options.domain}" is not a domain of ${coverage.role!.name}.`);
    return 0;
  }
  const missing = chosen.domain.statements.filter((s: StatementCoverage) => s.status === 'missing').map((s) => s.entry);
  if (missing.length === 0) {
    void vscode.window.showInformationMessage(`Every statement of “${chosen.domain.domain.name}” is already in this job description.`);
    return 0;
  }
  const edits = engine().insertStatementsEdits(context.doc, context.framework, missing);
  return (await vscode.workspace.applyEdit(workspaceEdit(editor.document.uri, edits))) ? missing.length : 0;
}

function showCoverage(view: CoverageView, uri?: vscode.Uri): string | undefined {
  const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
  if (!document || !isJobDescription(document)) {
    void vscode.window.showInformationMessage('Open a job description (a *.jd.md file) to see its capability coverage.');
    return undefined;
  }
  return view.show(document);
}

// The Command Palette commands (category "jdkit"). Each can also be run with
// arguments instead of prompts, which the integration tests and keybindings use.
import * as vscode from 'vscode';
import type { StatementCoverage } from '../core/coverage';
import type { Population, Role, RoleId } from '../core/framework/schema';
import type { TextEdit } from '../core/types';
import type { RevealTarget } from './coverage-html';
import type { CoverageView } from './coverage-view';
import { isJobDescription, openDocument, toVsRange, workspaceEdit } from './documents';
import { confirmReplace, exists } from './files';
import { engine } from './load-engine';
import type { Services } from './services';

export interface NewJobDescriptionOptions {
  population?: Population;
  /** Where to create it; asked for when absent. */
  target?: vscode.Uri;
}

export interface InsertCapabilitiesOptions {
  /** The job description (a URI string, as the coverage view's links give it); defaults to the active editor's. */
  uri?: string;
  /** Every missing statement of the role and of the roles it builds on (framework section 2). */
  all?: boolean;
  /** With `all`, when `population` is not set and decides the base role: the population whose base role to add (asked for when absent). */
  population?: Population;
  /** Domain id, optionally prefixed by the role id: `application-of-knowledge` or `drug-and-alcohol-worker/application-of-knowledge`. */
  domain?: string;
  /** Statement ids (`DAW-2-01`): those of them that are missing. */
  statements?: string[];
}

/** "Children and young people", for a quick pick. */
function populationLabel(population: Population): string {
  const { POPULATION_NAMES, upperFirst } = engine();
  return upperFirst(POPULATION_NAMES[population]);
}

export function registerCommands(services: Services, coverageView: CoverageView): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('jdkit.newJobDescription', (role?: RoleId, options?: NewJobDescriptionOptions) =>
      createJobDescription(role, options),
    ),
    vscode.commands.registerCommand('jdkit.insertCapabilitiesForDomain', (options?: InsertCapabilitiesOptions) =>
      insertCapabilities(services, options),
    ),
    vscode.commands.registerCommand('jdkit.showCoverage', (uri?: vscode.Uri) => showCoverage(coverageView, uri)),
    vscode.commands.registerCommand('jdkit.coverage.reveal', (target: RevealTarget) => revealBullet(services, target)),
  ];
}

/** Creates a `.jd.md` for a framework role and opens it; returns its URI, or undefined when cancelled. */
async function createJobDescription(
  roleId?: RoleId,
  options: NewJobDescriptionOptions = {},
): Promise<vscode.Uri | undefined> {
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
      POPULATIONS.map((p) => ({ label: populationLabel(p), population: p })),
      {
        title: `${role.name}: who does the post work with?`,
        placeHolder: 'The framework (section 2) sets the base role by population',
      },
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
    {
      title: 'New job description from framework role',
      placeHolder: 'Choose the framework role of the post',
      matchOnDescription: true,
    },
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

/**
 * Inserts capability statements the document lacks: every one (the role's and
 * its base roles'), one domain's or the ones named; asks which when no option
 * says. Returns how many bullets it inserted.
 */
async function insertCapabilities(services: Services, options: InsertCapabilitiesOptions = {}): Promise<number> {
  const document = options.uri ? await openDocument(options.uri) : vscode.window.activeTextEditor?.document;
  if (!document || !isJobDescription(document)) {
    void vscode.window.showInformationMessage('Open a job description (a *.jd.md file) first.');
    return 0;
  }
  // The coverage of the last lint when the document has not changed since.
  const result = services.linter.resultFor(document);
  if (!result) {
    void vscode.window.showErrorMessage(
      'jdkit could not check this job description, so it cannot tell which statements are missing.',
    );
    return 0;
  }
  const { document: doc, coverage } = result;
  const { allMissingStatements, getFramework, insertAllMissingEdits, insertStatementsEdits } = engine();
  // A descriptor-only role (framework section 7) has a coverage with no statements: say why, not that all are present.
  if (!coverage.own || coverage.role?.kind !== 'capabilities') {
    void vscode.window.showInformationMessage(
      coverage.role
        ? `${coverage.role.name} is a descriptor-only role: the framework lists no capability statements for it.`
        : 'Set "role:" in the front matter first, so jdkit knows which framework role this is.',
    );
    return 0;
  }
  const roleName = coverage.role.name;
  const roles = [coverage.own, ...coverage.bases, ...coverage.undecidedBases];
  const domains = roles.flatMap((rc) => rc.domains.map((d) => ({ role: rc.role, domain: d })));
  let chosen: Choice | undefined;
  if (options.all) chosen = 'all';
  else if (options.statements) {
    const rows = roles.flatMap((rc) => rc.domains.flatMap((d) => d.statements));
    const unknown = options.statements.filter((id) => !rows.some((s) => s.entry.statement.id === id));
    if (unknown.length > 0) {
      void vscode.window.showErrorMessage(
        `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a statement' : 'are not statements'} of ${roleName} or the roles it builds on.`,
      );
      return 0;
    }
    chosen = {
      name: options.statements.join(', '),
      statements: rows.filter((s) => options.statements!.includes(s.entry.statement.id)),
    };
  } else if (options.domain) {
    const d = domains.find(
      ({ role, domain }) => options.domain === domain.domain.id || options.domain === `${role.id}/${domain.domain.id}`,
    );
    if (!d) {
      void vscode.window.showErrorMessage(`"${options.domain}" is not a domain of ${roleName}.`);
      return 0;
    }
    chosen = { name: `“${d.domain.domain.name}”`, statements: d.domain.statements };
  } else {
    const all = allMissingStatements(coverage).length;
    const picked = await vscode.window.showQuickPick<vscode.QuickPickItem & { value: Choice }>(
      [
        {
          label: `All missing statements (${all})`,
          description: 'All domains',
          detail:
            coverage.undecidedBases.length > 0
              ? 'And the statements of the role this post builds on, once you say who it works with'
              : undefined,
          value: 'all' as const,
        },
        ...domains.map((d) => ({
          label: d.domain.domain.name,
          description: d.role === coverage.role ? undefined : d.role.name,
          detail:
            d.domain.missing === 0
              ? 'All statements already present'
              : `${d.domain.missing} of ${d.domain.statements.length} statements not yet in this job description`,
          value: { name: `“${d.domain.domain.name}”`, statements: d.domain.statements },
        })),
      ],
      { title: `Insert capabilities: ${roleName}`, placeHolder: 'Choose the statements to insert' },
    );
    chosen = picked?.value;
  }
  if (!chosen) return 0;

  let inserted: { count: number; edits: TextEdit[] };
  if (chosen === 'all') {
    let population = options.population;
    if (!population && coverage.undecidedBases.length > 0) {
      const picked = await vscode.window.showQuickPick(
        coverage.undecidedBases.map((b) => ({
          label: populationLabel(b.population!),
          description: `builds on ${b.role.name}`,
          population: b.population!,
        })),
        {
          title: `${roleName}: who does the post work with?`,
          placeHolder: 'The framework (section 2) sets the base role by population; jdkit sets population too',
        },
      );
      if (!picked) return 0;
      population = picked.population;
    }
    const { statements, edits } = insertAllMissingEdits(doc, getFramework(), coverage, population);
    inserted = { count: statements.length, edits };
  } else {
    const missing = chosen.statements.filter((s) => s.status === 'missing').map((s) => s.entry);
    inserted = { count: missing.length, edits: insertStatementsEdits(doc, getFramework(), missing) };
  }
  if (inserted.edits.length === 0) {
    void vscode.window.showInformationMessage(
      `Every statement of ${chosen === 'all' ? roleName : chosen.name} is already in this job description.`,
    );
    return 0;
  }
  return (await vscode.workspace.applyEdit(workspaceEdit(document.uri, inserted.edits))) ? inserted.count : 0;
}

/** What to insert: every missing statement, or the missing ones among some statements (a domain's, or those named). */
type Choice = 'all' | { name: string; statements: readonly StatementCoverage[] };

/** Shows the document with the bullet (capability or duty) that starts on `target.line` selected: the coverage view's line links. */
async function revealBullet(services: Services, target: RevealTarget): Promise<void> {
  const document = await openDocument(target.uri);
  if (!document) {
    void vscode.window.showErrorMessage(
      `${vscode.workspace.asRelativePath(vscode.Uri.parse(target.uri))} no longer exists.`,
    );
    return;
  }
  const doc = services.parsed.get(document);
  const bullet = [...(doc.capabilities?.bullets ?? []), ...doc.duties].find((b) => b.startLine === target.line);
  // The document changed since the view showed it: select the line.
  const range = bullet ? toVsRange(bullet.range) : document.lineAt(Math.min(target.line, document.lineCount - 1)).range;
  // In the editor that shows it already, not in the coverage view's group.
  const viewColumn =
    vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.ViewColumn.One;
  await vscode.window.showTextDocument(document, { viewColumn, selection: range });
}

function showCoverage(view: CoverageView, uri?: vscode.Uri): string | undefined {
  const document = uri
    ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
    : vscode.window.activeTextEditor?.document;
  if (!document || !isJobDescription(document)) {
    void vscode.window.showInformationMessage(
      'Open a job description (a *.jd.md file) to see its capability coverage.',
    );
    return undefined;
  }
  return view.show(document);
}

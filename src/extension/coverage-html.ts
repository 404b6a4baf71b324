// The capability coverage view as a self-contained HTML page: for the role
// and each role it builds on, a table per domain of which statements are
// present, modified, in the employer's own words or missing, then the bullets that belong to other roles
// or to no framework statement. Pure (no `vscode`), so it is unit tested.
//
// The page runs no scripts. Its actions are command links, which VS Code runs
// only for the commands the webview allows (COVERAGE_COMMANDS): a line number
// selects its bullet in the document; "Insert" adds a missing statement, a
// domain's or every missing one.
import { describeCounts, type Coverage, type RoleCoverage, type StatementStatus } from '../core/coverage';
import { allMissingStatements } from '../core/edits/insert-missing';
import type { Population } from '../core/framework/schema';
import type { BulletAnalysis } from '../core/lint-context';
import { describeMatch } from '../core/match/describe';
import type { InsertCapabilitiesOptions } from './commands';

/** Selects the bullet starting on a line of the document: `{ uri, line }` (zero-based). */
export const REVEAL_COMMAND = 'jdkit.coverage.reveal';
export const INSERT_COMMAND = 'jdkit.insertCapabilitiesForDomain';
/** The commands the page's links may run (the webview's enableCommandUris). */
export const COVERAGE_COMMANDS: readonly string[] = [REVEAL_COMMAND, INSERT_COMMAND];

export interface RevealTarget {
  /** The document's URI string. */
  uri: string;
  line: number;
}

const STATUS_LABEL: Record<StatementStatus, string> = {
  present: '✔ present',
  modified: '≈ modified',
  paraphrased: '≈ in your own words',
  missing: '✘ missing',
};

/** The coverage page of the document at `uri` (a URI string), named `documentName`. */
export function renderCoverageHtml(coverage: Coverage, documentName: string, uri: string): string {
  const body: string[] = [`<h1>Capability coverage: ${escape(documentName)}</h1>`];
  const links = new Links(uri);
  if (!coverage.role) {
    body.push(
      '<p>The job description has no framework role: set <code>role:</code> in the front matter, or use a framework job title.</p>',
    );
  } else if (!coverage.own || coverage.role.kind === 'descriptor') {
    body.push(
      `<p>${escape(coverage.role.name)} (framework section ${escape(coverage.role.section)}) is a descriptor-only role: the framework lists no capability statements for it.</p>`,
    );
  } else {
    const missing = allMissingStatements(coverage).length;
    body.push(
      `<p><strong>${escape(coverage.role.name)}</strong> (framework section ${escape(coverage.role.section)}): ${coverage.covered} of ${coverage.total} statements covered: ${escape(describeCounts(coverage.counts))}.` +
        (missing > 0
          ? ` ${links.insert({ all: true }, `Insert all ${missing} missing`, `Insert every missing statement of ${coverage.role.name}${coverage.bases.length > 0 ? ' and the role it builds on' : ''}`)}`
          : '') +
        '</p>',
    );
    body.push(...roleSection(coverage.own, null, links));
    for (const base of coverage.bases)
      body.push(
        ...roleSection(
          base,
          `Builds on (framework section 2)${base.population ? `, for ${populationName(base.population)}` : ''}`,
          links,
        ),
      );
    if (coverage.undecidedBases.length > 0) {
      body.push(
        '<p>Set <code>population:</code> to say which role this post builds on; until then, both are shown and neither is counted.</p>',
        '<ul>',
        ...coverage.undecidedBases.map((base) => {
          const population = base.population!;
          const label = `Set population to ${populationName(population)} and insert all ${allMissingStatements(coverage, population).length} missing`;
          return `<li>${links.insert({ all: true, population }, label, `Builds on ${base.role.name}`)}</li>`;
        }),
        '</ul>',
        ...coverage.undecidedBases.flatMap((base) =>
          roleSection(base, `Builds on, for ${populationName(base.population!)}`, links),
        ),
      );
    }
  }
  body.push(...bulletTable('Bullets and duties that are another role’s statements', coverage.otherRole, true, links));
  body.push(...bulletTable('Bullets that match no framework statement', coverage.unrecognised, false, links));
  return page(body.join('\n'));
}

/** The page shown when there is no job description to show, e.g. after a reload when the file is gone. */
export function renderCoverageMessage(message: string): string {
  return page(`<h1>Capability coverage</h1>\n<p>${escape(message)}</p>`);
}

/** Command links about one document. */
class Links {
  constructor(private readonly uri: string) {}

  reveal(line: number, label = `${line + 1}`): string {
    const target: RevealTarget = { uri: this.uri, line };
    return link(REVEAL_COMMAND, target, label, `Select the bullet on line ${line + 1}`);
  }

  insert(options: InsertCapabilitiesOptions, label: string, title: string): string {
    return link(INSERT_COMMAND, { uri: this.uri, ...options }, label, title, 'action');
  }
}

function link(command: string, args: object, label: string, title: string, className?: string): string {
  // VS Code decodes a command link's query twice (reading the link, then its
  // arguments), as the API's recipe encodes it twice (encodeURIComponent, then Uri.toString).
  const query = encodeURIComponent(encodeURIComponent(JSON.stringify([args])));
  return `<a${className ? ` class="${className}"` : ''} href="command:${command}?${query}" title="${escape(title)}">${escape(label)}</a>`;
}

function roleSection(role: RoleCoverage, note: string | null, links: Links): string[] {
  const out = [`<h2>${escape(role.role.name)} · ${role.covered}/${role.total}</h2>`];
  if (note) out.push(`<p class="note">${escape(note)}</p>`);
  for (const d of role.domains) {
    const insertDomain =
      d.missing > 0
        ? ` ${links.insert({ domain: `${role.role.id}/${d.domain.id}` }, `Insert ${d.missing} missing`, `Insert the missing statements of ${d.domain.name}`)}`
        : '';
    out.push(
      `<h3>${escape(d.domain.name)} <span class="counts">${escape(describeCounts(d, ' · '))}</span>${insertDomain}</h3>`,
      '<table><thead><tr><th>Id</th><th>Statement</th><th>Status</th><th>Where</th></tr></thead><tbody>',
      ...d.statements.map((s) => {
        const id = s.entry.statement.id;
        const where =
          s.status === 'missing'
            ? links.insert({ statements: [id] }, 'Insert', `Insert ${id} into the Capabilities section`)
            : s.bullets.map((b) => links.reveal(b.bullet.startLine, `line ${b.bullet.startLine + 1}`)).join('<br>');
        return `<tr class="${s.status}"><td><code>${escape(id)}</code></td><td>${escape(s.entry.statement.text)}</td><td>${STATUS_LABEL[s.status]}</td><td class="where">${where}</td></tr>`;
      }),
      '</tbody></table>',
    );
  }
  return out;
}

function bulletTable(title: string, bullets: readonly BulletAnalysis[], withMatch: boolean, links: Links): string[] {
  if (bullets.length === 0) return [];
  return [
    `<h2>${escape(title)} (${bullets.length})</h2>`,
    `<table><thead><tr><th>Line</th><th>Bullet</th>${withMatch ? '<th>Matches</th>' : ''}</tr></thead><tbody>`,
    ...bullets.map((b) => {
      const match = b.match.best;
      const cell =
        withMatch && match
          ? `<td><code>${escape(match.statement.id)}</code> (${escape(describeMatch(match))})</td>`
          : withMatch
            ? '<td></td>'
            : '';
      return `<tr class="other"><td>${links.reveal(b.bullet.startLine)}</td><td>${escape(b.bullet.text)}</td>${cell}</tr>`;
    }),
    '</tbody></table>',
  ];
}

function populationName(population: Population): string {
  return population.replace(/-/g, ' ');
}

function page(body: string): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<title>Capability coverage</title>
<style>
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em 2em; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border, #8884); }
.counts, .note { font-weight: normal; opacity: 0.8; font-size: 0.9em; }
tr.present td:nth-child(3) { color: var(--vscode-testing-iconPassed, green); }
tr.modified td:nth-child(3), tr.paraphrased td:nth-child(3) { color: var(--vscode-editorWarning-foreground, darkorange); }
tr.missing td:nth-child(3) { color: var(--vscode-editorError-foreground, red); }
a { color: var(--vscode-textLink-foreground); }
a:hover { color: var(--vscode-textLink-activeForeground); }
a:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
a.action { display: inline-block; margin-left: 0.5em; padding: 1px 8px; border-radius: 2px; font-size: var(--vscode-font-size); font-weight: normal; text-decoration: none; white-space: nowrap;
  color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); }
td a.action { margin-left: 0; }
td:first-child code, td.where { white-space: nowrap; }
a.action:hover { color: var(--vscode-button-foreground); background: var(--vscode-button-hoverBackground); }
</style>
</head>
<body>
${body}
</body>
</html>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

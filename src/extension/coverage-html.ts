// The capability coverage view as a self-contained HTML page: for the role
// and each role it builds on, a table per domain of which statements are
// present, modified, in the employer's own words or missing, then the bullets that belong to other roles
// or to no framework statement. Pure (no `vscode`), so it is unit tested.
import { describeCounts, type Coverage, type RoleCoverage, type StatementStatus } from '../core/coverage';
import type { BulletAnalysis } from '../core/lint-context';
import { describeMatch } from '../core/match/describe';

const STATUS_LABEL: Record<StatementStatus, string> = {
  present: '✔ present',
  modified: '≈ modified',
  paraphrased: '≈ in your own words',
  missing: '✘ missing',
};

export function renderCoverageHtml(coverage: Coverage, documentName: string): string {
  const body: string[] = [`<h1>Capability coverage: ${escape(documentName)}</h1>`];
  if (!coverage.role) {
    body.push('<p>The job description has no framework role: set <code>role:</code> in the front matter, or use a framework job title.</p>');
  } else if (!coverage.own || coverage.role.kind === 'descriptor') {
    body.push(`<p>${escape(coverage.role.name)} (framework section ${escape(coverage.role.section)}) is a descriptor-only role: the framework lists no capability statements for it.</p>`);
  } else {
    body.push(
      `<p><strong>${escape(coverage.role.name)}</strong> (framework section ${escape(coverage.role.section)}): ${coverage.covered} of ${coverage.total} statements covered: ${escape(describeCounts(coverage.counts))}.</p>`,
    );
    body.push(...roleSection(coverage.own, null));
    for (const base of coverage.bases) body.push(...roleSection(base, `Builds on (framework section 2)${base.population ? `, for ${base.population.replace(/-/g, ' ')}` : ''}`));
    if (coverage.undecidedBases.length > 0) {
      body.push(
        '<p>Set <code>population:</code> to say which role this post builds on; until then, both are shown and neither is counted.</p>',
        ...coverage.undecidedBases.flatMap((base) => roleSection(base, `Builds on, for ${base.population?.replace(/-/g, ' ') ?? 'all'}`)),
      );
    }
  }
  body.push(...bulletTable('Bullets and duties that are another role’s statements', coverage.otherRole, true));
  body.push(...bulletTable('Bullets that match no framework statement', coverage.unrecognised, false));
  return page(body.join('\n'));
}

function roleSection(role: RoleCoverage, note: string | null): string[] {
  const out = [`<h2>${escape(role.role.name)} · ${role.covered}/${role.total}</h2>`];
  if (note) out.push(`<p class="note">${escape(note)}</p>`);
  for (const d of role.domains) {
    out.push(
      `<h3>${escape(d.domain.name)} <span class="counts">${escape(describeCounts(d, ' · '))}</span></h3>`,
      '<table><thead><tr><th>Id</th><th>Statement</th><th>Status</th><th>Line</th></tr></thead><tbody>',
      ...d.statements.map(
        (s) =>
          `<tr class="${s.status}"><td><code>${escape(s.entry.statement.id)}</code></td><td>${escape(s.entry.statement.text)}</td><td>${STATUS_LABEL[s.status]}</td><td>${s.bullets.map((b) => b.bullet.startLine + 1).join(', ')}</td></tr>`,
      ),
      '</tbody></table>',
    );
  }
  return out;
}

function bulletTable(title: string, bullets: readonly BulletAnalysis[], withMatch: boolean): string[] {
  if (bullets.length === 0) return [];
  return [
    `<h2>${escape(title)} (${bullets.length})</h2>`,
    `<table><thead><tr><th>Line</th><th>Bullet</th>${withMatch ? '<th>Matches</th>' : ''}</tr></thead><tbody>`,
    ...bullets.map((b) => {
      const match = b.match.best;
      const cell = withMatch && match ? `<td><code>${escape(match.statement.id)}</code> (${escape(describeMatch(match))})</td>` : withMatch ? '<td></td>' : '';
      return `<tr class="other"><td>${b.bullet.startLine + 1}</td><td>${escape(b.bullet.text)}</td>${cell}</tr>`;
    }),
    '</tbody></table>',
  ];
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

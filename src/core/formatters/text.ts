// Plain-text output in the shape ESLint's and markdownlint's compilers and
// editors recognise: `path:line:column severity message rule`, 1-based.
import type { FileReport, StreamFormatter, Summary } from './report';

/** One line per diagnostic; messages are kept to one line. */
export function formatTextFile(report: FileReport): string {
  return report.diagnostics
    .map((d) => {
      const message = d.message.replace(/\s*\n\s*/g, ' ');
      return `${report.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${message} ${d.rule}\n`;
    })
    .join('');
}

export function formatTextSummary(summary: Summary): string {
  const files = plural(summary.files, 'file');
  const problems = summary.errors + summary.warnings + summary.information + summary.hints;
  if (problems === 0) return `No problems found in ${files}.\n`;
  const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), `${summary.information} information`, plural(summary.hints, 'hint')];
  return `${plural(problems, 'problem')} (${counts.join(', ')}) in ${files}.\n`;
}

export const textFormatter: StreamFormatter = {
  begin: () => '',
  file: (report) => formatTextFile(report),
  end: (summary) => formatTextSummary(summary),
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

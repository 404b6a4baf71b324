// `--format compact`: one line per diagnostic in the shape ESLint's and
// markdownlint's compilers and editors recognise, `path:line:column severity
// message rule`, 1-based, then the summary line. Never coloured or wrapped, so
// it can be grepped and parsed.
import type { FileReport, StreamFormatter } from './report';
import { formatTextSummary } from './text';

/** One line per diagnostic; messages are kept to one line. */
export function formatCompactFile(report: FileReport): string {
  return report.diagnostics
    .map((d) => {
      const message = d.message.replace(/\s*\n\s*/g, ' ');
      return `${report.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${message} ${d.rule}\n`;
    })
    .join('');
}

export const compactFormatter: StreamFormatter = {
  begin: () => '',
  file: (report) => formatCompactFile(report),
  end: (summary, hidden) => formatTextSummary(summary, hidden),
};

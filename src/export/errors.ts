// One error type for everything that can stop an export, so the CLI and the
// editor can show it as it is: template problems name the file and line.

export interface SourceLocation {
  /** The file as the user knows it: a template path, a config file. */
  file: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
}

export class ExportError extends Error {
  constructor(
    /** What is wrong and what to do, without the location. */
    readonly problem: string,
    readonly location: SourceLocation | null = null,
  ) {
    super(location ? `${formatLocation(location)}: ${problem}` : problem);
    this.name = 'ExportError';
  }
}

/** The output file could not be written; `problem` says why in words. */
export class WriteError extends ExportError {
  constructor(
    readonly target: string,
    problem: string,
  ) {
    super(problem);
    this.message = describeExportError(this, (file) => file);
    this.name = 'WriteError';
  }
}

export function formatLocation({ file, line, column }: SourceLocation): string {
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}

/** The error's message with its file shown by `show` (e.g. relative to the working folder). */
export function describeExportError(err: ExportError, show: (file: string) => string): string {
  if (err instanceof WriteError) return `cannot write "${show(err.target)}": ${err.problem}`;
  return err.location
    ? `${formatLocation({ ...err.location, file: show(err.location.file) })}: ${err.problem}`
    : err.problem;
}

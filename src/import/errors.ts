/** Why a file cannot be imported, in words for the person importing it (the file is named by the caller). */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

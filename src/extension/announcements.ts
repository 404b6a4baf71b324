// Which configuration errors the user has been told about. A broken file or
// setting is announced once, not on every lint or save that reads it; once it
// is read without error, making a mistake there again is news again.

export class Announcements {
  /** The error last announced for each source (a config file's path, or a folder's settings). */
  private readonly shown = new Map<string, string>();

  /** Whether `error`, found in `source`, should be shown now; it is then taken as shown. */
  shouldAnnounce(source: string, error: string): boolean {
    if (this.shown.get(source) === error) return false;
    this.shown.set(source, error);
    return true;
  }

  /** `source` was read without error, or is gone. */
  fixed(source: string): void {
    this.shown.delete(source);
  }
}

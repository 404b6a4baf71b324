// What the extension's parts share, handed to each at activation (also to
// the Word export command, which another module registers).
import type { ConfigStore } from './config';
import type { Linter } from './diagnostics';
import type { ParsedDocuments } from './documents';

export interface Services {
  configs: ConfigStore;
  parsed: ParsedDocuments;
  linter: Linter;
}

// "Insert all missing": every capability statement the job description should
// list and does not, from its role and from the roles its role builds on
// (framework section 2: a senior worker's post must have all of the base
// role's capabilities). When `population` is not set and decides the base
// role but nothing shows which, the author names the population: its base
// role's statements are added and `population` is set, so the document no
// longer leaves the base role undecided.
import type { Coverage } from '../coverage';
import type { JdDocument } from '../document/parse';
import type { Framework, StatementEntry } from '../framework/load';
import type { Population } from '../framework/schema';
import { normalisedKey } from '../match/normalise';
import type { TextEdit } from '../types';
import { setField } from './front-matter-edits';
import { insertStatementsEdits } from './insert-statements';

export interface MissingInsertion {
  /** The statements added, one per bullet: a text shared by the role and a base role once. */
  statements: StatementEntry[];
  edits: TextEdit[];
}

/**
 * The missing statements of the role and the base roles that apply, and, when
 * coverage.undecidedBases is not empty, of the base role for `population`
 * (none without it).
 */
export function allMissingStatements(coverage: Coverage, population?: Population): StatementEntry[] {
  const chosen = population ? coverage.undecidedBases.filter((b) => b.population === population) : [];
  const seen = new Set<string>();
  return [coverage.own, ...coverage.bases, ...chosen]
    .flatMap((rc) => rc?.missing ?? [])
    .filter((entry) => {
      const key = normalisedKey(entry.statement.text);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The edits inserting allMissingStatements into `doc`, whose coverage it is, and setting `population` when it chose an undecided base role. */
export function insertAllMissingEdits(
  doc: JdDocument,
  framework: Framework,
  coverage: Coverage,
  population?: Population,
): MissingInsertion {
  const statements = allMissingStatements(coverage, population);
  const decides = population !== undefined && coverage.undecidedBases.some((b) => b.population === population);
  const populationEdit = decides ? setField(doc, 'population', population) : null;
  const edits = [...(populationEdit ? [populationEdit] : []), ...insertStatementsEdits(doc, framework, statements)];
  return { statements, edits };
}

// How a match reads to a person: the same words for hovers, messages and the coverage view.
import type { Attribution } from './matcher';

/** "exact", "92% similar wording" or "meaning match 64%" (a score of the meaning level, not a share of words). */
export function describeMatch(a: Pick<Attribution, 'kind' | 'score'>): string {
  const percent = Math.round(a.score * 100);
  if (a.kind === 'exact') return 'exact';
  return a.kind === 'wording' ? `${percent}% similar wording` : `meaning match ${percent}%`;
}

// How a match reads to a person: the same words for hovers, messages and the coverage view.
import type { Attribution } from './matcher';

/** "exact", "92% similar wording" or "same meaning, 64%". */
export function describeMatch(a: Pick<Attribution, 'kind' | 'score'>): string {
  const percent = Math.round(a.score * 100);
  if (a.kind === 'exact') return 'exact';
  return a.kind === 'wording' ? `${percent}% similar wording` : `same meaning, ${percent}%`;
}

// "Did you mean …?" suggestions: the candidates within a small edit distance
// of what the user typed. Case is ignored, so `caseLoad` suggests `caseload`.

/** Levenshtein distance between two strings or token sequences (two-row dynamic programme). */
export function editDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** A third of the input's length (at least 1): enough for typos and British/American spellings, not for different words. */
export function defaultMaxDistance(input: string): number {
  return Math.max(1, Math.floor(input.length / 3));
}

/**
 * The candidates nearest to `input` (ignoring case), if they are within
 * `maxDistance` edits; several only when equally near, in their given order.
 * An exact match (same text, same case) is not a suggestion and is left out.
 */
export function nearest(
  input: string,
  candidates: Iterable<string>,
  maxDistance = defaultMaxDistance(input),
): string[] {
  const key = input.toLowerCase();
  let best = maxDistance;
  let found: string[] = [];
  for (const candidate of candidates) {
    if (candidate === input) continue;
    // The difference in length bounds the distance from below: skip hopeless candidates cheaply.
    if (Math.abs(candidate.length - key.length) > best) continue;
    const distance = editDistance(key, candidate.toLowerCase());
    if (distance < best) found = [];
    if (distance <= best) {
      best = distance;
      found.push(candidate);
    }
  }
  return found;
}

/** The nearest candidate within `maxDistance` edits of `input` (ignoring case), or undefined. */
export function closest(input: string, candidates: Iterable<string>, maxDistance?: number): string | undefined {
  return nearest(input, candidates, maxDistance)[0];
}

// Text normalisation for comparing a bullet with framework statements: case,
// quotes, dashes, punctuation, markup and whitespace never decide a match.

/** Splits text into lower-case word tokens, ignoring punctuation and Markdown emphasis. */
export function tokenise(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A key equal for two texts exactly when they differ only in case, punctuation, quotes or spacing. */
export function normalisedKey(text: string): string {
  return tokenise(text).join(' ');
}

/** "1 error", "3 errors": a count with its noun, plural when it is not 1. */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}

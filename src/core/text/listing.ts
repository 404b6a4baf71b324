/**
 * "a, b and c" (or "a, b or c"). Three or more items take an Oxford comma
 * when one has an "and" or "or" of its own, so "medical workforce, leaders
 * and managers, and counsellor" reads as three items.
 */
export function listing(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  const comma = items.length > 2 && items.some((item) => /\b(?:and|or)\b/.test(item)) ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${comma} ${conjunction} ${last}`;
}

/** "DAW-2-01 to DAW-2-05, DAW-2-07" or "5.6 to 5.9, 7.1": runs of three or more consecutive numbers with one prefix joined. */
export function numberRanges(ids: readonly string[]): string {
  const number = (id: string) => Number(/(\d+)$/.exec(id)?.[1] ?? NaN);
  const prefix = (id: string) => id.replace(/\d+$/, '');
  const runs: string[][] = [];
  for (const id of ids) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (previous && prefix(previous) === prefix(id) && number(id) === number(previous) + 1) run.push(id);
    else runs.push([id]);
  }
  return runs.map((run) => (run.length > 2 ? `${run[0]} to ${run[run.length - 1]}` : run.join(', '))).join(', ');
}

// Which role a set of bullets points to, shared by the role inference
// (lint-context.ts) and the title-role-mismatch rule so both count alike.

export interface Leader<K, T> {
  key: K;
  /** The items that voted for it, in the order given. */
  voters: T[];
}

/**
 * The key most items vote for, with its voters; null when nobody votes. An
 * item votes once for each key it names (a text shared by several roles is
 * evidence for each). A tie goes to a `preferred` key, else to the key that
 * got its first vote first.
 */
export function mostVoted<K, T>(
  items: Iterable<T>,
  votesOf: (item: T) => Iterable<K>,
  preferred: ReadonlySet<K> = new Set(),
): Leader<K, T> | null {
  const votes = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(votesOf(item))) {
      const voters = votes.get(key);
      if (voters) voters.push(item);
      else votes.set(key, [item]);
    }
  }
  let leader: Leader<K, T> | null = null;
  for (const [key, voters] of votes) {
    const ahead = !leader || voters.length > leader.voters.length;
    const tiedAndPreferred =
      leader && voters.length === leader.voters.length && preferred.has(key) && !preferred.has(leader.key);
    if (ahead || tiedAndPreferred) leader = { key, voters };
  }
  return leader;
}

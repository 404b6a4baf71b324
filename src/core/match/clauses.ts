// The clauses of a capability statement after its first. Many statements join
// two capabilities: "able to provide one-to-one support … through keywork
// sessions …, and facilitate groups focused on … preventing relapse". A
// bullet restating the second ("Run relapse prevention groups") shares none
// of the statement's first words, which the meaning level asks of a bullet
// that covers little of a statement (meaning-index.ts, head terms); each later
// clause's first words are a head too.

/** Where a statement may start another capability: ", and ", "; and " or "; " before a verb. */
const JOIN = /(?:[,;]\s+and|;)\s+(?=[a-z])/;
/** The verb a statement opens with after "able to". */
const OPENING_VERB = /^able to ([a-z]+)/i;

/** The verbs the statements open with: a clause that starts with one is another capability, not an item of a list. */
export function openingVerbs(texts: Iterable<string>): Set<string> {
  const verbs = new Set<string>();
  for (const text of texts) {
    const verb = OPENING_VERB.exec(text)?.[1];
    if (verb) verbs.add(verb.toLowerCase());
  }
  return verbs;
}

/** The text's clauses after the first that open with one of `verbs`, in order. */
export function laterClauses(text: string, verbs: ReadonlySet<string>): string[] {
  return text
    .split(JOIN)
    .slice(1)
    .filter((clause) => verbs.has(/^[a-z]+/.exec(clause)![0]));
}

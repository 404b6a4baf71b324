// Meaning-level similarity between a bullet and the framework's statement
// texts: terms (see terms.ts) weighted by how rare they are across the
// statements (inverse document frequency), found through an inverted index so
// that only texts sharing a term with the bullet are scored.
//
// Score: a weighted F-measure of two coverages,
//   P = weight of the bullet's terms the statement has / weight of all the bullet's terms
//   R = weight of the statement's terms the bullet has / weight of all the statement's terms
// with β < 1 favouring P: a job-description bullet usually restates part of a
// long statement, but nearly all of a bullet should be explained by the
// statement it restates. Words no statement uses ("driving licence",
// "stationery") weigh the most, so bullets about other things stay low.
//
// A bullet that covers little of a statement must also share one of its head
// terms, the first content words after "able to" or "knowledge of", which
// say what the capability is: "a non-judgemental and compassionate approach" echoes the end
// of "able to build and maintain collaborative therapeutic relationships …
// while acting in a non-judgemental, compassionate manner" but does not restate it.

export interface MeaningCandidate {
  /** Index of the text, in the order given to the constructor. */
  index: number;
  score: number;
  /** Number of terms the bullet and the text share. */
  shared: number;
}

export class MeaningIndex {
  private readonly termIds = new Map<string, number>();
  private readonly idf: number[];
  /** term id → indices of the texts that have it. */
  private readonly postings: number[][];
  /** Σ idf of each text's terms. */
  private readonly mass: Float64Array;
  /** The weight of a term no statement has: that of a term in one text, and then some. */
  private readonly unknownWeight: number;
  private readonly accumulator: Float64Array;
  private readonly sharedCount: Int32Array;
  /** Per text, the ids of its first `headTerms` terms (none when `headTerms` is 0). */
  private readonly heads: Int32Array[];
  /** The texts the bullet being scored shares a term with, each once (one buffer for every bullet). */
  private readonly touched: Int32Array;
  /** Per term id, 1 while the bullet being scored has it. */
  private readonly inBullet: Uint8Array;

  /**
   * `terms` are the texts' terms by id; `texts`, each text's term ids in
   * order (matcher-index.ts); `headTerms`, how many of a text's first terms
   * are its head (0: none required).
   */
  constructor(terms: readonly string[], texts: readonly (readonly number[])[], headTerms: number) {
    terms.forEach((term, id) => this.termIds.set(term, id));
    this.postings = terms.map((): number[] => []);
    texts.forEach((ids, index) => {
      for (const id of ids) this.postings[id].push(index);
    });
    const n = texts.length;
    this.idf = this.postings.map((posting) => Math.log(1 + n / posting.length));
    this.unknownWeight = Math.log(1 + n);
    this.mass = Float64Array.from(texts, (ids) => ids.reduce((sum, id) => sum + this.idf[id], 0));
    this.accumulator = new Float64Array(n);
    this.sharedCount = new Int32Array(n);
    this.heads = texts.map((ids) => Int32Array.from(ids.slice(0, headTerms)));
    this.inBullet = new Uint8Array(terms.length);
    this.touched = new Int32Array(n);
  }

  /** The weight a term carries; terms no statement has weigh the most. */
  weight(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? this.unknownWeight : this.idf[id];
  }

  /**
   * Every text scoring at least `floor` with `beta`, sharing at least
   * `minShared` terms and `minCoverage` of its weight with the bullet, and a
   * head term unless it shares `headless` of its weight, best first.
   */
  score(
    terms: readonly string[],
    beta: number,
    floor: number,
    minShared: number,
    minCoverage: number,
    headless: number,
  ): MeaningCandidate[] {
    let bulletMass = 0;
    const acc = this.accumulator;
    const shared = this.sharedCount;
    const touched = this.touched;
    let touchedCount = 0;
    const ids: number[] = [];
    for (const term of terms) {
      const id = this.termIds.get(term);
      if (id === undefined) {
        bulletMass += this.unknownWeight;
        continue;
      }
      ids.push(id);
      const w = this.idf[id];
      bulletMass += w;
      for (const index of this.postings[id]) {
        if (shared[index] === 0) touched[touchedCount++] = index;
        acc[index] += w;
        shared[index]++;
      }
    }
    const b2 = beta * beta;
    const results: MeaningCandidate[] = [];
    for (const id of ids) this.inBullet[id] = 1;
    for (let t = 0; t < touchedCount; t++) {
      const index = touched[t];
      const common = acc[index];
      const count = shared[index];
      acc[index] = 0;
      shared[index] = 0;
      if (count < minShared) continue;
      const p = common / bulletMass;
      const r = common / this.mass[index];
      const score = ((1 + b2) * p * r) / (b2 * p + r);
      // The head is looked at last: few texts get this far.
      if (score < floor || r < minCoverage || (r < headless && !this.sharesHead(index))) continue;
      results.push({ index, score, shared: count });
    }
    for (const id of ids) this.inBullet[id] = 0;
    return results.sort((a, b) => b.score - a.score || a.index - b.index);
  }

  /** Whether the bullet being scored (marked in inBullet) has one of the text's head terms, or none is required. */
  private sharesHead(index: number): boolean {
    const head = this.heads[index];
    if (head.length === 0) return true;
    for (const id of head) if (this.inBullet[id] === 1) return true;
    return false;
  }
}

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
  /** Per statement term id (term-ids.ts), its weight; an id past the end is a term no statement has. */
  private readonly idf: Float64Array;
  /** Term id → the texts that have it, ascending: term i's from postingStarts[i] to postingStarts[i + 1]. */
  private readonly postings: Int32Array;
  private readonly postingStarts: Int32Array;
  /** Σ idf of each text's terms. */
  private readonly mass: Float64Array;
  /** The weight of a term no statement has: that of a term in one text, and then some. */
  private readonly unknownWeight: number;
  private readonly accumulator: Float64Array;
  private readonly sharedCount: Int32Array;
  /** The texts the bullet being scored shares a term with, each once (one buffer for every bullet). */
  private readonly touched: Int32Array;
  /** Per term id, 1 while the bullet being scored has it. */
  private readonly inBullet: Uint8Array;

  /**
   * `termCount` terms, by id; text i's term ids, in order, are `textTerms`
   * from termStarts[i] to termStarts[i + 1] (matcher-index.ts); its first
   * `headTerms` are its head (0: none required), and so are the first
   * `headTerms` terms of each of its later clauses (clauses.ts), laid out as
   * matcher-index.ts stores them.
   */
  constructor(
    termCount: number,
    private readonly textTerms: Int32Array,
    private readonly termStarts: Int32Array,
    private readonly headTerms: number,
    private readonly clauses: { terms: Int32Array; termStarts: Int32Array; textStarts: Int32Array },
  ) {
    // Indexed loops over locals: this runs once per session, in cold code, on the first lint.
    const n = termStarts.length - 1;
    // Postings by counting: how many texts have each term, where each term's list starts, then the lists.
    const starts = (this.postingStarts = new Int32Array(termCount + 1));
    for (let t = 0; t < textTerms.length; t++) starts[textTerms[t] + 1]++;
    for (let id = 0; id < termCount; id++) starts[id + 1] += starts[id];
    const postings = (this.postings = new Int32Array(textTerms.length));
    const filled = starts.slice(0, termCount);
    for (let index = 0; index < n; index++) {
      for (let t = termStarts[index]; t < termStarts[index + 1]; t++) postings[filled[textTerms[t]]++] = index;
    }
    const idf = (this.idf = new Float64Array(termCount));
    for (let id = 0; id < termCount; id++) idf[id] = Math.log(1 + n / (starts[id + 1] - starts[id]));
    this.unknownWeight = Math.log(1 + n);
    const mass = (this.mass = new Float64Array(n));
    for (let index = 0; index < n; index++) {
      let sum = 0;
      for (let t = termStarts[index]; t < termStarts[index + 1]; t++) sum += idf[textTerms[t]];
      mass[index] = sum;
    }
    this.accumulator = new Float64Array(n);
    this.sharedCount = new Int32Array(n);
    this.inBullet = new Uint8Array(termCount);
    this.touched = new Int32Array(n);
  }

  /**
   * Every text scoring at least `floor` with `beta`, sharing at least
   * `minShared` terms and `minCoverage` of its weight with the bullet, and a
   * head term unless it shares `headless` of its weight, best first. `terms`
   * are the bullet's distinct term ids (term-ids.ts).
   */
  score(
    terms: readonly number[],
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
    for (const id of terms) {
      if (id >= this.idf.length) {
        bulletMass += this.unknownWeight;
        continue;
      }
      ids.push(id);
      const w = this.idf[id];
      bulletMass += w;
      for (let p = this.postingStarts[id]; p < this.postingStarts[id + 1]; p++) {
        const index = this.postings[p];
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
    const start = this.termStarts[index];
    const end = Math.min(start + this.headTerms, this.termStarts[index + 1]);
    if (end === start) return true;
    for (let t = start; t < end; t++) if (this.inBullet[this.textTerms[t]] === 1) return true;
    const { terms, termStarts, textStarts } = this.clauses;
    for (let c = textStarts[index]; c < textStarts[index + 1]; c++) {
      const last = Math.min(termStarts[c] + this.headTerms, termStarts[c + 1]);
      for (let t = termStarts[c]; t < last; t++) if (this.inBullet[terms[t]] === 1) return true;
    }
    return false;
  }
}

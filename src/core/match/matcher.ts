// Matches a capability bullet against the framework's statements.
//
// Many statements are shared verbatim between roles, and many differ between
// roles by a few words, so the matcher works on distinct texts: each distinct
// normalised text is scored once and then attributed to a statement of the
// role the caller prefers whenever that role has an equally good text.
//
// Two levels, tried in turn:
// - Wording: word-level longest common subsequence as a Dice coefficient,
//   2·LCS / (|bullet| + |statement|). Adding, dropping or changing a few words
//   of a 20-word statement keeps it above 0.8; sentences that merely share the
//   sector's vocabulary stay far below the threshold.
// - Meaning, for bullets no statement's wording matches: stemmed terms and the
//   sector thesaurus weighted by rarity (meaning-index.ts), so that a statement
//   in the employer's own words ("carry out comprehensive assessments of each
//   client's substance use") still finds its statement.
import type { RoleId, ThesaurusData } from '../framework/schema';
import { buildMatcherIndex, type MatcherIndexData } from './matcher-index';
import { MeaningIndex, type MeaningCandidate } from './meaning-index';
import { buildPrefixPostings, fewestShared, MIN_COMMON_WORDS, type PrefixPostings } from './prefix-postings';
import { tokenise } from './normalise';
import { TermIds } from './term-ids';
import { TermAnalyser, type StemTable } from './terms';

export interface StatementRef {
  id: string;
  role: RoleId;
  domain: string;
  text: string;
}

/**
 * How a bullet matched: `exact`, the texts differ only in case, punctuation,
 * quotes or spacing; `wording`, a close copy of the statement's words;
 * `meaning`, the same content in other words.
 */
export type MatchKind = 'exact' | 'wording' | 'meaning';

export interface Attribution {
  statement: StatementRef;
  /** Similarity in [0, 1]; 1 for an exact match. Wording and meaning scores are on different scales. */
  score: number;
  kind: MatchKind;
  /** Every statement, of any role, whose text is the same as the attributed one. */
  sameText: StatementRef[];
}

export interface BulletMatch {
  /** The best match over all roles; on a tie, one from the preferred roles, else the first in framework order. */
  best: Attribution | null;
  /** The best match among the preferred roles, even when another role matches better. */
  own: Attribution | null;
}

/** Scores below this are not matches. Chosen on the labelled set in test/unit/matcher-labelled.test.ts. */
export const MATCH_THRESHOLD = 0.72;
/**
 * Once a bullet is known to be a framework statement (it matches some role's
 * text), a preferred-role text this similar still claims it: a shortened copy
 * of the role's own statement can sit closer to another role's shorter variant.
 */
export const OWN_ROLE_THRESHOLD = 0.6;
/** Settings of the meaning level. */
export interface MeaningSettings {
  /** The weight of the statement's coverage against the bullet's in the F-measure (meaning-index.ts). */
  beta: number;
  /** The score below which a bullet restates no statement. */
  threshold: number;
  /** How close to the best a preferred role's statement must come to be the one the bullet restates, */
  ownRatio: number;
  /** and the score it needs at least: once the bullet is known to restate some statement, its own role's may claim it below `threshold`. */
  ownFloor: number;
  /** How many terms a bullet must share with a statement. */
  minShared: number;
  /** The share of a statement's weight a bullet must have: a bullet that echoes one phrase of a long statement does not restate it. */
  minCoverage: number;
  /** How many of a statement's first terms say what it is about; a bullet must share one (0: any term will do). */
  headTerms: number;
  /** The share of a statement's weight above which a bullet needs none of its head terms. */
  headless: number;
}

/**
 * Chosen on the development half of test/fixtures/matcher/labelled-meaning.json
 * with scripts/tune-matcher.ts; test/unit/matcher-meaning.test.ts reports the
 * held-out half separately.
 */
export const MEANING_SETTINGS: Readonly<MeaningSettings> = {
  beta: 0.5,
  threshold: 0.3,
  ownRatio: 0.5,
  ownFloor: 0.2,
  minShared: 3,
  minCoverage: 0,
  headTerms: 3,
  headless: 0.4,
};
/** Results, and analyses (analyse), remembered before their memo is cleared. */
const MEMO_LIMIT = 5000;
/** Bullets' terms remembered for the rules that ask again (extraTerms, nearest) before that memo is cleared. */
const TERMS_LIMIT = 1000;
/** Scores this close count as equally good when attributing to a preferred role. */
const TIE_EPSILON = 1e-9;

/** A bullet prepared for scoring (see prepare); release it after. */
interface ScoringQuery {
  length: number;
  /** Its distinct known token ids, from the rarest to the commonest. */
  distinct: number[];
  /** Its known tokens counted with repeats. */
  knownCount: number;
  /** Per position, its token id, or -1 for a word no statement has. Shared: valid until the next prepare. */
  ids: Int32Array;
  /** 32-bit words per position mask (bit i: the bullet's token i). */
  words: number;
  /** Per distinct token (in `distinct` order), its position mask, indexed through maskOf; made by masksOf when an LCS is first needed. */
  masks: Uint32Array | null;
}

/** What the matcher finds for a text whatever roles are preferred (analyse). */
interface TextAnalysis {
  /** The distinct text it equals up to case and punctuation, if any. */
  exact: number | undefined;
  /** The texts its wording matches at MATCH_THRESHOLD, in framework order. */
  wording: { index: number; score: number }[];
  /** When it equals no text and its wording matches none: the meaning level's candidates, best first. */
  meaning: MeaningCandidate[] | null;
}

export class CapabilityMatcher {
  /**
   * Per distinct text (statements equal up to case and punctuation), its
   * statements; texts are numbered in framework order, and the arrays below
   * are by text number.
   */
  private readonly statementsOf: StatementRef[][];
  /** Every text's token ids, one text after another: text i's from tokenStarts[i] to tokenStarts[i + 1]. */
  private readonly tokens: Int32Array;
  private readonly tokenStarts: Int32Array;
  /** Every text's term ids for the meaning level (terms.ts), the same way. */
  private readonly textTerms: Int32Array;
  private readonly termStarts: Int32Array;
  /** By idsHash of their tokens, the texts with those tokens: a bullet equal to one up to case and punctuation has the same ids. */
  private readonly byIds = new Map<number, number[]>();
  /** Statement texts exactly as the framework writes them: most bullets are copies, found without tokenising. */
  private readonly byText = new Map<string, number>();
  /** Token → id; ids run from the rarest token to the commonest (matcher-index.ts). */
  private readonly vocabulary = new Map<string, number>();
  /** By threshold: which texts have each token among their prefix words for that threshold (see score, prefixPostingsFor). */
  private readonly prefixPostings = new Map<number, PrefixPostings>();
  /** Per text, its number of tokens. */
  private readonly lengths: Int32Array;
  /**
   * Every text's distinct token ids and how often each occurs, as pairs [id, count, …], the rarest token first;
   * text i's from countsStart[i] to countsStart[i + 1]. One array rather than one per text: scoring reads many texts' few pairs.
   */
  private readonly counts: Int32Array;
  private readonly countsStart: Int32Array;
  /** Per text, the last scoring round that read it (see score). */
  private readonly candidateOf: Int32Array;
  /** The candidates of the scoring round (one buffer for every round). */
  private readonly candidates: Int32Array;
  private round = 0;
  /** Per candidate text of a scoring round, where counting its shared words starts (see score): the place in its counts of the first word it shares with the bullet, and how many words it has before that. */
  private readonly firstPair: Int32Array;
  private readonly rarerWords: Int32Array;
  /** Per text, the bullet (query number) whose shared word count and LCS length it holds: the second pass (preferred roles, lower threshold) reuses them. */
  private readonly sharedFor: Int32Array;
  private readonly sharedOf: Int32Array;
  private readonly lcsOf: Int32Array;
  private query = 0;
  /** Per token id, how often the bullet being scored has it, and where its position mask is (-1: none); reset by release. */
  private readonly bulletCounts: Int32Array;
  private readonly maskOf: Int32Array;
  private lcsBits = new Uint32Array(4);
  private maskBits = new Uint32Array(256);
  private positionIds = new Int32Array(64);
  /** By bullet text, what it matches whatever roles are preferred, for texts matched with none preferred (analyse); up to MEMO_LIMIT. */
  private readonly analyses = new Map<string, TextAnalysis>();
  /** By roles key (rolesKey), then by bullet text; memoSize results in all. */
  private readonly memo = new Map<string, Map<string, BulletMatch>>();
  private memoSize = 0;
  private readonly termsMemo = new Map<string, number[]>();
  private readonly preferredKeys = new WeakMap<ReadonlySet<RoleId>, string>();
  /** By rolesKey: each lint makes its own set of the same few role combinations. */
  private readonly rolesTexts = new Map<string, Uint8Array>();
  /** The meaning level's terms as ids: the statements' terms first, in the index's order. */
  private readonly termIds: TermIds;
  private readonly meaning: MeaningIndex;

  constructor(
    statements: readonly StatementRef[],
    thesaurus: ThesaurusData,
    private readonly settings: Readonly<MeaningSettings> = MEANING_SETTINGS,
    /** Worked out in advance for these statements (framework-data): their words' stems (TermAnalyser) and their index (matcher-index.ts). */
    prepared: { stems?: StemTable; index?: MatcherIndexData } = {},
  ) {
    const analyser = new TermAnalyser(thesaurus, { stems: prepared.stems, phrases: prepared.index?.phrases });
    const index = prepared.index ?? buildMatcherIndex(statements, analyser);
    const { vocabulary } = index;
    // Indexed loops rather than callbacks: this runs once per session, in cold code, on the first lint.
    for (let id = 0; id < vocabulary.length; id++) this.vocabulary.set(vocabulary[id], id);
    this.tokens = int32(index.tokens);
    this.tokenStarts = int32(index.tokenStarts);
    const n = index.statements.length;
    this.statementsOf = [];
    this.lengths = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const positions = index.statements[i];
      const same: StatementRef[] = [];
      for (let k = 0; k < positions.length; k++) {
        const statement = statements[positions[k]];
        same.push(statement);
        this.byText.set(statement.text, i);
      }
      this.statementsOf.push(same);
      const start = this.tokenStarts[i];
      const end = this.tokenStarts[i + 1];
      this.lengths[i] = end - start;
      const hash = idsHash(this.tokens, start, end);
      const equal = this.byIds.get(hash);
      if (equal) equal.push(i);
      else this.byIds.set(hash, [i]);
    }
    this.counts = int32(index.counts);
    this.countsStart = int32(index.countStarts);
    this.candidateOf = new Int32Array(n);
    this.candidates = new Int32Array(n);
    this.firstPair = new Int32Array(n);
    this.rarerWords = new Int32Array(n);
    this.sharedFor = new Int32Array(n);
    this.sharedOf = new Int32Array(n);
    this.lcsOf = new Int32Array(n);
    this.bulletCounts = new Int32Array(vocabulary.length);
    this.maskOf = new Int32Array(vocabulary.length).fill(-1);
    this.textTerms = int32(index.textTerms);
    this.termStarts = int32(index.termStarts);
    this.termIds = new TermIds(index.terms, analyser, vocabulary.length);
    this.meaning = new MeaningIndex(index.terms.length, this.textTerms, this.termStarts, settings.headTerms, {
      terms: int32(index.clauseTerms),
      termStarts: int32(index.clauseTermStarts),
      textStarts: int32(index.textClauseStarts),
    });
    if (index.prefixPostings) {
      const { threshold, start, entries } = index.prefixPostings;
      this.prefixPostings.set(threshold, { start: int32(start), entries: int32(entries) });
    }
  }

  /**
   * How common a word (lower case, as tokenise gives it) is in the
   * statements: 0 when none has it, else its place, from 1, among their words
   * ordered by how many distinct statement texts have each (vocabulary ids).
   */
  commonness(word: string): number {
    return (this.vocabulary.get(word) ?? -1) + 1;
  }

  /** Number of distinct statement texts indexed. */
  get size(): number {
    return this.statementsOf.length;
  }

  /**
   * A statement's text as the framework writes it is a map lookup. Other
   * results are remembered (per text and preferred roles), as the editor
   * re-lints the whole document on every keystroke while only one bullet
   * changes. The result is shared: do not modify it.
   */
  match(text: string, preferred: ReadonlySet<RoleId> = new Set()): BulletMatch {
    const verbatim = this.byText.get(text);
    const exact = verbatim === undefined ? null : this.exactMatch(verbatim, preferred);
    return exact && settled(exact, preferred) ? exact : this.remembered(text, preferred);
  }

  /** The text whose tokens are exactly the bullet's, if any: the bullet equals it up to case and punctuation. */
  private sameTokens(query: ScoringQuery): number | undefined {
    // Only a bullet made of the statements' words can.
    if (query.knownCount !== query.length) return undefined;
    return this.byIds.get(idsHash(query.ids, 0, query.length))?.find((index) => {
      const start = this.tokenStarts[index];
      if (this.lengths[index] !== query.length) return false;
      for (let i = 0; i < query.length; i++) if (this.tokens[start + i] !== query.ids[i]) return false;
      return true;
    });
  }

  /** The match of a text that is the distinct text `index` (up to case and punctuation); `own` when a preferred role has it. */
  private exactMatch(index: number, preferred: ReadonlySet<RoleId>): BulletMatch {
    const sameText = this.statementsOf[index];
    const exact = attribute(sameText, 1, 'exact', preferred);
    return { best: exact, own: sameText.some((s) => preferred.has(s.role)) ? exact : null };
  }

  private compute(text: string, preferred: ReadonlySet<RoleId>): BulletMatch {
    const known = this.analyses.get(text);
    if (known) {
      let again: ScoringQuery | undefined;
      try {
        return this.attributeAnalysis(known, preferred, () => (again ??= this.prepare(tokenise(text))));
      } finally {
        if (again) this.release(again);
      }
    }
    const tokens = tokenise(text);
    const bullet = this.prepare(tokens);
    try {
      const analysis = this.analyse(text, tokens, bullet);
      // With no role preferred the caller is finding the document's role, and will ask again for that role.
      if (preferred.size === 0) {
        if (this.analyses.size >= MEMO_LIMIT) this.analyses.clear();
        this.analyses.set(text, analysis);
      }
      return this.attributeAnalysis(analysis, preferred, () => bullet);
    } finally {
      this.release(bullet);
    }
  }

  /**
   * What the bullet matches whatever roles are preferred. Remembered when no
   * role is preferred (analyses): a document without a role is matched once
   * so, to find its role (LintContext), and then again for that role.
   */
  private analyse(text: string, tokens: string[], bullet: ScoringQuery): TextAnalysis {
    const exact = this.sameTokens(bullet);
    const wording = this.score(bullet, MATCH_THRESHOLD);
    if (exact !== undefined || wording.length > 0) return { exact, wording, meaning: null };
    const { beta, threshold, ownFloor, minShared, minCoverage, headless } = this.settings;
    const terms = this.bulletTerms(text, tokens, bullet.ids);
    return {
      exact,
      wording,
      meaning: this.meaning.score(terms, beta, Math.min(threshold, ownFloor), minShared, minCoverage, headless),
    };
  }

  /** The match for the preferred roles; `query` gives the bullet prepared, when a second pass over their texts needs it. */
  private attributeAnalysis(
    analysis: TextAnalysis,
    preferred: ReadonlySet<RoleId>,
    query: () => ScoringQuery,
  ): BulletMatch {
    const exact = analysis.exact === undefined ? null : this.exactMatch(analysis.exact, preferred);
    if (exact && settled(exact, preferred)) return exact;
    const fuzzy = this.attributeFuzzy(analysis.wording, preferred, query);
    // Exactly another role's wording: the preferred role may still have a close variant.
    if (exact) return { best: exact.best, own: fuzzy.own };
    return fuzzy.best || !analysis.meaning ? fuzzy : this.byMeaning(analysis.meaning, preferred);
  }

  /**
   * The statement of `roles` nearest in meaning to the text, however weakly, or
   * null when none shares a term with it: what a fix can offer in place of
   * another role's statement. Not remembered: fixes are asked for rarely.
   */
  nearest(text: string, roles: ReadonlySet<RoleId>): StatementRef | null {
    const candidates = this.meaning.score(this.bulletTerms(text), this.settings.beta, 0, 1, 0, 0);
    const found = candidates.find((c) => this.statementsOf[c.index].some((s) => roles.has(s.role)));
    return found ? this.statementsOf[found.index].find((s) => roles.has(s.role))! : null;
  }

  /**
   * The bullet's terms (stems and thesaurus concepts) that the statement does
   * not have: what the employer's wording adds to the framework's.
   */
  extraTerms(bulletText: string, statementText: string): string[] {
    const index = this.byText.get(statementText);
    const statement = new Set(
      index === undefined
        ? this.termIds.termsOf(tokenise(statementText), null)
        : this.textTerms.subarray(this.termStarts[index], this.termStarts[index + 1]),
    );
    return this.bulletTerms(bulletText)
      .filter((id) => !statement.has(id))
      .map((id) => this.termIds.name(id));
  }

  /**
   * The bullet's term ids, remembered for a while: the rules ask again for
   * bullets the match has just analysed. `tokens` and their vocabulary ids
   * when the bullet is prepared (see prepare).
   */
  private bulletTerms(text: string, tokens?: string[], vocabularyIds?: ArrayLike<number>): number[] {
    let terms = this.termsMemo.get(text);
    if (!terms) {
      if (this.termsMemo.size >= TERMS_LIMIT) {
        this.termsMemo.clear();
        // No term ids are held now but the ones the memo held.
        this.termIds.trim();
      }
      terms = this.termIds.termsOf(tokens ?? tokenise(text), vocabularyIds ?? null);
      this.termsMemo.set(text, terms);
    }
    return terms;
  }

  /** Which texts the roles have a statement with, 1 or 0 by text; remembered per combination of roles. */
  private textsOf(roles: ReadonlySet<RoleId>): Uint8Array {
    const key = this.rolesKey(roles);
    let marked = this.rolesTexts.get(key);
    if (!marked) {
      marked = Uint8Array.from(this.statementsOf, (same) => (same.some((s) => roles.has(s.role)) ? 1 : 0));
      this.rolesTexts.set(key, marked);
    }
    return marked;
  }

  /** The roles as a string, the same for equal sets. */
  private rolesKey(roles: ReadonlySet<RoleId>): string {
    let key = this.preferredKeys.get(roles);
    if (key === undefined) this.preferredKeys.set(roles, (key = [...roles].sort().join(' ')));
    return key;
  }

  /** The result for the text as written, remembered per combination of preferred roles, else computed. */
  private remembered(text: string, preferred: ReadonlySet<RoleId>): BulletMatch {
    const rolesKey = this.rolesKey(preferred);
    let memo = this.memo.get(rolesKey);
    const seen = memo?.get(text);
    if (seen) return seen;
    // A crude bound: documents being edited produce a few new texts per keystroke.
    if (this.memoSize >= MEMO_LIMIT) {
      this.memo.clear();
      this.memoSize = 0;
      memo = undefined;
    }
    if (!memo) this.memo.set(rolesKey, (memo = new Map<string, BulletMatch>()));
    const result = this.compute(text, preferred);
    memo.set(text, result);
    this.memoSize++;
    return result;
  }

  private attributeFuzzy(
    matches: readonly { index: number; score: number }[],
    preferred: ReadonlySet<RoleId>,
    query: () => ScoringQuery,
  ): BulletMatch {
    if (matches.length === 0) return { best: null, own: null };
    const isPreferred = (c: { index: number }) => this.statementsOf[c.index].some((s) => preferred.has(s.role));
    const top = Math.max(...matches.map((c) => c.score));
    const tied = matches.filter((c) => c.score > top - TIE_EPSILON);
    const best = tied.find(isPreferred) ?? tied[0];
    // Only the preferred roles' texts may claim the bullet below MATCH_THRESHOLD: only theirs are scored down to
    // OWN_ROLE_THRESHOLD, which is needed only when none of them reaches MATCH_THRESHOLD (one that does beats them all).
    const ownMatches = matches.filter(isPreferred);
    const ownScored =
      ownMatches.length > 0 || preferred.size === 0 ? ownMatches : this.ownRoleMatches(query, preferred);
    const own = ownScored.reduce<(typeof ownScored)[number] | null>((a, c) => (!a || c.score > a.score ? c : a), null);
    return {
      best: attribute(this.statementsOf[best.index], best.score, 'wording', preferred),
      own: own ? attribute(this.statementsOf[own.index], own.score, 'wording', preferred) : null,
    };
  }

  /**
   * The preferred roles' texts the bullet's wording matches down to
   * OWN_ROLE_THRESHOLD. `query` gives the bullet prepared (compute releases it).
   */
  private ownRoleMatches(
    query: () => ScoringQuery,
    preferred: ReadonlySet<RoleId>,
  ): { index: number; score: number }[] {
    return this.score(query(), Math.min(MATCH_THRESHOLD, OWN_ROLE_THRESHOLD), this.textsOf(preferred));
  }

  /**
   * The statement the bullet restates in other words. A preferred role's
   * statement nearly as good as the best is the one meant (roles share many
   * statements in slightly different words); when the preferred roles have
   * nothing close, the bullet is another role's.
   */
  private byMeaning(candidates: readonly MeaningCandidate[], preferred: ReadonlySet<RoleId>): BulletMatch {
    const { threshold, ownRatio, ownFloor } = this.settings;
    const top = candidates[0];
    if (!top || top.score < threshold) return { best: null, own: null };
    const isPreferred = (c: MeaningCandidate) => this.statementsOf[c.index].some((s) => preferred.has(s.role));
    const ownCandidate = candidates.find(isPreferred);
    const own = ownCandidate && ownCandidate.score >= Math.max(ownFloor, top.score * ownRatio) ? ownCandidate : null;
    const toAttribution = (c: MeaningCandidate) => attribute(this.statementsOf[c.index], c.score, 'meaning', preferred);
    const ownAttribution = own ? toAttribution(own) : null;
    return { best: ownAttribution ?? toAttribution(top), own: ownAttribution };
  }

  /**
   * Indexes the bullet's tokens for scoring: their ids and how often each
   * known one occurs (bulletCounts). The per-token arrays are shared: release
   * the query after.
   */
  private prepare(words: readonly string[]): ScoringQuery {
    const n = words.length;
    const distinct: number[] = [];
    if (this.positionIds.length < n) this.positionIds = new Int32Array(2 * n);
    const ids = this.positionIds;
    let knownCount = 0;
    for (let i = 0; i < n; i++) {
      const id = this.vocabulary.get(words[i]) ?? -1;
      ids[i] = id;
      if (id < 0) continue;
      knownCount++;
      if (this.bulletCounts[id]++ === 0) distinct.push(id);
    }
    // Rarest first, that is by id: an insertion sort in place (a bullet has a few dozen distinct words).
    for (let i = 1; i < distinct.length; i++) {
      const id = distinct[i];
      let j = i - 1;
      for (; j >= 0 && distinct[j] > id; j--) distinct[j + 1] = distinct[j];
      distinct[j + 1] = id;
    }
    this.query++;
    return { length: n, distinct, knownCount, ids, words: Math.max(1, Math.ceil(n / 32)), masks: null };
  }

  /** The bullet's position masks for the bit-parallel LCS, made on first use: most bullets need none. */
  private masksOf(query: ScoringQuery): Uint32Array {
    if (query.masks) return query.masks;
    const { distinct, words: size } = query;
    // One buffer for every bullet: a typed array per bullet is costly to allocate and to collect.
    if (this.maskBits.length < distinct.length * size) this.maskBits = new Uint32Array(2 * distinct.length * size);
    const masks = this.maskBits.fill(0, 0, distinct.length * size);
    for (let k = 0; k < distinct.length; k++) this.maskOf[distinct[k]] = k * size;
    for (let at = 0; at < query.length; at++) {
      const id = query.ids[at];
      if (id >= 0) masks[this.maskOf[id] + (at >>> 5)] |= 1 << (at & 31);
    }
    return (query.masks = masks);
  }

  private release(query: ScoringQuery): void {
    for (const id of query.distinct) {
      this.bulletCounts[id] = 0;
      this.maskOf[id] = -1;
    }
  }

  /**
   * Every distinct text scoring at or above `threshold` (of those marked in `only`), in framework order.
   *
   * Candidates are pruned before any LCS. A text of s words scores at least
   * `threshold` against the bullet's n words only if they share at least
   * k = threshold·n / (2 − threshold) words (the LCS is at most the words
   * shared, which are at most s) and s lies within [k, n·(2 − threshold) / threshold];
   * for the same reason they share at least a = threshold·s / (2 − threshold).
   * Two word lists sharing k words, each in the order from the rarest word to
   * the commonest, share a word among the first m − k + 1 of one (m words)
   * and the first s − a + 1 of the other (prefix filtering, words counted
   * with repeats). So only the postings of the bullet's rarest words are
   * read, and they list only the texts that have the word among their own
   * rarest (prefixPostingsFor): "able", "to" and "support" lead nowhere.
   * Where a text is first met, neither side has a rarer word the other has
   * (it would have been met there), so the words they share are this one and
   * at most those after it on the side with fewer left (positional
   * filtering, Xiao et al. 2008), and counting the shared words starts there.
   * Once the text's length is known, it must share threshold·(n + s) / 2
   * words (sharedNeeded), far more than k when s is close to n.
   */
  private score(query: ScoringQuery, threshold: number, only?: Uint8Array): { index: number; score: number }[] {
    const n = query.length;
    const need = fewestShared(threshold, n);
    if (query.knownCount < need) return [];
    const longest = (n * (2 - threshold)) / threshold + 1e-9;
    const round = ++this.round;
    const { start, entries } = this.prefixPostingsFor(threshold);
    let candidates = 0;
    // The rarest known tokens, with repeats, until knownCount − need + 1 are read.
    for (let k = 0, read = 0; read <= query.knownCount - need; k++) {
      const id = query.distinct[k];
      const inBullet = this.bulletCounts[id];
      const bulletAfter = query.knownCount - read - inBullet;
      read += inBullet;
      for (let p = start[id], end = start[id + 1]; p < end; p += 4) {
        const index = entries[p];
        if (this.candidateOf[index] === round) continue;
        this.candidateOf[index] = round;
        const length = this.lengths[index];
        if (length < need || length > longest || (only && only[index] !== 1)) continue;
        const rarer = entries[p + 2];
        const inText = entries[p + 3];
        const needed = sharedNeeded(threshold, n + length);
        if (Math.min(inBullet, inText) + Math.min(bulletAfter, length - rarer - inText) < needed) continue;
        this.firstPair[index] = entries[p + 1];
        this.rarerWords[index] = rarer;
        this.candidates[candidates++] = index;
      }
    }
    // In framework order, by an insertion sort: few candidates are left.
    const order = this.candidates;
    for (let i = 1; i < candidates; i++) {
      const index = order[i];
      let j = i - 1;
      for (; j >= 0 && order[j] > index; j--) order[j + 1] = order[j];
      order[j + 1] = index;
    }
    const results: { index: number; score: number }[] = [];
    for (let c = 0; c < candidates; c++) {
      const index = order[c];
      const length = this.lengths[index];
      if (this.sharedFor[index] !== this.query) {
        // From the first word shared, stopping once those left cannot make up the words needed.
        const counts = this.counts;
        const needed = sharedNeeded(threshold, n + length);
        let shared = 0;
        let left = length - this.rarerWords[index];
        for (
          let i = this.firstPair[index], end = this.countsStart[index + 1];
          i < end && shared + left >= needed;
          i += 2
        ) {
          left -= counts[i + 1];
          shared += Math.min(this.bulletCounts[counts[i]], counts[i + 1]);
        }
        if (shared + left < needed) continue;
        this.sharedFor[index] = this.query;
        this.sharedOf[index] = shared;
        this.lcsOf[index] = -1;
      }
      const shared = this.sharedOf[index];
      const total = n + length;
      if (shared < MIN_COMMON_WORDS || (2 * shared) / total < threshold) continue;
      if (this.lcsOf[index] < 0) this.lcsOf[index] = this.lcsLength(query, index);
      const score = (2 * this.lcsOf[index]) / total;
      if (score >= threshold) results.push({ index, score });
    }
    return results;
  }

  /** The prefix postings for `threshold` (prefix-postings.ts): stored with the index, or built on first use. */
  private prefixPostingsFor(threshold: number): PrefixPostings {
    let postings = this.prefixPostings.get(threshold);
    if (!postings) {
      postings = buildPrefixPostings(threshold, this.vocabulary.size, this.counts, this.countsStart, this.lengths);
      this.prefixPostings.set(threshold, postings);
    }
    return postings;
  }

  /**
   * Length of the longest common subsequence of the bullet and a text's
   * tokens, bit-parallel (Hyyrö 2004): V has a bit per bullet position, and
   * each text token updates all of them at once, V ← (V + U) | (V − U) with
   * U = V & mask(token). The LCS is the number of positions whose bit is clear.
   */
  private lcsLength(query: ScoringQuery, index: number): number {
    const size = query.words;
    const masks = this.masksOf(query);
    const v = this.lcsBits.length >= size ? this.lcsBits : (this.lcsBits = new Uint32Array(size));
    v.fill(0xffffffff, 0, size);
    for (let t = this.tokenStarts[index]; t < this.tokenStarts[index + 1]; t++) {
      const at = this.maskOf[this.tokens[t]];
      if (at < 0) continue;
      let carry = 0;
      for (let w = 0; w < size; w++) {
        const before = v[w];
        const u = (before & masks[at + w]) >>> 0;
        // U's bits are a subset of V's, so V − U is V & ~U and never borrows.
        const sum = before + u + carry;
        carry = sum > 0xffffffff ? 1 : 0;
        v[w] = sum | 0 | (before & ~u);
      }
    }
    let set = 0;
    for (let i = 0; i < query.length; i++) set += (v[i >>> 5] >>> (i & 31)) & 1;
    return query.length - set;
  }
}

/**
 * The list as an Int32Array: a stored index is read into Int32Arrays already
 * (matcher-index.ts), and the matcher never writes to them, so they are not
 * copied again.
 */
function int32(list: ArrayLike<number>): Int32Array {
  return list instanceof Int32Array ? list : Int32Array.from(list);
}

/** A hash of the token ids from `start` to `end`. */
function idsHash(ids: ArrayLike<number>, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + ids[i]) | 0;
  return hash;
}

/**
 * The fewest words a bullet and a text with `total` words between them share
 * when they score `threshold`: 2·LCS / total ≥ threshold and the LCS is at
 * most the words shared. Rounded down a hair, so that it never asks for more.
 */
function sharedNeeded(threshold: number, total: number): number {
  return Math.max(MIN_COMMON_WORDS, Math.ceil((threshold * total) / 2 - 1e-9));
}

/** An exact match needs no further search when no role is preferred or a preferred role has the text. */
function settled(exact: BulletMatch, preferred: ReadonlySet<RoleId>): boolean {
  return preferred.size === 0 || exact.own !== null;
}

function attribute(
  statements: StatementRef[],
  score: number,
  kind: MatchKind,
  preferred: ReadonlySet<RoleId>,
): Attribution {
  const statement = statements.find((s) => preferred.has(s.role)) ?? statements[0];
  return { statement, score, kind, sameText: statements };
}

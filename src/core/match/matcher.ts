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
import { MeaningIndex, type MeaningCandidate } from './meaning-index';
import { tokenise } from './normalise';
import { TermAnalyser } from './terms';

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
  /** The best match over all roles; on a tie, one from the preferred roles. */
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
/** Bullets need this many words in common with a statement before they can match it at all. */
const MIN_COMMON_WORDS = 4;
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
/** Fuzzy results remembered before the memo is cleared. */
const MEMO_LIMIT = 5000;
/** Scores this close count as equally good when attributing to a preferred role. */
const TIE_EPSILON = 1e-9;

interface DistinctText {
  tokens: Int32Array;
  statements: StatementRef[];
}

export class CapabilityMatcher {
  private readonly texts: DistinctText[] = [];
  private readonly byKey = new Map<string, number>();
  /** Statement texts exactly as the framework writes them: most bullets are copies, found without tokenising. */
  private readonly byText = new Map<string, number>();
  private readonly vocabulary = new Map<string, number>();
  /** token id → list of [text index, occurrences] pairs, flattened. */
  private readonly postings: number[][] = [];
  private readonly accumulator: Int32Array;
  private readonly memo = new Map<string, BulletMatch>();
  private readonly analyser: TermAnalyser;
  private readonly meaning: MeaningIndex;

  constructor(
    statements: readonly StatementRef[],
    thesaurus: ThesaurusData,
    private readonly settings: Readonly<MeaningSettings> = MEANING_SETTINGS,
  ) {
    for (const statement of statements) {
      const tokens = tokenise(statement.text);
      const key = tokens.join(' ');
      const existing = this.byKey.get(key);
      if (existing !== undefined) {
        this.texts[existing].statements.push(statement);
        this.byText.set(statement.text, existing);
        continue;
      }
      const index = this.texts.length;
      this.byKey.set(key, index);
      this.byText.set(statement.text, index);
      const ids = Int32Array.from(tokens, (t) => this.tokenId(t));
      this.texts.push({ tokens: ids, statements: [statement] });
      const counts = new Map<number, number>();
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      for (const [id, count] of counts) this.postings[id].push(index, count);
    }
    this.accumulator = new Int32Array(this.texts.length);
    this.analyser = new TermAnalyser(thesaurus);
    this.meaning = new MeaningIndex(
      this.texts.map((t) => this.analyser.terms(t.statements[0].text)),
      settings.headTerms,
    );
  }

  /** Number of distinct statement texts indexed. */
  get size(): number {
    return this.texts.length;
  }

  /**
   * Exact texts are a map lookup. Fuzzy results are remembered (per text and
   * preferred roles), as the editor re-lints the whole document on every
   * keystroke while only one bullet changes. The result is shared: do not modify it.
   */
  match(text: string, preferred: ReadonlySet<RoleId> = new Set()): BulletMatch {
    const verbatimIndex = this.byText.get(text);
    const words = verbatimIndex === undefined ? tokenise(text) : null;
    const exactIndex = verbatimIndex ?? this.byKey.get(words!.join(' '));
    let exact: Attribution | null = null;
    if (exactIndex !== undefined) {
      const sameText = this.texts[exactIndex].statements;
      exact = attribute(sameText, 1, 'exact', preferred);
      if (preferred.size === 0) return { best: exact, own: null };
      if (sameText.some((s) => preferred.has(s.role))) return { best: exact, own: exact };
    }
    const tokens = words ?? tokenise(text);
    return this.remembered(tokens.join(' '), preferred, () => {
      const fuzzy = this.fuzzy(tokens, preferred);
      // Exactly another role's wording: the preferred role may still have a close variant.
      if (exact) return { best: exact, own: fuzzy.own };
      return fuzzy.best ? fuzzy : this.byMeaning(text, preferred);
    });
  }

  /**
   * The statement of `roles` nearest in meaning to the text, however weakly, or
   * null when none shares a term with it: what a fix can offer in place of
   * another role's statement. Not remembered: fixes are asked for rarely.
   */
  nearest(text: string, roles: ReadonlySet<RoleId>): StatementRef | null {
    const candidates = this.meaning.score(this.analyser.terms(text), this.settings.beta, 0, 1, 0, 0);
    const found = candidates.find((c) => this.texts[c.index].statements.some((s) => roles.has(s.role)));
    return found ? this.texts[found.index].statements.find((s) => roles.has(s.role))! : null;
  }

  /**
   * The bullet's terms (stems and thesaurus concepts) that the statement does
   * not have: what the employer's wording adds to the framework's.
   */
  extraTerms(bulletText: string, statementText: string): string[] {
    const statement = new Set(this.analyser.terms(statementText));
    return this.analyser.terms(bulletText).filter((t) => !statement.has(t));
  }

  private remembered(key: string, preferred: ReadonlySet<RoleId>, compute: () => BulletMatch): BulletMatch {
    const memoKey = `${[...preferred].sort().join(' ')}\n${key}`;
    let result = this.memo.get(memoKey);
    if (!result) {
      // A crude bound: documents being edited produce a few new texts per keystroke.
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      result = compute();
      this.memo.set(memoKey, result);
    }
    return result;
  }

  private fuzzy(words: string[], preferred: ReadonlySet<RoleId>): BulletMatch {
    const scored = this.score(words, Math.min(MATCH_THRESHOLD, OWN_ROLE_THRESHOLD));
    const matches = scored.filter((c) => c.score >= MATCH_THRESHOLD);
    if (matches.length === 0) return { best: null, own: null };
    const isPreferred = (c: { index: number }) => this.texts[c.index].statements.some((s) => preferred.has(s.role));
    const top = Math.max(...matches.map((c) => c.score));
    const tied = matches.filter((c) => c.score > top - TIE_EPSILON);
    const best = tied.find(isPreferred) ?? tied[0];
    const own = scored.filter(isPreferred).reduce<(typeof scored)[number] | null>((a, c) => (!a || c.score > a.score ? c : a), null);
    return {
      best: attribute(this.texts[best.index].statements, best.score, 'wording', preferred),
      own: own ? attribute(this.texts[own.index].statements, own.score, 'wording', preferred) : null,
    };
  }

  /**
   * The statement the bullet restates in other words. A preferred role's
   * statement nearly as good as the best is the one meant (roles share many
   * statements in slightly different words); when the preferred roles have
   * nothing close, the bullet is another role's.
   */
  private byMeaning(text: string, preferred: ReadonlySet<RoleId>): BulletMatch {
    const { beta, threshold, ownRatio, ownFloor, minShared, minCoverage, headless } = this.settings;
    const candidates = this.meaning.score(this.analyser.terms(text), beta, Math.min(threshold, ownFloor), minShared, minCoverage, headless);
    const top = candidates[0];
    if (!top || top.score < threshold) return { best: null, own: null };
    const isPreferred = (c: MeaningCandidate) => this.texts[c.index].statements.some((s) => preferred.has(s.role));
    const ownCandidate = candidates.find(isPreferred);
    const own = ownCandidate && ownCandidate.score >= Math.max(ownFloor, top.score * ownRatio) ? ownCandidate : null;
    const toAttribution = (c: MeaningCandidate) => attribute(this.texts[c.index].statements, c.score, 'meaning', preferred);
    const ownAttribution = own ? toAttribution(own) : null;
    return { best: ownAttribution ?? toAttribution(top), own: ownAttribution };
  }

  /** Every distinct text scoring at or above `threshold`. */
  private score(words: string[], threshold: number): { index: number; score: number }[] {
    if (words.length === 0) return [];
    const counts = new Map<number, number>();
    for (const word of words) {
      const id = this.vocabulary.get(word);
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    // Upper bound on the LCS of each text: the words they share, counted with multiplicity.
    const acc = this.accumulator;
    const touched: number[] = [];
    for (const [id, count] of counts) {
      const posting = this.postings[id];
      for (let i = 0; i < posting.length; i += 2) {
        const index = posting[i];
        if (acc[index] === 0) touched.push(index);
        acc[index] += Math.min(count, posting[i + 1]);
      }
    }
    const bulletIds = Int32Array.from(words, (w) => this.vocabulary.get(w) ?? -1);
    const results: { index: number; score: number }[] = [];
    for (const index of touched) {
      const shared = acc[index];
      acc[index] = 0;
      const tokens = this.texts[index].tokens;
      const total = bulletIds.length + tokens.length;
      if (shared < MIN_COMMON_WORDS || (2 * shared) / total < threshold) continue;
      const score = (2 * lcsLength(bulletIds, tokens)) / total;
      if (score >= threshold) results.push({ index, score });
    }
    return results;
  }

  private tokenId(token: string): number {
    let id = this.vocabulary.get(token);
    if (id === undefined) {
      id = this.vocabulary.size;
      this.vocabulary.set(token, id);
      this.postings.push([]);
    }
    return id;
  }
}

function attribute(statements: StatementRef[], score: number, kind: MatchKind, preferred: ReadonlySet<RoleId>): Attribution {
  const statement = statements.find((s) => preferred.has(s.role)) ?? statements[0];
  return { statement, score, kind, sameText: statements };
}

/** Length of the longest common subsequence of two token sequences (two-row dynamic programme). */
function lcsLength(a: Int32Array, b: Int32Array): number {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const token = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      current[j] = token === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

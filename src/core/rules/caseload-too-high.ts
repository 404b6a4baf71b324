import { getFramework } from '../framework/load';
import type { GuidanceData } from '../framework/schema';
import type { LintContext } from '../lint-context';
import { statedCaseloads } from '../text/caseload-in-prose';
import { lowerFirst } from '../text/case';
import { documentText } from '../text/document-text';
import { affirmedAboutThePost } from '../text/post-prose';
import { lazily } from '../lazy';
import type { Range } from '../types';
import { listing } from '../text/listing';
import { roleNames } from '../coverage';
import type { Finding, Rule } from './rule';

/** A caseload the document states: the front-matter field, or a number in the text. */
interface Stated {
  value: number;
  /** For the message: the number, or "up to 55" for a range such as "45–55". */
  written: string;
  range: Range;
  where: 'field' | 'text';
}

export const rule: Rule = {
  id: 'caseload-too-high',
  defaultSeverity: 'warning',
  get summary() {
    const { max, lower } = getFramework().guidance.caseload;
    return `The caseload, in the front matter or stated in the text, is above ${max}, or ${max} or more for ${lowerCaseloadPosts(lower)}.`;
  },
  get rationale() {
    const { max, source, lower } = getFramework().guidance.caseload;
    return (
      `The workforce plan (section ${source.ref}) says good practice is a caseload of ${max} or less, and (${lower.source.ref}) that caseloads need to be lower for ${lowerCaseloadPosts(lower)}. ` +
      'High caseloads reduce the quality of care and drive burnout. Applicants read the caseload in the text as much as in the front matter, so both are checked. A post is outreach work when its `setting` field, its title or its text ("our street outreach team") says so.'
    );
  },
  get sources() {
    const { source, lower } = getFramework().guidance.caseload;
    return [source, lower.source];
  },
  fixesOffered: [],
  check(context) {
    const guidance = context.framework.guidance.caseload;
    const { max: configuredMax, lowerMax: configuredLowerMax } = context.config.caseload;
    const max = configuredMax ?? guidance.max;
    const lowerMax = configuredLowerMax ?? max;
    // A limit the configuration sets is the organisation's, not the plan's: say so, and give the plan's beside it.
    const maxSetting = configuredMax === undefined || configuredMax === guidance.max ? null : 'caseload.max';
    const lowerMaxSetting = configuredLowerMax !== undefined ? 'caseload.lowerMax' : maxSetting;
    const planSays = `the workforce plan (section ${guidance.source.ref}) says good practice is a caseload of ${guidance.max} or less, depending on complexity`;
    // Read once, and only for a caseload one of the limits could find too high: it may mean scanning the text.
    const lowerReasonOnce = lazily(() => lowerReason(context, guidance.lower));
    const fieldValue = context.fields.caseload;
    const findings: Finding[] = [];
    for (const stated of statedIn(context)) {
      if (stated.value < lowerMax && stated.value <= max) continue;
      const lowerBecause = lowerReasonOnce();
      // Where the text and the front matter differ, applicants cannot tell which holds.
      const differs =
        stated.where === 'text' && fieldValue !== undefined && fieldValue !== stated.value
          ? ` The front matter gives a caseload of ${fieldValue}; make the two agree.`
          : '';
      if (lowerBecause) {
        if (stated.value < lowerMax) continue;
        findings.push({
          message:
            `A caseload of ${stated.written} is too high for ${lowerBecause}: the workforce plan (${guidance.lower.source.ref}) says they need to be lower than the ${guidance.max} or less that is good practice for other posts (section ${guidance.source.ref}). ` +
            `Reduce it below ${lowerMax}${configuredBy(lowerMaxSetting)}.${differs}`,
          range: stated.range,
          data: { caseload: stated.value, limit: lowerMax, lower: true },
        });
      } else if (stated.value > max) {
        findings.push({
          message: `A caseload of ${stated.written} is above ${max}${configuredBy(maxSetting)}${maxSetting ? ';' : ':'} ${planSays}.${differs}`,
          range: stated.range,
          data: { caseload: stated.value, limit: max, lower: false },
        });
      }
    }
    return findings;
  },
};

/** ', the limit your jdkit configuration sets ("caseload.max")', or nothing for the plan's own limit. */
function configuredBy(setting: string | null): string {
  return setting ? `, the limit your jdkit configuration sets ("${setting}")` : '';
}

function statedIn(context: LintContext): Stated[] {
  const stated: Stated[] = [];
  const field = context.field('caseload');
  const value = context.fields.caseload;
  if (value !== undefined && field)
    stated.push({ value, written: String(value), range: field.valueRange, where: 'field' });
  const prose = documentText(context.doc);
  const bodyStart = context.doc.lines.offsets[context.doc.bodyStartLine] ?? prose.text.length;
  for (const s of statedCaseloads(prose.text, bodyStart)) {
    const written = prose.text.slice(s.start, s.end);
    stated.push({
      value: s.value,
      written: s.range ? `up to ${s.value}` : written,
      range: prose.range(s.start, s.end),
      where: 'text',
    });
  }
  return stated;
}

/** The posts whose caseloads must be lower (plan 4.4), as the docs name them: "outreach posts and children and young people’s … worker posts". */
export function lowerCaseloadPosts(
  lower: GuidanceData['caseload']['lower'] = getFramework().guidance.caseload.lower,
): string {
  const roles = getFramework().roles.filter((r) => lower.roles.includes(r.id));
  return listing([
    ...lower.settings.map((s) => `${s} posts`),
    ...(roles.length > 0 ? [`${roleNames(roles)} posts`] : []),
  ]);
}

/** Why the lower limit of plan 4.4 applies, or null: the role, the setting, a title such as "Outreach worker", or the prose about the post. */
function lowerReason(context: LintContext, lower: GuidanceData['caseload']['lower']): string | null {
  const role = context.role;
  if (role && lower.roles.includes(role.id)) return `${lowerFirst(role.name)} posts`;
  const setting = context.fields.setting;
  if (setting && lower.settings.includes(setting)) return `${setting} work`;
  // Whole words, ignoring case and punctuation. Not findPhrases: scanning the title would
  // evict the document from its case-folding cache, which the rules after this one reuse.
  const title = words(context.fields.title ?? '');
  const titled = lower.titles.find((t) => title.includes(words(t)));
  if (titled) return `${titled} work`;
  // Or the prose says so ("You will join our street outreach team"), outside the capabilities and person specification.
  const [said] = affirmedAboutThePost(context.doc, lower.evidence);
  return said ? `work the text calls '${documentText(context.doc).written(said.start, said.end)}'` : null;
}

function words(text: string): string {
  const lower = text.toLowerCase();
  // In ASCII, letters and digits are a-z and 0-9: the Unicode pattern, slow to compile on the first lint, is not needed.
  return ` ${lower
    .split(ASCII.test(lower) ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;
}
const ASCII = /^[\0-\x7f]*$/;

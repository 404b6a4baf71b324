// The sections a job description usually has, recognised by their heading in
// the many ways employers word them. Used by the Word export (which section a
// template shows where) and the import (which jdkit heading a Word section
// becomes), so both read a document the same way.

/**
 * Heading patterns by section kind, tried in this order. Most match the start
 * of a heading ("Key responsibilities of the post"); the forms adverts use that
 * read as sentences when longer ("The role", "What will I be doing?") match
 * only the whole heading, so a line of text is never taken for one.
 * sectionKind drops a trailing "?" or ":" first.
 */
export const SECTION_KINDS = {
  aboutTheRole:
    /^(about (the|this) (role|post|job)|(job|role|post) (purpose|summary|profile|overview)|(main |overall )?purpose of the (role|post|job)|overview|summary)\b|^((the|your|this) (role|post|job)|the opportunity|what is the (role|job)|what is an? (\S+ ){0,4}\S+|what does an? (\S+ ){0,4}\S+ do)$/i,
  aboutUs:
    /^about (us|the (organisation|organization|service|team|employer))\b|^(who we are|who are we|about our (organisation|organization|service|team))$/i,
  mainDuties:
    /^((main|key|principal|core|job) (duties|responsibilities|tasks|accountabilities)|duties|responsibilities|accountabilities|what you(’|')?ll (be )?do(ing)?|what you will (be )?do(ing)?|key result areas|key areas of responsibility|your (main |key )?responsibilities)\b|^(what (will|would) (i|you) (be )?do(ing)?|what i(’|')?ll (be )?do(ing)?|what (the|this) (job|role|post) involves|what (does|will) (the|this) (job|role|post) involve|what(’s|'s| is) involved)$/i,
  personSpecification:
    /^(person(al)? spec|selection criteria|essential and desirable criteria|what you(’|')?ll bring|what you will bring|what we('|’)re looking for|what we are looking for|who we('|’)re looking for|who we are looking for|about you\b|skills,? knowledge and experience|knowledge,? skills and experience|skills and experience)|^(what (will|do|can) you bring|what (we|you) need( from you)?|what (will|do) (we|you) need( from you)?|what you(’|')?ll need|(what|who) are we looking for|is this you|are you right for (the|this) (role|job))$/i,
  supervisionAndSupport:
    /^((clinical |management |supportive |safeguarding )?supervision|support and supervision)\b|^(support|support for you|support and development|how we(’|')?ll support you|how we will support you|what support (will|do|would|can) (i|you) (get|receive|have)|what support is available|what support we (offer|provide)|how (will|would) (i|you) be supported)$/i,
  terms:
    /^(terms|conditions|benefits|what we offer|pay and benefits)\b|^(what (will|do) (i|you) get|what (i|you)(’|')?ll get|what you get|what (do|can) we offer( you)?|what we can offer( you)?|what(’s|'s| is) in it for (me|you))$/i,
  howToApply: /^(how to apply|applying|application process)\b|^how (do|can) i apply$/i,
  equality: /^(equality|equal opportunit|diversity|inclusion)/i,
} as const;

export type SectionKind = keyof typeof SECTION_KINDS;

/** jdkit's heading for each kind: what a new job description and the import write. */
export const SECTION_HEADINGS: Readonly<Record<SectionKind, string>> = {
  aboutTheRole: 'About the role',
  aboutUs: 'About us',
  mainDuties: 'Main duties',
  personSpecification: 'Person specification',
  supervisionAndSupport: 'Supervision and support',
  terms: 'Terms',
  howToApply: 'How to apply',
  equality: 'Equality',
};

/** The kind of section a heading names, or null. */
export function sectionKind(heading: string): SectionKind | null {
  const text = headingText(heading);
  for (const [kind, pattern] of Object.entries(SECTION_KINDS) as [SectionKind, RegExp][])
    if (pattern.test(text)) return kind;
  return null;
}

/**
 * Whether the heading names a section of this kind: sectionKind(heading) ===
 * kind, trying the kind's own pattern first. Each pattern is compiled when
 * first used, and the lint asks of every heading whether it is a person
 * specification: the other kinds' patterns are then compiled only for one.
 */
export function isSectionKind(heading: string, kind: SectionKind): boolean {
  return SECTION_KINDS[kind].test(headingText(heading)) && sectionKind(heading) === kind;
}

/** The heading as the patterns read it: without surrounding space or a trailing "?" or ":". */
function headingText(heading: string): string {
  return heading.trim().replace(/\s*[?:]+$/, '');
}

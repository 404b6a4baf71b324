// Section headings in the words employers use: the import, the export and the
// lint read a section's kind from its heading (section-kinds.ts).
import assert from 'node:assert/strict';
import { isSectionKind, sectionKind, SECTION_KINDS, type SectionKind } from '../../../src/core/document/section-kinds';

describe('sectionKind', () => {
  it('reads headings written as questions and in the other forms adverts use, with a "?" or ":" after them', () => {
    const kinds: [string, string][] = [
      ['The role', 'aboutTheRole'],
      ['Your role:', 'aboutTheRole'],
      ['What is a Peer Mentor?', 'aboutTheRole'],
      ['What does an Outreach Worker do?', 'aboutTheRole'],
      ['Who we are', 'aboutUs'],
      ['What will I be doing?', 'mainDuties'],
      ['What will you do?', 'mainDuties'],
      ['What the job involves', 'mainDuties'],
      ["What's involved?", 'mainDuties'],
      ['What we need from you', 'personSpecification'],
      ['What will you bring?', 'personSpecification'],
      ['Who are we looking for?', 'personSpecification'],
      ['Support for you', 'supervisionAndSupport'],
      ['What support will I get?', 'supervisionAndSupport'],
      ['What support will you receive?', 'supervisionAndSupport'],
      ['How will I be supported?', 'supervisionAndSupport'],
      ['What will I get?', 'terms'],
      ['What you’ll get', 'terms'],
      ['How do I apply?', 'howToApply'],
    ];
    assert.deepEqual(
      kinds.map(([heading]) => [heading, sectionKind(heading)]),
      kinds,
    );
  });

  it('does not take a sentence that starts like one of those headings for a heading', () => {
    for (const sentence of [
      'The role is based in Westmere',
      'The role will suit a qualified nurse',
      'What we need from you is commitment',
      'What you get depends on your band',
      'Who we are matters less than what we do',
      'Support for you and your family is available',
      'What is a typical day like for someone in this team and how will it change',
      'What support you get depends on your caseload',
    ])
      assert.equal(sectionKind(sentence), null, sentence);
  });

  it('reads "Support" alone as Supervision and support, but not duties headed "Support for families"', () => {
    for (const heading of ['Support', 'SUPPORT', 'Support:', 'Support and supervision', 'Supervision'])
      assert.equal(sectionKind(heading), 'supervisionAndSupport', heading);
    for (const heading of ['Support for families', 'Support to service users', 'Supporting recovery'])
      assert.equal(sectionKind(heading), null, heading);
  });

  it('isSectionKind agrees with sectionKind, a "?" or ":" after the heading included', () => {
    const headings = [
      'What will you bring?',
      'Person specification:',
      'About you',
      'Main duties',
      'The role',
      'Support',
      'Benefits',
    ];
    for (const heading of headings)
      for (const kind of Object.keys(SECTION_KINDS) as SectionKind[])
        assert.equal(isSectionKind(heading, kind), sectionKind(heading) === kind, `${heading} ${kind}`);
  });
});

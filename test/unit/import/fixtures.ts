// Word job descriptions for the `jdkit import` tests (issue 11), made in the
// tests' setup rather than committed as binary files: with the docx library
// (docxFixtures), with LibreOffice from HTML (libreOfficeFixtures), and broken
// or hostile files (badInputs, in bad-inputs.ts). Each fixture says what a
// correct import must find in it; fixtures.test.ts reads every file back with
// mammoth to check the files really contain what they claim.
//
// The wording is that of drug and alcohol treatment and recovery services in
// England; the organisations and places are fictional.
//
// In the importer's tests:
//
//   for (const fixture of docxFixtures()) {
//     it(fixture.name, async () => {
//       const result = await importWord(await fixture.build(), fixture.fileName);
//       // compare result with fixture.expected; containsText() for `unmapped`
//     });
//   }
//
// libreOfficeFixtures() work the same way once sofficePath() is not null;
// their build() shares one LibreOffice run.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileChild } from 'docx';
import {
  blank,
  grid,
  heading,
  html,
  labelLine,
  Lists,
  marked,
  pack,
  para,
  plain,
  typedList,
  type Cell,
} from './word-builder';

export { badInputs, type BadInput, type BadInputKind } from './bad-inputs';
export { plain } from './word-builder';

export interface ExpectedSection {
  /**
   * The jdkit section the document's section must become ('About the role',
   * 'Main duties', 'Person specification', 'Supervision and support'), or the
   * document's own heading for sections jdkit has no name for. Compare
   * case-insensitively: an import may re-case an ALL CAPITALS heading.
   */
  name: string;
  /** The heading as written in the document, when it differs from `name`. */
  heading?: string;
  /** The list items, in order, inline formatting stripped. */
  bullets?: string[];
  /** The list is numbered in the document and must stay numbered. */
  ordered?: boolean;
  /** Person specification criteria, kept apart as essential and desirable, formatting stripped. */
  essential?: string[];
  desirable?: string[];
  /** Paragraphs that must appear in the section, formatting stripped. */
  text?: string[];
  /** A table that must become a Markdown table: its header row, then its rows, cell text. */
  table?: string[][];
}

export interface Expected {
  /** From a "Job title" cell or line, "Job description: X", the first heading, or the file name. */
  title: string;
  /** jdkit front-matter field → the value as written in the document. Compare as strings (YAML may read 37.5 as a number). */
  fields: Record<string, string>;
  /** Every section a correct import must have, in document order. Headings that carry only the title or the details are not listed. */
  sections: ExpectedSection[];
  /**
   * Text that must survive somewhere in the body (unmapped details rows as
   * "Label: value", notes outside any section). containsText() compares it
   * the lenient way: an import may render a row as "**Label:** value" or as a
   * table row.
   */
  unmapped?: string[];
  /** Text that must stay bold, or italic, in the Markdown. */
  bold?: string[];
  italic?: string[];
}

/** What a fixture is made to exercise; fixtures.test.ts checks each claim against mammoth's reading of the file. */
export type Feature =
  | 'heading-styles'
  | 'no-heading-styles'
  | 'details-table'
  | 'label-lines'
  | 'title-line'
  | 'title-first-heading'
  | 'no-title'
  | 'bold-headings'
  | 'caps-headings'
  | 'word-bullets'
  | 'word-numbering'
  | 'typed-bullets'
  | 'typed-numbers'
  | 'bold'
  | 'italic'
  | 'generic-table'
  | 'person-spec-columns'
  | 'person-spec-by-category'
  | 'merged-cells';

export interface WordFixture {
  name: string;
  /** The name to give the file; for the no-title fixture the title comes from it. */
  fileName: string;
  description: string;
  features: Feature[];
  build(): Promise<Buffer>;
  expected: Expected;
}

export interface LibreOfficeFixture extends WordFixture {
  /** The HTML LibreOffice converts; build() converts every LibreOffice fixture at once (see buildLibreOfficeFixtures). */
  html: string;
}

/**
 * Whether `markdown` contains `text`, ignoring Markdown emphasis, table pipes,
 * colons and spacing: "Car user: Essential" is found in "**Car user:**
 * Essential" and in "| Car user | Essential |".
 */
export function containsText(markdown: string, text: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
      .replace(/[*_`|:]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return norm(markdown).includes(norm(text));
}

// ---- Content shared by the fixtures -------------------------------------------

/** A section: its heading in the document, the jdkit section it maps to, and its content in markup. */
interface SectionSpec {
  heading: string;
  name: string;
  paragraphs?: string[];
  bullets?: string[];
  ordered?: boolean;
}

/** A details row or "Label: value" line, and the jdkit field it fills (none: it must stay in the body). */
type Detail = readonly [label: string, value: string, field?: string];

interface Criterion {
  category: string;
  text: string;
  essential: boolean;
  /** A = application, I = interview, T = test. */
  assessed?: string;
}

const ABOUT = 'About the role';
const DUTIES = 'Main duties';
const PERSON_SPEC = 'Person specification';
const SUPERVISION = 'Supervision and support';

function expectSection(s: SectionSpec): ExpectedSection {
  return {
    name: s.name,
    ...(s.heading !== s.name ? { heading: s.heading } : {}),
    ...(s.paragraphs ? { text: s.paragraphs.map(plain) } : {}),
    ...(s.bullets ? { bullets: s.bullets.map(plain), ordered: s.ordered ?? false } : {}),
  };
}

function expectCriteria(heading: string, criteria: readonly Criterion[]): ExpectedSection {
  return {
    name: PERSON_SPEC,
    ...(heading !== PERSON_SPEC ? { heading } : {}),
    essential: criteria.filter((c) => c.essential).map((c) => plain(c.text)),
    desirable: criteria.filter((c) => !c.essential).map((c) => plain(c.text)),
  };
}

function titleOf(details: readonly Detail[]): string {
  return details.find((d) => d[2] === 'title')![1];
}

function fieldsOf(details: readonly Detail[]): Record<string, string> {
  return Object.fromEntries(details.filter((d) => d[2] && d[2] !== 'title').map((d) => [d[2]!, d[1]]));
}

function unmappedOf(details: readonly Detail[]): string[] {
  return details.filter((d) => !d[2]).map(([label, value]) => `${label.replace(/:$/, '')}: ${value}`);
}

/** The bold and italic spans of the sections' text, for Expected. */
function emphasis(sections: readonly SectionSpec[]): Pick<Expected, 'bold' | 'italic'> {
  const texts = sections.flatMap((s) => [...(s.paragraphs ?? []), ...(s.bullets ?? [])]);
  const bold = marked(texts, 'bold');
  const italic = marked(texts, 'italic');
  return { ...(bold.length ? { bold } : {}), ...(italic.length ? { italic } : {}) };
}

/** A section's paragraphs and its list, the list in Word numbering or typed with a marker. */
function body(s: SectionSpec, lists: Lists, marker?: (i: number) => string): FileChild[] {
  const out: FileChild[] = (s.paragraphs ?? []).map((p) => para(p));
  if (s.bullets) out.push(...(marker ? typedList(s.bullets, marker) : lists.list(s.bullets, s.ordered ?? false)));
  return out;
}

function detailsTable(details: readonly Detail[]): FileChild {
  return grid(
    details.map(([label, value]) => [label, value]),
    { widths: [2700, 6300], boldFirstColumn: true },
  );
}

// ---- docx fixtures ------------------------------------------------------------

const RECOVERY_WORKER_DETAILS: readonly Detail[] = [
  ['Job title', 'Recovery Worker', 'title'],
  ['Service', 'Adult Community Drug and Alcohol Service', 'department'],
  ['Salary', '£26,000 - £29,000 per annum', 'salary'],
  ['Grade', 'Grade 5', 'grade'],
  ['Hours', '37.5 hours per week', 'hours'],
  ['Base', 'Harbourside Recovery Hub, Southmoor', 'location'],
  ['Responsible to', 'Team Leader, Community Recovery Team', 'reports_to'],
  ['Contract', 'Permanent', 'contract'],
  ['Closing date', '14 March 2025', 'closing_date'],
  ['Reference', 'HRS-2025-031', 'reference'],
  ['Car user', 'Essential'],
];

const RECOVERY_WORKER_SECTIONS: readonly SectionSpec[] = [
  {
    heading: 'Job purpose',
    name: ABOUT,
    paragraphs: [
      'Harbourside Recovery Service provides drug and alcohol treatment and recovery support to adults across ' +
        'Southmoor. As a Recovery Worker you will hold a caseload of adults who use drugs and/or alcohol, helping each ' +
        'person set and reach their own recovery goals.',
      'You will work alongside nurses, prescribers and peer mentors in a multidisciplinary team, offering ' +
        '**harm reduction** advice and _trauma-informed_ support in the hub, in GP surgeries and in people’s homes.',
    ],
  },
  {
    heading: 'Key responsibilities',
    name: DUTIES,
    bullets: [
      'Hold a caseload of around 35 adults, completing comprehensive assessments and agreeing recovery care plans with each person.',
      'Deliver evidence-based **psychosocial interventions**, one to one and in groups, including motivational interviewing.',
      'Offer harm reduction advice, **naloxone** training and supply, and blood-borne virus testing.',
      'Support people receiving _opioid substitution therapy_ to attend appointments and reviews with their prescriber.',
      'Identify and respond to safeguarding concerns for adults and children, following local procedures.',
      'Introduce people to _mutual aid_ groups and the local recovery community.',
      'Keep accurate, timely records on the case management system.',
    ],
  },
  {
    heading: 'Induction',
    name: 'Induction',
    ordered: true,
    bullets: [
      'Complete the service’s induction and safeguarding training.',
      'Shadow experienced recovery workers in assessments and groups.',
      'Take on a caseload gradually, reaching around 35 people by the end of your third month.',
    ],
  },
];

const RECOVERY_WORKER_SUPERVISION: SectionSpec = {
  heading: 'Supervision',
  name: SUPERVISION,
  paragraphs: ['You will receive:'],
  bullets: [
    'Monthly clinical supervision of at least one hour with a qualified supervisor.',
    'Management supervision every four to six weeks and an annual appraisal.',
    'Reflective practice sessions with the wider team.',
  ],
};

const WORKING_PATTERN = [
  ['Day', 'Hours', 'Base'],
  ['Monday', '9am to 5pm', 'Harbourside Recovery Hub'],
  ['Tuesday', '9am to 5pm', 'Harbourside Recovery Hub'],
  ['Wednesday', '12pm to 8pm', 'Evening clinic, Southmoor Health Centre'],
  ['Thursday', '9am to 5pm', 'Outreach across Southmoor'],
  ['Friday', '9am to 5pm', 'Harbourside Recovery Hub'],
];

function headingStylesFixture(): WordFixture {
  const details = RECOVERY_WORKER_DETAILS;
  const sections = [...RECOVERY_WORKER_SECTIONS, RECOVERY_WORKER_SUPERVISION];
  return {
    name: 'heading-styles-details-table',
    fileName: 'Recovery Worker JD.docx',
    description:
      'Heading 1 "Job Description" (not the title), a two-column details table with the title and mapped rows under other labels ' +
      '(Grade, Base, Responsible to, Service) plus an unmapped "Car user" row; Heading 2 sections; duties in Word bullet numbering, ' +
      'induction steps in Word decimal numbering; a "Working pattern" table that is neither details nor person specification; bold and italic runs.',
    features: ['heading-styles', 'details-table', 'word-bullets', 'word-numbering', 'generic-table', 'bold', 'italic'],
    async build() {
      const lists = new Lists();
      return pack([
        heading(1, 'Job Description'),
        detailsTable(details),
        ...RECOVERY_WORKER_SECTIONS.flatMap((s) => [heading(2, s.heading), ...body(s, lists)]),
        heading(2, 'Working pattern'),
        para('The post is worked over five days, including one evening clinic:'),
        grid(WORKING_PATTERN, { widths: [2000, 2500, 4500], header: true }),
        heading(2, RECOVERY_WORKER_SUPERVISION.heading),
        ...body(RECOVERY_WORKER_SUPERVISION, lists),
      ]);
    },
    expected: {
      title: titleOf(details),
      fields: fieldsOf(details),
      sections: [
        ...RECOVERY_WORKER_SECTIONS.map(expectSection),
        {
          name: 'Working pattern',
          text: ['The post is worked over five days, including one evening clinic:'],
          table: WORKING_PATTERN,
        },
        expectSection(RECOVERY_WORKER_SUPERVISION),
      ],
      unmapped: unmappedOf(details),
      ...emphasis(sections),
    },
  };
}

const NURSE_LINES: readonly Detail[] = [
  ['Job Title', 'Substance Misuse Nurse', 'title'],
  ['Salary', 'Band 6', 'salary'],
  // ": " inside the value: YAML needs it quoted.
  ['Hours', '37.5 hours per week (late clinic: Thursdays until 7pm)', 'hours'],
  ['Location', 'Riverside Wellbeing Centre, Eastmoor', 'location'],
  ['Accountable to', 'Clinical Services Manager', 'reports_to'],
  ['Contract', 'Permanent, full time', 'contract'],
  ['Closing Date', '28 February 2025', 'closing_date'],
  ['Interview Date', '7 March 2025', 'interview_date'],
  // A leading zero YAML would drop unless the value is quoted.
  ['Reference', '0412', 'reference'],
  ['DBS', 'Enhanced check with barred lists'],
];

/** Sections with no heading styles: how each heading is typed, and how its list is typed. */
const NURSE_SECTIONS: readonly (SectionSpec & { style: 'bold' | 'caps'; marker?: string })[] = [
  {
    heading: 'Job Summary',
    name: ABOUT,
    style: 'bold',
    paragraphs: [
      'Riverside Recovery Service is looking for a registered nurse to join our adult drug and alcohol treatment ' +
        'team in Eastmoor. You will lead on the physical health and clinical care of people in treatment, working ' +
        'closely with recovery workers and prescribers.',
      // A whole bold sentence: short and bold, but a paragraph, not a heading.
      '**This post requires current registration with the Nursing and Midwifery Council (NMC) and an enhanced DBS check.**',
    ],
  },
  {
    heading: 'MAIN DUTIES AND RESPONSIBILITIES',
    name: DUTIES,
    style: 'caps',
    marker: '• ',
    bullets: [
      'Carry out comprehensive **nursing assessments**, including physical health, mental health and risk.',
      'Support the safe prescribing of _opioid substitution therapy_, including titration and medication reviews.',
      'Manage medically assisted alcohol withdrawal in the community, monitoring people closely.',
      'Provide harm reduction interventions, wound care, naloxone supply and blood-borne virus testing and vaccination.',
      'Recognise and act on safeguarding concerns for adults and children.',
    ],
  },
  {
    heading: 'Clinical responsibilities',
    name: 'Clinical responsibilities',
    style: 'bold',
    marker: '– ',
    bullets: [
      'Hold a caseload of people with complex physical health needs.',
      'Maintain clinical records in line with NMC standards.',
      'Take part in clinical audit and incident reviews.',
    ],
  },
  {
    heading: 'Partnership working',
    name: 'Partnership working',
    style: 'bold',
    marker: 'o\t',
    bullets: [
      'Work with GPs, pharmacies, hospital teams and mental health services.',
      'Build links with local mutual aid groups and recovery communities.',
    ],
  },
  {
    heading: 'Supervision and appraisal',
    name: SUPERVISION,
    style: 'bold',
    marker: '▪\t',
    bullets: [
      'Monthly clinical supervision with a senior nurse.',
      'Annual appraisal and support with NMC revalidation.',
    ],
  },
  {
    heading: 'Training and development',
    name: 'Training and development',
    style: 'bold',
    marker: '- ',
    bullets: [
      'Access to non-medical prescribing training after the first year.',
      'Protected time for continuing professional development.',
    ],
  },
];

function noHeadingsFixture(): WordFixture {
  return {
    name: 'no-headings-label-lines',
    fileName: 'Substance Misuse Nurse.docx',
    description:
      'No heading styles at all: "Label: value" lines at the top (bold labels, "Job Title: Substance Misuse Nurse", "Salary: Band 6", ' +
      'a value with a colon, a reference with a leading zero, an unmapped "DBS" line); section titles as short bold paragraphs and one ' +
      'ALL CAPITALS paragraph; typed bullets "• ", "– ", "o<tab>", "▪<tab>", "- "; a whole bold sentence that is not a heading; ' +
      'empty spacing paragraphs.',
    features: ['no-heading-styles', 'label-lines', 'bold-headings', 'caps-headings', 'typed-bullets', 'bold', 'italic'],
    async build() {
      const lists = new Lists();
      return pack([
        ...NURSE_LINES.map(([label, value]) => labelLine(label, value, 'bold-label')),
        ...NURSE_SECTIONS.flatMap((s) => [
          blank(),
          para(s.heading, { bold: s.style === 'bold' }),
          ...body(s, lists, s.marker ? () => s.marker! : undefined),
        ]),
      ]);
    },
    expected: {
      title: titleOf(NURSE_LINES),
      fields: fieldsOf(NURSE_LINES),
      sections: NURSE_SECTIONS.map(expectSection),
      unmapped: unmappedOf(NURSE_LINES),
      ...emphasis(NURSE_SECTIONS),
    },
  };
}

const HARM_REDUCTION_LINES: readonly Detail[] = [
  ['Department', 'Harm Reduction and Outreach Team', 'department'],
  ['Band', 'Band 4', 'grade'],
  ['Salary', '£25,674 - £27,196 pro rata', 'salary'],
  ['Hours', '22.5 hours per week', 'hours'],
  ['Base', 'The Lighthouse, Westbury', 'location'],
  ['Reports to', 'Harm Reduction Lead', 'reports_to'],
  ['Contract', 'Fixed term for 12 months', 'contract'],
  ['Closing date', '31/03/2025', 'closing_date'],
];

const HARM_REDUCTION_SECTIONS: readonly SectionSpec[] = [
  {
    heading: 'JOB PURPOSE',
    name: ABOUT,
    paragraphs: [
      'To reduce drug and alcohol related harm and deaths in Westbury by reaching people who are not in contact with ' +
        'treatment services, through outreach, needle and syringe programmes and naloxone distribution.',
    ],
  },
  {
    heading: 'KEY TASKS',
    name: DUTIES,
    ordered: true,
    bullets: [
      'Deliver outreach in the community, including hostels, supported housing and street settings.',
      'Run the needle and syringe programme and give advice on safer injecting.',
      'Train people who use opioids, their families and professionals to use naloxone, and supply kits.',
      'Offer blood-borne virus testing and support people into hepatitis C treatment.',
      'Encourage and support people to engage with structured treatment when they are ready.',
    ],
  },
];

/** Ticks as people type them: two Unicode ticks and Word's Wingdings "ü", which shows as a tick. */
const TICKS: Cell[] = ['✓', '✔', { text: 'ü', font: 'Wingdings' }];

const HARM_REDUCTION_CRITERIA: readonly Criterion[] = [
  {
    category: 'Experience',
    text: 'Experience of working with people who use drugs, paid or voluntary',
    essential: true,
  },
  {
    category: 'Knowledge',
    text: 'Knowledge of harm reduction, including safer injecting and overdose prevention',
    essential: true,
  },
  {
    category: 'Skills',
    text: 'Ability to build trusting relationships with people who may be wary of services',
    essential: true,
  },
  { category: 'Experience', text: 'Lived experience of drug or alcohol use and recovery', essential: false },
  { category: 'Experience', text: 'Experience of blood-borne virus testing', essential: false },
  { category: 'Other', text: 'Full driving licence', essential: false },
];

const HARM_REDUCTION_SUPERVISION: SectionSpec = {
  heading: 'SUPERVISION',
  name: SUPERVISION,
  paragraphs: [
    'You will receive monthly clinical supervision and fortnightly line management, with reflective practice and a ' +
      'debrief after critical incidents such as overdoses.',
  ],
};

function tickTable(criteria: readonly Criterion[]): FileChild {
  const rows: Cell[][] = [['Criteria', 'Essential', 'Desirable']];
  criteria.forEach((c, i) =>
    rows.push([c.text, c.essential ? TICKS[i % TICKS.length] : '', c.essential ? '' : TICKS[i % 2]]),
  );
  return grid(rows, { widths: [6000, 1500, 1500], header: true });
}

function titleLineFixture(): WordFixture {
  const title = 'Harm Reduction Worker';
  return {
    name: 'job-description-title-line',
    fileName: 'HRW job description 2025.docx',
    description:
      'No heading styles: a centred bold first line "Job Description: Harm Reduction Worker", "Label:<tab>value" lines (Band, Base, Reports to), ' +
      'ALL CAPITALS bold section titles, key tasks typed as "1. ", "2. " (must stay numbered), and a person specification table ' +
      'Criteria | Essential | Desirable with ticks (✓, ✔ and a Wingdings "ü").',
    features: [
      'no-heading-styles',
      'title-line',
      'label-lines',
      'caps-headings',
      'bold-headings',
      'typed-numbers',
      'person-spec-columns',
    ],
    async build() {
      const lists = new Lists();
      const section = (s: SectionSpec) => [
        blank(),
        para(s.heading, { bold: true }),
        ...body(s, lists, (i) => `${i + 1}. `),
      ];
      return pack([
        para(`Job Description: ${title}`, { bold: true, size: 32, centre: true }),
        blank(),
        ...HARM_REDUCTION_LINES.map(([label, value]) => labelLine(label, value, 'tab')),
        ...HARM_REDUCTION_SECTIONS.flatMap(section),
        blank(),
        para('PERSON SPECIFICATION', { bold: true }),
        tickTable(HARM_REDUCTION_CRITERIA),
        ...section(HARM_REDUCTION_SUPERVISION),
      ]);
    },
    expected: {
      title,
      fields: fieldsOf(HARM_REDUCTION_LINES),
      sections: [
        ...HARM_REDUCTION_SECTIONS.map(expectSection),
        expectCriteria('PERSON SPECIFICATION', HARM_REDUCTION_CRITERIA),
        expectSection(HARM_REDUCTION_SUPERVISION),
      ],
    },
  };
}

const YOUNG_PEOPLE_SECTIONS: readonly SectionSpec[] = [
  {
    heading: 'Overview',
    name: ABOUT,
    paragraphs: [
      'You will work with children and young people aged 11 to 18 whose own drug or alcohol use is affecting their ' +
        'health, education or relationships, offering early help, specialist interventions and support for their ' +
        'families.',
    ],
  },
  {
    heading: 'Main duties',
    name: DUTIES,
    bullets: [
      'Complete holistic, age-appropriate assessments with young people and their families.',
      'Deliver psychosocial interventions and harm reduction advice suited to each young person’s age and understanding.',
      'Work with schools, youth justice, children’s social care and CAMHS to support young people and keep them safe.',
      'Lead on safeguarding for young people on your caseload, attending strategy meetings and child protection conferences.',
    ],
  },
];

const YOUNG_PEOPLE_SUPERVISION: SectionSpec = {
  heading: 'Supervision and support',
  name: SUPERVISION,
  paragraphs: [
    'You will receive monthly clinical supervision and regular safeguarding supervision, as well as line management and an annual appraisal.',
  ],
};

/** Criteria written into Essential and Desirable cells, one row per category; a cell may hold several paragraphs or a bullet list. */
const YOUNG_PEOPLE_SPEC: readonly { category: string; essential: string[]; desirable: string[]; bulleted?: boolean }[] =
  [
    {
      category: 'Qualifications',
      essential: ['Level 3 qualification in health, social care or youth work, or equivalent experience'],
      desirable: ['Qualification in youth work, social work or counselling'],
    },
    {
      category: 'Experience',
      essential: ['Experience of working with children and young people', 'Experience of working with families'],
      desirable: ['Experience of working with young people who use drugs or alcohol'],
    },
    {
      category: 'Knowledge',
      essential: ['Knowledge of children’s safeguarding legislation and procedures'],
      desirable: ['Knowledge of the risks of exploitation, including county lines'],
    },
    {
      category: 'Skills',
      essential: [
        'Able to engage young people who may be reluctant to seek help',
        'Good written and spoken communication',
      ],
      desirable: [],
      bulleted: true,
    },
  ];

function textCellsTable(lists: Lists): FileChild {
  const cell = (items: string[], bulleted?: boolean): Cell =>
    bulleted && items.length > 0 ? { bullets: items, lists } : { paragraphs: items };
  const rows: Cell[][] = [['Attributes', 'Essential', 'Desirable']];
  for (const r of YOUNG_PEOPLE_SPEC)
    rows.push([{ text: r.category, bold: true }, cell(r.essential, r.bulleted), cell(r.desirable, r.bulleted)]);
  return grid(rows, { widths: [1800, 3600, 3600], header: true });
}

function titleFirstHeadingFixture(): WordFixture {
  const title = 'Young People’s Drug and Alcohol Worker';
  return {
    name: 'title-first-heading',
    fileName: 'YP worker.docx',
    description:
      'The title is only the first heading (Heading 1, with a curly apostrophe); no details at all; Heading 2 sections; a person ' +
      'specification table Attributes | Essential | Desirable with the criteria written in the cells (several paragraphs, or Word bullets, in one cell).',
    features: ['heading-styles', 'title-first-heading', 'word-bullets', 'person-spec-columns'],
    async build() {
      const lists = new Lists();
      return pack([
        heading(1, title),
        ...YOUNG_PEOPLE_SECTIONS.flatMap((s) => [heading(2, s.heading), ...body(s, lists)]),
        heading(2, 'Person specification'),
        textCellsTable(lists),
        heading(2, YOUNG_PEOPLE_SUPERVISION.heading),
        ...body(YOUNG_PEOPLE_SUPERVISION, lists),
      ]);
    },
    expected: {
      title,
      fields: {},
      sections: [
        ...YOUNG_PEOPLE_SECTIONS.map(expectSection),
        {
          name: PERSON_SPEC,
          essential: YOUNG_PEOPLE_SPEC.flatMap((r) => r.essential),
          desirable: YOUNG_PEOPLE_SPEC.flatMap((r) => r.desirable),
        },
        expectSection(YOUNG_PEOPLE_SUPERVISION),
      ],
    },
  };
}

const SENIOR_DETAILS: readonly Detail[] = [
  ['Job title:', 'Senior Drug and Alcohol Worker', 'title'],
  ['Organisation:', 'Southmoor Recovery Partnership', 'organisation'],
  ['Department:', 'Criminal Justice Team', 'department'],
  ['Band:', 'Band 5', 'grade'],
  ['Salary:', '£29,970 - £36,483', 'salary'],
  // A bare number: YAML reads it as 37.5.
  ['Hours:', '37.5', 'hours'],
  ['Location:', 'Southmoor and district (hybrid)', 'location'],
  ['Reports to:', 'Service Manager', 'reports_to'],
  ['Contract:', 'Permanent', 'contract'],
  ['Interview date:', 'Week commencing 7 April 2025', 'interview_date'],
  ['Reference:', 'SRP/25/117', 'reference'],
  ['Travel:', 'Across the district, with use of a pool car'],
];

const SENIOR_SECTIONS: readonly SectionSpec[] = [
  {
    heading: 'Summary of the role',
    name: ABOUT,
    paragraphs: [
      'Working in the criminal justice team, you will hold a caseload of adults with complex needs who are in ' +
        'contact with the criminal justice system, and guide and support the drug and alcohol workers in the team.',
    ],
  },
  {
    heading: 'Key tasks',
    name: DUTIES,
    ordered: true,
    bullets: [
      'Hold a caseload of adults with complex needs, including people on community sentences with drug or alcohol treatment requirements.',
      'Provide day-to-day guidance and case supervision to drug and alcohol workers.',
      'Work with probation, police custody and prison teams so that people leaving prison continue their treatment.',
      'Lead on safeguarding and risk management for the team, escalating concerns to the service manager.',
    ],
  },
];

const SENIOR_CRITERIA: readonly Criterion[] = [
  {
    category: 'Qualifications',
    text: 'Level 3 qualification in health or social care, or equivalent experience',
    essential: true,
    assessed: 'A',
  },
  { category: 'Qualifications', text: 'Training in psychosocial interventions', essential: false, assessed: 'A/I' },
  {
    category: 'Experience',
    text: 'Experience of working with adults with drug and alcohol needs',
    essential: true,
    assessed: 'A/I',
  },
  {
    category: 'Experience',
    text: 'Experience of working in the criminal justice system',
    essential: true,
    assessed: 'A/I',
  },
  {
    category: 'Experience',
    text: 'Experience of supervising or mentoring staff or volunteers',
    essential: false,
    assessed: 'I',
  },
  {
    category: 'Knowledge',
    text: 'Knowledge of the treatment options for people who use drugs and alcohol',
    essential: true,
    assessed: 'I',
  },
  {
    category: 'Knowledge',
    text: 'Knowledge of adult and children’s safeguarding procedures',
    essential: true,
    assessed: 'I',
  },
  { category: 'Skills', text: 'Able to manage a caseload and prioritise work', essential: true, assessed: 'I/T' },
  { category: 'Skills', text: 'Confident using case management systems', essential: false, assessed: 'T' },
];

const ASSESSMENT_KEY = 'A = application form, I = interview, T = test';

const SENIOR_TAIL: readonly SectionSpec[] = [
  {
    heading: 'Clinical supervision',
    name: SUPERVISION,
    paragraphs: [
      'You will receive monthly clinical supervision, and will be trained to give case supervision to the drug and alcohol workers you support.',
    ],
  },
  {
    heading: 'Equality and diversity',
    name: 'Equality and diversity',
    paragraphs: [
      'We welcome applications from people with lived experience of drug or alcohol use and of the criminal justice system.',
    ],
  },
];

/** Rows by category: the category cell merged down its rows (Word's vertical merge), then criterion, E/D and how assessed. */
function categoryTable(criteria: readonly Criterion[]): FileChild {
  const rows: Cell[][] = [['Category', 'Criteria', 'E/D', 'How assessed']];
  criteria.forEach((c, i) => {
    const first = i === 0 || criteria[i - 1].category !== c.category;
    const span = criteria.slice(i).findIndex((d) => d.category !== c.category);
    const row: Cell[] = [c.text, c.essential ? 'E' : 'D', c.assessed ?? ''];
    rows.push(first ? [{ text: c.category, bold: true, rowSpan: span < 0 ? criteria.length - i : span }, ...row] : row);
  });
  return grid(rows, { widths: [1800, 4800, 900, 1500], header: true });
}

function categoryFixture(): WordFixture {
  return {
    name: 'person-spec-by-category',
    fileName: 'Senior DAW - Criminal Justice.docx',
    description:
      'A details table whose labels end in colons (Band:, Location:, Reports to:, Department:, Organisation:), an "Hours: 37.5" YAML would read ' +
      'as a number and an unmapped "Travel" row; key tasks in Word decimal numbering; a person specification by category: the category ' +
      'cell merged down its rows, then Criteria | E/D | How assessed, with the A/I/T key in a paragraph after the table.',
    features: ['heading-styles', 'details-table', 'word-numbering', 'person-spec-by-category', 'merged-cells'],
    async build() {
      const lists = new Lists();
      return pack([
        detailsTable(SENIOR_DETAILS),
        ...SENIOR_SECTIONS.flatMap((s) => [heading(2, s.heading), ...body(s, lists)]),
        heading(2, 'Person specification'),
        categoryTable(SENIOR_CRITERIA),
        para(ASSESSMENT_KEY),
        ...SENIOR_TAIL.flatMap((s) => [heading(2, s.heading), ...body(s, lists)]),
      ]);
    },
    expected: {
      title: titleOf(SENIOR_DETAILS),
      fields: fieldsOf(SENIOR_DETAILS),
      sections: [
        ...SENIOR_SECTIONS.map(expectSection),
        expectCriteria(PERSON_SPEC, SENIOR_CRITERIA),
        ...SENIOR_TAIL.map(expectSection),
      ],
      unmapped: [...unmappedOf(SENIOR_DETAILS), ASSESSMENT_KEY],
    },
  };
}

const NO_TITLE_INTRO =
  'Riverside Recovery Community is a peer-led charity supporting people in recovery from drug and alcohol problems across Eastmoor.';

const NO_TITLE_SECTIONS: readonly SectionSpec[] = [
  {
    heading: 'Job purpose',
    name: ABOUT,
    paragraphs: [
      'To coordinate recovery support for people leaving structured treatment, connecting them with mutual aid, volunteering, ' +
        'education and employment.',
    ],
  },
  {
    heading: 'Main duties',
    name: DUTIES,
    bullets: [
      'Plan and run recovery groups and activities with people in recovery.',
      'Help people build recovery capital: housing, work, relationships and community.',
      'Support people to join mutual aid groups such as SMART Recovery and 12-step fellowships.',
      'Recruit, train and support recovery champions.',
    ],
  },
  {
    heading: 'Supervision',
    name: SUPERVISION,
    paragraphs: ['You will receive monthly supervision and an annual appraisal.'],
  },
];

function noTitleFixture(): WordFixture {
  return {
    name: 'no-title-file-name',
    fileName: 'Recovery Coordinator.docx',
    description:
      'No title anywhere: no details, no "Job title" line, and every heading is a known section name, so the title must come from the ' +
      'file name ("Recovery Coordinator.docx"); an introductory paragraph comes before the first heading.',
    features: ['heading-styles', 'no-title', 'word-bullets'],
    async build() {
      const lists = new Lists();
      return pack([
        para(NO_TITLE_INTRO),
        ...NO_TITLE_SECTIONS.flatMap((s) => [heading(2, s.heading), ...body(s, lists)]),
      ]);
    },
    expected: {
      title: 'Recovery Coordinator',
      fields: {},
      sections: NO_TITLE_SECTIONS.map(expectSection),
      unmapped: [NO_TITLE_INTRO],
    },
  };
}

/** Word documents made with the docx library. */
export function docxFixtures(): WordFixture[] {
  return [
    headingStylesFixture(),
    noHeadingsFixture(),
    titleLineFixture(),
    titleFirstHeadingFixture(),
    categoryFixture(),
    noTitleFixture(),
  ];
}

// ---- LibreOffice fixtures -----------------------------------------------------

function htmlPage(title: string, bodyHtml: string): string {
  return `<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>${html(title)}</title></head>\n<body>\n${bodyHtml}\n</body></html>\n`;
}

function htmlSection(s: SectionSpec, headingHtml: (text: string) => string, typedMarker?: string): string {
  const out = [headingHtml(s.heading), ...(s.paragraphs ?? []).map((p) => `<p>${html(p)}</p>`)];
  if (s.bullets && typedMarker) out.push(...s.bullets.map((b) => `<p>${html(typedMarker + b)}</p>`));
  else if (s.bullets) {
    const tag = s.ordered ? 'ol' : 'ul';
    out.push(`<${tag}>${s.bullets.map((b) => `<li>${html(b)}</li>`).join('')}</${tag}>`);
  }
  return out.join('\n');
}

function htmlTable(rows: readonly (readonly string[])[], header: boolean): string {
  const tr = (cells: readonly string[], tag: string) =>
    `<tr>${cells.map((c) => `<${tag}>${html(c)}</${tag}>`).join('')}</tr>`;
  return `<table border="1" cellpadding="4">${rows.map((r, i) => tr(r, header && i === 0 ? 'th' : 'td')).join('')}</table>`;
}

const h2 = (text: string) => `<h2>${html(text)}</h2>`;

const FAMILY_DETAILS: readonly Detail[] = [
  ['Job title', 'Family Support Worker', 'title'],
  ['Organisation', 'Eastbrook Recovery Service', 'organisation'],
  ['Salary', '£25,500 - £27,800 per annum', 'salary'],
  ['Grade', 'Grade 4', 'grade'],
  ['Hours', '30 hours per week', 'hours'],
  ['Location', 'Eastbrook Family Hub', 'location'],
  ['Accountable to', 'Families Team Manager', 'reports_to'],
  ['Contract', 'Fixed term to 31 March 2026', 'contract'],
  ['Closing date', '21/03/2025', 'closing_date'],
  ['Interview date', '2 April 2025', 'interview_date'],
  ['Driving licence', 'Required'],
];

const FAMILY_SECTIONS: readonly SectionSpec[] = [
  {
    heading: 'Overview of the role',
    name: ABOUT,
    paragraphs: [
      'You will support adult family members, carers and others affected by someone else’s drug or alcohol use, whether or not ' +
        'that person is in treatment.',
    ],
  },
  {
    heading: 'Main duties',
    name: DUTIES,
    bullets: [
      'Offer one-to-one and group support to families and carers, using evidence-based approaches such as the **5-Step Method**.',
      'Give family members advice on _harm reduction_, including how to use naloxone.',
      'Identify safeguarding concerns for children in the family and act on them.',
      'Run the monthly carers’ forum with people with lived experience.',
    ],
  },
  {
    heading: 'Your first three months',
    name: 'Your first three months',
    ordered: true,
    bullets: [
      'Complete induction, safeguarding and naloxone training.',
      'Co-facilitate the family support group.',
      'Take on your own caseload of families.',
    ],
  },
  {
    heading: 'Supervision and support',
    name: SUPERVISION,
    paragraphs: [
      'You will have monthly clinical supervision, line management every six weeks and access to reflective practice.',
    ],
  },
];

function familyFixture(): LibreOfficeFixture {
  const page = htmlPage(
    'Family Support Worker',
    [
      '<h1>Family Support Worker</h1>',
      htmlTable(
        FAMILY_DETAILS.map(([l, v]) => [`**${l}**`, v]),
        false,
      ),
      ...FAMILY_SECTIONS.map((s) => htmlSection(s, h2)),
    ].join('\n'),
  );
  return {
    name: 'lo-headings-lists-details',
    fileName: 'Family Support Worker.docx',
    description:
      'LibreOffice from HTML: <h1> title repeated in a details table (with Organisation, Accountable to, Interview date and an unmapped ' +
      '"Driving licence" row), <h2> sections, <ul> duties with <b> and <i>, an <ol> that must stay numbered.',
    features: ['heading-styles', 'details-table', 'word-bullets', 'word-numbering', 'bold', 'italic'],
    html: page,
    build: () => libreOfficeBuffer('lo-headings-lists-details'),
    expected: {
      title: titleOf(FAMILY_DETAILS),
      fields: fieldsOf(FAMILY_DETAILS),
      sections: FAMILY_SECTIONS.map(expectSection),
      unmapped: unmappedOf(FAMILY_DETAILS),
      ...emphasis(FAMILY_SECTIONS),
    },
  };
}

const JUSTICE_SECTIONS: readonly SectionSpec[] = [
  {
    heading: 'Job summary',
    name: ABOUT,
    paragraphs: [
      'You will support adults in contact with the criminal justice system to reduce harm from their drug and ' +
        'alcohol use and to engage with treatment and recovery, from police custody through to life after prison.',
    ],
  },
  {
    heading: 'Duties and responsibilities',
    name: DUTIES,
    bullets: [
      'Assess people referred from police custody, the courts and probation, and agree recovery care plans with them.',
      'Deliver psychosocial interventions to people on drug rehabilitation and alcohol treatment requirements.',
      'Meet people on release from prison so that their opioid substitution therapy continues without a gap.',
      'Give naloxone and overdose awareness training to people leaving prison and to their families.',
    ],
  },
];

const JUSTICE_CRITERIA: readonly Criterion[] = [
  {
    category: 'Qualifications',
    text: 'Level 3 qualification in health or social care, or willing to work towards one',
    essential: true,
    assessed: 'Application',
  },
  {
    category: 'Experience',
    text: 'Experience of working with people in contact with the criminal justice system',
    essential: true,
    assessed: 'Application and interview',
  },
  { category: 'Experience', text: 'Experience of delivering groups', essential: false, assessed: 'Interview' },
  {
    category: 'Knowledge',
    text: 'Knowledge of harm reduction and overdose prevention',
    essential: true,
    assessed: 'Interview',
  },
  {
    category: 'Knowledge',
    text: 'Knowledge of drug rehabilitation requirements and alcohol treatment requirements',
    essential: false,
    assessed: 'Interview',
  },
  {
    category: 'Skills',
    text: 'Able to work with people in a trauma-informed, non-judgemental way',
    essential: true,
    assessed: 'Interview',
  },
];

const JUSTICE_SUPERVISION: SectionSpec = {
  heading: 'Supervision',
  name: SUPERVISION,
  paragraphs: [
    'You will receive monthly clinical supervision and regular line management, with extra support after critical incidents.',
  ],
};

/** Category rows spanning the table, then one row per criterion with "Essential" or "Desirable" written out. */
function htmlCategoryTable(criteria: readonly Criterion[]): string {
  const rows = ['<tr><th>Criteria</th><th>Essential/Desirable</th><th>How assessed</th></tr>'];
  criteria.forEach((c, i) => {
    if (i === 0 || criteria[i - 1].category !== c.category)
      rows.push(`<tr><td colspan="3"><b>${html(c.category)}</b></td></tr>`);
    rows.push(
      `<tr><td>${html(c.text)}</td><td>${c.essential ? 'Essential' : 'Desirable'}</td><td>${html(c.assessed ?? '')}</td></tr>`,
    );
  });
  return `<table border="1" cellpadding="4">${rows.join('')}</table>`;
}

function justiceFixture(): LibreOfficeFixture {
  const title = 'Drug and Alcohol Worker – Criminal Justice';
  const page = htmlPage(
    title,
    [
      `<h1>${html(title)}</h1>`,
      ...JUSTICE_SECTIONS.map((s) => htmlSection(s, h2)),
      h2('Person specification'),
      htmlCategoryTable(JUSTICE_CRITERIA),
      htmlSection(JUSTICE_SUPERVISION, h2),
    ].join('\n'),
  );
  return {
    name: 'lo-person-spec-by-category',
    fileName: 'DAW criminal justice.docx',
    description:
      'LibreOffice from HTML: the title only in the <h1> (with an en dash), no details; a person specification by category: category rows ' +
      'spanning the table (colspan), then Criteria | Essential/Desirable (written out) | How assessed.',
    features: ['heading-styles', 'title-first-heading', 'word-bullets', 'person-spec-by-category', 'merged-cells'],
    html: page,
    build: () => libreOfficeBuffer('lo-person-spec-by-category'),
    expected: {
      title,
      fields: {},
      sections: [
        ...JUSTICE_SECTIONS.map(expectSection),
        expectCriteria(PERSON_SPEC, JUSTICE_CRITERIA),
        expectSection(JUSTICE_SUPERVISION),
      ],
    },
  };
}

const PEER_LINES: readonly Detail[] = [
  ['Salary', '£23,500 per annum', 'salary'],
  ['Hours', '30 hours per week', 'hours'],
  ['Location', 'Westbury Recovery Hub', 'location'],
  ['Reports to', 'Peer Support Coordinator', 'reports_to'],
];

const PEER_SECTIONS: readonly SectionSpec[] = [
  {
    heading: 'ABOUT THE ROLE',
    name: ABOUT,
    paragraphs: [
      'As a Peer Support Worker you will use your own experience of recovery to offer hope, encouragement and practical support ' +
        'to people in treatment.',
    ],
  },
  {
    heading: 'MAIN DUTIES',
    name: DUTIES,
    bullets: [
      'Offer one-to-one peer support to people starting treatment.',
      'Co-facilitate recovery groups and introduce people to mutual aid.',
      'Accompany people to appointments with housing, benefits and health services.',
      'Share harm reduction information, including where to get naloxone.',
    ],
  },
];

const PEER_PATTERN = [
  ['Day', 'Time', 'Activity'],
  ['Monday', '10am to 4pm', 'Drop-in and one-to-one peer support'],
  ['Wednesday', '12pm to 8pm', 'Evening recovery group'],
  ['Friday', '9am to 3pm', 'Outreach with the harm reduction team'],
];

const PEER_CRITERIA: readonly Criterion[] = [
  {
    category: 'Experience',
    text: 'Lived experience of recovery from drug or alcohol use, your own or as a family member',
    essential: true,
  },
  { category: 'Skills', text: 'Willingness to use your own experience to support others', essential: true },
  { category: 'Skills', text: 'Good listening skills and a non-judgemental approach', essential: true },
  { category: 'Experience', text: 'Experience of volunteering in a recovery or community setting', essential: false },
  { category: 'Qualifications', text: 'Peer support or mentoring qualification', essential: false },
];

const PEER_SUPERVISION: SectionSpec = {
  heading: 'SUPPORT AND SUPERVISION',
  name: SUPERVISION,
  paragraphs: [
    'You will receive regular supportive supervision from the Peer Support Coordinator and monthly group reflective practice.',
  ],
};

function peerFixture(): LibreOfficeFixture {
  const title = 'Peer Support Worker';
  const caps = (text: string) => `<p><b>${html(text)}</b></p>`;
  const spec = PEER_CRITERIA.map((c) => [c.text, c.essential ? 'E' : '', c.essential ? '' : 'D']);
  const page = htmlPage(
    title,
    [
      `<p><b>Job description: ${html(title)}</b></p>`,
      ...PEER_LINES.map(([l, v]) => `<p>${html(`${l}: ${v}`)}</p>`),
      ...PEER_SECTIONS.map((s) => htmlSection(s, caps, '• ')),
      caps('WORKING PATTERN'),
      htmlTable(PEER_PATTERN, true),
      caps('PERSON SPECIFICATION'),
      htmlTable([['Criteria', 'Essential', 'Desirable'], ...spec], true),
      htmlSection(PEER_SUPERVISION, caps),
    ].join('\n'),
  );
  return {
    name: 'lo-no-headings-typed-bullets',
    fileName: 'Peer Support Worker.docx',
    description:
      'LibreOffice from HTML with no heading styles: "Job description: Peer Support Worker" in a bold paragraph, "Label: value" paragraphs, ' +
      'bold ALL CAPITALS section titles, typed "• " bullets, a "Working pattern" table, and a person specification Criteria | Essential | Desirable ' +
      'marked with "E" and "D".',
    features: [
      'no-heading-styles',
      'title-line',
      'label-lines',
      'caps-headings',
      'bold-headings',
      'typed-bullets',
      'generic-table',
      'person-spec-columns',
    ],
    html: page,
    build: () => libreOfficeBuffer('lo-no-headings-typed-bullets'),
    expected: {
      title,
      fields: fieldsOf(PEER_LINES),
      sections: [
        ...PEER_SECTIONS.map(expectSection),
        { name: 'Working pattern', heading: 'WORKING PATTERN', table: PEER_PATTERN },
        expectCriteria('PERSON SPECIFICATION', PEER_CRITERIA),
        expectSection(PEER_SUPERVISION),
      ],
    },
  };
}

/** Word documents LibreOffice writes from HTML: the other producer importers meet, with its own styles and numbering. */
export function libreOfficeFixtures(): LibreOfficeFixture[] {
  return [familyFixture(), justiceFixture(), peerFixture()];
}

/** The LibreOffice executable on PATH (or in the usual macOS place), or null. */
export function sofficePath(): string | null {
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const name of names) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
    }
  }
  const mac = '/Applications/LibreOffice.app/Contents/MacOS/soffice';
  return process.platform === 'darwin' && isExecutable(mac) ? mac : null;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Converts every LibreOffice fixture in one soffice run (starting LibreOffice
 * costs seconds) and returns the .docx bytes by fixture name. With `dir`, the
 * HTML and .docx files are left there to look at; without, a temporary folder
 * is used and removed. A private profile keeps parallel runs, and a desktop
 * LibreOffice, from clashing.
 */
export async function buildLibreOfficeFixtures(dir?: string): Promise<Map<string, Buffer>> {
  const soffice = sofficePath();
  if (!soffice)
    throw new Error(
      'LibreOffice (soffice) is not installed: scripts/setup-test-env.sh installs libreoffice-writer-nogui',
    );
  const work = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-import-lo-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jdkit-lo-profile-'));
  try {
    fs.mkdirSync(work, { recursive: true });
    const fixtures = libreOfficeFixtures();
    const inputs = fixtures.map((f) => {
      const file = path.join(work, `${f.name}.html`);
      fs.writeFileSync(file, f.html);
      return file;
    });
    const profileArg = `-env:UserInstallation=${pathToFileURL(profile).href}`;
    await run(soffice, [
      profileArg,
      '--headless',
      '--norestore',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      work,
      ...inputs,
    ]);
    return new Map(fixtures.map((f) => [f.name, readConverted(path.join(work, `${f.name}.docx`))]));
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
    if (!dir) fs.rmSync(work, { recursive: true, force: true });
  }
}

function readConverted(file: string): Buffer {
  if (!fs.existsSync(file)) throw new Error(`LibreOffice did not write ${path.basename(file)}`);
  return fs.readFileSync(file);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 180_000 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`soffice failed: ${stderr || error.message}`));
      else resolve();
    });
  });
}

/** One conversion per process, shared by every LibreOffice fixture's build(). */
let converted: Promise<Map<string, Buffer>> | undefined;

async function libreOfficeBuffer(name: string): Promise<Buffer> {
  converted ??= buildLibreOfficeFixtures();
  converted.catch(() => (converted = undefined)); // a failed run is not cached
  const buffer = (await converted).get(name);
  if (!buffer) throw new Error(`no LibreOffice fixture named ${name}`);
  return buffer;
}

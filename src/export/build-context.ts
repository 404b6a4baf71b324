// A parsed job description → the template context (context.ts). The role,
// the capability matches and the coverage come from the same LintContext and
// coverage analysis the linter and the editor use, so an export never
// disagrees with what the editor showed.
import path from 'node:path';
import type { JdkitConfig } from '../core/config';
import { analyseCoverage } from '../core/coverage';
import type { JdDocument } from '../core/document/parse';
import { SECTION_KINDS, sectionKind, type SectionKind } from '../core/document/section-kinds';
import { getFramework, type Framework } from '../core/framework/load';
import {
  POPULATION_NAMES,
  SETTING_NAMES,
  type Domain,
  type GuidanceData,
  type Role,
  type Statement,
} from '../core/framework/schema';
import { LintContext } from '../core/lint-context';
import type { Attribution } from '../core/match/matcher';
import { offersSupervision, supervisionGivenAt, supervisionOfferedAt } from '../core/supervision-offered';
import { lowerFirst, upperFirst } from '../core/text/case';
import { documentText } from '../core/text/document-text';
import { containsAnyPhrase } from '../core/text/find-phrases';
import { informalContactSentence } from '../core/text/informal-contact';
import { findAffirmed } from '../core/text/negated';
import { leadsOthers } from '../core/leading-others';
import { analyseTitle } from '../core/title';
import { spellAssessment, splitAssessment } from '../core/text/how-assessed';
import { numberRanges } from '../core/text/listing';
import { splitPriority } from '../core/text/priority';
import { sentenceAround } from '../core/text/sentence';
import { validate } from '../core/validate';
import { loadInterviewData } from '../core/framework/interview';
import type { InterviewData } from '../core/framework/interview-schema';
import { clean, markdownBlocks, type BlockData } from './blocks';
import {
  templateContextSchema,
  type CapabilityData,
  type CriterionData,
  type SectionData,
  type TemplateContext,
} from './context';

export interface ContextOptions {
  template: string;
  config: JdkitConfig;
  /** The job description's path, for `document.file`. */
  file?: string | null;
  /** The export date; defaults to now. */
  now?: Date;
  framework?: Framework;
}

const SUPERVISION_NAMES = {
  clinical: 'Clinical supervision',
  safeguarding: 'Safeguarding supervision',
  supportive: 'Supportive supervision',
} as const;

export function buildTemplateContext(doc: JdDocument, options: ContextOptions): TemplateContext {
  const framework = options.framework ?? getFramework();
  const lint = new LintContext(doc, framework, options.config);
  const fields = lint.fields.all;
  const field = (name: string): string | null => {
    const value = fields[name];
    return value === undefined ? null : clean(String(value)).trim() || null;
  };
  const role = lint.role;
  const sections = sectionData(doc);
  const known = Object.fromEntries(
    Object.keys(SECTION_KINDS).map((key) => [key, sections.find((s) => sectionKind(s.heading) === key) ?? null]),
  ) as Record<SectionKind, SectionData | null>;
  const knownSet = new Set(Object.values(known));
  const intro = introBlocks(doc);
  const capabilities = capabilityData(lint);
  const hours = typeof fields.hours === 'number' ? `${fields.hours} hours a week` : field('hours');
  // A bare number ("grade: 4") says nothing beside a salary or in its place; the field says what it is.
  const grade = field('grade');
  const namedGrade = grade !== null && /^\d+[a-z]?$/i.test(grade) ? `Grade ${grade}` : grade;
  const caseload = lint.fields.caseload ?? null;

  const job = {
    title: field('title') ?? 'Untitled post',
    department: field('department'),
    location: field('location'),
    salary: field('salary'),
    grade: namedGrade,
    hours,
    contract: field('contract'),
    closingDate: field('closing_date'),
    interviewDate: field('interview_date'),
    startDate: field('start_date'),
    reportsTo: field('reports_to'),
    reference: field('reference'),
    contact: field('contact'),
    apply: field('apply'),
    caseload,
    setting: lint.fields.setting ?? null,
    settingLabel: lint.fields.setting ? SETTING_NAMES[lint.fields.setting] : null,
    population: lint.fields.population ?? null,
    populationLabel: lint.fields.population ? upperFirst(POPULATION_NAMES[lint.fields.population]) : null,
    employment: lint.fields.employment ?? null,
    volunteer: lint.fields.employment === 'volunteer',
    // Volunteer roles are unpaid (workforce plan, Volunteers): the documents say so among the post's facts.
    employmentLabel: lint.fields.employment === 'volunteer' ? 'Voluntary (unpaid)' : null,
  };
  const facts: [string, string | null][] = [
    ['Location', job.location],
    ['Employment', job.employmentLabel],
    ['Salary', job.salary],
    // Under its own label, the grade as written.
    ['Grade', grade],
    ['Hours', job.hours],
    ['Typical caseload', caseload === null ? null : String(caseload)],
    ['Contract', job.contract],
    ['Department', job.department],
    ['Reports to', job.reportsTo],
    ['Closing date', job.closingDate],
    ['Interview date', job.interviewDate],
    ['Start date', job.startDate],
    ['Reference', job.reference],
  ];
  const details = facts.flatMap(([label, value]) => (value === null ? [] : [{ label, value }]));

  const context: TemplateContext = {
    template: { name: options.template },
    document: {
      file: options.file ? path.basename(options.file) : null,
      generated: (options.now ?? new Date()).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }),
    },
    options: { appendix: options.config.export.appendix },
    organisation: field('organisation') ?? options.config.export.organisation ?? null,
    job,
    details,
    role: role ? roleData(role, lint, framework) : null,
    supervision: supervisionData(lint),
    supervisionSentences: supervisionSentences(lint),
    duties: dutyData(lint),
    intro,
    sections: { ...known, other: sections.filter((s) => !knownSet.has(s)), all: sections },
    informalContact: job.contact ? null : informalContact(intro, sections, known),
    howToApplyOmits: {
      apply: omits(known.howToApply, job.apply),
      contact: omits(known.howToApply, job.contact),
    },
    capabilities,
    coverage: coverageData(lint),
    criteria: criteriaData(lint, known.personSpecification),
    interview: interviewData(lint),
  };
  // The schema is the documentation: a context that does not match it is a bug here.
  return validate(templateContextSchema, context, 'template context');
}

function roleData(role: Role, lint: LintContext, framework: Framework): NonNullable<TemplateContext['role']> {
  return {
    id: role.id,
    name: role.name,
    abbreviation: role.abbreviation,
    section: role.section,
    clinical: role.clinical,
    pickAndMix: role.pickAndMix,
    descriptorOnly: role.kind === 'descriptor',
    source: lint.roleSource ?? 'declared',
    profile: role.profile,
    regulation: role.regulation
      ? {
          regulator: role.regulation.regulator,
          regulatorName: role.regulation.regulatorName,
          requirement: role.regulation.requirement,
          section: role.regulation.source.ref,
        }
      : null,
    buildsOn: framework.baseRoles(role.id, lint.population).map((r) => ({ id: r.id, name: r.name })),
  };
}

/** The supervision the workforce plan requires for the post's role and the roles it builds on. */
function requiredSupervision(lint: LintContext): GuidanceData['supervision'] {
  const roles = lint.ownRoleIds;
  return lint.framework.guidance.supervision.filter((s) => s.roles.some((r) => roles.has(r)));
}

function supervisionData(lint: LintContext): TemplateContext['supervision'] {
  return requiredSupervision(lint).map((s) => ({
    kind: s.kind,
    name: SUPERVISION_NAMES[s.kind],
    detail: s.detail,
    source: `${s.source.document} ${s.source.ref}`,
    offered: offersSupervision(lint.doc, s),
  }));
}

/**
 * The employer's sentences offering the postholder supervision of a kind the
 * plan names, each once, in text order: how often and from whom, which plan
 * 3.2 asks be stated and a template's own wording would lose.
 */
function supervisionSentences(lint: LintContext): TemplateContext['supervisionSentences'] {
  const text = documentText(lint.doc).text;
  const offers = lint.framework.guidance.supervision
    .flatMap((kind) => supervisionOfferedAt(lint.doc, kind))
    .sort((a, b) => a.start - b.start);
  const sentences = [...new Set(offers.map((m) => sentenceAround(text, m.start, m.end)))];
  return sentences.flatMap((sentence) => markdownBlocks(sentence).flatMap((b) => (b.type === 'paragraph' ? [b] : [])));
}

/**
 * The top-level bullets of Main duties, across its sub-headings, each marked
 * `key` when it says what an applicant most needs to know (keyDutyLines), so
 * a template showing a few keeps those.
 */
function dutyData(lint: LintContext): TemplateContext['duties'] {
  const { doc } = lint;
  const section = doc.sections.find((s) => sectionKind(clean(s.heading.text)) === 'mainDuties');
  if (!section) return [];
  const key = keyDutyLines(lint);
  return doc.duties
    .filter((duty) => duty.section?.line === section.heading.line)
    .flatMap((duty) => {
      const [block] = markdownBlocks(doc.lines.lines.slice(duty.startLine, duty.endLine).join('\n'));
      if (block?.type !== 'list') return [];
      const { text, markup } = block.items[0];
      const lines = Array.from({ length: duty.endLine - duty.startLine }, (_, i) => duty.startLine + i);
      return [{ text, markup, key: lines.some((line) => key.has(line)) }];
    });
}

/**
 * The lines that give the post work an applicant must know of: casework (a
 * caseload, key work, care plans) and clinical or regulated work (treatment
 * interventions, comprehensive assessments, prescribing), in the guidance's
 * words; another role's work (a capability it restates, or work the plan
 * singles out: other-role-work.ts); and supervision the post holder gives.
 */
function keyDutyLines(lint: LintContext): Set<number> {
  const { doc, framework } = lint;
  const text = documentText(doc).text;
  const phrases = [...framework.guidance.casework.evidence, ...framework.guidance.volunteers.clinicalDuties];
  const found = [
    ...findAffirmed(doc, text, phrases),
    ...framework.guidance.supervision.flatMap((kind) => supervisionGivenAt(doc, kind)),
    ...lint.otherRoleDuties.map((d) => d.match),
  ].map((m) => doc.lines.positionAt(m.start).line);
  const otherRole = analyseCoverage(lint).otherRole.map((b) => b.bullet.startLine);
  return new Set([...found, ...otherRole]);
}

// ---- Sections ---------------------------------------------------------------

function sectionData(doc: JdDocument): SectionData[] {
  return doc.sections
    .filter((s) => s.heading.line !== doc.capabilities?.heading.line)
    .map((s) => {
      const blocks = markdownBlocks(doc.lines.lines.slice(s.startLine, s.endLine).join('\n'));
      const heading = clean(s.heading.text);
      return { heading, id: slug(heading), text: blocksText(blocks), blocks };
    });
}

function introBlocks(doc: JdDocument): BlockData[] {
  const end = doc.sections[0]?.heading.line ?? doc.lines.lineCount;
  const source = doc.lines.lines.slice(doc.bodyStartLine, end).join('\n');
  return markdownBlocks(source, 1).filter((b) => b.type !== 'heading');
}

function blocksText(blocks: readonly BlockData[]): string {
  return blockTexts(blocks).join(' ');
}

/** Each paragraph, list item and sub-heading as plain text. */
function blockTexts(blocks: readonly BlockData[]): string[] {
  return blocks.flatMap((b) => (b.type === 'list' ? b.items.map((i) => i.text) : [b.text]));
}

/**
 * The employer's sentence inviting an informal enquiry, for templates that
 * show only parts of the text (the advert). Not from How to apply, which
 * templates show whole, nor from the duties, which speak of the post
 * holder's contacts ("give people more information and contact details").
 */
function informalContact(
  intro: readonly BlockData[],
  sections: readonly SectionData[],
  known: Record<SectionKind, SectionData | null>,
): string | null {
  const skipped = new Set([known.howToApply, known.mainDuties]);
  const texts = [intro, ...sections.filter((s) => !skipped.has(s)).map((s) => s.blocks)].flatMap(blockTexts);
  return texts.map(informalContactSentence).find((sentence) => sentence !== null) ?? null;
}

/** Whether the section is there and leaves out a field's value (compared ignoring case and spacing). */
function omits(section: SectionData | null, value: string | null): boolean {
  if (!section || !value) return false;
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return !flat(blocksText(section.blocks)).includes(flat(value));
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// ---- Capabilities -------------------------------------------------------------

function capabilityData(lint: LintContext): TemplateContext['capabilities'] {
  const { framework } = lint;
  const section = lint.capabilities;
  const own = lint.ownRoleIds;
  const items: CapabilityData[] = lint.bullets.map(({ bullet, match }) => {
    const attribution: Attribution | null = match.own ?? match.best;
    const entry = attribution ? framework.statement(attribution.statement.id) : undefined;
    return {
      text: clean(bullet.text),
      group: bullet.group ? clean(bullet.group.text) : null,
      statement: entry
        ? {
            id: entry.statement.id,
            text: entry.statement.text,
            roleId: entry.role.id,
            roleName: entry.role.name,
            section: entry.role.section,
            domainId: entry.domain.id,
            domainName: entry.domain.name,
            domainNumber: entry.domain.number,
          }
        : null,
      ownRole: entry ? own.has(entry.role.id) : false,
      exact: attribution?.kind === 'exact',
      score: attribution?.score ?? 0,
    };
  });

  // Domains in the framework's order: the role's own, then its base roles', then any other role's.
  const role = lint.role;
  const roleOrder = role ? [role, ...framework.baseRoles(role.id, lint.population)] : [];
  const domainOrder = new Map<string, string>();
  for (const r of [...roleOrder, ...framework.roles])
    for (const d of r.domains) if (!domainOrder.has(d.id)) domainOrder.set(d.id, d.name);
  const byDomain = new Map<string, CapabilityData[]>();
  for (const item of items) {
    if (item.statement) byDomain.set(item.statement.domainId, [...(byDomain.get(item.statement.domainId) ?? []), item]);
  }
  const domains = [...domainOrder]
    .filter(([id]) => byDomain.has(id))
    .map(([id, name]) => ({ id, name, items: byDomain.get(id)! }));

  const groups: { heading: string | null; items: CapabilityData[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.heading === item.group) last.items.push(item);
    else groups.push({ heading: item.group, items: [item] });
  }

  const intro = section
    ? markdownBlocks(lint.doc.lines.lines.slice(section.startLine, section.endLine).join('\n')).filter(
        (b) => b.type === 'paragraph',
      )
    : [];
  return {
    heading: section ? clean(section.heading.text) : null,
    intro,
    items,
    count: items.length,
    matched: items.filter((i) => i.statement).length,
    domains,
    unmatched: items.filter((i) => !i.statement),
    groups,
  };
}

function coverageData(lint: LintContext): TemplateContext['coverage'] {
  const coverage = analyseCoverage(lint);
  const missing = [coverage.own, ...coverage.bases]
    .flatMap((c) => c?.missing ?? [])
    .map((e) => ({ id: e.statement.id, text: e.statement.text, domainName: e.domain.name }));
  return { total: coverage.total, covered: coverage.covered, missing };
}

// ---- Person specification ------------------------------------------------------

function criteriaData(lint: LintContext, personSpecification: SectionData | null): TemplateContext['criteria'] {
  const role = lint.role;
  const fromSection: CriterionData[] = [];
  let essential = true;
  let category: string | null = null;
  for (const block of personSpecification?.blocks ?? []) {
    if (
      block.type === 'heading' ||
      (block.type === 'paragraph' && /^(essential|desirable)\b[^.]{0,20}$/i.test(block.text))
    ) {
      const priority = /\b(essential|desirable)\b/i.exec(block.text)?.[1].toLowerCase();
      if (priority) essential = priority === 'essential';
      else if (block.type === 'heading') {
        category = block.text;
        if (block.level === 1) essential = true;
      }
      continue;
    }
    if (block.type !== 'list') continue;
    for (const item of block.items) {
      if (item.depth > 0) continue;
      const marked = splitPriority(item.text);
      const itemEssential = marked.priority ? marked.priority === 'essential' : essential;
      // The employer's own "How assessed" (the Word import keeps a table's column so) rather than a guess.
      const { criterion, how } = splitAssessment(marked.criterion);
      // "Desirable: a qualification in …" is a criterion of its own once the prefix is gone.
      const text = upperFirst(criterion);
      if (!text) continue;
      const kind = criterionKind(text, category);
      fromSection.push({
        text,
        essential: itemEssential,
        category: category ?? kind.category,
        assessment: how ? spellAssessment(how) : kind.assessment,
        statementId: null,
        source: 'person-specification',
      });
    }
  }

  const registration: CriterionData[] = [];
  const regulation = role?.regulation;
  if (regulation && !fromSection.some((c) => asksForRegistration(c.text, lint))) {
    registration.push({
      text: upperFirst(regulation.requirement),
      essential: true,
      category: REGISTRATION.category,
      assessment: REGISTRATION.assessment,
      statementId: null,
      source: 'registration',
    });
  }

  // Framework section 2: the workforce is not expected to meet all capability requirements at entry level.
  // The statements the author lists in essential_capabilities are essential; the rest are developed in post.
  const chosen = new Set(lint.fields.essentialCapabilities);
  const statements = roleStatements(lint);
  // A pick-and-mix role's capabilities are the employer's to choose (framework section 2; providers "must not
  // expect all nursing professionals to fulfil the full list", 5.6): its post asks only for those the document
  // lists or restates. Any other role's post asks for them all.
  const covered = coveredStatements(lint);
  const asked = ({ statement, role: owner }: RoleStatement) => !owner.pickAndMix || covered.has(statement.id);
  const fromCapabilities: CriterionData[] = statements
    .filter(({ statement }) => chosen.has(statement.id))
    .map(({ statement }) => ({
      text: upperFirst(statement.text),
      essential: true,
      ...criterionKind(statement.text),
      statementId: statement.id,
      source: 'capability',
    }));
  // No framework role describes a volunteer: the plan keeps volunteer roles apart from the employed ones
  // (Part 2, Volunteers), so a volunteer post develops none of a role's capabilities in post.
  const develop = lint.volunteer
    ? []
    : developData(
        statements.filter((s) => !chosen.has(s.statement.id) && asked(s)),
        role,
      );

  const all = [...registration, ...fromSection, ...fromCapabilities];
  const stated = [...registration, ...fromSection];
  const essentialFirst = (cs: CriterionData[]) => [...cs.filter((c) => c.essential), ...cs.filter((c) => !c.essential)];
  const grouped = (cs: CriterionData[]) =>
    groupByCategory(cs).map(({ category, criteria }) => ({ category, criteria: essentialFirst(criteria) }));
  return {
    essential: all.filter((c) => c.essential),
    desirable: all.filter((c) => !c.essential),
    stated: essentialFirst(stated),
    statedGroups: grouped(stated),
    groups: grouped(all),
    develop,
  };
}

/**
 * Whether a criterion already asks for the registration the post's regulated
 * role needs: it names the regulator, or it asks for registration (not a
 * professional body's chartership: "Chartered Clinical Psychologist" is no
 * HCPC registration) and names the role as a job title would ("Registered
 * General or Mental Health Nurse"), which the framework's wording for every
 * nurse would only widen, and no other regulator ("Registered with the HCPC as a social worker" is
 * not the Social Work England registration a social worker needs).
 */
function asksForRegistration(criterion: string, lint: LintContext): boolean {
  const { role, framework } = lint;
  const regulation = role?.regulation;
  if (!regulation) return false;
  if (containsAnyPhrase(criterion, regulation.evidence)) return true;
  const otherRegulators = framework.roles.flatMap((r) =>
    r.regulation && r.regulation.regulator !== regulation.regulator ? r.regulation.evidence : [],
  );
  return (
    REGISTRATION.words.test(criterion) &&
    analyseTitle(criterion, framework, lint.config).roles.includes(role.id) &&
    !containsAnyPhrase(criterion, otherRegulators)
  );
}

/** The interview questions for the document's role and the roles it builds on (base roles first), its regulator's and the shared ones. */
function interviewData(lint: LintContext): TemplateContext['interview'] {
  const data = loadInterviewData();
  const role = lint.role;
  const post = { covered: coveredStatements(lint), leadsOthers: leadsOthers(lint.doc, lint.framework.guidance) };
  // Nor is a volunteer asked about a role's capabilities (see criteriaData).
  const domains = (lint.volunteer ? [] : postRoles(lint)).flatMap((r) =>
    r.kind !== 'capabilities'
      ? []
      : r.domains.map((domain) => ({
          name: domainName(domain, r, role),
          questions: domainQuestions(
            data.domains.find((d) => d.role === r.id && d.domain === domain.id)?.questions ?? [],
            r,
            post,
          ).map((q) => ({
            question: q.question,
            goodAnswer: q.goodAnswer,
            statementIds: q.statements,
          })),
        })),
  );
  const registration = role?.regulation
    ? data.registration.find((r) => r.regulator === role.regulation!.regulator)
    : undefined;
  return {
    scale: data.scale.points.map(({ score, meaning }) => ({ score, meaning })),
    values: data.values.map(({ principle, question, goodAnswer }) => ({ principle, question, goodAnswer })),
    domains,
    profile: (role ? (data.profiles.find((p) => p.role === role.id)?.questions ?? []) : []).map(
      ({ question, goodAnswer }) => ({ question, goodAnswer }),
    ),
    registration: registration
      ? {
          regulator: role!.regulation!.regulatorName,
          question: registration.question,
          goodAnswer: registration.goodAnswer,
        }
      : null,
    supervision: supervisionQuestion(lint, data),
  };
}

type DomainQuestion = InterviewData['domains'][number]['questions'][number];

/**
 * A domain's questions to ask the post, those on statements its capabilities
 * or duties list or restate first, else in the data's order. A post of a
 * pick-and-mix role need not have every capability of the role (framework
 * section 2; nurses, 5.6), so it is asked how it would lead others only when
 * the document gives it that work, in its prose or by restating a statement
 * the question tests.
 */
function domainQuestions(
  questions: readonly DomainQuestion[],
  owner: Role,
  post: { covered: ReadonlySet<string>; leadsOthers: boolean },
): DomainQuestion[] {
  const covers = (q: DomainQuestion) => q.statements.some((id) => post.covered.has(id));
  const asked = questions.filter((q) => !q.leadsOthers || !owner.pickAndMix || post.leadsOthers || covers(q));
  return [...asked.filter(covers), ...asked.filter((q) => !covers(q))];
}

/** The statements of the post's roles that the document's capabilities or duties list or restate. */
function coveredStatements(lint: LintContext): Set<string> {
  const coverage = analyseCoverage(lint);
  return new Set(
    [coverage.own, ...coverage.bases]
      .flatMap((c) => (c?.domains ?? []).flatMap((d) => d.statements.filter((s) => s.status !== 'missing')))
      .map((s) => s.entry.statement.id),
  );
}

/**
 * The supervision question for the post: volunteers are supervised and
 * supported but do no clinical work (plan 39.1); a role that needs none of
 * the guidance's kinds of supervision (a manager's, plan 3.6) is asked about
 * management supervision; a role that needs supportive supervision and not
 * clinical (peer support workers, framework section 4) about that; everyone
 * else about clinical supervision (plan 3.2). The wording that tells
 * candidates the post has it is used only when the job description offers
 * it, as the advert's is.
 */
function supervisionQuestion(lint: LintContext, data: InterviewData): TemplateContext['interview']['supervision'] {
  const [chosen, kind] = neededSupervision(lint, data);
  const offered = chosen.offeredQuestion && kind && offersSupervision(lint.doc, kind) ? chosen.offeredQuestion : null;
  return { question: offered ?? chosen.question, goodAnswer: chosen.goodAnswer };
}

/** The supervision question for the post, as supervisionQuestion chooses it, with the evidence of its offer. */
function neededSupervision(
  lint: LintContext,
  data: InterviewData,
): [InterviewData['supervision'], { readonly evidence: readonly string[] } | undefined] {
  const { guidance } = lint.framework;
  if (lint.volunteer) return [data.volunteerSupervision, guidance.volunteers.supervision];
  const required = requiredSupervision(lint);
  if (lint.role && required.length === 0) return [data.managementSupervision, guidance.managementSupervision];
  const ofKind = (kind: string) => required.find((s) => s.kind === kind);
  return ofKind('supportive') && !ofKind('clinical')
    ? [data.supportiveSupervision, ofKind('supportive')]
    : [data.supervision, ofKind('clinical')];
}

/** A statement of one of the post's roles, with its domain and role. */
interface RoleStatement {
  statement: Statement;
  domain: Domain;
  role: Role;
}

/** The statements of the document's role and the roles it builds on, base roles first, with their domain and role. */
function roleStatements(lint: LintContext): RoleStatement[] {
  return postRoles(lint).flatMap((role) =>
    role.kind === 'capabilities'
      ? role.domains.flatMap((domain) => domain.statements.map((statement) => ({ statement, domain, role })))
      : [],
  );
}

/** The document's role and the roles it builds on, base roles first. */
function postRoles(lint: LintContext): Role[] {
  const roles = lint.framework.roles.filter((r) => lint.ownRoleIds.has(r.id) && r.id !== lint.role?.id);
  return lint.role ? [...roles, lint.role] : roles;
}

/** A domain's name, with its role in brackets when that is a role the post builds on. */
function domainName(domain: Domain, owner: Role, role: Role | null): string {
  return owner.id === role?.id ? domain.name : `${domain.name} (${lowerFirst(owner.name)})`;
}

/** The capabilities to develop in post, one row a domain: "DAW-2-01 to DAW-2-13" where the ids run on. */
function developData(statements: readonly RoleStatement[], role: Role | null): TemplateContext['criteria']['develop'] {
  const rows: TemplateContext['criteria']['develop'] = [];
  for (const { statement, domain, role: owner } of statements) {
    const name = domainName(domain, owner, role);
    const last = rows[rows.length - 1];
    if (last?.domain === name) last.statementIds.push(statement.id);
    else rows.push({ domain: name, section: owner.section, statementIds: [statement.id], ids: '' });
  }
  for (const row of rows) row.ids = numberRanges(row.statementIds);
  return rows;
}

/** The person specification's categories, in the order shortlisting panels read them. */
const CATEGORY_ORDER = [
  'Registration',
  'Qualifications and training',
  'Experience',
  'Knowledge',
  'Skills and abilities',
  'Values and personal qualities',
  'Other requirements',
];

function groupByCategory(criteria: readonly CriterionData[]): { category: string; criteria: CriterionData[] }[] {
  const groups = new Map<string, CriterionData[]>();
  for (const c of criteria) groups.set(c.category, [...(groups.get(c.category) ?? []), c]);
  // An employer's own heading ("Qualifications", "Skills") goes where its kind's category would.
  const rank = (category: string) =>
    CATEGORY_ORDER.includes(category)
      ? CATEGORY_ORDER.indexOf(category)
      : CATEGORY_ORDER.indexOf(criterionKind(category).category);
  return [...groups].sort(([a], [b]) => rank(a) - rank(b)).map(([category, items]) => ({ category, criteria: items }));
}

/** What a criterion is: its person-specification category and how a recruiter can check it, kept together so they cannot disagree. */
interface CriterionKind {
  category: string;
  assessment: string;
}

/** A regulator's register: "Registered nurse", "registration with the NMC"; not "post-registration experience". */
const REGISTRATION = {
  category: 'Registration',
  words: /(?<!post[- ]?)\b(registration|registered|register)\b/i,
  assessment: 'Application and registration check',
};

/**
 * The kinds of criterion its words name anywhere, first match wins: a
 * registration ("Registered nurse", "… with current registration") or
 * pre-employment check has to be made, and working conditions ("Able to work
 * flexible hours") met, whatever else the criterion asks.
 */
const ANYWHERE: (CriterionKind & { words: RegExp })[] = [
  REGISTRATION,
  // Before qualifications: a "DBS certificate" is a check, not a qualification.
  {
    category: 'Other requirements',
    words: /\b(DBS|driving licen[cs]e|right to work)\b/i,
    assessment: 'Pre-employment check',
  },
  { category: 'Other requirements', words: /\b(car user|able to travel|flexib\w*)\b/i, assessment: 'Interview' },
];

/**
 * The other kinds of criterion by their words. A criterion names what it asks
 * for first and what that is about after ("Experience of delivering training",
 * "Training in motivational interviewing"), so the kind whose words come first
 * wins, the first listed on a tie.
 */
const KINDS: (CriterionKind & { words: RegExp })[] = [
  // A framework capability ("able to deliver training") is a skill, whatever it is about.
  { category: 'Skills and abilities', words: /^(be )?able to\b/i, assessment: 'Interview' },
  // A professional body's chartership or membership ("Chartered with the British Psychological Society") is
  // checked on its register, but is no registration with the role's regulator (asksForRegistration).
  {
    category: 'Registration',
    words: /\b(chartered|chartership|membership|accreditation)\b/i,
    assessment: 'Application and registration check',
  },
  // Not "post-qualification experience".
  {
    category: 'Qualifications and training',
    words:
      /(?<!post[- ]?)\b(qualifications?|qualified|qualifying)\b|\b(degree|graduate|postgraduate|doctorate|doctoral|PhD|DClinPsy|masters?|MSc|MA|BSc|BA|PG ?Dip|PG ?Cert|[12]:[12]|diploma|certificate|NVQ|GCSEs?|A[- ]levels?|BTEC|level \d|course|training)\b/i,
    assessment: 'Application and certificate check',
  },
  {
    category: 'Values and personal qualities',
    words: /\blived experience\b/i,
    assessment: 'Application and interview',
  },
  {
    category: 'Values and personal qualities',
    words: /\b(commitment|committed|values|compassion\w*|empath\w*|non-judgemental|respect\w*|integrity)\b/i,
    assessment: 'Interview',
  },
  { category: 'Experience', words: /\bexperience\b/i, assessment: 'Application and interview' },
  {
    category: 'Knowledge',
    words: /\b(knowledge|understanding|aware(ness)?)\b/i,
    assessment: 'Application and interview',
  },
];

const SKILL: CriterionKind = { category: 'Skills and abilities', assessment: 'Interview' };

/**
 * A criterion's kind by its own words, else by those of the heading it sits
 * under: "2:1 in Psychology" under "### Qualifications" is checked against
 * certificates, "Prescribing in drug and alcohol services" under
 * "### Experience" from the application and interview.
 */
function criterionKind(text: string, heading: string | null = null): CriterionKind {
  const { category, assessment } = byWords(text) ?? (heading === null ? undefined : byWords(heading)) ?? SKILL;
  return { category, assessment };
}

/** The kind of criterion its words say: one named anywhere, else the one named first (ANYWHERE, KINDS). */
function byWords(words: string): CriterionKind | undefined {
  const anywhere = ANYWHERE.find((kind) => kind.words.test(words));
  if (anywhere) return anywhere;
  let first: { kind: CriterionKind; at: number } | undefined;
  for (const kind of KINDS) {
    const at = words.search(kind.words);
    if (at >= 0 && (!first || at < first.at)) first = { kind, at };
  }
  return first?.kind;
}

import type { JdDocument } from '../document/parse';
import { insertField, insertFrontMatter, replaceFieldValue } from '../edits/front-matter-edits';
import { FIELD_BY_NAME, type FieldSpec } from '../fields';
import type { LintContext } from '../lint-context';
import { closest } from '../text/closest';
import { analyseTitle } from '../title';
import type { Finding, Rule } from './rule';

export const rule: Rule = {
  id: 'invalid-front-matter',
  defaultSeverity: 'error',
  summary:
    'The front matter is missing, is not valid YAML, has no title, or has a field with a value jdkit cannot use.',
  rationale:
    'The fields between the "---" lines tell jdkit which framework role the post is for, so that it can check the capabilities, caseload and supervision against the capability framework. The workforce plan (6.8) asks employers to use the framework to define roles, job descriptions and job titles, so every job description needs a title.',
  sources: [{ document: 'plan', ref: '6.8' }],
  fixesOffered: [
    'With no front matter, add it, with the title taken from the document’s first-level heading.',
    'With no "title" field, add one from the document’s first-level heading.',
    'Change a field value jdkit cannot use to the allowed value nearest to it, such as a misspelt role id.',
    'Repair a usual YAML slip where the intent is clear: add a missing colon or the space after it, quote a value with a second colon or a reserved first character, close a quote, replace tabs, remove stray indentation or a list dash, or add the closing "---".',
  ],
  check(context) {
    const { doc } = context;
    const frontMatter = doc.frontMatter;
    if (!frontMatter) {
      const title = headingTitle(doc);
      return [
        {
          message:
            'This job description has no front matter. Start the file with a "---" line, then one line per field, such as "title: Drug and alcohol worker" and "role: drug-and-alcohol-worker", then another "---" line. The "title" field is required.',
          range: doc.lines.lineRange(0),
          ...(title
            ? {
                fixes: [
                  { title: `Add front matter with the title "${title}"`, edits: [insertFrontMatter(doc, { title })] },
                ],
              }
            : {}),
        },
      ];
    }
    // The parser has already explained YAML errors, with a fix where the intent is clear; fields are only checked once the YAML can be read.
    if (frontMatter.problems.length > 0)
      return frontMatter.problems.map((p) => ({
        message: p.message,
        range: p.range,
        ...(p.fix ? { fixes: [p.fix] } : {}),
      }));

    const findings: Finding[] = [];
    if (!frontMatter.fields.has('title')) findings.push(missingTitle(doc));
    for (const [name, field] of frontMatter.fields) {
      const spec = FIELD_BY_NAME.get(name);
      if (!spec) continue; // unknown-field reports these
      const result = spec.schema.safeParse(field.value);
      if (result.success) continue;
      const empty =
        field.valueRange.start.line === field.valueRange.end.line &&
        field.valueRange.start.character === field.valueRange.end.character;
      const suggestion =
        spec.values && typeof field.value === 'string' ? suggestValue(spec, field.value, context) : undefined;
      const finding: Finding = {
        message: isBlank(field.value)
          ? `The field "${name}" has no value. Fill it in: ${spec.description[0].toLowerCase()}${spec.description.slice(1)}${spec.values ? ` Use one of: ${spec.values.join(', ')}.` : ''}`
          : `The field "${name}" ${requirement(spec, result.error.issues[0])}, but it is ${describe(field.value)}.`,
        range: empty ? field.keyRange : field.valueRange,
        data: { field: name },
      };
      if (suggestion) {
        finding.message += ` Did you mean "${suggestion}"?`;
        finding.data = { field: name, suggestion, ...(name === 'role' ? { roles: [suggestion] } : {}) };
        finding.fixes = [
          {
            title: `Change ${name} to ${suggestion}`,
            edits: [replaceFieldValue(doc, field, suggestion)],
            needsJudgement: true,
          },
        ];
      }
      findings.push(finding);
    }
    return findings;
  },
};

function missingTitle(doc: JdDocument): Finding {
  const title = headingTitle(doc);
  const edit = title ? insertField(doc, 'title', title) : null;
  return {
    message:
      'The front matter has no "title" field. Add the job title as it will appear in the advert, for example "title: Drug and alcohol worker": jdkit uses it to find the framework role (workforce plan 6.8 and 6.18).',
    range: doc.lines.lineRange(doc.frontMatter!.openingLine),
    data: { field: 'title' },
    ...(edit ? { fixes: [{ title: `Add the title "${title}"`, edits: [edit] }] } : {}),
  };
}

/** The document's first level-1 heading, which usually is the job title. */
function headingTitle(doc: JdDocument): string | undefined {
  return doc.headings.find((h) => h.level === 1 && h.text)?.text;
}

/** What the field accepts, as a phrase completing "The field "x" …". */
function requirement(spec: FieldSpec, issue: { code: string; message: string; expected?: unknown }): string {
  if (spec.values) return `must be one of: ${spec.values.join(', ')}`;
  if (issue.code === 'invalid_union') return 'must be text or a number';
  if (issue.code === 'invalid_type' && issue.expected === 'string') return 'must be text';
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'must be a number';
  if (issue.code === 'invalid_type' && issue.expected === 'array')
    return 'must be a list in square brackets, such as [A, B]';
  // The remaining checks carry their own wording in FIELD_SPECS ("must be a whole number", "must not be empty").
  return issue.message;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a group of fields';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'empty';
}

/**
 * The allowed value the user most likely meant: the same words written as an
 * id ("Criminal justice" → criminal-justice), a role named by its job title
 * ("Registered nurse"), the one value containing the words, or a near spelling.
 */
function suggestValue(spec: FieldSpec, value: string, context: LintContext): string | undefined {
  const values = spec.values!;
  const slug = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (values.includes(slug)) return slug;
  const named = spec.name === 'role' ? analyseTitle(value, context.framework, context.config).roles[0] : undefined;
  if (named) return named;
  // One word of a value: "psychologist" → practitioner-psychologist, but not "worker", which several share.
  const containing = values.filter((v) => `-${v}-`.includes(`-${slug}-`));
  return containing.length === 1 ? containing[0] : closest(slug, values);
}

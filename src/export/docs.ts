// Generates the template-context reference in docs/templates.md from the zod
// schema in context.ts, so that every field is documented and the
// documentation changes with the code. A unit test fails when the file is
// stale; `node out/src/export/docs.js` rewrites it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as z from '../core/zod';
import { blockSchema, capabilitySchema, criterionSchema, sectionSchema, templateContextSchema } from './context';

export const TEMPLATES_DOC = path.resolve(__dirname, '..', '..', '..', 'docs', 'templates.md');
const START = '<!-- generated:template-context -->';
const END = '<!-- /generated:template-context -->';

/** Schemas used in several places get a name and a table of their own. */
const NAMED: [Schema, string][] = [
  [sectionSchema, 'Section'],
  [blockSchema, 'Block'],
  [capabilitySchema, 'Capability'],
  [criterionSchema, 'Criterion'],
];

interface Row {
  field: string;
  type: string;
  meaning: string;
}

type Schema = z.core.$ZodType;
type Def = { type: string; [key: string]: unknown };
const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
/** What the schema's `z.describe` check says of it (context.ts). */
const descriptionOf = (schema: Schema): string | undefined => z.globalRegistry.get(schema)?.description;

function nameOf(schema: Schema): string | undefined {
  return NAMED.find(([s]) => s === schema)?.[1];
}

/** The rows for `schema` at `prefix`: one per field, nested objects flattened into dotted paths. */
function rows(schema: Schema, prefix: string, description?: string): Row[] {
  const def = defOf(schema);
  const meaning = description ?? descriptionOf(schema) ?? '';
  const named = prefix !== '' ? nameOf(schema) : undefined;
  if (named) return [{ field: prefix, type: `[${named}](#${named.toLowerCase()})`, meaning }];
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, Schema>;
      const own = prefix ? [{ field: prefix, type: 'object', meaning }] : [];
      return [
        ...own,
        ...Object.entries(shape).flatMap(([key, value]) => rows(value, prefix ? `${prefix}.${key}` : key)),
      ];
    }
    case 'nullable': {
      const inner = def.innerType as Schema;
      const [first, ...rest] = rows(inner, prefix, meaning || descriptionOf(inner));
      return [{ ...first, type: `${first.type} or null` }, ...rest];
    }
    case 'array': {
      const element = def.element as Schema;
      const elementName = nameOf(element);
      if (elementName)
        return [{ field: prefix, type: `list of [${elementName}](#${elementName.toLowerCase()})`, meaning }];
      const elementDef = defOf(element);
      if (elementDef.type === 'object') {
        return [
          { field: prefix, type: 'list', meaning },
          ...rows(element, `${prefix}[]`).filter((r) => r.field !== `${prefix}[]`),
        ];
      }
      return [{ field: prefix, type: `list of ${scalarType(element)}`, meaning }];
    }
    default:
      return [{ field: prefix, type: scalarType(schema), meaning }];
  }
}

function scalarType(schema: Schema): string {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'boolean':
      return 'true/false';
    case 'enum':
      return Object.values(def.entries as Record<string, string>)
        .map((v) => `\`${v}\``)
        .join(', ');
    case 'literal':
      return (def.values as unknown[]).map((v) => `\`${JSON.stringify(v)}\``).join(', ');
    default:
      throw new Error(`docs: no description of zod type "${def.type}"`);
  }
}

function table(list: Row[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    '| Field | Type | Meaning |',
    '| --- | --- | --- |',
    ...list.map((r) => `| \`${r.field}\` | ${cell(r.type)} | ${cell(r.meaning)} |`),
  ].join('\n');
}

/** The generated reference: the context's fields, then each named type. */
export function contextReference(): string {
  const parts = ['### Fields', '', table(rows(templateContextSchema, ''))];
  for (const [schema, name] of NAMED) {
    parts.push('', `### ${name}`, '', descriptionOf(schema) ?? '');
    const def = defOf(schema);
    if (def.type === 'union') {
      for (const option of def.options as Schema[]) {
        const kind = (defOf((defOf(option).shape as Record<string, Schema>).type).values as string[])[0];
        parts.push('', `A ${kind}:`, '', table(rows(option, '')));
      }
    } else parts.push('', table(rows(schema, '')));
  }
  return parts.join('\n');
}

/** `text` with the generated section replaced by the current reference. */
export function regenerateTemplatesDoc(text: string): string {
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${TEMPLATES_DOC} has no ${START} … ${END} section`);
  return `${text.slice(0, from + START.length)}\n${contextReference()}\n${text.slice(to)}`;
}

if (require.main === module) {
  writeFileSync(TEMPLATES_DOC, regenerateTemplatesDoc(readFileSync(TEMPLATES_DOC, 'utf8')));
  console.log(`${path.relative(process.cwd(), TEMPLATES_DOC)}: template context reference regenerated.`);
}

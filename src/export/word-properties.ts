// The front-matter fields a Word export does not show in its text: the
// framework role, who the post works with, paid or volunteer, the setting,
// the essential capabilities, the organisation (in the page header, which
// the import does not read), and how to apply and whom to contact (shown
// only when the job description has no How to apply section of its own,
// and then as sentences, not as fields). The export keeps them in the .docx as a custom
// document property (File › Info › Properties in Word), so that importing the
// export gives them back; every other field is in the text, where the
// recruiter may have edited it, and is read from there.
import { decodeXML } from 'entities';
import { acceptedValue } from '../core/fields';

export const KEPT_FIELDS = [
  'role',
  'population',
  'employment',
  'setting',
  'essential_capabilities',
  'organisation',
  'apply',
  'contact',
] as const;
/** The custom property's name. */
export const PROPERTY_NAME = 'jdkit fields';
/** Where a .docx keeps its custom properties. */
export const CUSTOM_PROPERTIES_PART = 'docProps/custom.xml';
/** Where it keeps its core properties, the description among them. */
export const CORE_PROPERTIES_PART = 'docProps/core.xml';
/** How an export's description starts (File › Info › Properties › Comments in Word). */
export const MADE_WITH_JDKIT = 'Made with jdkit';

const DESCRIPTION = /<dc:description>([^<]*)<\/dc:description>/;

/** The template jdkit exported the document with, as its core properties say; null when jdkit did not make it. */
export function exportTemplate(coreXml: string): string | null {
  const description = decodeXML(DESCRIPTION.exec(coreXml)?.[1] ?? '').trim();
  if (!description.startsWith(`${MADE_WITH_JDKIT} `)) return null;
  return /with the "([\w-]+)" template/.exec(description)?.[1] ?? '';
}

/** The kept fields the front matter has, valid ones only, as the property's JSON value; null when there are none. */
export function keptFieldsValue(fields: ReadonlyMap<string, { value: unknown }> | undefined): string | null {
  const kept: Record<string, unknown> = {};
  for (const name of KEPT_FIELDS) {
    const value = acceptedValue(name, fields?.get(name)?.value);
    if (value !== undefined) kept[name] = value;
  }
  return Object.keys(kept).length > 0 ? JSON.stringify(kept) : null;
}

/**
 * The kept fields in a .docx's custom properties (the XML of
 * CUSTOM_PROPERTIES_PART). The file may come from anywhere: anything but a
 * kept field with a value its field accepts is ignored.
 */
export function readKeptFields(customXml: string): Record<string, string | number | string[]> {
  const property = new RegExp(
    `<property\\b[^>]*\\bname="${PROPERTY_NAME}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`,
  ).exec(customXml);
  if (!property) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeXML(property[1]));
  } catch {
    return {};
  }
  const kept: Record<string, string | number | string[]> = {};
  if (typeof parsed !== 'object' || parsed === null) return kept;
  for (const name of KEPT_FIELDS) {
    const value = acceptedValue(name, (parsed as Record<string, unknown>)[name]);
    if (value !== undefined) kept[name] = value as string | number | string[];
  }
  return kept;
}

import type { JdDocument } from './document/parse';
import { containsAnyPhrase } from './text/find-phrases';
import { documentText } from './text/document-text';

/**
 * Whether the job description offers a kind of supervision: its prose names
 * it in any of the words the guidance data lists as its evidence. The
 * Capabilities section does not count: its framework statements say what the
 * postholder does ("able to engage in regular clinical supervision", "provide
 * clinical supervision to others"), not what the employer provides (plan
 * 3.2). What the missing-supervision rule looks for, and all an export may
 * promise applicants.
 */
export function offersSupervision(doc: JdDocument, kind: { readonly evidence: readonly string[] }): boolean {
  const text = documentText(doc).text;
  const capabilities = doc.capabilities;
  if (!capabilities) return containsAnyPhrase(text, kind.evidence);
  const start = doc.lines.offsets[capabilities.startLine] ?? text.length;
  const end = doc.lines.offsets[capabilities.endLine] ?? text.length;
  return containsAnyPhrase(text.slice(0, start), kind.evidence) || containsAnyPhrase(text.slice(end), kind.evidence);
}

// The front-matter list `essential_capabilities` names the framework
// statements a candidate must meet at entry; the person specification makes
// them essential and leaves the rest "to develop in post" (framework section
// 2). An id that is not one of the role's statements (or of the roles it
// builds on) would silently drop out of the person specification.
import type { TextLines } from '../document/text-lines';
import type { Range } from '../types';
import { closest } from '../text/closest';
import type { Finding, Rule } from './rule';

export const rule: Rule = {
  id: 'unknown-essential-capability',
  defaultSeverity: 'warning',
  summary:
    'An id in the essential_capabilities list is not a capability statement of the post’s role or of a role it builds on.',
  rationale:
    'The framework (section 2) says the workforce is not expected to meet all capability requirements at entry level, but should be supported to work towards them. `essential_capabilities` lists the statements a candidate must already meet; the person specification makes those essential and the rest to develop in post. An id that names no statement of the role drops out of the person specification without a word.',
  sources: [{ document: 'framework', ref: '2' }],
  fixesOffered: ['Change the id to the role’s statement id nearest to it, such as "DAW-2-6" to "DAW-2-06".'],
  check(context) {
    const ids = context.fields.essentialCapabilities;
    const field = context.field('essential_capabilities');
    if (ids.length === 0 || !field || !context.role || context.role.kind !== 'capabilities') return [];
    const own = context.framework.roles
      .filter((r) => context.ownRoleIds.has(r.id))
      .flatMap((r) => (r.kind === 'capabilities' ? r.domains.flatMap((d) => d.statements.map((s) => s.id)) : []));
    const known = new Set(own);
    const findings: Finding[] = [];
    let searchFrom = 0;
    for (const id of ids) {
      const range = rangeOf(context.doc.lines, field.valueRange, id, searchFrom);
      if (range) searchFrom = context.doc.lines.offsetAt(range.end);
      if (known.has(id)) continue;
      const entry = context.framework.statement(id);
      const suggestion = closest(id, own, 3);
      const what = entry
        ? `is a statement of the ${entry.role.name.toLowerCase()} role, not of this post’s`
        : 'is not a framework statement id';
      findings.push({
        message: `"${id}" in essential_capabilities ${what}, so the person specification leaves it out.${suggestion ? ` Did you mean ${suggestion}?` : ''} \`jdkit capabilities ${context.role.id}\` lists the ids.`,
        range: range ?? field.valueRange,
        data: { id, roles: [context.role.id], ...(suggestion ? { suggestion } : {}) },
        ...(range && suggestion
          ? {
              fixes: [
                { title: `Change to ${suggestion}`, edits: [{ range, newText: suggestion }], needsJudgement: true },
              ],
            }
          : {}),
      });
    }
    return findings;
  },
};

/** The range of `id` written within the field's value, searching from `from` (ids may repeat). */
function rangeOf(lines: TextLines, value: Range, id: string, from: number): Range | null {
  const { text } = lines;
  const start = Math.max(lines.offsetAt(value.start), from);
  const end = lines.offsetAt(value.end);
  const at = text
    .slice(start, end)
    .search(new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`));
  return at < 0 ? null : { start: lines.positionAt(start + at), end: lines.positionAt(start + at + id.length) };
}

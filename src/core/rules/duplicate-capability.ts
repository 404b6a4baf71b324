import type { Bullet, JdDocument } from '../document/parse';
import type { Range } from '../types';
import { NOT_PICK_AND_MIX, type Rule } from './rule';

export const rule: Rule = {
  id: 'duplicate-capability',
  defaultSeverity: 'warning',
  summary: 'Two capability bullets are the same framework statement.',
  rationale:
    'The framework (section 2) gives each role its capabilities once and says they are all fundamental to the role, not to be used "pick and mix". A repeated statement, exact or reworded, makes the job description longer without asking for anything more, and often stands where a different statement was meant.',
  sources: [NOT_PICK_AND_MIX],
  fixesOffered: ['Delete the repeated bullet.'],
  check(context) {
    const first = new Map<string, Bullet>();
    return context.bullets.flatMap(({ bullet, match }) => {
      const statement = (match.own ?? match.best)?.statement;
      if (!statement) return [];
      const earlier = first.get(statement.id);
      if (!earlier) {
        first.set(statement.id, bullet);
        return [];
      }
      const domain = context.framework.statement(statement.id)!.domain.name;
      return [
        {
          message: `This repeats capability ${statement.id} (${domain}), already listed on line ${earlier.startLine + 1}. Each statement only needs to appear once.`,
          range: bullet.range,
          data: { statementId: statement.id, firstLine: earlier.startLine },
          fixes: [{ title: 'Delete the repeat', edits: [{ range: itemLines(context.doc, bullet), newText: '' }] }],
        },
      ];
    });
  },
};

/**
 * The item's whole lines with their line breaks. In a loose list (a blank
 * line before the item) the blank lines after it go too, so the list keeps
 * one blank line between items; in a tight list they stay, keeping the blank
 * line before whatever follows the list.
 */
function itemLines(doc: JdDocument, bullet: Bullet): Range {
  const { lines } = doc;
  const loose = bullet.startLine > 0 && lines.lines[bullet.startLine - 1].trim() === '';
  let end = bullet.endLine;
  if (!loose) while (end - 1 > bullet.startLine && lines.lines[end - 1].trim() === '') end--;
  return {
    start: { line: bullet.startLine, character: 0 },
    end: end < lines.lineCount ? { line: end, character: 0 } : lines.end,
  };
}

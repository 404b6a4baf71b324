// The two source documents, for tests that check quotes are verbatim.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceRef } from '../../src/core/framework/schema';

// Compiled to out/test/unit/, three levels below the repository root.
export const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Only whitespace runs and apostrophe style may differ between a quote and its source. */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export const frameworkText = fs.readFileSync(path.join(ROOT, 'framework-data/source/capability-framework.txt'), 'utf8');
// The plan is a Word export: bookmark markers sit inside sentences.
export const planText = fs
  .readFileSync(path.join(ROOT, 'framework-data/source/workforce-strategic-plan-2024-2034.txt'), 'utf8')
  .replace(/\[bookmark: [^\]]*\]/g, '');

export const normalisedSource = { framework: normalise(frameworkText), plan: normalise(planText) };

/** True when the reference's quote (if any) appears verbatim in the document it names. */
export function quoteIsVerbatim(ref: SourceRef): boolean {
  return ref.quote === undefined || normalisedSource[ref.document].includes(normalise(ref.quote));
}

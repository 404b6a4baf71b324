// Whether a job description gives the post others to lead: to supervise,
// line-manage, lead or mentor. The interview pack asks a pick-and-mix role's
// post (framework section 2) about that work only when the post has it.
import type { JdDocument } from './document/parse';
import type { GuidanceData } from './framework/schema';
import { readSupervision } from './supervision-offered';
import { affirmedAboutThePost } from './text/post-prose';

/**
 * Whether the prose gives the post that work, in the guidance's words for it
 * or as supervision the postholder gives or makes sure others get (their
 * supervision is the postholder's to see to: "Ensure all staff receive
 * regular clinical supervision"); not in the Capabilities section or the
 * person specification (aboutThePost), nor where the text rules it out.
 */
export function leadsOthers(
  doc: JdDocument,
  guidance: Pick<GuidanceData, 'leadingOthers' | 'supervision' | 'managementSupervision'>,
): boolean {
  return (
    affirmedAboutThePost(doc, guidance.leadingOthers.evidence).length > 0 ||
    [...guidance.supervision, guidance.managementSupervision].some((kind) => {
      const { given, arranged } = readSupervision(doc, kind);
      return given || arranged;
    })
  );
}

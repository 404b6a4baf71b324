// The sentence of an employer's text that invites applicants to get in touch
// before applying ("For an informal chat, call Sam on 01632 960 101"), which
// an advert must keep: the front-matter `contact` field holds the same thing
// when the import or the author put it there.

/** An invitation to ask about the post: an informal chat, finding out more, questions about the role. */
const INVITATION =
  /\binformal(?:ly)?\s+(?:chat|conversation|discussion|enquir(?:y|ies)|visit|call|talk)\b|\bfind out more\b|\b(?:more|further) (?:information|details)\b|\bquestions about (?:the|this) (?:role|post|job|vacancy)\b|\bto discuss (?:the|this) (?:role|post|job|vacancy)\b/i;
/** How to get in touch: a verb of contacting, an email address or a phone number. */
const MEANS =
  /\b(?:contact|call|phone|ring|telephone|e-?mail|speak (?:to|with)|talk (?:to|with))\b|\S@\S|\b0\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b/i;
/** Where a sentence ends: ".", "!" or "?" before a capital, a digit or the end. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z0-9"“‘'(])/;

/** The first sentence of `text` that invites an informal enquiry and says how to make it, or null. */
export function informalContactSentence(text: string): string | null {
  return text.split(SENTENCE_END).find((s) => INVITATION.test(s) && MEANS.test(s)) ?? null;
}

/**
 * How sure an attribution is, and why: what an editor checks before a card puts words in a mouth.
 * extractForReview returns one Attribution per quote; reviewSummary words the count for a person.
 */

/**
 * `high`: a verb of saying or "according to" ties the quotation to a name (or to "a witness"), and the attribution
 * model (trained on real news, see docs/extract-review.md) finds that speaker likely among the people the text
 * offers. `medium`: the speaker is reached through a pronoun, a description ("the ministry"), a verb the rules do not
 * know, or the quotation before it; or the model finds it unsure. `low`: no speaker found, the speaker is unknown.
 */
export type Confidence = 'high' | 'medium' | 'low';

/** Where the attribution was found. */
export type CueName =
  | 'after'
  | 'before'
  | 'colon'
  | 'comma'
  | 'next-sentence'
  | 'fragment'
  | 'unknown-verb'
  | 'signed'
  | 'same-paragraph'
  | 'previous-paragraph'
  | 'about-speaker'
  | 'introduced-before'
  | 'reported-before'
  | 'subject-before'
  | 'headline'
  | 'unsure'
  | 'none';

/** How the words of the cue became a speaker. */
export type LinkName = 'name' | 'description' | 'group' | 'pronoun-subject' | 'pronoun-recent' | 'inherited' | 'none';

/** How one quote of the article was attributed. */
export interface Attribution {
  /** The quote's id in `article.quotes`. */
  quoteId: string;
  /** The speaker's id in `article.speakers` (`unknown` when no rule was confident). */
  speaker: string;
  confidence: Confidence;
  /** The rule that attributed it, in words: "speech verb after the quote; a name". */
  cue: string;
}

/** The cues in words. */
export const CUES: Record<CueName, string> = {
  after: 'speech verb after the quote',
  before: 'speech verb before the quote',
  colon: 'introduced before a colon',
  comma: 'introduced before a comma, with no verb of saying',
  'next-sentence': 'speech verb in the next sentence',
  fragment: 'verb of saying around the fragment',
  'unknown-verb': 'unlisted word between quote and name',
  signed: 'a name signing the quote, after a dash or alone',
  'same-paragraph': 'continues the quote before it in the paragraph',
  'previous-paragraph': 'continues the quote of the paragraph before',
  'about-speaker': 'alone after a paragraph about the one quoted before',
  'introduced-before': 'alone after a paragraph that introduces someone not quoted yet',
  'reported-before': 'the sentence or paragraph before reports what someone said',
  'subject-before': 'the sentence before, in the paragraph, is about the one it names',
  headline: 'a headline quoting words the story attributes',
  unsure: 'the attribution model found the speaker unsure: left unknown',
  none: 'no cue found: speaker unknown',
};

/** Added to the cue when the attribution model finds the rules' choice unsure. */
export const DOUBTED = 'unsure by the attribution model';

/** The links in words. */
export const LINKS: Record<LinkName, string> = {
  name: 'a name',
  description: 'a description → the one named before',
  group: 'a group or document',
  'pronoun-subject': 'pronoun → subject of its sentence',
  'pronoun-recent': 'pronoun → the last one named',
  inherited: 'same speaker',
  none: '',
};

/** Does the quote need an editor's eye before it is published? */
export const needsReview = (attribution: Attribution): boolean => attribution.confidence !== 'high';

/**
 * One line for the person who ran the extraction: "3 of 12 quotes need review (1 with no speaker
 * found, 2 unsure)." or "All 12 quotes are attributed with confidence."
 */
export function reviewSummary(attributions: readonly Attribution[]): string {
  const total = attributions.length;
  const quotes = (n: number) => `${n} ${n === 1 ? 'quote' : 'quotes'}`;
  if (!total) return 'No quotes found.';
  const unknown = attributions.filter((attribution) => attribution.confidence === 'low').length;
  const unsure = attributions.filter((attribution) => attribution.confidence === 'medium').length;
  if (!unknown && !unsure)
    return total === 1 ? 'The quote is attributed with confidence.' : `All ${quotes(total)} are attributed with confidence.`;
  const review = unknown + unsure;
  const parts = [unknown ? `${unknown} with no speaker found` : '', unsure ? `${unsure} unsure` : ''].filter(Boolean);
  return `${review} of ${quotes(total)} ${review === 1 ? 'needs' : 'need'} review (${parts.join(', ')}).`;
}

/**
 * A learned second opinion on who said a quotation. The rules (attribution.ts, extract-article.ts) choose a speaker;
 * this module lists the other people and organisations the text offers near the quotation, describes each candidate
 * by a few facts read from the text (the cue, where the candidate stands, what kind of mention it is), and scores
 * them with a logistic model (a softmax over the candidates and `unknown`) whose weights are trained offline by
 * scripts/train-attribution.mjs on the real-article set (see docs/extract-review.md). extract-article.ts uses the
 * probability of the rules' choice as its confidence. Runtime: one dot product per candidate.
 */
import { mentionsIn, sentenceSubject, tokensIn, type Paragraph } from './attribution.js';
import type { Lexicon } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { Confidence, CueName, LinkName } from './review.js';
import type { Entity, Speakers } from './speakers.js';
import { firstTokenFrom, foldWords, sentenceIndexAt } from './text.js';

/** The features, in the order of the weights; a candidate's vector holds them, `unknown`'s only the `unk…` ones. */
export const FEATURES = [
  'rule',
  'rule-high',
  'rule-inherited',
  'rule-pronoun',
  'rule-pronoun-recent',
  'rule-after',
  'rule-description',
  'rule-group',
  'rule-weak-cue',
  'rule-fragment',
  'rule-en',
  'in-after',
  'in-before',
  'after-colon',
  'in-previous-sentence',
  'in-next-sentence',
  'previous-paragraph-subject',
  'last-speaker',
  'previous-paragraph-speaker',
  'next-to-cue',
  'sentence-subject',
  'closeness',
  'full-name',
  'one-word-name',
  'organisation',
  'described',
  'pronoun-only',
  'sentence-initial-only',
  'spoke-before',
  'mentions',
  'times-named',
  'named-in-quote',
  'not-a-name',
  'unk-bias',
  'unk-no-rule',
  'unk-partial',
  'unk-candidates',
  'unk-en',
  'unk-rule-weak',
  'unk-rule-pronoun',
  'unk-short-quote',
] as const;

export type FeatureName = (typeof FEATURES)[number];
const F = Object.fromEntries(FEATURES.map((name, k) => [name, k])) as Record<FeatureName, number>;

/** One speaker the text offers for a quotation, with its features. */
export interface Candidate {
  entity: Entity;
  features: Float64Array;
}

/** What the rules decided for a quotation, and where its cues were looked for. */
export interface RuleDecision {
  lex: Lexicon;
  paras: Paragraph[];
  speakers: Speakers;
  /** The quotation: paragraph and offsets of its opening and closing marks. */
  para: number;
  endPara: number;
  open: number;
  close: number;
  /** The stretches read before and after it (in `para` and `endPara`). */
  beforeFrom: number;
  afterFrom: number;
  afterTo: number;
  colon: boolean;
  partial: boolean;
  /** The words of the quotation. */
  text: string;
  /** The sentences the rules read (paragraph, from, to). */
  sentences: [number, number, number][];
  entity: Entity | undefined;
  confidence: Confidence;
  cue: CueName;
  link: LinkName;
  last: Entity | undefined;
  previousParagraph: Entity | undefined;
  /** The speakers of the quotations before this one. */
  spoken: ReadonlySet<Entity>;
}

/** At most this many mentions are read in each stretch around a quotation (the nearest). */
const MENTIONS_PER_STRETCH = 8;
/** How far into the reporting sentence of a fragment mentions are read, in characters. */
const REACH = 400;
/** Longer than any sentence of prose, in characters. */
const LONG_SENTENCE = 2000;
/** How far from a mention a cue word may stand, in words. */
const CUE_REACH = 3;

const speakerLike = (mention: Mention) =>
  mention.entity !== 'place' && mention.entity !== 'outlet' && (mention.kind !== 'name' || mention.name !== '' || Boolean(mention.role));

const FOLDED_NAMES = new WeakMap<Entity, string>();
const foldedName = (entity: Entity) => {
  let folded = FOLDED_NAMES.get(entity);
  if (folded === undefined) FOLDED_NAMES.set(entity, (folded = foldWords(entity.name)));
  return folded;
};

/** Is there a verb of saying or "according to" within CUE_REACH words of the mention? */
function nextToCue(para: Paragraph, mention: Mention, lex: Lexicon): boolean {
  const tokens = (para.tokens ??= tokensIn(para, 0, para.masked.length));
  const first = firstTokenFrom(tokens, mention.start);
  for (let k = first - 1, seen = 0; k >= 0 && seen < CUE_REACH; k--) {
    if (!tokens[k].word) continue;
    seen++;
    if (isCueWord(tokens[k].lower, lex)) return true;
  }
  for (let k = firstTokenFrom(tokens, mention.end), seen = 0; k < tokens.length && seen < CUE_REACH; k++) {
    if (!tokens[k].word) continue;
    seen++;
    if (isCueWord(tokens[k].lower, lex)) return true;
  }
  return false;
}

const PREP_HEADS = new WeakMap<Lexicon, Set<string>>();

function isCueWord(lower: string, lex: Lexicon): boolean {
  let heads = PREP_HEADS.get(lex);
  if (!heads) PREP_HEADS.set(lex, (heads = new Set(lex.preps.map((prep) => prep.split(' ', 1)[0]))));
  if (lex.verbs.has(lower) || lex.inverted.has(lower) || heads.has(lower)) return true;
  return lex.lang === 'id' && lower.endsWith('nya') && lex.inverted.has(lower.slice(0, -3));
}

/**
 * The candidates for one quotation: the rules' choice, every person, organisation or description mentioned in the
 * stretches around it (its attribution, the sentence before and after, the previous paragraph's subject), the last
 * speaker, and `unknown` (always last).
 */
export function gatherCandidates(decision: RuleDecision): Candidate[] {
  const { lex, paras, speakers, para: p, endPara } = decision;
  const byEntity = new Map<Entity, Float64Array>();
  const counts = new Map<Entity, number>();
  const featuresOf = (entity: Entity) => {
    let features = byEntity.get(entity);
    if (!features) byEntity.set(entity, (features = new Float64Array(FEATURES.length)));
    return features;
  };
  const kinds = new Map<Entity, { pronoun: boolean; other: boolean; initialOnly: boolean }>();

  const read = (q: number, from: number, to: number, source: FeatureName | undefined, nearest: 'first' | 'last') => {
    const para = paras[q];
    if (!para || from >= to) return;
    let mentions = mentionsIn(para, from, to, lex).filter(speakerLike);
    if (mentions.length > MENTIONS_PER_STRETCH)
      mentions = nearest === 'first' ? mentions.slice(0, MENTIONS_PER_STRETCH) : mentions.slice(-MENTIONS_PER_STRETCH);
    for (const mention of mentions) {
      const sentence = para.sentences[sentenceIndexAt(para.sentences, mention.start)] ?? [from, to];
      const subject = sentenceSubject(para, sentence[0], sentence[1], lex);
      const entity = speakers.resolve(mention, q, subject);
      if (!entity || entity.unknown) continue;
      const features = featuresOf(entity);
      if (source) features[F[source]] = 1;
      counts.set(entity, (counts.get(entity) ?? 0) + 1);
      if (subject && subject.start === mention.start && subject.end === mention.end) features[F['sentence-subject']] = 1;
      if (nextToCue(para, mention, lex)) features[F['next-to-cue']] = 1;
      if (source === 'in-before' && decision.colon) features[F['after-colon']] = 1;
      // Closeness to the quotation in characters, in its own paragraphs only.
      let distance = Infinity;
      if (q === p && mention.end <= decision.open) distance = decision.open - mention.end;
      else if (q === endPara && mention.start >= decision.close) distance = mention.start - decision.close;
      if (distance !== Infinity) features[F.closeness] = Math.max(features[F.closeness], 1 / (1 + distance / 40));
      const kind = kinds.get(entity) ?? { pronoun: false, other: false, initialOnly: true };
      if (mention.kind === 'pronoun') kind.pronoun = true;
      else kind.other = true;
      const oneWord = mention.kind === 'name' && !/\s/.test(mention.name.trim());
      if (!(oneWord && para.starts.has(mention.start))) kind.initialOnly = false;
      kinds.set(entity, kind);
    }
  };

  // The stretches the rules read, then the neighbouring sentences.
  read(endPara, decision.afterFrom, decision.afterTo, 'in-after', 'first');
  read(p, decision.beforeFrom, decision.open, 'in-before', 'last');
  for (const [q, from, to] of decision.sentences) read(q, from, Math.min(to, from + REACH), undefined, 'first');
  const own = paras[p];
  const index = sentenceIndexAt(own.sentences, decision.open);
  const previous = own.sentences[index - 1];
  // The sentences before and after, when they read as prose: the mentions of a sentence are found for all of it, and
  // a "sentence" of a megabyte (a pathological text) would be read for each of its quotations' neighbours.
  const readNeighbour = (q: number, [from, to]: [number, number], source: FeatureName) => {
    if (to - from <= LONG_SENTENCE) read(q, from, to, source, source === 'in-previous-sentence' ? 'last' : 'first');
  };
  if (previous) readNeighbour(p, previous, 'in-previous-sentence');
  else if (p > 0 && paras[p - 1].sentences.length)
    readNeighbour(p - 1, paras[p - 1].sentences[paras[p - 1].sentences.length - 1], 'in-previous-sentence');
  const ending = paras[endPara];
  const next = ending.sentences[sentenceIndexAt(ending.sentences, Math.max(decision.close, decision.afterTo - 1)) + 1];
  if (next) readNeighbour(endPara, next, 'in-next-sentence');
  const above = paras[p - 1];
  if (above?.sentences.length) {
    const subject = sentenceSubject(above, above.sentences[0][0], above.sentences[0][1], lex);
    const entity = subject && speakers.resolve(subject, p - 1);
    if (entity && !entity.unknown) featuresOf(entity)[F['previous-paragraph-subject']] = 1;
  }
  if (decision.last && !decision.last.unknown) featuresOf(decision.last)[F['last-speaker']] = 1;
  if (decision.previousParagraph && !decision.previousParagraph.unknown)
    featuresOf(decision.previousParagraph)[F['previous-paragraph-speaker']] = 1;

  const rule = decision.entity && !decision.entity.unknown ? decision.entity : undefined;
  const weakCue = [
    'colon',
    'comma',
    'unknown-verb',
    'reported-before',
    'subject-before',
    'next-sentence',
    'same-paragraph',
    'previous-paragraph',
    'about-speaker',
    'introduced-before',
  ].includes(decision.cue);
  if (rule) {
    const features = featuresOf(rule);
    features[F.rule] = 1;
    features[F['rule-high']] = Number(decision.confidence === 'high');
    features[F['rule-inherited']] = Number(decision.link === 'inherited');
    features[F['rule-pronoun']] = Number(decision.link === 'pronoun-subject' || decision.link === 'pronoun-recent');
    features[F['rule-pronoun-recent']] = Number(decision.link === 'pronoun-recent');
    features[F['rule-after']] = Number(decision.cue === 'after');
    features[F['rule-description']] = Number(decision.link === 'description');
    features[F['rule-group']] = Number(decision.link === 'group');
    features[F['rule-weak-cue']] = Number(weakCue);
    features[F['rule-fragment']] = Number(decision.cue === 'fragment');
    features[F['rule-en']] = Number(lex.lang === 'en');
  }
  const candidates: Candidate[] = [];
  const quoted = ` ${foldWords(decision.text)} `;
  for (const [entity, features] of byEntity) {
    const nameWords = foldedName(entity).split(' ');
    const lastWord = nameWords[nameWords.length - 1];
    features[F['times-named']] = Math.log1p(speakers.timesNamed(entity));
    features[F['named-in-quote']] = Number(lastWord.length > 2 && quoted.includes(` ${lastWord} `));
    // A "name" with a word in lower case ("Parliamentary Affairs minister") or one a pronoun could not stand for.
    features[F['not-a-name']] = Number(
      !entity.described && (/(?:^|\s)\p{Ll}{4,}/u.test(entity.name) || (entity.kind === 'person' && !speakers.plausible(entity))),
    );
    const words = entity.name.trim().split(/\s+/).length;
    const kind = kinds.get(entity);
    features[F['full-name']] = Number(entity.kind === 'person' && !entity.described && words > 1);
    features[F['one-word-name']] = Number(entity.kind === 'person' && !entity.described && words === 1);
    features[F.organisation] = Number(entity.kind === 'organization');
    features[F.described] = Number(Boolean(entity.described));
    features[F['pronoun-only']] = Number(Boolean(kind && kind.pronoun && !kind.other));
    features[F['sentence-initial-only']] = Number(Boolean(kind?.other && kind.initialOnly));
    features[F['spoke-before']] = Number(decision.spoken.has(entity));
    features[F.mentions] = Math.log1p(counts.get(entity) ?? 0);
    candidates.push({ entity, features });
  }
  const unknown = new Float64Array(FEATURES.length);
  unknown[F['unk-bias']] = 1;
  unknown[F['unk-no-rule']] = Number(!rule);
  unknown[F['unk-partial']] = Number(decision.partial);
  unknown[F['unk-candidates']] = Math.log1p(candidates.length);
  unknown[F['unk-en']] = Number(lex.lang === 'en');
  unknown[F['unk-rule-weak']] = Number(Boolean(rule) && (weakCue || decision.confidence !== 'high'));
  unknown[F['unk-rule-pronoun']] = Number(Boolean(rule) && decision.link === 'pronoun-recent');
  unknown[F['unk-short-quote']] = Number(decision.text.split(/\s+/).length <= 4);
  candidates.push({ entity: speakers.unknown(), features: unknown });
  return candidates;
}

/** The model's probabilities for the candidates (softmax of their scores), in their order. */
export function probabilities(candidates: readonly Candidate[], weights: readonly number[]): number[] {
  const scores = candidates.map(({ features }) => {
    let score = 0;
    for (let k = 0; k < features.length; k++) if (features[k]) score += features[k] * weights[k];
    return score;
  });
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

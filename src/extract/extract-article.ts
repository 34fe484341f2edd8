/**
 * extractArticle: from the plain text of a news story to an article JSON (see
 * model/article.schema.json) with its quotations, who said them, and the dated events it reports.
 * Rules and word lists only: no model, no network, no Node API; runs in browsers and in Node.
 */
import type { Article, ArticleEvent, Quote, Speaker } from '../model/article.js';
import {
  attributeAfter,
  attributeBefore,
  attributeFragment,
  colonSpeaker,
  endsWithCue,
  findVia,
  hasCue,
  introducedByName,
  isNamedPerson,
  lastWords,
  mentionsIn,
  labelAbove,
  nameAlone,
  passiveAgentOf,
  pointsBack,
  saidInLastWords,
  sentenceSubject,
  signature,
  signedAfterComma,
  tokensIn,
  unknownVerbSpeaker,
  type Paragraph,
} from './attribution.js';
import { findDates, parseDay, referenceFromText, type DateMention } from './dates.js';
import { detectLanguage } from './language.js';
import { isPersonWord, isPluralPersonWord, OUTLETS, ROLE_WORDS, type Lexicon } from './lexicon.js';
import { EN } from './lexicon-en.js';
import { ID } from './lexicon-id.js';
import type { Mention } from './mentions.js';
import { isHeading, isTitleCaseHeading, looksLikeTitle, maskQuotes, scanQuotes, TITLE_NOUNS, wordCount, type QuoteSpan } from './quotes.js';
import { findAcronyms, Speakers, splitOfficeHolders, type Entity, type IndexedName } from './speakers.js';
import {
  capitalise,
  foldWords,
  isSpace,
  sentenceIndexAt,
  sentenceSpans,
  slugify,
  splitSentencesAt,
  splitParagraphs,
  trimEndMatching,
  truncate,
} from './text.js';
import { CUES, DOUBTED, LINKS, type Attribution, type Confidence, type CueName, type LinkName } from './review.js';
import { ATTRIBUTION_MODEL } from './attribution-model.js';
import { FEATURES, gatherCandidates, probabilities, type Candidate } from './rerank.js';

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  /** `id` (Indonesian) or `en` (English); detected from the text when absent. */
  lang?: 'id' | 'en';
  /** The headline; by default the first paragraph when it reads as one, else its first sentence. */
  title?: string;
  /** Where the article is published (http or https); by default `https://example.com/`. */
  url?: string;
  /**
   * When the article was published (ISO 8601 date or date-time). It resolves dates written without
   * a year or by week day: "Rabu (26/10)", "on Saturday".
   */
  publishedAt?: string;
  /**
   * When true, a quotation whose attribution the attribution model finds unsure (one that would be flagged for
   * review) gets the speaker `unknown` instead of the rules' best guess: fewer names, more of them right.
   */
  abstain?: boolean;
}

/** Prepositions before the name of a programme or publication in quotation marks. */
const TITLE_PREPOSITIONS = new Set(['on', 'in', 'di', 'dalam']);

/** Does the sentence go on right after the closing mark at `close`, in small letters and with no verb of saying? */
function sentenceGoesOn(para: Paragraph, close: number, lex: Lexicon): boolean {
  const next = tokensIn(para, close + 1, Math.min(para.masked.length, close + 30)).find((token) => /\S/.test(token.text));
  if (!next?.word || next.cap || next.start !== close + 2) return false;
  const word = next.lower.replace(/nya$/, '');
  return !lex.verbs.has(word) && !lex.inverted.has(word) && !lex.pronouns.has(next.lower);
}

/**
 * The model (rerank.ts) gives its opinion on the first quotations only: no news article holds this many, and beyond
 * them (a pathological text) the rules alone keep extraction fast.
 */
const MODEL_QUOTES = 1000;

/** How far (in characters) from a quotation its cues are looked for. */
const WINDOW = 400;
/** How many of its last sentences a paragraph before a quotation is read for who spoke. */
const REPORTED_REACH = 2;

/** Longer than any sentence of prose, in characters. */
const LONG_SENTENCE = 2000;

/** The URL used when none is given. */
export const DEFAULT_URL = 'https://example.com/';

const HTTP_URL = /^https?:\/\/[^\s/?#]\S*$/;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?)?)?$/;

/**
 * Reads the quotations of a news story (plain text, paragraphs separated by blank lines) and
 * returns an article valid against the article schema:
 *
 * - `quotes`: every direct quotation (straight or curly double quotes, „ “, « », quotations that
 *   run over several paragraphs), in order, with its paragraph index; fragments quoted inside a
 *   reporting sentence have `partial: true`; titles and scare quotes are left out. `via` names the
 *   outlet a quotation was relayed through ("seperti dikutip dari TASS", "told Reuters").
 * - `speakers`: who said them, from the cue around each quotation (Indonesian "kata", "ujarnya",
 *   "menurut"…, English "said", "told", "according to"…), with the full name and the title given
 *   at first mention; surnames, acronyms and pronouns resolve to the same speaker. A quotation
 *   whose speaker cannot be found is given the speaker `unknown`.
 * - `events`: dated mentions ("Rabu (26/10)", "on Saturday") resolved to ISO dates with
 *   `publishedAt` (or a full date the text gives), keeping the wording in `dateText`.
 *
 * @throws {TypeError} when `text` is not a string or an option is malformed.
 */
export function extractArticle(text: string, options: ExtractOptions = {}): Article {
  return extractForReview(text, options).article;
}

/** What {@link extractForReview} returns: the article, and how each of its quotes was attributed. */
export interface ExtractionResult {
  article: Article;
  /** One entry per quote of `article.quotes`, in the same order. */
  attributions: Attribution[];
}

/**
 * {@link extractArticle}, with how sure each attribution is and the cue it rests on, for an editor
 * to check the unsure ones first. A quotation no rule attributes confidently has the speaker
 * `unknown` and confidence `low`: never a guess.
 *
 * @throws {TypeError} when `text` is not a string or an option is malformed.
 */
export function extractForReview(text: string, options: ExtractOptions = {}): ExtractionResult {
  return extractWith(text, options, false).result;
}

/** The model's weights in the order of its features. */
const WEIGHTS = FEATURES.map((name) => ATTRIBUTION_MODEL.weights[name] ?? 0);

/** One quotation's candidates as the model saw them, for training (scripts/train-attribution.mjs). */
export interface CandidateRecord {
  quoteId: string;
  /** What the rules chose ('' for unknown). */
  rule: string;
  candidates: { name: string; unknown: boolean; features: number[] }[];
}

/**
 * {@link extractForReview}; `forTraining`: the rules alone, with the candidates of each quotation, what
 * scripts/train-attribution.mjs trains and cross-validates on (empty otherwise). Not part of the public entry point.
 */
export function extractWith(
  text: string,
  options: ExtractOptions,
  forTraining: boolean,
): { result: ExtractionResult; candidates: (CandidateRecord | undefined)[] } {
  if (typeof text !== 'string') throw new TypeError('extractArticle: text must be a string');
  checkOptions(options);
  const paragraphs = splitParagraphs(text);
  const lang = options.lang ?? detectLanguage(paragraphs.join('\n'));
  const context = prepare(paragraphs, lang === 'id' ? ID : EN, options.publishedAt);
  const { lex, paras, spans, speakers } = context;
  // Read the story in order, so that "ia", "he" and "the ministry" point back to the right one.
  const found: Found[] = [];
  const spoken = new Set<Entity>();
  const lastInParagraph = new Map<number, Entity>();
  let next = 0;
  paras.forEach((para, p) => {
    const titleCase = isTitleCaseHeading(context.paragraphs[p]);
    // Index loops, not destructuring: a paragraph may hold a hundred thousand sentences, and before the loop's code is
    // optimised each destructuring allocates an iterator.
    for (let k = 0; k < para.sentences.length; k++) {
      const from = para.sentences[k][0];
      const to = para.sentences[k][1];
      let quoted = false;
      while (next < spans.length && spans[next].para === p && spans[next].open < to) {
        const result = attribute(context, next++, found[found.length - 1], lastInParagraph.get(p - 1), spoken);
        if (!result) continue;
        found.push(result);
        spoken.add(result.entity);
        speakers.mention(result.entity);
        lastInParagraph.set(result.span.endPara, result.entity);
        quoted = true;
      }
      if (quoted || titleCase) continue;
      // A sentence without quotations still tells who the story is about now.
      const subject = sentenceSubject(para, from, to, lex);
      // "Apalagi pasangan X menurutnya …": the "-nya" of a speech cue, not the subject, is who the story is about.
      const cued = lex.lang === 'id' || REPORTED_ASIDE.test(para.masked.slice(from, to)) ? attributeBefore(para, from, to, lex) : undefined;
      const byCue = cued?.kind === 'pronoun' && /nya$/i.test(cued.name);
      // "Downtown Brandon has about 600 parking meters, Nickel said, which …", "Ruas jalan … paling parah, lanjut Mamahit,
      // ada di …": the one the aside says said it.
      const aside = isNamedPerson(cued) && (lex.lang === 'en' || invertedAside(para, from, to, lex));
      const mention = (byCue || aside ? cued : subject) ?? attributeBefore(para, from, to, lex);
      const entity = mention && speakers.resolve(mention, p, byCue ? undefined : subject);
      if (entity) speakers.mention(entity);
      // (Not "Plt Kadis disebut tetap bersikeras …": one said to do something is no one saying it.)
      if (entity?.kind === 'person' && cued && !/^\s*di\p{Ll}/u.test(para.masked.slice(cued.end, cued.end + 4)))
        context.reporter = { entity, para: p };
      if (entity?.kind !== 'person') {
        // "For Mandlenkosu Mamela, a security guard, the consequences were harsher.": a person the sentence names in full,
        // though not as its subject, is whom the story turns to. Not one with a title ("heard by Judge Ruth Lane"): "the
        // judge" finds them only when the story has one judge, unless they are the subject of a clause of its own
        // ("…, and principal Phil Wheeler could not be happier."). Nor the agent of a passive ("dikemudikan oleh Muhamad
        // Sulhanudin", "driven by …"): the story tells what was done, it has not turned to them.
        // Always one the story says it names ("pedagang daging sapi setempat bernama H. Harjanah", "a man named …").
        const named = mentionsIn(para, from, to, lex).find(
          (other) =>
            isNamedPerson(other) &&
            (introducedByName(para, from, other) ||
              // "Seperti yang dialami Sukmo, salah satu petani tembakau …": one name, set off by what the person is.
              (para.masked[other.end] === ',' && describedAfter(para, other.end)) ||
              (wordCount(other.name) >= 2 &&
                !passiveAgentOf(para, from, other) &&
                (!foldWords(other.role ?? '')
                  .split(' ')
                  .some((word) => ROLE_WORDS.has(word)) ||
                  opensClause(para, from, other)))),
        );
        const person = named && speakers.resolve(named, p);
        if (
          person &&
          speakers.plausible(person) &&
          (person.gender ||
            named.role ||
            (named.org && lex.lang === 'id') ||
            describedAfter(para, named.end) ||
            introducedByName(para, from, named) ||
            // "Danbury’s representative to the school board, Melissa Suckling, has been …": the name set off by commas.
            (para.masked.slice(named.start - 2, named.start) === ', ' && para.masked[named.end] === ','))
        )
          speakers.mention(person);
      }
    }
  });
  if (!forTraining) {
    const threshold = ATTRIBUTION_MODEL.threshold[lex.lang];
    for (const item of found) review(item, threshold, options.abstain === true, speakers.unknown());
  }
  const ordered = headlineQuotes(context, found);
  const result = assemble(context, ordered, options, lang);
  if (!forTraining) return { result, candidates: [] };
  const candidates = ordered.map((item, at) => {
    const list = item.candidates;
    if (!list || item.cue === 'headline') return undefined;
    return {
      quoteId: `q${at + 1}`,
      rule: item.ruleEntity && !item.ruleEntity.unknown ? item.ruleEntity.name : '',
      candidates: list.map(({ entity, features }) => ({
        name: entity.unknown ? '' : entity.name,
        unknown: Boolean(entity.unknown),
        features: [...features],
      })),
    };
  });
  return { result, candidates };
}

/**
 * The model's opinion of the rules' attribution (rerank.ts): how likely the speaker the rules chose is, among the
 * people the text offers and `unknown`. Below `threshold` a high-confidence attribution is lowered to medium (an
 * editor should check it), or with `abstain` the speaker becomes `unknown` (a wrong name is worse than none). The
 * model never names someone the rules did not choose, nor raises a confidence: measured by cross-validation, naming
 * its own choice cost more right names than it gained (docs/extract-review.md).
 */
function review(item: Found, threshold: number, abstain: boolean, unknown: Entity): void {
  if (!item.candidates || item.entity.unknown) return;
  const at = item.candidates.findIndex((candidate) => candidate.entity === item.entity);
  if (at < 0 || probabilities(item.candidates, WEIGHTS)[at] >= threshold) return;
  if (abstain) {
    item.entity = unknown;
    item.confidence = 'low';
    item.cue = 'unsure';
    item.link = 'none';
    if (!item.partial) item.context = undefined;
  } else if (item.confidence === 'high') {
    item.confidence = 'medium';
    item.doubted = true;
  }
}

/** How many headline quotations are matched, and against how many quotations of the story. */
const HEADLINE_LIMIT = 16;
const HEADLINE_REACH = 200;

/**
 * A quotation in a headline or subheading repeats words the story attributes further down ("'Shell-shocked':
 * …" then "…many of them shell-shocked," Datu reported): it takes the speaker the story gives those words,
 * the same words first, else the first later quotation holding them.
 */
function headlineQuotes(context: Context, found: Found[]): Found[] {
  const { paragraphs, spans } = context;
  const body = found.filter((item) => !item.entity.unknown && !isHeading(paragraphs[item.span.para]));
  if (!body.length) return found;
  const bodyTexts = body.slice(0, HEADLINE_REACH).map((item) => foldWords(item.span.text));
  let changed = false;
  let byOpen: Map<QuoteSpan, Found> | undefined;
  // Bounded (headings of a page, the quotations after them), so that a text of a thousand short quoted lines stays linear.
  let headings = 0;
  for (const span of spans) {
    if (!isHeading(paragraphs[span.para])) continue;
    if (++headings > HEADLINE_LIMIT) break;
    const words = foldWords(span.text);
    if (words.length < 3) continue;
    const later = (k: number) => body[k].span.para > span.para && k < HEADLINE_REACH;
    let match = bodyTexts.findIndex((text, k) => later(k) && text === words);
    if (match < 0) match = bodyTexts.findIndex((text, k) => later(k) && ` ${text} `.includes(` ${words} `));
    if (match < 0) continue;
    const source = body[match];
    byOpen ??= new Map(found.map((item) => [item.span, item]));
    const own = byOpen.get(span);
    if (own?.entity === source.entity) continue;
    const adopted: Found = {
      span,
      entity: source.entity,
      partial: paragraphs[span.para].trim().length > span.text.length + 2,
      sentences: [],
      confidence: 'medium',
      cue: 'headline',
      link: 'inherited',
    };
    if (own) Object.assign(own, adopted);
    else found.push(adopted);
    changed = true;
  }
  return changed ? found.sort((a, b) => a.span.para - b.span.para || a.span.open - b.span.open) : found;
}

/** "The Command`s spokesman": a backtick typed for an apostrophe (one character for one: offsets hold). */
const BACKTICK_APOSTROPHE = /(?<=\p{L})`(?=s\b)/gu;

/** Degrees written "S. Sos", "M. Kes": after a space only these, for "M. Yani" is a name. */
const SPACED_DEGREE = String.raw`(?:H|E|T|M|Si|Sc|Sos|Pd|Kom|Kes|Hum|Ag|IP|Ip|IK|Ik|Psi|Ked|Kep|Farm|Hut|Pt|AP|Ak|Tr|STP|Han|Eng)(?![\p{L}])`;
const DEGREE_PART = String.raw`(?:\p{Lu}\p{L}{0,3}|\s${SPACED_DEGREE})`;
const DEGREE = String.raw`(?:[SMD]\.${DEGREE_PART}(?:\.${DEGREE_PART})*|Sp\.\s?\p{Lu}{1,3}|SH|MH|SE|MM|MT|ST|MSi|SIK|SKM|SIP|SPd|MPd|MAP|Lc|PhD|Ph\.D|MBA|A\.Md|Amd|Ak|CA)\.?`;
/**
 * "Iptu Baharuddin Buton, SH saat …", "Maclarimboen, S.IK., MH melalui …": the academic degrees Indonesian news writes
 * after a name, blanked (space for character: offsets hold) so that they are neither names nor the end of one.
 */
const DEGREES = new RegExp(String.raw`(?<=\p{Ll}),\s?${DEGREE}(?:,?\s?${DEGREE})*(?=[\s,;:)]|$)(?!\s+\p{Lu})`, 'gu');
/**
 * "Abdul Aziz SH MH, didampingi …", "Sah Udur Sitinjak SH SIK menyampaikan": the same degrees with no comma, in capitals
 * (not "Jaksa Agung ST Burhanuddin").
 */
const DEGREES_WITHOUT_COMMA =
  /(?<=\p{Ll})\s(?:SH|MH|SE|MM|MSi|MSc|SIK|SIk|SKM|SIP|SPd|MPd|SSos|SSTP|MKes|MAP|MBA|PhD)(?:\s(?:MH|MM|MSi|MSc|MPd|MKes|MAP|MBA|PhD|SIK|MHan|MMAS|MTr|MIK)){0,3}(?=[,;:)]|\s\p{Ll}|$)/gu;
const blankDegrees = (masked: string) =>
  masked
    .replace(DEGREES, (degrees, at: number) =>
      // A full stop that ends the paragraph ends its last sentence too.
      degrees.endsWith('.') && at + degrees.length === masked.length ? `${' '.repeat(degrees.length - 1)}.` : ' '.repeat(degrees.length),
    )
    .replace(DEGREES_WITHOUT_COMMA, (degrees) => ' '.repeat(degrees.length));

/**
 * "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB, Abdul Muhari": a unit named by a list (its commas
 * sometimes typed with no space: "Dinas Pertanian,Perkebunan dan Kehutanan"). Its commas are
 * blanked (offsets hold), so that the list is one name and the comma before the holder the only one.
 */
const LISTED_UNIT =
  /(?<=\b(?:Pusat|Badan|Bidang|Biro|Bagian|Seksi|Direktorat|Dinas|Kementerian|Departemen|Divisi|Deputi) )\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?:, ?\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?){1,6},? dan \p{Lu}/gu;
const blankListedUnits = (masked: string) => masked.replace(LISTED_UNIT, (list) => list.replaceAll(',', ' '));

/** Finds the quotations, sentences, names and dates of the story, before anything is attributed. */
function prepare(paragraphs: string[], lex: Lexicon, publishedAt: string | undefined): Context {
  const spans = scanQuotes(paragraphs);
  const withDateline = maskQuotes(paragraphs, spans);
  // The dateline opens the first paragraph, or the second when the first is the headline.
  const datelined = blankDateline(withDateline[0] ?? '') !== withDateline[0] ? 0 : 1;
  const narrative = withDateline.map((masked, index) => {
    const prose = (index === datelined ? blankDateline(masked) : masked).replace(BACKTICK_APOSTROPHE, '’');
    return lex.lang === 'id' ? blankListedUnits(blankDegrees(prose)) : prose.replace(DASHED_CLAUSE, (clause) => ' '.repeat(clause.length));
  });
  const glued = gluedOpenings(paragraphs, spans);
  const paras: Paragraph[] = narrative.map((masked, index) => {
    const sentences = splitSentencesAt(sentenceSpans(masked), glued[index]);
    const starts = new Set<number>();
    // A blanked dateline leaves spaces before the first word: the word still opens the sentence ("Saban hari …").
    for (const sentence of sentences) starts.add(sentence[0]).add(sentence[0] + leadingSpaces(masked, sentence[0]));
    return { masked, sentences, starts };
  });
  // Words the article capitalises in mid-sentence: names, not sentence-initial capitals.
  const capitalised = new Set<string>();
  paras.forEach((para, at) => {
    if (isTitleCaseHeading(paragraphs[at])) return;
    for (const token of tokensIn(para, 0, para.masked.length)) if (token.cap && !para.starts.has(token.start)) capitalised.add(token.lower);
  });
  const known = (word: string) => capitalised.has(word);
  for (const para of paras) para.known = known;
  const index: IndexedName[] = [];
  paras.forEach((para, at) => {
    // A headline in title case capitalises every word: "Governor McCrory Encourages Residents to Be Ready" names no
    // "McCrory Encourages Residents" for the story's later "Governor McCrory" to be the fullest form of.
    if (isTitleCaseHeading(paragraphs[at])) return;
    for (const [from, to] of para.sentences) {
      for (const mention of mentionsIn(para, from, to, lex)) if (mention.kind === 'name' && mention.name) index.push({ mention, para: at });
    }
  });
  splitOfficeHolders(index, narrative);
  const speakers = new Speakers(index, findAcronyms(narrative), lex, paragraphs);
  const reference = parseDay(publishedAt) ?? referenceFromText(withDateline);
  const dates = withDateline.map((masked, at) =>
    findDates(masked, reference, (offset) => {
      // "will meet on Friday", "akan digelar pada Jumat": a future word just before the day.
      const [start] = sentenceAt(paras[at], offset);
      return lastWords(paras[at], start, offset, 5).some((token) => lex.future.has(token.lower));
    }),
  );
  const opensLeft = spans.some((span) => paragraphs[span.para][span.open] === '“');
  return { lex, paragraphs, paras, spans, speakers, index, dates, opensLeft };
}

/**
 * "Cllr Glynn — who was appointed Mayor at the meeting — made the suggestion and said …": a clause between dashes about
 * the subject, blanked (offsets hold) so that nothing in it reads as the one who said.
 */
const DASHED_CLAUSE = /\s[—–]\s(?:who|which)\s[^—–]{1,120}?\s[—–](?=\s)/gu;

/** How many white-space characters `text` has from `at` on (at most 200: a dateline's width). */
function leadingSpaces(text: string, at: number): number {
  let n = 0;
  while (n < 200 && isSpace(text.charCodeAt(at + n))) n++;
  return n;
}

/** ", lanjut Mamahit,": an Indonesian verb of saying and a name, between commas inside the sentence. */
function invertedAside(para: Paragraph, from: number, to: number, lex: Lexicon): boolean {
  const tokens = tokensIn(para, from, to);
  return tokens.some(
    (token, k) => token.text === ',' && k > 0 && lex.inverted.has(tokens[k + 1]?.lower ?? '') && Boolean(tokens[k + 2]?.cap),
  );
}

/** ", Nickel said, which …", ", the mayor added.": an English aside naming who reported the sentence. */
const REPORTED_ASIDE =
  /,\s(?:(?:\p{Lu}[\p{L}’'-]{0,30}\s){1,3}(?:said|says|added|explained|noted)|(?:said|says|added|explained|noted)(?:\s\p{Lu}[\p{L}’'-]{0,30}){1,3})[,.]/u;

/**
 * "…diburu polisi.“Pelaku merupakan DPO …": quotations that open a sentence glued to the stop of the one before (the
 * masked text cannot tell such a mark from a closing one). Their offsets, per paragraph, ascending.
 */
function gluedOpenings(paragraphs: string[], spans: readonly QuoteSpan[]): number[][] {
  const opens = paragraphs.map((): number[] => []);
  for (const span of spans) {
    const text = paragraphs[span.para];
    if (span.open >= 2 && /\p{L}[.!?]$/u.test(text.slice(span.open - 2, span.open)) && /^\p{Lu}/u.test(span.text))
      opens[span.para].push(span.open);
  }
  return opens;
}

interface Context {
  lex: Lexicon;
  paragraphs: string[];
  paras: Paragraph[];
  spans: QuoteSpan[];
  speakers: Speakers;
  index: IndexedName[];
  dates: DateMention[][];
  /** Does any quotation open with a left double mark (“)? */
  opensLeft: boolean;
  /** The last one a sentence with no quotation reports as saying something ("Ian menambahkan, …"), and where. */
  reporter?: { entity: Entity; para: number };
}

/** A quotation with its speaker. */
interface Found {
  span: QuoteSpan;
  entity: Entity;
  confidence: Confidence;
  cue: CueName;
  link: LinkName;
  partial: boolean;
  via?: string;
  spokenAt?: string;
  context?: string;
  /** The sentence(s) that attribute it, as flat triples: paragraph, from, to. */
  sentences: number[];
  /** What the rules chose, and the candidates the model weighs it against. */
  ruleEntity?: Entity;
  candidates?: Candidate[];
  /** The model finds the rules' choice unsure. */
  doubted?: boolean;
}

function checkOptions(options: ExtractOptions): void {
  if (options.lang !== undefined && options.lang !== 'id' && options.lang !== 'en') {
    throw new TypeError(`extractArticle: lang must be "id" or "en", not ${JSON.stringify(options.lang)}`);
  }
  if (options.url !== undefined && !HTTP_URL.test(options.url)) {
    throw new TypeError(`extractArticle: url must be an http:// or https:// URL, not ${JSON.stringify(options.url)}`);
  }
  if (options.publishedAt !== undefined && !PARTIAL_DATE.test(options.publishedAt)) {
    throw new TypeError(
      `extractArticle: publishedAt must be an ISO 8601 date such as 2022-10-27, not ${JSON.stringify(options.publishedAt)}`,
    );
  }
  if (options.abstain !== undefined && typeof options.abstain !== 'boolean') {
    throw new TypeError(`extractArticle: abstain must be true or false, not ${JSON.stringify(options.abstain)}`);
  }
  if (options.title !== undefined && typeof options.title !== 'string') {
    throw new TypeError('extractArticle: title must be a string');
  }
}

/**
 * "KYIV, Oct 7 (Reuters) - ", "Jakarta - ", "MOSCOW (AP) — ": blanked, keeping offsets. Every run is bounded (a
 * dateline's words, its spaces), so that no text makes the pattern backtrack for long. Not "Cllr Glynn — who was …": a
 * clause about a name opening the story.
 */
const DATELINE =
  /^([\p{Lu}][\p{L}.'-]{0,40}(?:\s{1,8}[\p{Lu}][\p{L}.'-]{0,40}){0,2})(?:,\s?[^-–—()\n]{1,30}?)?\s{0,8}(?:\([^)]{1,40}\)\s{0,8})?(?:-{1,2}|–|—)\s+(?!(?:who|which|whose)\s)/u;

/**
 * "LAHORE: ", "ISLAMABAD, Pakistan: ": a city in capitals and a colon, as South Asian papers write it; not "SMITH: “…”",
 * a speaker before a quotation.
 */
const COLON_DATELINE = /^\p{Lu}{2}[\p{Lu}.'-]{0,30}(?:\s{1,8}\p{Lu}[\p{Lu}.'-]{0,30}){0,2}(?:,\s?[\p{L}. ]{1,30})?:\s{1,8}(?![“"‘'])/u;

/** "UPDATED 9.52PM: ", "BREAKING: ": a live story's stamp before its first sentence. */
const UPDATE_STAMP = /^(?:UPDATED?|BREAKING(?: NEWS)?|LATEST)(?:\s{1,3}\d{1,2}[.:]\d{2}\s?[AP]\.?M\.?)?\s?[:–—-]\s{1,8}/u;

function blankDateline(text: string): string {
  const match = DATELINE.exec(text) ?? COLON_DATELINE.exec(text) ?? UPDATE_STAMP.exec(text);
  return match ? ' '.repeat(match[0].length) + text.slice(match[0].length) : text;
}

function sentenceAt(para: Paragraph, offset: number): [number, number] {
  return para.sentences[sentenceIndexAt(para.sentences, offset)] ?? [0, para.masked.length];
}

/** The index of the first quotation that opens at or after `offset` of paragraph `para`. */
function spanIndexFrom(spans: readonly QuoteSpan[], para: number, offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].para < para || (spans[middle].para === para && spans[middle].open < offset)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The dates of a paragraph (sorted by offset) that lie between `from` and `to`. */
function datesWithin(dates: readonly DateMention[], from: number, to: number): DateMention[] {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dates[middle].start < from) low = middle + 1;
    else high = middle;
  }
  const within: DateMention[] = [];
  for (let k = low; k < dates.length && dates[k].start < to; k++) if (dates[k].end <= to) within.push(dates[k]);
  return within;
}

/** Words before a noun phrase: a quotation between one and a noun is a modifier ("his "neutral" rating"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);
/** Nouns that a quoted modifier names a kind of: a "neutral" rating, a "no work, no pay" rule, an "amber" warning. */
const TERM_NOUNS = new Set(
  'rating ratings rule rules policy label status tag designation category mode zone scheme system list clause bill law warning alert level grade tier option options'.split(
    ' ',
  ),
);

/** Does the quotation closing at `close` end with a comma ("…,” she said), which hands it on to what follows? */
function endsWithComma(paragraph: string, close: number): boolean {
  let at = close - 1;
  while (at >= 0 && isSpace(paragraph.charCodeAt(at))) at--;
  return paragraph[at] === ',';
}

/** Decides whether a quotation is speech, partial or not, and who said it. */
function attribute(
  context: Context,
  at: number,
  last: Found | undefined,
  previousParagraph: Entity | undefined,
  spoken: ReadonlySet<Entity>,
): Found | undefined {
  const { lex, paras, spans, speakers } = context;
  const span = spans[at];
  const para = paras[span.para];
  const around = sentenceAt(para, span.open);
  const from = around[0];
  const to = around[1];
  const earlier = spans[at - 1];
  // Cues stand near their quotation: looking at most WINDOW characters away keeps long texts linear.
  const beforeFrom = Math.max(
    earlier && earlier.endPara === span.para && earlier.close >= from ? earlier.close + 1 : from,
    span.open - WINDOW,
  );
  const between = para.masked.slice(beforeFrom, span.open).trim();
  // …maaf"."Polisi …: a stop between two quotations is not narrative before the second.
  const before = earlier && earlier.endPara === span.para && beforeFrom === earlier.close + 1 && /^[.,!?;]*$/.test(between) ? '' : between;
  const endPara = paras[span.endPara];
  const endTo = sentenceAt(endPara, Math.min(span.close, endPara.masked.length - 1))[1];
  const later = spans[at + 1]?.para === span.endPara && spans[at + 1].open < endTo ? spans[at + 1] : undefined;
  const afterFrom = Math.min(span.close + 1, endTo);
  const afterTo = Math.min(later ? later.open : endTo, afterFrom + WINDOW);
  // The quotation ends its paragraph: nothing after it but a stray full stop ("…started”.").
  const endsParagraph = () => /^[\s.]*$/.test(endPara.masked.slice(afterFrom));
  const startsUpper = /^[\p{Lu}\p{N}'‘"“]/u.test(span.text);
  const heading = isHeading(context.paragraphs[span.para]);
  // "Her article, "How we lost the river"": the title of a work.
  // The last four words before the quotation, looked up once: the last one, two or four of them are asked for below.
  const lastFour = lastWords(para, beforeFrom, span.open, 4);
  const wordBefore = lastFour[lastFour.length - 1]?.lower ?? '';
  if (TITLE_NOUNS.has(wordBefore)) return undefined;
  // "Cooper said on "Today"", "tampil di "Mata Najwa"": a programme or publication named after a preposition.
  if (TITLE_PREPOSITIONS.has(wordBefore) && !heading && looksLikeTitle(span.text)) return undefined;
  // "bahwa “Polman AFK” diambil dari istilah …": a name in quotation marks that its sentence goes on after.
  if (!heading && span.endPara === span.para && looksLikeTitle(span.text) && sentenceGoesOn(para, span.close, lex)) return undefined;
  const cueBefore = before !== '' && endsWithCue(para, beforeFrom, span.open, lex);

  const partial =
    before !== '' &&
    !before.endsWith(':') &&
    !(/[-–—]$/.test(before) && startsUpper) &&
    !(before.endsWith(',') && (startsUpper || cueBefore)) &&
    !(cueBefore && startsUpper);

  let mention: Mention | undefined;
  let sentences: [number, number, number][];
  let cue: CueName = 'none';
  let adding: Entity | undefined;
  if (partial) {
    const previousWords = lastFour.slice(-2).map((token) => token.lower);
    if (previousWords.some((word) => lex.scareCues.has(word)) || (!heading && looksLikeTitle(span.text))) return undefined;
    const words = wordCount(span.text);
    // His "neutral" rating, a "no work, no pay" rule: a few words between a determiner and a noun name a thing.
    if (words <= 4 && lex.lang === 'en' && DETERMINERS.has(wordBefore) && span.endPara === span.para) {
      const next = tokensIn(para, span.close + 1, Math.min(para.masked.length, span.close + 40)).find((token) =>
        /[^\s'’]/.test(token.text),
      );
      if (next?.word && TERM_NOUNS.has(next.lower)) return undefined;
    }
    // One word is a quotation only right after a verb that quotes one: called the plan an "eyesore".
    const quotesOneWord = () => lastFour.some((token) => lex.fragmentVerbs.has(token.lower));
    // …or in a sentence whose verb of saying, before it, has a named subject: writes that results were "solid".
    const saidBefore = () => lex.lang === 'en' && saidInLastWords(para, Math.max(from, span.open - WINDOW), span.open, 24, lex);
    if (words < 2 && !quotesOneWord() && !saidBefore()) return undefined;
    // A short fragment is a quotation only when a verb of saying gives it a speaker.
    const windowFrom = Math.max(from, span.open - WINDOW);
    const windowTo = Math.min(to, span.close + WINDOW);
    // "…they didn't know "what his intentions were," Vogel said.": the comma hands the fragment to the attribution after it.
    const handedOn = endsWithComma(context.paragraphs[span.endPara], span.close) && span.endPara === span.para;
    mention =
      (handedOn ? attributeAfter(endPara, afterFrom, afterTo, lex) : undefined) ??
      attributeFragment(para, windowFrom, windowTo, span.open, lex);
    const named = mention !== undefined && ((mention.kind === 'name' && mention.name !== '') || mention.kind === 'indefinite');
    // "Police said the attack was "unprovoked"", "the coach said his side were "naive"": a word in lower case, whoever
    // said it ("the "Today" programme" is a title).
    const anySpeaker = mention !== undefined && mention.entity !== 'place' && !startsUpper;
    const oneWord = () => quotesOneWord() || ((named || anySpeaker) && saidBefore());
    if (!(words >= 2 ? mention && hasCue(para, windowFrom, windowTo, lex) : oneWord()) && words < 5) return undefined;
    if (mention) cue = 'fragment';
    sentences = [[span.para, windowFrom, windowTo]];
  } else {
    mention = attributeAfter(endPara, afterFrom, afterTo, lex);
    if (mention) cue = 'after';
    sentences = [[span.endPara, afterFrom, afterTo]];
    // "Police spokesman Pol Lt Gen Achayon said, "…" … “…,” he added.": the pronoun after is the one named before.
    const namedBefore = mention?.kind === 'pronoun' && cueBefore ? attributeBefore(para, beforeFrom, span.open, lex) : undefined;
    if (namedBefore && namedBefore.kind !== 'pronoun') {
      mention = namedBefore;
      cue = before.endsWith(':') ? 'colon' : 'before';
      sentences = [];
    }
    // "…, one village elder told President Masisi … “…,” said the old man.": a word for a person, no title, is the one the
    // sentence before brought in as "a" or "one" someone.
    const introduced = mention?.kind === 'definite' && !before && lex.lang === 'en' && !ROLE_WORDS.has(mention.head ?? '');
    const prior = introduced ? sentenceBefore(para, spans, at) : undefined;
    const newcomer = prior && sentenceSubject(para, prior[0], prior[1], lex);
    if (newcomer && newcomer.kind === 'indefinite' && !isPluralPersonWord(newcomer.head)) {
      mention = newcomer;
      sentences.unshift([span.para, prior[0], prior[1]]);
    }
    if (
      !mention &&
      (mention =
        signature(endPara, span.close + 1, lex) ??
        (endsWithComma(context.paragraphs[span.endPara], span.close) ? signedAfterComma(endPara, span.close + 1, lex) : undefined))
    ) {
      cue = 'signed';
      sentences = [[span.endPara, span.close + 1, endPara.masked.length]];
    }
    const below = paras[span.endPara + 1];
    if (!mention && !before && endsParagraph() && below && (mention = nameAlone(below, 0, lex))) {
      // A pull quote, then a paragraph that is only its speaker's name: "‘‘…’’" / "Mayor Helen Worboys".
      cue = 'signed';
      sentences = [[span.endPara + 1, 0, below.masked.length]];
    }
    const labelled = paras[span.para - 1];
    if (!mention && !before && span.open === 0 && labelled && (mention = labelAbove(labelled, lex))) {
      // A broadcast's transcript: "Emogene Jones – Market Vendor", then the quotation as a paragraph of its own.
      cue = 'signed';
      sentences = [[span.para - 1, 0, labelled.masked.length]];
    }
    if (before) sentences.push([span.para, beforeFrom, span.open]);
    if (!mention && before) {
      mention = attributeBefore(para, beforeFrom, span.open, lex);
      if (mention) cue = before.endsWith(':') ? 'colon' : 'before';
    }
    // The sentence that names the speaker comes first: its paragraph is the one the mention is read in.
    const namedIn = () => sentences.unshift(sentences.pop()!);
    if (mention && cue !== 'after' && cue !== 'signed') namedIn();
    if (!mention && !para.masked.slice(afterFrom, afterTo).trim() && /[.!?]$/.test(span.text)) {
      // "Why now?" Smith asked. — the attribution is the next sentence.
      let next = Math.max(0, sentenceIndexAt(endPara.sentences, afterTo));
      while (next < endPara.sentences.length && endPara.sentences[next][0] < afterTo) next++;
      const sentence = endPara.sentences[next];
      const other = spans[spanIndexFrom(spans, span.endPara, sentence?.[0] ?? 0)];
      if (sentence && !(other && other.para === span.endPara && other.open < sentence[1])) {
        mention = attributeAfter(endPara, sentence[0], sentence[1], lex, 4);
        if (mention) cue = 'next-sentence';
        // "Is there any solution?" Mr Hauiasi questioned. — a verb the lexicon does not list, where "asked" stands.
        else if ((mention = unknownVerbSpeaker(endPara, sentence[0], sentence[1], lex))) cue = 'unknown-verb';
        if (mention) sentences.unshift([span.endPara, sentence[0], sentence[1]]);
      }
    }
    if (!mention && before.endsWith(':')) {
      // "Johnson hit back: …": the subject of the words before the colon, whatever the verb.
      mention = colonSpeaker(para, beforeFrom, span.open, lex);
      if (mention) {
        cue = 'colon';
        namedIn();
      }
    }
    if (!mention && before.endsWith(',') && /^\p{Lu}/u.test(span.text) && endsParagraph()) {
      // "Despite this, Mr McVitty is faced with a larger problem …, “It’s difficult …”": a sentence quoted whole after a
      // comma, to the paragraph's end, is the words of the one the clause before it is about.
      mention = colonSpeaker(para, beforeFrom, span.open, lex);
      if (mention && isNamedPerson(mention)) {
        cue = 'comma';
        namedIn();
      } else mention = undefined;
    }
    const above = paras[span.para - 1];
    if (!mention && !before && above && /:\s*$/.test(above.masked) && above.sentences.length) {
      // "Agus membacakan pernyataan resmi perusahaan:" then the quotation as a paragraph of its own.
      const [aboveFrom, aboveTo] = above.sentences[above.sentences.length - 1];
      const colon = above.masked.lastIndexOf(':');
      mention = attributeBefore(above, aboveFrom, colon, lex) ?? colonSpeaker(above, aboveFrom, colon, lex);
      if (mention) {
        cue = 'colon';
        sentences.unshift([span.para - 1, aboveFrom, aboveTo]);
      }
    }
    if (!mention) {
      mention = unknownVerbSpeaker(endPara, afterFrom, afterTo, lex);
      if (mention) cue = 'unknown-verb';
    }
    if (!mention && !before && above?.sentences.length && endsParagraph() && (!last || last.span.endPara < span.para - 1)) {
      // "Mr Morrison said there were plans in place." then the quotation, a paragraph of its own; or "Overnight 40mm of
      // rain fell, she said. It was a surprise …": the paragraph's last sentence that reports what someone said.
      const prior = spans[at - 1]; // spans are in order: only the one before can end in that paragraph
      const count = above.sentences.length;
      for (let k = count - 1; k >= Math.max(0, count - REPORTED_REACH) && !mention; k--) {
        const [aboveFrom, aboveTo] = above.sentences[k];
        if (prior && prior.endPara === span.para - 1 && prior.close >= aboveFrom) break;
        mention = attributeBefore(above, aboveFrom, aboveTo, lex);
        if (mention) {
          cue = 'reported-before';
          sentences.unshift([span.para - 1, aboveFrom, aboveTo]);
        }
      }
    }
    if (!mention && !before && !para.masked.slice(afterFrom, afterTo).trim()) {
      // The sentence before, in the same paragraph and after any quotation in it: "…, President Ferdinand Marcos said at a
      // news conference. "There have been landslides …"" reports who speaks; "Anna Karon echoed the same frustration.
      // "For many years …"" is about a person it names as its subject, whose the words are.
      const prior = sentenceBefore(para, spans, at);
      if (prior) {
        const reported = attributeBefore(para, prior[0], prior[1], lex);
        const subject = reported ? undefined : sentenceSubject(para, prior[0], prior[1], lex);
        mention = reported ?? (isNamedPerson(subject) && wordCount(subject!.name) >= 2 ? subject : undefined);
        if (mention) {
          cue = reported ? 'reported-before' : 'subject-before';
          sentences.unshift([span.para, prior[0], prior[1]]);
        }
      }
    }
    if (!mention && !before && endsParagraph() && below?.sentences.length) {
      // A quotation, then "That was the warning from Mary Jones, …" or "Hal itu disampaikan Kepala BPBD, Andi Lubis":
      // the next paragraph opens by pointing back at it, and names who spoke.
      const [belowFrom, belowTo] = below.sentences[0];
      const quoted = spans[at + 1]?.para === span.endPara + 1 && spans[at + 1].open < belowTo;
      const opening = tokensIn(below, belowFrom, belowTo)
        .filter((token) => token.word)
        .slice(0, 3);
      if (!quoted && [1, 2, 3].some((count) => pointsBack(opening, count))) {
        mention = attributeAfter(below, belowFrom, belowTo, lex);
        if (mention) {
          cue = 'next-sentence';
          sentences.push([span.endPara + 1, belowFrom, belowTo]);
        }
      }
    }
    if (!mention && !heading && (looksLikeTitle(span.text) || wordCount(span.text) <= 2)) return undefined;
    // "Adding: "…"": a verb of saying with no subject goes on with the one quoted just before.
    const lead = lastFour.slice(-2);
    if (!mention && last && !last.entity.unknown && last.span.endPara >= span.para - 2 && before.endsWith(':') && lead.length === 1) {
      const verb = lead[0].lower;
      if (lex.verbs.has(verb) && /ing$/.test(verb)) adding = last.entity;
    }
  }

  const [mentionPara, mentionFrom] = sentences[0];
  const subject = mention && sentenceSubject(paras[mentionPara], ...sentenceAt(paras[mentionPara], mentionFrom), lex);
  let entity = mention && speakers.resolve(mention, mentionPara, subject);
  // "A spokesman for Waveney District Council said: '…'" then "He added: '…'": the spokesman goes on, in the words the
  // story gives the council.
  if (
    mention?.kind === 'pronoun' &&
    last?.entity.kind === 'organization' &&
    last.span.endPara >= span.para - 1 &&
    bySpokesperson(context, last)
  )
    entity = last.entity;
  // "Ian menambahkan, dirinya telah menjelaskan …. Namun, Plt Kadis disebut tetap bersikeras …" then "“…,” tambahnya.":
  // one who adds is the one who spoke last, quoted or reported, not the last one named.
  const reporter = context.reporter;
  if (
    mention?.kind === 'pronoun' &&
    reporter &&
    reporter.entity !== entity &&
    reporter.para >= span.para - 2 &&
    (!last || last.span.endPara < reporter.para) &&
    ADDING.test(paras[mentionPara].masked.slice(sentences[0][1], sentences[0][2]))
  )
    entity = reporter.entity;
  let confidence: Confidence = 'low';
  let link: LinkName = 'none';
  if (mention && entity && !entity.unknown) {
    link = linkOf(mention, subject, entity, context, mentionPara);
    confidence =
      cue === 'unknown-verb' ||
      cue === 'colon' ||
      cue === 'comma' ||
      cue === 'reported-before' ||
      cue === 'subject-before' ||
      (link !== 'name' && link !== 'group' && link !== 'pronoun-subject')
        ? 'medium'
        : 'high';
  } else {
    entity = undefined;
    cue = 'none';
    if (adding) {
      entity = adding;
      confidence = 'medium';
      cue = 'colon';
      link = 'inherited';
    } else if (!partial && last && last.span.endPara === span.para && !last.entity.unknown && (!mention || mention.kind === 'pronoun')) {
      // "…," he said. "…": the second quotation of the paragraph is the same speaker's; not when its own sentence names
      // a speaker the story cannot tell ("The company, however, said:" with no company named).
      entity = last.entity;
      confidence = last.confidence;
      cue = 'same-paragraph';
      link = 'inherited';
    } else if (!partial && !before && previousParagraph && last && continuesParagraph(context, last, span)) {
      entity = previousParagraph;
      confidence = 'medium';
      cue = 'previous-paragraph';
      link = 'inherited';
    } else if (!partial && !before && !mention && last && aboutLastSpeaker(context, last, span)) {
      entity = last.entity;
      confidence = 'medium';
      cue = 'about-speaker';
      link = 'inherited';
    } else if (!partial && !before && !mention && (entity = introducedAbove(context, span, spoken))) {
      confidence = 'medium';
      cue = 'introduced-before';
      link = 'name';
    }
  }
  // "sikap ”Pemerintah Kabupaten Maluku Tengah (Pemkab Malteng)” yang dinilai ”acuh dan tidak tanggap”": a story that
  // opens its quotations with a left mark and sets words off for emphasis between right marks. Those, with no one
  // saying them, are no quotation. (”It is very irritating …,” a fashion designer frowned: a paragraph opened with the right
  // mark and closed after a comma or a stop is one.)
  const paragraph = context.paragraphs[span.para];
  if (!entity && context.opensLeft && paragraph[span.open] === '”' && !(span.open === 0 && /[,.!?]/.test(paragraph[span.close - 1] ?? '')))
    return undefined;
  entity ??= speakers.unknown();
  let spokenAt: string | undefined;
  if (!partial) {
    const spoken = sentences.flatMap(([p, start, end]) => datesWithin(context.dates[p], start, end));
    if (spoken[0] && /^\d{4}-\d{2}-\d{2}$/.test(spoken[0].date)) spokenAt = spoken[0].date;
  }
  const [contextFrom, contextTo] = partial ? [sentences[0][1], sentences[0][2]] : [from, to];
  const candidates =
    at < MODEL_QUOTES
      ? gatherCandidates({
          lex,
          paras,
          speakers,
          para: span.para,
          endPara: span.endPara,
          open: span.open,
          close: span.close,
          beforeFrom,
          afterFrom,
          afterTo,
          colon: before.endsWith(':'),
          partial,
          text: span.text,
          sentences,
          entity,
          confidence,
          cue,
          link,
          last: last?.entity,
          previousParagraph,
          spoken,
        })
      : undefined;
  // Every field at once, and the sentences in one array: a text may hold a hundred thousand quotations.
  return {
    span,
    entity,
    partial,
    sentences: sentences.length === 1 ? sentences[0] : sentences.flat(),
    confidence,
    cue,
    link,
    via: viaOf(context, sentences, span.para),
    spokenAt,
    context: contextOf(context, span, partial, contextFrom, contextTo, entity),
    ruleEntity: entity,
    candidates,
  };
}

/**
 * "…, and principal Phil Wheeler could not be happier", "… last night when chairman Chris Kemp confronted …": after
 * "and", "but" or "when", a mention followed by its verb.
 */
function opensClause(para: Paragraph, from: number, mention: Mention): boolean {
  return (
    /(?:^|\s)(?:and|but|when|while|as|dan|tetapi|ketika|saat)\s+$/i.test(
      para.masked.slice(Math.max(from, mention.start - 8), mention.start),
    ) && /^\s+(?!(?:of|from|in|at|for|to|and|or|with|on|by|dan|di|dari|ke)\s)\p{Ll}/u.test(para.masked.slice(mention.end, mention.end + 12))
  );
}

/** "Mamela, a security guard", "Dewi, 34, a teacher": a person word within the few words after a name, before any stop. */
function describedAfter(para: Paragraph, end: number): boolean {
  let words = 0;
  for (const token of tokensIn(para, end, Math.min(para.masked.length, end + 80))) {
    if (!token.word) {
      if (token.text !== ',' && token.text !== '(' && token.text !== ')') return false;
      continue;
    }
    if (token.cap || ++words > 5) return false;
    if (isPersonWord(token.lower)) return true;
  }
  return false;
}

/** How a mention became its speaker. */
function linkOf(mention: Mention, subject: Mention | undefined, entity: Entity, context: Context, para: number): LinkName {
  switch (mention.kind) {
    case 'name':
      return 'name';
    case 'indefinite':
      return 'group';
    case 'definite':
      return entity.described ? 'group' : 'description';
    case 'pronoun':
      if (subject && subject.kind !== 'pronoun' && subject.start < mention.start && context.speakers.resolve(subject, para) === entity)
        return 'pronoun-subject';
      return 'pronoun-recent';
  }
}

/** The sentence before quotation `at` in its paragraph, when no quotation ends inside it. */
function sentenceBefore(para: Paragraph, spans: readonly QuoteSpan[], at: number): readonly [number, number] | undefined {
  const span = spans[at];
  const prior = para.sentences[sentenceIndexAt(para.sentences, span.open) - 1];
  const previous = spans[at - 1];
  return prior && !(previous && previous.endPara === span.para && previous.close >= prior[0]) ? prior : undefined;
}

/** When quotation `span` is a paragraph of its own: the paragraph above it, of one or two sentences and no quotation. */
function shortParagraphAbove(context: Context, span: QuoteSpan): Paragraph | undefined {
  const { paras, spans } = context;
  const own = paras[span.endPara].masked;
  if (span.para === 0 || /\p{L}/u.test(paras[span.para].masked.slice(0, span.open)) || /\p{L}/u.test(own.slice(span.close + 1)))
    return undefined;
  const above = paras[span.para - 1];
  const quoted = spans[spanIndexFrom(spans, span.para - 1, 0)]?.para === span.para - 1;
  return above.sentences.length && above.sentences.length <= 2 && !quoted ? above : undefined;
}

/**
 * "…," he said. / "But Williamson sent mixed messages …" / "We're never going to do that.": a quotation alone in its
 * paragraph, after one paragraph of story whose every sentence is about the one quoted just before it.
 */
function aboutLastSpeaker(context: Context, last: Found, span: QuoteSpan): boolean {
  const { speakers, lex } = context;
  if (last.entity.unknown || last.entity.kind !== 'person' || last.span.endPara !== span.para - 2) return false;
  const above = shortParagraphAbove(context, span);
  return (
    above !== undefined &&
    // "Keeping stock in was a priority for many …": a paragraph that names no one, nor any word for people ("Residents
    // gathered outside."), carries on about them too.
    above.sentences.every(([from, to]) => {
      const subject = sentenceSubject(above, from, to, lex);
      if (subject) return speakers.resolve(subject, span.para - 1) === last.entity;
      return (
        !mentionsIn(above, from, to, lex).length &&
        !tokensIn(above, from, to).some((token) => token.word && (isPersonWord(token.lower) || isPluralPersonWord(token.lower)))
      );
    })
  );
}

/**
 * "Meanwhile, Bale Likukula a parent of Dilkusha, Nausori, was in Suva …" then a paragraph that is one quotation: the
 * person a short paragraph with no quotation introduces, by name and description, and who has not been quoted yet.
 */
function introducedAbove(context: Context, span: QuoteSpan, spoken: ReadonlySet<Entity>): Entity | undefined {
  const { speakers, lex } = context;
  const above = shortParagraphAbove(context, span);
  if (!above) return undefined;
  const [from, to] = above.sentences[0];
  // "For Sairusi Tokatokavanua, a market vendor for five years, this work has been …": the one the paragraph is about.
  const framed = /^\s*(?:For|Bagi|Untuk)\s/.test(above.masked.slice(from, from + 8)) ? mentionsIn(above, from, to, lex)[0] : undefined;
  const subject = (isNamedPerson(framed) && framed?.role ? framed : undefined) ?? sentenceSubject(above, from, to, lex);
  // "NZME's Hits announcer Darryl Mallett is in the city": a word for a person right before the name describes them too.
  const describedBefore = () => isPersonWord(lastWords(above, from, subject!.start, 1)[0]?.lower ?? '');
  if (
    !subject ||
    !isNamedPerson(subject) ||
    wordCount(subject.name) < 2 ||
    !(subject.role || describedAfter(above, subject.end) || describedBefore())
  )
    return undefined;
  const entity = speakers.resolve(subject, span.para - 1);
  return entity && !entity.unknown && entity.kind === 'person' && !spoken.has(entity) && speakers.plausible(entity) ? entity : undefined;
}

/**
 * Does quotation `span`, a paragraph of its own, carry on the quotation before it: the last
 * quotation of the paragraph before, with nothing but its attribution after it?
 */
function continuesParagraph(context: Context, last: Found, span: QuoteSpan): boolean {
  if (last.entity.unknown || last.span.endPara !== span.para - 1) return false;
  const para = context.paras[span.para - 1];
  const after = para.sentences.filter(([start]) => start > last.span.close);
  if (after.length > 1) return false;
  // The quotation holds the whole of its paragraph.
  const own = context.paras[span.endPara].masked;
  return !own.slice(span.close + 1).trim() || /^[\s,.]*$/.test(own.slice(span.close + 1));
}

/** Verbs of saying that go on from what was said before. */
const ADDING = /\b(?:added|adds|tambah(?:nya)?|menambahkan|imbuh(?:nya)?|menimpali)\b/i;

/** Was the quotation attributed in a sentence that names a spokesperson ("a spokesman for the council said")? */
function bySpokesperson(context: Context, found: Found): boolean {
  for (let k = 0; k < found.sentences.length; k += 3) {
    const [para, from, to] = found.sentences.slice(k, k + 3);
    if (/\bspokes(?:man|woman|person)\b|\bjuru bicara\b|\bjubir\b/i.test(context.paras[para].masked.slice(from, to))) return true;
  }
  return false;
}

/** The outlet a quotation was relayed through, named in its attribution. */
function viaOf(context: Context, sentences: [number, number, number][], para: number): string | undefined {
  const { lex, paras, index } = context;
  for (const [p, start, end] of sentences) {
    const segment = paras[p].masked.slice(start, end);
    const via = findVia(segment, lex, isOutlet);
    if (!via) continue;
    const head = via.toLowerCase().replace(/^(?:the|itu)\s+/, '');
    if (/^the\s/i.test(via) || lex.outletHeads.has(head.split(' ')[0])) {
      // "according to the station" → the outlet named before.
      const outlets = index.filter((entry) => entry.mention.entity === 'outlet' && entry.para <= para);
      if (outlets.length) return outlets[outlets.length - 1].mention.name;
      if (/^the\s/i.test(via)) continue;
    }
    return capitalise(via);
  }
  return undefined;
}

const OUTLET_WORDS = /\b(?:News|Times|Post|Journal|Herald|Tribune|Agency|TV|Radio|Television|Broadcasting|Press|Daily|Gazette)\b/;

/** Does a phrase name a news outlet ("Reuters", "Kompas.com", "the station")? */
function isOutlet(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (words.some((word) => OUTLETS.has(word.toLowerCase().replace(/[.,]$/, '')))) return true;
  if (/\.(?:com|co\.id|id|net|org|tv)\b/i.test(phrase) || OUTLET_WORDS.test(phrase)) return true;
  return /^the\s+(?:station|broadcaster|network|newspaper|paper|agency|outlet|channel|magazine|website)$/i.test(phrase);
}

/**
 * One sentence that situates the quotation: the reporting sentence of a fragment; for a full
 * quotation, the sentence before it when that one names the speaker or opens with a pronoun.
 */
function contextOf(context: Context, span: QuoteSpan, partial: boolean, from: number, to: number, entity: Entity): string | undefined {
  const { paragraphs, paras, lex } = context;
  if (partial) return truncate(paragraphs[span.para].slice(from, to).trim(), 300);
  if (entity.unknown) return undefined;
  const candidates: [number, number, number][] = [];
  const sentencesOf = paras[span.para].sentences;
  // The last sentence that ends at or before `from`.
  let last = sentenceIndexAt(sentencesOf, from);
  while (last >= 0 && sentencesOf[last][1] > from) last--;
  if (last >= 0) candidates.push([span.para, ...sentencesOf[last]]);
  else if (span.para > 0) {
    const last = paras[span.para - 1].sentences;
    if (last.length) candidates.push([span.para - 1, ...last[last.length - 1]]);
  }
  const names = entity.name
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 2);
  for (const [p, start, end] of candidates) {
    const read = readSentence(context, p, start, end);
    if (!read) continue; // a sentence with quotations of its own
    const { sentence, lower, has } = read;
    const pronoun = lex.pronouns.get(read.firstWord);
    const holds = (word: string) => {
      let found = has.get(word);
      if (found === undefined) has.set(word, (found = lower.includes(word)));
      return found;
    };
    if (
      names.some(holds) ||
      (entity.acronym && sentence.includes(entity.acronym)) ||
      (pronoun && pronoun.refers !== 'org' && entity.kind === 'person')
    ) {
      return truncate(sentence, 300);
    }
  }
  return undefined;
}

/** A sentence a context may be taken from, read once: the quotations of a paragraph may all look at the same one. */
interface ReadSentence {
  sentence: string;
  lower: string;
  firstWord: string;
  /** Which words (lower case) it holds, as found so far. */
  has: Map<string, boolean>;
}

const readSentences = new WeakMap<Context, Map<string, ReadSentence | null>>();

/** The sentence [start, end) of paragraph `p`, trimmed, with its lower case; null when it holds a quotation mark. */
function readSentence(context: Context, p: number, start: number, end: number): ReadSentence | null {
  let cache = readSentences.get(context);
  if (!cache) readSentences.set(context, (cache = new Map<string, ReadSentence | null>()));
  const key = `${p}:${start}:${end}`;
  let read = cache.get(key);
  if (read === undefined) {
    const sentence = context.paragraphs[p].slice(start, end).trim();
    const lower = sentence.toLowerCase();
    read = /["“”„«»]/.test(sentence) ? null : { sentence, lower, firstWord: lower.split(/[\s,]/, 1)[0], has: new Map() };
    cache.set(key, read);
  }
  return read;
}

const ESCAPED = /[.*+?^${}()|[\]\\]/g;
const isShortWord = (word: string) => word.length <= 3 && /^\p{Lu}/u.test(word);
/** Bounds on giving names back their stops: so many speakers, paragraphs of at most so many characters. */
const WRITTEN_SPEAKERS = 50;
const WRITTEN_PARAGRAPH = 5_000;

/**
 * The name as the article spells it: names are read word by word, so "M. Yani" and "John F. Kennedy" come out "M Yani"
 * and "John F Kennedy"; the stops after short words (initials, "Muh.") are given back where the text has them, looked
 * for in `paragraphs` (those around the speaker's first quotation).
 */
function asWritten(name: string, paragraphs: string[]): string {
  const words = name.split(' ');
  if (!words.slice(0, -1).some(isShortWord)) return name;
  const last = words.length - 1;
  const pattern = words
    .map((word, at) => {
      const escaped = word.replace(ESCAPED, '\\$&');
      if (at === last) return escaped;
      return escaped + (isShortWord(word) ? '(?:\\.\\s*|\\s+)' : '\\s+');
    })
    .join('');
  const written = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u');
  for (const paragraph of paragraphs) {
    const match = paragraph.length <= WRITTEN_PARAGRAPH ? written.exec(paragraph) : null;
    if (match) return match[0].replace(/\s+/g, ' ');
  }
  return name;
}

/** Builds the article: speakers with ids, quotes, events; and how each quote was attributed. */
function assemble(context: Context, found: Found[], options: ExtractOptions, lang: 'id' | 'en'): ExtractionResult {
  const { paragraphs, lex } = context;
  const ids = new Map<Entity, string>();
  const taken = new Set<string>();
  const speakers: Speaker[] = [];
  for (const { entity, span } of found) {
    if (ids.has(entity)) continue;
    const id = speakerId(entity, taken);
    ids.set(entity, id);
    taken.add(id);
    const around = paragraphs.slice(Math.max(0, span.para - 3), span.para + 1);
    const name = entity.unknown || speakers.length >= WRITTEN_SPEAKERS ? entity.name : asWritten(entity.name, around);
    const speaker: Speaker = { id, name };
    if (!entity.unknown) speaker.kind = entity.kind;
    if (entity.role) speaker.role = entity.role;
    if (entity.org && entity.org !== entity.name) speaker.org = entity.org;
    speakers.push(speaker);
  }
  // One string per cue and link, not one per quotation.
  const cues = new Map<string, string>();
  const cueOf = ({ cue, link, doubted }: Found) => {
    const key = `${cue} ${link} ${doubted === true}`;
    let text = cues.get(key);
    if (text === undefined) cues.set(key, (text = [CUES[cue], LINKS[link], doubted ? DOUBTED : ''].filter(Boolean).join('; ')));
    return text;
  };
  const attributions: Attribution[] = found.map((item, at) => ({
    quoteId: `q${at + 1}`,
    speaker: ids.get(item.entity)!,
    confidence: item.confidence,
    cue: cueOf(item),
  }));
  const quotes: Quote[] = found.map((item, at) => {
    const quote: Quote = { id: `q${at + 1}`, text: item.span.text, speaker: ids.get(item.entity)! };
    if (item.via) quote.via = item.via;
    if (item.partial) quote.partial = true;
    quote.paragraph = item.span.para;
    if (item.context) quote.context = item.context;
    if (item.spokenAt) quote.spokenAt = item.spokenAt;
    return quote;
  });
  const title = (options.title ?? '').trim() || defaultTitle(paragraphs) || (lex.lang === 'id' ? 'Tanpa judul' : 'Untitled');
  const article: Article = {
    version: 1,
    id: slugify(title) || 'article',
    title,
    url: options.url ?? DEFAULT_URL,
    lang,
    ...(options.publishedAt ? { publishedAt: options.publishedAt } : {}),
    speakers,
    quotes,
  };
  const events = buildEvents(context, found, quotes, ids);
  if (events.length) article.events = events;
  return { article, attributions };
}

function speakerId(entity: Entity, taken: Set<string>): string {
  if (entity.unknown) return taken.has('unknown') ? 'unknown-speaker' : 'unknown';
  const words = entity.name.split(/\s+/);
  const candidates = [
    entity.kind === 'organization' ? slugify(entity.acronym ?? entity.name, 40) : slugify(words[words.length - 1], 40),
    slugify(entity.name, 40),
    'speaker',
  ].filter(Boolean);
  for (const candidate of candidates) if (!taken.has(candidate)) return candidate;
  let n = 2;
  while (taken.has(`${candidates[0]}-${n}`)) n++;
  return `${candidates[0]}-${n}`;
}

/** The headline: a short first paragraph without a full stop, else the first sentence. */
function defaultTitle(paragraphs: string[]): string {
  const first = blankDateline(paragraphs[0] ?? '').trim();
  if (!first) return '';
  if (first.length <= 150 && !/[.!?]["”’»]?$/.test(first)) return first;
  const [span] = sentenceSpans(first, 1);
  return truncate(
    first
      .slice(span[0], span[1])
      .trim()
      .replace(/[.!?]$/, ''),
    120,
  );
}

/** One event per date mentioned outside the quotations. */
function buildEvents(context: Context, found: Found[], quotes: Quote[], ids: Map<Entity, string>): ArticleEvent[] {
  const { paragraphs, paras, dates } = context;
  const byDate = new Map<string, ArticleEvent>();
  // The words of each speaker's name (longer than three letters, and the acronym) by their first run of letters, to find
  // the speakers a sentence names without reading every name for every date.
  const speakerWords = new Map<string, { word: string; order: number }[]>();
  const speakerIdsInOrder = [...ids].map(([entity, id], order) => {
    const words = entity.unknown ? [] : entity.name.split(/\s+/).filter((word) => word.length > 3);
    if (entity.acronym && !entity.unknown) words.push(entity.acronym);
    for (const word of words) {
      const run = /^[\p{L}\p{N}]+/u.exec(word)?.[0];
      if (!run) continue;
      const entries = speakerWords.get(run);
      if (entries) entries.push({ word, order });
      else speakerWords.set(run, [{ word, order }]);
    }
    return id;
  });
  // The quotations attributed in each sentence with a date ("p:k"): the date is when they were said.
  const dated = new Set<string>();
  dates.forEach((list, p) => {
    for (const date of list) dated.add(`${p}:${sentenceIndexAt(paras[p].sentences, date.start)}`);
  });
  const bySentence = new Map<string, number[]>();
  found.forEach((item, at) => {
    if (item.partial || !dated.size) return;
    for (let s = 0; s < item.sentences.length; s += 3) {
      const q = item.sentences[s];
      const start = item.sentences[s + 1];
      const end = item.sentences[s + 2];
      const last = sentenceIndexAt(paras[q].sentences, Math.max(start, end - 1));
      for (let k = sentenceIndexAt(paras[q].sentences, start); k <= last; k++) {
        if (!dated.has(`${q}:${k}`)) continue;
        const list = bySentence.get(`${q}:${k}`) ?? [];
        if (list[list.length - 1] !== at) list.push(at);
        bySentence.set(`${q}:${k}`, list);
      }
    }
  });
  const saidIn = new Map<string, number[]>();
  const linksOf = new Map<ArticleEvent, { quoteIds: Set<string>; speakerIds: Set<string> }>();
  const firstParagraph = blankDateline(paragraphs[0] ?? '');
  dates.forEach((list, p) => {
    for (const date of list) {
      const key = `${p}:${sentenceIndexAt(paras[p].sentences, date.start)}`;
      const [from, to] = sentenceAt(paras[p], date.start);
      let said = saidIn.get(key);
      if (!said) {
        said = (bySentence.get(key) ?? []).filter((at) => {
          const { sentences } = found[at];
          for (let s = 0; s < sentences.length; s += 3)
            if (sentences[s] === p && sentences[s + 1] < to && sentences[s + 2] > from) return true;
          return false;
        });
        saidIn.set(key, said);
      }
      // A sentence of thousands of characters is no prose: its dates are described by their surroundings.
      const [near, far] = to - from > LONG_SENTENCE ? [Math.max(from, date.start - 300), Math.min(to, date.end + 300)] : [from, to];
      let event = byDate.get(date.date);
      if (!event) {
        event = { id: '', date: date.date, dateText: date.text, title: '' };
        if (said.length) {
          const item = found[said[0]];
          event.title = `${item.entity.name}: “${truncate(item.span.text.replace(/\s+/g, ' '), 90)}”`;
        } else {
          const sentence = paragraphs[p].slice(near, far).trim();
          const cleaned = eventTitle(p === 0 ? firstParagraph.slice(near, far) : sentence, date.text);
          event.title = truncate(cleaned, 110) || truncate(sentence, 110) || date.text;
          if (sentence.length > event.title.length) event.description = truncate(sentence, 400);
        }
        byDate.set(date.date, event);
      }
      let links = linksOf.get(event);
      if (!links) linksOf.set(event, (links = { quoteIds: new Set(), speakerIds: new Set() }));
      const { quoteIds, speakerIds } = links;
      for (const at of said) {
        quoteIds.add(quotes[at].id);
        speakerIds.add(ids.get(found[at].entity)!);
      }
      if (!said.length) {
        const sentence = paragraphs[p].slice(near, far);
        const named = new Set<number>();
        for (const run of sentence.matchAll(/[\p{L}\p{N}]+/gu)) {
          for (const { word, order } of speakerWords.get(run[0]) ?? []) if (sentence.startsWith(word, run.index)) named.add(order);
        }
        for (const order of [...named].sort((a, b) => a - b)) speakerIds.add(speakerIdsInOrder[order]);
      }
    }
  });
  for (const [event, { quoteIds, speakerIds }] of linksOf) {
    if (quoteIds.size) event.quotes = [...quoteIds];
    if (speakerIds.size) event.speakers = [...speakerIds];
  }
  const events = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  events.forEach((event, at) => (event.id = `e${at + 1}`));
  return events;
}

/** A sentence made into a timeline line: without its date, its opening connective, its final stop. */
function eventTitle(sentence: string, dateText: string): string {
  const escaped = dateText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return capitalise(
    trimEndMatching(
      sentence
        .replace(new RegExp(`,?\\s*(?:(?:pada|on|early on|late on)\\s+)?(?:hari\\s+)?${escaped}`, 'i'), '')
        .replace(/^\s*(?:diberitakan sebelumnya|sebelumnya|sementara itu|namun|meanwhile|however|earlier)\s*,\s*/i, '')
        .replace(/\s+/g, ' ')
        .replace(/ ([,.])/g, '$1')
        .trim(),
      /[.!?,;:]/,
    ),
  );
}

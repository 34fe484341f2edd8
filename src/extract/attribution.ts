/**
 * Who said a quotation, from the cue around it: "…," kata Budi / "…," ujarnya / Budi mengatakan,
 * "…" / menurut Budi / "…," Smith said / said Smith / according to Smith / he told Reuters. The
 * result is a mention (a name, a pronoun, "the ministry"); speakers.ts turns it into a speaker.
 */
import { isPersonWord, OFFICES, ROLE_WORDS, type Lexicon } from './lexicon.js';
import { findMentions, isAcronym, isPassiveSaying, isSayingWithNya, type Mention } from './mentions.js';
import { firstTokenFrom, foldWords, sentenceIndexAt, tokenize, trimEndMatching, type Token } from './text.js';

/** A paragraph of the article as the attribution needs it. */
export interface Paragraph {
  /** The paragraph with the inside of its quotations blanked out. */
  masked: string;
  /** Sentence spans [start, end) in the paragraph. */
  sentences: [number, number][];
  /** Where sentences start, for telling sentence-initial capitals from names. */
  starts: ReadonlySet<number>;
  /** Is a word (lower case) capitalised somewhere in the article other than at a sentence start? */
  known?: (word: string) => boolean;
  /** Caches: the paragraph's tokens, and the mentions of each sentence by its start. */
  tokens?: Token[];
  /** By sentence index (arrays: a paragraph may hold a hundred thousand sentences); other stretches by offsets. */
  mentions?: (Mention[] | undefined)[];
  otherMentions?: Map<number, Mention[]>;
  subjects?: (Mention | null | undefined)[];
  otherSubjects?: Map<string, Mention | undefined>;
  /** For {@link saidInLastWords}: per token index, how many words and how many verbs of saying come before it. */
  wordCounts?: Int32Array;
  verbCounts?: Int32Array;
}

/** The paragraph's tokens from `from` to `to` (tokenised once per paragraph). */
export function tokensIn(para: Paragraph, from: number, to: number): Token[] {
  const tokens = (para.tokens ??= tokenize(para.masked));
  const low = firstTokenFrom(tokens, from);
  let end = low;
  while (end < tokens.length && tokens[end].end <= to) end++;
  // The whole paragraph (a sentence as long as its paragraph) as it is: callers only read the tokens.
  return low === 0 && end === tokens.length ? tokens : tokens.slice(low, end);
}

/**
 * The last `count` words between `from` and `to` (those of `tokensIn(…).filter(word).slice(-count)`), found from
 * `to` backwards without copying the stretch: a quotation may stand after a megabyte of narrative.
 */
export function lastWords(para: Paragraph, from: number, to: number, count: number): Token[] {
  const tokens = (para.tokens ??= tokenize(para.masked));
  const words: Token[] = [];
  for (let k = firstTokenFrom(tokens, to) - 1; k >= 0 && tokens[k].start >= from && words.length < count; k--) {
    if (tokens[k].word && tokens[k].end <= to) words.push(tokens[k]);
  }
  return words.reverse();
}

/**
 * Is there a verb of saying (or "according to") among the last `count` words between `from` and `to`? What
 * `lastWords(para, from, to, count).some(…)` tells, from counts made once per paragraph: a paragraph of a hundred
 * thousand one-word quotations asks once for each.
 */
export function saidInLastWords(para: Paragraph, from: number, to: number, count: number, lex: Lexicon): boolean {
  const tokens = (para.tokens ??= tokenize(para.masked));
  if (!para.wordCounts || !para.verbCounts) {
    const words = (para.wordCounts = new Int32Array(tokens.length + 1));
    const verbs = (para.verbCounts = new Int32Array(tokens.length + 1));
    let nextWord: Token | undefined;
    for (let k = tokens.length - 1; k >= 0; k--) {
      if (!tokens[k].word) continue;
      const lower = tokens[k].lower;
      // "according" counts only with its "to" (the next word); whether that "to" is in the stretch is checked below.
      verbs[k + 1] = lower === 'according' ? Number(nextWord?.lower === 'to') : Number(lex.verbs.has(lower));
      nextWord = tokens[k];
    }
    for (let k = 0; k < tokens.length; k++) {
      words[k + 1] = words[k] + Number(tokens[k].word);
      verbs[k + 1] += verbs[k];
    }
  }
  const words = para.wordCounts;
  const verbs = para.verbCounts;
  // Tokens [low, high): those that start in the stretch and end in it.
  let high = firstTokenFrom(tokens, to);
  while (high > 0 && tokens[high - 1].end > to) high--;
  let low = firstTokenFrom(tokens, from);
  if (low >= high) return false;
  // The first token from which at most `count` words remain.
  let top = high;
  while (low < top) {
    const middle = (low + top) >> 1;
    if (words[high] - words[middle] > count) low = middle + 1;
    else top = middle;
  }
  let hits = verbs[high] - verbs[low];
  // A last word "according" whose "to" lies past the stretch was counted: it is not "according to" here.
  let last = high - 1;
  while (last >= low && !tokens[last].word) last--;
  if (last >= low && tokens[last].lower === 'according' && verbs[last + 1] > verbs[last]) hits--;
  return hits > 0;
}

/** The first `count` words between `from` and `to` (those of `tokensIn(…).filter(word).slice(0, count)`). */
function firstWords(para: Paragraph, from: number, to: number, count: number): Token[] {
  const tokens = (para.tokens ??= tokenize(para.masked));
  const words: Token[] = [];
  for (let k = firstTokenFrom(tokens, from); k < tokens.length && tokens[k].end <= to && words.length < count; k++) {
    if (tokens[k].word) words.push(tokens[k]);
  }
  return words;
}

/** The mentions from `from` to `to`, found once per sentence. */
export function mentionsIn(para: Paragraph, from: number, to: number, lex: Lexicon): Mention[] {
  const index = sentenceIndexAt(para.sentences, from);
  const sentence = para.sentences[index];
  const inSentence = sentence !== undefined && from < sentence[1];
  const [start, end] = inSentence ? sentence : [from, to];
  let mentions = inSentence ? para.mentions?.[index] : para.otherMentions?.get(start);
  if (!mentions) {
    mentions = findMentions(para.masked, start, end, lex, para.starts, para.known, tokensIn(para, start, end));
    if (inSentence) (para.mentions ??= [])[index] = mentions;
    else (para.otherMentions ??= new Map()).set(start, mentions);
  }
  if (from <= start && to >= end) return mentions;
  // Mentions are in order: a binary search, not a filter of the whole sentence, for each quotation.
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle].start < from) low = middle + 1;
    else high = middle;
  }
  const within: Mention[] = [];
  for (let k = low; k < mentions.length && mentions[k].start < to; k++) if (mentions[k].end <= to) within.push(mentions[k]);
  return within;
}

type CueKind = 'inverted' | 'nya' | 'verb' | 'fragment' | 'noun' | 'prep';

interface Cue {
  kind: CueKind;
  /** First and last token of the cue (two for "according to"). */
  at: number;
  last: number;
}

const PREP_PARTS = new WeakMap<Lexicon, string[][]>();
const prepParts = (lex: Lexicon) => {
  let parts = PREP_PARTS.get(lex);
  if (!parts) PREP_PARTS.set(lex, (parts = lex.preps.map((prep) => prep.split(' '))));
  return parts;
};

const POINT = new Set(['point', 'points', 'pointed', 'pointing']);
/** Indonesian passives of being reached for comment, whose agent follows with no "oleh": "saat ditemui wartawan". */
const ASKED_BY = new Set(['dikonfirmasi', 'ditemui', 'dihubungi', 'diwawancarai', 'dijumpai', 'ditanya', 'ditanyai']);
const GO = new Set(['went', 'goes', 'go']);

/** "Diungkapkannya", "diakuinya": said by him or her, in the passive; the verb's root. */
const PASSIVE_NYA = /^di(\p{L}{3,}?)(?:kan|i)nya$/u;

/** What a token is as a cue of speech, if anything. */
function cueOf(tokens: Token[], at: number, lex: Lexicon): Cue | undefined {
  const lower = tokens[at].lower;
  if (!tokens[at].word) return undefined;
  for (const parts of prepParts(lex)) {
    if (parts[0] === lower && parts.every((part, k) => tokens[at + k]?.lower === part))
      return { kind: 'prep', at, last: at + parts.length - 1 };
  }
  if (isSayingWithNya(lower, lex) || (lex.lang === 'id' && lex.inverted.has(PASSIVE_NYA.exec(lower)?.[1] ?? '')))
    return { kind: 'nya', at, last: at };
  // "…,” Harap nya.": the "-nya" typed apart.
  if (lex.lang === 'id' && tokens[at + 1]?.lower === 'nya' && (lex.inverted.has(lower) || lex.verbs.has(lower)))
    return { kind: 'nya', at, last: at + 1 };
  if (lex.verbs.has(lower)) return { kind: lex.fragmentVerbs.has(lower) ? 'fragment' : 'verb', at, last: at };
  // "pointing out that …": a verb of saying in two words.
  if (lex.lang === 'en' && POINT.has(lower) && tokens[at + 1]?.lower === 'out') return { kind: 'verb', at, last: at + 1 };
  // "…,” he went on.", "She went on to say …": not "the meeting went on for hours".
  if (lex.lang === 'en' && GO.has(lower) && tokens[at + 1]?.lower === 'on' && (!tokens[at + 2]?.word || tokens[at + 2].lower === 'to'))
    return { kind: 'verb', at, last: at + 1 };
  if (lex.inverted.has(lower) || isPassiveSaying(lower, lex)) return { kind: 'inverted', at, last: at };
  // "Hal yang sama di sampaikan Haris": the passive's prefix typed apart.
  if (lower === 'di' && tokens[at + 1]?.word && isPassiveSaying(`di${tokens[at + 1].lower}`, lex))
    return { kind: 'inverted', at, last: at + 1 };
  if (lex.nouns.has(lower)) return { kind: 'noun', at, last: at };
  return undefined;
}

/** A pronoun standing for the "-nya" of "ujarnya", "katanya". */
function nyaMention(token: Token): Mention {
  return { kind: 'pronoun', start: token.start, end: token.end, name: token.text, entity: 'person', pronoun: { refers: 'person' } };
}

/** A person the text names ("Jane Roe"), not a title alone, a pronoun or a description. */
export const isNamedPerson = (mention: Mention | undefined): boolean =>
  mention?.kind === 'name' && mention.entity === 'person' && mention.name !== '';

/** Mentions that can be a speaker, best first when several are equally near. */
function isSpeakerMention(mention: Mention): boolean {
  return (
    // "ujar Kapolresta Palu": a title where it is held stands for its holder.
    (mention.entity !== 'place' || OFFICES.has(foldWords(mention.role ?? '').split(' ')[0])) &&
    mention.entity !== 'outlet' &&
    (mention.kind !== 'name' || mention.name !== '' || Boolean(mention.role))
  );
}

/**
 * The mention right after token `at`: "kata dia lagi", "said Smith", or a name a few words on in
 * the same phrase ("said the museum's director, Sarah Whitmore"), before any preposition or verb.
 */
function mentionAfter(para: Paragraph, mentions: Mention[], tokens: Token[], at: number, lex: Lexicon): Mention | undefined {
  let k = at + 1;
  while (tokens[k] && (lex.adverbs.has(tokens[k].lower) || tokens[k].lower === 'oleh' || tokens[k].lower === 'by')) k++;
  const next = tokens[k];
  if (!next) return undefined;
  const direct = mentions.find((mention) => mention.start <= next.start && mention.end > next.start && isSpeakerMention(mention));
  if (direct)
    return titleHolder(para, direct, mentions) ?? titledAfter(para, direct, mentions, lex) ?? demonstrated(para, direct, tokens, lex);
  let described = false;
  for (let n = 0; tokens[k] && n < 8; k++, n++) {
    const token = tokens[k];
    if (token.word && (lex.boundaries.has(token.lower) || lex.verbs.has(token.lower))) return undefined;
    if (!token.word && token.text !== ',' && token.text !== "'" && token.text !== '’') return undefined;
    if (token.word && isPersonWord(token.lower)) described = true;
    const found = mentions.find((mention) => mention.start === token.start && isSpeakerMention(mention));
    // "kata pedagang ikan Bincen, Joni": a word for a person, where they work, then their name; not "According to legal
    // expert, Tucker Mugogo, Busoga region's …", where the name is set off after the word.
    const placed = described && found?.kind === 'name' && !found.role && tokens[k - 1]?.text !== ',';
    const holder = placed ? nameAfterComma(para, mentions, found) : undefined;
    if (found) return holder ?? holderAfterOrganisations(para, found, mentions) ?? demonstrated(para, found, tokens, lex);
  }
  return undefined;
}

/** The named person right after `mention` and a comma: "Bincen, Joni". */
function nameAfterComma(para: Paragraph, mentions: Mention[], mention: Mention): Mention | undefined {
  const next = mentions.find((other) => other.start > mention.end);
  return next && isNamedPerson(next) && /^,\s*$/.test(para.masked.slice(mention.end, next.start)) ? next : undefined;
}

/**
 * "lanjut mantan Kasatlantas Polres Sijunjung ini": a title with "ini", "itu" or "tersebut" after it points back to the
 * one the story is about, like "jenderal bintang dua itu" (Indonesian).
 */
function demonstrated(para: Paragraph, mention: Mention, tokens: Token[], lex: Lexicon): Mention {
  if (lex.lang !== 'id' || mention.kind !== 'name') return mention;
  const head = foldWords(mention.role ?? mention.name).split(' ')[0];
  if (!ROLE_WORDS.has(head)) return mention;
  const after = tokens[firstTokenFrom(tokens, mention.end)];
  if (!after?.word || !lex.definiteMarkers.has(after.lower)) return mention;
  const name = para.masked.slice(mention.start, mention.end);
  return { kind: 'definite', start: mention.start, end: after.end, name, entity: 'person', head };
}

/**
 * "said Teamsters Local 100 President Bill Davis": the organisation the title belongs to, read as a name of its own,
 * then the titled person, with only capitalised words and numbers between; "said Springfield police chief John Smith",
 * "said Calaparan village chief Jose Reyes": a place, a word or two of what it heads, then a title in lower case.
 */
function titledAfter(para: Paragraph, first: Mention, mentions: Mention[], lex: Lexicon): Mention | undefined {
  const chained = holderAfterOrganisations(para, first, mentions);
  if (chained) return chained;
  const next = mentions.find((mention) => mention.start >= first.end && mention.start - first.end <= 40);
  if (next && isNamedPerson(next) && next.role && /^(?:\s+(?:\p{Lu}[\p{L}-]*|\d+))*\s+$/u.test(para.masked.slice(first.end, next.start)))
    return next;
  if (first.kind !== 'name' || first.role) return undefined;
  const holder = mentions.find((mention) => mention.start >= first.end && mention.start - first.end <= 30 && isNamedPerson(mention));
  if (!holder) return undefined;
  const gap = para.masked.slice(first.end, holder.start);
  const between = gap.trim().split(/\s+/);
  // "said Maui mixed martial artist Kendall Grove": a word for a person, last of a few, in place of the title.
  const titled = holder.role ? /^\p{Ll}/u.test(para.masked.charAt(holder.start)) && between.length <= 2 : isPersonWord(between.at(-1)!);
  return titled &&
    /^(?:\s+\p{Ll}[\p{L}-]*){1,3}\s+$/u.test(gap) &&
    between.every((word) => !lex.boundaries.has(word) && !lex.verbs.has(word) && !lex.adverbs.has(word))
    ? holder
    : undefined;
}

/**
 * "said Khwairamband Keithel Street Vendors’ Welfare Association (KhKSVWU) president Laitonjam Beda": after names of
 * organisations or places one after another (a possessive's mark between), the name a title in lower case opens.
 */
function holderAfterOrganisations(para: Paragraph, first: Mention, mentions: Mention[]): Mention | undefined {
  if (first.kind !== 'name' || first.role || (first.entity !== 'org' && first.entity !== 'place')) return undefined;
  let end = first.end;
  for (const mention of mentions) {
    if (mention.start < end) continue;
    if (!/^['’]?\s{1,3}$/.test(para.masked.slice(end, mention.start))) return undefined;
    if (isNamedPerson(mention)) return mention.role && /^\p{Ll}/u.test(para.masked.charAt(mention.start)) ? mention : undefined;
    if (mention.kind !== 'name' || mention.role || (mention.entity !== 'org' && mention.entity !== 'place')) return undefined;
    end = mention.end;
  }
  return undefined;
}

/**
 * Nothing, or a lower-case Indonesian word for a kind of place: "kota", "kabupaten", "provinsi"; the title's short form in
 * brackets may come first ("Kepala Satuan Lalu Lintas (Kasat Lantas) Polres Kolaka, IPTU …").
 */
const PLACE_GAP = /^(?:\s*\([^()]{1,20}\))?\s*(?:(?:kota|kabupaten|kab\.|provinsi|kecamatan|desa)\s+)?$/u;

/** After a title and the unit or place it heads, capitalised words and an acronym in brackets at most, then a comma. */
const TITLE_COMPLEMENT = /^(?:\s*\([^()]{1,20}\))?(?:\s+\p{Lu}[\p{L}\d-]*)*\s*,\s*$/u;

/**
 * "Kepala Bidang Pelayanan Pencegahan dan Pengendalian Penyakit (P2P) Dinkes Kabupaten Bogor, Adang Mulyana",
 * "Kapolsek Pemenang, Iptu Lalu Eka": a title read with its unit or place as a name, then the person who holds it.
 */
function titleHolder(para: Paragraph, titled: Mention, mentions: Mention[]): Mention | undefined {
  if (titled.kind !== 'name' || !titled.role) return undefined;
  return mentions.find(
    (mention) =>
      mention.start >= titled.end &&
      mention.start - titled.end <= 120 &&
      isNamedPerson(mention) &&
      // The holder's mention may open with the unit itself: "Dinkes Kabupaten Bogor, Adang Mulyana".
      (TITLE_COMPLEMENT.test(para.masked.slice(titled.end, mention.start)) ||
        // "Kepala Dinas Kesehatan kota Ambon Treesje Tory": the holder's mention opens with where the office is.
        (mention.org !== undefined && PLACE_GAP.test(para.masked.slice(titled.end, mention.start)))),
  );
}

/** Verbs of a passive that reports speech: "was heard saying", "was quoted as saying". */
const HEARD = new Set(['heard', 'overheard', 'quoted', 'filmed', 'recorded', 'caught', 'seen']);

/** The mention that ends right before token `at` (adverbs and a closing comma may sit between). */
function mentionBefore(mentions: Mention[], tokens: Token[], at: number, lex: Lexicon, from: number): Mention | undefined {
  let k = at - 1;
  // "had said", "has also said": the auxiliary too.
  while (k >= 0 && tokens[k].word && (lex.adverbs.has(tokens[k].lower) || (lex.lang === 'en' && AUXILIARIES.has(tokens[k].lower)))) k--;
  // "Onn Hafiz was heard saying", "he was quoted as saying": the one heard.
  const as = tokens[k]?.lower === 'as' ? k - 1 : k;
  if (HEARD.has(tokens[as]?.lower ?? '') && /^(?:was|were|is|are|been)$/.test(tokens[as - 1]?.lower ?? '')) k = as - 2;
  // "Councillor Jane Doe (Lab, Riverside) said": a bracket after the name is about the name.
  if (tokens[k]?.text === ')') {
    let open = k - 1;
    while (open >= 0 && k - open <= 8 && tokens[open].text !== '(' && tokens[open].text !== ')') open--;
    if (tokens[open]?.text === '(') k = open - 1;
  }
  const previous = tokens[k];
  if (!previous || previous.start < from) return undefined;
  const described = previous.text === ',' ? undefined : describedOpening(mentions, tokens, k, lex, from);
  if (described) return described;
  // Adjacent, or separated by an apposition: "Smith, 54, said", "an official, who asked not to be named, told".
  if (previous.text !== ',') {
    const adjacent = mentions.filter(
      (mention) => mention.end <= previous.end && mention.end >= previous.start && isSpeakerMention(mention),
    );
    // "the mayor of Cedar Rapids promised": the title, not where it is held.
    const held = mentions.find((mention) => mention.end <= previous.end && mention.end >= previous.start);
    let k = held ? tokens.findIndex((token) => token.start >= held.start) : -1;
    if (tokens[k - 1]?.lower === 'the') k--;
    const of = tokens[k - 1];
    if (held && held.entity !== 'person' && of?.word && (of.lower === 'of' || of.lower === 'for')) {
      const holder = mentions.find((mention) => mention.end <= of.start && mention.end >= (tokens[k - 2]?.start ?? 0));
      // "The chair of the Unst Community Council says": the title, held at an organisation too.
      const heldAt = held.entity === 'place' || (held.entity === 'org' && isPersonWord(holder?.head ?? ''));
      if (heldAt && holder?.kind === 'definite' && holder.entity === 'person' && holder.start >= from) return holder;
      // "Gill Harris, deputy CEO and executive director … for Betsi Cadwaladr Health Board said:": the name the clause
      // opens with, set off by a comma, holds the title.
      const opening = mentions.find((mention) => mention.start >= from);
      const comma = opening && tokens.find((token) => token.start >= opening.end);
      if (opening && opening !== held && isNamedPerson(opening) && comma?.text === ',' && comma.end <= of.start) return opening;
    }
    // "Mr Solomone Vaikeli, an Agriculture Officer from the Ministry of Agriculture Food, Forests and Fisheries said": the
    // titled name the clause opens with, then where the title is held.
    // Not "Mosaic chair of trustees, Jane Hinnrichs said": a name of its own, after a comma, is the one titled.
    const opening = mentions.find((mention) => mention.start >= from);
    const nearest = adjacent[adjacent.length - 1];
    const named = nearest && isNamedPerson(nearest) && !nearest.role && tokens[firstTokenFrom(tokens, nearest.start) - 1]?.text === ',';
    if (adjacent.length && opening !== nearest && !named && isNamedPerson(opening) && opening?.role) {
      const rest = tokens.filter((token) => token.start >= opening.end && token.end <= previous.end);
      if (/^(?:from|of|at)$/.test(rest[0]?.lower ?? '') && rest.every((token) => !token.word || !lex.verbs.has(token.lower)))
        return opening;
    }
    if (adjacent.length) {
      const last = adjacent[adjacent.length - 1];
      // "Bede Carran, Timaru District Council Chief Executive said": the title run into where it is held, set off after
      // the name.
      const between = opening ? tokens.filter((token) => token.start >= opening.end && token.end <= last.start) : [];
      const title = last.name.split(' ').pop()!.toLowerCase();
      if (last.entity === 'org' && isNamedPerson(opening) && between.length === 1 && between[0].text === ',' && ROLE_WORDS.has(title))
        return opening;
      return relativeClauseOf(last, mentions, tokens, from) ?? affiliationOf(last, mentions, tokens, from, lex);
    }
  } else {
    const earlier = mentions.filter((mention) => mention.end <= previous.start && mention.start >= from && isSpeakerMention(mention));
    // "Jane Roe with Acme & Co., who has a Buy on the stock, writes": the person the relative clause is about; "Mr. Allen
    // who once served as Vice President for WINFA …, said" too, with no comma.
    for (let c = k - 1; c > 0 && tokens[c].start >= from; c--) {
      if (tokens[c].lower !== 'who' && tokens[c].lower !== 'whose') continue;
      const clause = tokens[c - 1].text === ',' ? tokens[c - 1] : tokens[c];
      const people = earlier.filter((mention) => mention.end <= clause.start && isNamedPerson(mention));
      if (people.length) return people[people.length - 1];
      break;
    }
    // "Jeff Byard, FEMA associate administrator, said": the name that opens the clause, set off by a
    // comma, when what follows it is no name of its own ("kuasa hukum Darmawan, Yohanes Sitorus,"), or is one the opening
    // name speaks for ("Trevor Thompson, delivering remarks on behalf of Agriculture Minister, Peter David, said").
    // "Speaking to ANI, Prakash, a fisherman, said:": the clause opens after a participle's phrase.
    const opener = tokens.findIndex((token) => token.start >= from && token.word);
    const phraseEnd =
      lex.lang === 'en' && opener >= 0 && participleOpens(tokens, opener, lex)
        ? tokens.find((token, t) => t > opener && token.text === ',')?.end
        : undefined;
    const clauseFrom = phraseEnd ?? from;
    const opening = earlier.find((mention) => mention.end > clauseFrom);
    const onBehalf = tokens.some(
      (token, t) => t < k && token.start > (opening?.end ?? 0) && token.lower === 'behalf' && tokens[t + 1]?.lower === 'of',
    );
    // "Mrs Mortimer, speaking on BBC1’s Politics North programme, had said:": a participle's clause set off after the name.
    const afterComma = opening && tokens[firstTokenFrom(tokens, opening.end) + 1];
    const participle = afterComma?.word && !afterComma.cap && /ing$/.test(afterComma.lower);
    if (
      opening &&
      isNamedPerson(opening) &&
      (onBehalf || participle || describedWithArticle(tokens, opening) || !isNamedPerson(earlier[earlier.length - 1]))
    ) {
      const lead = tokens.filter((token) => token.start >= clauseFrom && token.end <= opening.start && token.word);
      const next = tokens.find((token) => token.start >= opening.end);
      if (!lead.some((token) => lex.boundaries.has(token.lower)) && next?.text === ',') return opening;
    }
    // "of Bandung,", "in Wokingham, Berkshire,": places after a preposition are no speakers.
    const placed = new Set<Mention>();
    for (const mention of earlier) {
      const k = tokens.findIndex((token) => token.start >= mention.start);
      const before = tokens[k - 1];
      const comma =
        before?.text === ',' ? earlier.find((other) => other.end <= before.start && other.end >= (tokens[k - 2]?.start ?? 0)) : undefined;
      const single = mention.kind === 'name' && !/\s/.test(mention.name);
      const preposition = before?.word && (lex.boundaries.has(before.lower) || before.lower === 'of');
      // "Beberapa warga saat dikonfirmasi wartawan media ini, mengatakan": who asked is no speaker either.
      if ((single && (preposition || (comma && placed.has(comma)))) || (before?.word && ASKED_BY.has(before.lower))) placed.add(mention);
    }
    const kept = earlier.filter((mention) => !placed.has(mention));
    const names = kept.filter((mention) => mention.kind === 'name');
    const last = names[names.length - 1];
    // "Alden Delvo, the police regional director of Davao, said": a title of an organisation, held by no name of its
    // own, describes the person named before it.
    if (last && last.entity === 'org' && last.role) {
      const person = names.filter((mention) => isNamedPerson(mention)).pop();
      if (person) return person;
    }
    const chosen = last ?? kept[kept.length - 1];
    return chosen && affiliationOf(chosen, mentions, tokens, from, lex);
  }
  return undefined;
}

/**
 * "Bienvenidido Eleccion, 48, a member of the Alyansa sang nga Mangunguma sa Igbaras, said": a name, an age maybe, then
 * a description opened by an article; whatever names the description holds are not who speaks.
 */
function describedWithArticle(tokens: Token[], opening: Mention): boolean {
  let k = firstTokenFrom(tokens, opening.end);
  if (tokens[k]?.text !== ',') return false;
  if (/^\d{1,3}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',') k += 2;
  if (!/^(?:a|an)$/.test(tokens[k + 1]?.lower ?? '') || !tokens[k + 2]?.word) return false;
  // "Mr Solomone Vaikeli, an Agriculture Officer from the Ministry of …": a capitalised title too.
  return !tokens[k + 2].cap || [2, 3, 4].some((n) => tokens[k + n]?.word && ROLE_WORDS.has(tokens[k + n].lower));
}

/** Words that open a clause of their own inside a description: "a man who", "Budi and a friend". */
const CLAUSE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'and', 'or', 'but']);

/**
 * "Alex Daka a resident told", "Noor Muhammad, one of the protesters with a bushy black beard lamented": the named person
 * who opens the clause, then a description (or the rest of one) with no verb or clause of its own up to token `last`, the
 * word before the verb.
 */
function describedOpening(mentions: Mention[], tokens: Token[], last: number, lex: Lexicon, from: number): Mention | undefined {
  // "Diwaktu yang berbeda, Jumadi salah satu Pedagang di Pasar … mengatakan": a short opening phrase set off by a comma.
  const opening = mentions.find((mention) => mention.start >= from);
  if (!opening || !isNamedPerson(opening)) return undefined;
  const lead = tokens.filter((token) => token.start >= from && token.end <= opening.start);
  if (lead.length && !(lead.length <= 6 && lead[lead.length - 1].text === ',')) return undefined;
  let first = tokens.findIndex((token) => token.start >= opening.end);
  if (tokens[first]?.text === ',') first++;
  const description = tokens.slice(first, last + 1);
  return description.length >= 2 &&
    description.length <= 10 &&
    // A description the name's mention already holds may go on: "Noor Muhammad, one of the protesters| with a … beard".
    (DESCRIPTION_MARKERS.has(description[0].lower) || (opening.role !== undefined && AFFILIATIONS.has(description[0].lower))) &&
    description.every(
      (token) =>
        token.word &&
        !lex.verbs.has(token.lower) &&
        !lex.inverted.has(token.lower) &&
        !lex.pronouns.has(token.lower) &&
        !CLAUSE_WORDS.has(token.lower),
    )
    ? opening
    : undefined;
}

/**
 * "Toyiya who is the Diepsloot Community Forum Chairperson said": the named person a relative clause is about, when the
 * mention before the verb is inside that clause.
 */
function relativeClauseOf(mention: Mention, mentions: Mention[], tokens: Token[], from: number): Mention | undefined {
  for (let k = tokens.findIndex((token) => token.start >= mention.start) - 1; k > 0 && tokens[k].start >= from; k--) {
    if (tokens[k].lower !== 'who') continue;
    const before = tokens[k - 1].text === ',' ? tokens[k - 2] : tokens[k - 1];
    const person = before && mentions.find((other) => other.end === before.end && other.start >= from);
    return isNamedPerson(person) ? person : undefined;
  }
  return undefined;
}

/** Prepositions that attach an organisation or a place to the person before them: "Jo Goodchild from Unite the Union". */
const AFFILIATIONS = new Set(['of', 'from', 'at', 'with', 'for', 'in', 'di', 'dari', 'asal']);

/**
 * `mention`, or the named person whose organisation or place it is: "Jo Goodchild from Unite the Union says",
 * "Rajesh Srivastava, a resident from Khargar said". The person may carry a short description set off by a comma.
 */
function affiliationOf(mention: Mention, mentions: Mention[], tokens: Token[], from: number, lex: Lexicon): Mention {
  const at = tokens.findIndex((token) => token.start >= mention.start);
  const preposition = tokens[at - 1];
  if (!preposition?.word || !AFFILIATIONS.has(preposition.lower)) return mention;
  const holder = mentions.filter((other) => other.end <= preposition.start && other.start >= from).pop();
  if (!holder || !isNamedPerson(holder) || holder === mention) return mention;
  const gap = tokens.filter((token) => token.start >= holder.end && token.end <= preposition.start);
  const described =
    !gap.length ||
    (gap[0].text === ',' &&
      gap.length <= 7 &&
      gap.slice(1).every((token) => token.text === ',' || (token.word && !lex.verbs.has(token.lower) && !lex.boundaries.has(token.lower))));
  return described ? holder : mention;
}

/** Words that open a description of someone the story does not name: "a passer-by", "seorang pasien", "para pedagang". */
const DESCRIPTION_MARKERS = new Set(['a', 'an', 'one', 'another', 'seorang', 'salah', 'para', 'sejumlah', 'beberapa']);
/** "her mother said", "said his heartbroken father": a possessive opens a description when a word for a person ends it. */
const POSSESSIVES = new Set(['his', 'her', 'their']);
const MAX_DESCRIPTION_WORDS = 4;

/** Can `token` be a word of such a description (lower case, no preposition, verb, pronoun or noun of speech)? */
function describes(token: Token | undefined, lex: Lexicon): boolean {
  // "a TV repairer", "an NHS nurse": an abbreviation in capitals may describe too.
  if (!token?.word || (token.cap && !(lex.lang === 'en' && isAcronym(token.text))) || /^\d/.test(token.text)) return false;
  const lower = token.lower;
  return !(
    lex.boundaries.has(lower) ||
    lex.verbs.has(lower) ||
    lex.inverted.has(lower) ||
    lex.pronouns.has(lower) ||
    lex.nouns.has(lower) ||
    lex.adverbs.has(lower) ||
    lex.definiteMarkers.has(lower) ||
    lex.conjunctions.has(lower)
  );
}

function describedMention(para: Paragraph, tokens: Token[], first: number, last: number): Mention {
  const { start } = tokens[first];
  const { end } = tokens[last];
  return { kind: 'indefinite', start, end, name: para.masked.slice(start, end), entity: 'person', head: tokens[last].lower };
}

/**
 * A speaker described, not named, in the speaker's place right after the cue: "said a commuter at Euston station",
 * "kata seorang pasien", "kata warga setempat". Whatever the noun, that place makes it a person; English needs the
 * article ("said officials" is found as a group).
 */
/** "ujar pria yang kerap disapa Bang Hasnur": the name a description says the person goes by. */
function calledAfter(para: Paragraph, tokens: Token[], at: number, lex: Lexicon): Mention | undefined {
  if (lex.lang !== 'id' || tokens[at]?.lower !== 'yang') return undefined;
  let k = at + 1;
  if (/^(?:kerap|biasa|akrab|sering)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!/^(?:disapa|dipanggil)$/.test(tokens[k]?.lower ?? '') || !tokens[k + 1]?.cap) return undefined;
  const name = tokens[k + 1];
  return mentionsIn(para, name.start, name.end + 80, lex).find(
    (mention) => mention.start === name.start && mention.kind === 'name' && mention.entity === 'person',
  );
}

function describedAfter(para: Paragraph, tokens: Token[], at: number, lex: Lexicon): Mention | undefined {
  const first = at + 1;
  const marker = tokens[first];
  if (!marker?.word || marker.cap) return undefined;
  const possessive = POSSESSIVES.has(marker.lower);
  const marked = possessive || DESCRIPTION_MARKERS.has(marker.lower);
  if (!marked && lex.lang !== 'id') return undefined;
  let k = first + (marked ? 1 : 0);
  if (marker.lower === 'salah') {
    if (!/^(?:satu|seorang)$/.test(tokens[k]?.lower ?? '')) return undefined;
    k++;
  }
  const from = k;
  while (k - from < MAX_DESCRIPTION_WORDS && describes(tokens[k], lex)) k++;
  const called = k > from ? calledAfter(para, tokens, k, lex) : undefined;
  if (called) return called;
  const next = tokens[k];
  // The description must end the phrase: "a decision would follow" goes on and is no speaker.
  if (k === from || (next && next.word && !lex.boundaries.has(next.lower))) return undefined;
  if (possessive && !isPersonWord(tokens[k - 1].lower)) return undefined;
  // "according to a release from the NDP": a document speaks for whoever issued it.
  if (DOCUMENTS.has(tokens[k - 1].lower)) return issuerAfter(para, tokens, k, lex);
  return describedMention(para, tokens, first, k - 1);
}

/** Words for a document that can be quoted. */
const DOCUMENTS = new Set(['release', 'statement', 'report', 'letter', 'filing', 'bulletin', 'notice', 'memo', 'rilis', 'surat']);

/** The organisation or person named after "from" or "by" at token `at`: "from the NDP", "by the ministry". */
function issuerAfter(para: Paragraph, tokens: Token[], at: number, lex: Lexicon): Mention | undefined {
  const by = tokens[at];
  if (!by?.word || !/^(?:from|by|dari)$/.test(by.lower)) return undefined;
  const next = tokens[at + 1]?.lower === 'the' ? tokens[at + 2] : tokens[at + 1];
  if (!next) return undefined;
  return mentionsIn(para, by.end, para.masked.length, lex).find((mention) => mention.start === next.start && isSpeakerMention(mention));
}

/**
 * The same before the cue, as the clause's whole subject: ", a passer-by said", ", one frustrated commuter told …".
 */
function describedBefore(para: Paragraph, tokens: Token[], at: number, lex: Lexicon, from: number): Mention | undefined {
  let k = at - 1;
  const opens = (token: Token) => DESCRIPTION_MARKERS.has(token.lower) || POSSESSIVES.has(token.lower);
  while (k >= 0 && at - 1 - k < MAX_DESCRIPTION_WORDS && describes(tokens[k], lex) && !opens(tokens[k])) k--;
  const marker = tokens[k];
  if (k === at - 1 || !marker?.word || marker.start < from || !opens(marker)) return undefined;
  if (POSSESSIVES.has(marker.lower) && !isPersonWord(tokens[at - 1].lower)) return undefined;
  const before = tokens[k - 1];
  if (before && before.start >= from && before.text !== ',') return undefined;
  return describedMention(para, tokens, k, at - 1);
}

/**
 * "The spokesperson quoted the Commissioner of Police, Ikioye Orutugu, as saying that …": the one quoted speaks, the
 * name when the description has one.
 */
function quotedAsSaying(tokens: Token[], cue: Cue, mentions: Mention[]): Mention | undefined {
  if (tokens[cue.at].lower !== 'saying' || tokens[cue.at - 1]?.lower !== 'as') return undefined;
  let k = cue.at - 2;
  while (k >= 0 && cue.at - k <= 16 && !/^quot(?:ed|es|ing)$/.test(tokens[k].lower)) k--;
  if (k < 0 || cue.at - k > 16) return undefined;
  const between = mentions.filter(
    (mention) => mention.start > tokens[k].start && mention.end <= tokens[cue.at - 1].start && isSpeakerMention(mention),
  );
  const named = between.filter(isNamedPerson);
  return named[named.length - 1] ?? between[0];
}

/** Was a conjunction or a comma + participle right before the cue ("welcomed the plan but said")? */
function needsSentenceSubject(tokens: Token[], cue: Cue, lex: Lexicon): boolean {
  let k = cue.at - 1;
  while (k >= 0 && tokens[k].word && lex.adverbs.has(tokens[k].lower)) k--;
  const previous = tokens[k];
  if (!previous) return false;
  if (previous.word && lex.conjunctions.has(previous.lower)) return true;
  // "…, adding …"; "issued a statement noting that, …": the statement is the subject's.
  return (previous.text === ',' || (lex.lang === 'en' && lex.nouns.has(previous.lower))) && /ing$/.test(tokens[cue.at].lower);
}

function namedAfter(mentions: Mention[], tokens: Token[], at: number): Mention | undefined {
  const next = tokens[at + 1];
  // "ujarnya seorang warga, Keifas Kogoya": or a description that the name after it makes a name.
  return next?.word
    ? mentions.find((mention) => mention.start === next.start && mention.kind === 'name' && mention.entity === 'person')
    : undefined;
}

const CONTRASTING = new Set(['while', 'whereas', 'sementara', 'sedangkan']);

/**
 * Words that open a sentence by pointing back at the quotation before it, so that the cue after them comes first:
 * "Demikian dikatakan …", "Hal itu disampaikan …", "That was the warning from …".
 */
const BACK_REFERENCES = new Set([
  'demikian',
  'begitu',
  'itulah',
  'hal itu',
  'hal ini',
  'hal tersebut',
  'pernyataan itu',
  'pernyataan tersebut',
  'keterangan itu',
  'keterangan tersebut',
  'penjelasan itu',
  'penjelasan tersebut',
]);
const EN_BACK_REFERENCE = /^(?:that|this|those|these|such) (?:was|is|were|are)$/;

/** The first `count` words, in lower case, joined by spaces. */
const opening = (words: readonly Token[], count: number) =>
  words
    .slice(0, count)
    .map((token) => token.lower)
    .join(' ');

/** Do the words before a cue point back at the quotation ("Hal itu", "That was the warning")? */
export function pointsBack(words: readonly Token[], count: number): boolean {
  return BACK_REFERENCES.has(opening(words, count)) || EN_BACK_REFERENCE.test(opening(words, 2));
}

/** Speaker mention for a quotation followed by `masked[from..to)`: `, kata Budi.`, `, Smith said.` */
export function attributeAfter(para: Paragraph, from: number, to: number, lex: Lexicon, maxWords = 16): Mention | undefined {
  const tokens = tokensIn(para, from, to);
  const words = tokens.filter((token) => token.word);
  if (!words.length) return undefined;
  const mentions = mentionsIn(para, from, to, lex);
  // A name the sentence opens with counts as one word: "District Commander Waikato Superintendent Bruce Bird said."
  const lead = mentions[0]?.start === words[0].start ? mentions[0].end : -1;
  // The cue must come early: ", kata Budi", ", a senior official, who spoke on condition of anonymity, told".
  for (let at = 0, seen = 0; at < tokens.length && seen < maxWords; at++) {
    if (!tokens[at].word) continue;
    if (tokens[at].start > words[0].start && tokens[at].end <= lead) continue;
    seen++;
    // "…: "You are objecting to houses", while cllr Ken Murnane remarked: …": what follows is another's.
    if (seen === 1 && CONTRASTING.has(tokens[at].lower)) return undefined;
    const cue = cueOf(tokens, at, lex);
    // "That was the message from Governor Roy Cooper", "Those were the words of …": an English noun of speech names its
    // speaker only with "from", or with "of" in a sentence that points back at the quotation.
    if (cue && (cue.kind === 'noun' || tokens[cue.at - 1]?.lower === 'the') && lex.lang === 'en') {
      const by = tokens[cue.last + 1]?.lower;
      const named =
        by === 'from' || (by === 'of' && pointsBack(words, 2)) ? mentionAfter(para, mentions, tokens, cue.last + 1, lex) : undefined;
      if (named) return named;
    }
    if (!cue || (cue.kind === 'noun' && lex.lang === 'en')) continue;
    // "jawabnya Bobby": a name after the "-nya" is who it stands for.
    if (cue.kind === 'nya') return namedAfter(mentions, tokens, at) ?? nyaMention(tokens[at]);
    const first = seen === 1 || (seen <= 3 && pointsBack(words, seen - 1));
    // "…,” accusing the ministry of …": after an English participle comes its object, not who spoke.
    const participle = lex.lang === 'en' && cue.kind === 'verb' && tokens[cue.at].lower.endsWith('ing');
    if (cue.kind === 'prep' || cue.kind === 'noun' || (cue.kind === 'inverted' && first) || (first && lex.lang === 'en' && !participle)) {
      const after = mentionAfter(para, mentions, tokens, cue.last, lex) ?? describedAfter(para, tokens, cue.last, lex);
      if (after) return after;
      if (cue.kind !== 'verb' && cue.kind !== 'fragment' && lex.lang === 'id') return undefined;
    }
    return mentionBefore(mentions, tokens, cue.at, lex, from) ?? describedBefore(para, tokens, cue.at, lex, from);
  }
  return undefined;
}

/**
 * "Seorang penambang yang tidak mau namanya di tuliskan berkata, …": an Indonesian description of someone opening the
 * sentence, a clause about them, then the verb of saying (with no other person between).
 */
function describedOpener(mentions: Mention[], tokens: Token[], verb: number, lex: Lexicon): Mention | undefined {
  const first = mentions[0];
  if (lex.lang !== 'id' || first?.kind !== 'indefinite' || first.start !== tokens.find((token) => token.word)?.start) return undefined;
  return mentions.every((mention) => mention === first || mention.start > tokens[verb].start || mention.kind === 'pronoun')
    ? first
    : undefined;
}

/** Speaker mention for a quotation preceded by `masked[from..to)`: `Budi mengatakan, `, `Menurut dia, `. */
export function attributeBefore(para: Paragraph, from: number, to: number, lex: Lexicon): Mention | undefined {
  const tokens = tokensIn(para, from, to);
  const mentions = mentionsIn(para, from, to, lex);
  // "According to Ssekito, during the meeting government asked them …": a sentence opened by "according to" reports,
  // whatever verbs it holds, what the one named there said.
  const opening = tokens.findIndex((token) => token.word);
  const frame = opening >= 0 ? cueOf(tokens, opening, lex) : undefined;
  if (frame?.kind === 'prep') {
    const framer = mentionAfter(para, mentions, tokens, frame.last, lex);
    if (framer && tokens[firstTokenFrom(tokens, framer.end)]?.text === ',') return framer;
  }
  // "Speaking in the post-match interview, Ogum put the team's inability down to impatience.": whatever its verb, the
  // sentence reports what its subject said.
  if (
    lex.lang === 'en' &&
    SPEAKING.has(tokens[opening]?.lower ?? '') &&
    tokens.some((token, k) => k > opening && k < opening + 12 && token.text === ',')
  ) {
    const subject = sentenceSubject(para, from, to, lex);
    if (subject && isNamedPerson(subject)) return subject;
  }
  for (let at = tokens.length - 1; at >= 0; at--) {
    const cue = cueOf(tokens, at, lex);
    if (!cue || cue.kind === 'noun') continue;
    if (cue.kind === 'nya') return nyaMention(tokens[at]);
    // "…was all the more pleasing, said Rowland Phillips: …": a verb after a comma may come before its subject too, and
    // one that opens the sentence: "Said Hastings, “…”".
    if (
      cue.kind === 'prep' ||
      cue.kind === 'inverted' ||
      (cue.kind === 'verb' &&
        (tokens[cue.at - 1]?.text === ',' || cue.at === opening) &&
        !TAKES_LISTENER.has(tokens[cue.at].lower) &&
        // "Kepala Disperindag, Iwan Simatupang, mengakui kenaikan harga cabai merah Bukittinggi": an Indonesian verb that
        // is never inverted has its subject before it, whatever comma comes between.
        (lex.lang === 'en' || lex.inverted.has(tokens[cue.at].lower)))
    ) {
      const after = mentionAfter(para, mentions, tokens, cue.last, lex);
      // "Richard Davies, Executive Councillor, said the council is repairing …": the one after "said" is the subject of
      // what was said when a verb follows them.
      if (
        after &&
        !(lex.lang === 'en' && cue.kind !== 'prep' && REPORTED_VERBS.has(tokens[firstTokenFrom(tokens, after.end)]?.lower ?? ''))
      )
        return after;
    }
    if (cue.kind === 'prep') return undefined;
    // "Mayor Jane Doe said the plan was backed by John Smith, adding: …": a participle after a comma has the sentence's
    // subject, not the name nearest to it.
    if (cue.kind === 'verb' && lex.lang === 'en' && needsSentenceSubject(tokens, cue, lex) && tokens[cue.at - 1]?.text === ',') {
      const subject = sentenceSubject(para, from, to, lex);
      if (subject && isSpeakerMention(subject)) return subject;
    }
    return (
      mentionBefore(mentions, tokens, cue.at, lex, from) ??
      describedBefore(para, tokens, cue.at, lex, from) ??
      (needsSentenceSubject(tokens, cue, lex) ? sentenceSubject(para, from, to, lex) : undefined) ??
      describedOpener(mentions, tokens, cue.at, lex)
    );
  }
  return undefined;
}

/** Participles that open a sentence about someone speaking: "Speaking after the match, …". */
const SPEAKING = new Set(['speaking', 'addressing', 'reacting', 'responding', 'commenting']);

/** Verbs whose object is the one spoken to ("…, told Al Arabiya English"), never the speaker. */
const TAKES_LISTENER = new Set([
  'told',
  'tells',
  'asked',
  'asks',
  'urged',
  'urges',
  'informed',
  'informs',
  'assured',
  'assures',
  'warned',
  'warns',
]);

/** Does `masked[from..to)` hold a cue of speech (for telling partial quotes from scare quotes)? */
export function hasCue(para: Paragraph, from: number, to: number, lex: Lexicon): boolean {
  const tokens = tokensIn(para, from, to);
  return tokens.some((_, at) => {
    const cue = cueOf(tokens, at, lex);
    return cue && cue.kind !== 'inverted';
  });
}

/** Does the text before the quotation end with a cue ("Ia mengatakan", "He said:", "Kata dia,")? */
export function endsWithCue(para: Paragraph, from: number, to: number, lex: Lexicon): boolean {
  const last = lastWords(para, from, to, 4);
  for (let k = 0; k < last.length; k++) if (cueOf(last, k, lex)) return true;
  const first = firstWords(para, from, to, 2);
  for (let k = 0; k < first.length; k++) {
    const kind = cueOf(first, k, lex)?.kind;
    if (kind === 'prep' || kind === 'inverted') return true;
  }
  return false;
}

/**
 * Speaker mention for a fragment quoted inside sentence `[from, to)` of the paragraph, between
 * `quoteStart` and `quoteEnd`: the subject of the nearest verb of saying before it ("Ia menyebut
 * tindakan itu \"…\"", "called the decision \"…\""), the speaker after a noun or preposition
 * ("peringatan Putin", "menurut Nurul"), or the sentence's subject.
 */
export function attributeFragment(para: Paragraph, from: number, to: number, quoteStart: number, lex: Lexicon): Mention | undefined {
  const tokens = tokensIn(para, from, to);
  const mentions = mentionsIn(para, from, to, lex);
  let cue: Cue | undefined;
  for (let at = 0; at < tokens.length && tokens[at].start < quoteStart; at++) {
    const found = cueOf(tokens, at, lex);
    if (found && found.kind !== 'inverted') cue = found;
    else if (found && lex.lang === 'en' && found.kind === 'inverted') cue = { ...found, kind: 'verb' };
  }
  if (!cue) {
    for (let at = 0; at < tokens.length; at++) {
      if (tokens[at].start < quoteStart) continue;
      const found = cueOf(tokens, at, lex);
      if (found) {
        cue = found;
        break;
      }
    }
  }
  if (!cue) return undefined;
  if (cue.kind === 'nya') return nyaMention(tokens[cue.at]);
  if (cue.kind === 'prep' || cue.kind === 'inverted') return mentionAfter(para, mentions, tokens, cue.last, lex);
  if (cue.kind === 'noun') {
    if (lex.lang === 'id') return mentionAfter(para, mentions, tokens, cue.last, lex);
    const owner = tokens[cue.at - 1];
    if (owner && /['’]s$/.test(owner.lower))
      return mentions.find((mention) => mention.end >= owner.end - 2 && mention.start <= owner.start);
    if (tokens[cue.last + 1]?.lower === 'from' || tokens[cue.last + 1]?.lower === 'by')
      return mentionAfter(para, mentions, tokens, cue.last + 1, lex);
    return sentenceSubject(para, from, to, lex);
  }
  const quoted = quotedAsSaying(tokens, cue, mentions);
  if (quoted) return quoted;
  if (needsSentenceSubject(tokens, cue, lex)) return sentenceSubject(para, from, to, lex);
  // "…stay “disciplined and vigilant” …, said Minister Lawrence Wong": the name after the verb.
  if (tokens[cue.at].start > quoteStart && lex.inverted.has(tokens[cue.at].lower)) {
    const after = mentionAfter(para, mentions, tokens, cue.last, lex);
    if (after) return after;
  }
  // "described by one witness as "evil"": the passive's agent.
  if (lex.lang === 'en' && tokens[cue.last + 1]?.lower === 'by') return mentionAfter(para, mentions, tokens, cue.last, lex);
  const before = mentionBefore(mentions, tokens, cue.at, lex, from);
  // "X could cause "massive damage", officials warned": a verb after the fragment has its own subject, right before it.
  if (before || tokens[cue.at].start > quoteStart) return before;
  return sentenceSubject(para, from, to, lex);
}

/**
 * The subject of sentence `[from, to)`: its first mention outside an opening prepositional
 * phrase ("Dalam sambutannya, Larasati …", "Speaking at a meeting, Mayor Denise Okafor …"),
 * or the name set off by commas after it ("The head of Pro Bahn, Ulrike Stein, …").
 */
export function sentenceSubject(para: Paragraph, from: number, to: number, lex: Lexicon): Mention | undefined {
  const index = sentenceIndexAt(para.sentences, from);
  const sentence = para.sentences[index];
  if (sentence && sentence[0] === from && sentence[1] === to) {
    const cache = (para.subjects ??= []);
    let subject = cache[index];
    if (subject === undefined) cache[index] = subject = findSubject(para, from, to, lex) ?? null;
    return subject ?? undefined;
  }
  const cache = (para.otherSubjects ??= new Map<string, Mention | undefined>());
  const key = `${from}:${to}`;
  if (!cache.has(key)) cache.set(key, findSubject(para, from, to, lex));
  return cache.get(key);
}

/** A boundary word in the words before a subject, but not "yang" of "Pedagang yang lainnya, Pak Pe’eng" ("the other one"). */
const boundsPhrase = (lead: Token[], k: number, lex: Lexicon) =>
  lex.boundaries.has(lead[k].lower) && !(lead[k].lower === 'yang' && /^lain(?:nya|ya)?$/.test(lead[k + 1]?.lower ?? ''));

function findSubject(para: Paragraph, from: number, to: number, lex: Lexicon): Mention | undefined {
  const tokens = tokensIn(para, from, Math.min(to, from + 600));
  let start = from;
  const opener = tokens.findIndex((token) => token.word);
  const firstWord = tokens[opener];
  if (
    firstWord &&
    // "Sementara itu, Budi …", not "Sementara Rio Yoku, saat dijumpai, mengaku …" ("while", not "meanwhile")
    ((lex.introPreps.has(firstWord.lower) && !(firstWord.lower === 'sementara' && tokens[opener + 1]?.cap)) ||
      participleOpens(tokens, opener, lex))
  ) {
    // "Although 57 percent of voters have rejected the budget this year, council member Barbara Riordan …"
    // Not a comma inside a name: "As stated by the Public Relations Officer of the Command, SP Abdullahi Haruna Kiyawa, …".
    const names = mentionsIn(para, from, to, lex);
    const comma = tokens.findIndex(
      (token, k) => token.text === ',' && k < 30 && !names.some((name) => name.start < token.start && name.end > token.end),
    );
    // "Sementara itu Gubernur … Hidayat Arsani, menegaskan": "meanwhile", with no comma of its own.
    if (firstWord.lower === 'sementara' && tokens[opener + 1]?.lower === 'itu') start = tokens[opener + 1].end;
    else if (comma >= 0) start = tokens[comma].end;
  }
  // A title alone ("Pengasuh pondok, KH Abdul Mujib") is no subject: the name after it is.
  const speakersFrom = (at: number) =>
    mentionsIn(para, at, to, lex).filter((mention) => isSpeakerMention(mention) && (mention.kind !== 'name' || mention.name !== ''));
  let mentions = speakersFrom(start);
  // "In an interview Vice President Tsogwane rebuffed the issue, saying …": no one after the comma; the opening was short.
  if (start !== from && !mentions.some((mention) => mention.entity === 'person' || mention.kind === 'name'))
    mentions = speakersFrom((start = from));
  if (!mentions.length) return undefined;
  // "Using her property, Abbotsford, located on …, as an example, Cr McNamara said …": after an opening phrase whose
  // commas hide where it ends, the one a verb of saying follows is the subject; so after a description ("One of the
  // vendors who plies her trade at Nandos in Blantyre, Abiti Patuma said …"); "Menanggapi imbauan itu, Petani Tembakau
  // asal Kecamatan Ganding, Sumenep, Munhari mengatakan …".
  // "Salah seorang Kapokjar 13 Sespimmen ke 63, Mas’ud Ahmad menjelaskan": one of a group, a title unknown, then the name.
  const oneOf =
    lex.lang === 'id' &&
    /^(?:salah (?:satu|seorang)|seorang)$/.test(
      tokens
        .filter((token) => token.word && token.end <= mentions[0].start)
        .map((token) => token.lower)
        .join(' '),
    );
  // "Santaco chairperson in the Capricorn region, David Mosoma said …": an organisation's title, then its holder.
  const leading = mentions[0];
  const heldBy =
    lex.lang === 'en' &&
    leading.kind === 'name' &&
    (leading.entity === 'org' ||
      (!!leading.role && para.masked.slice(leading.start, leading.end).endsWith(` ${leading.role.toLowerCase()}`)));
  if (start !== from || oneOf || heldBy || (lex.lang === 'en' && mentions[0].kind !== 'name')) {
    let k = 0;
    for (const mention of mentions) {
      while (tokens[k] && tokens[k].start < mention.end) k++;
      if (!tokens[k]) break;
      const verb = tokens[k].word && (lex.inverted.has(tokens[k].lower) || (lex.lang === 'id' && lex.verbs.has(tokens[k].lower)));
      if (mention !== mentions[0] && isNamedPerson(mention) && verb) return mention;
    }
  }
  const first = mentions[0];
  // A preposition before the first mention puts it in a phrase, not the subject.
  const lead = tokens.filter((token) => token.start >= start && token.end <= first.start && token.word);
  // "On Sunday night the municipality issued …": a short opening phrase with no comma after it is no subject either.
  const opening =
    start === from &&
    lead.length <= 4 &&
    lex.introPreps.has(lead[0]?.lower ?? '') &&
    lead.slice(1).every((token) => !lex.boundaries.has(token.lower) && !lex.verbs.has(token.lower));
  // "pembeli di Pasar Jakabaring Palembang, Tini, mengeluhkan …": a word for a person and where they are, then the name.
  const placed =
    first.kind === 'name' &&
    first.entity === 'person' &&
    first.org &&
    lead.length === 2 &&
    isPersonWord(lead[0].lower) &&
    lex.boundaries.has(lead[1].lower);
  // "Lain lagi dengan Rini (bukan nama sebenarnya) pemilik toko …": the one the story turns to.
  const turnsTo =
    lex.lang === 'id' &&
    /^(?:lain lagi|berbeda|begitu (?:juga|pula)|demikian (?:juga|pula)|sama halnya) dengan$/.test(
      lead.map((token) => token.lower).join(' '),
    );
  // "Truk itu dikemudikan oleh Muhamad Sulhanudin", "driven by …": the agent of a passive is no subject either.
  if (
    !opening &&
    !placed &&
    !turnsTo &&
    (passiveAgentOf(para, start, first) || lead.some((_token, k) => boundsPhrase(lead, k, lex)) || lead.length > 8)
  )
    return passiveAgent(tokens, mentions, lex);
  // "Tauranga North community constable Christopher Connolly says …": a place, a word or two of what it is, the title.
  const named =
    first.kind === 'name'
      ? first.entity === 'org'
        ? (orgTitleHolder(para, first, mentions) ?? titleHolder(para, first, mentions))
        : lex.lang === 'en'
          ? titledAfter(para, first, mentions, lex)
          : undefined
      : apposedName(para, first, mentions);
  let subject = named ?? first;
  for (let k = 1; !named && k < mentions.length; k++) {
    const between = para.masked.slice(mentions[k - 1].end, mentions[k].start);
    if (!/^[\s,]*$/.test(between)) break;
    if (mentions[k].kind === 'name' && mentions[k].entity === 'person') subject = mentions[k];
  }
  return (lex.lang === 'id' && speaksThrough(para, tokens, mentions, subject, lex)) || namedAs(para, mentions, subject) || subject;
}

/** "One such trader is Harriet Suiga.", "Salah satunya adalah Budi": a description, then the name it is. */
function namedAs(para: Paragraph, mentions: Mention[], subject: Mention): Mention | undefined {
  if (subject.kind !== 'indefinite' && subject.kind !== 'definite') return undefined;
  const next = mentions.find((mention) => mention.start >= subject.end);
  return isNamedPerson(next) && /^\s+(?:is|was|adalah|ialah|yakni|yaitu)\s+$/.test(para.masked.slice(subject.end, next!.start))
    ? next
    : undefined;
}

/**
 * "Waiting for an elected official to make a motion, Commissioner Allan Bradford took …": an English sentence opened by
 * a participle and the words it governs, up to a comma. A name ending alike ("Manning said,") has a capitalised word or
 * a verb of saying after it, not a lower-case word.
 */
function participleOpens(tokens: Token[], first: number, lex: Lexicon): boolean {
  const next = tokens[first + 1];
  if (
    lex.lang !== 'en' ||
    !/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(tokens[first].text) ||
    !next?.word ||
    !/^\p{Ll}/u.test(next.text) ||
    lex.verbs.has(next.lower) ||
    // "Outgoing mayor Jim Henson …", "Retired teacher Ann Lee …": an adjective before a title.
    isPersonWord(next.lower) ||
    // "According to Phillips, …" opens with the one who speaks.
    lex.preps.some((prep) => prep.startsWith(`${tokens[first].lower} `))
  )
    return false;
  // "Relating this is none other than Datuk Onn Hafiz Ghazi, who …": the participle is the subject of an inverted sentence.
  for (let k = first + 1; tokens[k] && tokens[k].text !== ',' && k < first + 20; k++) if (FINITE_BE.has(tokens[k].lower)) return false;
  return true;
}

const FINITE_BE = new Set(['is', 'was', 'are', 'were']);

const AUXILIARIES = new Set(['had', 'has', 'have', 'would', 'will']);

/** Verbs that make the one named after "said" the subject of a reported clause: "said the council is …". */
const REPORTED_VERBS = new Set([...FINITE_BE, 'has', 'had', 'have', 'would', 'will', 'could', 'should', 'must', 'can']);

/**
 * "Kapolres Lombok Utara, AKBP I Wayan Sudarmanta, melalui Kapolsek Pemenang, Iptu Lalu Eka membenarkan …": the chief
 * speaks through an officer, and the officer's are the words. "Kapolres …, dikonfirmasi Kasatlantas, AKP Betty Purwanti
 * …, membenarkan": asked through the officer, whose title comes straight after (most words allowed before the name).
 */
const THROUGH = new Map([
  ['melalui', 5],
  ['lewat', 5],
  ['diwakili', 5],
  ['dikonfirmasi', 2],
]);

function speaksThrough(para: Paragraph, tokens: Token[], mentions: Mention[], subject: Mention, lex: Lexicon): Mention | undefined {
  let k = firstTokenFrom(tokens, subject.end);
  for (let words = 0; tokens[k] && words < 10; k++) {
    const token = tokens[k];
    if (!token.word) continue;
    words++;
    if (lex.verbs.has(token.lower) || lex.inverted.has(token.lower)) return undefined;
    const maxLead = THROUGH.get(token.lower);
    if (maxLead === undefined) continue;
    const first = mentions.find((mention) => mention.start > token.start && isNamedPerson(mention));
    const through = first && (titleHolder(para, first, mentions) ?? first);
    const lead = through ? tokens.filter((other) => other.start > token.start && other.end <= through.start && other.word) : [];
    return through && lead.length <= maxLead ? through : undefined;
  }
  return undefined;
}

/** "of Sultanabad, ", "for the council, ", "dari Desa Sukamaju, ": the phrase that places a description. */
const PLACING_PHRASE = /^\s+(?:of|for|at|from|in|with|dari|di)\s[^,.;:!?"“”]{1,60},\s*$/;

/**
 * "A resident of Sultanabad, Arshad Khan, said …": a description, the phrase placing it, then the name set off by
 * commas: the name is the subject.
 */
function apposedName(para: Paragraph, description: Mention, mentions: Mention[]): Mention | undefined {
  const name = mentions.find(
    (mention) =>
      mention.start > description.end && isNamedPerson(mention) && PLACING_PHRASE.test(para.masked.slice(description.end, mention.start)),
  );
  return name && /^\s*,/.test(para.masked.slice(name.end, name.end + 3)) ? name : undefined;
}

/** "boss, ", "chief executive, ": a title after an organisation's name, set off before its holder. */
const TITLE_AFTER_ORG = /^\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s*(,\s*)?$/u;

/**
 * "The Federation of Uganda Traders Association boss, John Kabanda, added …", "Finance Committee boss Maurice Williamson
 * told …": the organisation's title holder is the subject (set off by commas on both sides, or by none).
 */
function orgTitleHolder(para: Paragraph, org: Mention, mentions: Mention[]): Mention | undefined {
  const name = mentions.find((mention) => mention.start > org.end);
  if (!isNamedPerson(name)) return undefined;
  const title = name!.start - org.end <= 60 ? TITLE_AFTER_ORG.exec(para.masked.slice(org.end, name!.start)) : null;
  if (!title || !isPersonWord(title[1])) return undefined;
  return !title[2] || /^\s*,/.test(para.masked.slice(name!.end, name!.end + 3)) ? name : undefined;
}

/** Is `mention` the agent of a passive, right after "oleh" or "by" ("dikemudikan oleh Muhamad Sulhanudin")? */
export function passiveAgentOf(para: Paragraph, from: number, mention: Mention): boolean {
  return /(?:^|\s)(?:oleh|by)\s+$/i.test(para.masked.slice(Math.max(from, mention.start - 6), mention.start));
}

/** Is `mention` named right after "bernama" or "named" ("pedagang daging sapi bernama H. Harjanah", "a man named Joe")? */
export function introducedByName(para: Paragraph, from: number, mention: Mention): boolean {
  return /(?:^|\s)(?:bernama|named)\s+$/i.test(para.masked.slice(Math.max(from, mention.start - 10), mention.start));
}

/**
 * "Hal yang sama juga dirasakan Irul, …": the name right after a passive verb is who did it, the one the story is now
 * about (Indonesian).
 */
function passiveAgent(tokens: Token[], mentions: Mention[], lex: Lexicon): Mention | undefined {
  if (lex.lang !== 'id') {
    // "As stated by the Public Relations Officer of the Command, SP Abdullahi Haruna Kiyawa, …": who stated it.
    const [as, verb, by] = tokens.filter((token) => token.word);
    const stated = as?.lower === 'as' && lex.inverted.has(verb?.lower ?? '') && by?.lower === 'by';
    return stated ? mentions.find((mention) => isNamedPerson(mention) && mention.start > by.start) : undefined;
  }
  for (const mention of mentions) {
    if (mention.kind !== 'name' || mention.entity !== 'person') continue;
    const k = firstTokenFrom(tokens, mention.start);
    if (tokens[k]?.start !== mention.start) continue;
    // "Hal yang sama diungkapkan oleh Fajar", "Dampak … dirasakan oleh Nyoman Widiarta salah seorang nelayan": after
    // "oleh" ("by"), only who said or felt it ("dikemudikan oleh X" tells what was done to the truck). "oleh penambang
    // berinisial Ed": a word for the person and "named" may come first.
    let j = k - 1;
    if (/^(?:bernama|berinisial)$/.test(tokens[j]?.lower ?? '') && isPersonWord(tokens[j - 1]?.lower ?? '')) j -= 2;
    const by = tokens[j]?.lower === 'oleh';
    const verbAt = by ? j - 1 : k - 1;
    const verb = tokens[verbAt];
    if (!verb?.word || verb.cap) continue;
    // Not "mobil yang dikemudikan Suardi (54) mundur": a relative clause's agent.
    const relative = tokens[verbAt - 1]?.lower === 'yang';
    if (by ? SAID_OR_FELT.test(verb.lower) : !mention.role && !relative && /^di\p{L}{3,}(?:kan|i)$/u.test(verb.lower)) return mention;
  }
  return undefined;
}

/** Passive verbs of saying or feeling: "diungkapkan", "disampaikan", "dirasakan", "dikeluhkan". */
const SAID_OR_FELT = /^di(?:ungkap|sampai|kata|rasa|keluh|aku|jelas|tegas|utara|sebut|tutur|akui)(?:kan|i)?$/;

/** An outlet phrase cut at its end: "Reuters, Jumat (18/8)." → "Reuters". */
function cutPhrase(phrase: string, lex: Lexicon): string {
  const tokens = tokenize(phrase);
  const kept: Token[] = [];
  for (const token of tokens) {
    if (!token.word && token.text !== '.' && token.text !== '&') break;
    if (token.text === '.' && !(kept.length && /\p{L}/u.test(phrase[token.end] ?? ''))) break;
    if (token.word && kept.length && (lex.boundaries.has(token.lower) || lex.verbs.has(token.lower) || /^\d/.test(token.text))) break;
    if (token.word && kept.length && lex.weekdays.some((day) => day.toLowerCase() === token.lower)) break;
    kept.push(token);
    if (kept.length >= 6) break;
  }
  if (!kept.length) return '';
  return trimEndMatching(phrase.slice(kept[0].start, kept[kept.length - 1].end), /[.\s]/);
}

/**
 * The outlet a quotation was relayed through, as the sentence words it: "seperti dikutip dari
 * TASS" → "TASS", "told Reuters" → "Reuters", "according to the station" → "the station" (the
 * caller resolves such a description to the outlet named before). `isOutlet` tells whether a
 * phrase names an outlet.
 */
export function findVia(segment: string, lex: Lexicon, isOutlet: (phrase: string) => boolean): string | undefined {
  for (const cue of lex.via) {
    const match = cue.pattern.exec(segment);
    if (!match) continue;
    const phrase = cutPhrase(match[1], lex)
      .replace(/^(?:kantor berita|the news agency|news agency)\s+/i, '')
      .replace(/^the\s+(?=\p{Lu})/u, '');
    if (!phrase) continue;
    if (cue.outletOnly && !isOutlet(phrase)) continue;
    return phrase;
  }
  return undefined;
}

/**
 * "Johnson hit back: …": the subject of the words before a colon, when they open with one (the
 * verb may be any). The caller gives the stretch between the sentence start and the colon.
 */
export function colonSpeaker(para: Paragraph, from: number, to: number, lex: Lexicon): Mention | undefined {
  const subject = sentenceSubject(para, from, to, lex);
  if (!subject || (subject.kind === 'name' && !subject.name)) return undefined;
  const lead = tokensIn(para, from, subject.start).filter((token) => token.word);
  return lead.length <= 2 ? subject : undefined;
}

/**
 * `"…" – Erik ten Hag`, `"…" -- Texas Tech head coach Joey McGuire`: a quotation signed, as round-ups and sport pages
 * write it, with a dash and a name that end the paragraph (a comma and a role may follow). `from` is just after the
 * closing quotation mark.
 */
export function signature(para: Paragraph, from: number, lex: Lexicon): Mention | undefined {
  // `"…" Ilyas Memon.`: a name alone, with no dash, signs only when it is all that follows.
  const signed = /^\s/.test(para.masked.slice(from, from + 1)) ? nameAlone(para, from, lex) : undefined;
  if (signed) return signed;
  const dash = /^\s{0,3}(?:--?|–|—)\s{0,3}(?=\S)/.exec(para.masked.slice(from, from + 12));
  if (!dash || para.masked.length - from > 120) return undefined;
  const names = mentionsIn(para, from + dash[0].length, para.masked.length, lex).filter(isNamedPerson);
  // The first name that ends the paragraph or is followed by a comma ("– Curt Cignetti, Indiana head coach"), after at
  // most a title ("Texas Tech head coach"): not "– a promise the mayor made in May".
  const name = names.find((mention) => /^\s*(?:[.,(]|$)/.test(para.masked.slice(mention.end)));
  const title = name ? tokensIn(para, from + dash[0].length, name.start).filter((token) => token.word) : [];
  return name && title.length <= 5 && !title.some((token) => lex.stopwords.has(token.lower) || lex.boundaries.has(token.lower))
    ? name
    : undefined;
}

/**
 * `"…," Kepala Dinas Damkarmat Kota Palangka Raya, Gloriana B Aden, Kamis (3/4/2025).`: a quotation handed on by its
 * comma to a person named with nothing after but the day it was said, or the end of the paragraph (no verb of saying).
 */
export function signedAfterComma(para: Paragraph, from: number, lex: Lexicon): Mention | undefined {
  const first = mentionsIn(para, from, para.masked.length, lex)[0];
  if (!first || !isNamedPerson(first) || para.masked.slice(from, first.start).trim()) return undefined;
  const rest = para.masked.slice(first.end);
  if (/^\s*(?:\.\s*)?$/.test(rest)) return first;
  const day = /^\s*,\s*(\p{Lu}\p{Ll}+)/u.exec(rest)?.[1];
  return day && lex.weekdays.includes(day) ? first : undefined;
}

/**
 * The person a paragraph names and nothing else from `from` on, perhaps after a title: `"…" Ilyas Memon.`, or a pull
 * quote's next paragraph "Mayor Helen Worboys".
 */
export function nameAlone(para: Paragraph, from: number, lex: Lexicon): Mention | undefined {
  if (!/^\s{0,3}\p{Lu}\p{L}+(?:\s\p{Lu}[\p{L}'’-]+){1,3}\.?\s*$/u.test(para.masked.slice(from))) return undefined;
  return mentionsIn(para, from, para.masked.length, lex).find(
    (mention) => isNamedPerson(mention) && /^\s*(?:\.\s*)?$/.test(para.masked.slice(mention.end)),
  );
}

/** A name of two to four words, a dash and a title of up to six: "Emogene Jones – Market Vendor". */
const LABEL = /^\s{0,3}\p{Lu}\p{L}+(?:\s\p{Lu}[\p{L}'’-]+){1,3}\s{1,3}[–—-]\s{1,3}\p{Lu}\p{L}*(?:\s\p{L}+){0,5}\s*$/u;

/** "Emogene Jones – Market Vendor": a paragraph that is only a name, a dash and a title labels the quotation after it. */
export function labelAbove(para: Paragraph, lex: Lexicon): Mention | undefined {
  if (!LABEL.test(para.masked)) return undefined;
  const dash = para.masked.search(/\s[–—-]\s/);
  return mentionsIn(para, 0, dash, lex).find((mention) => isNamedPerson(mention) && !para.masked.slice(mention.end, dash).trim());
}

/** Does a word read as a verb of saying the lexicon does not list ("quipped", "celoteh", "menimpali")? */
function verbLike(token: Token | undefined, lex: Lexicon, position: 'before' | 'after' | 'present'): boolean {
  if (!token?.word || token.cap || lex.boundaries.has(token.lower) || lex.adverbs.has(token.lower) || lex.conjunctions.has(token.lower))
    return false;
  if (position === 'present') return /[a-z]{3}[^s]s$/.test(token.lower) && !lex.stopwords.has(token.lower);
  if (lex.lang === 'en') return /[a-z]ed$/.test(token.lower) && !lex.stopwords.has(token.lower);
  if (position === 'after') return /^(?:me|ber)\p{Ll}{3,}$/u.test(token.lower);
  return /^\p{Ll}{3,}$/u.test(token.lower) && !lex.stopwords.has(token.lower) && !lex.sentenceWords.has(token.lower);
}

/**
 * `"…," quipped Smith.` / `"…," Smith quipped.` / `"…," celoteh seorang ibu.`: a quotation
 * followed by a name and a word that is not a known verb of saying but stands where one does.
 */
export function unknownVerbSpeaker(para: Paragraph, from: number, to: number, lex: Lexicon): Mention | undefined {
  const tokens = tokensIn(para, from, to);
  let k = 0;
  if (tokens[k]?.text === ',') k++;
  if (!tokens[k]) return undefined;
  // "…perkilogramnya," akhirnya.": one word with "-nya", alone where "ujarnya" stands, is the one quoted.
  if (lex.lang === 'id' && tokens[k].word && /^\p{Ll}{3,}nya$/u.test(tokens[k].text) && !tokens[k + 1]?.word) return nyaMention(tokens[k]);
  const mentions = mentionsIn(para, from, to, lex).filter(isSpeakerMention);
  const startingAt = (token: Token | undefined) =>
    token && mentions.find((mention) => mention.start === token.start && mention.kind !== 'pronoun');
  // verb + name: "celoteh seorang ibu", "quipped Smith"; in the present, "questions Tawde." with nothing after the name.
  const after = startingAt(tokens[k + 1]);
  if (after && verbLike(tokens[k], lex, 'before')) return after;
  if (after && lex.lang === 'en' && isNamedPerson(after) && verbLike(tokens[k], lex, 'present')) {
    const end = tokens.find((token) => token.start >= after.end);
    if (!end || (!end.word && end.text !== ',')) return after;
  }
  // name + verb, then the end of the clause: "Smith quipped.", "Budi menimpali."
  const first = startingAt(tokens[k]) ?? mentions.find((mention) => mention.start === tokens[k].start && mention.kind === 'pronoun');
  if (!first) return undefined;
  const next = tokens.findIndex((token) => token.start >= first.end);
  const end = tokens[next + 1];
  if (next >= 0 && verbLike(tokens[next], lex, 'after') && (!end || !end.word || lex.boundaries.has(end.lower))) return first;
  return undefined;
}

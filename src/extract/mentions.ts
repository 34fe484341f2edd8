/**
 * Mentions of people and organisations in a stretch of narrative: names with the title and
 * organisation written before them ("Menteri Pertahanan Rusia Sergei Shoigu"), names set off by
 * commas ("Juru bicara KPK, Fikri Ramadhan,"), pronouns, definite descriptions ("the ministry")
 * and indefinite ones ("a senior Ukrainian energy official").
 */
import {
  DEMONYMS,
  DESCRIPTORS,
  HONORIFICS,
  isPersonNoun,
  isPersonWord,
  isPluralPersonWord,
  KNOWN_ORGS,
  NAME_CONNECTORS,
  ORG_WORDS,
  OUTLETS,
  PLACE_HEADS,
  PERSON_NOUNS,
  PLACES,
  ROLE_WORDS,
  monthIndex,
  weekdayIndex,
  type Lexicon,
  type Pronoun,
} from './lexicon.js';
import { firstTokenFrom, SHORT_GIVEN_NAMES, tokenize, type Token } from './text.js';

/** What a name stands for. */
export type EntityKind = 'person' | 'org' | 'place' | 'outlet';

/** A reference to someone in the text. Offsets are those of the paragraph. */
export interface Mention {
  kind: 'name' | 'pronoun' | 'definite' | 'indefinite';
  start: number;
  end: number;
  /** The person's or organisation's name (for `name`), or the description as written. */
  name: string;
  entity: EntityKind;
  role?: string;
  org?: string;
  /** An acronym defined right after the name: "Kementerian Luar Negeri (Kemlu)". */
  acronym?: string;
  pronoun?: Pronoun;
  /** The head noun of a definite description: "ministry" in "the ministry". */
  head?: string;
}

type WordClass = 'hon' | 'role' | 'org' | 'desc' | 'place' | 'phead' | 'outlet' | 'conn' | 'poss' | 'name';

/** What one capitalised (or title) word is, out of context. */
export function classifyWord(token: Token): WordClass {
  const lower = token.lower;
  if (MEMBER_TITLES.has(token.text)) return 'role';
  if (HONORIFICS.has(lower) && !ROLE_WORDS.has(lower)) return 'hon';
  if (ROLE_WORDS.has(lower)) return 'role';
  if (/['’]s$/.test(lower)) return 'poss';
  if (ORG_WORDS.has(lower) || KNOWN_ORGS.has(lower) || token.text === '&') return 'org';
  if (DESCRIPTORS.has(lower)) return 'desc';
  if (PLACE_HEADS.has(lower)) return 'phead';
  if (PLACES.has(lower)) return 'place';
  if (OUTLETS.has(lower) || WEB_ADDRESS.test(lower)) return 'outlet';
  if (isConnector(token)) return 'conn';
  if (isAcronym(token.text)) return 'org';
  return 'name';
}

/** "kelas IA Palembang": a pronoun's letters in capitals amid ordinary text are an abbreviation ("ia" is "she"). */
const inCapitals = (tokens: Token[], i: number) => {
  const capitals = (token?: Token) => !!token?.word && token.text.length > 1 && token.text === token.text.toUpperCase();
  return capitals(tokens[i]) && !capitals(tokens[i - 1]) && !capitals(tokens[i + 1]);
};

/** Academic degrees written after a name (Indonesian and English), without their stops: "MSi", "S.IK", "PhD". */
const DEGREES = new Set(
  'sh mh se mm msi sstp sik st mt spd mpd skm mkes skom sip map ssos msos mba phd sag mag lc msc bsc mkn mhum ssi skep amd sked mpa mph'.split(
    ' ',
  ),
);

/** Members of a parliament, in capitals: "MS for Llanelli" is a Member of the Senedd, not "Ms". */
const MEMBER_TITLES = new Set(['MP', 'MPs', 'MS', 'MSP', 'MLA', 'MPP', 'MHA', 'MHK', 'TD', 'AM', 'MEP', 'MNA', 'MCA', 'MCAs']);

/** Parties in brackets after a politician's name: "Cllr Tommy Prendergast (Lab)", "Sen. Jane Doe (D)". */
const PARTIES = new Set(['Lab', 'Con', 'LD', 'FG', 'FF', 'SF', 'Ind', 'SNP', 'DUP', 'SDLP', 'UUP', 'Green', 'PC', 'NDP', 'D', 'R', 'I']);

/** A site's address standing for the outlet: "Klikpositif.com", "detik.com", "merdeka.com". */
const WEB_ADDRESS = /^[\p{L}\d-]+\.(?:com|co\.id|id|net|org|co|tv|news)$/u;

/** Is every word of it a place's ("Katingan", "Lampung Timur")? */
const isPlaceName = (words: string) => words.split(/\s+/).every((word) => PLACES.has(word.toLowerCase()));

/** Words for someone who lives somewhere: "warga Cibubur" names the place. */
const RESIDENT = new Set(['warga', 'penduduk']);
/** Indonesian heads of place names: "pasar Kayuagung", "Desa Sukamaju", "Pasar Besar Perumnas Klender". */
const ID_PLACE_HEADS = new Set(
  'stasiun jalan jl gedung kompleks bandara pelabuhan stadion lapangan desa kampung dusun kedusunan kelurahan kecamatan kabupaten kota provinsi daerah pulau gunung sungai danau pantai pasar masjid gereja balai perumahan perumnas pendopo aula'.split(
    ' ',
  ),
);
/** Place heads that name a building, whoever's title follows ("Pendopo Bupati"). */
const BUILDINGS = new Set(['gedung', 'pendopo', 'aula', 'balai']);

/** Passive verbs of saying whose root is no verb of saying alone: "disampaikan" (not "sampai"), "dinyatakan". */
const PASSIVE_STEMS = new Set(['sampaikan', 'nyatakan', 'utarakan', 'ceritakan', 'umumkan']);

/**
 * Indonesian passive verbs of saying: "dikatakan", "diakui", "diungkapkan", "ditambahkan", "disampaikan" ("Hal yang sama dikatakan
 * Wigati", "Dikatakan Harun, …"): di- + a root of the inverted verbs (+ -kan / -i).
 */
export function isPassiveSaying(lower: string, lex: Lexicon): boolean {
  if (lex.lang !== 'id' || !lower.startsWith('di') || lower.length < 5) return false;
  const stem = lower.slice(2);
  return (
    lex.inverted.has(stem) ||
    PASSIVE_STEMS.has(stem) ||
    (stem.endsWith('kan') && lex.inverted.has(stem.slice(0, -3))) ||
    (stem.endsWith('i') && lex.inverted.has(stem.slice(0, -1)))
  );
}

/**
 * A word that joins the parts of a name: "of", "bin", "van", Indonesian "dan". Capitalised, "Dan" is the English first
 * name ("Dan Evans"): an Indonesian sentence that opens with "Dan" drops it as a sentence word.
 */
export function isConnector(token: Token): boolean {
  return NAME_CONNECTORS.has(token.lower) && token.text !== 'Dan';
}

/** All capitals, two letters or more: "KPK", "BMKG", "FAA" (not "I", not "U.S"). */
export function isAcronym(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\d&]+$/u.test(text) && text.length <= 8;
}

function isDateWord(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (weekdayIndex(token.lower) >= 0) return true;
  if (monthIndex(token.lower) < 0) return false;
  const near = (i: number) => /^\d/.test(tokens[i]?.text ?? '');
  return near(at - 1) || near(at + 1) || near(at + 2) || token.lower.length > 3;
}

/** Nouns before a name that make it an organisation's: "parent company, Meridian Health", "startup Voltari". */
const ORG_HEADS = new Set(
  'company firm startup start-up operator service carrier airline retailer maker group organisation organization perusahaan lembaga maskapai operator'.split(
    ' ',
  ),
);

/**
 * Does a description set off by commas follow token `at`: "Siti, pedagang sayur, mengaku", "Dewi, 34, said"? Then the
 * word before it is someone's name, even when only a sentence start capitalises it.
 */
/**
 * "Batara kepada sejumlah wartawan, mengatakan", "Smith, to reporters, said": do the tokens from `at` say whom it was said
 * to, then the verb?
 */
export function toldThenSaid(tokens: Token[], at: number, lex: Lexicon): boolean {
  if (tokens[at]?.lower !== 'kepada' && tokens[at]?.lower !== 'to') return false;
  for (let k = at + 1; k < tokens.length && k <= at + 8; k++) {
    if (tokens[k].text === ',')
      return Boolean(tokens[k + 1]?.word && (lex.verbs.has(tokens[k + 1].lower) || lex.inverted.has(tokens[k + 1].lower)));
    if (!tokens[k].word) return false;
  }
  return false;
}

/** The first word of an Indonesian description of one person: "salah satu petani", "seorang warga". */
const ONE_OF = /^(?:salah|seorang)\b/;

function apposed(tokens: Token[], at: number, lex: Lexicon): boolean {
  // "Weni (56), salah satu pedagang …": an age in brackets before the description; "Damiri (70) petani singkong …",
  // "Fajar (34) ia mengatakan": before anything else in lower case, the age alone says a person is named.
  if (tokens[at]?.text === '(' && /^\d{1,3}$/.test(tokens[at + 1]?.text ?? '') && tokens[at + 2]?.text === ')') {
    at += 3;
    if (tokens[at]?.word && !tokens[at].cap) return true;
  }
  // "Sarpiah 45 tahun, salah satu pedagang": an age in years, with no brackets.
  if (lex.lang === 'id' && /^\d{1,3}$/.test(tokens[at]?.text ?? '') && tokens[at + 1]?.lower === 'tahun') at += 2;
  // "Wiji salah satu petani jagung …, mengatakan": with no comma before the description.
  if (lex.lang === 'id' && tokens[at]?.word && !tokens[at].cap && ONE_OF.test(tokens[at].lower) && readIndefinite(tokens, at, lex))
    return true;
  if (tokens[at]?.text !== ',') return false;
  // "Sugio, salah satu pemilik kios mengaku", "Suryani, salah seorang pedagang": one of a kind of person, no closing comma.
  if (lex.lang === 'id' && tokens[at + 1]?.word && readIndefinite(tokens, at + 1, lex)) return true;
  // "Ain, satu pedagang Barito, …": "one trader", without "salah".
  if (lex.lang === 'id' && tokens[at + 1]?.lower === 'satu' && tokens[at + 2]?.word && isPersonWord(tokens[at + 2].lower)) return true;
  // "Parashuram, a resident of Kanakadasanagar, said": an English article before the word for a person; "Tan, a flower
  // seller for …": a word or two may describe it.
  if (lex.lang === 'en' && /^(?:a|an)$/.test(tokens[at + 1]?.lower ?? '')) {
    at++;
    let k = at + 1;
    while (k < at + 3 && tokens[k]?.word && !tokens[k].cap && !isPersonWord(tokens[k].lower)) k++;
    if (k > at + 1 && tokens[k]?.word && !tokens[k].cap && isPersonWord(tokens[k].lower)) at = k - 1;
  }
  const first = tokens[at + 1];
  if (!first?.word || !(isPersonWord(first.lower) || /^\d{1,3}$/.test(first.text))) return false;
  // "Salim, pedagang lainnya menyebutkan": another of a kind of person already described.
  if (lex.lang === 'id' && !first.cap && /^lain(?:nya)?$/.test(tokens[at + 2]?.lower ?? '')) return true;
  for (let k = at + 2; k < tokens.length && k <= at + 10; k++) {
    // "Fendi, Pemilik Toko Beras Jaya di Pasar KM 5, mengatakan": a capitalised title, when a verb of saying follows.
    const saying = () => tokens[k + 1]?.word && (lex.verbs.has(tokens[k + 1].lower) || lex.inverted.has(tokens[k + 1].lower));
    if (tokens[k].text === ',') return (k <= at + 7 && !first.cap) || Boolean(saying());
    if (!tokens[k].word) return false;
  }
  return false;
}

/** Can this token be part of a name run? */
function joinsRun(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (!token.word || !(token.cap || ROLE_WORDS.has(token.lower) || HONORIFICS.has(token.lower))) return false;
  // "Unit Madapangga Rp 4.700", "Rp9.000": a currency before its amount is no name's.
  return (
    !/^\d/.test(token.text) &&
    !isDateWord(tokens, at) &&
    !/^Rp\d/.test(token.text) &&
    // "Pukul 05.00 Wita": a time zone after the time.
    !(/^wi(?:b|ta|t)$/i.test(token.text) && /\d$/.test(tokens[at - 1]?.text ?? '')) &&
    !(token.text === 'Rp' && /^\d/.test(tokens[at + 1]?.text ?? ''))
  );
}

/**
 * Mentions in `text` from `from` to `to` (or in `tokens` of it, when already tokenised).
 * `sentenceStarts` are the offsets where sentences begin (a capitalised common word there is no
 * name); `known` tells whether the article capitalises a word elsewhere than at a sentence start.
 */
export function findMentions(
  text: string,
  from: number,
  to: number,
  lex: Lexicon,
  sentenceStarts: ReadonlySet<number>,
  known?: (word: string) => boolean,
  tokens: Token[] = tokenize(text, from, to),
): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token.word) {
      i++;
      continue;
    }
    const pronoun = lex.pronouns.get(token.lower);
    // "…lorries.”He went on.": "He" or "She" with no name after it is the pronoun wherever the sentence was taken to start.
    const standsAlone = lex.lang === 'id' || (pronoun?.refers === 'person' && !tokens[i + 1]?.cap);
    if (pronoun && (!token.cap || sentenceStarts.has(token.start) || standsAlone) && !inCapitals(tokens, i)) {
      mentions.push({
        kind: 'pronoun',
        start: token.start,
        end: token.end,
        name: token.text,
        entity: pronoun.refers === 'org' ? 'org' : 'person',
        pronoun,
      });
      i++;
      continue;
    }
    // "Triwarno Purnomo, SSTP, MSi,": degrees after a name are no one.
    if (token.cap && tokens[i - 1]?.text === ',' && DEGREES.has(token.lower.replace(/\./g, ''))) {
      i++;
      continue;
    }
    const described = readDescribed(tokens, i, lex);
    if (described) {
      mentions.push(described.mention);
      i = described.next;
      continue;
    }
    const indefinite = readIndefinite(tokens, i, lex);
    if (indefinite) {
      mentions.push(indefinite.mention);
      i = indefinite.next;
      continue;
    }
    const definite = readDefinite(tokens, i, lex);
    if (definite) {
      mentions.push(definite.mention);
      i = definite.next;
      continue;
    }
    // "said An inhabitant of Bamenda": a capital "A" or "An" before a word in lower case is an article, not a name.
    if (token.cap && /^an?$/.test(token.lower) && tokens[i + 1]?.word && !tokens[i + 1].cap) {
      i++;
      continue;
    }
    if (joinsRun(tokens, i)) {
      const run = readRun(text, tokens, i, lex, sentenceStarts, known);
      // "tegas MS": in Indonesian news two capitals alone are a person's initials, not a Member of the Senedd.
      if (run.mention && lex.lang === 'id' && !run.mention.name && MEMBER_TITLES.has(run.mention.role ?? '')) {
        const { role: initials, ...rest } = run.mention;
        run.mention = { ...rest, name: initials! };
      }
      // "Naijaonpoint reports that …", "DAILY POST gathered that …": the outlet telling the story, not a speaker.
      if (
        run.mention?.kind === 'name' &&
        run.mention.entity !== 'place' &&
        OUTLET_VERBS.has(tokens[run.next]?.lower ?? '') &&
        tokens[run.next + 1]?.lower === 'that' &&
        !run.mention.role
      )
        run.mention = { ...run.mention, entity: 'outlet' };
      if (run.mention) mentions.push(run.mention);
      i = run.next;
      continue;
    }
    i++;
  }
  return mergeRepresented(text, mergeAppositions(text, mergeGroups(text, mentions), lex.lang), tokens, lex);
}

/** Titles that Indonesian names also end with: "Lukmanul Hakim", "Putra Raja". */
const NAME_LIKE_TITLES = new Set(['hakim', 'raja']);

/** What a news outlet does in its own story: "Naijaonpoint reports that", "The Nation gathered that". */
const OUTLET_VERBS = new Set(['reports', 'gathered', 'learnt', 'understands']);

/** People who speak for someone else: "a spokesman for …", "the family of …", "a lawyer for …". */
const REPRESENTATIVES = new Set(
  `spokesman spokeswoman spokesperson spokespeople lawyer lawyers attorney attorneys solicitor barrister family relatives
  friend friends representative representatives agent aide aides adviser advisers advisor office campaign son daughter
  wife husband widow mother father brother sister parents colleague colleagues`.split(/\s+/),
);

/**
 * "a spokesman for Prime Minister Ann Lowe said", "the family of Amy Lee said": the speaker is the one described, never
 * the person named inside the description (English).
 */
function mergeRepresented(text: string, mentions: Mention[], tokens: Token[], lex: Lexicon): Mention[] {
  if (!mentions.some((mention) => mention.kind === 'name')) return mentions;
  if (lex.lang === 'id') return mergeRepresentedId(text, mentions, tokens);
  const merged: Mention[] = [];
  for (const mention of mentions) {
    const person = mention.kind === 'name' && mention.entity === 'person' && mention.name !== '';
    // "a spokesman for Prime Minister" read as one description, then "Ann Lowe": the name ends the description.
    const previous = merged[merged.length - 1];
    if (person && previous && previous.kind !== 'name' && previous.entity === 'person' && !text.slice(previous.end, mention.start).trim()) {
      const words = text.slice(previous.start, previous.end).toLowerCase().split(/\s+/);
      const at = words.findIndex((word, n) => REPRESENTATIVES.has(word) && (words[n + 1] === 'for' || words[n + 1] === 'of'));
      if (at >= 0) {
        merged[merged.length - 1] = { ...previous, end: mention.end, name: text.slice(previous.start, mention.end), head: words[at] };
        continue;
      }
    }
    // "Amy Lee's family said": the family speaks.
    if (mention.kind === 'name' && /['’]s$/.test(text.slice(mention.start, mention.end))) {
      let last = tokenAt(tokens, mention.start);
      while (last >= 0 && tokens[last + 1] && tokens[last + 1].end <= mention.end) last++;
      const noun = last >= 0 ? tokens[last + 1] : undefined;
      if (noun?.word && !noun.cap && REPRESENTATIVES.has(noun.lower) && !/^\s*,/.test(text.slice(noun.end))) {
        merged.push({
          kind: 'definite',
          start: mention.start,
          end: noun.end,
          name: text.slice(mention.start, noun.end),
          entity: 'person',
          head: noun.lower,
        });
        continue;
      }
    }
    let k = person ? tokenAt(tokens, mention.start) : -1;
    if (k > 0 && tokens[k - 1].lower === 'the') k--;
    const noun = tokens[k - 2];
    const preposition = tokens[k - 1]?.lower;
    if (k < 2 || (preposition !== 'for' && preposition !== 'of') || !noun.word || noun.cap || !REPRESENTATIVES.has(noun.lower)) {
      merged.push(mention);
      continue;
    }
    // Back over the adjectives to the determiner: "a senior aide to", "the family of".
    let from = k - 2;
    for (let n = 0; n < 3 && from > 0; n++) {
      const previous = tokens[from - 1];
      if (!previous.word || previous.cap || lex.boundaries.has(previous.lower) || lex.verbs.has(previous.lower)) break;
      from--;
      if (/^(?:a|an|the|one)$/.test(previous.lower)) break;
    }
    const start = tokens[from].start;
    while (merged.length && merged[merged.length - 1].end > start) merged.pop();
    // "The spokesman of NEMA, Manzo Ezekiel,": the name after the comma is the spokesman's own.
    if (mention.org && text.slice(mention.start, text.lastIndexOf(mention.name, mention.end)).trimEnd().endsWith(',')) {
      merged.push({ ...mention, start, role: capitalise(noun.lower) });
      continue;
    }
    merged.push({
      kind: tokens[from].lower === 'the' ? 'definite' : 'indefinite',
      start,
      end: mention.end,
      name: text.slice(start, mention.end),
      entity: 'person',
      head: noun.lower,
    });
  }
  return merged;
}

/** Indonesian: kin and counsel who speak for someone ("keluarga …", "kuasa hukum …"), one word or two. */
const ID_REPRESENTATIVES = new Set(
  `keluarga pengacara istri suami ayah ayahanda ibunda anak adik kakak ajudan kerabat sahabat rekan paman bibi kakek nenek
  cucu menantu mertua`.split(/\s+/),
);
const ID_REPRESENTATIVE_PAIRS = new Set(['juru bicara', 'kuasa hukum', 'penasihat hukum', 'tim hukum', 'orang tua']);
const LATE = new Set(['almarhum', 'almarhumah', 'mendiang']);

/**
 * "kata keluarga Siti Aminah", "ujar kuasa hukum Budi Hartono", "kata juru bicara Presiden Prabowo": the relative,
 * the lawyer or the spokesperson speaks, not the person named after them; "ayah Andi, Slamet," is Slamet.
 */
function mergeRepresentedId(text: string, mentions: Mention[], tokens: Token[]): Mention[] {
  const merged: Mention[] = [];
  let described: Mention | undefined;
  for (const mention of mentions) {
    const person = mention.kind === 'name' && mention.entity === 'person' && mention.name !== '';
    if (person && described && merged[merged.length - 1] === described && /^\s*,\s*$/.test(text.slice(described.end, mention.start))) {
      if (!mention.role && !mention.org) {
        merged[merged.length - 1] = { ...mention, start: described.start, role: capitalise(described.name) };
        described = undefined;
        continue;
      }
    }
    described = undefined;
    let start = -1;
    let head = '';
    if (person) {
      const words = mention.name.split(/\s+/);
      const role = (mention.role ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const pair = role.slice(0, 2).join(' ');
      let k = tokenAt(tokens, mention.start);
      while (k > 0 && LATE.has(tokens[k - 1].lower)) k--;
      const one = tokens[k - 1];
      const two = k > 1 ? `${tokens[k - 2].lower} ${tokens[k - 1].lower}` : '';
      // ("Putri", "Putra" and Balinese "Anak Agung" open names: not listed, not taken.)
      if (words.length > 1 && ID_REPRESENTATIVES.has(words[0].toLowerCase()) && words[0] !== 'Anak' && !mention.role) {
        start = mention.start; // "Keluarga Siti Aminah mengatakan …" (capitalised at the start of a sentence)
        head = words[0].toLowerCase();
      } else if (k > 1 && ID_REPRESENTATIVE_PAIRS.has(two) && !tokens[k - 2].cap) {
        start = tokens[k - 2].start;
        head = two;
      } else if (k > 0 && one.word && !one.cap && ID_REPRESENTATIVES.has(one.lower)) {
        start = one.start;
        head = one.lower;
      } else if ((ID_REPRESENTATIVE_PAIRS.has(pair) || role[0] === 'jubir' || role[0] === 'pengacara') && !mention.org) {
        // "juru bicara Presiden Prabowo": a second title before the name is that person's, not the spokesperson's.
        const rest = role.slice(role[0] === 'jubir' || role[0] === 'pengacara' ? 1 : 2);
        if (rest.length && rest.every((word) => ROLE_WORDS.has(word))) {
          start = mention.start;
          head = role[0] === 'jubir' || role[0] === 'pengacara' ? role[0] : pair;
        }
      }
    }
    if (start < 0) {
      merged.push(mention);
      continue;
    }
    while (merged.length && merged[merged.length - 1].end > start) merged.pop();
    described = { kind: 'indefinite', start, end: mention.end, name: text.slice(start, mention.end), entity: 'person', head };
    merged.push(described);
  }
  return merged;
}

/** The index of the token that starts at `offset` (-1 when none does). */
function tokenAt(tokens: Token[], offset: number): number {
  const low = firstTokenFrom(tokens, offset);
  return tokens[low]?.start === offset ? low : -1;
}

/** "Nigerian officials", "Tallinn police": a group named by a place and a plural noun. */
function mergeGroups(text: string, mentions: Mention[]): Mention[] {
  const merged: Mention[] = [];
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    const adjective = previous?.kind === 'name' && (previous.entity === 'place' || /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u.test(previous.name));
    if (adjective && mention.kind === 'definite' && /^\s+$/.test(text.slice(previous.end, mention.start)) && /s$/.test(mention.name)) {
      merged[merged.length - 1] = {
        kind: 'indefinite',
        start: previous.start,
        end: mention.end,
        name: text.slice(previous.start, mention.end),
        entity: 'person',
      };
      continue;
    }
    merged.push(mention);
  }
  return merged;
}

const FORMER = new Set(['mantan', 'eks', 'bekas', 'sang']);

/**
 * "jenderal bintang dua itu", "anggota DPR RI ini", "Pemain Madura United itu", "pria yang akrab disapa Bang Andi itu":
 * someone already named, described by a title or a word for a person and a demonstrative (Indonesian). Not a name,
 * whatever it holds.
 */
function readDescribed(tokens: Token[], start: number, lex: Lexicon): { mention: Mention; next: number } | undefined {
  // "Mantan pelatih Persela Lamongan itu": a former title describes as well.
  const at = FORMER.has(tokens[start].lower) && tokens[start + 1]?.word ? start + 1 : start;
  const first = tokens[at];
  // "orang nomor satu di Polres Ternate itu": the one at the top, whom the story named.
  const top = first.lower === 'orang' && tokens[at + 1]?.lower === 'nomor' && /^(?:satu|wahid|1)$/.test(tokens[at + 2]?.lower ?? '');
  if (lex.lang !== 'id' || !(top || isPersonWord(first.lower)) || (at > 0 && tokens[at - 1].word && ROLE_WORDS.has(tokens[at - 1].lower)))
    return undefined;
  // "yang" right after the noun opens a clause that the demonstrative closes; "asal", "di" or "dari" where the person
  // comes from, the places listed with commas ("petani asal Banjar Kuum, Desa Sukawana, Kecamatan Kintamani ini").
  const noun = top ? at + 2 : at;
  const clause = tokens[noun + 1]?.lower === 'yang';
  const origin = /^(?:asal|di|dari)$/.test(tokens[noun + 1]?.lower ?? '');
  for (let j = noun + 1; j < tokens.length && j <= noun + (clause || origin ? 12 : 6); j++) {
    const token = tokens[j];
    if (origin && token.text === ',' && tokens[j + 1]?.cap) continue;
    if (
      !token.word ||
      (lex.boundaries.has(token.lower) && !((clause || origin) && j === noun + 1)) ||
      lex.verbs.has(token.lower) ||
      lex.inverted.has(token.lower)
    )
      return undefined;
    if (lex.definiteMarkers.has(token.lower)) {
      // "kata Walikota Jayapura belum lama ini": "ini" after a word of time closes when it was said, not who said it.
      if (token.lower === 'ini' && TIME_BEFORE_THIS.has(tokens[j - 1].lower)) return undefined;
      return {
        mention: { kind: 'definite', start: tokens[start].start, end: token.end, name: '', entity: 'person', head: first.lower },
        next: j + 1,
      };
    }
  }
  return undefined;
}

/** "beef farmer", "dairy farmer": a word for a person within the next words in lower case, from `at`. */
const describesPerson = (tokens: Token[], at: number) => {
  for (let k = at; k < at + 3 && tokens[k]?.word && !tokens[k].cap; k++) if (isPersonWord(tokens[k].lower)) return true;
  return false;
};

/** Words of time before "ini" ("belum lama ini", "hari ini", "tahun ini"): the phrase says when. */
const TIME_BEFORE_THIS = new Set('lama saat kali hari pagi siang sore malam tahun bulan minggu pekan akhir-akhir'.split(' '));

/** "a senior Ukrainian energy official", "seorang penonton": up to a comma or a boundary word. */
const COUNTED_PEOPLE = /^(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d{1,2})$/;

function readIndefinite(tokens: Token[], at: number, lex: Lexicon): { mention: Mention; next: number } | undefined {
  const first = tokens[at];
  // "dua orang anak gadis", "tiga orang warga": people counted.
  const counted = lex.lang === 'id' && COUNTED_PEOPLE.test(first.lower) && tokens[at + 1]?.lower === 'orang';
  if (!lex.indefiniteMarkers.has(first.lower) && !counted) return undefined;
  let j = counted ? at + 2 : at + 1;
  if (first.lower === 'salah' && /^(satu|seorang)$/.test(tokens[j]?.lower ?? '')) j++;
  // "Salah satunya Victor Rumbiak, salah satu warga": "one of them" is the name after it.
  if (first.lower === 'salah' && tokens[j]?.lower === 'satunya') return undefined;
  // "one of the angry residents": one person of a group.
  if (first.lower === 'one' && tokens[j]?.lower === 'of' && /^(?:the|his|her|their|our)$/.test(tokens[j + 1]?.lower ?? '')) {
    for (let k = j + 2; k < j + 6 && tokens[k]?.word && !tokens[k].cap && !lex.boundaries.has(tokens[k].lower); k++) {
      if (!isPluralPersonWord(tokens[k].lower)) continue;
      const head = tokens[k].lower.slice(0, -1);
      // "one of the organisers of the event"
      const last = tokens[k + 1]?.lower === 'of' && tokens[k + 2]?.lower === 'the' && tokens[k + 3]?.word && !tokens[k + 3].cap ? k + 3 : k;
      return {
        mention: { kind: 'indefinite', start: first.start, end: tokens[last].end, name: '', entity: 'person', head },
        next: last + 1,
      };
    }
  }
  let lastRole = -1;
  for (let n = 0; j < tokens.length && n < 6; j++, n++) {
    const token = tokens[j];
    if (!token.word || lex.boundaries.has(token.lower) || lex.verbs.has(token.lower) || lex.inverted.has(token.lower)) break;
    // "salah satu karyawan PT Santoso Utama": a capitalised title word after the head is a name's.
    if (isPersonWord(token.lower) && (lastRole < 0 || !token.cap || !ROLE_WORDS.has(token.lower))) lastRole = j;
  }
  if (lastRole < 0) return undefined;
  const head = tokens[lastRole].lower;
  let last = lastRole;
  // "one member of the public"
  if (tokens[last + 1]?.lower === 'of' && tokens[last + 2]?.lower === 'the' && tokens[last + 3]?.word && !tokens[last + 3].cap) last += 3;
  // "a spokesperson for the bank", "a source close to the player": whom they speak for, when no name follows.
  const link =
    tokens[last + 1]?.lower === 'close' && tokens[last + 2]?.lower === 'to'
      ? 2
      : /^(?:for|at|from)$/.test(tokens[last + 1]?.lower ?? '')
        ? 1
        : 0;
  if (link) {
    let k = last + 1 + link;
    if (/^(?:the|his|her|their|its)$/.test(tokens[k]?.lower ?? '')) k++;
    const from = k;
    while (k - from < 3 && tokens[k]?.word && !tokens[k].cap && !lex.boundaries.has(tokens[k].lower) && !lex.verbs.has(tokens[k].lower))
      k++;
    if (k > from && !(tokens[k]?.word && !lex.verbs.has(tokens[k].lower))) last = k - 1;
  }
  return {
    mention: { kind: 'indefinite', start: first.start, end: tokens[last].end, name: '', entity: 'person', head },
    next: last + 1,
  };
}

/** "the chief reason", not "the chief said": a title word that is an adjective, unless a verb of saying follows it. */
function adjectiveOnly(tokens: Token[], at: number, lex: Lexicon): boolean {
  const after = tokens[at + 1];
  return TITLE_ADJECTIVES.has(tokens[at].lower) && !(after?.word && (lex.verbs.has(after.lower) || lex.inverted.has(after.lower)));
}

/** Title words that are adjectives when no title noun follows: "the general public", "the prime reason". */
const TITLE_ADJECTIVES = new Set([
  'general',
  'prime',
  'vice',
  'lead',
  'major',
  'principal',
  'chief',
  'executive',
  'senior',
  'head',
  'member',
  'general-secretary',
]);

/** "the ministry", "police", "kementerian itu", "pihak kepolisian". */
function readDefinite(tokens: Token[], at: number, lex: Lexicon): { mention: Mention; next: number } | undefined {
  const token = tokens[at];
  if (lex.lang === 'en') {
    if (token.lower === 'police' || token.lower === 'prosecutors' || token.lower === 'officials' || token.lower === 'investigators') {
      return {
        mention: { kind: 'definite', start: token.start, end: token.end, name: token.text, entity: 'org', head: token.lower },
        next: at + 1,
      };
    }
    // "“…?” residents asked.", "Residents expressed …": people named by a plural word alone, right by a verb of saying.
    if (
      isPluralPersonWord(token.lower) &&
      (lex.verbs.has(tokens[at + 1]?.lower ?? '') || (tokens[at - 1]?.word && lex.inverted.has(tokens[at - 1].lower)))
    ) {
      return {
        mention: { kind: 'definite', start: token.start, end: token.end, name: token.text, entity: 'person', head: token.lower },
        next: at + 1,
      };
    }
    // "her family", "his lawyers": a group or person described by whose they are.
    if (/^(?:his|her|their)$/.test(token.lower) && tokens[at + 1]?.word && !tokens[at + 1].cap) {
      const head = tokens[at + 1];
      const singular = head.lower.replace(/s$/, '');
      if (head.lower === 'family' || singular === 'relative' || singular === 'lawyer' || singular === 'parent') {
        return {
          mention: {
            kind: 'definite',
            start: token.start,
            end: head.end,
            name: head.text,
            entity: 'org',
            head: head.lower === 'family' ? 'family' : singular,
          },
          next: at + 2,
        };
      }
    }
    if (token.lower !== 'the') return undefined;
    // "The 56-year-old said": the person the story is about, by age.
    const age = tokens[at + 1];
    if (age?.word && /^\d{1,3}-year-old$/.test(age.lower) && !(tokens[at + 2]?.word && PERSON_NOUNS.has(tokens[at + 2].lower))) {
      return {
        mention: { kind: 'definite', start: token.start, end: age.end, name: '', entity: 'person', head: 'year-old' },
        next: at + 2,
      };
    }
    // "The Dutchman rued …": a person named by a nationality (not "the Australian coach"; "the Dutchman's" is one
    // word, not in the list).
    const nationality = tokens[at + 1];
    const after = tokens[at + 2];
    if (
      lex.lang === 'en' &&
      nationality?.word &&
      nationality.cap &&
      DEMONYMS.has(nationality.lower) &&
      !(after?.word && (after.cap || isPersonWord(after.lower)))
    ) {
      return {
        mention: { kind: 'definite', start: token.start, end: nationality.end, name: '', entity: 'person', head: nationality.lower },
        next: at + 2,
      };
    }
    const qualified = readQualifiedTitle(tokens, at, lex);
    if (qualified) return qualified;
    // "the ministry", "the country's foreign ministry" (lower case only: capitalised is a name).
    for (let j = at + 1; j < Math.min(tokens.length, at + 5); j++) {
      const next = tokens[j];
      if (!next.word || next.cap) return undefined;
      // "the protest showed a vendor": a new noun phrase ends the description.
      if (/^(?:a|an|the)$/.test(next.lower) || lex.boundaries.has(next.lower)) return undefined;
      // "the neighbor", "the victim's fiancé", "the little girl": a person described, not named.
      if (
        (isPersonNoun(next.lower) || (/s$/.test(next.lower) && PERSON_NOUNS.has(next.lower.slice(0, -1)))) &&
        !(tokens[j + 1]?.word && (PERSON_NOUNS.has(tokens[j + 1].lower) || lex.definiteHeads.has(tokens[j + 1].lower)))
      ) {
        return {
          mention: { kind: 'definite', start: token.start, end: next.end, name: '', entity: 'person', head: next.lower },
          next: j + 1,
        };
      }
      // "the governor", "the chief executive", "the coach": a title alone describes the one who holds it.
      if (ROLE_WORDS.has(next.lower)) {
        let last = j;
        const lowerRole = (k: number) => tokens[k]?.word && !tokens[k].cap && ROLE_WORDS.has(tokens[k].lower);
        // "the assistant county commissioner": one word between two title words belongs to the title.
        for (;;) {
          if (lowerRole(last + 1)) last++;
          else if (tokens[last + 1]?.word && !tokens[last + 1].cap && !lex.boundaries.has(tokens[last + 1].lower) && lowerRole(last + 2))
            last += 2;
          else break;
        }
        const after = tokens[last + 1];
        if (!adjectiveOnly(tokens, last, lex) && !(after?.word && (/['’]s$/.test(after.lower) || lex.definiteHeads.has(after.lower)))) {
          return {
            mention: { kind: 'definite', start: token.start, end: tokens[last].end, name: '', entity: 'person', head: tokens[last].lower },
            next: last + 1,
          };
        }
      }
      if (lex.definiteHeads.has(next.lower)) {
        if (tokens[j + 1]?.word && /['’]s$/.test(tokens[j + 1].lower)) return undefined;
        // "The high school student", "the company spokesman": the organisation's word describes a person after it.
        if (tokens[j + 1]?.word && !tokens[j + 1].cap && isPersonWord(tokens[j + 1].lower) && j + 1 < at + 5) continue;
        return {
          mention: { kind: 'definite', start: token.start, end: next.end, name: next.text, entity: 'org', head: next.lower },
          next: j + 1,
        };
      }
    }
    return undefined;
  }
  // Indonesian: "kementerian itu", "perusahaan tersebut", "pihak kepolisian", "polisi".
  if (
    token.lower === 'pihak' &&
    tokens[at + 1]?.word &&
    !tokens[at + 1].cap &&
    (lex.definiteHeads.has(tokens[at + 1].lower) || ORG_WORDS.has(tokens[at + 1].lower))
  ) {
    const head = tokens[at + 1];
    return {
      mention: { kind: 'definite', start: token.start, end: head.end, name: head.text, entity: 'org', head: head.lower },
      next: at + 2,
    };
  }
  if (
    (token.lower === 'manajemen' || token.lower === 'perusahaan') &&
    !token.cap &&
    !lex.definiteMarkers.has(tokens[at + 1]?.lower ?? '') &&
    !tokens[at + 1]?.cap
  ) {
    return {
      mention: { kind: 'definite', start: token.start, end: token.end, name: token.text, entity: 'org', head: token.lower },
      next: at + 1,
    };
  }
  if (token.lower === 'polisi' && !token.cap) {
    return {
      mention: { kind: 'definite', start: token.start, end: token.end, name: token.text, entity: 'org', head: 'polisi' },
      next: at + 1,
    };
  }
  if (lex.definiteHeads.has(token.lower) && !token.cap && lex.definiteMarkers.has(tokens[at + 1]?.lower ?? '')) {
    const marker = tokens[at + 1];
    return {
      mention: { kind: 'definite', start: token.start, end: marker.end, name: token.text, entity: 'org', head: token.lower },
      next: at + 2,
    };
  }
  return undefined;
}

/**
 * "the Ulinzi boss said", "the Gor Mahia coach": a name before a title or a word for a person only says whose it is;
 * the words describe their holder as "the coach" does (they were read as a person called "Ulinzi coach"). Not when a
 * name follows ("the Ulinzi coach Benjamin Nyangweso") or the word is owned ("the Labour leader's").
 */
function readQualifiedTitle(tokens: Token[], at: number, lex: Lexicon): { mention: Mention; next: number } | undefined {
  let head = at + 1;
  while (head < at + 4 && tokens[head]?.word && tokens[head].cap && !isPersonWord(tokens[head].lower)) head++;
  const word = tokens[head];
  if (head === at + 1 || !word?.word || word.cap || adjectiveOnly(tokens, head, lex) || !isPersonWord(word.lower)) return undefined;
  const after = tokens[head + 1];
  if (after?.word && (after.cap || isPersonWord(after.lower) || /['’]s$/.test(after.lower) || lex.definiteHeads.has(after.lower)))
    return undefined;
  return {
    mention: {
      kind: 'definite',
      start: tokens[at].start,
      end: word.end,
      name: '',
      entity: 'person',
      head: word.lower,
      org: tokens
        .slice(at + 1, head)
        .map((token) => token.text)
        .join(' '),
    },
    next: head + 1,
  };
}

/** Shortened words that open a place's name: "St. Stephen", "Mt. Hagen", "Ft. Worth". */
const PLACE_ABBREVIATIONS = new Set(['St', 'Mt', 'Ft']);

/** A word and a name run together: "MenurutM", "KataBudi". */
const GLUED_CUE = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{L}*)$/u;

/** Reads a run of capitalised and title words from `at` and parses it. */
function readRun(
  text: string,
  tokens: Token[],
  at: number,
  lex: Lexicon,
  sentenceStarts: ReadonlySet<number>,
  known?: (word: string) => boolean,
): { mention?: Mention; next: number } {
  const run: Token[] = [];
  let acronym: string | undefined;
  let j = at;
  while (j < tokens.length) {
    const token = tokens[j];
    // "Sholeh (32) Salah seorang pemilik kios": the description after the name, capitalised by mistake.
    if (run.length && lex.lang === 'id' && token.lower === 'salah' && /^(?:satu|seorang)$/.test(tokens[j + 1]?.lower ?? '')) break;
    // "Lanjut Ia mengatakan": a pronoun capitalised after a capitalised verb is still the pronoun.
    if (run.length && lex.lang === 'id' && lex.pronouns.has(token.lower) && !inCapitals(tokens, j)) break;
    if (joinsRun(tokens, j)) {
      run.push(token);
      j++;
    } else if (
      token.text === '.' &&
      run.length &&
      /^(?:\p{Lu}|[\p{L}.]+)$/u.test(run[run.length - 1].text) &&
      (HONORIFICS.has(run[run.length - 1].lower) ||
        SHORT_GIVEN_NAMES.has(run[run.length - 1].lower) ||
        /^\p{Lu}$/u.test(run[run.length - 1].text) ||
        /\./.test(run[run.length - 1].text)) &&
      tokens[j + 1]?.cap
    ) {
      j++; // "Dr. Priya", "U.S. District", "John F. Kennedy"
    } else if (
      token.text === '.' &&
      PLACE_ABBREVIATIONS.has(run[run.length - 1]?.text) &&
      tokens[j + 1]?.cap &&
      !isSentenceWord(tokens[j + 1], lex)
    ) {
      j++; // "Mayor of St. Stephen", "Mt. Hagen": a saint's or a mountain's name goes on
    } else if (
      lex.lang === 'id' &&
      token.lower === 'atau' &&
      run.length > 1 &&
      /^\p{Lu}{2,}$/u.test(tokens[j + 1]?.text ?? '') &&
      tokens[j + 1].word
    ) {
      run.push(token);
      j++; // "Dinas Pekerjaan Umum dan Perumahan Rakyat atau PUPR Aceh Barat": a unit, then its short name
    } else if (run.length && /^\d{2,4}$/.test(token.text) && tokens[j + 1]?.text === '/' && tokens[j + 2]?.cap) {
      j += 2; // "Danrem 022/Pantai Timur", "Kodim 1710/Mimika": an army unit's number goes with its name
    } else if (lex.lang === 'en' && run.length && /^\d{1,3}$/.test(token.text) && tokens[j + 1]?.word && tokens[j + 1].cap) {
      run.push(token);
      j++; // "Crab 99 Bar & Restaurant", "Studio 54 Bar": a number inside a business's name
    } else if (token.lower === 'from' && lex.lang === 'en' && fromPlaceThenSaid(run, tokens, j, lex)) {
      run.push(token);
      j++; // "Robin from Adimalathura said": where the one named comes from
    } else if ((token.lower === 'and' || token.lower === 'dan') && twoNames(run, tokens, j)) {
      break; // "councillors Gary Byrne and Angela Lawrence": two people, each with a first name and a surname
    } else if (
      (isConnector(token) || token.text === '&') &&
      run.length &&
      tokens[j + 1] &&
      (tokens[j + 1].cap || (token.lower === 'of' && tokens[j + 1].lower === 'the' && tokens[j + 2]?.cap)) &&
      // "Pdt. Tilaus Mandacan dan Sekretarisnya, Demus Saiba": "his secretary" is another.
      !(lex.lang === 'id' && /\p{L}nya$/u.test(tokens[j + 1].lower))
    ) {
      run.push(token);
      j++;
    } else if (token.text === '(' && run.length && tokens[j + 2]?.text === ')' && tokens[j + 1].word) {
      const inner = tokens[j + 1].text;
      if (/^\d{1,3}$/.test(inner))
        j += 3; // an age: "Siti Aminah (52)"
      else if (PARTIES.has(inner) && run.length >= 2)
        j += 3; // a party: "Cllr Tommy Prendergast (Lab)"
      else if (classifyWord(tokens[j + 1]) === 'hon' && spellsOut(run, inner) && tokens[j + 3] && joinsRun(tokens, j + 3)) {
        // "Ajun Komisaris Besar Polisi (AKBP) Bahara Marpaung": a rank spelled out, then its short form and the name.
        const spelled = run.splice(run.length - inner.length, inner.length);
        run.push({ ...tokens[j + 1], start: spelled[0].start, end: tokens[j + 2].end });
        j += 3;
      } else if (
        tokens[j + 3] &&
        classifyWord(tokens[j + 3]) === 'hon' &&
        joinsRun(tokens, j + 3) &&
        run.some((token) => classifyWord(token) === 'role') &&
        /^\p{Lu}/u.test(inner)
      )
        j += 3; // "Kapolda Sumatera Barat (Sumbar) Irjen Suharyono": the title's organisation abbreviated, then a rank and the name
      else if (/^\p{Lu}[\p{L}\d]*$/u.test(inner) && !acronym) {
        acronym = inner;
        j += 3;
        // "Ketua Gabungan Kelompok Tani (Gapoktan) Usaha Maju": the group's own name after its kind's short form
        if (!(run.some((word) => classifyWord(word) === 'org') && tokens[j] && joinsRun(tokens, j) && classifyWord(tokens[j]) === 'name'))
          break;
      } else break;
    } else break;
  }
  // "MenurutM Pasaribu": a space lost after the word that introduces the name.
  const glued = run.length ? GLUED_CUE.exec(run[0].text) : null;
  if (glued && (lex.preps.includes(glued[1].toLowerCase()) || lex.inverted.has(glued[1].toLowerCase()))) {
    const name = glued[2];
    run[0] = { ...run[0], text: name, lower: name.toLowerCase(), start: run[0].end - name.length };
  }
  // A capitalised common word that opens the sentence ("Namun", "The", "Speaking") is no name; nor, in Indonesian, is a
  // verb of saying capitalised after a quotation ("…berdering” Ucap salah satu warga").
  while (
    run.length &&
    (sentenceStarts.has(run[0].start) || (lex.lang === 'id' && lex.inverted.has(run[0].lower))) &&
    isSentenceWord(run[0], lex, known)
  )
    run.shift();
  // "FURIOUS council tenants have petitioned …", "PASSENGERS say …": a tabloid opens its story with a word in
  // capitals, no name.
  if (
    lex.lang === 'en' &&
    run.length === 1 &&
    sentenceStarts.has(run[0].start) &&
    /^\p{Lu}{5,}$/u.test(run[0].text) &&
    classifyWord(run[0]) === 'org' &&
    !KNOWN_ORGS.has(run[0].lower) &&
    tokens[j]?.word &&
    !tokens[j].cap &&
    (isPluralPersonWord(run[0].lower) || (!lex.verbs.has(tokens[j].lower) && !lex.inverted.has(tokens[j].lower)))
  )
    run.shift();
  // "a Lebanese expat", "the Kenyan runner": a nationality before a common noun describes; it names no one. So does
  // a region's ("Tasmanian beef farmer Peter Sattler") before a word for a person.
  if (
    run.length === 1 &&
    tokens[j]?.word &&
    !tokens[j].cap &&
    !isPluralPersonWord(tokens[j].lower) &&
    (DEMONYMS.has(run[0].lower) || (lex.lang === 'en' && /ian$/.test(run[0].lower) && describesPerson(tokens, j)))
  )
    run.shift();
  // "…," Kata Naap: an Indonesian verb of saying capitalised by mistake after a quotation is still the verb; "Said
  // Hastings, “…”" opens an English sentence with it.
  if (
    run.length > 1 &&
    lex.inverted.has(run[0].lower) &&
    (lex.lang === 'id' || (sentenceStarts.has(run[0].start) && /^(?:say|says|said)$/.test(run[0].lower)))
  )
    run.shift();
  // A word capitalised only because it opens the sentence ("Kedua kelompok…", "Bakery owner…"):
  // not a name unless the article capitalises it elsewhere too, or a verb of saying follows it.
  // "Nurmala juga mengatakan": an adverb may come between the name and its verb.
  const verbAt = tokens[j]?.word && lex.adverbs.has(tokens[j].lower) ? j + 1 : j;
  const following = tokens[verbAt];
  // ("Harusnya kata dia, …": the verb has its own subject, a pronoun after it; the word before opens the sentence.)
  const ownSubject = lex.lang === 'id' && lex.inverted.has(following?.lower ?? '') && lex.pronouns.has(tokens[verbAt + 1]?.lower ?? '');
  const saying =
    following?.word && !ownSubject && (lex.verbs.has(following.lower) || lex.inverted.has(following.lower) || toldThenSaid(tokens, j, lex));
  if (
    known &&
    run.length === 1 &&
    sentenceStarts.has(run[0].start) &&
    classifyWord(run[0]) === 'name' &&
    !known(run[0].lower) &&
    !saying &&
    !apposed(tokens, j, lex)
  )
    run.shift();
  // "Kemenangan Jokowi bukan akhir …", "Pernyataan Budi …": a noun made with ke-…-an or pe-…-an opening the
  // sentence, then a name: the name is the noun's owner, and the phrase names no one who could speak. Alone
  // ("Pemadaman berlangsung hingga …"), it is the noun, though a title capitalises it elsewhere ("Seksi Pemadaman").
  if (
    lex.lang === 'id' &&
    run.length &&
    sentenceStarts.has(run[0].start) &&
    classifyWord(run[0]) === 'name' &&
    DERIVED_NOUN.test(run[0].lower) &&
    (run.length > 1 ? !known?.(run[0].lower) : !saying)
  )
    return { next: Math.max(j, at + 1) };
  while (run.length && (run[0].lower === 'the' || isConnector(run[0]))) run.shift();
  while (run.length && isConnector(run[run.length - 1])) run.pop();
  if (!run.some((token) => token.cap)) return { next: Math.max(j, at + 1) };
  // "… (NATO)": a name with an acronym is an organisation's; so is one right after "company,".
  const head = tokens[at - 1]?.text === ',' ? tokens[at - 2] : tokens[at - 1];
  const named = Boolean(head?.word && !head.cap && ORG_HEADS.has(head.lower));
  const mention = parseRun(text, run, Boolean(acronym && isAcronym(acronym)) || named);
  // "Oman Lukmanul Hakim", "Arief Rahman Hakim": a title that is also a name, last after given names, is the surname.
  if (
    lex.lang === 'id' &&
    !mention.name &&
    mention.org &&
    NAME_LIKE_TITLES.has(mention.role?.toLowerCase() ?? '') &&
    run.slice(0, -1).every((token) => classifyWord(token) === 'name' || classifyWord(token) === 'place')
  ) {
    const { role: surname, org: given, ...person } = mention;
    return { mention: { ...person, name: `${given} ${surname}`, entity: 'person' }, next: j };
  }
  // "ujar SF Hariyanto": where the speaker's name goes, two capitals before a name are initials, not an organisation.
  if (
    mention.entity === 'org' &&
    run.length <= 3 &&
    /^\p{Lu}{2}$/u.test(run[0].text) &&
    classifyWord(run[0]) === 'org' &&
    !ORG_WORDS.has(run[0].lower) &&
    !KNOWN_ORGS.has(run[0].lower) &&
    run.slice(1).every((token) => classifyWord(token) === 'name') &&
    tokens[at - 1]?.word &&
    lex.inverted.has(tokens[at - 1].lower)
  )
    return { mention: { ...mention, entity: 'person', name: text.slice(run[0].start, run[run.length - 1].end) }, next: j };
  // "AKBP FX Irwan Arianto": after a rank, two capitals before a name are initials too.
  const initials = run[1];
  if (
    mention.entity === 'org' &&
    run.length >= 3 &&
    run.length <= 5 &&
    classifyWord(run[0]) === 'hon' &&
    /^\p{Lu}{2}$/u.test(initials.text) &&
    !ORG_WORDS.has(initials.lower) &&
    !KNOWN_ORGS.has(initials.lower) &&
    run.slice(2).every((token) => classifyWord(token) === 'name')
  )
    return {
      mention: { kind: 'name', start: run[0].start, end: mention.end, name: text.slice(initials.start, mention.end), entity: 'person' },
      next: j,
    };
  // "Imam, salah satu petani setempat": a title's word alone, then a description of one person, is that person's name.
  if (!mention.name && mention.role && run.length === 1 && run[0].cap && apposed(tokens, j, lex))
    return { mention: { ...mention, name: run[0].text, role: undefined }, next: j };
  // ", warga Cibubur,": where the person named before lives, not a person.
  if (lex.lang === 'id' && !run[0].cap && RESIDENT.has(run[0].lower) && mention.role?.toLowerCase() === run[0].lower)
    mention.entity = 'place';
  // "pedagang pasar Kayuagung", "warga desa Sukamaju": a lower-case place head before the run makes it the place's name,
  // unless a name follows the place ("Kepala Dinas Kesehatan kota Ambon Treesje Tory").
  const placeHead = tokens[at - 1];
  // ("dikedusunan Cikareo": "di" glued to the head.)
  const headWord = placeHead?.word ? placeHead.text.replace(/^di(?=\p{Ll}{4})/u, '').toLowerCase() : '';
  if (lex.lang === 'id' && placeHead?.word && !placeHead.cap && ID_PLACE_HEADS.has(headWord) && !mention.role && !mention.org)
    mention.entity = 'place';
  // "menjelang bulan Ramadhan": a month, though Ramadhan is a man's name too; "perayaan Natal dan Tahun Baru": feasts.
  if (lex.lang === 'id' && (placeHead?.lower === 'bulan' || ID_FEASTS.has(run[0].lower)) && !mention.role && !mention.org)
    return { next: Math.max(j, at + 1) };
  // "pedagang di Pekapuran Raya": a bare name after "di" is where someone is; so is "di Katingan Kuala", a regency's
  // name then more of it, which reads like someone from there.
  if (
    lex.lang === 'id' &&
    placeHead?.lower === 'di' &&
    mention.entity === 'person' &&
    !mention.role &&
    (!mention.org || isPlaceName(mention.org)) &&
    !run.some((token) => classifyWord(token) === 'hon')
  ) {
    mention.entity = 'place';
    mention.name = text.slice(run[0].start, run[run.length - 1].end);
    delete mention.org;
  }
  // "Pasar Besar Perumnas Klender", "Kabupaten Padang Pariaman": a run opening with a place head and holding no title
  // names a place ("Kabupaten Banjarnegara Andri Sulistyo" comes after one: "Kepala BPBD Kabupaten …").
  if (
    lex.lang === 'id' &&
    run[0].cap &&
    ID_PLACE_HEADS.has(run[0].lower) &&
    // ("Pendopo Bupati", "Gedung Gubernur": a building and whose it is.)
    (BUILDINGS.has(run[0].lower) ||
      run.every((token, k) => k === 0 || token.lower === 'besar' || (classifyWord(token) !== 'role' && classifyWord(token) !== 'hon')))
  ) {
    mention.entity = 'place';
    mention.name = text.slice(run[0].start, run[run.length - 1].end);
    delete mention.role;
    delete mention.org;
  }
  if (lex.lang === 'en' && mention.entity === 'person' && !mention.role && namesPlace(tokens, at, j, run)) mention.entity = 'place';
  // "the Samoa Observer put it to the Prime Minister": a bare name after "the" is no person's.
  if (
    lex.lang === 'en' &&
    mention.entity === 'person' &&
    !mention.role &&
    // "the Gup of Gase Tshogongm Gewog": a word the lexicon does not know as a title, of a place.
    (!mention.org || run.some((token) => token.lower === 'of')) &&
    articleBefore(tokens, at, run) &&
    !run.some((token) => classifyWord(token) === 'hon')
  )
    mention.entity = 'org';
  if (lex.lang === 'en' && !acronym) {
    const title = titleAt(text, tokens, at, run);
    if (title) return { mention: title, next: Math.max(j, at + 1) };
  }
  if (acronym) mention.acronym = acronym;
  mention.end = Math.max(mention.end, tokens[j - 1].end); // past "(NATO)" or "(52)"
  return { mention, next: Math.max(j, at + 1) };
}

/**
 * "the Kremlin spokesman", "the Black Satellites head coach": after "the", a title in lower case closing a run of
 * capitalised words describes whoever holds the title there; it names no one.
 */
function titleAt(text: string, tokens: Token[], at: number, run: Token[]): Mention | undefined {
  if (!articleBefore(tokens, at, run)) return undefined;
  let from = run.length;
  while (from > 1 && !run[from - 1].cap && classifyWord(run[from - 1]) === 'role') from--;
  if (from === run.length || !run.slice(0, from).every((token) => token.cap)) return undefined;
  const start = run[0].start;
  const end = run[run.length - 1].end;
  return {
    kind: 'name',
    start,
    end,
    name: '',
    entity: 'person',
    role: capitalise(text.slice(run[from].start, end)),
    org: text.slice(start, run[from - 1].end).replace(/['’]s$/, ''),
  };
}

/** Is the run read from `at` preceded by "the" (its own first word, or the word before it)? */
function articleBefore(tokens: Token[], at: number, run: Token[]): boolean {
  const before = run[0] === tokens[at] ? tokens[at - 1] : tokens[at];
  return before?.lower === 'the';
}

/** Prepositions after which a bare capitalised name is where something happens: "in Quarry Bay", "across Gauteng". */
const LOCATIVES = new Set([
  'in',
  'at',
  'near',
  'across',
  'outside',
  'inside',
  'around',
  'into',
  'throughout',
  'within',
  'toward',
  'towards',
]);

/**
 * English: does a run of names with no title or honorific name a place? After "in", "near" and the like ("in Quarry
 * Bay"), after a title and "of" ("the mayor of Cedar Rapids"), or before a lower-case place head ("Lok Fu station");
 * never a possessor ("in Smith's view").
 */
function namesPlace(tokens: Token[], at: number, end: number, run: Token[]): boolean {
  if (run.some((token) => classifyWord(token) === 'hon')) return false;
  if (/['’]s?$/.test(run[run.length - 1].text)) return false;
  const next = tokens[end];
  if (next?.word && !next.cap && PLACE_HEADS.has(next.lower)) return true;
  let first = at;
  while (first < end && tokens[first] !== run[0]) first++;
  const before = tokens[first - 1];
  if (!before?.word || before.cap) return false;
  if (LOCATIVES.has(before.lower)) return true;
  // "the mayor of Cedar Rapids", "a councillor for Llanelli": where a title is held.
  const title = tokens[first - 2];
  return (before.lower === 'of' || before.lower === 'for') && Boolean(title?.word && !title.cap && ROLE_WORDS.has(title.lower));
}

/**
 * Is `mention`, after a name and a comma, the office that person holds and no second person: a title and an
 * organisation ("Executive Councillor for Highways and Transport"), or in Indonesian a title, an organisation and the
 * group's own name ("Ketua Gapoktan Usaha Maju"), closed by a comma or a stop?
 */
function isApposedOffice(text: string, mention: Mention, lang: Lexicon['lang']): boolean {
  if (mention.kind !== 'name' || !mention.role || !mention.name || !/^\s*(?:,|\.(?:\s|$)|$)/.test(text.slice(mention.end, mention.end + 3)))
    return false;
  const span = text.slice(mention.start, mention.end);
  return (
    /\s(?:for|of)\s$/.test(span.slice(0, span.length - mention.name.length)) ||
    (lang === 'id' &&
      mention.entity === 'person' &&
      Boolean(mention.org) &&
      !span.split(/\s+/).some((word) => HONORIFICS.has(word.toLowerCase())))
  );
}

/** Is "from" at `at` between a short name and capitalised words that a verb of saying follows: "Robin from Adimalathura said"? */
function fromPlaceThenSaid(run: Token[], tokens: Token[], at: number, lex: Lexicon): boolean {
  if (!run.length || run.length > 3 || !run.every((token) => classifyWord(token) === 'name')) return false;
  let k = at + 1;
  while (tokens[k]?.word && tokens[k].cap && k - at <= 3) k++;
  return k > at + 1 && Boolean(tokens[k]?.word) && lex.verbs.has(tokens[k].lower);
}

/** Are the last words of `run` the words `acronym` is made of, one letter each ("Ajun Komisaris Besar Polisi", "AKBP")? */
function spellsOut(run: Token[], acronym: string): boolean {
  const words = run.slice(-acronym.length);
  return words.length === acronym.length && words.every((token, k) => token.text[0].toUpperCase() === acronym[k].toUpperCase());
}

/**
 * Are the two words before `and` (token `at`) and the two after it plain capitalised names, the latter maybe after a
 * title ("Fire Chief Nick Swinhart and Assistant Fire Chief Doug Kranz")?
 */
function twoNames(run: Token[], tokens: Token[], at: number): boolean {
  const plain = (token: Token | undefined) => token?.word === true && token.cap && classifyWord(token) === 'name';
  if (run.length < 2 || !plain(run[run.length - 1]) || !plain(run[run.length - 2])) return false;
  let next = at + 1;
  for (let k = at + 1; k <= at + 4 && tokens[k]?.word && tokens[k].cap; k++) {
    const kind = classifyWord(tokens[k]);
    if (kind === 'role' || (kind === 'hon' && next > at + 1)) next = k + 1;
  }
  // "Kapolres AKBP Nugroho Dwi Karyanto dan Kasat Reskrim AKP Rahmadani": after a title, one name is enough.
  return plain(tokens[next]) && (next > at + 1 || plain(tokens[next + 1]));
}

/**
 * Indonesian nouns derived with ke-…-an, pe(N)-…-an, per-…-an: "kemenangan", "pernyataan", "pembangunan"; and the
 * commonest made with -an alone, which names ("Setiawan", "Rahman") share the ending of.
 */
const DERIVED_NOUN =
  /^(?:(?:ke|pe|per|pen|pem|peng|peny)\p{Ll}{3,12}an|kunjungan|sambutan|bantuan|laporan|tuntutan|harapan|tujuan|arahan|imbauan|himbauan|ucapan|jawaban|tanggapan|dukungan|tindakan|usulan|temuan|catatan)$/u;

/** Feasts and holidays of the Indonesian calendar, named in capitals as people are. */
const ID_FEASTS = new Set(['natal', 'nataru', 'lebaran', 'imlek', 'paskah', 'waisak', 'nyepi', 'idulfitri', 'iduladha']);

const GLUED_DI = /^di(?:waktu|saat|tempat|sisi|lain|mana|sini|sana|hari|kesempatan|lokasi|luar|dalam|atas|bawah|depan|samping|tengah)$/;

function isSentenceWord(token: Token, lex: Lexicon, known?: (word: string) => boolean): boolean {
  return (
    lex.sentenceWords.has(token.lower) ||
    lex.verbs.has(token.lower) ||
    lex.inverted.has(token.lower) ||
    lex.preps.includes(token.lower) ||
    lex.pronouns.has(token.lower) ||
    lex.introPreps.has(token.lower) ||
    isPassiveSaying(token.lower, lex) ||
    // "Finally", "Speaking", not "Connolly" or "Manning", which the article capitalises mid-sentence too.
    (/(?:ing|ly)$/.test(token.lower) && lex.lang === 'en' && !known?.(token.lower)) ||
    // "Diwaktu yang berbeda, Jumadi …": "di" typed onto the noun after it.
    (lex.lang === 'id' && GLUED_DI.test(token.lower)) ||
    isSayingWithNya(token.lower, lex)
  );
}

/** "Menurutnya", "Katanya", "Ujarnya": a verb of saying, or "menurut", with the "-nya" that stands for its speaker. */
export const isSayingWithNya = (lower: string, lex: Lexicon): boolean =>
  lex.lang === 'id' && lower.endsWith('nya') && (lex.inverted.has(lower.slice(0, -3)) || lex.preps.includes(lower.slice(0, -3)));

/** A person named by the words of `run` before `title`, whose title runs to `last`; any words after are the organisation. */
function nameThenTitle(text: string, run: Token[], title: number, last: number): Mention {
  const mention: Mention = {
    kind: 'name',
    start: run[0].start,
    end: run[run.length - 1].end,
    name: text.slice(run[0].start, run[title - 1].end),
    entity: 'person',
    role: capitalise(text.slice(run[title].start, run[last].end)),
  };
  if (last + 1 < run.length) mention.org = text.slice(run[last + 1].start, run[run.length - 1].end);
  return mention;
}

/**
 * Splits a run into title, organisation and name: "Menteri Pertahanan Rusia Sergei Shoigu" →
 * role "Menteri Pertahanan", org "Rusia", name "Sergei Shoigu". A run whose last words belong to
 * an organisation's name ("Kementerian Luar Negeri", "University of Leeds") names the organisation.
 */
/** The words police and army ranks are spelled out in: "Ajun Komisaris Besar Polisi", "Inspektur Jenderal". */
const SPELLED_RANK_WORDS = new Set(['ajun', 'komisaris', 'inspektur', 'brigadir', 'besar', 'jenderal', 'polisi', 'satu', 'dua']);
const SPELLED_RANK_STARTS = new Set(['ajun', 'komisaris', 'inspektur', 'brigadir']);

/**
 * "Ajun Komisaris Polisi Ariffin", "Brigadir Jenderal Polisi Rudy": a rank spelled out in full (ending in "Polisi" or
 * "Jenderal", or their grade) is a rank like its short form "AKP", not an organisation's name.
 */
function markSpelledRanks(run: Token[], classes: WordClass[]): void {
  for (let k = 0; k < run.length; k++) {
    if (!SPELLED_RANK_STARTS.has(run[k].lower)) continue;
    let last = k;
    while (last + 1 < run.length && SPELLED_RANK_WORDS.has(run[last + 1].lower)) last++;
    if (!run.slice(k + 1, last + 1).some((token) => token.lower === 'polisi' || token.lower === 'jenderal')) continue;
    classes.fill('hon', k, last + 1);
    k = last;
  }
}

export function parseRun(text: string, run: Token[], organisation = false): Mention {
  // "Lee Waters MS", "Jane Doe MP": the member's title after the name is no part of it.
  if (!organisation && run.length >= 3 && MEMBER_TITLES.has(run[run.length - 1].text)) {
    const member = parseRun(text, run.slice(0, -1));
    if (member.entity === 'person' && member.name) return { ...member, end: run[run.length - 1].end };
  }
  const classes = run.map(classifyWord);
  const lastWord = run.length - 1;
  // "Selectboard Chair Lance Lawyer", "Town Manager Jim Farmer": after a title and a given name, a title word is the surname.
  if (lastWord >= 2 && classes[lastWord] === 'role' && classes[lastWord - 1] === 'name' && classes.slice(0, lastWord - 1).includes('role'))
    classes[lastWord] = 'name';
  // "Siti Aminah warga Cibubur", "Kata Risky Warga sekitar": a name, then where the person lives.
  const lowerRole = run.findIndex((token, k) => k >= 1 && (token.lower === 'warga' || token.lower === 'penduduk'));
  if (!organisation && lowerRole > 0 && classes.slice(0, lowerRole).every((kind) => kind === 'name')) {
    return nameThenTitle(text, run, lowerRole, run.length - 1);
  }
  // "Septian David Pemain PSIS Semarang": a name of two words or more, then the title and where it is held.
  const titleAfter = classes.findIndex((kind) => kind === 'role');
  if (
    !organisation &&
    titleAfter >= 2 &&
    titleAfter < run.length - 1 &&
    classes.slice(0, titleAfter).every((kind) => kind === 'name') &&
    classes.slice(titleAfter + 1).some((kind) => kind === 'org')
  ) {
    let last = titleAfter;
    while (last + 1 < run.length && classes[last + 1] === 'role') last++;
    return nameThenTitle(text, run, titleAfter, last);
  }
  // "M Tahir Rahman dan Bambang": two people, not one name; the run names the first.
  const and = run.findIndex((token) => token.lower === 'dan' || token.lower === 'and');
  if (!organisation && and > 0 && classes.every((kind, k) => kind === 'name' || k === and)) return parseRun(text, run.slice(0, and));
  // "IPTU Della Indah Lestari": after a rank or a title, a capitalised connector ("Della", "Van") is a given name.
  for (let k = 1; k < run.length - 1; k++)
    if (classes[k] === 'conn' && run[k].cap && (classes[k - 1] === 'hon' || classes[k - 1] === 'role')) classes[k] = 'name';
  // "PT Santosa Utama Lestari": "Utama" is a title's only after one ("Direktur Utama"), else a word of a name.
  for (let k = 0; k < run.length; k++) if (run[k].lower === 'utama' && classes[k - 1] !== 'role') classes[k] = 'name';
  // "Agung Pramuja": "Agung" names an office only after its word ("Jaksa Agung", "Masjid Agung"); first, a given name.
  if (run[0].lower === 'agung' && (classes.length === 1 || classes[1] === 'name')) classes[0] = 'name';
  // "Kombes Polisi Hari Rosena": "Polisi" after a rank is the rank's, not an organisation.
  for (let k = 1; k < run.length; k++) if (classes[k - 1] === 'hon' && run[k].lower === 'polisi') classes[k] = 'hon';
  markSpelledRanks(run, classes);
  // "IPTU Mathias WAL": after a rank and a name, a last word in capitals is the surname, not an organisation's acronym;
  // so are two initials after two names ("M Taufiq OH").
  if (
    lastWord >= 2 &&
    (classes[0] === 'hon' || (classes[0] === 'name' && run[lastWord].text.length === 2)) &&
    classes.slice(1, lastWord).every((kind) => kind === 'name') &&
    isAcronym(run[lastWord].text) &&
    !ORG_WORDS.has(run[lastWord].lower) &&
    !KNOWN_ORGS.has(run[lastWord].lower)
  )
    classes[lastWord] = 'name';
  // "Kabupaten Banjarnegara Andri Sulistyo": the word after a place head names the place.
  for (let k = 1; k < run.length - 2; k++)
    if (classes[k - 1] === 'phead' && classes[k] === 'name' && /^\p{Lu}/u.test(run[k - 1].text)) classes[k] = 'place';
  // "economist Dr. Ellen Ruiz of Texas A&M University": a titled name, then where the person works.
  const firstTitle = classes.findIndex((kind) => kind === 'role' || kind === 'hon');
  const of = run.findIndex(
    (token, k) =>
      (token.lower === 'of' || token.lower === 'from') &&
      classes[k - 1] === 'name' &&
      // "economist Dr. Ellen Ruiz of …", and "Chris Robert of Boyer Planning": two or three plain name words; "Robin from
      // Adimalathura": one, before "from".
      ((firstTitle >= 0 && firstTitle < k) ||
        (k >= (token.lower === 'from' ? 1 : 2) && k <= 3 && classes.slice(0, k).every((kind) => kind === 'name'))),
  );
  // "chief executive officer of ShoreTel", "head of Pro Bahn", "MS for Llanelli": titles, then "of" and a short name:
  // the organisation's (or the place's).
  const titleOf = run.findIndex((token) => token.lower === 'of' || token.lower === 'for');
  // "Independent councillor for Graiguecullen": a capitalised word before a title in lower case qualifies the title.
  const qualified = classes[0] === 'name' && classes[1] === 'role' && !run[1].cap;
  const titles = classes.slice(qualified ? 1 : 0, Math.max(titleOf, 0));
  // "Head of the Press Unit": the organisation's name after "the".
  const ownerStart = titleOf + (run[titleOf + 1]?.lower === 'the' ? 2 : 1);
  const owner = classes.slice(ownerStart);
  if (
    !organisation &&
    titleOf > 0 &&
    owner.length >= 1 &&
    owner.filter((kind) => kind !== 'conn').length <= 2 &&
    titles.includes('role') &&
    titles.every((kind) => kind === 'role' || kind === 'desc') &&
    // "candidate for Truro and Falmouth": two names joined
    owner.every((kind, k) => kind === 'name' || kind === 'org' || (kind === 'conn' && k > 0 && k < owner.length - 1))
  ) {
    return {
      kind: 'name',
      start: run[0].start,
      end: run[run.length - 1].end,
      name: text.slice(run[ownerStart].start, run[run.length - 1].end),
      entity: 'org',
      role: capitalise(text.slice(run[0].start, run[titleOf - 1].end)),
    };
  }
  if (!organisation && of > 0 && of < run.length - 1) {
    const person = parseRun(text, run.slice(0, of));
    if (person.entity === 'person' && person.name) {
      const rest = run.slice(of + 1);
      while (rest.length && isConnector(rest[0])) rest.shift();
      if (rest.length) person.org = text.slice(rest[0].start, rest[rest.length - 1].end);
      person.end = run[run.length - 1].end;
      return person;
    }
  }
  const start = run[0].start;
  const end = run[run.length - 1].end;
  // The person's name: the trailing words that are none of title, organisation or place.
  let first = run.length;
  while (
    first > 0 &&
    (classes[first - 1] === 'name' || (classes[first - 1] === 'conn' && first < run.length && classes[first - 2] === 'name'))
  )
    first--;
  if (first < run.length && run.length - first > 4) first = run.length - 4;
  // "Gup of Gase Tshogongm Gewog" cut to four words: a name opens with none of "of", "bin", "van".
  while (first < run.length - 1 && classes[first] === 'conn') first++;
  // After a title, a surname that is also a place word still belongs to the name: "president Linda Park"; so does a
  // middle name that is also an outlet's ("Kabid Ni Nyoman Ria Wati").
  const lastTitle = Math.max(classes.lastIndexOf('role'), classes.lastIndexOf('hon'));
  const afterTitle = classes.slice(lastTitle + 1);
  if (
    lastTitle >= 0 &&
    afterTitle.length >= 2 &&
    afterTitle.length <= 4 &&
    afterTitle[0] === 'name' &&
    afterTitle.every(
      (kind, k) => kind === 'name' || kind === 'phead' || kind === 'place' || (kind === 'outlet' && k < afterTitle.length - 1),
    )
  ) {
    first = lastTitle + 1;
  }
  const hasOrgWord = classes.some((kind) => kind === 'org');
  const before = first > 0 ? classes[first - 1] : undefined;
  const roleAt = classes.indexOf('role');
  const personName =
    !organisation &&
    first < run.length &&
    before !== 'phead' &&
    // "Universitas Gadjah Mada", "PT Kereta Nusantara", "Board of Trade": the organisation's own name.
    !(
      hasOrgWord &&
      (before === 'org' || before === 'desc' || before === 'conn') &&
      // "Kepala BPBD Khairudin", not "karyawan PT Santoso Utama Lestari" or "Pemilik Toko Beras Jaya": after a company's
      // legal form or a shop's word, its name.
      !(
        before === 'org' &&
        roleAt >= 0 &&
        roleAt < first &&
        !/^(?:pt|cv|ud|toko|kios|warung)$/.test(run[first - 1].lower) &&
        (isAcronym(run[first - 1].text) || run.length - first >= 2)
      )
    );
  const slice = (from: number, to: number) => (from < to ? text.slice(run[from].start, run[to - 1].end) : '');
  if (!personName) {
    // Leading titles ("Kepala Dinas …", "Juru bicara …") are the role; a possessive owner
    // ("Russia's Foreign Ministry") is dropped; the rest names the organisation or place.
    let from = 0;
    while (
      from < run.length &&
      (classes[from] === 'role' ||
        (classes[from] === 'hon' && !/^st\.?$/.test(run[from].lower)) ||
        (from > 0 && classes[from] === 'desc' && classes[from - 1] === 'role'))
    )
      from++;
    const role = classes.slice(0, from).includes('role') ? capitalise(slice(0, from)) : undefined;
    if (!role) from = 0;
    // "NCD Governor said", "National Capital District Governor, Powes Parkop": a title after where it is held, no name.
    const last = run.length - 1;
    // (Not "Scott Farmer": what comes before the title must be an organisation or a place.)
    const heldAt = classes.slice(0, last).some((kind) => kind === 'org' || kind === 'place' || kind === 'phead' || kind === 'desc');
    if (!role && !organisation && heldAt && classes[last] === 'role' && run[last].cap && classes[last - 1] !== 'role')
      return { kind: 'name', start, end, name: '', entity: 'person', role: run[last].text, org: slice(0, last) };
    let owner = -1;
    for (let k = from; k < run.length; k++) if (classes[k] === 'poss') from = (owner = k) + 1;
    // "Michael Hoffman's tree was knocked down": a person's name owning what follows it, in lower case, is that person.
    if (
      !role &&
      owner === last &&
      owner > 0 &&
      classes.slice(0, owner).every((kind) => kind === 'name') &&
      classifyWord({ ...run[last], text: run[last].text.slice(0, -2), lower: run[last].lower.slice(0, -2) }) === 'name'
    )
      return { kind: 'name', start, end: run[last].end - 2, name: slice(0, run.length).replace(/['’]s$/, ''), entity: 'person' };
    while (from < run.length - 1 && classes[from] === 'conn') from++;
    const rest = classes.slice(from);
    // "Wrexham Council's chief officer": a title of the owner's, no one's name (an apposition of the name before it).
    if (!role && owner >= 0 && rest.length && rest.includes('role') && rest.every((kind) => kind === 'role' || kind === 'desc'))
      return {
        kind: 'name',
        start,
        end,
        name: '',
        entity: 'org',
        role: capitalise(slice(from, run.length)),
        org: slice(0, owner + 1).replace(/['’]s$/, ''),
      };
    const entity: EntityKind =
      organisation || rest.includes('org') || text.slice(start, end).includes('&')
        ? 'org'
        : rest.length &&
            (rest.every((kind) => kind === 'place' || kind === 'conn' || kind === 'desc') ||
              // ("Mr Lake" is a man.)
              (rest.includes('phead') && rest.length > 1 && rest[0] !== 'hon'))
          ? 'place'
          : rest.length && rest.every((kind) => kind === 'outlet')
            ? 'outlet'
            : 'person';
    // "Protes menteri itu": a title in lower case after the capitalised words is no part of a name.
    let nameEnd = run.length;
    while (entity === 'person' && nameEnd > from + 1 && !run[nameEnd - 1].cap && classes[nameEnd - 1] === 'role') nameEnd--;
    const mention: Mention = { kind: 'name', start, end, name: slice(from, nameEnd), entity };
    const title = role ?? (nameEnd < run.length ? capitalise(slice(nameEnd, run.length)) : undefined);
    if (title) mention.role = title;
    return mention;
  }
  const name = run
    .slice(first)
    .map((token) => token.text)
    .join(' ');
  // Title: the role words and the descriptors next to them; organisation: what else precedes the name.
  const roleIndexes = new Set<number>();
  const roles = classes.flatMap((kind, k) => (k < first && kind === 'role' ? [k] : []));
  for (let k = roles[0]; roles.length && k <= roles[roles.length - 1]; k++) roleIndexes.add(k);
  // The descriptors on either side of the roles (walked once from each end: from every role was quadratic).
  if (roles.length) {
    for (let l = roles[roles.length - 1] + 1; l < first && (classes[l] === 'desc' || classes[l] === 'role'); l++) roleIndexes.add(l);
    for (let l = roles[0] - 1; l >= 0 && (classes[l] === 'desc' || classes[l] === 'role'); l--) roleIndexes.add(l);
  }
  const roleWords = run.filter((_, k) => roleIndexes.has(k)).map((token) => token.text);
  const orgWords = run
    .slice(0, first)
    .filter((_, k) => !roleIndexes.has(k) && classes[k] !== 'hon')
    .map((token) => token.text.replace(/['’]s$/, ''));
  while (orgWords.length && NAME_CONNECTORS.has(orgWords[0].toLowerCase())) orgWords.shift();
  const mention: Mention = { kind: 'name', start, end, name, entity: 'person' };
  if (roleWords.length) mention.role = capitalise(roleWords.join(' '));
  if (orgWords.length) mention.org = orgWords.join(' ');
  return mention;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Joins a title and a name set off by commas: "Juru bicara KPK, Fikri Ramadhan," and
 * "Budi Santoso, Kepala Dinas Kesehatan DKI Jakarta," become one mention of the person, with the
 * title; "the company, Velton Components," one mention of the organisation.
 */
const LOWER_WORDS = /^\s+\p{Ll}[\p{Ll}\s]*$/u;
const DESCRIPTION_TAIL = /^\s+\p{Ll}[\p{Ll}\s]*,\s*$/u;

/** One to four lower-case words, the last a title, then a comma: " community chairman, ". */
const LOWER_TITLE = /^\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}(\p{Ll}[\p{L}-]*))\s*,\s*$/u;
const IDENTIFIED_AS =
  /^,?\s+(?:(?:who\s+)?(?:only\s+)?(?:identified|known)(?:\s+(?:himself|herself|themselves))?(?:\s+only)?\s+as|named|called|who\s+(?:could|would|can|asked\s+to)\s+(?:only\s+)?be\s+(?:identified|named)(?:\s+only)?\s+as|who\s+(?:only\s+)?gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|(?:yang\s+)?(?:bernama|berinisial|(?:(?:kerap|biasa|akrab)\s+)?(?:disapa|dipanggil)))\s+$/;

/** "Kenya Police Spokesman" → the title "Spokesman" held at "Kenya Police"; nothing when the name ends in no title. */
function trailingTitle(name: string): { role: string; org: string } | undefined {
  const words = name.split(' ');
  let k = words.length;
  while (k > 1 && ROLE_WORDS.has(words[k - 1].toLowerCase())) k--;
  if (k === words.length) return undefined;
  return { role: words.slice(k).join(' '), org: words.slice(0, k).join(' ') };
}

/** One or two lower-case words between two names, the last what someone is: " tactician ", " area engineer ". */
const QUALIFIED_TITLE = /^ ((?:\p{Ll}+ )?(\p{Ll}[\p{Ll}-]*)) $/u;
/** Words before such a title that say which part of the team or place: "area engineer", "head coach". */
const TITLE_QUALIFIERS = new Set([
  'area',
  'head',
  'assistant',
  'team',
  'club',
  'county',
  'district',
  'city',
  'regional',
  'senior',
  'chief',
  'deputy',
  'party',
  'state',
  'site',
]);

/**
 * The title between an organisation's or a place's name and its holder's: " community chairman, " ("Kariakoo
 * businesspeople community chairman, Mr Martin Mbwana") or, in English, with no comma before a full name, " tactician "
 * ("Ulinzi tactician Benjamin Nyangweso", "Area engineer Pat Nally").
 */
function titleBetween(between: string, previous: Mention, holder: Mention, lang: Lexicon['lang']): string | undefined {
  const comma = LOWER_TITLE.exec(between);
  if (comma) return isPersonWord(comma[2]) ? comma[1] : undefined;
  if (lang !== 'en' || previous.org || !holder.name.includes(' ')) return undefined;
  const bare = QUALIFIED_TITLE.exec(between);
  if (!bare || !isPersonWord(bare[2])) return undefined;
  return !bare[1].includes(' ') || TITLE_QUALIFIERS.has(bare[1].split(' ')[0]) ? bare[1] : undefined;
}

function mergeAppositions(text: string, mentions: Mention[], lang: Lexicon['lang']): Mention[] {
  const merged: Mention[] = [];
  const endsWithPlace = new WeakSet<Mention>();
  const isName = (m: Mention) => m.kind === 'name' && m.entity === 'person' && m.name !== '' && !m.role && !m.org;
  const isTitle = (m: Mention) =>
    m.kind === 'indefinite' || (m.kind === 'name' && (m.name === '' || (m.entity !== 'person' && m.entity !== 'outlet')));
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    const between = previous ? text.slice(previous.end, mention.start) : '';
    // "seorang pedagang cabai, Ajo Naih": the description's last lower-case words, then a comma and the name; or, in
    // Indonesian, the name right after it ("salah seorang pembeli beras Ibu Suhai (35)").
    if (
      previous?.kind === 'indefinite' &&
      isName(mention) &&
      between.length <= 40 &&
      (DESCRIPTION_TAIL.test(between) || (lang === 'id' && /^\s+$/.test(between)))
    ) {
      const comma = between.lastIndexOf(',');
      const tail = text.slice(previous.start, comma >= 0 ? previous.end + comma : previous.end);
      merged[merged.length - 1] = { ...mention, start: previous.start, role: roleOf(tail, { ...previous, start: 0, end: tail.length }) };
      continue;
    }
    // "Salah satu pedagang pasar Kayuagung, Harun": a place inside the description is part of it.
    // "Salah satu pedagang di Pekapuran Raya, Banjarmasin Timur, Ahmad": and the wider place after a comma.
    // "Salah satu warga RT 2 RW 3 …": the neighbourhood's units are places too.
    if (
      previous?.kind === 'indefinite' &&
      mention.kind === 'name' &&
      (mention.entity === 'place' || (lang === 'id' && /^R[TW]$/.test(mention.name))) &&
      between.length <= 30 &&
      ((LOWER_WORDS.test(between) && !between.split(/\s+/).some((word) => LOCATIVES.has(word))) || // "a commuter at Euston station" is a commuter
        (lang === 'id' && /^\s+(?:\d{1,3}\s+)?$/.test(between)) || // "Salah satu warga Kampung Harapan Makmur", "… RW 3 Kelurahan …"
        (endsWithPlace.has(previous) && /^,\s*$/.test(between)))
    ) {
      merged[merged.length - 1] = { ...previous, end: mention.end };
      endsWithPlace.add(merged[merged.length - 1]);
      continue;
    }
    // "Salah satu warga Kampung Harapan Makmur, Kabupaten Merauke, Provinsi Papua, Haryanto": the widest place, read
    // with the name after it as its organisation, is the description's last place too.
    if (
      previous &&
      endsWithPlace.has(previous) &&
      mention.kind === 'name' &&
      mention.entity === 'person' &&
      mention.name &&
      !mention.role &&
      mention.org &&
      PLACE_HEADS.has(mention.org.split(/\s+/)[0].toLowerCase()) &&
      /^,\s*$/.test(between)
    ) {
      merged[merged.length - 1] = { ...mention, org: undefined, start: previous.start, role: roleOf(text, previous) };
      continue;
    }
    // "Wiji salah satu petani jagung asal Kecamatan Muncar, mengatakan": a name, then with no comma who the person is.
    if (
      previous &&
      isName(previous) &&
      mention.kind === 'indefinite' &&
      /^\s+$/.test(between) &&
      ONE_OF.test(text.slice(mention.start, mention.start + 6).toLowerCase())
    ) {
      merged[merged.length - 1] = { ...previous, end: mention.end, role: roleOf(text, mention) };
      continue;
    }
    // "Benhur Tomy Mano selaku Walikota Jayapura": a name, then "as" and the office it holds; "Aldian Riadi selaku
    // inisiator pedagang Aur Kuning": words in lower case may open the office.
    // (Not "penjambret di Kota Jayapura": a place read before the name is no office of theirs.)
    const office = /^\s+(?:selaku|sebagai)\s+((?:\p{Ll}+\s+){0,2})$/iu.exec(between);
    if (
      previous?.kind === 'name' &&
      previous.entity === 'person' &&
      previous.name &&
      !previous.role &&
      mention.kind === 'name' &&
      mention.role &&
      office
    ) {
      const role = office[1] ? capitalise(`${office[1]}${mention.role.toLowerCase()}`) : mention.role;
      merged[merged.length - 1] = { ...previous, end: mention.end, role, org: mention.name || mention.org };
      continue;
    }
    // "Richard Davies, Executive Councillor for Highways and Transport, said", "Aceng Sumarlin, Ketua Gapoktan Usaha Maju,
    // Kampung …": a name, then between commas the office it holds; the words after the title say where it is held.
    if (previous && isName(previous) && /^,\s*$/.test(between) && isApposedOffice(text, mention, lang)) {
      const span = text.slice(mention.start, mention.end);
      const role = mention.role!;
      const org = span
        .slice(span.toLowerCase().indexOf(role.toLowerCase()) + role.length)
        .replace(/^\s*(?:for|of)\s+/, '')
        .trim();
      merged[merged.length - 1] = { ...previous, end: mention.end, role, org };
      continue;
    }
    // "a woman identified only as Jessica", "a man named Joe": the name the description gives.
    if (previous?.kind === 'indefinite' && isName(mention) && IDENTIFIED_AS.test(between)) {
      merged[merged.length - 1] = { ...mention, start: previous.start, role: roleOf(text, previous) };
      continue;
    }
    // An organisation's or a place's name, a title in lower case, then its holder; or "the party spokesperson, Lucima Okello".
    const title =
      ((previous?.kind === 'name' && previous.name && !previous.role) || (previous?.kind === 'definite' && previous.entity === 'org')) &&
      isName(mention)
        ? titleBetween(between, previous, mention, lang)
        : undefined;
    if (title) {
      merged[merged.length - 1] =
        previous.kind === 'definite'
          ? { ...mention, start: previous.start, role: capitalise(`${previous.name} ${title}`) }
          : { ...mention, start: previous.start, role: capitalise(title), org: previous.name };
      continue;
    }
    // "Ketua RT 05, Suparman", "Ketua RT setempat, Suparman": a number or "local" may end the title.
    // "Another pupil, 12-year-old Esther Bulus,": an age between the description and the name.
    if (previous?.kind === 'indefinite' && isName(mention) && /^,\s+\d{1,3}-?\s?year-old\s+$/.test(between)) {
      merged[merged.length - 1] = { ...mention, start: previous.start, role: roleOf(text, previous) };
      continue;
    }
    // "Camat Katingan Kuala, Heriadi Utomo": a title, a regency's name and one more word of the place, then the holder.
    if (
      lang === 'id' &&
      previous?.kind === 'name' &&
      previous.entity === 'person' &&
      previous.role &&
      previous.org &&
      !previous.name.includes(' ') &&
      isPlaceName(previous.org) &&
      isName(mention) &&
      /^,\s*$/.test(between)
    ) {
      merged[merged.length - 1] = { ...mention, start: previous.start, role: previous.role, org: `${previous.org} ${previous.name}` };
      continue;
    }
    // "Kepala Desa bajo, Alkam Narda": the village's name typed in lower case after its head word.
    if (
      previous?.kind === 'name' &&
      previous.entity === 'person' &&
      previous.role &&
      !previous.org &&
      PLACE_HEADS.has(previous.name.toLowerCase()) &&
      isName(mention) &&
      /^\s+\p{Ll}+\s*,\s*$/u.test(between)
    ) {
      const place = text.slice(previous.end - previous.name.length, previous.end + between.lastIndexOf(','));
      merged[merged.length - 1] = { ...mention, start: previous.start, role: previous.role, org: place };
      continue;
    }
    // After a full name and a comma, one word that says where the person lives: "Oliver Sanga, Iyunga resident in Mbeya
    // city told …" (with a word for a person), "farmer Peter Sattler, Bridport, welcomed …" (alone, then a verb).
    if (
      lang === 'en' &&
      previous?.kind === 'name' &&
      previous.entity === 'person' &&
      previous.name.includes(' ') &&
      !previous.org &&
      mention.kind === 'name' &&
      mention.entity === 'person' &&
      mention.name &&
      !mention.name.includes(' ') &&
      !mention.org &&
      /^,\s*$/.test(between)
    ) {
      const resident =
        !previous.role &&
        mention.role &&
        /\s\p{Ll}+$/u.test(text.slice(mention.start, mention.end)) &&
        isPersonWord(mention.role.toLowerCase());
      if (resident || (!mention.role && /^,\s+\p{Ll}/u.test(text.slice(mention.end, mention.end + 4)))) {
        merged[merged.length - 1] = { ...previous, end: mention.end, ...(resident ? { role: mention.role } : {}), org: mention.name };
        continue;
      }
    }
    if (previous && /^\s*(?:\(\d{1,3}\)\s*|\d{1,3}\s*(?:tahun\s*)?|setempat\s*)?,\s*$/.test(between)) {
      // Not a group: "on behalf of the traders, Kariakoo businesspeople …".
      if (previous.kind === 'definite' && previous.entity === 'person' && isName(mention) && !isPluralPersonWord(previous.head)) {
        merged[merged.length - 1] = { ...mention, start: previous.start, role: roleOf(text, previous) };
        continue;
      }
      // "Mark Hill, the victim's fiancé,", "Sipho Dube, a security guard from Vosloorus,": the name, described.
      if (
        isName(previous) &&
        (mention.kind === 'definite' || mention.kind === 'indefinite') &&
        mention.entity === 'person' &&
        // "according to Randy Hutchinson, the city's mayor.": or the sentence ends with it.
        (/^\s*(?:,|[.;](?:\s|$)|$|\s(?:from|of|in|at|for|with)\s)/.test(text.slice(mention.end, mention.end + 8)) ||
          // "Ali al Jabri, another resident said, …": opening its sentence, the name is no object of a clause before.
          (mention.kind === 'indefinite' && (opensSentence(text, previous.start) || afterSpeaking(text, previous.start))))
      ) {
        merged[merged.length - 1] = { ...previous, end: mention.end, role: roleOf(text, { ...mention, name: '' }) };
        continue;
      }
      // "juru bicara Basarnas Jabar, Joshua Banjarnahor", "Acting Chief Agricultural Officer, Trevor Thompson": the title's
      // words after it name the organisation; after an English title in lower case, a name ("farmer Peter Sattler, Bridport,").
      if (
        (lang === 'id' || /^\p{Lu}/u.test(text.slice(previous.start, previous.start + 1))) &&
        previous.kind === 'name' &&
        previous.entity === 'person' &&
        previous.role &&
        !previous.org &&
        previous.name.split(' ').length <= 3 &&
        isName(mention) &&
        // (Not "According to Mayor Julie Boyd, Mackay is …": in English a full name follows such a title.)
        (lang === 'id' || mention.name.includes(' '))
      ) {
        merged[merged.length - 1] = { ...mention, start: previous.start, role: previous.role, org: previous.name };
        continue;
      }
      const held = previous.kind === 'definite' && isName(mention) ? titleOfDescribed(text, merged) : undefined;
      if (held) {
        merged.splice(merged.length - held.mentions, held.mentions, { ...mention, start: held.start, role: held.role, org: held.org });
        continue;
      }
      // Not "as mayor of the town council, Cllr Gabrielle McFadden said": a name with an honorific is a person's.
      if (
        previous.kind === 'definite' &&
        isName(mention) &&
        !HONORIFICS.has(
          text
            .slice(mention.start, mention.start + 12)
            .split(/[\s.]/, 1)[0]
            .toLowerCase(),
        )
      ) {
        merged[merged.length - 1] = { ...mention, start: previous.start, entity: 'org' };
        continue;
      }
      // "seorang ibu yang tinggal di seputaran jalan Tangki, Ros (47)", "a commercial motorcyclist in Jennipleta, Josiah
      // kerkulah": a description that ends where the person lives, then the name.
      const described = merged[merged.length - 2];
      const lives = described && text.slice(described.end, previous.start);
      if (
        described?.kind === 'indefinite' &&
        previous.kind === 'name' &&
        previous.entity === 'place' &&
        isName(mention) &&
        lives.length <= 40 &&
        LOWER_WORDS.test(lives) &&
        /\s(?:di|asal|dari|in|from|at)\s/.test(lives)
      ) {
        merged.splice(-2, 2, { ...mention, start: described.start, role: roleOf(text, described) });
        continue;
      }
      if (isTitle(previous) && isName(mention)) {
        // "Welsh Government Minister, Lee Waters": an organisation's name that ends in a title is where that title is held.
        const held = previous.kind === 'name' && !previous.role ? trailingTitle(previous.name) : undefined;
        const role = previous.kind === 'indefinite' ? roleOf(text, previous) : (held?.role ?? previous.role);
        const named = held?.org ?? (previous.name || previous.org);
        const org = previous.kind === 'name' && named ? named + (previous.acronym ? ` (${previous.acronym})` : '') : undefined;
        merged[merged.length - 1] = { ...mention, start: previous.start, ...(role ? { role } : {}), ...(org ? { org } : {}) };
        continue;
      }
      if (isName(previous) && mention.kind === 'name' && mention.role && mention.entity !== 'person') {
        const org = mention.org ?? mention.name;
        merged[merged.length - 1] = { ...previous, end: mention.end, role: mention.role, ...(org ? { org } : {}) };
        continue;
      }
    }
    merged.push(mention);
  }
  // "Kasi Kedaruratan pada Bidang Kedaruratan dan Logistik BPBD NTB, Agung Pramuja": a title, where it is held, the name.
  const joined: Mention[] = [];
  for (const mention of merged) {
    const title = joined[joined.length - 1];
    if (
      title?.kind === 'name' &&
      !title.name &&
      title.entity === 'person' &&
      title.role &&
      !title.org &&
      mention.kind === 'name' &&
      mention.entity === 'person' &&
      mention.name &&
      !mention.role &&
      /^\s+(?:pada|di)\s+$/.test(text.slice(title.end, mention.start))
    )
      joined[joined.length - 1] = { ...mention, start: title.start, role: title.role };
    // "The Head of the Press Unit at NEMA, Manzo Ezekiel,": the title held in a unit of the organisation before the name.
    else if (
      title?.kind === 'name' &&
      title.entity === 'org' &&
      title.role &&
      mention.kind === 'name' &&
      mention.entity === 'person' &&
      mention.org &&
      !mention.role &&
      /^\s+(?:at|of|in)\s+$/.test(text.slice(title.end, mention.start))
    )
      joined[joined.length - 1] = { ...mention, start: title.start, role: title.role, org: `${title.name}, ${mention.org}` };
    else joined.push(mention);
  }
  return joinUnitChains(text, joined).map((mention) =>
    (mention.kind === 'indefinite' || (mention.kind === 'definite' && mention.entity === 'person')) && !mention.name
      ? { ...mention, name: text.slice(mention.start, mention.end) }
      : mention,
  );
}

/** "the head of the school", a title, "of" and a described organisation, as one mention reads it. */
const TITLE_OF_DESCRIBED = /^the\s+(\p{Ll}+(?:\s\p{Ll}+)?)\s+of\s+(the\s+\p{Ll}+)$/iu;

/**
 * "Head teacher of the school, Jonas Kofi Ametepe", "the head of the school, Mary Jones": a title held at an organisation
 * described, not named, then a comma and its holder. The merged mentions it spans (the last one or two), the title and the
 * organisation; nothing when the last mention is no such organisation.
 */
function titleOfDescribed(text: string, merged: Mention[]): { mentions: number; start: number; role: string; org: string } | undefined {
  const described = merged[merged.length - 1];
  const title = merged[merged.length - 2];
  if (title?.kind === 'name' && !title.name && title.role && /^\s+of\s+$/.test(text.slice(title.end, described.start)))
    return { mentions: 2, start: title.start, role: title.role, org: text.slice(described.start, described.end) };
  const inside = TITLE_OF_DESCRIBED.exec(text.slice(described.start, described.end));
  if (!inside || !ROLE_WORDS.has(inside[1].split(' ').pop()!.toLowerCase())) return undefined;
  return { mentions: 1, start: described.start, role: capitalise(inside[1]), org: inside[2] };
}

/** Between the units of a chain: "RT 03 RW 04, Kelurahan Limbungan, …" (a unit's number, a comma). */
const UNIT_GAP = /^\s*(?:\d{1,3}\s*)?(?:,\s*)?$/;

/**
 * "Ketua RT 03 RW 04, Kelurahan Limbungan, Kecamatan Rumbai Pesisir, Rinkasman": a title, the units and places it is
 * held in, one after another, then its holder's name.
 */
function joinUnitChains(text: string, mentions: Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (const mention of mentions) {
    let first = joined.length;
    const isUnit = (m: Mention) => m.kind === 'name' && (m.entity === 'place' || m.entity === 'org') && !m.role;
    const gap = (k: number) => text.slice(joined[k].end, k + 1 < joined.length ? joined[k + 1].start : mention.start);
    while (first > 0 && joined.length - first < 4 && isUnit(joined[first - 1]) && UNIT_GAP.test(gap(first - 1))) first--;
    const title = joined[first - 1];
    if (
      first < joined.length &&
      title?.kind === 'name' &&
      title.entity === 'org' &&
      title.role &&
      UNIT_GAP.test(gap(first - 1)) &&
      mention.kind === 'name' &&
      mention.entity === 'person' &&
      mention.name &&
      !mention.role
    ) {
      const org = text
        .slice(title.start + title.role.length, text.lastIndexOf(mention.name, mention.end))
        .trim()
        .replace(/,$/, '');
      joined.splice(first - 1, Infinity, { ...mention, start: title.start, role: title.role, org });
    } else joined.push(mention);
  }
  return joined;
}

/** Does the sentence (or the paragraph) start at `at`? */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return at === 0 || before.includes('\n') || /[.!?"”’]\s+$/.test(before);
}

/** "Speaking to reporters Adv Bhuvneshwar Fatarpekar, a panch member said": after an opening "Speaking …" with no comma. */
function afterSpeaking(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 80), at);
  for (const opener of lead.matchAll(/(?:Speaking|Talking|Addressing)\s/g)) {
    const before = lead.slice(0, opener.index);
    const trimmed = before.trimEnd();
    const opens = !before || (trimmed.length < before.length && /[.!?"”’]$/.test(trimmed));
    if (opens && /^[^,.;:!?]{0,60}$/.test(lead.slice(opener.index + opener[0].length))) return true;
  }
  return false;
}

/** The role a description gives a name: "a trader" → "Trader"; "one of the protesters" stays whole. */
function roleOf(text: string, mention: Mention): string {
  const description = text.slice(mention.start, mention.end);
  return capitalise(
    /^one of\s/i.test(description) ? description : description.replace(/^(?:the|a|an|one|seorang|salah satu|salah seorang)\s+/i, ''),
  );
}

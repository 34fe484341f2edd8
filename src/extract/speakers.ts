/**
 * From mentions to speakers: one speaker per person or organisation, with the full name and the
 * title given at first mention. "Stoltenberg" resolves to "Jens Stoltenberg", "Kemlu" to
 * "Kementerian Luar Negeri", "the ministry" to the ministry named before, and "ia", "he" or "it"
 * to the person or organisation the story was last about.
 */
import {
  DEMONYMS,
  HONORIFICS,
  isPersonWord,
  isPluralPersonWord,
  NAME_CONNECTORS,
  OFFICES,
  ROLE_WORDS,
  SHORT_TITLES,
  type Lexicon,
  type Pronoun,
} from './lexicon.js';
import { isSayingWithNya, toldThenSaid, type Mention } from './mentions.js';
import { isTitleCaseHeading } from './quotes.js';
import { capitalise, tokenize } from './text.js';

/** A person or organisation of the article. */
export interface Entity {
  name: string;
  kind: 'person' | 'organization';
  role?: string;
  org?: string;
  acronym?: string;
  gender?: 'm' | 'f';
  /** The stand-in for quotations whose speaker could not be found. */
  unknown?: boolean;
  /** A person the article describes without naming ("a neighbor"), and the noun that describes them. */
  described?: boolean;
  head?: string;
}

/** A name mentioned somewhere in the article. */
export interface IndexedName {
  mention: Mention;
  para: number;
  /** The name's words, folded, and the entry's place in the index (filled in by Speakers). */
  words?: string[];
  order?: number;
}

/** A person's name as the article first gives it: its first word and words folded, and its place in the index. */
interface NamedPerson {
  first: string;
  name: string;
  words: string[];
  order: number;
}

const folded = new Map<string, string>();
const fold = (text: string) => {
  let result = folded.get(text);
  if (result === undefined) {
    if (folded.size > 5000) folded.clear();
    folded.set(text, (result = foldText(text)));
  }
  return result;
};
const foldText = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();

const wordsOf = (text: string) => fold(text).split(' ').filter(Boolean);
/** The words of a person's title and where it is held: "kepala dinas kesehatan kota pontianak". */
const titleWordsOf = (entity: Entity) => wordsOf(`${entity.role ?? ''} ${entity.org ?? ''}`);

/** Adds `value` to the list of `key`, starting one when there is none. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Does `inner` occur in `outer` as consecutive words? */
function containsWords(outer: string[], inner: string[]): boolean {
  if (!inner.length || inner.length > outer.length) return false;
  for (let at = 0; at + inner.length <= outer.length; at++) {
    if (inner.every((word, k) => outer[at + k] === word)) return true;
  }
  return false;
}

/** "members", "officials": a word for people in the plural. */

const SPOKESPERSON = /^spokes(?:man|woman|person)$/;

/** Indonesian words that make a description plural: "beberapa nelayan", "para pedagang". */
const PLURAL_MARKERS = /^(?:beberapa|para|sejumlah|banyak|puluhan|ratusan|ribuan)\s/i;

/** Heads of a definite description that can stand for any organisation. */
const GENERIC_HEADS = new Set([
  'company',
  'firm',
  'group',
  'organisation',
  'organization',
  'corporation',
  'airline',
  'business',
  'perusahaan',
  'lembaga',
  'manajemen',
]);

/** Heads naming a kind of organisation that a story's own organisation often is, by another name. */
const KIND_HEADS = new Set(['union', 'charity']);

/** Words that make a title another's than the one it names: "Assistant Fire Chief", "Wakil Bupati", "former mayor". */
const DEPUTY_WORDS = new Set(['assistant', 'deputy', 'vice', 'wakil', 'former', 'mantan']);

/** Words that make an Indonesian description someone not named before: "warga lainnya", "warga setempat". */
const SOMEONE_ELSE = new Set(['lain', 'lainnya', 'setempat', 'baru', 'muda']);

/** Words of address that are no name on their own: "Pak", "Bu", "Mas". */
const ADDRESS_WORDS = new Set(['pak', 'bu', 'bapak', 'ibu', 'mas', 'mbak', 'bang', 'kak']);

const FEMALE =
  /\b(?:spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|actress|queen|princess|mrs|ms|miss|madam|dame|lady|daughter|wife|mother|sister|widow|grandmother|aunt|niece)\b/i;
const MALE =
  /\b(?:spokesman|congressman|businessman|actor|king|prince|mr|sir|lord|son|husband|father|brother|widower|grandfather|uncle|nephew)\b/i;

/**
 * "Minister for Primary Industries and Water Jane Howlett" then "Ms Howlett said": an office whose name runs into its
 * holder's is split where the given name before the surname the story gives after an honorific begins. "Anggota
 * Kabupaten Katingan Yudea" after "Yudea salah satu anggota DPRD …": where an office is held, read as a place, ends with
 * a name the story gives alone to a person with a title. The mentions are changed in place, before any speaker is found.
 */
export function splitOfficeHolders(index: readonly IndexedName[], text: readonly string[]): void {
  const surnames = new Set<string>();
  const alone = new Set<string>();
  for (const { mention, para } of index) {
    if (mention.entity !== 'person' || /\s/.test(mention.name)) continue;
    if (/^(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+\S+$/.test(text[para].slice(mention.start, mention.end))) surnames.add(mention.name);
    else if (mention.role) alone.add(mention.name);
  }
  if (!surnames.size && !alone.size) return;
  for (const { mention } of index) {
    if (!mention.role) continue;
    const words = mention.name.split(/\s+/);
    const last = words[words.length - 1];
    if (mention.entity === 'place' && words.length >= 2 && alone.has(last)) {
      mention.entity = 'person';
      mention.name = last;
      mention.org = words.slice(0, -1).join(' ');
      continue;
    }
    // Read as an organisation, or as a person after an organisation cut short ("Roads and" + "Water Ann Hale").
    const cut = mention.entity === 'person' && /\s(?:and|of|for|&)$/.test(mention.org ?? '');
    const given = words[words.length - 2] ?? '';
    if ((mention.entity !== 'org' && !cut) || words.length < 3 || !surnames.has(last) || !/^\p{Lu}\p{Ll}+$/u.test(given)) continue;
    const office = words.slice(0, -2).join(' ');
    mention.entity = 'person';
    mention.name = words.slice(-2).join(' ');
    mention.org = cut ? `${mention.org} ${office}` : office;
  }
}

/** Words for a woman or a man: "the woman", "the man". */
const GENDERED = new Map<string, 'm' | 'f'>([
  ['woman', 'f'],
  ['lady', 'f'],
  ['girl', 'f'],
  ['man', 'm'],
  ['gentleman', 'm'],
  ['boy', 'm'],
]);

/** Every speaker found so far, and who the story is currently about. */
export class Speakers {
  readonly entities: Entity[] = [];
  /** Most recently mentioned last. */
  private recent: Entity[] = [];
  private unknownEntity?: Entity;

  constructor(
    private readonly index: readonly IndexedName[],
    private readonly acronyms: ReadonlyMap<string, string>,
    private readonly lex: Lexicon,
    private readonly text: readonly string[],
  ) {
    for (const [order, entry] of index.entries()) {
      entry.order = order;
      entry.words = wordsOf(entry.mention.name);
      for (const word of new Set(entry.words)) {
        pushTo(this.byWord, word, entry);
      }
      pushTo(this.byWords, entry.words.join(' '), entry);
    }
  }

  /** The index entries whose name holds a word. */
  private readonly byWord = new Map<string, IndexedName[]>();

  /** The index entries by their name's folded words. */
  private readonly byWords = new Map<string, IndexedName[]>();

  /** The index entries named by a run of `words` ("Stoltenberg", "Jens Stoltenberg" for "Jens Stoltenberg"), in order. */
  private namedByRunOf(words: string[]): IndexedName[] {
    const found = new Set<IndexedName>();
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 1; to <= words.length; to++) {
        for (const entry of this.byWords.get(words.slice(from, to).join(' ')) ?? []) found.add(entry);
      }
    }
    return [...found].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  }

  /** The speaker a mention stands for; `subject` is the subject of the same sentence, for pronouns. */
  resolve(mention: Mention, para: number, subject?: Mention): Entity | undefined {
    switch (mention.kind) {
      case 'name':
        if (!mention.name) return this.surnamed(mention) ?? this.fromTitle(mention, para) ?? this.titleHolder(mention);
        return this.office(mention, para) ?? this.fromName(mention, this.honorificGender(mention, para));
      case 'definite':
        return this.fromDefinite(mention, para);
      case 'indefinite':
        return (
          // "imbuh jaksa": a title alone, in the speaker's place, is the one the story gave it.
          (mention.head && ROLE_WORDS.has(mention.head) && fold(mention.name) === mention.head
            ? this.titled([mention.head], para)
            : undefined) ??
          this.ledeTitle(mention, para) ??
          this.titledDescription(mention.name, para) ??
          this.find(capitalise(mention.name), 'person') ??
          this.add({ name: capitalise(mention.name), kind: 'person', described: true, ...(mention.head ? { head: mention.head } : {}) })
        );
      case 'pronoun': {
        const pronoun = mention.pronoun ?? { refers: 'person' };
        if (subject && subject.kind !== 'pronoun' && subject.start < mention.start && this.fits(subject, pronoun)) {
          const entity = this.resolve(subject, para);
          if (entity && this.plausible(entity)) return this.learnGender(entity, pronoun);
        }
        const entity = this.salient(pronoun.refers, pronoun.gender);
        return entity && this.learnGender(entity, pronoun);
      }
    }
  }

  /** Marks an entity as the one the story is now about. */
  mention(entity: Entity): void {
    if (entity.unknown) return;
    const at = this.recent.lastIndexOf(entity);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.push(entity);
    if (this.recent.length > 64) this.recent.shift();
  }

  /** The entity last talked about that a pronoun can stand for. */
  salient(refers: Pronoun['refers'] = 'any', gender?: 'm' | 'f'): Entity | undefined {
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const entity = this.recent[k];
      if (refers === 'person' && entity.kind !== 'person') continue;
      // "they" stands for an organisation, or for people described in the plural ("Residents expressed …").
      if (refers === 'org' && entity.kind !== 'organization' && !(entity.described && isPluralPersonWord(entity.head))) continue;
      if (gender && entity.gender && entity.gender !== gender) continue;
      // "she" is no group described in the plural ("The members voted …").
      if (gender && entity.described && isPluralPersonWord(entity.head)) continue;
      // "ungkapnya", "kata dia" are no group ("beberapa teman nelayan", "para pedagang").
      if (refers === 'person' && entity.described && PLURAL_MARKERS.test(entity.name)) continue;
      if (!this.plausible(entity)) continue;
      return entity;
    }
    return undefined;
  }

  /** Words the article writes in lower case somewhere (folded): common words, not names. Built when first needed. */
  private lowerWords?: Set<string>;

  /**
   * Can a pronoun stand for this "person"? Not when the name is a capitalised common word of the article ("School",
   * the headline's "Masih Jadi Momok Mengerikan": most words also written in lower case), a lone honorific, title or
   * word of address ("Pak"), a code with digits ("U-19"), two letters ("Rp"), or one word the article capitalises only where a
   * sentence starts. A pronoun that finds no one else is left unknown: a wrong name is worse than none.
   */
  plausible(entity: Entity): boolean {
    // "A screenshot posted by the resident shows …" then "he wrote": an English description names a person by a word for one.
    if (entity.kind === 'person' && entity.described && this.lex.lang === 'en' && entity.head && /^[a-z-]+$/.test(entity.head))
      return isPersonWord(entity.head) || isPluralPersonWord(entity.head) || entity.head === 'year-old' || DEMONYMS.has(entity.head);
    if (entity.kind !== 'person' || entity.described || entity.unknown) return true;
    // Asked for each pronoun and each entity the story has named (up to 64): the text is read once per entity.
    let answer = this.plausibility.get(entity);
    if (answer === undefined) this.plausibility.set(entity, (answer = this.readsAsPerson(entity)));
    return answer;
  }

  private readonly plausibility = new Map<Entity, boolean>();

  private readsAsPerson(entity: Entity): boolean {
    const words = wordsOf(entity.name);
    if (!words.length || /\d/.test(entity.name)) return false;
    const quoted = () => this.paragraphsWith(entity.name).some((paragraph) => this.quotesName(paragraph, entity.name));
    if (
      words.length === 1 &&
      // ("MS" in Indonesian news is someone's initials.)
      ((HONORIFICS.has(words[0]) && !(this.lex.lang === 'id' && /^\p{Lu}+$/u.test(entity.name))) ||
        // "ujar Imam": a title's word is a name where the story quotes it so.
        (ROLE_WORDS.has(words[0]) && !quoted()) ||
        ADDRESS_WORDS.has(words[0]) ||
        // "23.35 WIita": capitals then small letters in one word, a code typed wrong; "AMBON-Memasuki": a dateline glued.
        /^\p{Lu}{2,}(?:\p{Ll}|-\p{Lu}\p{Ll})/u.test(entity.name) ||
        // "Ai" is a name where the story quotes it: "kata Ai", "Menurut Ai".
        (words[0].length <= 2 && !/^\p{Lu}+$/u.test(entity.name) && !quoted()))
    )
      return false;
    if (!this.lowerWords) {
      this.lowerWords = new Set();
      for (const paragraph of this.text) {
        let previous = '';
        let before = '';
        for (const match of paragraph.matchAll(/(?<![\p{L}\p{N}'’-])\p{L}+/gu)) {
          const word = match[0];
          // "pungkas risky": a name typed in lower case where the speaker's name goes is still a name.
          // So is "Menurut soleh", "Menurutnya akbar", "Senada dengan selamet".
          if (
            /^\p{Ll}/u.test(word) &&
            !this.lex.inverted.has(previous) &&
            !this.lex.preps.includes(previous) &&
            !isSayingWithNya(previous, this.lex) &&
            !(before === 'senada' && previous === 'dengan')
          )
            this.lowerWords.add(fold(word));
          before = previous;
          previous = word.toLowerCase();
        }
      }
    }
    const lower = this.lowerWords;
    const common = words.filter((word) => lower.has(word) || NAME_CONNECTORS.has(word)).length;
    if (common * 2 > words.length || (words.length >= 3 && common * 2 >= words.length)) return false;
    return (
      words.length > 1 ||
      this.paragraphsWith(entity.name).some(
        // "Warga Gebangsari Terjebak Genangan": a headline in Title Case capitalises every word.
        (paragraph) =>
          (capitalisedMidSentence(paragraph, entity.name) && !isTitleCaseHeading(paragraph)) ||
          introducedAsPerson(paragraph, entity.name, this.lex),
      )
    );
  }

  /** The paragraphs that may write `name` as a word of its own: those holding its first run of letters as a word. */
  private paragraphsWith(name: string): string[] {
    if (!this.paragraphsByWord) {
      this.paragraphsByWord = new Map();
      for (const paragraph of this.text) {
        for (const word of new Set(paragraph.match(/[\p{L}\p{N}]+/gu))) pushTo(this.paragraphsByWord, word, paragraph);
      }
    }
    const first = /[\p{L}\p{N}]+/u.exec(name)?.[0];
    return first ? (this.paragraphsByWord.get(first) ?? []) : [...this.text];
  }

  /** The paragraphs by the words they hold, as written, to find a name without reading every paragraph again. */
  private paragraphsByWord?: Map<string, string[]>;

  /** Does `paragraph` write `name` right after a verb of saying or "menurut"/"according to": "kata Ai"? */
  private quotesName(paragraph: string, name: string): boolean {
    for (let at = paragraph.indexOf(name); at >= 0; at = paragraph.indexOf(name, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(paragraph[at + name.length] ?? '')) continue;
      const lead = paragraph.slice(Math.max(0, at - 24), at);
      if (!/\s$/.test(lead)) continue;
      const before = lead.trimEnd().split(/\s+/).pop()?.toLowerCase() ?? '';
      if (this.lex.inverted.has(before) || this.lex.preps.some((prep) => prep.split(' ').pop() === before)) return true;
      // "penambang berinisial Ed": the story says it is a name; so does "petani lain, Am." (a description, then it).
      if (/^(?:bernama|berinisial|named)$/.test(before)) return true;
      if (/\p{Ll}{3}, $/u.test(lead) && /^[.,]/.test(paragraph[at + name.length] ?? '')) return true;
    }
    return false;
  }

  /** How many names of the article share the last word of the entity's name: how often the story names it. */
  timesNamed(entity: Entity): number {
    const words = wordsOf(entity.name);
    return words.length ? (this.byWord.get(words[words.length - 1])?.length ?? 0) : 0;
  }

  /** The stand-in speaker for quotations nobody could be found for. */
  unknown(): Entity {
    return (this.unknownEntity ??= { name: this.lex.unknown, kind: 'person', unknown: true });
  }

  private fits(subject: Mention, pronoun: Pronoun): boolean {
    if (pronoun.refers === 'person') return subject.entity === 'person' && subject.kind !== 'definite';
    if (pronoun.refers === 'org') return subject.entity === 'org' || subject.kind === 'definite';
    return true;
  }

  private learnGender(entity: Entity, pronoun: Pronoun): Entity {
    if (pronoun.gender && !entity.gender && entity.kind === 'person') entity.gender = pronoun.gender;
    return entity;
  }

  /** People by each word of their name. */
  private readonly people = new Map<string, Entity[]>();

  private add(entity: Entity): Entity {
    this.entities.push(entity);
    if (entity.kind === 'person') {
      for (const word of wordsOf(entity.name)) {
        pushTo(this.people, word, entity);
      }
    }
    return entity;
  }

  private find(name: string, kind: Entity['kind']): Entity | undefined {
    const key = fold(name);
    return this.entities.find((entity) => entity.kind === kind && fold(entity.name) === key);
  }

  private readonly byName = new Map<string, Entity | undefined>();

  /** A name as written ("Stoltenberg", "Kemlu", "the Kremlin") → its entity, with the full name. */
  private fromName(mention: Mention, gender?: 'm' | 'f'): Entity | undefined {
    const key = `${mention.entity}|${mention.acronym ?? ''}|${gender ?? ''}|${mention.name}`;
    if (!this.byName.has(key)) this.byName.set(key, this.lookUp(mention, gender));
    return this.byName.get(key);
  }

  /**
   * "Fathurrahman mengatakan …" then "kata Fathur": an Indonesian short name cut from the start of the one person's first
   * name that begins so.
   */
  private shortenedFrom(word: string): string | undefined {
    if (this.lex.lang !== 'id' || word.length < 4) return undefined;
    const names = new Set<string>();
    for (const { first, name } of this.peopleWhoseFirstWord(word)) {
      if (first.length >= word.length + 2) names.add(name);
      // Ten namesakes are as ambiguous as two: enough to stop on a page of made-up names.
      if (names.size > 10) return undefined;
    }
    const [only, ...others] = [...names].filter(
      (name) => ![...names].some((other) => other !== name && containsWords(wordsOf(other), wordsOf(name))),
    );
    return only && !others.length ? only : undefined;
  }

  /** A full name of two words or more spelled by a nickname's starts: "Jokowi" (Joko Widodo), "SBY"; the first named. */
  private spelledBy(nickname: string): string | undefined {
    if (nickname.length < 3) return undefined;
    let read = 0;
    let first: { name: string; order: number } | undefined;
    for (const { name, words, order } of this.peopleWhoseFirstWord(nickname[0])) {
      // A hundred names on one initial are no news story but a page of made-up names: not read once per speaker.
      if (++read > 100) return undefined;
      if (words.length >= 2 && order < (first?.order ?? Infinity) && spellsEvery(nickname, words)) first = { name, order };
    }
    return first?.name;
  }

  /** The names of people the article gives whose first word begins with `prefix`, each once (first use), found without a scan. */
  private *peopleWhoseFirstWord(prefix: string): Generator<NamedPerson> {
    if (!this.firstWords) {
      const byName = new Map<string, NamedPerson>();
      for (const { mention, words = [], order = 0 } of this.index) {
        if (mention.kind !== 'name' || mention.entity !== 'person' || !mention.name || byName.has(mention.name)) continue;
        byName.set(mention.name, { first: words[0] ?? '', name: mention.name, words, order });
      }
      this.firstWords = [...byName.values()].sort((one, other) => (one.first < other.first ? -1 : one.first > other.first ? 1 : 0));
    }
    const firsts = this.firstWords;
    let low = 0;
    for (let high = firsts.length; low < high;) {
      const middle = (low + high) >> 1;
      if (firsts[middle].first < prefix) low = middle + 1;
      else high = middle;
    }
    for (let k = low; k < firsts.length && firsts[k].first.startsWith(prefix); k++) yield firsts[k];
  }

  /** The names of people the article gives, each once, sorted by first word. */
  private firstWords?: NamedPerson[];

  /** The gender an honorific right before a person's name gives: "Mr Lawrence", "Bu Ani". */
  private honorificGender(mention: Mention, para: number): 'm' | 'f' | undefined {
    if (mention.entity !== 'person' || /\s/.test(mention.name)) return undefined;
    const text = this.text[para] ?? '';
    const lead = text.slice(Math.max(0, mention.start - 8), mention.start) + ' ' + text.slice(mention.start, mention.end);
    const match = /\b(mrs|ms|miss|mr|bu|ibu|pak|bapak)\.?\s+\S+$/i.exec(lead);
    if (!match) return undefined;
    return /^(?:mrs|ms|miss|bu|ibu)$/i.test(match[1]) ? 'f' : 'm';
  }

  /**
   * "Mr Lawrence" in a story about Doreen and Stephen Lawrence, "Dan said" in one about Dan Evans and Dan Brady:
   * which one is not ours to guess.
   */
  private ambiguous(word: string): boolean {
    let answer = this.ambiguity.get(word);
    if (answer === undefined) this.ambiguity.set(word, (answer = this.namesTwo(word)));
    return answer;
  }

  /** Answered once per word: a story naming one person ten thousand times asked it once per name for every name read. */
  private readonly ambiguity = new Map<string, boolean>();

  private namesTwo(word: string): boolean {
    const bySurname = new Set<string>();
    const byFirstName = new Set<string>();
    for (const { mention: other, words: otherWords = [] } of this.byWord.get(word) ?? []) {
      if (other.kind !== 'name' || other.entity !== 'person' || otherWords.length < 2) continue;
      // "Olson" is no surname of "Jan Coffey-Olson": a double-barrelled one is used whole.
      if (otherWords[otherWords.length - 1] === word) {
        if (!/-[^\s-]+$/.test(other.name)) bySurname.add(otherWords.join(' '));
      }
      // "Kamaruddin dan Uya Kuya" is two people, not a second Kamaruddin; so is "Dedy-Ronny", a mayor and his deputy.
      else if (
        otherWords[0] === word &&
        !/^[^\s-]+-[^\s-]+$/.test(other.name) &&
        !otherWords.slice(1).some((other) => NAME_CONNECTORS.has(other))
      )
        byFirstName.add(otherWords.join(' '));
    }
    // "Jongky Fonataba" is "Jongky R. Fonataba" with the initial left out.
    const within = (name: string, other: string) => {
      const words = name.split(' ');
      let found = 0;
      for (const word of other.split(' ')) if (word === words[found]) found++;
      return found === words.length;
    };
    const distinct = (names: string[]) => names.filter((name) => !names.some((other) => other !== name && within(name, other))).length > 1;
    return distinct([...bySurname]) || distinct([...byFirstName]);
  }

  private lookUp(mention: Mention, gender?: 'm' | 'f'): Entity | undefined {
    const written = mention.name.replace(/^the\s+/i, '');
    const expanded = this.acronyms.get(written);
    if (
      expanded ||
      mention.acronym ||
      mention.entity === 'org' ||
      (mention.entity === 'person' && !mention.role && this.namesOffice(written))
    ) {
      const name = expanded ?? written;
      const acronym = expanded ? written : mention.acronym;
      const existing = this.entities.find(
        (entity) =>
          entity.kind === 'organization' &&
          (fold(entity.name) === fold(name) || (acronym && entity.acronym === acronym) || entity.acronym === written),
      );
      if (existing) return existing;
      const entity: Entity = { name, kind: 'organization' };
      if (acronym) entity.acronym = acronym;
      if (mention.role) entity.role = mention.role;
      return this.add(entity);
    }
    const words = wordsOf(written);
    if (words.length === 1 && this.ambiguous(words[0])) {
      // "Ms Royles" after "His daughter Tina Royles" in a story about Keith Royles: the one of that gender the story has
      // already quoted, when there is one alone; else the one alone not known to be of the other.
      const namesakes = this.entities.filter((entity) => entity.kind === 'person' && wordsOf(entity.name).at(-1) === words[0]);
      const same = gender ? namesakes.filter((entity) => entity.gender === gender) : [];
      const maybe = gender ? namesakes.filter((entity) => entity.gender !== (gender === 'f' ? 'm' : 'f')) : [];
      return same.length === 1 ? same[0] : same.length === 0 && maybe.length === 1 ? maybe[0] : undefined;
    }
    const fits = (entity: Entity) => !gender || !entity.gender || entity.gender === gender;
    const known = this.people.get(words[0])?.find((entity) => containsWords(wordsOf(entity.name), words));
    if (known && fits(known)) return known;
    // "Mr Lawrence" in a story about Doreen Lawrence: another Lawrence, named as the story names him.
    if (known) return this.add({ name: written, kind: 'person', gender });
    const candidates = this.byWord.get(words[0]) ?? [];
    // The fullest form of the name in the article: "Stoltenberg" → "Jens Stoltenberg".
    let best = written;
    let bestWords = words;
    let bestCapitalised = /^\p{Lu}/u.test(written);
    let organisation = false;
    for (const { mention: other, words: otherWords = [] } of candidates) {
      if (other.kind !== 'name' || !other.name) continue;
      if (!containsWords(otherWords, words)) continue;
      if (other.entity === 'org') {
        if (otherWords.length === words.length) organisation = true;
        continue;
      }
      if (other.entity !== 'person') continue;

      // Only a longer form, or a capitalised one of the same length, can do better: a name written a thousand times is read once.
      if (otherWords.length < bestWords.length || (otherWords.length === bestWords.length && bestCapitalised)) continue;
      const capitalised = other.name.split(/\s+/).every((word) => /^\p{Lu}/u.test(word) || NAME_CONNECTORS.has(word));
      if (otherWords.length > bestWords.length || capitalised) {
        best = other.name;
        bestWords = otherWords;
        bestCapitalised = capitalised;
      }
    }
    if (bestWords.length === 1 && words.length === 1) {
      const longer = this.spelledBy(words[0]) ?? this.shortenedFrom(words[0]);
      if (longer) {
        best = longer;
        bestWords = wordsOf(best);
        bestCapitalised = true;
        const known = this.people.get(bestWords[0])?.find((entity) => fold(entity.name) === fold(best));
        if (known) return known;
      }
    }
    if (!bestCapitalised) best = best.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
    const entity: Entity = { name: best, kind: organisation ? 'organization' : 'person' };
    // The title given at the first mention of any form of the name.
    const related = this.namedByRunOf(bestWords);
    for (const { mention: other } of related) {
      if (other.kind !== 'name' || !other.name || !(other.role || other.org)) continue;
      if (other.role) entity.role = other.role;
      if (other.org) entity.org = other.org;
      break;
    }
    if (entity.kind === 'person') {
      // The words around each mention, tested one by one (a word never runs from one into the next): female as soon as
      // one is, else male when one was.
      let male = MALE.test(entity.role ?? '');
      if (FEMALE.test(entity.role ?? '')) entity.gender = 'f';
      for (const { mention: other, words: otherWords = [], para } of entity.gender ? [] : related) {
        if (other.kind !== 'name') continue;
        // "Mr Royles" and "Ms Royles" in a story about Keith and Tina Royles tell neither's gender.
        if (otherWords.length === 1 && bestWords.length > 1 && this.ambiguous(otherWords[0])) continue;
        // "Lee Waters MS": a Member of the Senedd, not "Ms".
        const title = this.text[para].slice(Math.max(0, other.start - 24), other.end).replace(/\bMS\b/g, '');
        if (FEMALE.test(title)) {
          entity.gender = 'f';
          break;
        }
        male ||= MALE.test(title);
      }
      if (!entity.gender && male) entity.gender = 'm';
    }
    return this.add(entity);
  }

  /**
   * "the neighbor" → the one introduced as "a neighbor"; "the minister" → the minister named
   * before; else the description itself ("The officer"), never a name found inside it.
   */
  private fromDescription(mention: Mention, para: number): Entity {
    const head = mention.head ?? '';
    // "the Ulinzi boss": one whose title names Ulinzi, never Ulinzi itself.
    if (mention.org) {
      const whose = wordsOf(mention.org);
      const holds = (entity: Entity) => whose.every((word) => titleWordsOf(entity).includes(word));
      for (let k = this.recent.length - 1; k >= 0; k--) {
        const entity = this.recent[k];
        if (entity.kind === 'person' && !entity.described && holds(entity)) return entity;
      }
      // "the party spokesperson, Lucima Okello" then "The UPC spokesperson": the one the story gave the title alone, at an
      // organisation it named only by its kind.
      const byKind = this.titled([fold(head)], para);
      if (byKind && !byKind.org && wordsOf(byKind.role ?? '').some((word) => this.lex.definiteHeads.has(word))) return byKind;
      // "Ulinzi tactician Benjamin Nyangweso" read as two people: whose title it is cannot be told, and no one is better than a guess.
      if (this.index.some(({ mention: other }) => other.kind === 'name' && fold(other.name) === fold(mention.org!))) return this.unknown();
      // "Cllr Glynn said …" then "The Fianna Fáil councillor said …": a party no one was named at describes the one the
      // story is talking of, when no other title of theirs is known.
      const current = this.recent[this.recent.length - 1];
      if (
        this.lex.lang === 'en' &&
        current?.kind === 'person' &&
        !current.described &&
        !current.unknown &&
        (!current.role || wordsOf(current.role).includes(fold(head))) &&
        this.plausible(current)
      )
        return current;
      return this.describedPerson(mention, head);
    }
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const entity = this.recent[k];
      // "kata petani … ini" after "Sejumlah petani …" and Fatimah: one farmer, not the group.
      if (entity.kind === 'person' && entity.head === head && !PLURAL_MARKERS.test(entity.name)) return entity;
    }
    const holders = this.recent.filter(
      (entity) => entity.kind === 'person' && !entity.described && entity.role && wordsOf(entity.role).includes(fold(head)),
    );
    const chiefs = holders.filter((entity) => !wordsOf(entity.role!).some((word) => DEPUTY_WORDS.has(word)));
    const holder = chiefs.pop() ?? holders.pop();
    if (holder) return holder;
    // "Kevin Dunn was jailed by Judge Alan Moore." then "the judge said": the one the story gave that title, even
    // when it was not the subject of its sentence; only when one person alone has the title so far.
    // "the mayor of Cedar Rapids promised" before "Mayor Ron Corbett said": the one the whole story gives the title.
    if (this.lex.lang === 'en' && head) {
      const entity = this.titled([fold(head)], para) ?? (ROLE_WORDS.has(head) ? this.titled([fold(head)], Infinity) : undefined);
      if (entity) return entity;
    }
    // "Malky Mackay has praised his players …" then "The caretaker manager took charge …": a title right after an opening
    // that named one person alone, with no title, is that person's.
    if (this.lex.lang === 'en' && para <= 2 && ROLE_WORDS.has(head)) {
      const lede = this.ledePerson(para);
      if (lede) return lede;
    }
    // "Hundeyin said …" then "The spokesman said …": a spokesman no one was introduced as speaks for the person the
    // story is quoting, when that person's title is not known to be another.
    if (this.lex.lang === 'en' && SPOKESPERSON.test(head)) {
      const current = this.salient('person');
      // "Public Relations Officer", "Police Public Relations Officer": a spokesperson's title by another name.
      if (current && !current.described && (!current.role || /\bpublic relations\b|\bPRO\b/i.test(current.role))) return current;
    }
    // "Nursing Service Manager, Honore Maurice highlighted …" then "…," the official said.": the one the story is about,
    // when it is the last thing it talked of (no one was introduced as "an official").
    if (this.lex.lang === 'en' && head === 'official') {
      const current = this.recent[this.recent.length - 1];
      if (current?.kind === 'person' && !current.described && !current.unknown && this.plausible(current)) return current;
    }
    // "Desire Primo, 64, who lived in the house, said …" then "…," the pensioner said.": a word for a person, no title,
    // that no one was introduced as, stands for the one the story is about when that one is the last thing it talked of.
    if (this.lex.lang === 'en' && !ROLE_WORDS.has(head) && isPersonWord(head) && !isPluralPersonWord(head)) {
      const current = this.recent[this.recent.length - 1];
      if (current?.kind === 'person' && !current.described && !current.role && !current.unknown && this.plausible(current)) return current;
    }
    // "Claudia Clayton, a resident of Trench Town, said …", "The residents say …", then "…," the woman lamented.": a word
    // for a man or a woman stands for the last person talked of (not a group), of that gender if it is known.
    const gender = GENDERED.get(head);
    if (this.lex.lang === 'en' && gender) {
      for (let k = this.recent.length - 1; k >= 0; k--) {
        const entity = this.recent[k];
        if (entity.kind !== 'person' || (entity.described && isPluralPersonWord(entity.head))) continue;
        if (!entity.described && !entity.unknown && entity.gender !== (gender === 'f' ? 'm' : 'f') && this.plausible(entity)) return entity;
        break;
      }
    }
    // "kata mantan Wakapolres Badung ini" after "Kapolresta … Jansen Avitus Panjaitan mengatakan": a title points back to
    // the last one the story gave a title, not to a suspect named since.
    if (this.lex.lang === 'id' && ROLE_WORDS.has(head) && OFFICES.has(head)) {
      for (let k = this.recent.length - 1; k >= 0; k--) {
        const entity = this.recent[k];
        if (entity.kind === 'person' && !entity.described && entity.role && this.plausible(entity)) return entity;
      }
    }
    // "jenderal bintang dua itu": the demonstrative points back to the one the story is about.
    // "the 56-year-old", "the Dutchman" too: an age or a nationality alone describes no one new.
    if (this.lex.lang === 'id' || head === 'year-old' || DEMONYMS.has(head))
      return this.salient('person') ?? this.add({ name: capitalise(mention.name), kind: 'person', described: true, head });
    return this.describedPerson(mention, head);
  }

  /** The one person the paragraphs before `para` name, when they name one alone and give no title. */
  private ledePerson(para: number): Entity | undefined {
    let only: Mention | undefined;
    for (const { mention, para: at } of this.index) {
      if (at >= para) break;
      if (mention.kind !== 'name' || mention.entity !== 'person' || !mention.name) continue;
      // "Mackay" in the headline and "Malky Mackay" in the lede are one person: the fuller name stands.
      if (only && !containsWords(wordsOf(only.name), wordsOf(mention.name))) {
        if (!containsWords(wordsOf(mention.name), wordsOf(only.name))) return undefined;
        only = mention;
      }
      only ??= mention;
    }
    if (!only || only.role || only.org) return undefined;
    const entity = this.fromName(only);
    return entity && !entity.role && this.plausible(entity) ? entity : undefined;
  }

  /** The person a description stands for when no one named is: "the Ulinzi coach", once for the whole story. */
  private describedPerson(mention: Mention, head: string): Entity {
    const name = capitalise(mention.name);
    return this.find(name, 'person') ?? this.add({ name, kind: 'person', described: true, head });
  }

  /**
   * "Ketua KPU Papua Tengah, dalam sambutannya, menegaskan …", "ujar Kapolresta Palu": a title and where it is held, with
   * no name, is the holder of the office: the one the story names with that title there, or for an organisation's
   * title the office itself (Indonesian).
   */
  private office(mention: Mention, para: number): Entity | undefined {
    if (this.lex.lang !== 'id' || !mention.role) return undefined;
    const title = wordsOf(mention.role);
    if (!title.length || !title.every((word) => ROLE_WORDS.has(word)) || !OFFICES.has(title[0])) return undefined;
    // "pungkas Kasi Intel" after "Kasi Intel Kejari Denpasar I Putu Eka Suyantha": the organisation, or the start of it.
    for (const { mention: other, para: at } of this.titledAt(wordsOf(mention.name))) {
      if (at <= para && title.every((word) => wordsOf(other.role!).includes(word))) return this.fromName(other);
    }
    // "tegas Kapolda Sulsel" after "Kapolda Sulawesi Selatan Irjen Pol Yudhiawan Wibisono": the place spelled short.
    const holder = this.holderAtSpelled(title, wordsOf(mention.name).join(''));
    if (holder) return holder;
    // "ujar Kapolresta Palu" with no Kapolresta of Palu named: a place read as a name, left to the other rules, unless
    // the story writes it as a place too ("ujar Kapolres Polman" in a story of a protest "di Polman").
    if (mention.entity !== 'org' && !this.namesPlace(mention.name)) return undefined;
    const name = `${capitalise(mention.role)} ${mention.name}`;
    return this.find(name, 'person') ?? this.add({ name, kind: 'person', described: true, role: mention.role, org: mention.name });
  }

  private readonly spelledHolders = new Map<string, Entity | undefined>();

  /** The one person the story gives `title` at a place or organisation that `short` spells ("Sulsel"), once per pair. */
  private holderAtSpelled(title: string[], short: string): Entity | undefined {
    if (short.length < 4) return undefined;
    const key = `${title.join(' ')}|${short}`;
    if (!this.spelledHolders.has(key))
      this.spelledHolders.set(
        key,
        this.titled(title, Infinity, (org) => org !== undefined && spells(short, wordsOf(org))),
      );
    return this.spelledHolders.get(key);
  }

  /** Does the story name a place so ("di Polman")? */
  private namesPlace(name: string): boolean {
    if (!this.placeNames) {
      this.placeNames = new Set();
      for (const { mention, words } of this.index)
        if (mention.kind === 'name' && mention.entity === 'place') this.placeNames.add(words!.join(' '));
    }
    return this.placeNames.has(wordsOf(name).join(' '));
  }

  /** The folded words of every place the story names: built when first needed. */
  private placeNames?: Set<string>;

  /** People named with a title and an organisation, by the organisation (folded): built when first needed. */
  private byOrg?: Map<string, IndexedName[]>;

  /** People named with a title at an organisation whose name starts with `words`: "Persib" for "Persib Bandung". */
  private *titledAt(words: string[]): Generator<IndexedName> {
    if (!words.length) return;
    for (const [org, entries] of this.titledByOrg()) {
      const orgWords = wordsOf(org);
      if (words.every((word, k) => orgWords[k] === word)) yield* entries;
    }
  }

  private titledByOrg(): Map<string, IndexedName[]> {
    if (!this.byOrg) {
      this.byOrg = new Map();
      for (const entry of this.index) {
        const { mention: other } = entry;
        if (other.kind !== 'name' || other.entity !== 'person' || !other.name || !other.role || !other.org) continue;
        pushTo(this.byOrg, fold(other.org), entry);
      }
    }
    return this.byOrg;
  }

  /**
   * "Pelatih Persib Bandung, Bojan Hodak": a name the story gives as where someone holds an office names an
   * organisation everywhere ("Gol tunggal Persib Bandung …"); not a person some title serves ("kuasa hukum Darmawan").
   */
  private namesOffice(name: string): boolean {
    // By the start of the organisation's name: "Persib" for "Persib Bandung", not "Budi" for "Yayasan Budi Luhur".
    for (const { mention: other } of this.titledAt(wordsOf(name))) if (OFFICES.has(wordsOf(other.role!)[0] ?? '')) return true;
    return false;
  }

  /**
   * "A judge has praised a garda …" then "Judge Patrick McCartan made the comments …": the opening of an English story
   * says what someone with a title did before it names them; the one person the whole story gives that title. So does
   * "a Welsh Government Minister admits …" before "Welsh Government Minister, Lee Waters MS admitted …".
   */
  private ledeTitle(mention: Mention, para: number): Entity | undefined {
    const words = wordsOf(mention.name);
    const head = words[words.length - 1];
    if (this.lex.lang !== 'en' || para > 2 || words.length < 2 || words.length > 5 || !/^an?$/.test(words[0]) || !ROLE_WORDS.has(head))
      return undefined;
    return this.titled([head], Infinity);
  }

  /**
   * "ucap pemain pinjaman asal Persib Bandung": an Indonesian description opening with a title, with no word for someone
   * new ("seorang", "lainnya", "setempat"), is the one person the story gave that title.
   */
  private titledDescription(description: string, para: number): Entity | undefined {
    if (this.lex.lang !== 'id') return undefined;
    const words = wordsOf(description);
    if (words.length < 2 || !ROLE_WORDS.has(words[0]) || words.some((word) => SOMEONE_ELSE.has(word))) return undefined;
    return this.titled([words[0]], para);
  }

  /**
   * "kata Kapolda", "the Menkes": a title alone → the person last named with that title; "the Kremlin spokesman" → the
   * one named with it at the Kremlin, or with no organisation given.
   */
  private fromTitle(mention: Mention, para: number): Entity | undefined {
    const title = wordsOf(mention.role ?? '');
    if (!title.length) return undefined;
    const orgWords = mention.entity === 'person' && mention.org ? wordsOf(mention.org) : [];
    // "NCD Governor" for "National Capital District Governor, Powes Parkop": an acronym of the organisation too.
    const initials = (org: string) => (org.match(/\b\p{Lu}/gu) ?? []).join('').toLowerCase();
    const sameOrg = (org?: string) =>
      !org || !orgWords.length || orgWords.some((word) => wordsOf(org).includes(word) || (word.length >= 2 && word === initials(org)));
    // "Kadinkes menuturkan" after "Kepala Dinas Kesehatan Kota Pontianak, Saptiko": the short title's words, in the
    // title and where it is held.
    const spelled = title.length === 1 ? SHORT_TITLES.get(title[0])?.split(' ') : undefined;
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const entity = this.recent[k];
      if (entity.kind !== 'person' || !entity.role) continue;
      if (spelled && spelled.every((word) => titleWordsOf(entity).includes(word))) return entity;
      if (!title.every((word) => wordsOf(entity.role!).includes(word))) continue;
      if (sameOrg(entity.org)) return entity;
    }
    // "jaksa Kejati Jabar, Suharja menilai …" then "imbuh jaksa": the one the story gave the title, quoted or not.
    return this.titled(title, para, sameOrg);
  }

  /** "the Kremlin spokesman" whom the story never names: the one described so. */
  /** "Lawyer said" in a story about Lance Lawyer: a title alone that is the surname of the one person named so. */
  private surnamed(mention: Mention): Entity | undefined {
    const title = wordsOf(mention.role ?? '');
    if (title.length !== 1) return undefined;
    const names = new Map<string, IndexedName>();
    // "ujar Imam" after "Imam, salah satu petani": the name itself, when no fuller name ends with it.
    let alone: IndexedName | undefined;
    for (const entry of this.byWord.get(title[0]) ?? []) {
      const { mention: other, words = [] } = entry;
      if (other.kind !== 'name' || other.entity !== 'person' || words.at(-1) !== title[0]) continue;
      if (words.length >= 2) names.set(other.name, entry);
      else alone ??= entry;
    }
    const [only = alone, ...others] = names.values();
    return only && !others.length ? this.fromName(only.mention) : undefined;
  }

  private titleHolder(mention: Mention): Entity | undefined {
    if (mention.entity !== 'person' || !mention.org || !mention.role) return undefined;
    const name = `${mention.org} ${mention.role.toLowerCase()}`;
    const head = wordsOf(mention.role).pop();
    return (
      this.find(name, 'person') ??
      this.add({ name, kind: 'person', described: true, role: mention.role, org: mention.org, ...(head ? { head } : {}) })
    );
  }

  /** The one person named with all the words of `title` (at an organisation `atOrg` accepts) up to paragraph `para`, when only one is. */
  private titled(title: string[], para: number, atOrg = (_org?: string) => true): Entity | undefined {
    // "the chief" after "Fire Chief Nick Swinhart and Assistant Fire Chief Doug Kranz": the chief, not the assistant.
    const heads = new Set<string>();
    const deputies = new Set<string>();
    let head: Mention | undefined;
    let deputy: Mention | undefined;
    for (const { mention: other, para: at } of this.index) {
      if (at > para || other.kind !== 'name' || other.entity !== 'person' || !other.name || !other.role || !atOrg(other.org)) continue;
      const role = wordsOf(other.role);
      if (!title.every((word) => role.includes(word))) continue;
      const surname = fold(other.name).split(' ').pop() ?? '';
      if (role.some((word) => DEPUTY_WORDS.has(word) && !title.includes(word))) {
        deputies.add(surname);
        deputy = other;
      } else {
        heads.add(surname);
        head = other;
      }
    }
    const [only, one] = heads.size ? [head, heads.size === 1] : [deputy, deputies.size === 1];
    return only && one ? this.fromName(only) : undefined;
  }

  /** "the ministry", "kementerian itu", "police" → the organisation of that kind named before. */
  private fromDefinite(mention: Mention, para: number): Entity | undefined {
    if (mention.entity === 'person') return this.fromDescription(mention, para);
    const head = mention.head ?? fold(mention.name);
    const heads = /^(?:polisi|kepolisian)$/.test(head) ? ['polisi', 'kepolisian', 'polda', 'polres', 'polri', 'polsek'] : [head];
    const matches = (name: string) => wordsOf(name).some((word) => heads.includes(word) || heads.includes(word.replace(/s$/, '')));
    for (let k = this.recent.length - 1; k >= 0; k--) {
      if (this.recent[k].kind === 'organization' && matches(this.recent[k].name)) return this.recent[k];
    }
    const named = this.index.filter(({ mention: other }) => other.kind === 'name' && other.entity === 'org' && matches(other.name));
    const before = named.filter((entry) => entry.para <= para);
    const pick = before[before.length - 1] ?? named[0];
    if (pick) return this.fromName(pick.mention);
    // "the company", "perusahaan itu": the organisation the story is about, whatever its name.
    if (GENERIC_HEADS.has(head)) {
      // Unnamed: no organisation to stand for is better than one called "Company".
      return this.salient('org');
    }
    // "The Royal College of Nursing said …" then "the union has agreed": the organisation the story is about, when
    // there is one; "a release from the union" with none before is the union.
    if (KIND_HEADS.has(head)) {
      const current = this.salient('org');
      if (current) return current;
    }
    const name = capitalise(mention.name);
    return this.find(name, 'organization') ?? this.add({ name, kind: 'organization' });
  }
}

/**
 * After a name: an age in brackets, between commas ("Ucen, 59, penjual") or in years ("Sarpiah 45 tahun, …"), a comma,
 * "one of", and the next word.
 */
const AFTER_NAME =
  /^\s*(\(\d{1,3}\)\s*|,\s*\d{1,3}\s*(?=,)|\d{1,3}\s+tahun\s*(?=,))?(,\s*)?((?:salah satu|salah seorang|seorang|satu)\s+)?(\p{L}+)/u;

/**
 * Does the article write `word` as a person's name even where it opens a sentence: followed by a verb of saying
 * ("Remon menuturkan", "Warsih (45) mengatakan", "Batara kepada sejumlah wartawan, mengatakan") or by a comma and a title
 * or a word for a person ("Remon, pedagang di …", "Harun, a neighbour,")?
 */
function introducedAsPerson(paragraph: string, word: string, lex: Lexicon): boolean {
  for (let at = paragraph.indexOf(word); at >= 0; at = paragraph.indexOf(word, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(paragraph[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(paragraph[at + word.length] ?? '')) continue;
    const after = paragraph.slice(at + word.length, at + word.length + 96);
    if (/^\s+(?:kepada|to)\s/.test(after) && toldThenSaid(tokenize(after), 0, lex)) return true;
    // "Tan, a flower seller for …": an English article, then a word for a person, maybe after another.
    const described = /^,\s+an?\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(after);
    if (described && (isPersonWord(described[1]) || isPersonWord(described[2] ?? ''))) return true;
    const match = AFTER_NAME.exec(after.slice(0, 48));
    if (!match) continue;
    const [, age, comma, oneOf, following] = match;
    // "Fendi, Pemilik Toko Beras Jaya, mengatakan": a title after the comma may be capitalised.
    if (!/^\p{Ll}/u.test(following) && !(comma && isPersonWord(following.toLowerCase()))) continue;
    // "Nurmala juga mengatakan": an adverb may come between the name and its verb.
    const next =
      !comma && !oneOf && lex.adverbs.has(following) ? (/^\s+(\p{L}+)/u.exec(after.slice(match[0].length))?.[1] ?? '') : following;
    const saying = lex.verbs.has(next) || lex.inverted.has(next);
    // "Wiji salah satu petani": one of a kind of person, described with no comma too; "Damiri (70) petani singkong".
    if (comma || oneOf ? isPersonWord(next.toLowerCase()) : saying || (age?.startsWith('(') && isPersonWord(next))) return true;
  }
  return false;
}

/**
 * Does `paragraph` write `word` after a word or comma of the same sentence (not where a sentence starts), or after an
 * honorific ("H. Harjanah", "Dr. Ani")?
 */
function capitalisedMidSentence(paragraph: string, word: string): boolean {
  for (let at = paragraph.indexOf(word); at >= 0; at = paragraph.indexOf(word, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(paragraph[at + word.length] ?? '')) continue;
    let k = at - 1;
    while (k >= 0 && /\s/.test(paragraph[k])) k--;
    if (k < 0 || k === at - 1) continue;
    if (/[\p{L}\p{N},]/u.test(paragraph[k])) return true;
    const abbreviation = /(?:^|[\s(])(\p{L}+\.)$/u.exec(paragraph.slice(Math.max(0, k - 8), k + 1))?.[1];
    if (abbreviation && HONORIFICS.has(abbreviation.toLowerCase())) return true;
  }
  return false;
}

/**
 * Acronyms the article defines: "Kementerian Luar Negeri (Kemlu)", "Badan Meteorologi,
 * Klimatologi, dan Geofisika (BMKG)". Maps the acronym to the full name.
 */
export function findAcronyms(paragraphs: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of paragraphs) {
    for (const match of text.matchAll(/\((\p{Lu}[\p{L}]{1,11})\)/gu)) {
      const acronym = match[1];
      if (found.has(acronym)) continue;
      const tokens = tokenize(text, Math.max(0, match.index - 160), match.index);
      const words: typeof tokens = [];
      for (let k = tokens.length - 1; k >= 0; k--) {
        const token = tokens[k];
        if (token.text === ',' || token.text === '&') continue;
        if (!token.word || !(token.cap || NAME_CONNECTORS.has(token.lower))) break;
        words.unshift(token);
      }
      while (words.length && NAME_CONNECTORS.has(words[0].lower)) words.shift();
      if (!words.length) continue;
      let from = -1;
      for (let start = 0; start < words.length; start++) {
        if (
          spells(
            acronym.toLowerCase(),
            words.slice(start).map((token) => token.lower),
          )
        ) {
          from = start;
          break;
        }
      }
      if (from < 0) {
        // Not spelled by the words (an English acronym for an Indonesian name): the words less titles.
        from = 0;
        while (from < words.length - 1 && ROLE_WORDS.has(words[from].lower)) from++;
        if (words.length - from < 2) continue;
      }
      found.set(acronym, text.slice(words[from].start, words[words.length - 1].end));
    }
  }
  return found;
}

/** Is `nickname` the starts of every one of `words`, in order ("jokowi" = "jo(ko) wi(dodo)")? */
function spellsEvery(nickname: string, words: string[]): boolean {
  const go = (a: number, w: number): boolean => {
    if (w === words.length) return a === nickname.length;
    for (let length = 1; length <= words[w].length && a + length <= nickname.length; length++) {
      if (words[w][length - 1] !== nickname[a + length - 1]) break;
      if (go(a + length, w + 1)) return true;
    }
    return false;
  };
  return go(0, 0);
}

/** Can `acronym` be spelled from the starts of `words`, in order ("kemlu" from "kementerian luar negeri")? */
function spells(acronym: string, words: string[]): boolean {
  const failed = new Set<number>();
  const go = (a: number, w: number): boolean => {
    if (a === acronym.length) return true;
    if (w === words.length || failed.has(a * 64 + w)) return false;
    if (tryWord(a, w)) return true;
    failed.add(a * 64 + w);
    return false;
  };
  const tryWord = (a: number, w: number): boolean => {
    const word = words[w];
    if (NAME_CONNECTORS.has(word) && go(a, w + 1)) return true;
    for (let length = 1; length <= word.length && a + length <= acronym.length; length++) {
      if (word[length - 1] !== acronym[a + length - 1]) break;
      if (go(a + length, w + 1)) return true;
    }
    return w > 0 && go(a, w + 1);
  };
  return words.length > 0 && acronym[0] === words[0][0] && go(0, 0);
}

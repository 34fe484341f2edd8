// Texts that made extractArticle quadratic (issue 19), each of about `bytes` characters: long runs of
// sentence marks, many dates in one sentence, long runs of role words before a name, one paragraph of
// many short sentences, unclosed quotation marks, a paragraph of quotations after a long sentence, and the shapes of
// later rules: sentences run together, a unit named by a long list, offices named by title and place, an organisation with titles before a name,
// quotations typed with two apostrophes, nested curly quotations, straight quotations inside a curly one, quotations
// in single marks, left marks with a stray space, straight marks after a comma, marks typed wrong, quotations alone
// after a paragraph about their speaker; and pages of many people (CROWDED_TEXTS).
// Shared by test/node/extract-adversarial.test.mjs and bench/extract-adversarial.mjs.

/** `unit` repeated to about `bytes` characters, between a head and a tail. */
const fill = (head, unit, bytes, tail = '') =>
  head + unit.repeat(Math.max(1, Math.floor((bytes - head.length - tail.length) / unit.length))) + tail;

/** Each shape: a function from a size in characters to a text of that shape. */
export const ADVERSARIAL_TEXTS = {
  'a run of full stops': (n) => fill('Budi berkata', '.', n),
  'a run of exclamation marks': (n) => fill('', '!', n),
  'a run of question marks in a quotation': (n) => fill('"Why', '?', n, '"'),
  'many dates in one sentence': (n) =>
    fill('Sidang digelar pada ', 'Rabu (26/10), 26 Oktober 2022, on Saturday, Oct. 7, ', n, 'kata Budi.'),
  'a long run of role words before a name': (n) => fill('"Kami siap," kata ', 'juru bicara menteri ', n, 'Budi Santoso.'),
  'a long run of English role words before a name': (n) => fill('"We are ready," said ', 'deputy chief spokesman ', n, 'John Smith.'),
  'one paragraph of many short sentences': (n) => fill('', 'Ia pergi. ', n),
  'unclosed quotation marks': (n) => fill('', '"a ', n),
  'unclosed curly quotation marks': (n) => fill('', '“Kami ', n),
  'many quotations and names in one sentence': (n) => fill('', '"siap" kata Budi Santoso, ', n),
  // Words run together across full stops (a page that lost its spaces), each a sentence of its own.
  'sentences with no space after the full stop': (n) => fill('"We are ready," said John Smith.', 'Another protest.', n),
  'a unit named by a long list': (n) =>
    fill('"Kami siap," kata Kepala Pusat Data', ', Dinas Informasi', n, ', dan Komunikasi BNPB, Abdul Muhari.'),
  'many offices named by title and place': (n) =>
    fill('', 'Ketua KPU Kabupaten Nabire, Budi Santoso, hadir. "Kami siap," ujar Ketua KPU Kabupaten Nabire. ', n),
  'an organisation and its titles before a name': (n) =>
    fill('The Federation of Uganda Traders Association', ' boss chief head', n, ', John Kabanda, said "no".'),
  // Quotation readers of a later pass: quotations typed with two apostrophes, curly quotations nested in one
  // paragraph, and straight quotations inside a curly one (each asks whether the curly closer comes later).
  'quotations typed with two apostrophes': (n) => fill('', "''Kami siap,'' kata Budi. ", n),
  'nested curly quotation marks': (n) => fill('“Kami ', '“siap” dan ', n, '”'),
  'straight quotations inside a curly quotation': (n) => fill('“Kami ', '"siap" dan ', n, '”'),
  // Marks as real pages type them: quotations set in single marks in a story without a double one, left marks with a
  // stray space after them, straight marks after a comma (each asks whether a right mark closes later).
  'a story quoted in single marks': (n) => fill('', '‘We are ready,’ said Jo Smith. ‘Not ', n),
  'left marks with a stray space, unclosed': (n) => fill('', 'kata dia. “ Saya ', n),
  'straight marks after a comma': (n) => fill('', 'he said," For the ', n, '”'),
  // Marks typed wrong: a right mark opening a quotation after a sentence (asks whether it is the paragraph's first mark),
  // paragraphs in the first person with only a closing mark, a quotation opened once and never closed over many
  // paragraphs without a mark, paragraphs opened and closed with single marks in a story of double ones.
  'right marks after sentences in one paragraph': (n) => fill('', 'kata dia. ” Kami datang,” katanya. ', n),
  'paragraphs in the first person with only a closing mark': (n) => fill('', 'Saya pribadi akan datang,” tutupnya.\n\n', n),
  'a quotation opened once, then paragraphs without a mark': (n) =>
    fill('', '“Kami datang\n\nLalu pergi ke pasar.\n\nLalu pulang ke rumah.\n\nLalu tidur.\n\n', n),
  'paragraphs in single marks in a story of double ones': (n) =>
    fill('“Ya,” kata Budi.\n\n', '‘Ya mau gimana lagi, api cepat,’ cerita Yunus.\n\n', n),
  // A quotation alone after a paragraph about the one quoted before it (the cue about-speaker), over and over.
  'quotations alone after a paragraph about their speaker': (n) =>
    fill(
      '',
      '"We are ready for the season and the players know it," John Smith said after training.\n\nSmith left the ground early with his assistant.\n\n"We won the cup last year and we want it again."\n\n',
      n,
    ),
  // Quotations glued to the stop of the sentence before them, each cutting that sentence in two.
  'quotations glued to the stop before them': (n) => fill('', 'Polisi menangkap tersangka.“Pelaku merupakan DPO,” ujarnya. ', n),
  // Each quotation of the second paragraph's first sentence took the first paragraph's (long) last sentence as its
  // possible context, and read all of it again: 256 KB took 17 s.
  'a long sentence, then a paragraph of quotations': (n) =>
    fill('', 'Budi Santoso pergi ke pasar dan ', n / 2) + '\n\n' + fill('', '"Kami siap," kata Budi Santoso, ', n / 2),
};

/**
 * Pages of many people, each in a paragraph of a news story's length with a date, named in full and then by a short
 * name or a nickname. Each short name was looked for among all the page's names, and each date's sentence among all
 * the speakers (0.5 MB of short names took 110 s). Real text costs more than the shapes above: about 4,000 quoted
 * people per MB.
 */
export const CROWDED_TEXTS = {
  'many people, each then named by a short name': (n) => people(n, (name) => `${name}urrahman, ${WATER} kata ${name}.`),
  'many people of two names, each then named by a nickname': (n) => people(n, (name) => `${name} Urrahman, ${WATER} kata ${name}u.`),
};

/** A paragraph about one resident, to be named at each end. */
const WATER =
  'warga Sukamaju, mengatakan air di rumahnya mati sejak Senin dan belum ada kabar dari perusahaan air minum daerah. Ia mengaku ' +
  'sudah melapor ke kantor kelurahan. “Air keruh dan berbau, kami terpaksa membeli air galon setiap hari,”';

/** Paragraphs about different people ("Fathab", "Fathac", …), each written by `paragraph`, to about `bytes` characters. */
function people(bytes, paragraph) {
  const paragraphs = ['Air mati'];
  for (let k = 0, length = 0; length < bytes; k++) {
    paragraphs.push(paragraph('Fath' + k.toString(26).replace(/./g, (digit) => String.fromCharCode(97 + parseInt(digit, 26)))));
    length += paragraphs.at(-1).length + 2;
  }
  return paragraphs.join('\n\n');
}

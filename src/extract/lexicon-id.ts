import { words, type Lexicon, type Pronoun } from './lexicon.js';

/** Verbs of saying as Indonesian news writes them after a quote: "kata Budi", "ujarnya". */
const INVERTED = words(`
  kata ujar ucap tutur jelas tegas ungkap imbuh tambah sebut terang lanjut pungkas papar beber
  tandas kilah sambung timpal seru tanya tulis bilang cetus urai ingat harap pinta ajak kisah
  kenang klaim sesal keluh canda tukas jawab sahut ulas nilai imbau desak aku akui tuding
  celoteh kelakar gurau seloroh pesan sindir singgung kritik tutup teriak kesal cerita duga sembur
`);

/** Verbs of saying that follow their subject: "Budi mengatakan". */
const VERBS = words(`
  mengatakan menyatakan menjelaskan menegaskan mengungkapkan menambahkan menyebutkan menerangkan
  melanjutkan memungkasi menuturkan berkata bertutur menyampaikan menandaskan mengimbuhkan
  mengklaim mengaku mengakui memaparkan menekankan mengingatkan memperingatkan berujar berpesan
  bertanya menanyakan mempertanyakan menulis menuliskan mengucapkan menuding menuduh berjanji
  menjanjikan mendesak menyerukan mengimbau melaporkan membacakan menjawab membantah menampik
  menyangkal memastikan mengeluhkan mengecam mengkritik menyayangkan menilai menyebut
  menggambarkan menganggap meyakini mengungkap mengisahkan bercerita menceritakan berseloroh
  mengharapkan berharap meminta menjelaskannya menyebutnya menambahkannya menyatakannya menduga
`);

const FRAGMENT_VERBS = words(`
  menyebut menyebutnya menyebutkan menilai menggambarkan menganggap menjuluki mengistilahkan
  menamai mengecam mengkritik menuding menuduh
`);

const NOUNS = words(`
  pernyataan peringatan ucapan janji ancaman seruan tudingan tuduhan klaim keterangan komentar
  kritik kecaman pesan pidato sambutan cuitan unggahan penjelasan jawaban imbauan
`);

const PRONOUNS = new Map<string, Pronoun>([
  ['ia', { refers: 'person' }],
  ['dia', { refers: 'person' }],
  ['beliau', { refers: 'person' }],
  // "Ianya berharap …": "he" or "she" in Malay, as some Sumatran papers write it.
  ['ianya', { refers: 'person' }],
  // "Dirinya berharap …": "himself/herself", the subject of a sentence like "dia".
  ['dirinya', { refers: 'person' }],
  ['mereka', { refers: 'any' }],
]);

/** Indonesian. */
export const ID: Lexicon = {
  lang: 'id',
  inverted: INVERTED,
  verbs: VERBS,
  fragmentVerbs: FRAGMENT_VERBS,
  nouns: NOUNS,
  preps: ['menurut'],
  pronouns: PRONOUNS,
  adverbs: words(`juga pun lagi pula kembali lantas lalu kemudian sebelumnya sendiri turut sempat telah sudah`),
  boundaries: words(`
    di ke dari kepada dalam saat ketika pada seperti sebagaimana usai seusai setelah sebelum sambil
    seraya yang untuk dengan terkait soal mengenai tentang bahwa karena melalui lewat via kala
    menjawab menanggapi sesaat milik asal
  `),
  conjunctions: words(`dan tetapi tapi namun serta lalu kemudian sambil seraya sekaligus`),
  sentenceWords: words(`
    dan namun sementara itu dalam pada di ke dari untuk dengan menurut kata ia dia beliau mereka kami
    kita saya aku setelah sebelum saat ketika selain sebanyak salah seorang diberitakan walau
    walaupun meski meskipun jika kalau bagi hingga sejak yang ini tidak bukan ada apa siapa
    bagaimana mengapa kenapa selanjutnya selain adapun terkait sedangkan padahal bahkan oleh
    akibatnya karena sebab tak juga lalu kemudian usai seusai jelang menjelang sebelumnya
    sebagai para sejumlah beberapa ratusan ribuan puluhan tim pihak kasus baca lihat simak lebih
    senada serupa terpisah sebaliknya pihaknya seperti sebagaimana biasanya sebenarnya sesungguhnya tentunya
    apalagi akhirnya tampaknya rupanya ternyata kini sekarang setiap masih
  `),
  introPreps: words(
    `dalam di pada saat ketika usai seusai setelah sebelum menjelang jelang selain sementara terkait mengenai menanggapi senada sejalan berbeda`,
  ),
  definiteHeads: words(`kementerian lembaga badan perusahaan polisi kepolisian pemerintah istana partai komisi dinas otoritas pihak`),
  definiteMarkers: words(`itu tersebut ini`),
  indefiniteMarkers: words(`seorang salah sebuah beberapa sejumlah`),
  scareCues: words(
    `disebut dijuluki julukan berjudul bertajuk istilah slogan tagar tema film buku lagu novel acara program operasi kampanye gerakan sebutan label alat jenis merek bernama`,
  ),
  future: words(`akan depan mendatang besok nanti`),
  weekdays: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
  months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  via: [
    { pattern: /(?:dikutip|dilansir|diberitakan|dinukil|dilaporkan|disiarkan|ditulis)(?:\s+(?:dari|oleh))?\s+(.+)/iu, outletOnly: false },
    { pattern: /(?:^|\s)(?:melansir|mengutip)\s+(.+)/iu, outletOnly: false },
    { pattern: /(?:^|\s)wawancara\s+(?:dengan|bersama)\s+(.+)/iu, outletOnly: false },
    { pattern: /(?:^|\s)kepada\s+(.+)/iu, outletOnly: true },
  ],
  outletHeads: words(`stasiun televisi media kantor berita harian koran situs laman`),
  unknown: 'Tidak diketahui',
  stopwords: words(`
    yang dan di itu dengan untuk dari tidak ini dalam akan pada juga ke karena bahwa ada kata ujar
    telah sudah oleh kami saya mereka ia dia atau tersebut sebagai bisa menjadi lebih hingga masih
    para serta namun tak sejak antara setelah saat
  `),
};

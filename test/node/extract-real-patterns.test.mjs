// Attribution patterns met in real news (issue 14), each on a short sentence written for the test.
// Run after `npm run build`: node --test test/node/extract-real-patterns.test.mjs
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../dist/extract.js';
import { speakerOf } from '../support/speaker-of.mjs';

describe('attribution patterns of real news', () => {
  test("two apostrophes close a straight double quote: \"…,'' said Smith", () => {
    const article = extractArticle(
      "The harbour reopened on Monday.\n\n\"The boats are back and the market is busy again,'' said harbour master Tom Reilly. \"We expect a good summer,'' added Ann Cole, who runs the cafe.",
      { lang: 'en' },
    );
    assert.deepEqual(
      article.quotes.map((quote) => quote.text),
      ['The boats are back and the market is busy again', 'We expect a good summer'],
    );
    assert.equal(speakerOf(article, 'boats are back'), 'Tom Reilly');
    assert.equal(speakerOf(article, 'good summer'), 'Ann Cole');
  });

  test('"Mr Dunn" is not the Mary Dunn the story named before: the honorific tells them apart', () => {
    const article = extractArticle(
      'Mary Dunn opened the bakery on Mill Lane forty years ago.\n\n"We never missed a morning," Mrs Dunn said.\n\nHer husband stood beside her at the party.\n\n"I am proud of every loaf," Mr Dunn said.',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'never missed'), 'Mary Dunn');
    assert.notEqual(speakerOf(article, 'proud of every loaf'), 'Mary Dunn');
    assert.match(speakerOf(article, 'proud of every loaf'), /Dunn/);
  });

  test('a verb of saying after a fragment takes its subject from right before it, not the sentence subject', () => {
    const article = extractArticle(
      'Storm Agnes will reach the coast tonight.\n\nStorm Agnes could bring "severe flooding to the whole valley" by Friday, officials warned on Tuesday.',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'severe flooding'), 'Officials');
    const unnamed = extractArticle(
      'Storm Agnes will reach the coast tonight.\n\nStorm Agnes could bring "severe flooding to the whole valley" this week, it was announced on Tuesday.',
      { lang: 'en' },
    );
    assert.notEqual(speakerOf(unnamed, 'severe flooding'), 'Storm Agnes');
  });

  test('"X with Firm & Co., who has a Sell on the shares, writes": the person before the relative clause', () => {
    const article = extractArticle(
      'Shares fell on Monday.\n\nIn a note to clients, Ann Lee with Harbour & Sons, who has a Sell on the shares, writes that the quarter "looked weak in nearly every market they serve."',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'looked weak'), 'Ann Lee');
  });

  test('"-nya" after a narrative sentence: "X menurutnya …" and "Kemenangan X …" do not make X the one speaking', () => {
    const lead = 'Ketua panitia Rina Wulandari menegaskan acara tetap digelar.\n\n"Semua sudah siap sejak pekan lalu," kata Rina.\n\n';
    const byCue = extractArticle(`${lead}Apalagi tim Budi Santoso menurutnya sudah berlatih sebulan.\n\n"Kami optimistis," ujarnya.`, {
      lang: 'id',
    });
    assert.equal(speakerOf(byCue, 'Kami optimistis'), 'Rina Wulandari');
    const byNoun = extractArticle(`${lead}Kemenangan Budi Santoso bukan akhir perjuangan.\n\n"Kami optimistis," tegasnya.`, { lang: 'id' });
    assert.equal(speakerOf(byNoun, 'Kami optimistis'), 'Rina Wulandari');
  });

  test('a headline quotation takes the speaker the story gives the same words', () => {
    const article = extractArticle(
      '\'Completely flattened\': storm leaves coastal town without power\n\nResidents described winds that tore roofs off homes overnight.\n\n"The whole street was completely flattened," fire chief Ben Moss said on Monday.',
      { lang: 'en' },
    );
    const headline = article.quotes.find((quote) => quote.paragraph === 0);
    assert.ok(headline, JSON.stringify(article.quotes));
    assert.equal(headline.text, 'Completely flattened');
    assert.equal(speakerOf(article, 'Completely flattened'), 'Ben Moss');
  });

  test('a programme named after a preposition is a title, not a quotation: said on "Breakfast"', () => {
    const article = extractArticle(
      'The mayor spoke to reporters on Friday.\n\nMayor Alan Price said on "Breakfast" that the bridge would reopen within a week.',
      { lang: 'en' },
    );
    assert.deepEqual(
      article.quotes.map((quote) => quote.text),
      [],
    );
  });

  test('a fragment closed by a comma is attributed by the cue after it: knew "where …," Ray Dolan said', () => {
    const article = extractArticle(
      'Crews worked through the night.\n\nOfficers from two towns responded and closed the road because nobody knew "where the gas leak had started," fire chief Ray Dolan said.',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'gas leak'), 'Ray Dolan');
  });

  test('"The 56-year-old said:" is the person the story is about', () => {
    const article = extractArticle(
      'Marion Webb has run the village post office for thirty years.\n\nShe plans to retire in the spring.\n\nThe 56-year-old said: "I will miss every one of my customers."',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'miss every one'), 'Marion Webb');
  });

  test('"Adding: "…"" goes on with the speaker quoted just before', () => {
    const article = extractArticle(
      'The council closed the library on Monday.\n\nOne neighbour said: "We were never asked what we thought of the plan."\n\nAdding: "It is a sad day for the whole town."',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'sad day'), speakerOf(article, 'never asked'));
    assert.notEqual(speakerOf(article, 'sad day'), 'Unknown');
  });

  test('"He\'s been speaking to reporter X:" then the quotation: he, not the reporter', () => {
    const article = extractArticle(
      'Farmer Tom Hale lost his barn in the fire. He\'s been speaking to local reporter Jane Ward:\n\n"Everything we built over twenty years is gone."',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'Everything we built'), 'Tom Hale');
  });

  test('"Kapolres Kota Baru (Kobar) AKBP Name": the title reaches the name past the abbreviation, so "kata Kapolres" finds him', () => {
    const article = extractArticle(
      'Kapolres Kota Baru (Kobar) AKBP Darmawan Putra memastikan jalan sudah dibuka.\n\nDarmawan menambahkan, petugas berjaga sepanjang malam.\n\n"Kami pastikan semua kendaraan bisa lewat lagi," kata Kapolres saat dikonfirmasi.',
      { lang: 'id' },
    );
    assert.equal(speakerOf(article, 'semua kendaraan'), 'Darmawan Putra');
  });

  test('"rumah milik X": the owner of a thing is no subject the next "-nya" can point to', () => {
    const article = extractArticle(
      'Kepala BPBD Kota Lestari Rudi Hartono menjelaskan banjir surut pagi ini.\n\n"Warga sudah kembali ke rumah masing-masing," ujar Rudi.\n\nAkibatnya, satu rumah milik Slamet Riyadi rusak berat.\n\n"Keluarga itu kini mengungsi ke rumah kerabat," katanya.',
      { lang: 'id' },
    );
    assert.equal(speakerOf(article, 'mengungsi'), 'Rudi Hartono');
  });

  test('a one-word fragment after a verb of saying with a named subject is a quotation; a passive names its agent', () => {
    const solid = extractArticle(
      'Shares rose after the results.\n\nAnalyst Priya Nair writes that the quarter was "strong" and that costs were kept in check.',
      { lang: 'en' },
    );
    assert.equal(speakerOf(solid, 'strong'), 'Priya Nair');
    const agent = extractArticle(
      'The trial ended on Friday.\n\nGordon Pike sat still, his smile - described by one witness as "cold" - never leaving his face.',
      { lang: 'en' },
    );
    assert.equal(speakerOf(agent, 'cold'), 'One witness');
    const unnamed = extractArticle(
      'The trial ended on Friday.\n\nGordon Pike sat still, his smile - described by the press as "cold" - never leaving his face.',
      { lang: 'en' },
    );
    const cold = unnamed.quotes.find((quote) => quote.text === 'cold');
    assert.ok(!cold || unnamed.speakers.find((speaker) => speaker.id === cold.speaker).name !== 'Gordon Pike');
  });

  test('"Dan" is an English first name, not the Indonesian "dan"; a first name shared by two people names neither', () => {
    const article = extractArticle(
      'The club won the county cup on Saturday.\n\n"It was the best day of my life," said captain Dan Evans.\n\nDan Brady, the coach, has run the team since 2015.\n\n"Nobody gave us a chance," Dan said.',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'best day'), 'Dan Evans');
    // Two Dans: "Dan said" could be either, and a wrong name is worse than none.
    assert.equal(speakerOf(article, 'Nobody gave us'), 'Unknown');
    const one = extractArticle('Dan Brady has run the team since 2015.\n\n"Nobody gave us a chance," Dan said.', { lang: 'en' });
    assert.equal(speakerOf(one, 'Nobody gave us'), 'Dan Brady');
    const indonesian = extractArticle(
      'Ketua RT Sumarno mengecek saluran air bersama warga.\n\nDan Sumarno memastikan tidak ada rumah yang kebanjiran.\n\n"Semua saluran sudah bersih," ujarnya.',
      { lang: 'id' },
    );
    assert.equal(speakerOf(indonesian, 'saluran sudah bersih'), 'Sumarno');
  });

  test('a pronoun does not stand for a capitalised common word, a team code or a lone "Pak": the one named before, else unknown', () => {
    const article = extractArticle(
      'Pelatih Bima Saputra memimpin latihan di Stadion Madya, Jakarta.\n\nSeketika hujan turun dan latihan dihentikan. Tim U-17 berlari ke ruang ganti.\n\n"Kami tetap berlatih besok pagi," ujarnya.',
      { lang: 'id' },
    );
    assert.equal(speakerOf(article, 'tetap berlatih'), 'Bima Saputra');
    const address = extractArticle(
      'Harga cabai naik lagi di pasar pagi ini.\n\nPara pedagang memanggil pembeli dengan sapaan Pak atau Bu.\n\n"Sekilo sudah enam puluh ribu," katanya.',
      { lang: 'id' },
    );
    assert.notEqual(speakerOf(address, 'enam puluh ribu'), 'Pak');
    const headline = extractArticle(
      'Warga Sebut Banjir Masih Jadi Ancaman Tahunan\n\nBanjir masih jadi ancaman bagi warga. Air naik tiap musim hujan dan banjir itu belum juga selesai.\n\n"Kami sudah lapor berkali-kali," ujarnya.',
      { lang: 'id' },
    );
    assert.doesNotMatch(speakerOf(headline, 'lapor berkali-kali'), /Masih|Ancaman|Banjir/);
  });

  test('"a spokesman for X", "the family of X", "a lawyer for X": the one described speaks, never the X named inside', () => {
    const article = extractArticle(
      'Prime Minister Ann Lowe left for Geneva on Monday.\n\n"No decision has been made," a spokesman for Prime Minister Ann Lowe said.\n\nTom Hart was charged with fraud in May.\n\n"He denies everything," said a lawyer for Hart.\n\n"We are heartbroken," the family of Amy Lee said in a statement.',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'No decision'), 'A spokesman for Prime Minister Ann Lowe');
    assert.equal(speakerOf(article, 'denies everything'), 'A lawyer for Hart');
    assert.equal(speakerOf(article, 'heartbroken'), 'The family of Amy Lee');
    const possessive = extractArticle('Amy Lee died on Friday.\n\n"She lit up every room," Amy Lee\'s family said in a statement.', {
      lang: 'en',
    });
    assert.equal(speakerOf(possessive, 'every room'), "Amy Lee's family");
  });

  test('"kata keluarga X", "ujar kuasa hukum X", "kata juru bicara Presiden X": the relative or counsel speaks, not X', () => {
    const article = extractArticle(
      'Presiden Rahmat Hidayat tiba di Denpasar, Senin.\n\n"Tidak ada rapat hari ini," kata juru bicara Presiden Rahmat Hidayat.\n\nTersangka Budi Hartono ditahan sejak Mei.\n\n"Klien kami tidak bersalah," ujar kuasa hukum Budi Hartono.\n\nSiti Aminah dimakamkan di kampung halamannya.\n\n"Kami sudah ikhlas," kata keluarga Siti Aminah.\n\nAndi Wijaya tewas dalam kecelakaan itu.\n\n"Dia anak yang baik," ujar ayah Andi Wijaya, Slamet.\n\n"Kami periksa semua saksi," kata Juru Bicara KPK Budi Prasetyo.',
      { lang: 'id' },
    );
    assert.equal(speakerOf(article, 'Tidak ada rapat'), 'Juru bicara Presiden Rahmat Hidayat');
    assert.equal(speakerOf(article, 'tidak bersalah'), 'Kuasa hukum Budi Hartono');
    assert.equal(speakerOf(article, 'sudah ikhlas'), 'Keluarga Siti Aminah');
    assert.equal(speakerOf(article, 'anak yang baik'), 'Slamet');
    assert.equal(speakerOf(article, 'periksa semua saksi'), 'Budi Prasetyo');
    const named = extractArticle('"Kami siap bertanding," kata Putri Ayu, kapten tim voli.', { lang: 'id' });
    assert.equal(speakerOf(named, 'siap bertanding'), 'Putri Ayu');
  });

  test('"the judge said" after "jailed by Judge Alan Moore": the one the story gave that title, named or not as a subject', () => {
    const article = extractArticle('Kevin Dunn was jailed by Judge Alan Moore on Friday.\n\n"You showed no remorse," the judge said.', {
      lang: 'en',
    });
    assert.equal(speakerOf(article, 'no remorse'), 'Alan Moore');
    const two = extractArticle(
      'Kevin Dunn was jailed by Judge Alan Moore on Friday. His appeal will be heard by Judge Ruth Lane.\n\n"You showed no remorse," the judge said.',
      { lang: 'en' },
    );
    assert.equal(speakerOf(two, 'no remorse'), 'The judge');
  });

  test('"the company said in a release" after "Northwind Energy cut 200 jobs": a company named by a business word', () => {
    const article = extractArticle(
      'Northwind Energy cut 200 jobs at its plant on Monday.\n\n"This was a difficult decision," the company said in a release.',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'difficult decision'), 'Northwind Energy');
  });
});

// Who said it, and how sure: extractForReview / extractArticle (dist/extract.js) on made-up sentences
// in the shapes real news takes, one per failure pattern of issue 14. Run after `npm run build`:
//   node --test test/node/attribution.test.mjs
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle, extractForReview, needsReview, reviewSummary } from '../../dist/extract.js';
import { describeProblem, validateArticle } from '../../dist/model.js';

/** The speaker's name and the attribution of the quote holding `words`. */
function attributionOf(text, words, lang) {
  const { article, attributions } = extractForReview(text, { lang });
  const validation = validateArticle(article);
  assert.ok(validation.valid, validation.valid || validation.problems.map(describeProblem).join('\n'));
  const at = article.quotes.findIndex((quote) => quote.text.includes(words));
  assert.ok(at >= 0, `no quote with "${words}" in ${JSON.stringify(article.quotes.map((quote) => quote.text))}`);
  const speaker = article.speakers.find((candidate) => candidate.id === article.quotes[at].speaker);
  return { ...attributions[at], name: speaker.name, entity: speaker };
}
const speakerOf = (text, words, lang) => attributionOf(text, words, lang).name;

describe('confidence and cue', () => {
  test('a name after a verb of saying is high confidence, with the cue in words', () => {
    const got = attributionOf('"The bridge will reopen in May," Mayor Denise Okafor said.', 'bridge', 'en');
    assert.equal(got.name, 'Denise Okafor');
    assert.equal(got.confidence, 'high');
    assert.match(got.cue, /speech verb after the quote; a name/);
  });

  test('a pronoun resolved to the last person named is medium, and needs review', () => {
    const got = attributionOf('Mayor Denise Okafor visited the site on Monday.\n\n"We will rebuild it," she said.', 'rebuild', 'en');
    assert.equal(got.name, 'Denise Okafor');
    assert.equal(got.confidence, 'medium');
    assert.match(got.cue, /pronoun/);
    assert.ok(needsReview(got));
  });

  test('a quotation no rule attributes has the speaker unknown and confidence low, not the last person named', () => {
    const text =
      'Mayor Denise Okafor visited the site on Monday.\n\nResidents gathered outside the hall.\n\n"Nobody told us anything about the closure."';
    const got = attributionOf(text, 'Nobody told us', 'en');
    assert.equal(got.entity.id, 'unknown');
    assert.equal(got.entity.kind, undefined);
    assert.equal(got.confidence, 'low');
    assert.match(got.cue, /no cue/);
  });

  test('an unlisted verb does not fall back to the previous speaker (celoteh, gumam)', () => {
    const text = 'Presiden Joko Widodo meninjau lokasi banjir di Bekasi.\n\n"Wah, airnya sampai sepinggang," gumam seorang pedagang.';
    const got = attributionOf(text, 'sepinggang', 'id');
    assert.equal(got.name, 'Seorang pedagang');
    assert.equal(got.confidence, 'medium');
    const alone = attributionOf(
      'Presiden Joko Widodo meninjau lokasi banjir di Bekasi.\n\nWarga berkumpul di posko.\n\n"Wah, airnya sampai sepinggang."',
      'sepinggang',
      'id',
    );
    assert.equal(alone.name, 'Tidak diketahui');
    assert.equal(alone.confidence, 'low');
  });

  test('one attribution per quote, in order, naming the quote and speaker ids of the article', () => {
    const { article, attributions } = extractForReview(
      '"The first thing is money," Ana Ruiz said. "The second thing is time."\n\n"A third thing matters more," said Tom Baker.',
      { lang: 'en' },
    );
    assert.deepEqual(
      attributions.map((attribution) => [attribution.quoteId, attribution.speaker]),
      article.quotes.map((quote) => [quote.id, quote.speaker]),
    );
    assert.match(attributions[1].cue, /continues the quote before it/);
  });

  test('reviewSummary counts the quotes to check', () => {
    const make = (confidence) => ({ quoteId: 'q', speaker: 's', confidence, cue: '' });
    assert.equal(
      reviewSummary([make('high'), make('low'), make('medium'), make('medium')]),
      '3 of 4 quotes need review (1 with no speaker found, 2 unsure).',
    );
    assert.equal(reviewSummary([make('high'), make('high')]), 'All 2 quotes are attributed with confidence.');
    assert.equal(reviewSummary([make('medium')]), '1 of 1 quote needs review (1 unsure).');
    assert.equal(reviewSummary([]), 'No quotes found.');
  });

  test('quote-cards extract prints how many quotes need review on stderr, and the article on stdout', () => {
    const text =
      'Mayor Denise Okafor visited the site.\n\n"We will rebuild it," she said.\n\nResidents gathered outside.\n\n"Nobody told us anything about it."';
    const run = spawnSync(process.execPath, ['bin/quote-cards.mjs', 'extract', '-', '--lang', 'en'], { input: text, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).quotes.length, 2);
    assert.match(run.stderr, /^2 of 2 quotes need review \(1 with no speaker found, 1 unsure\)\.$/m);
  });
});

describe('failure patterns of real news (issue 14)', () => {
  test('a place in an apposition is no speaker: "Rina Marlina, 34, of Cibodas, said"', () => {
    assert.equal(speakerOf('"The water came in minutes," Rina Marlina, 34, of Cibodas, said.', 'water', 'en'), 'Rina Marlina');
  });

  test('the name opening the clause, not the organisation in its apposition: "Jeff Byard, Federal Emergency Management Agency associate administrator, said"', () => {
    assert.equal(
      speakerOf(
        '"This storm will cause massive damage," Jeff Byard, Federal Emergency Management Agency associate administrator, said.',
        'storm',
        'en',
      ),
      'Jeff Byard',
    );
  });

  test('places after "in" and a county after a comma are no speakers: "Residents of Elmford in Westbury, Kentshire, said"', () => {
    const { article } = extractForReview('Residents of Elmford in Westbury, Kentshire, said the plan would "ruin the village for good".', {
      lang: 'en',
    });
    const names = article.speakers.map((speaker) => speaker.name);
    assert.ok(!names.includes('Kentshire') && !names.includes('Westbury'), names.join(', '));
  });

  test('colon intro with any verb: "Later, Mara Quinn hit back: …" is Mara Quinn, not the name before nor the one quoted', () => {
    const text =
      'Harold Finch opened the debate with an attack on the budget.\n\nLater, Mara Quinn hit back: "Harold Finch has no plan at all."';
    const got = attributionOf(text, 'no plan', 'en');
    assert.equal(got.name, 'Mara Quinn');
    assert.match(got.cue, /colon/);
  });

  test('a quotation alone in its paragraph after "… read a statement:" is the reader\'s', () => {
    const text =
      'Di Stasiun Manggarai, Agus Wibowo membacakan pernyataan resmi perusahaan:\n\n"Kami memohon maaf kepada seluruh pengguna jasa."';
    const got = attributionOf(text, 'memohon maaf', 'id');
    assert.equal(got.name, 'Agus Wibowo');
    assert.match(got.cue, /colon/);
  });

  test('a description names the one described before, not the object of the previous sentence: "the minister shouted"', () => {
    const text =
      'Minister Paula Grant rose in parliament, accusing opposition leader Tom Baker of lying.\n\n"This is a disgrace," the minister shouted.';
    const got = attributionOf(text, 'disgrace', 'en');
    assert.equal(got.name, 'Paula Grant');
    assert.match(got.cue, /description/);
    assert.equal(got.confidence, 'medium');
  });

  test('a description is not resolved to a name found near it: "the victim\'s fiancé" is Mark Hill, not the man police arrested', () => {
    const text =
      'Mark Hill, the victim\'s fiancé, was at the scene. Police later arrested John Smith.\n\n"I could not believe it," the victim\'s fiancé said.';
    assert.equal(speakerOf(text, 'believe', 'en'), 'Mark Hill');
  });

  test('a person described and never named speaks as described: "said a neighbor" then "the neighbor said"', () => {
    const text =
      'Police searched the house on Elm Street.\n\n"It was terrifying," said a neighbor, who asked not to be named.\n\n"We heard glass breaking," the neighbor said.';
    assert.equal(speakerOf(text, 'terrifying', 'en'), 'A neighbor');
    assert.equal(speakerOf(text, 'glass', 'en'), 'A neighbor');
  });

  test('groups and documents as speakers: "a statement from her family said", "the councillors agreed"', () => {
    assert.equal(
      speakerOf('Maria Lopez died on Friday.\n\n"She lit up every room," a statement from her family said.', 'lit up', 'en'),
      'Family',
    );
    assert.equal(
      speakerOf('The council met on Tuesday. "The road will close in May," the councillors agreed.', 'road', 'en'),
      'The councillors',
    );
  });

  test('role + organisation + comma + name: "kata juru bicara Basarnas Jabar, Joshua Banjarnahor"', () => {
    const got = attributionOf(
      'Tim SAR masih mencari korban.\n\n"Pencarian dilanjutkan besok pagi," kata juru bicara Basarnas Jabar, Joshua Banjarnahor, Senin (3/7).',
      'Pencarian',
      'id',
    );
    assert.equal(got.name, 'Joshua Banjarnahor');
    assert.equal(got.entity.org, 'Basarnas Jabar');
  });

  test('"NAME warga PLACE" is the person, not the place', () => {
    assert.equal(speakerOf('"Kami sudah lelah menunggu," kata Siti Aminah warga Cibubur.', 'lelah', 'id'), 'Siti Aminah');
  });

  test('a title and a demonstrative point back to the person the story is about: "ujar anggota DPR RI ini"', () => {
    const text =
      'Ketua DPP Partai Nusantara, Irma Suryani menegaskan koalisi tetap solid.\n\n"Tidak ada alasan untuk membubarkan koalisi," ujar anggota DPR RI ini.';
    assert.equal(speakerOf(text, 'membubarkan', 'id'), 'Irma Suryani');
  });

  test('a title alone resolves to the person who holds it: "kata Kapolda"', () => {
    const text =
      'Kapolda Jawa Tengah Irjen Ahmad Luthfi menjelaskan kronologi kejadian.\n\nKorban, Rudi Hartono, dirawat di rumah sakit.\n\n"Pelaku sudah kami amankan," kata Kapolda.';
    assert.equal(speakerOf(text, 'amankan', 'id'), 'Ahmad Luthfi');
  });

  test('"Name of Organisation said" is the person: "Chris Robert of Boyer Planning"', () => {
    assert.equal(speakerOf('"Thirty homes will be affordable," said Chris Robert of Boyer Planning.', 'affordable', 'en'), 'Chris Robert');
  });

  test('a surname two people share resolves to neither: "Mr Lawrence said"', () => {
    const text = 'Doreen Lawrence sat apart from her former husband, Neville Lawrence, in court.\n\n"We waited 19 years," Lawrence said.';
    const got = attributionOf(text, 'waited', 'en');
    assert.equal(got.entity.id, 'unknown');
  });

  test('"Of X, he said:" — the pronoun is not the names of the opening phrase', () => {
    const text = 'Neville Ross wiped away tears as the verdict was read.\n\nOf Dobson and Norris, he said: "They must name the others."';
    assert.equal(speakerOf(text, 'name the others', 'en'), 'Neville Ross');
  });

  test('the dateline of the paragraph under the headline is no speaker', () => {
    const text =
      'Elite Partai: Koalisi Tidak Perlu Dibubarkan\n\nWARTAKITA.COM, JAKARTA - Ketua DPP Partai Nusantara, Irma Suryani menegaskan koalisi tetap solid.\n\n"Koalisi ini solid," ujar anggota DPR RI ini.';
    assert.equal(speakerOf(text, 'solid', 'id'), 'Irma Suryani');
  });

  test('a dateline of a city in capitals and a colon ("LAHORE: ") is no speaker, nor hides the subject after it', () => {
    const text =
      'LAHORE: Punjab Finance Minister Mujtaba Shuja-ur-Rehman has castigated the opposition benches.\n\n"The Speaker showed patience," he said.';
    assert.equal(speakerOf(text, 'patience', 'en'), 'Mujtaba Shuja-ur-Rehman');
    // A name in capitals before a colon and a quotation is a speaker, not a dateline.
    assert.equal(speakerOf('OKAFOR: "The bridge will reopen in May."', 'bridge', 'en'), 'OKAFOR');
  });

  test('a quotation signed with a dash and a name ("– Erik ten Hag") is that person\'s, with high confidence', () => {
    const signed = (signature) => attributionOf(`"He trained all week but today he is ill." ${signature}`, 'trained', 'en');
    for (const [signature, name] of [
      ['– Erik ten Hag', 'Erik ten Hag'],
      ['-- Texas Tech head coach Joey McGuire', 'Joey McGuire'],
      ['— Curt Cignetti, Indiana head coach', 'Curt Cignetti'],
    ]) {
      const got = signed(signature);
      assert.equal(got.name, name, signature);
      assert.equal(got.cue, 'a name signing the quote, after a dash or alone; a name', signature);
    }
    // A dash that goes on with narrative, or names an outlet, signs nothing.
    assert.equal(speakerOf('"We will win." – a promise the mayor made in May.', 'win', 'en'), 'Unknown');
    assert.equal(speakerOf('"We will win." – Reuters', 'win', 'en'), 'Unknown');
  });

  test('a rank spelled out before its short form ("Ajun Komisaris Besar Polisi (AKBP) Bahara Marpaung") is the title of the name after it', () => {
    const text =
      'Kapolres Merauke, Ajun Komisaris Besar Polisi (AKBP) Bahara Marpaung menegaskan 22 warga telah ditahan.\n\n"Mereka sudah tersangka," ujar Kapolres kepada wartawan.';
    assert.equal(speakerOf(text, 'tersangka', 'id'), 'Bahara Marpaung');
  });

  test('"the Dutchman" is the person the story is about, as "the 56-year-old" is', () => {
    const text = 'Indian football coach Wim Koevermans praised his players.\n\n"We reached our goal," the Dutchman said.';
    assert.equal(speakerOf(text, 'goal', 'en'), 'Wim Koevermans');
  });

  test('a speaker described in the speaker\'s place is that description, whatever its noun ("kata seorang pasien", "a passer-by said")', () => {
    for (const [text, name, lang] of [
      ['Warga mengeluhkan layanan. "Saya menunggu lima jam di sini," kata seorang pasien.', 'Seorang pasien', 'id'],
      ['"Semua sudah aman terkendali," kata petugas.', 'Petugas', 'id'],
      ['"Airnya naik sejak subuh tadi," kata warga setempat.', 'Warga setempat', 'id'],
      ['"Jalannya licin sekali," ucap seorang tukang parkir.', 'Seorang tukang parkir', 'id'],
      ['"Kami kecewa dengan keputusan ini," kata para pedagang.', 'Para pedagang', 'id'],
      ['"It was chaos," a passer-by said.', 'A passer-by', 'en'],
      ['"We have been waiting for hours," one frustrated commuter said.', 'One frustrated commuter', 'en'],
      ['"We have been waiting for hours," said a commuter at Euston station.', 'A commuter', 'en'],
      ['"She was the light of our lives," her mother said.', 'Her mother', 'en'],
    ]) {
      const got = attributionOf(text, /"([^"]{1,10})/.exec(text)[1], lang);
      assert.equal(got.name, name, text);
      assert.match(got.cue, /a group or document/, text);
    }
    // After a verb, a phrase that goes on is what was said, not who said it; "her" alone describes no one.
    assert.equal(speakerOf('"We will see," he said a decision would follow.', 'see', 'en'), 'Unknown');
    assert.equal(speakerOf('"We will see," said her.', 'see', 'en'), 'Unknown');
  });

  test('whom a described speaker speaks for is part of the description ("a spokesperson for the bank", "a source close to the player")', () => {
    const bank = 'The Bank of England held rates. "Inflation remains too high," a spokesperson for the bank said.';
    assert.equal(speakerOf(bank, 'Inflation', 'en'), 'A spokesperson for the bank');
    const source = 'Arsenal lost again. "He is devastated by the result," a source close to the player said.';
    assert.equal(speakerOf(source, 'devastated', 'en'), 'A source close to the player');
  });

  test('a one-word name opening a sentence, then a description set off by commas, is a name ("Siti, pedagang sayur,")', () => {
    const headline = 'Banjir Rendam Ratusan Rumah di Jakarta Timur\n\n';
    const trader = `${headline}Siti, pedagang sayur, mengaku bingung. "Kami tidak tahu harus ke mana," katanya.`;
    assert.equal(speakerOf(trader, 'harus', 'id'), 'Siti');
    // "warga Cibubur": where Siti lives, not another person.
    const resident = `${headline}Siti, warga Cibubur, mengaku bingung. "Kami tidak tahu harus ke mana," katanya.`;
    assert.equal(speakerOf(resident, 'harus', 'id'), 'Siti');
  });

  test('"who gave his name only as Ali" names the one described; a bracket after a name is about the name', () => {
    assert.equal(speakerOf('"Business has collapsed," said one shopkeeper, who gave his name only as Ali.', 'collapsed', 'en'), 'Ali');
    assert.equal(speakerOf('Councillor Jane Doe (Lab, Riverside) said: "Residents deserve better."', 'Residents', 'en'), 'Jane Doe');
    assert.equal(speakerOf('"Memang benar ada warga yang hanyut," kata Ketua RT 05, Suparman.', 'hanyut', 'id'), 'Suparman');
  });

  test('one word in lower case after a verb of saying is a partial quotation, whoever the speaker ("Police said the attack was "unprovoked"")', () => {
    const headline = 'Latest News From The Town Council Meeting\n\n';
    for (const [sentence, name] of [
      ['Police said the attack was "unprovoked".', 'Police'],
      ['The coach said his team had been "naive" in defence.', 'The coach'],
    ]) {
      const { article } = extractForReview(headline + sentence, { lang: 'en' });
      assert.equal(article.quotes.length, 1, sentence);
      assert.equal(article.quotes[0].partial, true, sentence);
      assert.equal(article.speakers.find((speaker) => speaker.id === article.quotes[0].speaker).name, name, sentence);
    }
    // A capitalised word is a name or a title: "the "Smiler" nickname" is no quotation.
    const nickname = extractForReview(`${headline}Police said the man, known as "Smiler", was arrested.`, { lang: 'en' });
    assert.equal(nickname.article.quotes.length, 0);
  });

  test('the name after an Indonesian passive verb is who the story is about ("Hal yang sama juga dirasakan Irul")', () => {
    const text =
      '"Sedang naik-naiknya beras sekarang," ucap Wati, pedagang beras.\n\nHal yang sama juga dirasakan Irul, grosir bahan pokok.\n\nDia mengatakan harga beras premium naik.\n\n"Beras SPHP tidak pernah ada lagi," katanya.';
    assert.equal(speakerOf(text, 'SPHP', 'id'), 'Irul');
  });

  test('"Darren Williams, Wrexham Council\'s chief officer, said:" is Darren Williams; "Windies skipper Carlos Brathwaite" a titled name', () => {
    const officer = 'Darren Williams, Wrexham Council\'s chief officer for the environment, said: "The weather caused widespread issues."';
    const got = attributionOf(officer, 'weather', 'en');
    assert.equal(got.name, 'Darren Williams');
    assert.equal(got.entity.role, 'Chief officer');
    const skipper =
      'Meanwhile, Windies skipper Carlos Brathwaite praised his team.\n\n"We wanted to put a smile on the fans\' faces," he said.';
    assert.equal(speakerOf(skipper, 'smile', 'en'), 'Carlos Brathwaite');
  });

  test('partial quotations after "pointing out that" and "quoted X as saying" are the subject\'s and X\'s', () => {
    const pointing = 'Cllr Arthur McDonald raised the matter, pointing out that the county was "so badly in need of housing".';
    assert.equal(speakerOf(`Council Meeting Hears Housing Row In Carlow\n\n${pointing}`, 'badly', 'en'), 'Arthur McDonald');
    const quoted =
      'The police spokesperson quoted the Commissioner of Police in the state, Ikioye Orutugu, as saying that the attack was an "attack on the soul of the nation".';
    assert.equal(speakerOf(`Police Arrest Two Suspects Over Attack\n\n${quoted}`, 'soul', 'en'), 'Ikioye Orutugu');
  });

  test('after a quotation, "while X remarked" is another speaker\'s: the words before the colon keep it', () => {
    const text =
      'However, cllr Phelan was adamant: "You are objecting to houses", while cllr Ken Murnane remarked: "It does not make sense."';
    assert.equal(speakerOf(`Council Meeting Hears Housing Row In Carlow\n\n${text}`, 'objecting', 'en'), 'Phelan');
    assert.equal(speakerOf(`Council Meeting Hears Housing Row In Carlow\n\n${text}`, 'sense', 'en'), 'Ken Murnane');
  });

  test('"jawabnya Bobby": the name after a "-nya" cue; a sentence naming who spoke comes before a quotation', () => {
    const nya = 'Bobby Setiabudi mengalahkan Yonathan Ramlie di final.\n\n"Ya, sebenernya tak nyangka bisa raih gelar," jawabnya Bobby.';
    assert.equal(speakerOf(nya, 'nyangka', 'id'), 'Bobby Setiabudi');
    const marcos =
      '"We hope the floods subside today," said Andre Dizon, the police director. Access remains a problem, President Ferdinand Marcos said at a news conference. "There have been landslides where there were none before."';
    assert.equal(speakerOf(marcos, 'landslides', 'en'), 'Ferdinand Marcos');
  });

  test('"The Command`s spokesman, SP Benjamin Hundeyin," is the spokesman later: a backtick for an apostrophe, a police rank', () => {
    const text =
      'The Police in Lagos State said it had arrested three suspects.\n\nThe Command`s spokesman, SP Benjamin Hundeyin, disclosed this on Tuesday.\n\nThe spokesman commended residents for the information.\n\n"Policing is everyone\'s business," he said.';
    assert.equal(speakerOf(text, 'Policing', 'en'), 'Benjamin Hundeyin');
  });

  test('"she" is no group described in the plural; a clause opened by "Although" is not the subject', () => {
    const text =
      'Council Approves Tax Increase After Three Failed Budget Votes\n\n"Borrowing funds is not an option," council member Thomas Lynch said.\n\nThe members voted unanimously to lower the increase.\n\nAlthough 57 percent of voters have consistently rejected the town budget proposals this year, council member Barbara E. Riordan was initially reluctant.\n\n"I can\'t vote on this," she said.';
    assert.match(speakerOf(text, 'vote on this', 'en'), /^Barbara E\.? Riordan$/);
  });

  test('"seorang warga bernama Darwato" is Darwato; "Lebih lanjut" opening a sentence names no one', () => {
    const named = '"Tadi saya habis ngantar istri ke pasar," ujar seorang warga bernama Darwato kepada wartawan.';
    assert.equal(speakerOf(named, 'ngantar', 'id'), 'Darwato');
    const further =
      'Jalan Rusak Dikeluhkan Warga Di Jawa Tengah\n\n"Setiap ada laporan langsung ditindaklanjuti," kata Hanung.\n\nLebih lanjut Hanung meminta masyarakat melapor.\n\n"Para petugas sudah siap di lapangan," pungkasnya.';
    assert.equal(speakerOf(further, 'Para petugas', 'id'), 'Hanung');
  });

  test('"A resident of Sultanabad, Arshad Khan, said" is Arshad Khan, and "he added" after it too', () => {
    const text =
      'Power Cuts Anger Residents\n\nProtesters blocked the road for hours on Monday.\n\nA resident of Sultanabad, Arshad Khan, said that power supply remained disrupted. "The power supply is disconnected anytime," he added.';
    assert.equal(speakerOf(text, 'disconnected', 'en'), 'Arshad Khan');
  });

  test('a name alone after a quotation signs it; "That was the warning from", "Hal itu disampaikan" in the next paragraph', () => {
    const signed = 'Traders To Strike\n\nThe traders will close their shops.\n\n"On Friday, all the markets will be closed." Ilyas Memon.';
    assert.equal(speakerOf(signed, 'markets', 'en'), 'Ilyas Memon');
    const lede =
      'Club On The Brink\n\nFans gathered on Monday.\n\n"We are days away from losing everything."\n\nThat was the warning from Mary Jones, chair of Riverside FC, after the owners pulled out.';
    assert.equal(speakerOf(lede, 'days away', 'en'), 'Mary Jones');
    const disampaikan =
      'Banjir Di Medan\n\n"Kami sudah mengerahkan perahu karet ke lokasi."\n\nHal itu disampaikan Kepala BPBD Medan, Andi Lubis, kepada wartawan, Senin (5/12).';
    assert.equal(speakerOf(disampaikan, 'perahu', 'id'), 'Andi Lubis');
    // A next paragraph that does not point back names no one for it.
    const unrelated =
      'Club On The Brink\n\nFans gathered on Monday.\n\n"We are days away from losing everything."\n\nMary Jones, chair of Riverside FC, said the owners pulled out.';
    assert.equal(speakerOf(unrelated, 'days away', 'en'), 'Unknown');
  });

  test('"The spokesman said" after a person named by surname alone is that person; a spokesman for another is not', () => {
    const text =
      'Robbery Suspects Held\n\nHundeyin said the suspects were arrested on Sunday after a tip-off.\n\nThe spokesman said the items recovered included "one motorcycle, one new television and one laptop."';
    assert.equal(speakerOf(text, 'motorcycle', 'en'), 'Hundeyin');
    const union =
      'Robbery Suspects Held\n\nUnion leader Joe Bloggs said the arrests were overdue.\n\nThe spokesman said the items recovered included "one motorcycle, one new television and one laptop."';
    assert.notEqual(speakerOf(union, 'motorcycle', 'en'), 'Joe Bloggs');
  });

  test('"The bench observed:" is the bench; "The company, however, said:" with no company named is not the last speaker', () => {
    assert.equal(
      speakerOf(
        'Ruling On Mines\n\nThe court heard the case on Monday.\n\nThe bench observed: "What is this half-hearted job?"',
        'half-hearted',
        'en',
      ),
      'Bench',
    );
    const company =
      'Strike Called Off\n\nUnion leader Joe Bloggs said the offer was "a victory for every worker". The company, however, said: "Nothing has changed in our offer."';
    assert.equal(speakerOf(company, 'Nothing has changed', 'en'), 'Unknown');
  });

  test('"ujar pria yang akrab disapa Bang Andi itu" is the one the story is quoting', () => {
    const text =
      'Banjir Di Medan\n\n"Kami sudah mengerahkan perahu karet ke lokasi," kata Andi Lubis.\n\nIa menambahkan, pengungsi ditampung di masjid. "Logistik cukup untuk tiga hari," ujar pria yang akrab disapa Bang Andi itu.';
    assert.equal(speakerOf(text, 'Logistik', 'id'), 'Andi Lubis');
  });

  test('degrees after a name ("Iptu Baharuddin Buton, SH") and "PT." are no names; "melalui" hands the words to the officer', () => {
    const through =
      'Kecelakaan Truk Di Jayapura\n\nKapolres Jayapura AKBP Fredrickus Maclarimboen, S.IK., MH melalui Kasat Lantas Iptu Baharuddin Buton, SH saat dikonfirmasi mengatakan kecelakaan terjadi Minggu malam.\n\n"Pengemudi tidak memperhatikan bahu jalan," katanya.';
    assert.equal(speakerOf(through, 'bahu jalan', 'id'), 'Baharuddin Buton');
    const place =
      'Kebakaran Di Gili Trawangan\n\nKapolres Lombok Utara, AKBP I Wayan Sudarmanta, melalui Kapolsek Pemenang, Iptu Lalu Eka Arya Mardiwinata membenarkan kejadian tersebut.\n\n"Benar, telah terjadi kebakaran," katanya.';
    assert.match(speakerOf(place, 'telah terjadi', 'id'), /Eka Arya Mardiwinata$/);
    const company =
      'Kebakaran Pabrik Cat\n\nWali Kota Tangerang Arief Wismansyah meninjau lokasi.\n\nKebakaran menimpa pabrik cat PT. Kansai Prakarsa Coating.\n\n"Pemkot sudah kerahkan 25 unit mobil pemadam," ujarnya.';
    assert.equal(speakerOf(company, 'Pemkot', 'id'), 'Arief Wismansyah');
  });

  test('a title alone after the verb ("imbuh jaksa", "Kasat Lantas mengungkapkan") is the one the story gave it', () => {
    const jaksa =
      'Sidang Sunda Empire\n\nDalam amar tuntutannya, jaksa Kejati Jabar, Suharja menilai para terdakwa terbukti bersalah.\n\n"Meminta majelis hakim menjatuhkan pidana penjara empat tahun," imbuh jaksa.';
    assert.equal(speakerOf(jaksa, 'Meminta majelis', 'id'), 'Suharja');
    const unit =
      'Kecelakaan Truk Di Jayapura\n\nKasat Lantas Polres Jayapura Iptu Baharuddin Buton mengatakan kecelakaan terjadi Minggu malam.\n\nLebih lanjut Kasat Lantas mengungkapkan, sopir hilang kendali.\n\n"Empat orang meninggal dunia," terangnya.';
    assert.equal(speakerOf(unit, 'Empat orang', 'id'), 'Baharuddin Buton');
  });

  test('a title, its unit and a comma, then the holder: "Kepala Bidang … (P2P) Dinkes Kabupaten Bogor, Adang Mulyana"; a forum is no person', () => {
    const long =
      'DBD Meningkat Di Bogor\n\n"Penyakit yang biasa terjadi pada musim kemarau itu ISPA dan DBD," ungkap Kepala Bidang Pelayanan Pencegahan dan Pengendalian Penyakit (P2P) Dinkes Kabupaten Bogor, Adang Mulyana, Jumat (20/10/2023).';
    assert.equal(speakerOf(long, 'musim kemarau', 'id'), 'Adang Mulyana');
    const forum =
      'Demo Ojol Di Tasikmalaya\n\n"Kita membuat petisi untuk DPR," ujar salah seorang pembina Forum Transportasi Massal, Nanang Nurjamil di Taman Kota.';
    assert.equal(speakerOf(forum, 'petisi', 'id'), 'Nanang Nurjamil');
  });

  test('"Rev." and "Fr." end no sentence: "the minister said" is the Rev. John Ntim Fordjour', () => {
    const text =
      'Strike Talks In Accra\n\nDeputy Education Minister Rev. John Ntim Fordjour spoke in Accra on Monday.\n\n"We are hopeful that the unions will heed our appeal," the minister said.';
    assert.equal(speakerOf(text, 'hopeful', 'en'), 'John Ntim Fordjour');
    assert.equal(
      speakerOf('Church Appeal\n\nFr. Michael Kelly led the service.\n\n"We pray for the families," Fr. Kelly said.', 'pray', 'en'),
      'Michael Kelly',
    );
  });

  test('"Ms Royles said:" in a story about Keith and his daughter Tina Royles is Tina; "Mr Royles" and "Ms Royles" tell neither\'s gender', () => {
    const text =
      'Patient Waits Seven Hours\n\nKeith Royles broke his hip.\n\nPhotos showed Mr Royles under a tarpaulin.\n\nHis daughter Tina Royles said "the system is broken".\n\nMs Royles said: "We called an ambulance."';
    assert.equal(speakerOf(text, 'called an ambulance', 'en'), 'Tina Royles');
  });

  test('"Councilman Lovett proclaimed that …"; the sentence before the last of the paragraph above reports who speaks', () => {
    const proclaimed =
      'Council Tables Tax Plan\n\nCouncilman Lovett proclaimed that "the number of people in the room tells us that the citizens care".';
    assert.equal(speakerOf(proclaimed, 'citizens care', 'en'), 'Lovett');
    const text =
      'Floods In Gisborne\n\nMayor Nedine Thatcher Swann visited Mangapapa.\n\nOvernight about 40mm of rain fell over two hours, Thatcher Swann said. It was a surprise that flooding was concentrated there.\n\n"I guess this is part and parcel of what we would be expecting as our climate changes."';
    assert.equal(speakerOf(text, 'part and parcel', 'en'), 'Nedine Thatcher Swann');
  });

  test('a unit named by Indonesian nouns ("Kepala Bidang Pencegahan dan Pengendalian Penyakit") is no person', () => {
    const text =
      'DBD Di Jawa Tengah\n\nHal itu diungkapkan, Tatik Murhayati Kepala Bidang Pencegahan dan Pengendalian Penyakit, Dinas Kesehatan Jawa Tengah.\n\n"Jumlah penderita hingga saat ini mencapai 3.146 jiwa," katanya pada RMOL Jateng, Selasa (19/3).';
    assert.doesNotMatch(speakerOf(text, 'Jumlah penderita', 'id'), /Pencegahan|Pengendalian/);
  });

  test('"in Quarry Bay", "across Gauteng", "Lok Fu station": places, not the woman "she" stands for', () => {
    const text =
      'Chaos On The Trains\n\nThe disruption was the worst Ms Mei Lam had ever seen.\n\nA trip from Lok Fu station to her office in Quarry Bay took four hours.\n\n"I can\'t work and I have nothing to do," she said.';
    assert.equal(speakerOf(text, 'nothing to do', 'en'), 'Mei Lam');
    const strike =
      'Taxi Strike\n\nThousands of commuters across Gauteng were stranded on Thursday.\n\n"There were no taxis at all," he said.';
    assert.notEqual(speakerOf(strike, 'no taxis', 'en'), 'Gauteng');
  });

  test('a person a sentence introduces, though not its subject ("For Sipho Dube, a security guard, …"), is whom "he" stands for', () => {
    const text =
      'Taxi Strike\n\nThousands of commuters were stranded in Soweto.\n\nFor Sipho Dube, a security guard from Vosloorus, the consequences were harsher.\n\n"It means I had to go back home," he said.';
    assert.equal(speakerOf(text, 'go back home', 'en'), 'Sipho Dube');
  });

  test('"Mantan pelatih Persela Lamongan itu" describes the coach already quoted; "Pusat Data, Informasi, dan Komunikasi" is one unit', () => {
    const coach =
      'PSIM Kalah\n\n"Kami banyak salah," kata Aji Santoso usai pertandingan.\n\nMantan pelatih Persela Lamongan itu juga mencatat banyak kesalahan pemain belakang.\n\n"Babak kedua kami menguasai permainan," ucapnya.';
    assert.equal(speakerOf(coach, 'Babak kedua', 'id'), 'Aji Santoso');
    const unit =
      'Banjir Bekasi\n\n"Ada 500 unit rumah yang terendam banjir," kata Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB, Abdul Muhari.';
    assert.equal(speakerOf(unit, '500 unit', 'id'), 'Abdul Muhari');
  });

  test('"Alden Delvo, the police regional director of Davao, said": the person, not the place the title is of', () => {
    const text =
      'Drug Arrests\n\nIn a statement, Brigadier General Alden Delvo, the police regional director of Davao, said, "This clearly shows that the trade has no place here."';
    assert.equal(speakerOf(text, 'clearly shows', 'en'), 'Alden Delvo');
  });

  test('"The Federation of Uganda Traders Association boss, John Kabanda, added …" then "he said": the boss', () => {
    const text =
      'Traders Strike\n\nSsekito said the protest would go on.\n\nThe Federation of Uganda Traders Association boss, John Kabanda, added fuel to the fire, accusing landlords.\n\n"No one listens," he said.';
    assert.equal(speakerOf(text, 'No one listens', 'en'), 'John Kabanda');
  });

  test('"the assistant county commissioner, Mr Anthony Mwangi," then "said the commissioner": Mwangi', () => {
    const text =
      'Tuition Ban\n\nHowever, the assistant county commissioner, Mr Anthony Mwangi, accused the school of running a tuition scheme.\n\n"We all know that tuition is banned," said the commissioner.';
    assert.equal(speakerOf(text, 'tuition is banned', 'en'), 'Anthony Mwangi');
  });

  test('a page that lost the space after a full stop ("She left early.Shabbi Aslam runs a tea shop") still has two sentences', () => {
    const text =
      'Power Bills\n\nA resident, Muhammad Asghar, said he pays too much.\n\nShe left early.Shabbi Aslam runs a tea shop in Saddar.\n\n"We run a hotel," he said.';
    assert.match(speakerOf(text, 'We run a hotel', 'en'), /Aslam/);
  });

  test('"On Sunday night the municipality issued …" (an opening phrase, no comma): the municipality speaks when "it said"', () => {
    const text =
      'Water Outage\n\nOn Sunday night the municipality issued a statement.\n\n"The municipality is dealing with the issue," it said.';
    assert.match(speakerOf(text, 'dealing with the issue', 'en'), /municipality/i);
  });

  test('"Kapolresta Palu, Kombes Polisi Hari Rosena" then "ujar Kapolresta Palu": the chief of police named before', () => {
    const text =
      'Pencurian Terungkap\n\nKapolresta Palu, Kombes Polisi Hari Rosena memberikan apresiasi kepada jajarannya.\n\nMenurutnya, pengungkapan kasus ini adalah bukti komitmen Polresta Palu.\n\n"Tidak ada toleransi bagi pelaku kejahatan," ujar Kapolresta Palu.';
    assert.equal(speakerOf(text, 'Tidak ada toleransi', 'id'), 'Hari Rosena');
  });

  test('"Ketua KPU Papua Tengah, dalam sambutannya, menegaskan …" then "jelasnya": the office speaks, not the last name', () => {
    const text =
      'Rekapitulasi Suara\n\nRapat Pleno dibuka di Nabire.\n\nKetua KPU Papua Tengah, dalam sambutannya, menegaskan bahwa rekapitulasi sesuai aturan.\n\n"Hari ini kami resmi membuka rekapitulasi," jelasnya.';
    assert.equal(speakerOf(text, 'resmi membuka', 'id'), 'Ketua KPU Papua Tengah');
  });

  test('"Finance Committee boss Maurice Williamson told Newshub …" then "he said": the boss, not the last one quoted', () => {
    const text =
      'Rates Rise\n\n"None of us will entertain it," Filipaina told Newshub.\n\nAuckland Council\'s Finance Committee boss Maurice Williamson told Newshub a rise was a last resort.\n\n"There are many levers available," he said.';
    assert.equal(speakerOf(text, 'many levers', 'en'), 'Maurice Williamson');
  });

  test('"Cr Dawkins" is Councillor Andrea Dawkins; "the union" after "The Royal College of Nursing said" is the college', () => {
    const council =
      'Council Vote\n\nCouncillor Andrea Dawkins spoke first.\n\n"It is with great reluctance that I vote against it," Cr Dawkins said.';
    assert.equal(speakerOf(council, 'great reluctance', 'en'), 'Andrea Dawkins');
    const union =
      'Nurses Strike\n\nThe Royal College of Nursing said its members would walk out in June.\n\nBut the union has agreed a number of exemptions.\n\n"Patients will be safe," it said.';
    assert.equal(speakerOf(union, 'Patients will be safe', 'en'), 'Royal College of Nursing');
  });

  test('"jelas pria yang juga Wakil Ketua DPD PDI Perjuangan Jawa Timur itu": a long clause still describes the one quoted', () => {
    const text =
      'Penetapan Wali Kota\n\nMenurut Armuji, dewan mengusulkan pelantikan ke Menteri Dalam Negeri.\n\nRapat juga membahas surat edaran Mendagri.\n\n"Surat edaran itu menganjurkan rapat paripurna khusus," jelas pria yang juga Wakil Ketua DPD PDI Perjuangan Jawa Timur itu.';
    assert.equal(speakerOf(text, 'menganjurkan rapat', 'id'), 'Armuji');
  });

  test('"Lee Waters, MS for Llanelli, added:": the member, not the constituency (nor "Ms")', () => {
    const text =
      'School Closures\n\nThe council will extend the consultation.\n\nLee Waters, MS for Llanelli, added:\n\n"I am glad the council has listened to our calls."';
    assert.equal(speakerOf(text, 'listened to our calls', 'en'), 'Lee Waters');
  });

  test('"the mayor of Cedar Rapids promised" before "Mayor Ron Corbett said": the mayor, not the city', () => {
    const text =
      'Record Flooding\n\nWith the river rising, the mayor of Cedar Rapids promised residents the city would not be caught "off guard" again.\n\nMayor Ron Corbett said there was still time to protect homes.';
    const got = attributionOf(text, 'off guard', 'en');
    assert.equal(got.name, 'Ron Corbett');
    assert.notEqual(got.confidence, 'high');
  });

  test('"Ms Royles said:" opening a quotation of two paragraphs: the woman of the two Royles', () => {
    const text =
      'Ambulance Wait\n\nKeith Royles broke his hip.\n\nHis daughter Tina Royles said "the system is broken".\n\nMs Royles said: "We called an ambulance and waited for hours.\n\n"We called several times but they could not help."';
    assert.equal(speakerOf(text, 'We called an ambulance', 'en'), 'Tina Royles');
  });

  test('"Snr Const Steve Smith" then "Snr Const Smith said": the constable, named in full', () => {
    const text = 'Crash Inquiry\n\nSnr Const Steve Smith attended the scene.\n\n"The driver was lucky to survive," Snr Const Smith said.';
    assert.equal(speakerOf(text, 'lucky to survive', 'en'), 'Steve Smith');
  });

  test('a long title opening the sentence after the quotation: "District Commander Waikato Superintendent Bruce Bird said."', () => {
    const text =
      'Burglaries\n\nPolice arrested several adults over the weekend.\n\n"Our staff have arrested a number of people this weekend." District Commander Waikato Superintendent Bruce Bird said.';
    assert.equal(speakerOf(text, 'Our staff', 'en'), 'Bruce Bird');
  });

  test('a quotation alone after a paragraph about the one quoted before it is theirs, to review; not after one about another', () => {
    const about =
      'Rates Rise\n\n"Some of it will be cutting costs," Maurice Williamson said.\n\nBut Williamson sent mixed messages about whether a rise would happen.\n\n"We are never going to do that, I can tell you."';
    const got = attributionOf(about, 'never going to do that', 'en');
    assert.equal(got.name, 'Maurice Williamson');
    assert.equal(got.confidence, 'medium');
    assert.match(got.cue, /paragraph about the one quoted before/);
    const another =
      'Rates Rise\n\n"Some of it will be cutting costs," Maurice Williamson said.\n\nBut Mayor Wayne Brown sent mixed messages about whether a rise would happen.\n\n"We are never going to do that, I can tell you."';
    assert.notEqual(speakerOf(another, 'never going to do that', 'en'), 'Maurice Williamson');
  });

  test('"Pelatih Persib Bandung, Bojan Hodak" then "Persib" as a subject: the club is no one "katanya" stands for', () => {
    const text =
      'Persib Menang\n\nBANDUNG: Pelatih Persib Bandung, Bojan Hodak mengapresiasi kerja keras anak asuhnya sehingga bisa mengalahkan Persija Jakarta 1-0.\n\nGol tunggal Persib Bandung pada pekan ke-17 Super League dicetak Beckham Putra Nugraha menit 5.\n\n"Seperti yang saya katakan sebelumnya, ini ibaratnya pertandingan final," kata Bojan Hodak.\n\nDia mengaku sangat senang dengan kemenangan tersebut. Bagaimana tidak, selain berhasil menjaga gengsi sekaligus mengukuhkan Persib bandung sebagai juara paruh musim.\n\n"Kami mencetak satu gol dan saya sangat senang," katanya.';
    assert.equal(speakerOf(text, 'Kami mencetak satu gol', 'id'), 'Bojan Hodak');
  });

  test('"Septian David Pemain PSIS Semarang mengucapkan": the player, named before his title, and not a subheading', () => {
    const text =
      'PSIS Kalah\n\n"Kita menang bersama dan kalah pun tetap bersama," jelas Agius.\n\nSementara itu, Septian David Pemain PSIS Semarang mengucapkan bahwa kekalahan itu menjadi pelajaran penting.\n\nLaga Derby Jateng\n\n"Selamat buat Persis Solo memenangkan pertandingan malam hari ini," ucapnya.';
    assert.equal(speakerOf(text, 'Selamat buat Persis Solo', 'id'), 'Septian David');
  });

  test('"Triwarno Purnomo, SSTP, MSi," then "katanya": degrees after a name are no one', () => {
    const text =
      'Kebakaran Pasar\n\nPenjabat Bupati Jayapura Triwarno Purnomo, SSTP, MSi, yang turun ke lokasi menyampaikan ikut prihatin.\n\n"Musibah kebakaran ini tidak boleh terulang lagi," katanya.';
    assert.equal(speakerOf(text, 'Musibah kebakaran', 'id'), 'Triwarno Purnomo');
  });

  test('"pungkas Kasi Intel" after "Kasi Intel Kejari Denpasar I Putu Eka Suyantha": the office named by its start', () => {
    const text =
      'Sidang Korupsi\n\nKasi Intel Kejari Denpasar I Putu Eka Suyantha mengatakan, sidang dilanjutkan pekan depan.\n\n"Sidang akan digelar pada tanggal 28 Januari 2022," pungkas Kasi Intel.';
    assert.equal(speakerOf(text, 'Sidang akan digelar', 'id'), 'I Putu Eka Suyantha');
  });

  test('"ada beberapa teman nelayan yang pergi melaut" then "ungkapnya": a plural group is no one "-nya" stands for', () => {
    const text =
      'Nelayan Tak Melaut\n\nErwin, nelayan Manado, mengaku sudah seminggu tidak melaut.\n\n"Gelombang masih tinggi," kata Erwin.\n\nBahkan ada beberapa teman nelayan yang pergi melaut terpaksa harus kembali.\n\n"Karena memang di tengah laut sangat kencang sekali jadi kami tidak berani," ungkapnya.';
    assert.equal(speakerOf(text, 'kencang sekali', 'id'), 'Erwin');
  });

  test('"Imbauan untuk masyarakat Jogja …" then "kata dia": a city is no one, the one named before speaks', () => {
    const text =
      'Demam Berdarah\n\nKepala Dinas Kesehatan Kota Yogyakarta Lana Unwanah mengatakan kasus menurun.\n\nImbauan untuk masyarakat Jogja diharapkan mampu menjaga kebersihan bersama.\n\n"PHBS yang kita minta terus dilakukan," kata dia.';
    assert.equal(speakerOf(text, 'PHBS', 'id'), 'Lana Unwanah');
  });

  test('"Desire Primo, 64, … said" then "…," the pensioner said.": the one just introduced, not a new "pensioner"', () => {
    const text =
      'House Fire\n\n"We fought the fire for hours," fire chief Marlon Gentle said.\n\nDesire Primo, 64, who lived in the house where the fire started, said her flat was on the lower floor.\n\n"I was in my bed sleeping when the heat woke me up," the pensioner said.';
    assert.equal(speakerOf(text, 'in my bed', 'en'), 'Desire Primo');
  });

  test('"A screenshot posted by the resident shows …" then "he wrote": a screenshot is no one', () => {
    const text =
      'Flooded Car Park\n\n"Every time it rains the car park floods," Mr Tan explained.\n\nA screenshot posted by the resident on Facebook shows that Mr Tan filed a complaint in 2021.\n\n"For three years I wrote to the town council," he wrote.';
    assert.equal(speakerOf(text, 'For three years', 'en'), 'Tan');
  });

  test('"Gill Harris, deputy CEO … for Betsi Cadwaladr Health Board said:": the name that opens the clause, not the board', () => {
    const text =
      'Waiting Times\n\nGill Harris, deputy CEO and executive director of clinical services for Betsi Cadwaladr Health Board said: "I apologise to anyone who waits longer than they should."';
    assert.equal(speakerOf(text, 'I apologise', 'en'), 'Gill Harris');
  });

  test("quotations typed with two apostrophes, ''…'', are quotations", () => {
    const text = "Market Raid\n\n''There is a conflict between the officials and the directors,'' trader Mary Wanjiku alleged.";
    assert.equal(speakerOf(text, 'There is a conflict', 'en'), 'Mary Wanjiku');
  });

  test('a curly quotation keeps the quotations nested in it, curly or straight, whole', () => {
    const text =
      'Police Shooting\n\n“These are the “imaginary bullets” that hit the police vehicle,” said Commissioner Gary Griffith.\n\nHe asked: “Did the officer shoot himself? For those who call the victims "innocent" people, this says a lot.”';
    const { article } = extractForReview(text, { lang: 'en' });
    assert.ok(article.quotes.some((quote) => quote.text.includes('imaginary bullets” that hit the police vehicle')));
    assert.ok(article.quotes.some((quote) => quote.text.includes('"innocent" people, this says a lot')));
  });

  test('extractArticle still returns the article alone', () => {
    const article = extractArticle('"It is unsafe," Mayor Denise Okafor said.', { lang: 'en' });
    assert.equal(article.quotes.length, 1);
    assert.equal('attributions' in article, false);
  });
});

describe('the twelfth pass: who a phrase is about, on text shaped like test19 and test20', () => {
  test('"Waiting for …, Commissioner Allan Bradford took a deep breath." then "he said": the subject after an opening participle', () => {
    const text =
      'Tax Vote\n\nWaiting for an elected official to make a motion, Dade County Commissioner Allan Bradford took a deep breath.\n\n"This is one of the hardest things I have ever done," he said.';
    assert.equal(speakerOf(text, 'hardest things', 'en'), 'Allan Bradford');
  });

  test('"According to Phillips, these young Wales players are growing …" then "he said": "according" opens no participle phrase', () => {
    const text =
      'Rugby\n\nWales were adamant they would not allow it to happen again.\n\nAccording to Phillips, these predominantly young Wales players are growing as a team. "There were potentially game-changing moments," he said.';
    assert.equal(speakerOf(text, 'game-changing', 'en'), 'Phillips');
  });

  test('"Relating this is none other than …": a participle that is an inverted subject opens no phrase to skip', () => {
    const text =
      'Causeway Jam\n\nRelating this is none other than Mentri Besar Datuk Onn Hafiz Ghazi, who made a plea for a solution.\n\nHe raised it with the Prime Minister on Monday.\n\n"I appealed to him for something to be done," he said.';
    assert.match(speakerOf(text, 'I appealed', 'en'), /Onn Hafiz Ghazi$/);
  });

  test('"Rajesh Srivastava, a resident from Kharghar said": the person, not where they live', () => {
    const text = 'Water Cuts\n\nRajesh Srivastava, a resident from Kharghar said, "We are facing water issues for the last six months."';
    assert.equal(speakerOf(text, 'water issues', 'en'), 'Rajesh Srivastava');
  });

  test('"Jo Goodchild from Unite the Union says …:": the person, not the union', () => {
    const text =
      'Factory Closure\n\nJo Goodchild from Unite the Union says the news is no surprise: "We campaigned hard to save these jobs."';
    assert.equal(speakerOf(text, 'campaigned hard', 'en'), 'Jo Goodchild');
  });

  test('"said Teamsters Local 100 President Bill Davis": the titled person after the union\'s name', () => {
    const text =
      'Bus Strike\n\n"The big sticking point is what they can use the footage for," said Teamsters Local 100 President Bill Davis.';
    assert.equal(speakerOf(text, 'sticking point', 'en'), 'Bill Davis');
  });

  test('"Kariakoo community chairman, Mr Martin Mbwana" then "said the chairman": the chairman named before', () => {
    const text =
      'Traders Strike\n\nSpeaking on behalf of the traders, Kariakoo businesspeople community chairman, Mr Martin Mbwana said he is only their representative.\n\n"I am only a messenger. What you decide is what I follow," said the chairman.';
    assert.equal(speakerOf(text, 'only a messenger', 'en'), 'Martin Mbwana');
  });

  test('"said the father-of-one": a parent named by their children is the one the story is about', () => {
    const text =
      'Flat Fire\n\nScott Main, 43, escaped the fire with his son.\n\nMr Main described how he first heard voices shouting outside.\n\n"I was sitting here watching television when I heard loud banging," said the father-of-one.';
    assert.equal(speakerOf(text, 'watching television', 'en'), 'Scott Main');
  });

  test('"Toyiya who is the Forum Chairperson said" then "he said": the person the relative clause is about', () => {
    const text =
      'Protest Leaders\n\nThe trio Loyiso Toyiya, Lefa Nkala and Jack Hlongwane addressed their supporters outside court.\n\nTheir bail condition was that they should not take part in public violence but Toyiya who is the Diepsloot Community Forum Chairperson said the protests will continue.\n\n"They will never distract us," he said.\n\nThe Forum\'s Deputy Chairperson Lefa Nkala has vowed to continue the protests.';
    assert.equal(speakerOf(text, 'never distract', 'en'), 'Loyiso Toyiya');
  });

  test('"Kepala Dinas Kesehatan kota Ambon Treesje Tory menyatakan": the name after the office and its city', () => {
    const text =
      'Kasus DBD Meningkat\n\nKepala Dinas Kesehatan kota Ambon Treesje Tory menyatakan kasus demam berdarah di Ambon meningkat.\n\n"Sampai dengan April tercatat 37 kasus DBD di Ambon," katanya.';
    assert.equal(speakerOf(text, '37 kasus', 'id'), 'Treesje Tory');
  });

  test('"pelatih asal Negeri Jiran Malaysia" is the coach, and "dia" after it too', () => {
    const text =
      'Persik Kalah\n\nPelatih Persik Kediri Ong Kim Swee kecewa dengan hasil pertandingan.\n\nSelain itu pelatih asal Negeri Jiran Malaysia mengomentari kepemimpinan wasit. "Keputusan wasit juga tidak membantu," ungkap dia.';
    assert.equal(speakerOf(text, 'Keputusan wasit', 'id'), 'Ong Kim Swee');
  });

  test('"ucap pemain pinjaman asal Persib Bandung": the one player the story named, not the club', () => {
    const text =
      'Persik Kalah\n\nIkut menambahkan pemain Persik Kediri Hen Hen Herdiana mengaku kecewa atas hasil itu.\n\n"Bagi saya sebagai pemain ini hasil yang mengecewakan," ucap pemain pinjaman asal Persib Bandung.';
    assert.equal(speakerOf(text, 'hasil yang mengecewakan', 'id'), 'Hen Hen Herdiana');
  });

  test('"lanjut mantan Kasatlantas Polres Sijunjung ini": a title with "ini" is the one the story is about', () => {
    const text =
      'Motor Sitaan\n\n"Barang buktinya belum diambil oleh pemiliknya," ucap Kapolsek Padang Utara Kompol Afrino Chan.\n\n"Ada yang sudah kita tilang dan ada yang belum," lanjut mantan Kasatlantas Polres Sijunjung dan Polres Arosuka Solok ini.';
    assert.equal(speakerOf(text, 'sudah kita tilang', 'id'), 'Afrino Chan');
  });
});

describe('the thirteenth pass: on text shaped like test21 and test22', () => {
  test('"Anna Karon shares the same frustration. "…"": the person the sentence before is about, not the last speaker', () => {
    const text =
      'Floods\n\nAbsalom Sofika, another resident, said the problem has persisted. "For 12 years, I have experienced the same situation."\n\nAnna Karon shares the same frustration. "For many years, we have been sitting with the same problem."';
    const got = attributionOf(text, 'For many years', 'en');
    assert.equal(got.name, 'Anna Karon');
    assert.equal(got.confidence, 'medium');
    assert.match(got.cue, /the sentence before, in the paragraph, is about the one it names/);
  });

  test('"kata Ai", "Menurut Ai": a name of two letters the story quotes is a name "-nya" can stand for', () => {
    const text =
      'Harga Beras Naik\n\nSekhu Mansur, pedagang lain, mengatakan pasokan lancar.\n\n"Harganya mahal, naiknya perkilo lebih dari Rp1000," kata Ai, salah satu pedagang beras di Pasar Induk Cipinang.\n\nMenurut Ai, kenaikan harga beras tak menjadi masalah.\n\n"Saya masoknya ke rumah makan, jadi gak terlalu masalah," tandasnya.';
    assert.equal(speakerOf(text, 'masoknya ke rumah makan', 'id'), 'Ai');
  });

  test('"Protes menteri itu, kata Lucius lagi, …": a capitalised word and a title in lower case are no name', () => {
    const text =
      'Rapat DPR\n\nPeneliti Formappi Lucius Karus menilai kemarahan menteri wajar.\n\nProtes menteri itu, kata Lucius lagi, mestinya menjadi catatan serius bagi DPR.\n\n"Soal agenda rapat, ya mestinya konsisten," ujarnya.';
    assert.match(speakerOf(text, 'agenda rapat', 'id'), /Lucius Karus$/);
  });

  test('"according to a release from the NDP": the document speaks for whoever issued it', () => {
    const text =
      'Hospital Overcrowding\n\nOvercrowding has pushed the hospital to the verge of a code orange, which "is called when a disaster results in mass casualties," according to a release from the NDP.';
    assert.equal(speakerOf(text, 'mass casualties', 'en'), 'NDP');
  });

  test('"According to Ssekito, during the meeting government asked them …" then a quotation: the one the sentence reports', () => {
    const text =
      'Traders Strike\n\nIssa Ssekito, the traders\' spokesperson, said shops will stay closed.\n\nAccording to Ssekito, during the meeting government asked them for a week to settle the matter.\n\n"We are going to use that one week in a demonstration against the policy."';
    assert.equal(speakerOf(text, 'one week in a demonstration', 'en'), 'Issa Ssekito');
  });
});

describe('the fourteenth pass: on text shaped like test23 and test24', () => {
  test('"…was all the more pleasing, said Rowland Phillips: "…"": the name after a verb that follows a comma', () => {
    const text =
      'Rugby\n\nWales managed to produce the result with six new caps, which was all the more pleasing, said Rowland Phillips: "Every one of them played their part."';
    assert.equal(speakerOf(text, 'played their part', 'en'), 'Rowland Phillips');
  });

  test('"…, told Al Arabiya English: "…"": the one told is no speaker', () => {
    const text =
      'Rents\n\nOmar Haddad, 34, a Lebanese expat, who works as a brand manager in Dubai, told Al Arabiya English: "I had an increase of 10 percent while some friends had more."';
    assert.notEqual(speakerOf(text, 'increase of 10 percent', 'en'), 'Arabiya English');
  });
});

describe('the fifteenth pass: patterns common to many splits', () => {
  test("a multi-paragraph quotation after one closed with two apostrophes (''): the same speaker goes on", () => {
    const text =
      "Water\n\n\"The dairy industry has largely supported the plan, mainly because it is underpinned by science,'' Mr Terry Richardson said.\n\n\"A plan that ensures a balance between irrigation and rivers is good policy.\n\n\"Not only that, but the government must also ensure an open water market.''";
    const got = attributionOf(text, 'balance between irrigation', 'en');
    assert.equal(got.name, 'Terry Richardson');
    assert.match(got.cue, /continues the quote of the paragraph before/);
  });

  test('"Senada, nelayan lainnya, Pardi mengaku …": a word that opens the sentence is no speaker', () => {
    const text =
      'Nelayan\n\n"Cuaca ini tak bisa diprediksi," lanjut Supardi.\n\nSenada, nelayan lainnya, Pardi mengaku belum berani melaut.\n\n"Saya belum berani melaut sekarang," katanya.';
    assert.equal(speakerOf(text, 'belum berani melaut sekarang', 'id'), 'Pardi');
  });

  test('"…," Kata Naap: a verb of saying capitalised by mistake is not part of the name', () => {
    const text =
      'Sepak bola\n\nPelatih PSBS Biak, Herry Naap mengatakan persiapan masih perlu dimatangkan.\n\n"Kami pastikan dilaga-laga berikutnya PSBS siap menang," Kata Naap seperti dilansir di fanpage klub.';
    assert.equal(speakerOf(text, 'siap menang', 'id'), 'Herry Naap');
  });

  test('"Sugio, salah satu pemilik kios mengaku …" then "katanya": the one named, not the description after the name', () => {
    const text =
      'Kebakaran\n\nTiga kios di pasar terbakar pada Rabu pagi.\n\nSugio, salah satu pemilik kios mengaku sudah di rumah saat kebakaran.\n\n"Di dalam kios ada 2 ton gula pasir," katanya.';
    assert.equal(speakerOf(text, '2 ton gula pasir', 'id'), 'Sugio');
  });

  test('"Weni (56), salah satu pedagang beras …": an age in brackets before the description', () => {
    const text =
      'Harga beras\n\nHarga beras naik di Purwokerto.\n\nWeni (56), salah satu pedagang beras di pasar mengungkapkan, bahwa kenaikan terjadi sejak setengah bulan lalu.\n\n"Kalau biasanya itu paling naik Rp 500 perak," katanya.';
    assert.equal(speakerOf(text, 'Rp 500 perak', 'id'), 'Weni');
  });

  test('quotations set in doubled curly single marks (‘‘…’’) are found, and run on over paragraphs', () => {
    const text =
      'Rates\n\nMayor Helen Worboys said the council had not heard from urban ratepayers.\n\n‘‘I accept, politically, that this proposal is difficult.\n\n‘‘However, this is not just about rural ratepayers,’’ she said.';
    const { article } = extractForReview(text, { lang: 'en' });
    assert.equal(article.quotes.length, 1);
    assert.match(article.quotes[0].text, /^I accept, politically, .*\n\nHowever, this is not just about rural ratepayers$/s);
    assert.equal(speakerOf(text, 'I accept', 'en'), 'Helen Worboys');
  });

  test('a scare quote in doubled curly marks before a term noun is no quotation: a ‘‘status quo’’ option', () => {
    const text = 'Rates\n\nWorboys admitted the council neglected to include a ‘‘status quo’’ option in the consultation document.';
    assert.deepEqual(
      extractForReview(text, { lang: 'en' }).article.quotes.map((quote) => quote.text),
      [],
    );
  });

  test('a pull quote followed by a paragraph that is only a name: that name signs it', () => {
    const text =
      'Rates\n\nIt was possible residents could seek a judicial review, chief executive Richard Templer said.\n\n‘‘I accept, politically, that this proposal is difficult.’’\n\nMayor Helen Worboys\n\nWorboys said the council did not hear from urban ratepayers.';
    const got = attributionOf(text, 'I accept', 'en');
    assert.equal(got.name, 'Helen Worboys');
    assert.match(got.cue, /a name signing the quote/);
  });

  test('"X said … Y, adding: "…"": a participle after a comma has the sentence\'s subject, not the nearest name', () => {
    const text = 'Bridge\n\nMayor Jane Doe said the plan was backed by Premier John Smith, adding: "We will build it by May."';
    assert.equal(speakerOf(text, 'build it by May', 'en'), 'Jane Doe');
  });

  test('"Omar, 34, a Lebanese expat, … told reporters" then a quotation: a nationality before a noun names no one', () => {
    const text =
      'Rents\n\nOmar, 34, a Lebanese expat, who works as a brand manager in Dubai, told reporters that his rent went up.\n\n"I had an increase of 10 percent while some friends had more."';
    assert.equal(speakerOf(text, 'increase of 10 percent', 'en'), 'Omar');
  });

  test('"Onn Hafiz was heard saying: "…"": the one heard speaks', () => {
    const text = 'Hospitals\n\nIn a video posted on Twitter, Onn Hafiz was heard saying: "We will fix the emergency ward."';
    assert.equal(speakerOf(text, 'emergency ward', 'en'), 'Onn Hafiz');
  });

  test('"Sementara itu, pembeli di Pasar Jakabaring, Tini, mengeluhkan …" then "katanya": the one named after the description', () => {
    const text =
      'Harga cabai\n\nSementara itu, pembeli di Pasar Jakabaring Palembang, Tini, mengeluhkan harga cabai yang terus naik.\n\n"Saya sudah keliling pasar, dan ini yang paling murah," katanya.';
    assert.equal(speakerOf(text, 'keliling pasar', 'id'), 'Tini');
  });

  test('"…," tutupnya: closing a story is a verb of saying', () => {
    const text =
      'Demo buruh\n\n"Kami meminta kenaikan UMK," ujar Salimul Kasem.\n\nRatusan buruh lalu masuk ke kantor wali kota.\n\n"Harapan kami bisa langsung jumpa dengan Wali Kota," tutupnya.';
    assert.equal(speakerOf(text, 'Harapan kami', 'id'), 'Salimul Kasem');
  });
});

describe('after scoring test25 and test26: quotation marks as real pages type them', () => {
  test('a story with no double quotation mark quotes with single ones: ‘…,’ said …', () => {
    const text =
      'Storm prep\n\nPolice and fire services are getting ready for a storm.\n\n‘We’re on call all the time, 24-seven,’ said Chief Fire Officer Roy Grant.\n\nThe Frank Sound fire house is in what’s thought to be a safer location.';
    const got = attributionOf(text, '24-seven', 'en');
    assert.equal(got.name, 'Roy Grant');
    assert.equal(extractForReview(text, { lang: 'en' }).article.quotes.length, 1);
  });

  test('single marks stay apostrophes and scare quotes in a story that quotes with double ones', () => {
    const text =
      'Storm prep\n\nThe station\'s crew said the shelter was ‘fine’ last year.\n\n"We are ready," said Chief Fire Officer Roy Grant.';
    assert.deepEqual(
      extractForReview(text, { lang: 'en' }).article.quotes.map((quote) => quote.text),
      ['We are ready'],
    );
  });

  test('K Saravanan said," For …”: a straight mark typed after the comma opens the quotation its right mark closes', () => {
    const text =
      'Floods\n\nK Saravanan, a resident of Baba Nagar, said," For the second successive year, streets and houses have been flooded.”';
    assert.equal(speakerOf(text, 'second successive year', 'en'), 'K Saravanan');
  });

  test('“ Saya ga tau …,” katanya: a left mark with a stray space after it still opens mid-paragraph', () => {
    const text =
      'Kecelakaan\n\nSopir truk Budi Santoso mengaku kaget. Tiba-tiba sebuah sepeda motor memotong jalan. “ Saya ga tau. Tau-tau saya sudah berhenti disitu,” katanya.';
    assert.equal(speakerOf(text, 'Saya ga tau', 'id'), 'Budi Santoso');
  });

  test('"Suryani, salah seorang pedagang cabai …" then "ujarnya": the one named, not the description', () => {
    const text =
      'Harga cabai\n\nHarga cabai di pasar naik.\n\nSuryani, salah seorang pedagang cabai di Pasar Terong mengatakan harga sudah lama naik.\n\n"Sebenarnya lama mi naik," ujarnya.';
    assert.equal(speakerOf(text, 'lama mi naik', 'id'), 'Suryani');
  });

  test('"Nations coach Nana Yaw Amankwah has eulogized his players …" then a quotation alone: the one who praised them', () => {
    const text =
      'Kotoko win\n\nKotoko beat Nations FC 2-1 on Sunday.\n\nDespite the defeat, Nations coach Nana Yaw Amankwah has eulogized his players for their performance.\n\n“My players did very well because they were determined.”';
    assert.equal(speakerOf(text, 'My players did very well', 'en'), 'Nana Yaw Amankwah');
  });

  test('"the Kremlin spokesman said" is the one named with that title at the Kremlin, not another spokesman', () => {
    const text =
      'Talks\n\nKremlin spokesman Dmitry Peskov spoke to reporters on Monday. White House spokesman John Kirby spoke later.\n\n"We see no basis for talks," the Kremlin spokesman said.';
    assert.equal(speakerOf(text, 'no basis for talks', 'en'), 'Dmitry Peskov');
  });

  test('"the Black Satellites head coach" whom the story never names is described so, not named after the team', () => {
    const text = 'Draw in Accra\n\nThe match ended 1-1.\n\n"We were a bit too anxious," the Black Satellites head coach said.';
    assert.equal(speakerOf(text, 'too anxious', 'en'), 'Black Satellites head coach');
  });

  test('“…,” questions Tawde.: a verb of the present the lexicon does not list, then a name that ends the sentence', () => {
    const text =
      'Water cuts\n\nRahul Tawde, a resident of sector twelve, said they rely on tankers. “When common people are not getting water, how are the tankers getting water,” questions Tawde.';
    assert.equal(speakerOf(text, 'When common people', 'en'), 'Rahul Tawde');
  });

  test('"Marion Miranda, the Sta. Ana … officer, added": a full stop after "Sta." ends no sentence', () => {
    const text =
      'Typhoon\n\n“People only ask to be rescued when the storm is here,” Marion Miranda, the Sta. Ana Municipal Disaster Risk Reduction and Management (MDRRM) officer, added.';
    assert.equal(speakerOf(text, 'only ask to be rescued', 'en'), 'Marion Miranda');
  });

  test('a quotation alone whose paragraph ends “…started”. follows the one the paragraph before reports', () => {
    const text =
      'Market fire\n\nSpeaking on the incident, a business centre operator in the market, Garba Malgwi said the fire started around midnight, adding that boys had lit a fire to warm themselves.\n\n“The boys were sitting outside, warming themselves. That was how the fire started”.';
    assert.equal(speakerOf(text, 'The boys were sitting outside', 'en'), 'Garba Malgwi');
  });

  test('"a business Centre operator in the market, Garba Malgwi said …, adding": the name, not a capitalised word of the description', () => {
    const text =
      'Market fire\n\nSpeaking on the incident, a business Centre operator in the market, Garba Malgwi said the fire started around midnight, adding that boys had lit a fire.\n\n“The boys were sitting outside.”';
    assert.equal(speakerOf(text, 'The boys were sitting outside', 'en'), 'Garba Malgwi');
  });

  test('"Ma is urging residents to … make sure “…”": a partial quotation after "urging" is the one urging', () => {
    const text =
      'Wildfires\n\nEmergency Management Minister Bowinn Ma spoke on Friday.\n\nMa is urging British Columbians under an evacuation order to follow the instructions and make sure “you are doing everything you can to protect your community.”';
    assert.equal(speakerOf(text, 'you are doing everything', 'en'), 'Bowinn Ma');
  });

  test('“…,’’ he said.: a left double mark closed by two right single marks is one quotation, the next paragraph another', () => {
    const text =
      'Bushfire\n\nDFES commissioner Darren Klemm said people should leave early.\n\n“The last two afternoons we’ve seen significant break outs,’’ he said.\n\n“On Monday afternoon the fire ran nearly 20km to the west.’’';
    const { article } = extractForReview(text, { lang: 'en' });
    assert.deepEqual(
      article.quotes.map((quote) => quote.text),
      ['The last two afternoons we’ve seen significant break outs', 'On Monday afternoon the fire ran nearly 20km to the west.'],
    );
    assert.equal(speakerOf(text, 'On Monday afternoon', 'en'), 'Darren Klemm');
  });

  test('"Dirinya berharap …" then "…," jelasnya: "dirinya" stands for the one quoted, it is no name', () => {
    const text =
      'Banjir\n\n"Airnya sudah mulai menurun," ujar Kepala Pelaksana BPBD Kota Pekanbaru, Zarman Chandra.\n\nDirinya berharap kepada masyarakat tetap waspada.\n\n"Karena kondisi cuaca ekstrem," jelasnya.';
    assert.equal(speakerOf(text, 'cuaca ekstrem', 'id'), 'Zarman Chandra');
  });

  test('"kata Kasi Kedaruratan pada Bidang … BPBD NTB, Agung Pramuja" then "terang Agung": the name after the title, and "Agung" is his', () => {
    const text =
      'Banjir Bima\n\n“Masih dilakukan pendataan,” kata Kasi Kedaruratan pada Bidang Kedaruratan dan Logistik BPBD NTB, Agung Pramuja, Minggu 14 Januari 2018.\n\nMenurut BPBD, banjir terjadi akibat curah hujan tinggi. “Banjir mulai surut sekitar pukul 00.00 wita,” terang Agung.';
    assert.equal(speakerOf(text, 'Masih dilakukan pendataan', 'id'), 'Agung Pramuja');
    assert.equal(speakerOf(text, 'Banjir mulai surut', 'id'), 'Agung Pramuja');
  });

  test('"Truk itu dikemudikan oleh Muhamad Sulhanudin" between two quotations: "-nya" is still the one quoted', () => {
    const text =
      'Kecelakaan\n\n“Truk tidak dapat menghindar,” jelas Kasat Lantas Polres Semarang, AKP Lingga Ramadhani.\n\nTruk trailer itu dikemudikan oleh Muhamad Sulhanudin (41), warga Desa Sidomulyo.\n\n“Kami telah melakukan olah TKP,” tegasnya.';
    assert.equal(speakerOf(text, 'olah TKP', 'id'), 'Lingga Ramadhani');
  });

  test('"Cllr Tommy Prendergast (Lab) said …" then “…,” he said.: a party in brackets leaves the name a person\'s', () => {
    const text =
      'Floods\n\nCllr Niall Dollard said the town was ready.\n\nCllr Tommy Prendergast (Lab) said the Barrow did not burst its banks. “It is fairly dodgy – another night of rain and both rivers will flood,” he said.';
    assert.equal(speakerOf(text, 'fairly dodgy', 'en'), 'Tommy Prendergast');
  });

  test('"Said Hastings, “…”": a sentence opened by the verb of saying, then its subject', () => {
    const text =
      'Tornado\n\nEmergency management director Brian Hastings spoke in East Brewton.\n\nThe governor asked residents to report damage. Said Hastings, “We need to know who you are and what your damages are.”';
    assert.equal(speakerOf(text, 'We need to know', 'en'), 'Brian Hastings');
  });

  test('"…can be arrested.”The counterfeit notes …,” Shilongo said.: a right mark right after a sentence opens a quotation', () => {
    const text =
      'Fake notes\n\nPolice spokesperson Kauna Shilongo warned that people with counterfeit money can be arrested.”The counterfeit notes are very bright,” Shilongo said.';
    const { article } = extractForReview(text, { lang: 'en' });
    assert.deepEqual(
      article.quotes.map((quote) => quote.text),
      ['The counterfeit notes are very bright'],
    );
    assert.equal(speakerOf(text, 'counterfeit notes', 'en'), 'Kauna Shilongo');
  });

  test('"Speaking in the post-match interview, Ogum put …" then a quotation alone: the one the sentence says was speaking', () => {
    const text =
      'Kotoko draw\n\nKotoko coach Prosper Ogum was calm after the game.\n\nSpeaking in the post-match interview, Ogum put the team’s inability down to impatience.\n\n”I think we were in a rush, anytime we got to the final third.”';
    assert.equal(speakerOf(text, 'we were in a rush', 'en'), 'Prosper Ogum');
  });

  test('"Ketua Pengadilan Negeri kelas IA Semarang Budi Hartono SH MH, didampingi …": class and degrees stay out of the name', () => {
    const text =
      'Sidang virtual\n\nKetua Pengadilan Negeri kelas IA Semarang Budi Hartono SH MH, didampingi Panitera Rina Wulandari SH mengatakan, pihaknya siap menggelar sidang virtual. “Kami akan menambah ruang sidang tahun ini,” ujarnya.';
    assert.equal(speakerOf(text, 'menambah ruang sidang', 'id'), 'Budi Hartono');
  });

  test('"Kasubbag Humas Polres Merauke, Ajun Komisaris Polisi Ariffin, membenarkan …": a rank spelled out is no organisation', () => {
    const text =
      'Banjir rob\n\nKasubbag Humas Kepolisian Resor (Polres) Merauke, Ajun Komisaris Polisi Ariffin, membenarkan adanya banjir di lima kampung.\n\n“Banjir ini disebabkan oleh hujan deras dan pasangnya air laut,” jelasnya.';
    assert.equal(speakerOf(text, 'hujan deras', 'id'), 'Ariffin');
  });

  test('"Head teacher of the school, Jonas Mensah who …" then "the head teacher said": the holder, not an organisation', () => {
    const text =
      'Classrooms\n\nHead teacher of the school, Jonas Kofi Mensah who described the situation as “very bad,” asked for help.\n\n“Whenever it is about to rain, we close the school,” the head teacher said.';
    assert.equal(speakerOf(text, 'about to rain', 'en'), 'Jonas Kofi Mensah');
  });

  test('"Ali Nasser, another resident said, “…”": the name opening the sentence is the one described', () => {
    const text =
      'Amenities\n\nResidents want roads. An irate resident said, “There was no broadband here.”\n\nAli Nasser, another resident said, “Wild dogs roam the area.” The area has no piped water.';
    assert.equal(speakerOf(text, 'Wild dogs', 'en'), 'Ali Nasser');
  });

  test('"…,” said one resident only identified himself as Chitofu.: the name the description gives', () => {
    const text =
      'Rubbish\n\nResidents have waited a month.\n\n“This council has failed us,” said one resident only identified himself as Chitofu.';
    assert.equal(speakerOf(text, 'council has failed', 'en'), 'Chitofu');
  });

  test('"Wiji salah satu petani jagung …, mengatakan …" then “…” katanya.Kamis: a description with no comma, a stop with no space', () => {
    const text =
      'Pupuk langka\n\nWiji salah satu petani jagung asal Kecamatan Muncar,mengatakan pupuk langka. “Saya mencari di kios kosong,” katanya.\n\nDiakui oleh Indra (42) distributor pupuk bahwa pupuk langka.\n\n“Kami hanya bisa mengajukan ke pemerintah,” ucapnya.Kamis (3/9) melalui telepon.';
    assert.equal(speakerOf(text, 'di kios kosong', 'id'), 'Wiji');
    assert.equal(speakerOf(text, 'mengajukan ke pemerintah', 'id'), 'Indra');
  });

  test('"Salim, pedagang lainnya menyebutkan …": another of the kind described is still the one named', () => {
    const text =
      'Cabai\n\nA Hutahuruk, pedagang sayuran di Pusat Pasar, menjual cabai Rp 70.000. “Belanja kita kurangi,” ujarnya.\n\nSalim, pedagang lainnya menyebutkan harga naik. “Harganya naik sekarang,” sebutnya.';
    assert.equal(speakerOf(text, 'Harganya naik', 'id'), 'Salim');
  });

  test('"M Tahir Rahman dan Bambang" then "Tahir …," ujarnya: two people joined by "dan", not one name', () => {
    const text =
      'Sidang\n\nJaksa memeriksa dua saksi, yakni mantan Kakanwil Kemenag Jambi, M Tahir Rahman dan Bambang petinggi PT Guna Karya.\n\nBahkan Tahir mengaku menyerahkan pemantauan. "Saya memantau melalui bawahan saya," ujarnya.';
    assert.equal(speakerOf(text, 'melalui bawahan', 'id'), 'M Tahir Rahman');
  });

  test('"Kadinkes menuturkan" after "Kepala Dinas Kesehatan Kota Pontianak, Saptiko": the short title is the one named', () => {
    const text =
      'DBD\n\nHal itu diungkapkan Kepala Dinas Kesehatan Kota Pontianak, Saptiko.\n\nDirektur RSUD Budi Santoso mengatakan ruang rawat penuh. Kadinkes menuturkan, nyamuk bersarang di tempat lembab.\n\n“Pemberian abate dilakukan oleh petugas Puskesmas,” terangnya.';
    assert.equal(speakerOf(text, 'Pemberian abate', 'id'), 'Saptiko');
  });

  test('"Ketua RT 03 RW 04, Kelurahan Limbungan, Kecamatan Rumbai, Rinkasman": a title, its units and places, then the holder', () => {
    const text =
      'Banjir\n\nMenurut keterangan Ketua RT 03 RW 04, Kelurahan Limbungan, Kecamatan Rumbai Pesisir, Rinkasman, 49 keluarga terdampak. “Warga bertahan di rumah,” katanya.';
    const { name } = attributionOf(text, 'bertahan di rumah', 'id');
    assert.equal(name, 'Rinkasman');
  });

  test('"jelas Kapolres Jember AKBP. Moh. Nurhidayat": stops after a rank and a shortened given name end no sentence', () => {
    const text =
      'Operasi\n\nPolres Jember mengungkap 187 kasus.\n\n“Keberhasilan ini meningkat 36 persen,” jelas Kapolres Jember AKBP. Moh. Nurhidayat, saat menggelar pers rilis.';
    assert.equal(speakerOf(text, 'meningkat 36 persen', 'id'), 'Moh. Nurhidayat');
  });

  test('"The Head of the Press Unit at NEMA, Manzo Ezekiel, said" then “…,” he said.: the holder of the title', () => {
    const text =
      'Floods\n\nThe Head of the Press Unit at NEMA, Manzo Ezekiel, said that the affected states include Kogi.\n\n“We deployed teams to the states,” he said.';
    assert.equal(speakerOf(text, 'deployed teams', 'en'), 'Manzo Ezekiel');
  });

  test('"The spokesman of NEMA, Manzo Ezekiel, said": the name after the comma is the spokesman, not someone he speaks for', () => {
    const text =
      'Floods\n\nThe spokesman of NEMA, Manzo Ezekiel, said that the affected states include Kogi.\n\n“We deployed teams to the states,” he said.';
    assert.equal(speakerOf(text, 'deployed teams', 'en'), 'Manzo Ezekiel');
  });

  test('"ujar pria yang kerap disapa Bang Hasnur": the name the man goes by, not "Pria"', () => {
    const text =
      'Menang\n\nCEO Barito Putera, Hasnuryadi Sulaiman, bersyukur.\n\n“Alhamdulillah kita selalu bersyukur,” ujar pria yang kerap disapa Bang Hasnur, seusai pertandingan.';
    assert.equal(speakerOf(text, 'selalu bersyukur', 'id'), 'Bang Hasnur');
  });

  test('"The business mogul shared, “…”" and "…,” the tactician said.: words for the one the story is about', () => {
    const text =
      'Cup\n\nSpeaking after the final, Dr. Kwaku Frimpong noted that the secret is good management.\n\nThe business mogul shared, “Good team, good coach. That is the whole secret.”\n\nDylan Kerr, the Gor Mahia coach who won his first title, was delighted.\n\n“It is a proud day for us,” the tactician said.';
    assert.equal(speakerOf(text, 'whole secret', 'en'), 'Kwaku Frimpong');
    assert.equal(speakerOf(text, 'proud day', 'en'), 'Dylan Kerr');
  });

  test('"Another pupil, 12- year-old Esther Bulus, called on …" then “…,” she said.: an age between the description and the name', () => {
    const text =
      'School\n\nA pupil of the school, Julius Felix, said, “I am not happy.”\n\nAnother pupil, 12- year-old Esther Bulus, called on the governor to help.\n\n“Any time I sit on the floor I have pains,” she said.';
    assert.equal(speakerOf(text, 'sit on the floor', 'en'), 'Esther Bulus');
  });

  test('"…,” the Gor Mahia boss said.: the one whose title names Gor Mahia, and no person called "Ulinzi coach"', () => {
    const text =
      'League\n\nGor Mahia coach Dylan Kerr won his first title.\n\nUlinzi Stars lost 1-0.\n\n“It is a proud day for us,” the Gor Mahia boss said.\n\n“We will come back stronger,” the Ulinzi coach said.';
    assert.equal(speakerOf(text, 'proud day', 'en'), 'Dylan Kerr');
    assert.notEqual(speakerOf(text, 'come back stronger', 'en'), 'Ulinzi coach');
  });

  test('"Ulinzi tactician Benjamin Nyangweso …" then “…,” the Ulinzi boss said.: the tactician', () => {
    const text =
      'League\n\nUlinzi tactician Benjamin Nyangweso heaped praise on Gor.\n\n“Congratulations to them because they deserve it,” the Ulinzi boss said.';
    assert.equal(speakerOf(text, 'Congratulations', 'en'), 'Benjamin Nyangweso');
  });

  test('"Ulinzi held Gor …" then “…,” the Ulinzi boss said.: unknown, not Ulinzi, when no one holds the title', () => {
    const text =
      'League\n\nUlinzi held Gor to a draw on Sunday, and Benjamin Nyangweso heaped praise on them.\n\n“Congratulations to them because they deserve it,” the Ulinzi boss said.';
    const got = attributionOf(text, 'Congratulations', 'en');
    assert.equal(got.entity.id.startsWith('unknown'), true, got.name);
    assert.equal(got.confidence, 'low');
  });

  test('“…,” Kepala Dinas Damkarmat Kota Palangka Raya, Gloriana B Aden, Kamis (3/4/2025).: a title and a name with no verb', () => {
    const text =
      'Siaga\n\nDamkarmat siaga selama libur Lebaran.\n\n“Peralatan dan petugas pemadam kami siagakan 24 jam,” Kepala Dinas Damkarmat Kota Palangka Raya, Gloriana B Aden, Kamis (3/4/2025).';
    assert.equal(speakerOf(text, 'siagakan 24 jam', 'id'), 'Gloriana B Aden');
  });

  test('‘’Baru 0-0, kita kecewa,’’ ujar Dejan.: a left and a right single mark typed for a double one open a quotation', () => {
    const text =
      'Imbang\n\nPelatih PSS, Dejan Antonic, mengaku kecewa.\n\n‘’Baru 0-0, kita kecewa. Kita sudah target menang,’’ ujar Dejan usai pertandingan.';
    assert.equal(speakerOf(text, 'kita kecewa', 'id'), 'Dejan Antonic');
  });

  test('"Nursing Service Manager, Honore Maurice highlighted …" then “…,” the official said.: the one the story is about', () => {
    const text =
      'Nurses\n\nSpeaking today, Nursing Service Manager, Honore Maurice highlighted that the issue is not just about the main hospital.\n\n“We are short of staff,” the official said.';
    assert.equal(speakerOf(text, 'short of staff', 'en'), 'Honore Maurice');
  });

  test('"Warden Penny Smith says …" then “…,” said Warden Smith.: a warden is a title, not a first name', () => {
    const text =
      'Budget\n\nWarden Penny Smith says they are looking at responsible financial planning.\n\n“Council’s goal is to maintain the services,” said Warden Smith.';
    assert.equal(speakerOf(text, 'maintain the services', 'en'), 'Penny Smith');
  });

  test('"Benhur Tomy Mano selaku Walikota Jayapura" then “…” kata Walikota Jayapura belum lama ini.: the holder of the office', () => {
    const text =
      'Sayembara\n\nDi Kota Jayapura, Benhur Tomy Mano selaku Walikota Jayapura mengadakan sayembara.\n\nMenurutnya pelaku kejahatan meresahkan warga. “Ada warga yang sampai terluka” kata Walikota Jayapura belum lama ini.';
    assert.equal(speakerOf(text, 'sampai terluka', 'id'), 'Benhur Tomy Mano');
  });

  test('"Salah satu pedagang di Cihapit Raya, Bandung Timur, Ujang mengatakan …": Ujang, not the description nor the street', () => {
    const text =
      'Harga beras\n\nHarga beras naik di sejumlah pasar. Salah satu pedagang di Cihapit Raya, Bandung Timur, Ujang mengatakan stok makin sedikit.\n\n“Naiknya sedikit demi sedikit,” ucapnya.';
    assert.equal(speakerOf(text, 'sedikit demi sedikit', 'id'), 'Ujang');
  });

  test('"Kepala Desa sukamaju, Budi Hartono …": the village typed in lower case is no person called "Desa"', () => {
    const text =
      'Jalan rusak\n\nSementara itu, Kepala Desa sukamaju, Budi Hartono mengakui warga sudah mengeluh.\n\n“Kami sudah menambal lubang itu,” ujarnya.';
    assert.equal(speakerOf(text, 'menambal lubang', 'id'), 'Budi Hartono');
  });

  test('“…,”Teriak Rina Wulan istri korban. and “…,” kesalnya.: shouting and annoyance after a quotation say who spoke', () => {
    const text =
      'Sidang\n\nKeluarga korban menunggu di luar ruang sidang.\n\n“Saya tidak terima putusan ini,”Teriak Rina Wulan istri korban.\n\nMenurut Andi Saputra, listrik padam sejak pagi. “Sudah sepuluh jam listrik mati,” kesalnya.';
    assert.equal(speakerOf(text, 'tidak terima putusan', 'id'), 'Rina Wulan');
    assert.equal(speakerOf(text, 'sepuluh jam', 'id'), 'Andi Saputra');
  });

  test('a quotation opened once and closed paragraphs later, with no mark between, is one quotation', () => {
    const text =
      'Sekolah rusak\n\nSalah satu guru, Yohanes Beda, mengatakan atap sekolah rusak sejak badai.\n\n“Kami sudah melapor ke dinas pendidikan.\n\nPetugas dinas juga sudah datang melihat kondisi gedung.\n\nTetapi sampai sekarang belum ada bantuan,”ujar Yohanes.\n\nIa berharap atap segera diperbaiki.';
    const { quotes, speakers } = extractArticle(text, { lang: 'id' });
    assert.equal(quotes.length, 1);
    assert.equal(
      quotes[0].text,
      'Kami sudah melapor ke dinas pendidikan.\n\nPetugas dinas juga sudah datang melihat kondisi gedung.\n\nTetapi sampai sekarang belum ada bantuan',
    );
    assert.equal(speakers.find((speaker) => speaker.id === quotes[0].speaker)?.name, 'Yohanes Beda');
  });

  test('"Area engineer Pat Nally explained …" then “…,” he added.: the engineer, not "Area" (nor the Kilbeggan Area later)', () => {
    const text =
      'Roads\n\nArea engineer Pat Nally explained that the road around the potholes fails.\n\n“We are going to have this problem,” he added.\n\nThe Kilbeggan Area meeting ended at noon.';
    assert.equal(speakerOf(text, 'have this problem', 'en'), 'Pat Nally');
  });

  test('"Jennifer Forbes, Labour candidate for Truro and Falmouth said: …": the candidate, not a person called Truro', () => {
    const text =
      'Schools\n\nThe head teacher is stepping down.\n\nJennifer Forbes, Labour candidate for Truro and Falmouth said: "I am relieved for the parents who had to wait."';
    assert.equal(speakerOf(text, 'relieved for the parents', 'en'), 'Jennifer Forbes');
  });

  test('"Netherby School gets classrooms, and principal Phil Wheeler could not be happier." then “…,” he said.: the principal', () => {
    const text =
      'Classrooms\n\nNetherby School is set to get two new classrooms, and principal Phil Wheeler could not be happier.\n\n“We were unsuccessful in getting extra space before,” he said.';
    assert.equal(speakerOf(text, 'extra space before', 'en'), 'Phil Wheeler');
  });

  test('"Head coach …, former Olympian, Khawaja Junaid said …" then “…,” said the former Olympian.: the coach', () => {
    const text =
      'Hockey\n\nLAHORE: Head coach of the national team, former Olympian, Khawaja Junaid said chances were missed in the final.\n\n“India was a far better opponent,” said the former Olympian.';
    assert.equal(speakerOf(text, 'far better opponent', 'en'), 'Khawaja Junaid');
  });

  test('“…,” said a kombi driver who could only be identified as Boris Mutasa.: the name the description gives', () => {
    const text =
      'Fares\n\nOperators blame the fuel shortage.\n\n“I have to cover the time I spend in queues,” said a kombi driver who could only be identified as Boris Mutasa.';
    assert.equal(speakerOf(text, 'spend in queues', 'en'), 'Boris Mutasa');
  });

  test('"MenurutM Pasaribu, …" (a space lost), "Salah satunya Victor Rumbiak …" and "Sementara Rio Yoku, saat dijumpai mengaku …"', () => {
    const text =
      'BBM naik\n\nMenurutM Pasaribu, harga cabai melonjak dalam dua hari terakhir.\n\n“Kita juga tidak tahu kenapa pasokannya berkurang,” ucapnya.\n\nSalah satunya Victor Rumbiak salah satu warga mengaku panik.\n\n“Kepanikan itu pasti ada,” terangnya.\n\nSementara Rio Yoku, saat dijumpai mengaku kenaikan BBM terlalu tinggi.\n\n“Hari ini banyak masyarakat yang belum tahu,” jelasnya.';
    assert.equal(speakerOf(text, 'pasokannya berkurang', 'id'), 'M Pasaribu');
    assert.equal(speakerOf(text, 'pasti ada', 'id'), 'Victor Rumbiak');
    assert.equal(speakerOf(text, 'belum tahu', 'id'), 'Rio Yoku');
  });

  test('quotations with a mark typed wrong: a right mark opening, the opening mark left out, single marks in a story of double ones', () => {
    const text =
      'Kebakaran pasar\n\nPolisi sudah memeriksa 20 saksi. “Kami masih menyelidiki,” kata Kapolres Budi Santoso.\n\nIdentitas saksi masih rahasia.” Kalau nama saksi masih kita rahasiakan ya,” katanya.\n\nSaya pribadi dan seluruh pedagang akan bangkit lagi,” tutup Ketua Paguyuban Pedagang, Andi Wijaya.\n\n‘Ya mau gimana lagi, api sangat cepat menyambar dari kios ke kios,’ cerita Yunus, pedagang sayur.';
    const { quotes, speakers } = extractArticle(text, { lang: 'id' });
    const nameOf = (words) => speakers.find((speaker) => speaker.id === quotes.find((quote) => quote.text.includes(words))?.speaker)?.name;
    assert.deepEqual(
      quotes.map((quote) => quote.text),
      [
        'Kami masih menyelidiki',
        'Kalau nama saksi masih kita rahasiakan ya',
        'Saya pribadi dan seluruh pedagang akan bangkit lagi',
        'Ya mau gimana lagi, api sangat cepat menyambar dari kios ke kios',
      ],
    );
    assert.equal(nameOf('rahasiakan'), 'Budi Santoso');
    assert.equal(nameOf('bangkit lagi'), 'Andi Wijaya');
    assert.equal(nameOf('menyambar'), 'Yunus');
  });

  test('a report closed by mistake with a right mark is no quotation: no one speaks in the first person', () => {
    const text =
      'Pleno\n\n“Pleno dilaksanakan pekan depan,” tukas Ketua KPU Manado, Jusuf Wowor.\n\nSambil menunggu hasil rekapitulasi, Wowor kembali mengajak semua pihak menghilangkan perbedaan,” pungkas Wowor.';
    assert.deepEqual(
      extractArticle(text, { lang: 'id' }).quotes.map((quote) => quote.text),
      ['Pleno dilaksanakan pekan depan'],
    );
  });

  test('"Migwani MCA Philip Musyoka …" then “…,” MCA Philip said.: a Member of County Assembly, not a person called "MCA Philip"', () => {
    const text =
      'Drugs\n\nThe chairman of the health committee and Migwani MCA Philip Musyoka says hospitals have no drugs.\n\n“We already released the money,” MCA Philip said.';
    assert.equal(speakerOf(text, 'released the money', 'en'), 'Philip Musyoka');
  });

  test('"Those were the words from newly re-elected Mayor of St. Stephen, Allan MacEachern": the saint\'s name goes on', () => {
    const text =
      'Council\n\nCHARLOTTE COUNTY – “I believe council will make the right decision on the dam.”\n\nThose were the words from newly re-elected Mayor of St. Stephen, Allan MacEachern. MacEachern won his seat handily.';
    assert.equal(speakerOf(text, 'right decision', 'en'), 'Allan MacEachern');
  });

  test('"the Samoa Observer put it to the Prime Minister" then "he responded": a name after "the" is no person', () => {
    const text =
      'Airline\n\nPrime Minister Tuilaepa Sa’ilele Malielegaoi later changed his tune.\n\n“These are commercial secrets,” he said.\n\nAt that point, the Samoa Observer put it to the Prime Minister that the airline is government-owned.\n\nBut he disagreed.\n\n“It cannot be publically announced,” he responded.';
    assert.equal(speakerOf(text, 'publically announced', 'en'), 'Tuilaepa Sa’ilele Malielegaoi');
  });

  test('"the party spokesperson, Lucima Okello" then "The UPC spokesperson … “…,” he assured": the one spokesperson the story named', () => {
    const text =
      'Teachers\n\nAt Uganda House, the party spokesperson, Lucima Okello revealed that teachers are poorly paid.\n\n“This is brought about by poor priorities,” Lucima noted.\n\nThe UPC spokesperson has therefore called upon teachers to stay their course.\n\n“The best Museveni can do is to continue intimidating teachers,” he assured teachers.';
    const { quotes, speakers } = extractArticle(text, { lang: 'en' });
    assert.deepEqual(
      quotes.map((quote) => speakers.find((speaker) => speaker.id === quote.speaker)?.role),
      ['Party spokesperson', 'Party spokesperson'],
    );
    assert.equal(speakerOf(text, 'intimidating teachers', 'en'), 'Lucima Okello');
  });

  test('“…lorries.”He went on.: "went on" is a verb of saying, and "He" glued to the mark is the pronoun', () => {
    const text =
      'Drugs\n\nMigwani MCA Philip Musyoka said the county had no drugs.\n\nHe also questioned where the drugs went.\n\n“Let’s stop this nonsense yet I heard she was the one guarding those lorries.”He went on.\n\n“We released the money,” she went on to say. The meeting went on for hours.';
    assert.equal(speakerOf(text, 'guarding those lorries', 'en'), 'Philip Musyoka');
    assert.equal(speakerOf(text, 'released the money', 'en'), 'Unknown');
  });

  test('"A judge has praised a garda for his “good police work”" then "Judge Patrick McCartan made the comments": the judge named', () => {
    const text =
      'Judge praises garda\n\nA judge has praised a garda for his “good police work” in stopping a first time offender.\n\nJudge Patrick McCartan made the comments during the sentence hearing of Sean Bird (25).\n\nA resident has welcomed the sentence. “It is a relief,” the resident said.';
    assert.equal(speakerOf(text, 'good police work', 'en'), 'Patrick McCartan');
    assert.equal(speakerOf(text, 'a relief', 'en'), 'A resident');
  });

  test('"…diburu polisi.“Pelaku …" (no space before the quotation) then "…,” ujarnya": the one who confirmed it', () => {
    const text =
      'Curanmor\n\nKasatreskrim Polres Lampung Tengah, AKP Devrat Aolia Arfan, membenarkan penangkapan tersangka yang telah lama diburu polisi.“Pelaku merupakan DPO kasus curanmor.\n\nKami telah melakukan pengintaian,” ujarnya saat dikonfirmasi.';
    assert.equal(speakerOf(text, 'DPO kasus curanmor', 'id'), 'Devrat Aolia Arfan');
  });

  test('"Pemadaman berlangsung hingga pukul 23.35 WIita", "Gerakan 1 Rumah 1 Jumantik", "Subak Poyan" are no one; "Kabid Ni Nyoman Ria Wati" is', () => {
    const text =
      'Kebakaran\n\nMohammad Luthfie, Kepala Seksi Pemadaman dan Penyelamatan Kota Gorontalo, menjelaskan laporan masuk pukul 20.00 Wita.\n\n“Kami cari alternatif dari kos sebelah,” terang Luthfie.\n\nSebanyak lima unit kendaraan diturunkan. Pemadaman berlangsung hingga pukul 23.35 WIita disertai pendinginan.\n\n“Kami bersyukur karena kerja sama lintas daerah,” kata dia.\n\nKepala Dinas Kesehatan Jaya Mualimin mengajak masyarakat aktif melalui Gerakan 1 Rumah 1 Jumantik (G1R1J).\n\n“Wujudkan Indonesia Bebas Dengue,” tuturnya.\n\nKabid Ni Nyoman Ria Wati menyebut tiga subak terdampak. Subak Poyan di Desa Luwus diserang wereng.\n\n“Ketiga subak ikut asuransi,” ungkapnya.';
    assert.equal(speakerOf(text, 'lintas daerah', 'id'), 'Mohammad Luthfie');
    assert.equal(speakerOf(text, 'Bebas Dengue', 'id'), 'Jaya Mualimin');
    assert.equal(speakerOf(text, 'ikut asuransi', 'id'), 'Ni Nyoman Ria Wati');
  });

  test('"…berdering” Ucap salah satu warga" (a verb of saying capitalised), "Beberapa warga saat dikonfirmasi wartawan media ini, mengatakan “…"', () => {
    const text =
      'Kebakaran\n\n“Saat warga menelepon tertanda telpon masuk dengan tulisan berdering” Ucap salah satu warga\n\nBeberapa warga saat dikonfirmasi wartawan media ini, mengatakan “kebakaran rumah warga berasal dari salah rumah korban.”';
    assert.equal(speakerOf(text, 'tulisan berdering', 'id'), 'Salah satu warga');
    assert.equal(speakerOf(text, 'salah rumah korban', 'id'), 'Beberapa warga');
  });

  test('a story that opens quotations with “ and sets words off for emphasis between right marks (”…”): those are no quotations', () => {
    const text =
      'Jalan rusak\n\n“Jalan raya su balumpur,” ujar salah satu warga.\n\nWarga menyayangkan sikap ”Pemerintah Kabupaten Maluku Tengah (Pemkab Malteng)” yang dinilai ”acuh dan tidak tanggap” terhadap kondisi tersebut. Warga juga menyoroti rumah yang ”nyaris hanyut oleh arus sungai” saat musim hujan.\n\n”Jalan Penghubung yang Vital”\n\n”Kami sudah lapor,” kata Kepala Desa Waru, Ahmad Latuconsina.';
    assert.deepEqual(
      extractArticle(text, { lang: 'id' }).quotes.map((quote) => quote.text),
      ['Jalan raya su balumpur', 'Kami sudah lapor'],
    );
  });

  test('"Ketua IKAPPI Sumbar, M. Yani, menyebut …" (an initial and a short name, not a degree like "M. Kes") then "ujarnya"', () => {
    const text =
      'PKL\n\nKetua IKAPPI Sumbar, M. Yani, menyebut absennya Wali Kota menjadi simbol ketidakpedulian.\n\n“Kami datang membawa keresahan,” ujarnya dengan nada kecewa.\n\nKepala Dinas Perdagangan, Andi Saputra, S. Sos, M. Kes mengatakan penataan tetap jalan.\n\n“Kami sudah sosialisasi,” katanya.';
    assert.equal(speakerOf(text, 'membawa keresahan', 'id'), 'M. Yani');
    assert.equal(speakerOf(text, 'sudah sosialisasi', 'id'), 'Andi Saputra');
  });

  test('"…perkilogramnya," akhirnya. (one "-nya" word where "ujarnya" stands), after "menjelang bulan Ramadhan" (a month, no one)', () => {
    const text =
      'Cabai\n\n"Harga kemarin itu masih Rp 70 ribu," kata Udin, pedagang cabai.\n\nIa memprediksi kenaikan cabai akan terus terjadi sampai menjelang bulan Ramadhan nanti.\n\n"Kalau melihat harga naik terus ini, sangat mungkin nanti bisa tembus Rp 100 ribu perkilogramnya," akhirnya.';
    assert.equal(speakerOf(text, 'tembus Rp 100', 'id'), 'Udin');
  });

  test('"Bawaslu … mengklaim …, Divisi Pengawasan Bawaslu Jateng Teguh Purnomo ungkapkan …" then “…,” katanya: the person named with where they work', () => {
    const text =
      'Pelanggaran\n\nBawaslu Jawa Tengah mengklaim telah menemukan 8.991 pelanggaran kampanye Pilpres 2014, Divisi Pengawasan dan Hubungan Antar Lembaga Bawaslu Jateng Teguh Purnomo ungkapkan pelanggaran kampanye Pilpres itu tersebar di beberapa daerah.\n\n“Sebagian besar adalah pelanggaran pemasangan alat peraga kampanye,” katanya.';
    assert.equal(speakerOf(text, 'alat peraga', 'id'), 'Teguh Purnomo');
  });

  test('"Speaking to reporters Adv Bhuvneshwar Fatarpekar, a panch member said, “…"": the advocate named, not "a panch member"', () => {
    const text =
      'Carambolim\n\nSpeaking to reporters Adv Bhuvneshwar Fatarpekar, a panch member said, “We are opposing the project.”\n\nSarpanch Reshma Balram Murgaokar said, “I objected to it.”';
    assert.equal(speakerOf(text, 'opposing the project', 'en'), 'Bhuvneshwar Fatarpekar');
    assert.equal(speakerOf(text, 'objected to it', 'en'), 'Reshma Balram Murgaokar');
  });

  test('"…, according to Randy Hutchinson, the city\'s mayor." then "“Home rule,” the mayor said.": the description ending the sentence', () => {
    const text =
      'Charter\n\nThe greatest benefit would have been the ability to tailor local government, according to Randy Hutchinson, the city\'s mayor.\n\n"Home rule," the mayor said. "We could set our own guidelines."';
    assert.equal(speakerOf(text, 'Home rule', 'en'), 'Randy Hutchinson');
  });

  test('a quotation opened after "Pol Lt Gen Achayon said," and closed paragraphs later with "he added": the one named before', () => {
    const text =
      'Tourism\n\nAt a meeting held at the airport, Mr Jakkaphon said that tourism is important.\n\n“We need to create an impression on tourists,” he said.\n\nRoyal Thai Police spokesman Pol Lt Gen Achayon said, "We ask the police to help take care of the safety of tourists. Let there be strict control\n\n“Let’s work together to prosecute in strict accordance with the law,” he added.';
    assert.equal(speakerOf(text, 'We ask the police', 'en'), 'Achayon');
  });

  test('"Mr. Allen who once served as Vice President for the Windward Islands Farmers’ Association – WINFA …, said … “…”": Allen', () => {
    const text =
      'Prices\n\nFarmer Philemon Allen welcomed the list.\n\nMr. Allen who once served as Vice President for the Windward Islands Farmers’ Association – WINFA and has been farming for over 60 years, said the proposal is “one of the most progressive moves by the Ministry of Agriculture in years.”';
    assert.equal(speakerOf(text, 'most progressive moves', 'en'), 'Philemon Allen');
  });

  test('"… last night when chairman Chris Kemp confronted …" then "“…,” he told Cllr Duncton"; "issued a statement noting that, “…”"', () => {
    const text =
      'Parking row\n\nTempers frayed at a meeting of the town council last night when chairman Chris Kemp confronted county councillor Janet Duncton on the issue.\n\nHe said he had received notice from the district council.\n\n“You come here once a month,” he told Cllr Duncton.\n\nThe mayor, Phedonas Phedonos, issued a statement noting that, “all that he does is to apply the law”.';
    assert.equal(speakerOf(text, 'once a month', 'en'), 'Chris Kemp');
    assert.equal(speakerOf(text, 'apply the law', 'en'), 'Phedonas Phedonos');
  });

  test('"dikoordinir Ketua MD YMNN, Pdt. Tilaus Mandacan dan Sekretarisnya, Demus Saiba," (a reverend, then his secretary)', () => {
    const text =
      'Aksi\n\nAksi itu dikoordinir Ketua MD YMNN, Pdt. Tilaus Mandacan dan Sekretarisnya, Demus Saiba, menyampaikan aspirasi.\n\n“Yang terjadi sekarang di Manokwari bukan Injil yang terwujud,” katanya.';
    assert.equal(speakerOf(text, 'bukan Injil', 'id'), 'Tilaus Mandacan');
  });

  test('a name with initials is shown as the article writes it: "M. Yani", "J.R. Smith", "Muh. Nur Salim" (not "M Yani")', () => {
    const id =
      'Jalan\n\nKepala Dinas PUPR M. Yani meninjau jalan itu.\n\n“Kami akan segera memperbaikinya,” kata M. Yani.\n\n“Sudah lama rusak,” kata Muh. Nur Salim, warga setempat.';
    assert.equal(speakerOf(id, 'segera memperbaikinya', 'id'), 'M. Yani');
    assert.equal(speakerOf(id, 'Sudah lama', 'id'), 'Muh. Nur Salim');
    const en = 'Vote\n\n“We will win this,” said Sen. J.R. Smith. “It is close,” said Ryan Lee.';
    assert.equal(speakerOf(en, 'win this', 'en'), 'J.R. Smith');
    assert.equal(speakerOf(en, 'It is close', 'en'), 'Ryan Lee');
  });

  test('"said Springfield police chief John Smith", "said Calaparan village chief Jose Reyes": the place before a title in lower case is no speaker', () => {
    const text =
      'Floods\n\nWater rose in Barangays Buntatala and Calaparan overnight.\n\n“We moved 40 families,” said Calaparan village chief Jose Reyes.\n\n“The pumps are working,” said Springfield police chief John Smith as he left.';
    assert.equal(speakerOf(text, '40 families', 'en'), 'Jose Reyes');
    assert.equal(speakerOf(text, 'pumps are working', 'en'), 'John Smith');
  });

  test('"Malky Mackay has praised his Scotland players …" then "The caretaker manager took charge …", "However, Scotland had …", "“…,” he told Sky Sports": Mackay', () => {
    const text =
      "Mackay proud\n\nMalky Mackay has praised his Scotland players after their defeat to the Netherlands.\n\nThe caretaker manager took charge of the side for the match, but the Scots were beaten by a strike from Memphis Depay.\n\nHowever, Scotland had many of the good chances, which led Mackay to hail his players.\n\n“I'm very proud of the players,” he told Sky Sports.";
    assert.equal(speakerOf(text, 'very proud', 'en'), 'Malky Mackay');
  });

  test('"“…,” Kinley Gyeltshen, the Gup of Gase Tshogongm Gewog, said.": an unknown title of a place is no person (nor "of Gase …")', () => {
    const text =
      'Fencing\n\n“I visited the villages and made our people include the plan,” Kinley Gyeltshen, the Gup of Gase Tshogongm Gewog, said.';
    assert.equal(speakerOf(text, 'visited the villages', 'en'), 'Kinley Gyeltshen');
  });

  test('"said An inhabitant of Bamenda", "showed a vendor representative … “…,” he said": a capital article is no name, and a description ends where a new one starts', () => {
    const inhabitant = 'Bamenda\n\n“It is with desolation that I say this,” said An inhabitant of Bamenda.';
    assert.equal(speakerOf(inhabitant, 'with desolation', 'en'), 'An inhabitant');
    const vendor =
      'Vendors protest\n\nA video of the protest showed a vendor representative explaining their plight.\n\n“The town promised not to expel us,” he said.';
    assert.equal(speakerOf(vendor, 'promised not to expel', 'en'), 'A vendor representative');
  });

  test('"kata Kapolsek Plampang, IPTU Mathias WAL": a surname in capitals after a rank and a name is no organisation', () => {
    const text = 'Bus kabur\n\n“Kami berkoordinasi dengan Polsek Empang,” kata Kapolsek Plampang, IPTU Mathias WAL, tadi malam.';
    assert.equal(speakerOf(text, 'berkoordinasi', 'id'), 'Mathias WAL');
  });

  test('"Speaking to Radio Tamazuj, a Juba resident who identified herself only as Mama Joan said …": the resident, not the radio', () => {
    const text =
      'Prices\n\nSpeaking to Radio Tamazuj, a Juba resident who identified herself only as Mama Joan said prices remain high.\n\n“I don’t know what we shall do,” she lamented.';
    assert.equal(speakerOf(text, 'what we shall do', 'en'), 'Mama Joan');
  });

  test('"Fathurrahman mengatakan …" then "kata Fathur": a short name cut from the start of the one first name that begins so', () => {
    const text =
      'Air mati\n\nSalah seorang warga, Fathurrahman mengatakan air di rumahnya kerap mati.\n\n“Tadi mati. Sekali hidup, airnya keruh,” kata Fathur, Jumat (21/10).';
    assert.equal(speakerOf(text, 'airnya keruh', 'id'), 'Fathurrahman');
  });

  test('"Welsh Government Minister, Lee Waters MS admitted …", "The minister also stressed …", "“…,” he said": the minister, a man', () => {
    const text =
      'Shops empty as ‘radical intervention’ urged\n\nA Welsh Government Minister admits that radical intervention is needed.\n\nWelsh Government Minister, Lee Waters MS admitted that “We need joined-up intervention”.\n\nThe minister also stressed the need to focus on dealing with out of town developments.\n\n“Town centres are the places most of us can walk to,” he said.';
    assert.equal(speakerOf(text, 'joined-up intervention', 'en'), 'Lee Waters');
    assert.equal(speakerOf(text, 'Town centres are the places', 'en'), 'Lee Waters');
  });

  test('"A senior county judge said “…”" then "County judge Patrick McCartan made the comments": the one the story gives the title', () => {
    const text =
      'Court\n\nA senior county judge said “the garda acted with great courage” at a sitting on Monday.\n\nCounty judge Patrick McCartan made the comments at Cork Circuit Court.';
    assert.equal(speakerOf(text, 'great courage', 'en'), 'Patrick McCartan');
  });

  test('"Alex Daka a resident told", "Noor Muhammad, one of the protesters with a bushy black beard lamented", "Bulaya cried out": the named person', () => {
    const text =
      'Water\n\n“We dig wells to survive,” Alex Daka a resident told Zambia Monitor on Sunday.\n\n“Gas load shedding has made us crazy”, Noor Muhammad, one of the protesters with a bushy black beard lamented.\n\nAnother resident, Solomon Bulaya, said the area was dry.\n\n“We are in deep trouble,” Bulaya cried out.';
    assert.equal(speakerOf(text, 'dig wells', 'en'), 'Alex Daka');
    assert.equal(speakerOf(text, 'made us crazy', 'en'), 'Noor Muhammad');
    assert.equal(speakerOf(text, 'deep trouble', 'en'), 'Solomon Bulaya');
  });

  test('"one of the angry residents said", then "he added": one person of a group, whom the pronoun stands for', () => {
    const text =
      'Water\n\nTownships such as Chamboli, Wusakile and Luangwa have no water.\n\n“We got a text message after the cut,” one of the angry residents said.\n\nHe added that the company must act.\n\n“We were told water would be back,” he added.';
    assert.equal(speakerOf(text, 'text message', 'en'), 'One of the angry residents');
    assert.equal(speakerOf(text, 'would be back', 'en'), 'One of the angry residents');
  });

  test('"pedagang daging sapi bernama H. Harjanah. Ia mengaku …": the one the story names, then "katanya"', () => {
    const text =
      'Harga\n\nLaeli Damayanti mengatakan pasar sepi. "Naik sih tapi wajar," ujarnya.\n\nKenaikan sembako juga diaminkan pedagang daging sapi setempat bernama H. Harjanah. Ia mengaku harga daging naik. "Yang super 130.000 perkilo," katanya.';
    assert.equal(speakerOf(text, 'Yang super', 'id'), 'Harjanah');
  });

  test('"Ain, satu pedagang Barito, …", "Batara kepada sejumlah wartawan, mengatakan": names opening their sentence', () => {
    const ain =
      'Relokasi\n\nSalah satu anggota Satpol PP dilempari cabe.\n\nAin, satu pedagang, mengaku dijanjikan aman oleh oknum. “Saya jengkel,” sesalnya.';
    assert.equal(speakerOf(ain, 'jengkel', 'id'), 'Ain');
    const batara =
      'Timah\n\nBatara kepada sejumlah wartawan, mengatakan bahwa harga sudah sepakat.\n\n“Bangka Belitung ini milik rakyat,”ujarnya.';
    assert.equal(speakerOf(batara, 'milik rakyat', 'id'), 'Batara');
  });

  test('"Sementara itu Gubernur … Hidayat Arsani, menegaskan …" with no comma after "Sementara itu": the governor', () => {
    const text =
      'Timah\n\nBatara mengatakan harga sudah sepakat.\n\nSementara itu Gubernur Bangka Belitung Hidayat Arsani, menegaskan harga timah SN 70 sudah sesuai.\n\n“Saya juga sudah meminta kepada PT Timah,”ungkapnya.';
    assert.equal(speakerOf(text, 'sudah meminta', 'id'), 'Hidayat Arsani');
  });

  test('"Diungkapkannya, harga beras Unus …": said by the one quoted before, not the rice named in the sentence', () => {
    const text =
      'Beras\n\nH Mawardi, pemilik toko beras, mengungkapkan harga naik.\n\nDiungkapkannya, harga beras Unus yang sebelumnya Rp450 ribu sekarang menjadi Rp700 ribu.\n\n“Beras Mayang juga naik” paparnya.';
    assert.equal(speakerOf(text, 'Beras Mayang', 'id'), 'Mawardi');
  });

  test('marks typed wrong: a paragraph opened with "” ", and a quotation closed with "“" before its verb', () => {
    const text =
      'Jalan\n\nH Mawardi, pemilik toko beras, mengungkapkan harga naik.\n\n” Musim pancaroba, kabupaten Banjar mengalami gagal panen,” ujarnya.\n\n“Heran juga kami. Pemerintah ini macam buta matanya, “Kata Risky Warga sekitar kepada wartawan.';
    assert.equal(speakerOf(text, 'Musim pancaroba', 'id'), 'Mawardi');
    const risky = attributionOf(text, 'Heran juga kami', 'id');
    assert.equal(risky.name, 'Risky');
    assert.doesNotMatch(risky.entity.name, /Kata|Warga/);
  });

  test('"Ianya berharap …" and "pungkas risky": a Malay pronoun, and a name typed in lower case after the verb', () => {
    const text =
      'Jalan\n\nRisky mengatakan jalan rusak parah.\n\n“Jalan ini menjadi urat nadi masyarakat, ” Jelasnya.\n\nIanya berharap pemerintah segera memperbaiki jalan.\n\n“Sudah menahun jalan penghubung ini rusak, “pungkas risky.';
    assert.equal(speakerOf(text, 'urat nadi', 'id'), 'Risky');
    assert.equal(speakerOf(text, 'Sudah menahun', 'id'), 'Risky');
  });

  test('"Lawyer said" in a story about Selectboard Chair Lance Lawyer: a surname that is also a title', () => {
    const text = 'Budget\n\nSelectboard Chair Lance Lawyer won reelection over Terri Gates.\n\n“This storm hit us hard,” Lawyer said.';
    const got = attributionOf(text, 'storm hit us', 'en');
    assert.equal(got.name, 'Lance Lawyer');
    assert.equal(got.entity.role, 'Chair');
  });

  test('a paragraph that introduces someone by name and description, then one that is only a quotation: theirs, unsure', () => {
    const text =
      'Shops\n\n“Prices are up,” said Abhay Sharma, a shop owner.\n\nMeanwhile, Bale Likukula, a parent of Dilkusha, was in Suva to shop for her children’s stationery.\n\n“I came to look for my kids’ school books.”';
    const got = attributionOf(text, 'school books', 'en');
    assert.equal(got.name, 'Bale Likukula');
    assert.equal(got.confidence, 'medium');
    assert.match(got.cue, /introduces someone not quoted yet/);
  });

  test('"The chair of the Unst Community Council says “…”": the chair, not the council', () => {
    const text = 'Ferry\n\nThe chair of the Unst Community Council says “solutions have to be found now” after more disruption.';
    assert.equal(speakerOf(text, 'solutions', 'en'), 'The chair');
  });

  test('"Trevor Thompson, delivering remarks on behalf of Agriculture Minister, Peter David, said “…”": the one who spoke', () => {
    const text =
      'Nutmeg\n\nActing Chief Agricultural Officer, Trevor Thompson, delivering remarks on behalf of Agriculture Minister, Peter David, said “it is critical that we further increase nutmeg production.”';
    assert.equal(speakerOf(text, 'nutmeg production', 'en'), 'Trevor Thompson');
  });

  test('"Danrem 071/Wijayakusuma Kolonel Inf Budi Santoso SE MHan mengatakan": a unit number, a corps and degrees', () => {
    const text =
      'Demo\n\nSeperti Danrem 071/Wijayakusuma Kolonel Inf Budi Santoso SE MHan mengatakan, tidak akan ada masalah. “Jangan saling curiga,” tukasnya.\n\nKapolres Banyumas AKBP Andi Wijaya SH SIK menyampaikan terima kasih.\n\n“Kami harus menjadi pelindung,” jelasnya.';
    assert.equal(speakerOf(text, 'saling curiga', 'id'), 'Budi Santoso');
    assert.equal(speakerOf(text, 'pelindung', 'id'), 'Andi Wijaya');
  });

  test('"Kepala Dinas Pekerjaan Umum atau PUPR Aceh Barat, Bukhari mengakui": a unit, "atau" its short name, then the head', () => {
    const text =
      'Jalan\n\nKepala Dinas Pekerjaan Umum dan Perumahan Rakyat atau PUPR Aceh Barat, Bukhari mengakui jalan itu rusak. "Tahun ini tidak ada anggaran,” ujarnya.';
    assert.equal(speakerOf(text, 'tidak ada anggaran', 'id'), 'Bukhari');
  });

  test('"dua orang anak gadis … berbisik." then "…," katanya: the girls counted, not the trader quoted before', () => {
    const text =
      'Pasar\n\n"Singgah dulu pak," ungkap salah seorang pedagang.\n\nSementara itu, dua orang anak gadis tak jauh dari tempat itu berbisik.\n\n"Kita berfoto dulu dengan bapak," katanya.';
    assert.match(speakerOf(text, 'berfoto', 'id'), /^dua orang anak gadis$/i);
  });

  test('"Aceng Sumarlin, Ketua Gapoktan Usaha Maju, Kampung Ngguti Bob, Distrik …": the group and the places are no one', () => {
    for (const group of ['Ketua Gapoktan Usaha Maju', 'Ketua Gabungan Kelompok Tani (Gapoktan) Usaha Maju']) {
      const text = `Gabah\n\nHal ini diungkapkan Aceng Sumarlin, ${group}, Kampung Ngguti Bob, Distrik Tanah Miring, Kabupaten Merauke, Minggu.\n\nMenurutnya tidak ada pembelian gabah. “Kita petani itu giling beras,” ucapnya.`;
      assert.equal(speakerOf(text, 'giling beras', 'id'), 'Aceng Sumarlin', group);
    }
  });

  test('a quotation opened with a single mark after a sentence and closed with a double one before its verb', () => {
    const text =
      'Gabah\n\nPembelian gabah pernah dilakukan Bulog, namun tidak berlanjut. ’Dulu Bulog pernah membeli gabah kering panen,” papar Aceng.';
    const { article } = extractForReview(text, { lang: 'id' });
    assert.equal(article.quotes.length, 1);
    assert.equal(article.quotes[0].text, 'Dulu Bulog pernah membeli gabah kering panen');
    assert.equal(speakerOf(text, 'gabah kering', 'id'), 'Aceng');
  });

  test('"Salah satu warga Kampung Harapan Makmur, Kabupaten Merauke, Propinsi Papua, Haryanto menegaskan": Haryanto', () => {
    const text =
      'Petani\n\nSalah satu warga Kampung Harapan Makmur, Kabupaten Merauke, Propinsi Papua, Haryanto menegaskan, petani itu raja.\n\n“Siapa yang masih setia, hanya petani,” katanya.';
    assert.equal(speakerOf(text, 'masih setia', 'id'), 'Haryanto');
  });

  test('"…," ujarnya seorang warga, Keifas Kogoya: the "-nya" typed before the one it stands for', () => {
    const text = 'Jalan\n\n“Ini jalan besar tapi rusak parah,” ujarnya seorang warga, Keifas Kogoya kepada wartawan, Rabu.';
    assert.equal(speakerOf(text, 'rusak parah', 'id'), 'Keifas Kogoya');
  });

  test('"Hal yang sama di sampaikan Haris" and "Nurmala juga mengatakan": a passive typed apart, an adverb before the verb', () => {
    const text =
      'Bawang\n\n“Saya kemarin jual murah,” kata Syahbuddin petani bawang merah di Donggobolo.\n\nHal yang sama di sampaikan Haris petani bawang merah setempat.\n\n“Besok pasti turun lagi harganya,” kata dia.\n\nNurmala juga mengatakan hal serupa. Harga harus dipatok.\n\n“Kami inginkan pemerintah mematok harga,” harapnya.';
    assert.equal(speakerOf(text, 'turun lagi', 'id'), 'Haris');
    assert.equal(speakerOf(text, 'mematok harga', 'id'), 'Nurmala');
  });

  test('"kata seorang mama Papua lainnya": a Papuan mother described is the speaker', () => {
    const text = 'Pinang\n\n“Ini tanah kami, kami akan terus jual,” kata seorang mama Papua lainnya di Fanindi.';
    assert.match(speakerOf(text, 'terus jual', 'id'), /^seorang mama Papua lainnya/i);
  });

  test('"Duman said, “…,” specifically mentioning that Jim Rehder …" and "County clerk Kathy Ackerman … said “…”"', () => {
    const text =
      'Meetings\n\nDuman said, “There have been requests for us to record our meetings,” specifically mentioning that Jim Rehder of Cottonwood has asked for this. County clerk Kathy Ackerman looked into various options and said “there are hundreds of vendors who can set this up.”';
    assert.equal(speakerOf(text, 'record our meetings', 'en'), 'Duman');
    assert.equal(speakerOf(text, 'hundreds of vendors', 'en'), 'Kathy Ackerman');
  });

  test('"Using her farm, Abbotsford, located on …, as an example, Cr McNamara said …" then "she said": McNamara', () => {
    const text =
      'Drought\n\n“It doesn’t rain grass,” Cr McNamara said.\n\nUsing her home sheep and cattle property, Abbotsford, located on the Flinders Highway west of Hughenden, as an example, Cr McNamara said they had had half their rainfall.\n\n“We had early rain in November,” she said.';
    assert.equal(speakerOf(text, 'early rain', 'en'), 'McNamara');
  });

  test('"“…?” residents asked." and "Residents expressed … “…,” they said.": people named by a plural word', () => {
    const asked = 'Waste\n\n“What guarantee is there that segregation happens at the plants?” residents asked.';
    assert.match(speakerOf(asked, 'segregation', 'en'), /^residents$/i);
    const expressed =
      'Road\n\nResidents expressed their frustration, pointing out that the dust is causing ailments. “The contractor never sprays water on the road,” they said.';
    assert.match(speakerOf(expressed, 'sprays water', 'en'), /^residents$/i);
  });

  test('"Parashuram, a resident of Kanakadasanagar, said, “…”" and "One citizen said “…”": the name, and one citizen', () => {
    const text = 'Waste\n\nParashuram, a resident of Kanakadasanagar, said, “For months, I’ve seen garbage vans throwing dry waste.”';
    assert.equal(speakerOf(text, 'garbage vans', 'en'), 'Parashuram');
    const citizen = 'Fees\n\nOne citizen said “subscription fees have gradually swelled,” adding that he would not pay.';
    assert.match(speakerOf(citizen, 'subscription fees', 'en'), /^one citizen$/i);
  });

  test('"Richard Davies, Executive Councillor for Highways and Transport, said the council is …": Davies, not the council', () => {
    const text =
      'Potholes\n\nRichard Davies, Executive Councillor for Highways and Transport, said the council is repairing thousands of potholes every month.\n\n“Dangerous defects are fixed as a matter of urgency.”';
    const got = attributionOf(text, 'Dangerous defects', 'en');
    assert.equal(got.name, 'Richard Davies');
    assert.equal(got.entity.role, 'Executive Councillor');
  });

  test('"The high school student told deputies “…”": a person the school describes, not the school', () => {
    const text = 'Threat\n\nThe high school student told deputies “it was only a joke.”';
    assert.match(speakerOf(text, 'only a joke', 'en'), /^the high school student$/i);
  });

  test('"Sholeh (32) Salah seorang pemilik Toko/Kios Beras mengatakan" and "pembeli beras Ibu Suhai (35)" then "Harap nya"', () => {
    const text =
      'Beras\n\nWarga Way Kanan mengeluhkan harga beras.\n\nMenurut Sholeh (32) Salah seorang pemilik Toko/Kios Beras mengatakan harga naik.\n\n“Sekarang saya menjual beras seharga 13ribu.” kata dia.\n\nTerpisah, salah seorang pembeli beras Ibu Suhai (35) saat di temui di pasar mengatakan harga naik.\n\n“Kami sangat mengeluhkan harga beras sekarang,” Harap nya.';
    assert.equal(speakerOf(text, 'seharga 13ribu', 'id'), 'Sholeh');
    assert.equal(speakerOf(text, 'mengeluhkan harga beras sekarang', 'id'), 'Suhai');
  });

  test('"Menurutnya akbar, …" and "Lanjut Ia mengatakan": a name in lower case after "-nya", a pronoun capitalised', () => {
    const text =
      'Banjir\n\n"Saya lewati aja," ungkap ibu dua anak itu.\n\nSelain itu, seorang warga lainnya, Akbar (38 tahun) mengatakan banjir kerap terjadi.\n\nMenurutnya akbar, Buruknya saluran drainase memperparah air lama surut.\n\n"Karena tersumbat ini paritnya," kata dia.\n\nLanjut Ia mengatakan, jalan rawan kecelakaan.\n\n“Jalan itu licin,” tuturnya.';
    assert.equal(speakerOf(text, 'tersumbat', 'id'), 'Akbar');
    assert.equal(speakerOf(text, 'Jalan itu licin', 'id'), 'Akbar');
  });

  test('"Now Wiese, who …" and "Extension Educator Todd Whitney said": a sentence word and a title word are no names', () => {
    const text =
      'Hail\n\nThe damage has Gene Wiese of Adams looking for clues.\n\n"It will all be a reduced yield," said Wiese.\n\nNow Wiese, who has been farming for 33 years, must decide.\n\n"They are giving me some hope," said Wiese.\n\nHamilton County UNL Extension Educator Todd Whitney said the impact is far reaching.\n\n“We have good hope that we will have recovery," he said.';
    assert.equal(speakerOf(text, 'some hope', 'en'), 'Gene Wiese');
    assert.equal(speakerOf(text, 'good hope', 'en'), 'Todd Whitney');
  });

  test('"Robin from Adimalathura said that …" and "One of the vendors who …, Abiti Patuma said …": the one named', () => {
    const text =
      'Vendors\n\nRobin from Adimalathura said that they take the risk only because they have no other option. “We never want to go to sea during this time.”\n\nOne of the vendors who plies her trade at Nandos in Blantyre, Abiti Patuma said there was no better place.\n\n“We operate from here until late at night,” she said.';
    assert.equal(speakerOf(text, 'go to sea', 'en'), 'Robin');
    assert.equal(speakerOf(text, 'until late', 'en'), 'Abiti Patuma');
  });

  test('”It is very irritating …,” a paragraph opened with a right mark, and "a TV repairer said": a quotation, a description', () => {
    const text =
      'Power\n\n“We are doing our best,” the company said.\n\n”It is very irritating when the lights go off,” a fashion designer frowned.\n\n“I did no work at all,” a TV repairer said.';
    const { article } = extractForReview(text, { lang: 'en' });
    assert.ok(article.quotes.some((quote) => quote.text.startsWith('It is very irritating')));
    assert.match(speakerOf(text, 'no work at all', 'en'), /^a TV repairer$/i);
  });

  test('"elaborates Rishi Khanna" and ‘It is debatable …”, says …: a verb of saying, and a single mark closed by a double one', () => {
    const text =
      'Parking\n\n“I find parking within 15 minutes on a good day,” elaborates Rishi Khanna, a resident.\n\n‘It is debatable whether people can eat rice without vegetables”, says Kandaiyah Thiyagalingam, a farmer.';
    assert.equal(speakerOf(text, 'good day', 'en'), 'Rishi Khanna');
    assert.equal(speakerOf(text, 'It is debatable', 'en'), 'Kandaiyah Thiyagalingam');
  });

  test('"Independent councillor for Graiguecullen, Aisling Moran,": her title, not a person called Graiguecullen', () => {
    const text =
      'Roads\n\nIndependent councillor for Graiguecullen, Aisling Moran, believes potholes are a problem.\n\n“The roads literally crack,” she said.';
    const got = attributionOf(text, 'literally crack', 'en');
    assert.equal(got.name, 'Aisling Moran');
    assert.equal(got.entity.role, 'Independent councillor');
  });

  test('"…," ujar SF Hariyanto, then "Ia meminta …" and "…," tegasnya: initials before a name, not an organisation', () => {
    const text =
      'Jalan\n\n“Kita ingin memastikan jalan ini baik,” ujar SF Hariyanto di lokasi.\n\nIa meminta Dinas PUPR Riau segera melakukan perbaikan.\n\n“Kita minta UPT sapu bersih ini,” tegasnya.';
    assert.equal(speakerOf(text, 'sapu bersih', 'id'), 'SF Hariyanto');
  });

  test('"Kepala Disperindag, Iwan Simatupang, mengakui kenaikan harga cabai merah Bukittinggi …": the subject, not the object', () => {
    const text =
      'Cabai\n\nKepala Dinas Perindustrian dan Perdagangan (Disperindag) Kota Pekanbaru, Iwan Simatupang, mengakui kenaikan harga cabai merah Bukittinggi disebabkan cuaca buruk.\n\n“Pasokan dari Sumbar memang berkurang drastis.”';
    assert.equal(speakerOf(text, 'Pasokan dari Sumbar', 'id'), 'Iwan Simatupang');
  });

  test('"kata pedagang ikan Bincen, Joni" and "Ia menilai, Pemko Medan …" then "ujarnya": the trader, the resident', () => {
    const text =
      'Ikan\n\n“Stok ikan kurang jadi harga naik,” kata pedagang ikan Bincen, Joni pada media ini.\n\n“Kondisi jalan semakin rusak parah,” ujar Iwan, seorang warga Kelurahan Tanjung Gusta Medan.\n\nIa menilai, Pemko Medan hingga saat ini terkesan kurang peduli.\n\n“Semula kami memperkirakan proyek menjangkau jalan ini,” ujarnya.';
    assert.equal(speakerOf(text, 'Stok ikan', 'id'), 'Joni');
    assert.equal(speakerOf(text, 'Semula kami', 'id'), 'Iwan');
  });

  test('"Menurut soleh, …" then "Soleh menduga …" and "Ucen, 59, penjual cengkih …" after a glued dateline: the names', () => {
    const soleh =
      'Banjir\n\n“Kami benar-benar dirugikan,” ungkap Soleh, salah seorang warga Muang Dalam.\n\nMenurut soleh, banjir kali ini termasuk yang terparah.\n\nSoleh menduga, banjir tak hanya disebabkan oleh hujan.\n\n“Tadi saat saya keluar kampung, sudah agak surut banjirnya,” tuturnya.';
    assert.equal(speakerOf(soleh, 'agak surut', 'id'), 'Soleh');
    const ucen =
      'Cengkeh\n\nTERASMALUKU.COM,-AMBON-Memasuki musim panen cengkeh, harga cengkeh di Kota Ambon terjun bebas.\n\nUcen, 59, penjual cengkih di pasar hasil bumi Mardika Kota Ambon mengakui adanya kemerosotan harga. “Kali ini dia (cengkeh) turun,” akunya.';
    assert.equal(speakerOf(ucen, 'Kali ini dia', 'id'), 'Ucen');
  });

  test('"Menanggapi imbauan itu, Petani Tembakau asal Kecamatan Ganding, Sumenep, Munhari mengatakan …": Munhari', () => {
    const text =
      'Tembakau\n\n“Saya khawatir harga tembakau turun,” ujar H. Mukmin.\n\nMenanggapi imbauan dua Sultan Madura itu, Petani Tembakau asal Kecamatan Ganding, Sumenep, Munhari mengatakan bahwa pernyataan tersebut bikin petani resah.\n\n“Pernyataan itu membuat pesimis kepada petani tembakau,” ujarnya.';
    assert.equal(speakerOf(text, 'membuat pesimis', 'id'), 'Munhari');
  });

  test('a headline in Title Case and "Salah satu warga RT 2 RW 3 Kelurahan Gebangsari, Ati (45) mengaku …": Ati, not "Genangan"', () => {
    const text =
      'Banjir Semarang 4 Hari Tak Surut, Warga Gebangsari Terjebak Genangan\n\nSEMARANG – Salah satu warga RT 2 RW 3 Kelurahan Gebangsari, Ati (45) mengaku telah terjebak banjir selama empat hari. Genangan air telah memasuki depan rumahnya.\n\n“Sudah 3-4 hari ini dan airnya sudah sampai depan rumah,” ucapnya.';
    assert.equal(speakerOf(text, 'sampai depan rumah', 'id'), 'Ati');
  });

  test('a quotation alone after a paragraph that names no one: the one quoted before it, flagged for review', () => {
    const text =
      'Storm\n\n“Well, really the biggest impact at the moment is the wet,” Charlie Reynolds said.\n\nKeeping stock in was a priority for many and with gates gone paddocks are all running as one.\n\n“And you can’t even get a fence post in as the hole just fills up with water.”';
    const got = attributionOf(text, 'fence post', 'en');
    assert.equal(got.name, 'Charlie Reynolds');
    assert.equal(got.confidence, 'medium');
  });

  test('"Kepala Dinas Koperasi Jambi, R Hasan OK, menyampaikan …" then "ujarnya": two initials end a name', () => {
    const text =
      'Harga\n\nKepala Dinas Koperasi Jambi, R Hasan OK, menyampaikan pemerintah terus menjaga stok beras.\n\n“Kami terus berkoordinasi dengan daerah penghasil,” ujarnya.';
    assert.equal(speakerOf(text, 'daerah penghasil', 'id'), 'R Hasan OK');
  });

  test('"Kepala Dinas Pertanian,Perkebunan dan Kehutanan Darman mengungkapkan …": a unit listed with no space after a comma', () => {
    const text =
      'Padi\n\nKepala Dinas Pertanian,Perkebunan dan Kehutanan Darman mengungkapkan, hama wereng menyerang sawah warga.\n\n“Ini kondisi alam, kita tidak bisa mengendalikannya,” ujarnya.';
    assert.match(speakerOf(text, 'kondisi alam', 'id'), /Darman$/);
  });

  test('"sebut petani asal Banjar X, Desa Y, Kecamatan Z ini" and "duganya": the farmer named before', () => {
    const text =
      'Jeruk\n\nPetani jeruk, I Made Sukra, saat dihubungi mengakui harga jeruk sangat murah.\n\nMereka tidak mendapat untung. “Dengan harga ini kami tidak rugi,” sebut petani asal Banjar Kawan, Desa Songan, Kecamatan Kintamani ini.\n\nDia menjelaskan biaya perawatan tinggi. “Mungkin di daerah lain juga panen raya,” duganya dengan nada lesu.';
    assert.equal(speakerOf(text, 'tidak rugi', 'id'), 'I Made Sukra');
    assert.equal(speakerOf(text, 'daerah lain', 'id'), 'I Made Sukra');
  });

  test('"Senada dengan Rukiah, pembeli lainnya, Marni (42), juga merasa …" then "katanya": Marni, not Rukiah', () => {
    const text =
      'Pasar\n\nSalah seorang pembeli, Rukiah (50), mengeluhkan bau sampah. “Saya harus menutup hidung,” ujarnya.\n\nSenada dengan Rukiah, pembeli lainnya, Marni (42), juga merasa terganggu. “Harusnya sampah diangkut lebih rutin,” katanya.';
    assert.equal(speakerOf(text, 'lebih rutin', 'id'), 'Marni');
  });

  test('"Tasmanian dairy farmer Tom Reid, Scottsdale, welcomed …" then "he said": the farmer, not the region or the town', () => {
    const text = 'Drought\n\nTasmanian dairy farmer Tom Reid, Scottsdale, welcomed the support.\n\n“We are just hoping for rain,” he said.';
    assert.equal(speakerOf(text, 'hoping for rain', 'en'), 'Tom Reid');
  });

  test('"Minister for Roads and Water Ann Hale said …" then "she said" and "Ms Hale said": the minister', () => {
    const text =
      'Drought\n\nMinister for Roads and Water Ann Hale said the package answered calls from farmers.\n\n“We will always back our farmers,” she said.\n\n“More support will follow,” Ms Hale said.';
    assert.equal(speakerOf(text, 'back our farmers', 'en'), 'Ann Hale');
  });

  test('"Despite this, Mr Kerr is faced with a larger problem, “It’s difficult …”": the one the clause is about, unsure', () => {
    const text =
      'Floods\n\nLocal farmer, Sam Kerr, voiced his concerns. “The water is everywhere,” he said.\n\nDespite this, Mr Kerr is faced with a larger problem of getting feed for his animals, “It’s difficult getting out to pick up the bags of meal.”';
    const got = attributionOf(text, 'bags of meal', 'en');
    assert.equal(got.name, 'Sam Kerr');
    assert.equal(got.confidence, 'medium');
    assert.match(got.cue, /comma/);
  });

  test('"member Omar al-Rawi told X that the crisis “…,” accusing the ministry of “…”": al-Rawi both times', () => {
    const text =
      'Water\n\nCouncil member Omar al-Rawi told reporters that the crisis “is the result of poor management,” accusing the ministry of “failing to act.”';
    assert.equal(speakerOf(text, 'poor management', 'en'), 'Omar al-Rawi');
    assert.equal(speakerOf(text, 'failing to act', 'en'), 'Omar al-Rawi');
  });

  test('"Darmin (70) petani singkong asal X, mengaku …" and "… diungkapkan oleh Fajri (34) ia mengatakan …": each one', () => {
    const text =
      'Singkong\n\nDarmin (70) petani singkong asal Kotabumi, mengaku akan mencabut tanamannya.\n\n“Iya, saya mendengar kabar harga naik,” ujarnya.\n\nHal yang sama juga diungkapkan oleh Fajri (34) ia mengatakan harga mulai naik.\n\n“Kalau benar sudah naik, saya bersyukur,” katanya';
    assert.equal(speakerOf(text, 'mendengar kabar', 'id'), 'Darmin');
    assert.equal(speakerOf(text, 'saya bersyukur', 'id'), 'Fajri');
  });

  test('"Dampak … dirasakan oleh Made Arta salah seorang nelayan …" then "ungkapnya": the fisherman who felt it', () => {
    const text =
      'Nelayan\n\nCuaca buruk membuat nelayan tidak melaut.\n\nDampak cuaca buruk juga dirasakan oleh Made Arta salah seorang nelayan di Desa Sangsit. “Kalau tidak memungkinkan lebih baik jangan berangkat,” ungkapnya.';
    assert.equal(speakerOf(text, 'jangan berangkat', 'id'), 'Made Arta');
  });

  test('"Imam, salah satu petani setempat mengatakan …" then "ujar Imam" and "keluhnya": a title word that is a name', () => {
    const text =
      'Singkong\n\nImam, salah satu petani setempat mengatakan harga turun. “Karena kemarau, tanaman tidak tumbuh,” ujar Imam kepada wartawan.\n\nHarga singkong anjlok. “Kerugiannya dua kali lipat,” keluhnya.';
    assert.equal(speakerOf(text, 'tanaman tidak tumbuh', 'id'), 'Imam');
    assert.equal(speakerOf(text, 'dua kali lipat', 'id'), 'Imam');
  });

  test('"Pedagang yang lainya, Pak Udin juga menyebutkan, …, “…,” ucapnya": the other trader', () => {
    const text =
      'Pasar\n\nHal senada disampaikan oleh Bu Ani, pedagang lainnya, “sepi terus setiap hari,” ucapnya.\n\nPedagang yang lainya, Pak Udin juga menyebutkan, semakin hari semakin sepi, “pembeli lebih memilih berbelanja di luar pasar,” ucapnya.';
    assert.equal(speakerOf(text, 'di luar pasar', 'id'), 'Pak Udin');
  });

  test('"kata Rudi Hartono selaku inisiator pedagang Pasar Lama" and "seorang ibu yang tinggal di jalan Mawar, Ros (47)"', () => {
    const rudi =
      'Pasar\n\nPara pedagang keberatan. “Kami meminta perda diubah,” kata Rudi Hartono selaku inisiator pedagang Pasar Lama di Jakarta.';
    assert.equal(speakerOf(rudi, 'perda diubah', 'id'), 'Rudi Hartono');
    const ros =
      'Air\n\nWarga kesulitan air bersih.\n\nSeperti disampaikan seorang ibu yang tinggal di seputaran jalan Mawar, Ros (47).\n\n“Sulit kali dapat air, ya,” ucapnya.';
    assert.equal(speakerOf(ros, 'Sulit kali', 'id'), 'Ros');
  });

  test('"Sejumlah petani …", a quote of Tini, then "kata petani di Karangsewu, Galur ini": Tini, not the group', () => {
    const text =
      'Cabai\n\nSejumlah petani cabai di pesisir selatan terancam merugi.\n\n“Harganya sangat murah,” keluh Tini, Jumat (8/11/2024).\n\n“Ini harga terendah tahun ini,” kata petani di Karangsewu, Galur ini.';
    assert.equal(speakerOf(text, 'harga terendah', 'id'), 'Tini');
  });

  test('"Sarpiah 45 tahun, salah satu pedagang besar bawang …" then "ujarnya": Sarpiah', () => {
    const text =
      'Bawang\n\nHarga bawang merah naik.\n\nSarpiah 45 tahun, salah satu pedagang besar bawang merah dari Bima yang menuturkan harga bisa naik turun.\n\n“Kalau harganya turun biasanya lagi panen raya,” ujarnya.';
    assert.equal(speakerOf(text, 'panen raya', 'id'), 'Sarpiah');
  });

  test('"“We need help, Reimer said. “I would support hiring …”": an unclosed quotation ends at its attribution', () => {
    const text =
      'Roads\n\nCommissioner Kurt Reimer spoke at the meeting.\n\n“Sometimes that requires admitting we need help, Reimer said. “I would seriously support hiring a county administrator.”';
    const { article } = extractForReview(text, { lang: 'en' });
    assert.deepEqual(
      article.quotes.map((quote) => quote.text),
      ['Sometimes that requires admitting we need help', 'I would seriously support hiring a county administrator.'],
    );
    assert.equal(speakerOf(text, 'county administrator', 'en'), 'Kurt Reimer');
  });

  test('"Ann Mori, Iyunga resident in Mbeya city told …" and "…, Nickel said, which …" before "he added": the ones named', () => {
    const mori =
      'Maize\n\nAnn Mori, Iyunga resident in Mbeya city told this paper that maize prices rose.\n\n“Normal citizens feel the hardship,” she explained.';
    assert.equal(speakerOf(mori, 'Normal citizens', 'en'), 'Ann Mori');
    const nickel =
      'Parking\n\n“It is a way to collect payment,” said Ryan Nickel, the city manager.\n\nDowntown Brandon has about 600 parking meters, Nickel said, which made a profit of $110,000.\n\nAfter the cost of enforcement, it isn’t “a huge money maker,” he added.';
    assert.equal(speakerOf(nickel, 'money maker', 'en'), 'Ryan Nickel');
  });

  test('"Selamet sebagai penjual air …" with "Senada dengan selamet" later, and "Tajudin (25) sebagai konsumen PDAM": each one', () => {
    const selamet =
      'Air\n\nSudah Hampir sebulan warga tidak mendapat air.\n\nDalam hal ini, Selamet sebagai penjual air bersih juga mengakui dampak krisis.\n\n“Saya juga dengar air PDAM itu tidak ngalir,” terangnya.\n\nSenada dengan selamet, Hj Marawah juga merasakan dampaknya.';
    assert.equal(speakerOf(selamet, 'tidak ngalir', 'id'), 'Selamet');
    const tajudin =
      'Air\n\n“Dua kali dilaporkan,” terang Ari.\n\nHal serupa terjadi pada warga lainnya, Tajudin Nor (25) sebagai konsumen PDAM menyampaikan keresahannya. Ia menyebut, keluhan serupa banyak beredar.\n\n“Direktur PDAM harus memberikan kompensasi,” ujarnya.';
    assert.equal(speakerOf(tajudin, 'memberikan kompensasi', 'id'), 'Tajudin Nor');
  });

  test('"PT Santosa Utama Lestari, Unit Madapangga Rp 4.700" then "sebut bapak … ini": no company or amount is a person', () => {
    const text =
      'Jagung\n\nWahyudin Ahyadin, petani jagung asal Desa Kala, mengeluhkan harga jagung.\n\nHarga beli jagung PT Santosa Utama Lestari, Unit Madapangga Rp 4.700 per kilogram.\n\n"Harga jagung akan turun," sebut bapak dua orang putri ini.\n\n"Mohon maaf, kita sedang ada meeting," jawab salah satu karyawan PT Santoso Utama Lestari.';
    assert.equal(speakerOf(text, 'akan turun', 'id'), 'Wahyudin Ahyadin');
    assert.match(speakerOf(text, 'sedang ada meeting', 'id'), /^Salah satu karyawan/);
  });

  test('"Fendi, Pemilik Toko Beras Jaya di Pasar KM 5, mengatakan …" then "katanya": the shop owner, not the shop', () => {
    const text =
      'Beras\n\n“Mahal,” kata Minah, salah seorang pemilik warung.\n\nFendi, Pemilik Toko Beras Jaya di Pasar KM 5, mengatakan, beras Bulog dijual Rp9.000 per kilogram.\n\n“Beras premium 5 Kg 69.000,” katanya.';
    assert.equal(speakerOf(text, 'Beras premium', 'id'), 'Fendi');
  });

  test('a quotation in two apostrophes over three paragraphs, each opened again: one quotation', () => {
    const text =
      "Water\n\n''We've had no water for 10 days,'' said resident Somchai Wong. ''This shortage happens every month.\n\n''We have to buy in truckloads of water.\n\n''The council officials never seem worried.''";
    const { article } = extractForReview(text, { lang: 'en' });
    assert.equal(article.quotes.length, 2);
    assert.match(
      article.quotes[1].text,
      /^This shortage happens every month\.\n\nWe have to buy .*\n\nThe council officials never seem worried\.$/,
    );
  });

  test('"Tan, a flower seller for 25 years, said …" and, after "The residents say …", "the woman lamented": the ones named', () => {
    const tan =
      'Flowers\n\n“Sales are slow,” said Kadat Abong, a trader.\n\nTan, a flower seller for more than 25 years, said he had to clear the stock every day.\n\n“A chrysanthemum cannot be sold next week,” he pointed out.';
    assert.equal(speakerOf(tan, 'chrysanthemum', 'en'), 'Tan');
    const woman =
      'Water\n\nSpeaking on Thursday, Claudia Clayton, a resident of Trench Town, said they are charged for trucked water.\n\nThe residents say it costs $7,000 to fill a tank.\n\n"We waan know a how long dis aguh keep up for," the woman lamented.';
    assert.equal(speakerOf(woman, 'how long dis', 'en'), 'Claudia Clayton');
  });

  test('"wrote Facebook page Complaint Singapore member Sue Tan" and "said Facebook user Car Fei Yin": the people, not Facebook', () => {
    const text =
      'Hoarding\n\n“I have been complaining for 2 years,” wrote Facebook page Complaint Singapore member Sue Tan on Monday.\n\n“This is very dangerous,” said Facebook user Car Fei Yin.';
    assert.equal(speakerOf(text, 'complaining for 2 years', 'en'), 'Sue Tan');
    assert.equal(speakerOf(text, 'very dangerous', 'en'), 'Car Fei Yin');
  });

  test('a transcript\'s label "Emma Jones – Market Vendor" above a quotation: the one labelled', () => {
    const text =
      'Market\n\nSome market vendors expressed concerns about the works.\n\nEmma Jones – Market Vendor\n\n“They supposed to fix it back. We will not give them no more money.”\n\nAnton Wade – Market Vendor\n\n“Nothing surprises me anymore, because we were never told.”';
    assert.equal(speakerOf(text, 'fix it back', 'en'), 'Emma Jones');
    assert.equal(speakerOf(text, 'Nothing surprises me', 'en'), 'Anton Wade');
  });

  test('"For Sairusi Vula, a market vendor for five years, this work …" then a quotation alone: the vendor, unsure', () => {
    const text =
      'Market\n\n“Sales were weak,” said Jane Doe.\n\nFor Sairusi Vula, a market vendor for five years, this work has been a support for his family.\n\n“The prices of goods in the market will continue to rise.”';
    const got = attributionOf(text, 'continue to rise', 'en');
    assert.equal(got.name, 'Sairusi Vula');
    assert.equal(got.confidence, 'medium');
  });

  test('"National Capital District Governor, Powes Kila" then "…" NCD Governor said.": the governor, by the initials', () => {
    const text =
      'Water\n\nNational Capital District Governor, Powes Kila has appealed to residents to be patient.\n\n"It is not an acceptable situation." NCD Governor said.';
    assert.equal(speakerOf(text, 'acceptable situation', 'en'), 'Powes Kila');
  });

  test('"In her first address as mayor of the town council, Cllr Ann Foy said …" and "Outgoing mayor Jim Hart …, but said he …"', () => {
    const text =
      'Council\n\nCllr Kevin Moore spoke of a begging bowl.\n\nIn her first address as mayor of the town council, Cllr Ann Foy said it is a matter of sadness to her.\n\n“It’s no accident that other towns are doing well,” she said.\n\nOutgoing mayor Jim Hart shares those concerns, but said he doesn’t expect a begging bowl.\n\n“People should go to Mullingar and fight their corner,” he said.';
    assert.equal(speakerOf(text, 'no accident', 'en'), 'Ann Foy');
    assert.equal(speakerOf(text, 'fight their corner', 'en'), 'Jim Hart');
  });

  test('"Cllr Glenn — who was appointed Mayor at the meeting — … said “…”" opening the story, then "The Fianna Fáil councillor said"', () => {
    const text =
      'Calls for a council meeting outside of Mullingar were made on Monday.\n\nCllr Glenn — who was appointed Mayor at the meeting — made the suggestion and said a meeting could be held “in one of the rural areas”. The Fianna Fáil councillor said he hoped he would receive “a load of proposals” for destinations.';
    assert.equal(speakerOf(text, 'rural areas', 'en'), 'Glenn');
    assert.equal(speakerOf(text, 'load of proposals', 'en'), 'Glenn');
  });

  test('"said Keithel Street Vendors’ Welfare Association (KSVWA) president Laitonjam Beda": the president', () => {
    const text =
      'Vendors\n\n“Please save and protect our rights to live,” said Keithel Street Vendors’ Welfare Association (KSVWA) president Laitonjam Beda.';
    assert.equal(speakerOf(text, 'rights to live', 'en'), 'Laitonjam Beda');
  });

  test('"Ben Ramos, 48, a member of the Alyansa sang nga Mangunguma sa Igbaras, said …" and "a motorcyclist in Jennipleta, Josiah"', () => {
    const ramos =
      'Rice\n\nBen Ramos, 48, a member of the Alyansa sang nga Mangunguma sa Igbaras, said the price of rice "just keeps on going up."';
    assert.equal(speakerOf(ramos, 'going up', 'en'), 'Ben Ramos');
    const josiah =
      'Roads\n\n“Bad roads are making things very difficult for us,” said a commercial motorcyclist in Jennipleta, Josiah Kollie.';
    assert.equal(speakerOf(josiah, 'very difficult', 'en'), 'Josiah Kollie');
  });

  test('"“They come here every night,’’ he said. “And when they come …”": two quotations, the first closed by two marks', () => {
    const text =
      'Compound\n\nFrancis Papay says he sees young people smoking at night.\n\n“They come here every night at about 12am,’’ he said. “And when they come they will embarrass us.”';
    const { article } = extractForReview(text, { lang: 'en' });
    assert.deepEqual(
      article.quotes.map((quote) => quote.text),
      ['They come here every night at about 12am', 'And when they come they will embarrass us.'],
    );
  });

  test('"Ruas jalan (Tatelu, Pinilih, Klabat) paling parah, lanjut Mamahit, …" then "semburnya": Mamahit, not Klabat', () => {
    const text =
      'Jalan\n\n“Truk lalu-lalang merusak jalan,” keluh Feky Mamahit warga Desa Tatelu.\n\nRuas jalan provinsi (Tatelu, Pinilih, Klabat) paling parah, lanjut Mamahit, ada di wilayah Kalutai.\n\n“Sampai hari ini kami tidak pernah lihat ada perbaikan,” semburnya.';
    assert.equal(speakerOf(text, 'tidak pernah lihat', 'id'), 'Feky Mamahit');
  });

  test('"said Coun. Gord Wolsten" and "Mr Sione Vaikeli, an Agriculture Officer from the Ministry of Agriculture Food, Forests and Fisheries said"', () => {
    const coun = 'Hall\n\n“My personal opinion is let’s go,” said Coun. Gord Wolsten, who represents council on the committee.';
    assert.equal(speakerOf(coun, 'personal opinion', 'en'), 'Gord Wolsten');
    const officer =
      'Squash\n\n“Squash season brings a lot of money,” Mr Sione Vaikeli, an Agriculture Officer from the Ministry of Agriculture Food, Forests and Fisheries said.';
    assert.equal(speakerOf(officer, 'Squash season', 'en'), 'Sione Vaikeli');
  });

  test('"Olson said" in a story about Darcy Olson and councillor Jan Coffey-Olson: Darcy Olson, the double-barrelled name apart', () => {
    const text =
      'Water\n\n“It’s almost identical to the last one,” said Darcy Olson, the town’s administrator.\n\nHe responded to concerns from councillor Jan Coffey-Olson.\n\n“We’re hoping for a grant,” Olson said.';
    assert.equal(speakerOf(text, 'hoping for a grant', 'en'), 'Darcy Olson');
  });

  test('"Seorang penambang yang tidak mau namanya di tuliskan berkata, “…”" and "oleh penambang berinisial Ed" then "ungkapnya"', () => {
    const text =
      'Timah\n\nSeorang penambang yang tidak mau namanya di tuliskan berkata, "Kami juga ucapkan terimakasih."\n\nHal senada diungkapkan oleh penambang berinisial Ed, laut ini milik bersama.\n\n"Biaya operasional kami juga tinggi pak," ungkapnya.';
    assert.equal(speakerOf(text, 'ucapkan terimakasih', 'id'), 'Seorang penambang');
    assert.equal(speakerOf(text, 'Biaya operasional', 'id'), 'Ed');
  });

  test('"Lain lagi dengan Rini (bukan nama sebenarnya)pemilik toko …. Ia mengatakan …" then "pungkasnya": Rini', () => {
    const text =
      'Listrik\n\n“Sa sudah cape,” kata Ulla, guru SD di Kota Fakfak.\n\nLain lagi dengan Rini (bukan nama sebenarnya)pemilik toko di kawasan pertokoan. Ia mengatakan, bahwa Ia mengalami kerugian.\n\n“Kalau kerugian pasti semua ada,” pungkasnya.';
    assert.equal(speakerOf(text, 'kerugian pasti', 'id'), 'Rini');
  });

  test('"Jongky R. Fonataba,S.E.,M.M" then "Jongky Fonataba", "“…” Jelas Jongky.", "Mantan Jurnalis ini" and "politisi Demokrat itu"', () => {
    const text =
      'Air\n\nKeluhan warga disampaikan saat reses Wakil Ketua DPR Papua Barat Jongky R. Fonataba,S.E.,M.M di Kladufu.\n\nWakil Ketua DPR Papua Barat, Jongky Fonataba mengatakan, dirinya menjaring aspirasi.\n\n“Hampir semua warga kesulitan air bersih.” Jelas Jongky.\n\nMantan Jurnalis ini mengaku, persoalan air bersih hampir merata.\n\nMenurut politisi Demokrat itu, Pemerintah harus mengambil langkah cepat.\n\n“Masih banyak jaringan pipa yang bocor.” Ungkapnya.';
    assert.equal(speakerOf(text, 'kesulitan air bersih', 'id'), 'Jongky Fonataba');
    assert.equal(speakerOf(text, 'pipa yang bocor', 'id'), 'Jongky Fonataba');
  });

  test('a dateline, then "Saban hari Paulina Reni …", "Pukul 05.00 Wita, …" and "kata perempuan 37 itu": Paulina Reni', () => {
    const text =
      'Air\n\nFloresa.co – Saban hari Paulina Reni bangun subuh demi memburu air.\n\nPukul 05.00 Wita, warga Kampung Jong itu menenteng jerigen dan ember.\n\n“Kalau kami terlambat bangun, sudah banyak orang,” kata perempuan 37 itu.';
    assert.equal(speakerOf(text, 'terlambat bangun', 'id'), 'Paulina Reni');
  });

  test('"Kapolresta … Jansen Panjaitan mengatakan, … mengamankan Jeruk" then "kata mantan Wakapolres Badung ini": the officer', () => {
    const text =
      'Residivis\n\nSeorang residivis berinisial MM alias Jeruk kembali ditangkap polisi.\n\nKapolresta Denpasar Kombes Pol Jansen Avitus Panjaitan mengatakan, selain mengamankan Jeruk, pihaknya juga mengamankan belasan remaja.\n\nPara remaja mengaku disuruh oleh pelaku. Sementara Jeruk ditetapkan sebagai tersangka dan ditahan.\n\n“Pelaku langsung dilakukan penahanan,” kata mantan Wakapolres Badung ini.';
    assert.equal(speakerOf(text, 'penahanan', 'id'), 'Jansen Avitus Panjaitan');
  });

  test('"Kepala Satuan Lalu Lintas (Kasat Lantas) Polres Kolaka, IPTU Della Indah Lestari" and "mobil yang dikemudikan Suardi"', () => {
    const text =
      'Kecelakaan\n\n“Kecelakaan terjadi di tanjakan,” kata Kepala Satuan Lalu Lintas (Kasat Lantas) Polres Kolaka, IPTU Della Indah Lestari.\n\nBus tidak dapat menanjak sehingga mobil yang dikemudikan Suardi (54) mundur dan terbalik.\n\n“Pengendara beserta penumpang selamat,” imbuhnya.';
    assert.equal(speakerOf(text, 'tanjakan', 'id'), 'Della Indah Lestari');
    assert.equal(speakerOf(text, 'penumpang selamat', 'id'), 'Della Indah Lestari');
  });

  test('"aku lelaki usia 54 tahun itu" and "ungkap Anggota Kabupaten Katingan Yudea": the ones named before', () => {
    const lelaki =
      'Air\n\nSalah satu warga Desa Kasuwari, La Ode Rahman mengaku krisis air sudah setahun. “Untuk mandi kita pakai air asin,” aku lelaki usia 54 tahun itu.';
    assert.equal(speakerOf(lelaki, 'air asin', 'id'), 'La Ode Rahman');
    const yudea =
      'Listrik\n\nYudea salah satu anggota DPRD Katingan mengungkapkan, listrik hanya menyala malam hari.\n\n“Kebutuhan listrik tidak hanya penerangan,” ungkap Anggota Kabupaten Katingan Yudea, Selasa (22/2/2022).';
    assert.equal(speakerOf(yudea, 'tidak hanya penerangan', 'id'), 'Yudea');
  });

  test('"Kapolres …, AKBP Dwi Setyo melalui Kasi Humas AKP Edi Arto" and "Kapolres … dikonfirmasi Kasatlantas, AKP Betty Purwa": the officer', () => {
    const melalui =
      'Sapi\n\nKapolres OKU Timur, AKBP Dwi Setyo melalui Kasi Humas AKP Edi Arto menjelaskan, kasus berawal dari laporan warga.\n\n“Kapolsek mendapat informasi dari masyarakat,” jelasnya.';
    assert.equal(speakerOf(melalui, 'informasi dari masyarakat', 'id'), 'Edi Arto');
    const dikonfirmasi =
      'Lakalantas\n\nKapolres Prabumulih, AKBP Tito Hutasoit SIk dikonfirmasi Kasatlantas, AKP Betty Purwa SIk didampingi Kanit Laka, Ipda Wanto SH membenarkan hal itu.\n\n“Penyebab utama lakalantas adalah kelalaian,” ujarnya.';
    assert.equal(speakerOf(dikonfirmasi, 'kelalaian', 'id'), 'Betty Purwa');
    const asked =
      'Banjir\n\nKapolres Prabumulih, AKBP Tito Hutasoit saat dikonfirmasi wartawan membenarkan hal itu.\n\n“Air sudah surut,” ujarnya.';
    assert.equal(speakerOf(asked, 'sudah surut', 'id'), 'Tito Hutasoit');
  });

  test('"Wali Kota Bengkulu, Dedy Wahyu" then "ujar Dedy" in a story that also names the pair "Dedy-Ronny": the mayor', () => {
    const text =
      'Medsos\n\nWali Kota Bengkulu, Dedy Wahyu, memanfaatkan media sosial.\n\n“Ini bagian dari komitmen Pemkot,” ujar Dedy.\n\nDi bawah kepemimpinan Dedy-Ronny, Pemkot menegaskan komitmennya.';
    assert.equal(speakerOf(text, 'komitmen Pemkot', 'id'), 'Dedy Wahyu');
  });

  test('"During the launch of … Vice President Sam Tsogo …, one village elder told President …" then "said the old man": the elder', () => {
    const text =
      'Water\n\nDuring the launch of Vice President Sam Tsogo as a Botswana Democratic Party (BDP) parliamentary candidate for Boteti East recently, one village elder told President Mokgweetsi Masisi that government must act. “For many years we have been drinking water that smells,” said the old man.\n\nIn an interview Vice President Tsogo rebuffed the issue, saying it is being addressed. “This is part of a funded project,” he said.';
    assert.equal(speakerOf(text, 'water that smells'), 'One village elder');
    assert.equal(speakerOf(text, 'funded project'), 'Sam Tsogo');
  });

  test('"said Maui mixed martial artist Kendall Groves": a place and a word for a person before the name', () => {
    const text =
      'Drought\n\nA water conservation alert is in effect for Upcountry Maui residents.\n\n“It has nothing to do with me personally,” said Maui mixed martial artist Kendall Groves, who has been vocal about the issue.';
    assert.equal(speakerOf(text, 'nothing to do with me'), 'Kendall Groves');
  });

  test('"One such trader is Harriet Suiga." then "she said": the trader is the name', () => {
    const text =
      'Market\n\nIn the furthermost part of the market, the clothes sellers set up shop. One such trader is Harriet Suiga.\n\nShe told SIBC the process behind the lavalava.\n\n“I get the rolls of material,” she said.';
    assert.equal(speakerOf(text, 'rolls of material'), 'Harriet Suiga');
  });

  test('"Tauranga North community constable Christopher Conolly says" then "Conolly, who …, was appointed …" and "he said"', () => {
    const text =
      'Policing\n\nTauranga North community constable Christopher Conolly says police units are playing a key role.\n\nConolly, who has spent eight years with New Zealand Police, was appointed Tauranga North community constable in May.\n\n“It was a nice change,” he said.';
    assert.equal(speakerOf(text, 'nice change'), 'Christopher Conolly');
  });

  test('"NZME\'s Hits announcer Darryl Malle is in the city" then the quotation alone; "UPDATED 9.52PM:" is no one', () => {
    const text =
      'Floods\n\nUPDATED 9.52PM: Civil Defence are describing the flooding as a "one in 100 year event."\n\nNZME\'s Hits announcer Darryl Malle is in the city this morning.\n\n"It\'s actually scary. Lights are out, power is out."';
    assert.equal(speakerOf(text, 'actually scary'), 'Darryl Malle');
    assert.notEqual(speakerOf(text, 'one in 100 year event'), 'UPDATED');
  });

  test('"Bede Caran, Timaru District Council Chief Executive said that …" then the quotation: the chief executive', () => {
    const text =
      'Plan\n\nBede Caran, Timaru District Council Chief Executive said that a renewed focus on delivery kept rates down.\n\n“The council is charged with providing many of the services you use every day.”';
    assert.equal(speakerOf(text, 'charged with providing'), 'Bede Caran');
  });

  test('"Vani states", "the United Nations said" and "the chief said" after a chief and an assistant chief', () => {
    const states =
      'Market\n\nVani Sula is a farmer.\n\n“We sell our produce wholesale,” Vani states, drawing from her years of experience.';
    assert.equal(speakerOf(states, 'produce wholesale'), 'Vani Sula');
    const nations = 'Talks\n\n“We will not accept this,” the United Nations said on Monday.';
    assert.equal(speakerOf(nations, 'not accept this'), 'United Nations');
    const chief =
      'Fire\n\nWatertown Fire Chief Nick Swinhar and Assistant Fire Chief Doug Kranze spoke to the commissioners about a truck.\n\n"It is basically a water truck," the chief said.';
    assert.equal(speakerOf(chief, 'water truck'), 'Nick Swinhar');
  });

  test('"Diwaktu yang berbeda, Jumadi salah satu Pedagang di Pasar …", "Salah seorang Kapokjar …, Mas’ud Ahmad" and "tegas MS"', () => {
    const jumadi =
      'Harga\n\nTuti salah satu pedagang di Pasar Bintan mengeluhkan kenaikan harga.\n\n“Ya semuanya pada naik,” ujar Tuti.\n\nDiwaktu yang berbeda, Jumadi salah satu Pedagang di Pasar Puan Ramah mengatakan, “dengan kenaikan harga ini tentunya sangat berdampak,” ucapnya.';
    assert.equal(speakerOf(jumadi, 'sangat berdampak', 'id'), 'Jumadi');
    const masud =
      'Riset\n\n“Jadi itu sedikit informasi,” kata Heribertus Ompu.\n\nSalah seorang Kapokjar 13 Sespimmen ke 63, Mas’ud Ahmad menjelaskan, para siswa melakukan penelitian.\n\n“Nanti kami akan berdiskusi dengan tokoh masyarakat,” ucap dia.';
    assert.equal(speakerOf(masud, 'berdiskusi', 'id'), 'Mas’ud Ahmad');
    const initials =
      'Pupuk\n\nDua jenis pupuk, Phonska dan Urea, dilaporkan lenyap.\n\nSeorang petani, MS, meluapkan kejengkelannya.\n\n“Saya ditawari Rp250 ribu,” tegas MS, Kamis (27/11/2025).\n\n“Saya laporkan ke Pak Presiden,” ujarnya.';
    assert.equal(speakerOf(initials, 'ditawari', 'id'), 'MS');
    assert.equal(speakerOf(initials, 'Pak Presiden', 'id'), 'MS');
  });

  test('"Kapolres Kupang, AKBP FX Irwan Ari", "orang nomor satu di Polres Ternate itu" and "Polresta Banjarmasin … jelasnya"', () => {
    const initials = 'Banjir\n\n“Personil kami sudah di lokasi,” ucap Kapolres Kupang, AKBP FX Irwan Ari kepada wartawan.';
    assert.equal(speakerOf(initials, 'Personil kami', 'id'), 'FX Irwan Ari');
    const top =
      'Demo\n\n“Setiap warga berhak menyampaikan pendapat,” kata Kapolres Ternate AKBP Anita Ratna Yuli.\n\nIa menuturkan, peristiwa di Jakarta sudah ditangani Propam Mabes Polri.\n\n“Mari kita saling bergandengan tangan menjaga keamanan kota ini,” ajak orang nomor satu di Polres Ternate itu.';
    assert.equal(speakerOf(top, 'bergandengan tangan', 'id'), 'Anita Ratna Yuli');
    const polresta =
      'Geng Motor\n\n“Saya memastikan polisi terus menindaklanjuti kasus ini,” kata Kapolresta Banjarmasin Kombes Sabana Martosu.\n\nPolresta Banjarmasin terus rutin menggelar patroli di malam hari. “Karena negara kita negara hukum, jadi kita proses,” jelasnya.';
    assert.equal(speakerOf(polresta, 'negara hukum', 'id'), 'Sabana Martosu');
  });

  test('"Bulog bersama Disperindag …", "Ditambahkan olehnya telah ada Peraturan Bupati …" and "Salah satu aktivis asal …"', () => {
    const bulog =
      'Beras\n\n“Harga beras tidak lebih dari HET,” kata Kepala Bulog Maluku, Armin Banjar.\n\nBulog bersama Disperindag Maluku terus melakukan pengawasan.\n\n“Kami akan terus melakukan pengawasan harga beras,” katanya.';
    assert.equal(speakerOf(bulog, 'pengawasan harga beras', 'id'), 'Armin Banjar');
    const peraturan =
      'Nelayan\n\nSalah satu perwakilan nelayan, Bakhtiyar mengatakan bahwa nelayan luar beroperasi berbulan-bulan.\n\n“Malam ini pun mereka masih beroperasi,” kata Bakhtiyar.\n\nDitambahkan olehnya telah ada Peraturan Bupati Sumbawa yang menekankan keberlanjutan.\n\n“Kami sangat berharap ada pengawasan,” pungkasnya.';
    assert.equal(speakerOf(peraturan, 'berharap ada pengawasan', 'id'), 'Bakhtiyar');
    const aktivis =
      'Ucapan\n\nSalah satu aktivis asal Pohuwato yang enggan disebutkan namanya menilai pernyataan tersebut tidak pantas diucapkan oleh seorang kepala daerah.\n\n“Jangan lukai perasaan rakyat Pohuwato,” ujarnya kepada media ini.';
    // (Pohuwato is a regency: the description holds where the activist is from.)
    assert.equal(speakerOf(aktivis, 'Jangan lukai', 'id'), 'Salah satu aktivis asal Pohuwato');
  });

  test('"Naijaonpoint reports that …", "As stated by the Public Relations Officer …, SP Abdul Kiyawo, …" and "The police spokesperson"', () => {
    const text =
      'Arrests\n\nAs stated by the Public Relations Officer of the Command, SP Abdul Haruna Kiyawo, these crimes encompass kidnapping and fraud.\n\nNaijaonpoint reports that the police mouthpiece made this announcement on Monday.\n\nHe noted that the recovered items comprised stolen vehicles.\n\n“Some of the notable cases include the arrest of five suspected armed robbers,” he said.\n\nThe police spokesperson also said that five suspected thieves were arrested. “Two armed robbers were arrested on August 26,” he said.';
    assert.equal(speakerOf(text, 'notable cases'), 'Abdul Haruna Kiyawo');
    assert.equal(speakerOf(text, 'Two armed robbers'), 'Abdul Haruna Kiyawo');
  });

  test('"Mrs Mortimer, speaking on BBC1’s Politics North programme, had said:", "Andy Blake, 34, from Denton Holme, said:" and "According to legal expert, Tucker Mugogo, Busoga region’s …"', () => {
    const mortimer =
      'Bid\n\nThe town’s Conservative MP Jill Mortimer said the bid was “cobbled together”.\n\nMrs Mortimer, speaking on BBC1’s Politics North programme, had said: “They cobbled together an application in about a fortnight.”';
    assert.equal(speakerOf(mortimer, 'application in about a fortnight'), 'Jill Mortimer');
    const blake = 'Council\n\nAndy Blake, 34, from Denton Holme, said: “I came along to find out more about this parish council.”';
    assert.equal(speakerOf(blake, 'came along'), 'Andy Blake');
    const mugogo =
      'Sugar\n\nAccording to legal expert, Tucker Mugogo, Busoga region’s sugar industry has been incentivized with the removal of zoning.\n\n“Now that zoning was removed, exploitation of farmers is removed,” he said.';
    assert.equal(speakerOf(mugogo, 'zoning was removed'), 'Tucker Mugogo');
  });

  test('"kata Oman Lukmanul Hakim, Ketua DPD KNPI …", "Kapolres AKBP Nugroho … dan Kasat Reskrim AKP Rahmadi" and "Biasanya kata Jajuli"', () => {
    const hakim = 'Truk\n\n“Kinerja polisi wajib kita apresiasi,” kata Oman Lukmanul Hakim, Ketua DPD KNPI Asahan kepada wartawan.';
    assert.equal(speakerOf(hakim, 'wajib kita apresiasi', 'id'), 'Oman Lukmanul Hakim');
    const two =
      'Truk\n\nPolres Asahan dibawah kepemimpinan Kapolres AKBP Nugroho Dwi Karyo dan Kasat Reskrim AKP Rahmadi bekerja cepat.\n\n“Pelaku sudah kami tahan,” ujar Kapolres.';
    assert.equal(speakerOf(two, 'sudah kami tahan', 'id'), 'Nugroho Dwi Karyo');
    const biasanya =
      'Nelayan\n\nSalah satu koordinator nelayan di Labuan, Jajuli menyebut cuaca buruk.\n\nBiasanya kata Jajuli, nelayan pergi melaut menjelang malam.\n\n“Untuk satu nelayan sudah kami fasilitasi alat tangkap,” jelasnya.';
    assert.equal(speakerOf(biasanya, 'alat tangkap', 'id'), 'Jajuli');
  });

  test('"FURIOUS council tenants have petitioned …": a word in capitals opening a story is no speaker', () => {
    const text =
      'Tenants\n\nFURIOUS council tenants have petitioned the local authority after they were allegedly told there was “no money” to complete repairs.';
    assert.notEqual(speakerOf(text, 'no money'), 'FURIOUS');
  });

  test('"Speaking to ANI, Prakash, a fisherman, said:" and "Santaco chairperson in the Capricorn region, David Mosoma said …"', () => {
    const prakash = 'Fish\n\nSpeaking to ANI, Prakash, a fisherman, said: "I have been fishing here for more than 20 years."';
    assert.equal(speakerOf(prakash, 'fishing here'), 'Prakash');
    const mosoma =
      'Robbery\n\nSantaco chairperson in the Capricorn region, David Mosoma said three nationals were robbed.\n\n“They were picked up at the Botlokwa hiking spot,” he told Polokwane Observer.';
    assert.equal(speakerOf(mosoma, 'hiking spot'), 'David Mosoma');
  });

  test('"ujar Kapolres Polman" where the story is "di Polman", "tegas Kapolda Sulsel" and "Kunjungan Kapolda Sulsel …"', () => {
    const polman =
      'Demo\n\nMahasiswa berunjuk rasa di Polman, Senin.\n\n“Ini wujud nyata bahwa komunikasi terjalin dengan baik,” ujar Kapolres Polman.';
    assert.equal(speakerOf(polman, 'wujud nyata', 'id'), 'Kapolres Polman');
    const sulsel =
      'Bone\n\nKapolda Sulawesi Selatan Irjen Pol Yudhiawan Wibisono melakukan kunjungan kerja di Kota Watampone.\n\nKunjungan Kapolda Sulsel di Mapolres Bone dalam rangka cooling system.\n\n“Kalau mau memilih boleh, tapi mengundurkan diri dari Polri,” tegas Kapolda Sulsel.';
    assert.equal(speakerOf(sulsel, 'mengundurkan diri', 'id'), 'Yudhiawan Wibisono');
  });

  test('"petani lain, Am." is a name, and "bahwa “Polman AFK” diambil dari …" and "alat pancing “insan hanyut”" are no quotations', () => {
    const am =
      'Banjir\n\nZul, petani di desa itu, kehilangan sawahnya.\n\nHal senada juga diutarakan petani lain, Am. Sawah miliknya sudah sempat dipanen.\n\n“Satu tahun ini tidak mungkin bisa diolah,” sebutnya.';
    assert.equal(speakerOf(am, 'Satu tahun ini', 'id'), 'Am');
    const afk = extractArticle(
      'Demo\n\nKoordinator aksi, Bung Bolang, menjelaskan bahwa “Polman AFK” diambil dari istilah dalam game online.\n\nMereka menyebut nelayan luar menggunakan alat pancing “insan hanyut” yang dinilai tidak adil.',
      { lang: 'id' },
    );
    assert.deepEqual(
      afk.quotes.map((quote) => quote.text),
      [],
    );
  });

  test('"perayaan Natal dan Tahun Baru" is no one, a headline asking a question names no one, and "Seperti yang dialami Sukmo, salah satu petani …"', () => {
    const natal =
      'Beras\n\nHal ini diungkapkan pedagang beras Ramiyah, Rabu.\n\nDikatakannya, kenaikan harga terjadi sejak perayaan Natal dan Tahun Baru.\n\n“Jenis C4 harga Rp 11 ribu perkilogram,” kata dia.';
    assert.notEqual(speakerOf(natal, 'Jenis C4', 'id'), 'Natal');
    const sukmo =
      'Harga Tembakau Tak Kunjung Menggembirakan, Petani Harus Mengadu ke Siapa?\n\nSeperti yang dialami Sukmo, salah satu petani tembakau di Kecamatan Bluto. Dia mengeluh karena harga tembakau rendah.\n\n“Saya selalu menunggu dan menunggu terus setiap tahun,” keluhnya.';
    assert.equal(speakerOf(sukmo, 'selalu menunggu', 'id'), 'Sukmo');
  });

  test('"PASSENGERS say …", "Mr Lake" after "Orchardleigh Stores", "Mosaic chair of trustees, Jane Hinnrichs said:" and "owner of Crab 99 Bar & Restaurant"', () => {
    const lake =
      'Shop\n\nPASSENGERS say the village shop has gone. Orchardleigh Stores closed last month after owners Hugh and Rosie Lake retired.\n\nMr Lake, 65, said: “North Cove and Barnby are now really just dormitory villages.”\n\n“Usually Orchardleigh Stores could supply it,” he said.';
    assert.equal(speakerOf(lake, 'dormitory villages'), 'Mr Lake');
    assert.equal(speakerOf(lake, 'could supply it'), 'Mr Lake');
    const mosaic =
      'Charity\n\nFor 2025, the group will be raising funds for Mosaic, a charity.\n\nMosaic chair of trustees, Jane Hinnrichs said: “One in 30 children locally will experience the bereavement of a loved one.”';
    assert.equal(speakerOf(mosaic, 'One in 30'), 'Jane Hinnrichs');
    const crab =
      'Downtown\n\nAntwan Evans, owner of Crab 99 Bar & Restaurant, said more green space is always good. “Parks are a great idea.”';
    assert.equal(speakerOf(crab, 'Parks are'), 'Antwan Evans');
  });

  test('"a spokesman for Waveney District Council said: …" then "He added: …": the council still', () => {
    const text =
      "Beaches\n\nClaremont Pier was busy on Sunday.\n\nSpeaking about the beaches, a spokesman for Waveney District Council said: 'We are delighted that our beaches continue to get recognition.'\n\nHe added: 'Waveney takes great pride in having a number of beaches.'";
    assert.equal(speakerOf(text, 'great pride'), 'Waveney District Council');
  });

  test('"Ian menambahkan, …. Namun, Plt Kadis disebut …" then "“…,” tambahnya.", and "Michael Hoffman\'s tree was knocked down" then "he said"', () => {
    const ian =
      'Pantai\n\nIan, salah satu orator aksi, menyampaikan bahwa tindakan Plt Kadis Pariwisata sudah di luar batas.\n\n“Kami hanya singgah di rumah kerabat kami,” ungkap Ian saat berorasi.\n\nIan menambahkan, dirinya telah menjelaskan bahwa kedatangannya bukan untuk berwisata. Namun, Plt Kadis disebut tetap bersikeras melarang.\n\n“Padahal sudah kami sampaikan bahwa kami tidak sedang berwisata,” tambahnya.';
    assert.equal(speakerOf(ian, 'tidak sedang berwisata', 'id'), 'Ian');
    const hoffman =
      'Storm\n\nMichael Hoffman\'s tree was knocked down because of the heavy winds.\n\n"I was just amazed. I came out this morning and was surprised," he said.';
    assert.equal(speakerOf(hoffman, 'just amazed'), 'Michael Hoffman');
  });

  test('"…, said Stetski." then "he said"; "Danbury’s representative …, Melissa Suckling, has been …"; "According to Mayor Julie Boyd, Mackay is …"', () => {
    const stetski =
      'Childcare\n\nCranbrook Mayor Wayne Stetski took some time last week to talk about the meeting.\n\nKimberley hadn’t encountered the issue to the same extent, said Stetski.\n\n“There is a concern that we could potentially have a problem,” he said.';
    assert.equal(speakerOf(stetski, 'There is a concern'), 'Wayne Stetski');
    const suckling =
      'School\n\nThe board voted to close Danbury Elementary School.\n\nDanbury’s representative to the school board, Melissa Suckling, has been an advocate for keeping the local school open.\n\n“Danbury single-handedly voted the budget down last year,” she said.';
    assert.equal(speakerOf(suckling, 'single-handedly'), 'Melissa Suckling');
    const boyd =
      'Mackay\n\nAccording to Mayor Julie Boyd, Mackay is a very warm and welcoming community.\n\n“This is just one example of enormous community spirit,” the Mayor said.';
    assert.equal(speakerOf(boyd, 'community spirit'), 'Julie Boyd');
  });

  test('"dikedusunan Cikareo" and "Daerah Dawe" are places', () => {
    const text =
      'Kekeringan\n\nKepala desa Wangunjaya, Ataz membenarkan adanya sawah warga yang kekeringan.\n\nLanjut Kades, kekeringan bukan hanya dikedusunan Cikareo saja. Daerah Dawe juga sama.\n\n“15 hektar itu baru laporan dari 1 kedusunan,” terangnya.';
    assert.equal(speakerOf(text, '15 hektar', 'id'), 'Ataz');
  });

  test('"Gus Fawait" is Muhammad Fawait, and "Masih kata dia" names no one', () => {
    const fawait =
      'Pupuk\n\nBupati Jember, Muhammad Fawait, mengeluarkan peringatan keras.\n\nKendati demikian, Gus Fawait menyayangkan masih ada kendala di lapangan.\n\n“Saya pastikan tak ada yang main-main soal pupuk di Jember,” tegasnya.';
    assert.equal(speakerOf(fawait, 'main-main', 'id'), 'Muhammad Fawait');
    const masih =
      'Kunjungan\n\nKapolda Irjen Setyo Boedi berkunjung ke Bone.\n\nMasih kata dia, ke depan adalah tahun Pemilu, maka harus kompak.\n\n“Kami harus menjaga kamtibmas,” ujarnya.';
    assert.notEqual(speakerOf(masih, 'menjaga kamtibmas', 'id'), 'Masih');
  });

  test('a question, then a verb of saying the rules list or one they do not: "…?” Mary Tuhaika bemoaned.", "…?” Hauiasi grimaced."', () => {
    const text =
      'Water\n\nResidents of Honiara have gone without water for a week.\n\n“Why is it always us?” Mary Tuhaika bemoaned.\n\nSammy Hauiasi has lived on the hill for thirty years.\n\n“Is there any permanent solution to the problem?” Hauiasi grimaced.';
    assert.equal(speakerOf(text, 'always us'), 'Mary Tuhaika');
    assert.equal(speakerOf(text, 'permanent solution'), 'Sammy Hauiasi');
  });

  test('regencies are places, not people: "masyarakat Lamtim" is no speaker, "Camat Katingan Kuala, Heriadi Utomo" keeps his title', () => {
    const lamtim =
      'Singkong\n\nSalah satu petani singkong, Fauzi mengatakan, harga singkong kembali anjlok.\n\nOleh sebab itu, ia berharap kepada pemerintah daerah Lamtim agar menjaga harga. Mengingat masyarakat Lamtim kebanyakan berpenghasilan dari ladang singkong.\n\n“Jangan sampai terjadi lagi seperti tahun 2016 lalu,” ujarnya.';
    assert.equal(speakerOf(lamtim, 'Jangan sampai', 'id'), 'Fauzi');
    const katingan =
      'Listrik\n\n“Intinya listrik ini telah menyala,” kata Camat Katingan Kuala, Heriadi Utomo, Rabu.\n\nIa mengakui, pihak PLN yang membawahi jaringan listrik di Katingan Kuala dan Mendawai sempat tidak merespon.\n\n“Baru setelah kita menghubungi Kantor PLN Palangka Raya, ada perbaikan,” ujarnya.';
    const camat = attributionOf(katingan, 'Baru setelah', 'id');
    assert.equal(camat.name, 'Heriadi Utomo');
    assert.equal(camat.entity.role, 'Camat');
  });

  test('"Harusnya kata dia, …": a verb of saying with its own pronoun after it leaves the word before it no name', () => {
    const text =
      'Taman\n\nLurah Serua, M. Thamrin, menyayangkan adanya laporan warga ke hotline Satpol-PP.\n\nHarusnya kata dia, laporan seperti itu masuk ke Seksi Transtibum di kelurahan.\n\n“Iya, apa-apa lapornya masa harus ke Satpol-PP,” ujarnya.';
    assert.equal(speakerOf(text, 'apa-apa lapornya', 'id'), 'M. Thamrin');
  });
});

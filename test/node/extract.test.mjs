// extractArticle (dist/extract.js) and the quote-cards command line. Run after `npm run build`:
//   node --test test/node/
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { detectLanguage, extractArticle } from '../../dist/extract.js';
import { describeProblem, validateArticle } from '../../dist/model.js';

const SEED_TEXT = readFileSync('test/extract/id/00-seed-nato-stoltenberg.txt', 'utf8');
const SEED = JSON.parse(readFileSync('src/examples/seed-article.id.json', 'utf8'));
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Asserts the article is valid against the schema, naming every problem if not. */
function assertValid(article) {
  const result = validateArticle(article);
  assert.ok(result.valid, result.problems.map(describeProblem).join('\n'));
}

const speakerOf = (article, quote) => article.speakers.find((speaker) => speaker.id === quote.speaker);
const quoteWith = (article, words) => article.quotes.find((quote) => quote.text.includes(words));
const nameOf = (article, words) => {
  const quote = quoteWith(article, words);
  assert.ok(quote, `no quote with "${words}" in ${JSON.stringify(article.quotes.map((q) => q.text))}`);
  return speakerOf(article, quote).name;
};

describe('the seed article', () => {
  const article = extractArticle(SEED_TEXT, { publishedAt: '2022-10-27' });

  test('is valid, Indonesian, and has every quote of the hand-made article with its speaker', () => {
    assertValid(article);
    assert.equal(article.lang, 'id');
    assert.equal(article.quotes.length, SEED.quotes.length);
    for (const expected of SEED.quotes) {
      const got = article.quotes.find((quote) => quote.text === expected.text);
      assert.ok(got, `missing: ${expected.text}`);
      assert.equal(speakerOf(article, got).name, speakerOf(SEED, expected).name, expected.text);
      assert.equal(got.paragraph, expected.paragraph, expected.text);
      assert.equal(got.partial ?? false, expected.partial ?? false, expected.text);
    }
  });

  test('Stoltenberg ×7 with his title; Shoigu and Putin partial; the Kremlin via TASS', () => {
    const by = (name) => article.quotes.filter((quote) => speakerOf(article, quote).name === name);
    assert.equal(by('Jens Stoltenberg').length, 7);
    const stoltenberg = article.speakers.find((speaker) => speaker.name === 'Jens Stoltenberg');
    assert.deepEqual(
      [stoltenberg.id, stoltenberg.role, stoltenberg.org],
      ['stoltenberg', 'Sekretaris Jenderal', 'Pakta Pertahanan Atlantik Utara (NATO)'],
    );
    assert.deepEqual(
      by('Sergei Shoigu').map((quote) => [quote.text, quote.partial]),
      [['serangan nuklir besar-besaran', true]],
    );
    assert.deepEqual(
      by('Vladimir Putin').map((quote) => [quote.text, quote.partial]),
      [['semua cara yang tersedia', true]],
    );
    const [kremlin] = by('Kremlin');
    assert.equal(kremlin.via, 'TASS');
    assert.equal(speakerOf(article, kremlin).kind, 'organization');
    assert.equal(quoteWith(article, 'Pesan kedua').via, 'Situs resmi NATO');
  });

  test('resolves "pada hari Rabu (26/10)" to 2022-10-26 with publishedAt 2022-10-27', () => {
    const event = article.events.find((item) => item.date === '2022-10-26');
    assert.ok(event, JSON.stringify(article.events));
    assert.equal(event.dateText, 'Rabu (26/10)');
    assert.ok(event.speakers.includes('putin'));
  });

  test('without publishedAt, a day without a year is left out rather than guessed', () => {
    const undated = extractArticle(SEED_TEXT);
    assertValid(undated);
    assert.equal(undated.events, undefined);
    assert.equal(undated.publishedAt, undefined);
  });
});

describe('English cues', () => {
  const text = `Mayor Denise Okafor said the city would close the pool.

"Nobody in this room wanted to be here tonight," Okafor said.

"We were told in 2014 that the pool needed work," said Council member Raymond Tse, who voted against the closure.

The health minister, Halyna Kovalenko, spoke next. "Every system we receive matters," she told reporters.

Kremlin spokesman Anton Belyaev dismissed the report. "There are no such plans," he told Reuters.

"Shuttle buses will replace trains for two weekends," according to the Metro Transit Authority.`;
  const article = extractArticle(text);

  test('said, said + name, told, pronouns, according to', () => {
    assertValid(article);
    assert.equal(article.lang, 'en');
    assert.equal(nameOf(article, 'Nobody in this room'), 'Denise Okafor');
    assert.equal(nameOf(article, 'We were told'), 'Raymond Tse');
    assert.equal(nameOf(article, 'Every system'), 'Halyna Kovalenko');
    assert.equal(nameOf(article, 'There are no such plans'), 'Anton Belyaev');
    assert.equal(nameOf(article, 'Shuttle buses'), 'Metro Transit Authority');
  });

  test('a title given at first mention becomes the role', () => {
    const okafor = article.speakers.find((speaker) => speaker.name === 'Denise Okafor');
    assert.equal(okafor.role, 'Mayor');
    const belyaev = article.speakers.find((speaker) => speaker.name === 'Anton Belyaev');
    assert.deepEqual([belyaev.role, belyaev.org], ['Spokesman', 'Kremlin']);
  });

  test('she and he resolve to the last person of that gender', () => {
    const text = `Lead author Dr. Priya Raman said fragments were found in almost every sample.

Co-author James Whitfield said the findings should change how conservationists think.

"This shows that birds are breathing it in as well," he said.

"That is the question that matters most," she said.`;
    const article = extractArticle(text);
    assert.equal(nameOf(article, 'breathing'), 'James Whitfield');
    assert.equal(nameOf(article, 'question that matters'), 'Priya Raman');
  });

  test('organisations: "the ministry said", "police said", "it said"', () => {
    const text = `Russia's Foreign Ministry summoned the ambassador of Estonia on Monday.

"Such actions will not remain without a response," the ministry said in a statement.

"Both men were released after questioning," police said.

The Metro Transit Authority said the track had worn out. "The conditions changed," it said.`;
    const article = extractArticle(text);
    assertValid(article);
    assert.equal(nameOf(article, 'Such actions'), 'Foreign Ministry');
    assert.equal(nameOf(article, 'Both men'), 'Police');
    assert.equal(nameOf(article, 'The conditions changed'), 'Metro Transit Authority');
    for (const speaker of article.speakers) assert.equal(speaker.kind, 'organization', speaker.name);
  });
});

describe('Indonesian cues', () => {
  test('kata, ujarnya, tegas dia, menurut, Ia mengatakan, Beliau, acronyms', () => {
    const text = `Kementerian Luar Negeri (Kemlu) memastikan tidak ada WNI yang menjadi korban.

"Hingga saat ini tidak ada laporan WNI yang menjadi korban," tulis Kemlu dalam keterangan resminya.

Gubernur Nusa Tenggara Timur, Yosef Bria, menyambut baik program tersebut. Beliau mengaku anggaran sudah siap.

"Kami siapkan Rp 30 miliar tahun ini," ujar beliau.

Direktur Utama PT Listrik Nusantara, Surya Dharmawan, menjelaskan penyebab gangguan. Ia mengatakan, "Kami sudah mendatangkan suku cadang dari luar negeri."

"Target kami tetap lolos ke putaran berikutnya," pungkasnya.`;
    const article = extractArticle(text);
    assertValid(article);
    assert.equal(article.lang, 'id');
    assert.equal(nameOf(article, 'Hingga saat ini'), 'Kementerian Luar Negeri');
    assert.equal(nameOf(article, 'Kami siapkan'), 'Yosef Bria');
    assert.equal(nameOf(article, 'suku cadang'), 'Surya Dharmawan');
    assert.equal(nameOf(article, 'Target kami'), 'Surya Dharmawan');
    const yosef = article.speakers.find((speaker) => speaker.name === 'Yosef Bria');
    assert.deepEqual([yosef.role, yosef.org], ['Gubernur', 'Nusa Tenggara Timur']);
  });

  test('a quote with no speaker to be found keeps the speaker "Tidak diketahui"', () => {
    const article = extractArticle('"Kami akan terus berjuang sampai akhir, apa pun yang terjadi," tulisnya.', { lang: 'id' });
    assertValid(article);
    assert.equal(article.quotes.length, 1);
    assert.deepEqual(speakerOf(article, article.quotes[0]), { id: 'unknown', name: 'Tidak diketahui' });
  });
});

describe('quotation marks', () => {
  test('a quote over several paragraphs: an opening mark at each, a closing mark at the end', () => {
    const text = `Mayor Denise Okafor read a statement:

“I learned to swim in that pool. So did my children.

“But our engineers have told us that the concrete shell is failing.

“We will find the money for a new aquatic centre.”

Council member Raymond Tse disagreed.`;
    const article = extractArticle(text);
    assert.equal(article.quotes.length, 1);
    const [quote] = article.quotes;
    assert.equal(quote.paragraph, 1);
    assert.equal(
      quote.text,
      'I learned to swim in that pool. So did my children.\n\nBut our engineers have told us that the concrete shell is failing.\n\nWe will find the money for a new aquatic centre.',
    );
    assert.equal(speakerOf(article, quote).name, 'Denise Okafor');
  });

  test('« », „ “, curly and straight quotes, nested single quotes kept as text', () => {
    const text = `«French is the language of work», Premier Luc Gagnon said.

„Renovating a line means closing it for months“, Ulrike Stein said.

“Every year they tell us 'this is the last big shutdown,' and every year there's another one,” Mike Alvarez said.`;
    const article = extractArticle(text, { lang: 'en' });
    assert.deepEqual(
      article.quotes.map((quote) => [quote.text, speakerOf(article, quote).name]),
      [
        ['French is the language of work', 'Luc Gagnon'],
        ['Renovating a line means closing it for months', 'Ulrike Stein'],
        ["Every year they tell us 'this is the last big shutdown,' and every year there's another one", 'Mike Alvarez'],
      ],
    );
    const id = extractArticle('"Di ruang ganti saya cuma bilang, ‘tenang’. Dan mereka melakukannya," kata Bambang Kurniawan.');
    assert.deepEqual(
      id.quotes.map((quote) => [quote.text, speakerOf(id, quote).name]),
      [['Di ruang ganti saya cuma bilang, ‘tenang’. Dan mereka melakukannya', 'Bambang Kurniawan']],
    );
  });

  test('scare quotes and titles are not quotations', () => {
    const text = `The publisher of the memoir "The Long Road Home" pulled the book. Its author had been celebrated as a "hero" and appeared in the magazine's "People to Watch" issue.

Film "Senja di Pelabuhan Tua" memenangi penghargaan. Proyek yang disebut "kawasan terpadu" itu ditolak warga.

"I take full responsibility," Mark Delaney wrote.`;
    const article = extractArticle(text, { lang: 'en' });
    assert.deepEqual(
      article.quotes.map((quote) => quote.text),
      ['I take full responsibility'],
    );
  });

  test('fragments quoted inside a reporting sentence are partial', () => {
    const text = `Union organiser Sandra Mills called the raise "a hard-won victory for every family in this town".

The Kremlin on Monday dismissed the reports, calling them "pure speculation".`;
    const article = extractArticle(text, { lang: 'en' });
    assert.deepEqual(
      article.quotes.map((quote) => [quote.text, quote.partial, speakerOf(article, quote).name]),
      [
        ['a hard-won victory for every family in this town', true, 'Sandra Mills'],
        ['pure speculation', true, 'Kremlin'],
      ],
    );
    const id = extractArticle(
      'Pada kesempatan yang sama, Jens Stoltenberg mengecam latihan itu. Ia menyebut tindakan itu "berbahaya, sembrono dan tidak bertanggung jawab".',
    );
    assert.deepEqual(
      id.quotes.map((quote) => [quote.text, quote.partial, speakerOf(id, quote).name]),
      [['berbahaya, sembrono dan tidak bertanggung jawab', true, 'Jens Stoltenberg']],
    );
  });
});

describe('via', () => {
  test('"seperti dikutip dari", "dilansir", "told Reuters", "according to the station", "in an interview with"', () => {
    const id = extractArticle(`"Kadar tritium jauh di bawah standar," kata Menteri Hiroshi Tanabe seperti dilansir Reuters, Jumat (18/8).

"Satu keputusan ini bisa menghapus semuanya," ujar Kenji Morita, seperti dikutip dari kantor berita Kyodo.`);
    assert.deepEqual(
      id.quotes.map((quote) => quote.via),
      ['Reuters', 'Kyodo'],
    );
    const en = extractArticle(`Public broadcaster NHK showed footage of the damage.

"It was a long, rolling shake," said Akiko Sato, a resident, according to the station.

"The timing is not an accident," a senior energy official told Reuters.

"It was like reading my own book," Eleanor Pryce said in an interview with the BBC.

"Nobody will be surprised," Daniel Ortiz told reporters.`);
    assert.deepEqual(
      en.quotes.map((quote) => quote.via),
      ['NHK', 'Reuters', 'BBC', undefined],
    );
    assert.equal(nameOf(en, 'The timing'), 'A senior energy official');
  });
});

describe('dates', () => {
  const day = (text, publishedAt, lang) => extractArticle(text, { publishedAt, lang }).events?.map((event) => [event.date, event.dateText]);

  test('Indonesian week days with (day/month) or (day/month/year)', () => {
    assert.deepEqual(day('Putin pada hari Rabu (26/10) memantau latihan nuklir.', '2022-10-27'), [['2022-10-26', 'Rabu (26/10)']]);
    assert.deepEqual(day('Hakim menjatuhkan vonis, Selasa (4/4/2023).', '2023-05-01'), [['2023-04-04', 'Selasa (4/4/2023)']]);
    assert.deepEqual(day('Hakim menjatuhkan vonis, Selasa (4/4/2023).', undefined), [['2023-04-04', 'Selasa (4/4/2023)']]);
    // A day in late December read in early January is last year's.
    assert.deepEqual(day('Banjir melanda, Kamis (28/12).', '2024-01-02'), [['2023-12-28', 'Kamis (28/12)']]);
  });

  test('"on Saturday" is the last Saturday before publication, "will … on Monday" the next Monday', () => {
    // 2024-06-10 is a Monday.
    assert.deepEqual(day('The plant voted on Saturday to accept the offer.', '2024-06-10', 'en'), [['2024-06-08', 'Saturday']]);
    assert.deepEqual(day('Members will return to work on Monday.', '2024-06-08', 'en'), [['2024-06-10', 'Monday']]);
    assert.deepEqual(day('A fire broke out on Sunday night.', '2024-10-07', 'en'), [['2024-10-06', 'Sunday night']]);
    assert.deepEqual(day('Kebakaran terjadi pada Minggu malam.', '2024-10-07', 'id'), [['2024-10-06', 'Minggu malam']]);
    assert.deepEqual(day('The plant voted on Saturday.', undefined, 'en'), undefined);
  });

  test('full dates, month and year; dates inside quotations are not events', () => {
    assert.deepEqual(day('The treaty was signed on October 26, 2022, in Paris.', undefined, 'en'), [['2022-10-26', 'October 26, 2022']]);
    assert.deepEqual(day('Perjanjian itu diteken pada 26 Oktober 2022 di Paris.', undefined, 'id'), [['2022-10-26', '26 Oktober 2022']]);
    assert.deepEqual(day('The law took effect in March 2021.', undefined, 'en'), [['2021-03', 'March 2021']]);
    assert.deepEqual(day('"We met on Saturday," she said.', '2024-06-10', 'en'), undefined);
  });

  test('a quote said on a dated occasion gets spokenAt and the event', () => {
    const article = extractArticle('"Prioritas kami adalah lansia," kata Rahmat Hidayat di Jakarta, Rabu (4/1/2023).');
    assert.equal(article.quotes[0].spokenAt, '2023-01-04');
    assert.deepEqual(article.events[0].quotes, ['q1']);
  });
});

describe('language, title, id and url', () => {
  test('detects Indonesian and English', () => {
    assert.equal(detectLanguage(SEED_TEXT), 'id');
    assert.equal(detectLanguage('The minister said on Monday that the plan was ready.'), 'en');
    assert.equal(detectLanguage('Menteri mengatakan bahwa rencana itu sudah siap dan akan diumumkan.'), 'id');
    assert.equal(detectLanguage(''), 'en');
  });

  test('defaults: a headline first line is the title; the url is https://example.com/', () => {
    const article = extractArticle('Pool to close\n\n"It is unsafe," Mayor Denise Okafor said.');
    assert.equal(article.title, 'Pool to close');
    assert.equal(article.id, 'pool-to-close');
    assert.equal(article.url, 'https://example.com/');
    assert.equal(article.quotes[0].paragraph, 1);
  });

  test('options are used as given, and malformed ones are refused', () => {
    const article = extractArticle('"It is unsafe," Okafor said.', {
      title: 'Pool',
      url: 'https://news.example/pool',
      lang: 'en',
      publishedAt: '2024-07-17',
    });
    assert.deepEqual(
      [article.title, article.url, article.lang, article.publishedAt],
      ['Pool', 'https://news.example/pool', 'en', '2024-07-17'],
    );
    assert.throws(() => extractArticle('x', { url: 'javascript:alert(1)' }), TypeError);
    assert.throws(() => extractArticle('x', { publishedAt: '27/10/2022' }), TypeError);
    assert.throws(() => extractArticle('x', { lang: 'fr' }), TypeError);
    assert.throws(() => extractArticle(undefined), TypeError);
  });
});

describe('the output always validates', () => {
  test('on empty and odd inputs', () => {
    for (const text of [
      '',
      ' ',
      '\n\n\n',
      '"',
      '""',
      '“”',
      '« »',
      '"""""',
      '"a',
      'a"',
      '„',
      '(',
      '(NATO)',
      '.',
      '?!',
      'Rabu (31/2)',
      'Selasa (4/13/2023)',
      '\u0000',
      '\uFEFF"x," kata y',
      '😀 "😀," kata 😀.',
      'a\n'.repeat(500),
      '"'.repeat(300),
      '“'.repeat(100) + '\n\n' + '”'.repeat(100),
    ]) {
      for (const publishedAt of [undefined, '2022-10-27']) assertValid(extractArticle(text, { publishedAt }));
    }
  });

  test('on every article of the development set, whose expected JSON is valid too', () => {
    for (const dir of ['id', 'en', 'holdout/id', 'holdout/en']) {
      for (const file of readdirSync(`test/extract/${dir}`).filter((name) => name.endsWith('.txt'))) {
        const text = readFileSync(`test/extract/${dir}/${file}`, 'utf8');
        assertValid(extractArticle(text));
        const expectedFile = `test/extract/${dir}/${file.replace(/\.txt$/, '.json')}`;
        if (file.startsWith('00-seed')) continue;
        const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
        assertValid(expected);
        // Every expected quote stands in the text, at its paragraph.
        const paragraphs = text.trim().split(/\n\s*\n/);
        for (const quote of expected.quotes) {
          const first = quote.text.split('\n\n')[0];
          assert.ok(paragraphs[quote.paragraph]?.includes(first), `${expectedFile}: ${quote.id} is not in paragraph ${quote.paragraph}`);
        }
      }
    }
  });

  const piece = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom(
      '"',
      '“',
      '”',
      '„',
      '«',
      '»',
      "'",
      '‘',
      '’',
      ',',
      '.',
      ':',
      '(',
      ')',
      '-',
      '—',
      '\n',
      '\n\n',
      ' ',
      '&',
      '(NATO)',
      '(52)',
    ),
    fc.constantFrom(
      'kata',
      'ujarnya',
      'menurut',
      'Ia',
      'Beliau',
      'said',
      'told',
      'according to',
      'he',
      'she',
      'it',
      'the ministry',
      'police',
      'seperti dikutip dari',
      'Reuters',
    ),
    fc.constantFrom(
      'Jens Stoltenberg',
      'Menteri Pertahanan Rusia Sergei Shoigu',
      'Kremlin',
      'Juru bicara KPK, Fikri Ramadhan,',
      'Dr. Priya Raman',
      'U.S. District Judge',
      'Kementerian Luar Negeri (Kemlu)',
    ),
    fc.constantFrom(
      'Rabu (26/10)',
      'Selasa (4/4/2023)',
      'on Saturday',
      'Oct. 7',
      '26 Oktober 2022',
      'in March 2021',
      'yesterday',
      'Minggu',
    ),
  );
  test(`on ${RUNS} generated texts of quotation marks, cues, names, dates and random characters`, () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.option(fc.constantFrom('id', 'en'), { nil: undefined }),
        fc.option(fc.constantFrom('2022-10-27', '2024-02-29T23:59:59Z', '2023'), { nil: undefined }),
        (pieces, lang, publishedAt) => {
          const article = extractArticle(pieces.join(' '), { lang, publishedAt });
          assertValid(article);
          for (const quote of article.quotes) assert.ok(quote.text.trim().length > 0);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('the command line', () => {
  const cli = (args, input) => spawnSync(process.execPath, ['bin/quote-cards.mjs', ...args], { input, encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'quote-cards-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('extract on the seed file prints the article', () => {
    const run = cli([
      'extract',
      'test/extract/id/00-seed-nato-stoltenberg.txt',
      '--published',
      '2022-10-27',
      '--url',
      'https://example.com/nato',
    ]);
    assert.equal(run.status, 0, run.stderr);
    const article = JSON.parse(run.stdout);
    assertValid(article);
    assert.equal(article.url, 'https://example.com/nato');
    assert.equal(article.quotes.length, 10);
    assert.equal(article.quotes.find((quote) => quote.via === 'TASS').speaker, 'kremlin');
  });

  test('extract reads standard input with -, and takes --lang and --title', () => {
    const run = cli(['extract', '-', '--lang', 'en', '--title', 'A pool closes'], '"It is unsafe," Mayor Denise Okafor said.');
    assert.equal(run.status, 0, run.stderr);
    const article = JSON.parse(run.stdout);
    assert.deepEqual([article.title, article.lang, article.speakers[0].name], ['A pool closes', 'en', 'Denise Okafor']);
  });

  test('empty input and unreadable files fail with a message on stderr', () => {
    const empty = cli(['extract', '-'], '  \n\n ');
    assert.notEqual(empty.status, 0);
    assert.equal(empty.stdout, '');
    assert.match(empty.stderr, /empty/);
    const missing = cli(['extract', join(dir, 'nope.txt')]);
    assert.notEqual(missing.status, 0);
    assert.match(missing.stderr, /cannot read .*nope\.txt/);
    const badDate = cli(['extract', '-', '--published', 'yesterday'], 'text');
    assert.equal(badDate.status, 2);
    assert.match(badDate.stderr, /--published/);
  });

  test('validate lists every problem with its path and exits 1; a good file prints "valid"', () => {
    const broken = structuredClone(SEED);
    broken.quotes[3].speaker = 'putn';
    delete broken.speakers[0].name;
    broken.events[0].date = '26/10/2022';
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const run = cli(['validate', file]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^quotes\[3\]\.speaker: "putn" is not the id of any speaker$/m);
    assert.match(run.stdout, /^speakers\[0\]\.name: is required$/m);
    assert.match(run.stdout, /^events\[0\]\.date: /m);
    const good = cli(['validate', 'src/examples/seed-article.id.json']);
    assert.equal(good.status, 0);
    assert.equal(good.stdout, 'valid\n');
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{');
    assert.equal(cli(['validate', notJson]).status, 1);
  });

  test('--help and unknown commands', () => {
    const help = cli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /quote-cards extract \[FILE\|-\]/);
    assert.match(help.stdout, /quote-cards validate FILE/);
    const unknown = cli(['frobnicate']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown command/);
  });
});

// Finding quotations on real text (issue 14): one-word partial quotes, quotes in headlines and
// subheadings, two quotations with no space between them, titles of works in quotation marks. Each on a
// made-up sentence. Needs dist/ (npm run build).   node --test test/node/extract-quotes.test.mjs
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../dist/extract.js';

const quotes = (text, lang) => {
  const article = extractArticle(text, { lang });
  return article.quotes.map((quote) => ({
    text: quote.text,
    speaker: article.speakers.find((speaker) => speaker.id === quote.speaker).name,
    partial: quote.partial ?? false,
  }));
};
const texts = (text, lang) => quotes(text, lang).map((quote) => quote.text);

describe('quotations on real text', () => {
  test('a one-word partial quote after a verb that quotes one: called the plan an "eyesore"', () => {
    assert.deepEqual(quotes('Mayor Linda Hale called the plan an "eyesore" and said the council had ignored the fleet.', 'en'), [
      { text: 'eyesore', speaker: 'Linda Hale', partial: true },
    ]);
    assert.deepEqual(texts('Rival candidate Omar Diaz branded his opponent a “coward” on Sunday.', 'en'), ['coward']);
  });

  test('a paragraph that opens with a mark and a stray space is a quotation: " Is it …?" the residents asked', () => {
    assert.deepEqual(
      quotes(
        'Floods hit the city on Monday.\n\n" Is it that the government waits for the river to rise?" the residents asked.\n\n“ We have moved 300 families so far,” said county officer Amina Njeri.',
        'en',
      ),
      [
        { text: 'Is it that the government waits for the river to rise?', speaker: 'The residents', partial: false },
        { text: 'We have moved 300 families so far', speaker: 'Amina Njeri', partial: false },
      ],
    );
    // Inside a paragraph, a mark before a space still closes (or is a stray inch mark): nothing is opened there.
    assert.deepEqual(texts('The pipe is 2" wide and the valve is 3" long, the engineer said.', 'en'), []);
  });

  test('a lone quoted word without such a verb stays out: the "smart" meters', () => {
    assert.deepEqual(texts('The council installed the new "smart" meters in every street last year.', 'en'), []);
  });

  test('two quotations with no space between them are read as two; the one with a cue gets its speaker', () => {
    const found = quotes('Budi Santoso akhirnya buka suara. "Saya minta maaf"."Polisi akan datang besok pagi," kata Budi.', 'id');
    assert.deepEqual(
      found.map((quote) => quote.text),
      ['Saya minta maaf', 'Polisi akan datang besok pagi'],
    );
    assert.equal(found[1].speaker, 'Budi Santoso');
    // The first has no cue of its own: Budi or unknown (never someone else), as the attribution decides.
    assert.ok(['Budi Santoso', 'Tidak diketahui'].includes(found[0].speaker), found[0].speaker);
  });

  test('a quotation in a Title Case headline is a quotation', () => {
    const found = texts(
      'Tanggul Citarum Jebol, "Kami Sudah Lapor Berkali-kali"\n\nWarga Baleendah kesal. "Kami sudah lapor berkali-kali, tapi tidak ada yang datang," kata Ujang Suparman.',
      'id',
    );
    assert.deepEqual(found, ['Kami Sudah Lapor Berkali-kali', 'Kami sudah lapor berkali-kali, tapi tidak ada yang datang']);
  });

  test('a subheading in single quotes is a quotation; apostrophes in it are not marks', () => {
    const found = texts(
      "Wildfire forces evacuations in the hills\n\nResident Aaron Pike said he left with his dog. \"We just grabbed the dog and drove,\" Pike said.\n\n'We just grabbed the dog'\n\nPike's neighbours stayed behind.",
      'en',
    );
    assert.deepEqual(found, ['We just grabbed the dog and drove', 'We just grabbed the dog']);
  });

  test('the title of an article or a book in quotation marks is not speech', () => {
    assert.deepEqual(texts('Her article, "How we lost the river and what comes next," argued for a new law, Jones said.', 'en'), []);
    assert.deepEqual(texts('Dalam bukunya berjudul "Sungai yang hilang dari kota kita", Budi Santoso menulis tentang banjir.', 'id'), []);
    assert.deepEqual(texts('The report said: "Nine in ten rivers are polluted."', 'en'), ['Nine in ten rivers are polluted.']);
  });
});

// Attribution patterns met in the second development split of the real-article set (test/extract/real, split dev2),
// each on a short sentence written for the test. Run after `npm run build`:
//   node --test test/node/extract-real-patterns-dev2.test.mjs
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../dist/extract.js';
import { speakerOf } from '../support/speaker-of.mjs';

describe('attribution patterns of real news (dev2)', () => {
  test('"kata seorang pedagang sayur, Ajo Naih di Pasar …": the name after the description, not the description', () => {
    const article = extractArticle(
      'Harga sayur naik lagi pekan ini.\n\n"Sekarang harga tinggi sekali, pembeli jadi sepi," kata seorang pedagang sayur, Ajo Naih di Pasar Sungai Limau kepada Klikpositif.com, Kamis (11/7).',
      { lang: 'id' },
    );
    assert.equal(speakerOf(article, 'harga tinggi'), 'Ajo Naih');
    assert.ok(!article.speakers.some((speaker) => /Klikpositif/.test(speaker.name)), 'a web address is an outlet, not a speaker');
  });

  test('"Salah satu pedagang pasar Kayuagung, Harun menuturkan": the pronoun after it is Harun', () => {
    const article = extractArticle(
      'Salah satu pedagang pasar Kayuagung, Harun menuturkan, harga cabai naik sejak tiga pekan.\n\n"Kami tidak mau stok banyak-banyak," ujarnya.',
      { lang: 'id' },
    );
    assert.equal(speakerOf(article, 'stok banyak'), 'Harun');
  });

  test('"Remon, pedagang di Pasar Besar Perumnas Klender, …": the market is a place, Remon the one "-nya" points to', () => {
    const article = extractArticle(
      'Harga cabai di Jakarta naik.\n\nRemon, pedagang di Pasar Besar Perumnas Klender, Jakarta Timur, mengatakan harga cabai juga naik.\n\nRemon menuturkan, pelanggannya jengkel.\n\n"Pembeli saya sebal pas tahu harganya," tandasnya.',
      { lang: 'id' },
    );
    assert.equal(speakerOf(article, 'Pembeli saya sebal'), 'Remon');
  });

  test('"Hal yang sama dikatakan Wigati (47), …": a passive verb of saying names who the story is now about', () => {
    const article = extractArticle(
      'Warsih (45) mengatakan harga cabai masih tinggi.\n\n"Sekarang jarang yang beli per kilogram," jelasnya.\n\nHal yang sama dikatakan Wigati (47), pedagang Pasar Peterongan lain. Banyak pembeli protes kepadanya.\n\n"Pasti protes, ayamnya mahal, cabainya mahal," imbuhnya.',
      { lang: 'id' },
    );
    assert.equal(speakerOf(article, 'jarang yang beli'), 'Warsih');
    assert.equal(speakerOf(article, 'ayamnya mahal'), 'Wigati');
  });

  test('"Dikatakan Harun, …": the passive verb opening the sentence is no part of the name', () => {
    const article = extractArticle(
      'Harun berjualan cabai di pasar.\n\nDikatakan Harun, stok cabai sedikit karena takut busuk.\n\n"Jadi daripada rugi, stok sedikit saja," ucapnya.',
      { lang: 'id' },
    );
    assert.equal(speakerOf(article, 'daripada rugi'), 'Harun');
  });

  test('"John Combs, chief executive officer of ShoreTel, said … it "fell short of expectations"": the person, not the company', () => {
    const article = extractArticle(
      'Shares of the switch maker fell on Monday.\n\nJohn Combs, chief executive officer of ShoreTel, said that the company still "fell short of expectations" in the quarter.',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'fell short'), 'John Combs');
  });

  test('"said a woman identified only as Jessica": the name the description gives', () => {
    const article = extractArticle(
      'The fire destroyed forty homes.\n\n"I was scared, but I was trying to save my family," said a woman identified only as Jessica in a recording.',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'trying to save'), 'Jessica');
  });

  test('"stated" is a verb of saying, and a petition can speak', () => {
    const article = extractArticle(
      'The school board resigned on Friday.\n\n"We have the meeting open to the public right now," Ms. Beede stated.\n\nMore than 6,600 people signed a petition.\n\n"Parents were tuned in to learn if we will be sending our kids back," the petition stated.',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'meeting open'), 'Beede');
    assert.match(speakerOf(article, 'Parents were tuned'), /petition/i);
  });

  test('his "neutral" rating, a "no work, no pay" rule: a quoted modifier of a term is no quotation', () => {
    const article = extractArticle(
      'Shares of the switch maker fell on Monday.\n\nTim Long, an analyst at the bank, said he lowered his price target but kept his "neutral" rating. MPs debated a "no work, no pay" rule. He called the results "a real disappointment for everyone."',
      { lang: 'en' },
    );
    assert.deepEqual(
      article.quotes.map((quote) => quote.text),
      ['a real disappointment for everyone.'],
    );
  });

  test('"councillors Gary Byrne and Angela Lawrence": two people, and "Cllr Byrne" is the first of them', () => {
    const article = extractArticle(
      'The committee met on Thursday.\n\nDebating the application, councillors Gary Byrne and Angela Lawrence swapped opinions.\n\nCllr Byrne said: "The label is meaningless because anyone could move in there."',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'label is meaningless'), 'Gary Byrne');
  });

  test('a title-case headline names no one: "Governor McCrory Encourages Residents …" is not the McCrory who speaks', () => {
    const article = extractArticle(
      'Governor McCrory Encourages Residents to Be Ready for Possible Flooding, Declares State Of Emergency\n\nGovernor Pat McCrory has declared a State of Emergency in all 100 counties.\n\n"We are hoping for the best, but hope is not a plan," Governor McCrory said.',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'hoping for the best'), 'Pat McCrory');
  });

  test('"…." That was the message from Governor Roy Cooper: the next sentence names the speaker after "message from"', () => {
    const article = extractArticle(
      'State officials gave a briefing on Thursday.\n\n"Do not underestimate the storm." That was the message from Governor Roy Cooper on Thursday morning.',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'underestimate'), 'Roy Cooper');
  });

  test('"The governor also compared …, calling it a "one-two punch"": a title alone points back to the one who holds it', () => {
    const article = extractArticle(
      'Governor Pat McCrory declared a state of emergency on Thursday.\n\nThe governor also compared the conditions to Hurricane Floyd in 1999, calling it a "one-two punch."',
      { lang: 'en' },
    );
    assert.equal(speakerOf(article, 'one-two punch'), 'Pat McCrory');
  });
});

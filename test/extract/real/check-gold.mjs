// Proof-reading aid for the gold files (not a score): checks that every gold quotation occurs in its saved text
// (each paragraph of a multi-paragraph quotation), that the recorded hash matches, and lists every quoted span in the
// text that no gold quotation covers, so a reader can confirm it is a title, a scare quote or nested speech.
//
//   node test/extract/real/check-gold.mjs [--record]   (--record writes the hash of the current saved text into each gold file)
import { readFileSync, writeFileSync } from 'node:fs';
import { canonicalText, goldUrl, loadRealSet, sha256 } from './real-set.mjs';

const record = process.argv.includes('--record');
const squash = (text) => text.replace(/\s+/g, ' ').trim();
const QUOTED = /["“”„«»]([^"“”„«»\n]{1,400})["“”„«»]|(?<![\p{L}\p{N}])['‘]([^'‘’\n]{1,200})['’](?![\p{L}\p{N}])/gu;
let problems = 0;
for (const article of loadRealSet()) {
  const where = `${article.lang}/${article.id}`;
  if (article.text === null) {
    console.log(`${where}: no saved text`);
    continue;
  }
  if (record) {
    const url = goldUrl(article.lang, article.id);
    const gold = JSON.parse(readFileSync(url, 'utf8'));
    gold.sha256 = sha256(article.text);
    writeFileSync(url, `${JSON.stringify(gold, null, 2)}\n`);
  } else if (!article.hashOk) {
    problems++;
    console.log(`${where}: hash differs from the saved text`);
  }
  const text = squash(canonicalText(article.text));
  for (const quote of article.quotes) {
    for (const piece of quote.text.split('\n\n')) {
      if (!text.includes(squash(piece))) {
        problems++;
        console.log(`${where}: not in the text: ${piece.slice(0, 80)}`);
      }
    }
  }
  const gold = article.quotes.map((quote) => squash(quote.text));
  for (const paragraph of canonicalText(article.text).split('\n\n')) {
    for (const match of paragraph.matchAll(QUOTED)) {
      const span = squash(match[1] ?? match[2]);
      if (span.length < 2 || gold.some((quote) => quote.includes(span) || span.includes(quote.replace(/[.,]$/, '')))) continue;
      console.log(`${where}: quoted, not in the gold: ${span.slice(0, 90)}`);
    }
  }
}
console.log(problems ? `${problems} problem(s)` : 'every gold quotation is in its text');
process.exitCode = problems ? 1 : 0;

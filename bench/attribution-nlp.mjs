// Measures what an English NLP library adds to the rule-based attribution of dist/extract.js, on
// the development half of the real-article set (test/extract/real, texts in its .texts/ folder).
// Neither library is a dependency of the project: install them apart and point NLP_MODULES at them:
//
//   npm install --prefix /tmp/nlp compromise@14.20.0 wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1
//   npm run build && NLP_MODULES=/tmp/nlp/node_modules node bench/attribution-nlp.mjs [REAL_DIR]
//
// Variants: the rules alone; the rules with a veto (a named speaker the library does not tag as a
// person or organisation becomes unknown); the rules with a fill (an unknown speaker becomes the
// person the library finds in the words after the quotation, up to the end of its sentence). For
// wink-nlp (its small English model has no person/organisation entities) the veto asks that the
// speaker's words be tagged proper nouns. Prints quote+speaker F1 and "of the speakers named,
// right", time per article and the size of each library's browser build.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { extractForReview } from '../dist/extract.js';

const modules = process.env.NLP_MODULES;
if (!modules) {
  console.error('Set NLP_MODULES to a node_modules folder holding compromise, wink-nlp and wink-eng-lite-web-model (see the header).');
  process.exit(2);
}
const require = createRequire(`${modules}/`);
const { default: nlp } = await import(require.resolve('compromise'));
const { default: winkNLP } = await import(require.resolve('wink-nlp'));
const { default: winkModel } = await import(require.resolve('wink-eng-lite-web-model'));
const wink = winkNLP(winkModel);
const its = wink.its;

const ROOT = process.argv[2] ?? new URL('../test/extract/real/', import.meta.url).pathname;
const split = JSON.parse(readFileSync(`${ROOT}/split.json`, 'utf8'));
const norm = (text) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');

const articles = split.dev
  .filter((name) => name.startsWith('en-'))
  .map((name) => ({ gold: `${ROOT}/en/${name}.json`, text: `${ROOT}/.texts/en/${name}.txt` }))
  .filter(({ gold, text }) => existsSync(gold) && existsSync(text))
  .map(({ gold, text }) => ({ gold: JSON.parse(readFileSync(gold, 'utf8')), text: readFileSync(text, 'utf8') }));

const variants = ['rules', 'rules + compromise veto', 'rules + compromise fill', 'rules + wink-nlp veto'];
const tallies = Object.fromEntries(variants.map((name) => [name, { expected: 0, predicted: 0, right: 0, named: 0, namedRight: 0 }]));
const time = { rules: 0, compromise: 0, wink: 0 };

for (const { gold, text } of articles) {
  let start = performance.now();
  const { article, attributions } = extractForReview(text, { lang: 'en' });
  time.rules += performance.now() - start;
  start = performance.now();
  const doc = nlp(text);
  const tagged = new Set([...doc.people().out('array'), ...doc.organizations().out('array')].flatMap((name) => norm(name).split(' ')));
  time.compromise += performance.now() - start;
  start = performance.now();
  const proper = new Set(
    wink
      .readDoc(text)
      .tokens()
      .filter((token) => token.out(its.pos) === 'PROPN')
      .out()
      .map((word) => norm(word)),
  );
  time.wink += performance.now() - start;

  const nameOf = (id) => article.speakers.find((speaker) => speaker.id === id);
  const base = article.quotes.map((quote, at) => {
    const speaker = nameOf(quote.speaker);
    return {
      text: quote.text,
      name: attributions[at].confidence === 'low' ? '' : speaker.name,
      named: Boolean(speaker.kind) && attributions[at].confidence !== 'low',
      cue: attributions[at].cue,
    };
  });
  const isName = (row) => row.named && /a name/.test(row.cue);
  const lastWord = (name) => norm(name).split(' ').pop();
  const predictions = {
    rules: base,
    'rules + compromise veto': base.map((row) =>
      isName(row) && !tagged.has(lastWord(row.name)) ? { ...row, name: '', named: false } : row,
    ),
    'rules + compromise fill': base.map((row) => {
      if (row.named) return row;
      const at = text.indexOf(row.text);
      if (at < 0) return row;
      const rest = text.slice(at + row.text.length, at + row.text.length + 200).split(/(?<=[.!?])\s|\n/)[0];
      const person = nlp(rest).people().out('array')[0];
      return person ? { ...row, name: person.replace(/[,.]$/, ''), named: true } : row;
    }),
    'rules + wink-nlp veto': base.map((row) =>
      isName(row) &&
      !norm(row.name)
        .split(' ')
        .every((word) => proper.has(word))
        ? { ...row, name: '', named: false }
        : row,
    ),
  };
  for (const name of variants) {
    const tally = tallies[name];
    const rows = predictions[name].map((row) => ({ ...row, key: norm(row.text) }));
    tally.expected += gold.quotes.length;
    tally.predicted += rows.length;
    tally.named += rows.filter((row) => row.named).length;
    for (const quote of gold.quotes) {
      const at = rows.findIndex((row) => row.key === norm(quote.text));
      if (at < 0) continue;
      const [row] = rows.splice(at, 1);
      const right = quote.speaker == null ? !row.named : row.named && [quote.speaker].flat().some((want) => norm(want) === norm(row.name));
      if (right) tally.right++;
      if (right && row.named) tally.namedRight++;
    }
  }
}

const f1 = ({ right, predicted, expected }) => {
  const p = predicted ? right / predicted : 1;
  const r = expected ? right / expected : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
};
console.log(`English development articles: ${articles.length}\n`);
console.log('| variant | quote+speaker F1 | of the speakers named, right |');
console.log('| --- | ---: | ---: |');
for (const name of variants) {
  const tally = tallies[name];
  console.log(
    `| ${name} | ${f1(tally).toFixed(3)} | ${(tally.namedRight / tally.named).toFixed(3)} (${tally.namedRight}/${tally.named}) |`,
  );
}
/** The library bundled for the browser, minified: bytes and gzip bytes. */
async function bundled(source) {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    nodePaths: [modules],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return `${(code.length / 1024).toFixed(0)} KB min, ${(gzipSync(code).length / 1024).toFixed(0)} KB gzip`;
}
const size = (source) => bundled(source);
console.log('\n| | ms per article (mean) | browser build |');
console.log('| --- | ---: | --- |');
console.log(
  `| rules (dist/extract.js) | ${(time.rules / articles.length).toFixed(2)} | ${await size(`export * from ${JSON.stringify(new URL('../dist/extract.js', import.meta.url).pathname)};`)} |`,
);
console.log(
  `| compromise | ${(time.compromise / articles.length).toFixed(2)} | ${await size("import nlp from 'compromise'; globalThis.nlp = nlp;")} |`,
);
console.log(
  `| wink-nlp + wink-eng-lite-web-model | ${(time.wink / articles.length).toFixed(2)} | ${await size("import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model'; globalThis.w = w(m);")} |`,
);

import fc from 'fast-check';

/** Text as strangers write it: any script, emoji sequences, combining marks, invisible and broken characters. */
export const oddText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'مرحبا بالعالم، هذا اقتباس',
      'שלום עולם',
      '👩🏽‍🚀👨‍👩‍👧‍👦🏳️‍🌈',
      'e\u0301\u0301\u0301\u0301 Z\u0351\u036b\u0343\u036a\u0302',
      'zero\u200Bwidth\u200D\uFEFFjoiners',
      'broken \uD800 surrogate',
      '\uDC00 low first',
      '\u202Eright-to-left override',
      '   ',
      '',
      'x'.repeat(5000),
      'Kata-kata yang sangat panjang '.repeat(200),
    ),
  },
);

/** Odd text that still has something visible in it, as the schema asks of every text field. */
const visibleOddText = oddText.map((text) => (/\S/u.test(text) ? text : `${text}·`));
const partialDate = fc.constantFrom('2022', '2022-10', '2022-10-26', '2022-10-26T09:30+07:00', '2023-02-28T23:59:59Z', '1999-12-31');
const url = fc.constantFrom('https://example.com/a', 'http://example.com/b?c=d#e', 'https://example.com/%F0%9F%98%80');

/** A well-formed article of generated content: its validity then depends on the strings alone. */
export const generatedArticle = fc
  .record({
    speakerCount: fc.integer({ min: 1, max: 4 }),
    quoteCount: fc.integer({ min: 0, max: 6 }),
    eventCount: fc.integer({ min: 0, max: 4 }),
    lang: fc.constantFrom('id', 'en', 'ar', 'he', 'de-CH', 'ja', 'zz'),
    texts: fc.array(visibleOddText, { minLength: 40, maxLength: 40 }),
    dates: fc.array(partialDate, { minLength: 4, maxLength: 4 }),
    url,
    kinds: fc.array(fc.constantFrom('person', 'organization'), { minLength: 4, maxLength: 4 }),
  })
  .map(({ speakerCount, quoteCount, eventCount, lang, texts, dates, url, kinds }) => {
    let next = 0;
    const text = () => texts[next++ % texts.length];
    const speakers = Array.from({ length: speakerCount }, (_, index) => ({
      id: `s${index}`,
      name: text(),
      kind: kinds[index],
      role: text(),
      org: text(),
    }));
    const quotes = Array.from({ length: quoteCount }, (_, index) => ({
      id: `q${index}`,
      text: text(),
      speaker: `s${index % speakerCount}`,
      partial: index % 3 === 0,
      context: text(),
      via: index % 2 ? text() : undefined,
      paragraph: index,
    }));
    const events = Array.from({ length: eventCount }, (_, index) => ({
      id: `e${index}`,
      date: dates[index],
      title: text(),
      description: text(),
      quotes: quotes.filter((_, at) => at % eventCount === index).map((quote) => quote.id),
      speakers: [`s${index % speakerCount}`],
    }));
    return JSON.parse(JSON.stringify({ version: 1, id: 'fuzz', title: text(), url, lang, speakers, quotes, events }));
  });

/** Every path to a value in a JSON document. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(...value.map((item, index) => pathsOf(item, [...path, index])));
  if (value && typeof value === 'object') {
    return here.concat(...Object.entries(value).map(([key, item]) => pathsOf(item, [...path, key])));
  }
  return here;
}

const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  oddText,
  fc.constantFrom(null, '', 'javascript:alert(1)', 'q0', 's0', 'missing', -1, 1.5, [], {}, 'x'.repeat(10000)),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 50 }),
);

/** An article with a few values replaced by other JSON values, or removed. */
export const mutatedArticle = fc
  .tuple(generatedArticle, fc.array(fc.tuple(fc.nat(), fc.boolean(), replacement), { minLength: 1, maxLength: 4 }))
  .map(([article, mutations]) => {
    const copy = structuredClone(article);
    for (const [pick, remove, value] of mutations) {
      const paths = pathsOf(copy).filter((path) => path.length > 0);
      const path = paths[pick % paths.length];
      const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
      const key = path[path.length - 1];
      if (remove && Array.isArray(parent)) parent.splice(key as number, 1);
      else if (remove) delete parent[key];
      else parent[key] = value;
    }
    return copy;
  });

/** Articles of every kind: well-formed, mutated, or not an article at all. */
export const anyArticle = fc.oneof(
  { weight: 4, arbitrary: generatedArticle },
  { weight: 5, arbitrary: mutatedArticle },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

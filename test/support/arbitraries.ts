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
const pad = (value: number, width: number) => String(value).padStart(width, '0');
/** Dates, possible and impossible: 30 February, 29 February outside leap years, years before 100, offsets past ±23:59. */
const partialDate = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom('2022', '2022-10', '2022-10-26', '2022-10-26T09:30+07:00', '2023-02-28T23:59:59Z', '1999-12-31'),
  },
  fc.constantFrom(
    '2022-02-30',
    '2023-02-29',
    '2024-02-29',
    '1900-02-29',
    '2000-02-29',
    '2022-04-31',
    '0000-02-29',
    '0050',
    '0099-12-31',
    '2022-10-26T09:30+99:99',
    '2022-10-26T24:00',
  ),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.constantFrom('', 'T23:59', 'T12:00:00.5Z', 'T08:15-1430', 'T08:15+24:00'),
    )
    .map(([year, month, day, time]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}${time}`),
);
/** URLs, good and bad: a long host followed by a space (which once took the validator quadratic time), bad escapes. */
const url = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('https://example.com/a', 'http://example.com/b?c=d#e', 'https://example.com/%F0%9F%98%80') },
  fc.constantFrom('http://host/%', 'https://host/%E0%A4%A', 'https:///path', 'http://a b', 'HTTP://EXAMPLE.COM/'),
  fc.integer({ min: 1, max: 50_000 }).map((length) => `http://${'a'.repeat(length)} `),
);

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

/** Lists nested `depth` deep around `inside` (built without recursion). */
export function nested(depth: number, inside: unknown = 'x'): unknown {
  let value = inside;
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

/**
 * An article with one field (a known one or an unknown one, at the top or in a speaker) holding
 * lists nested up to 25,000 deep, or a name of parentheses. It prints as a summary: fast-check would
 * print the nested value recursively.
 */
export const deepArticle = fc
  .tuple(
    generatedArticle,
    fc.constantFrom('title', 'extra', 'speakers.0.name', 'speakers.0.extra', 'quotes', 'events'),
    fc.oneof(
      fc.integer({ min: 1, max: 25_000 }).map((depth) => ({ depth, value: nested(depth) })),
      fc.integer({ min: 1, max: 50_000 }).map((length) => ({ depth: 0, value: '('.repeat(length) })),
    ),
  )
  .map(([generated, where, { depth, value }]) => {
    const article = structuredClone(generated);
    const keys = where.split('.');
    const parent = keys.slice(0, -1).reduce((node, key) => node[key], article);
    parent[keys[keys.length - 1]] = value;
    return Object.assign(article, {
      [fc.toStringMethod]: () => `an article with ${where} = ${depth ? `lists nested ${depth} deep` : `${String(value).length} "("`}`,
    });
  });

/** Articles of every kind: well-formed, mutated, with deep or long values, or not an article at all. */
export const anyArticle = fc.oneof(
  { weight: 4, arbitrary: generatedArticle },
  { weight: 5, arbitrary: mutatedArticle },
  { weight: 1, arbitrary: deepArticle },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

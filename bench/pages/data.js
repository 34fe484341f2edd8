// The data every benchmark is given, generated the same way for each implementation: plain
// functions of the seed article, with no randomness, so that every run renders the same thing.

/** The seed article with its quotes repeated to `count` (ids q1-1, q2-1, …, q1-2, …), in order. */
export function cardsArticle(seed, count) {
  const quotes = [];
  for (let i = 0; quotes.length < count; i++) {
    const quote = seed.quotes[i % seed.quotes.length];
    quotes.push({ ...quote, id: `${quote.id}-${Math.floor(i / seed.quotes.length) + 1}` });
  }
  return { ...seed, quotes, events: [] };
}

const pad = (n) => String(n).padStart(2, '0');

/**
 * A live blog of `count` events built on the seed article: one every 15 minutes from
 * 2022-10-26 08:00 (Jakarta time), each with a date-time, a title and a description of about 30
 * words; every fifth event also has one of the seed's quotes and its speaker.
 */
export function timelineArticle(seed, count) {
  const [template] = seed.events;
  const words = template.description.split(' ');
  const events = new Array(count);
  const start = Date.UTC(2022, 9, 26, 8, 0);
  for (let i = 0; i < count; i++) {
    const at = new Date(start + i * 15 * 60_000);
    const date = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}+07:00`;
    const from = (i * 7) % Math.max(1, words.length - 30);
    const event = {
      id: `e${i + 1}`,
      date,
      title: `Pembaruan ${i + 1}: ${template.title}`,
      description: words.slice(from, from + 30).join(' '),
    };
    if (i % 5 === 0) {
      const quote = seed.quotes[(i / 5) % seed.quotes.length];
      event.quotes = [quote.id];
      event.speakers = [quote.speaker];
    }
    events[i] = event;
  }
  return { ...seed, events };
}

/**
 * The same events in TimelineJS's JSON format: the date as its parts, the title and description
 * as the slide's text, and a quote as a blockquote "media" credited to its speaker (the way
 * TimelineJS shows quotations).
 */
export function toTimelineJs(article) {
  const speakers = new Map(article.speakers.map((speaker) => [speaker.id, speaker]));
  const quotes = new Map(article.quotes.map((quote) => [quote.id, quote]));
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    events: article.events.map((event) => {
      const [, year, month, day, hour, minute] = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(event.date);
      const slide = {
        unique_id: event.id,
        start_date: { year, month, day, hour, minute },
        text: { headline: escape(event.title), text: `<p>${escape(event.description)}</p>` },
      };
      const quote = event.quotes && quotes.get(event.quotes[0]);
      if (quote) {
        const speaker = speakers.get(quote.speaker);
        slide.media = {
          url: `<blockquote>“${escape(quote.text)}”</blockquote>`,
          credit: escape(speaker.name),
          caption: escape([speaker.role, speaker.org].filter(Boolean).join(', ')),
        };
      }
      return slide;
    }),
  };
}

// A local live blog for the demo and Storybook: each call to next() returns a new version of the
// article (a new object, as a fetch would give), and never changes an earlier one. Every version
// adds an event; every third edits the latest event; every fifth deletes an older one. Plain
// JavaScript, so that the demo page (which loads the CDN file, nothing built) can import it.

/**
 * @param {object} article A valid article (the seed): its quotes and speakers are cited by the events.
 * @param {{ events?: number, start?: number }} [options] How many events to begin with; the time of the first (ms).
 */
export function liveStream(article, { events: count = 8, start = Date.UTC(2022, 9, 26, 1) } = {}) {
  const { quotes, speakers } = article;
  const baseTitle = article.events?.[0]?.title ?? article.title;
  const titles = new Map();
  let made = 0;
  let version = 0;
  const event = () => {
    const n = ++made;
    const at = new Date(start + n * 7 * 60_000);
    const quote = quotes[n % quotes.length];
    const speaker = speakers.find((candidate) => candidate.id === quote.speaker);
    const title = `(${n}) ${quote.context ?? `${speaker?.name ?? ''}: ${baseTitle}`}`;
    const date = `${at.toISOString().slice(0, 16)}+00:00`;
    titles.set(`live-${n}`, title);
    return n % 3 === 0 ? { id: `live-${n}`, date, title, quotes: [quote.id], speakers: [quote.speaker] } : { id: `live-${n}`, date, title };
  };
  let current = { ...article, events: Array.from({ length: count }, event) };
  return {
    /** The article as it is now. */
    get article() {
      return current;
    },
    /** The next version: one event more, and now and then one edited or one deleted. */
    next() {
      version++;
      const events = [...current.events, event()];
      if (version % 3 === 0) {
        const at = events.length - 2;
        events[at] = {
          ...events[at],
          title: `${titles.get(events[at].id)} (diperbarui ${version})`,
          description: `Diperbarui pada pembaruan ${version}.`,
        };
      }
      if (version % 5 === 0 && events.length > 6) events.splice(events.length - 6, 1);
      current = { ...current, events };
      return current;
    },
  };
}

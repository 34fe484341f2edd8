// Fills test/cdn/states-page.html from its query before the CDN file runs (both are deferred).
const query = new URLSearchParams(location.search);
const column = document.getElementById('column');
if (query.get('scheme') === 'dark') document.documentElement.classList.add('dark');
if (query.get('theme')) column.setAttribute('theme', query.get('theme'));
if (query.get('lang')) document.documentElement.lang = query.get('lang');
if (query.get('width')) column.style.width = `${query.get('width')}px`;
if (query.get('min')) column.style.setProperty('--qc-status-min-height', query.get('min'));
const card = (id, src, quote) => {
  const element = document.createElement('quote-card');
  element.id = id;
  element.setAttribute('src', src);
  if (quote) element.setAttribute('quote-id', quote);
  column.append(element);
};
if (query.get('hold')) card('held', `/__articles/held/${query.get('hold')}.json?lang=${query.get('lang') ?? 'id'}`, query.get('quote'));
if (query.has('errors')) {
  card('not-found', '/test/cdn/no-such-article.json');
  card('invalid', '/test/cdn/broken-article.json', 'q1');
}

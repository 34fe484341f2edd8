// ?theme=NAME and ?quote=ID on test/cdn/formats-page.html, applied before the CDN file runs (both are deferred).
const query = new URLSearchParams(location.search);
const article = document.querySelector('quote-article');
if (query.get('theme')) article.setAttribute('theme', query.get('theme'));
if (query.get('quote')) for (const card of article.querySelectorAll('quote-card')) card.setAttribute('quote-id', query.get('quote'));

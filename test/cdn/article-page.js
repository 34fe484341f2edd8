// ?theme=NAME (and ?scheme=dark) on test/cdn/article-page.html: the article gets theme="NAME" before the CDN file runs (both are deferred).
const query = new URLSearchParams(location.search);
const theme = query.get('theme');
if (query.get('scheme') === 'dark') document.documentElement.classList.add('dark');
if (theme) document.querySelector('quote-article').setAttribute('theme', theme);

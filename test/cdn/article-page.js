// ?theme=NAME on test/cdn/article-page.html: the article gets theme="NAME" before the CDN file runs (both are deferred).
const theme = new URLSearchParams(location.search).get('theme');
if (theme) document.querySelector('quote-article').setAttribute('theme', theme);

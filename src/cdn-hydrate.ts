// The CDN file for pages rendered on the server (quote-cards/ssr, `quote-cards render`): the same
// components, with Lit's hydration support loaded before Lit itself, so that they take over the
// declarative shadow DOM the server wrote instead of rendering it again. Other pages use
// quote-cards.min.js, which is 2 KB (gzipped) lighter without it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './cdn.js';

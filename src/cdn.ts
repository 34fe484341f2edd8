// The CDN file: it registers every component (shared/define-all.ts), and exports `registerTranslation`
// only (a page adds a language with `import { registerTranslation } from '…/quote-cards.min.js'` in a
// module script). The validator is a chunk of its own, fetched as soon as this file runs
// (shared/validator-cdn.ts); what only some pages need is fetched when the page first uses it.
// Pages rendered on the server use quote-cards.hydrate.min.js (src/cdn-hydrate.ts), with Lit's hydration.
import { defineAll, loadThemes } from './shared/define-all.js';

export { registerTranslation } from './shared/i18n.js';

// A themed page waits for its theme before the components render, so that no card shows in the
// wrong look first; until then `:not(:defined)` rules hold their place.
if (document.querySelector('[theme]'))
  loadThemes()
    .finally(defineAll)
    .catch(() => {});
else defineAll();

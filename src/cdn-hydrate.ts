// The CDN file for pages rendered on the server (quote-cards/ssr, `quote-cards render`): the same
// components, with Lit's hydration support loaded before Lit itself, so that they take over the
// declarative shadow DOM the server wrote instead of rendering it again. Other pages use
// quote-cards.min.js, which is 2 KB (gzipped) lighter without it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { defineAll, loadThemes } from './shared/define-all.js';
import { translation } from './shared/i18n.js';
import { renderStateView } from './shared/state-views.js';
import { validatorLoading } from './shared/validator.js';

export { registerTranslation } from './shared/i18n.js';

// Hydrating takes over what the server rendered only if the first render matches it: the validator,
// the strings of every language on the page, the error view and the themes of a themed page arrive
// first, the server's HTML showing meanwhile. Should the validator not arrive (the network failed),
// the server's HTML stays as it is; should the others not, the components render what they have.
const languages = new Set(['en', ...[...document.querySelectorAll('[lang]')].map((element) => element.getAttribute('lang')!)]);
const ignoreFailure = () => {};
void Promise.all([
  validatorLoading,
  // (The same chunk, which rejects when it did not arrive.)
  import('./shared/check-article.js'),
  ...[...languages].map((lang) => Promise.resolve(translation(lang, true)).catch(ignoreFailure)),
  renderStateView({ status: 'error', error: { kind: 'invalid', problems: [] } }, 'en', document.documentElement)[1]?.catch(ignoreFailure),
  document.querySelector('[theme]') && loadThemes().catch(ignoreFailure),
]).then(defineAll, ignoreFailure);

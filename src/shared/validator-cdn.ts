// The CDN files' validator.ts (rollup.config.mjs swaps it in): the validator, a third of the main
// file, is a chunk of its own with the code that uses it (check-article.ts), fetched as soon as the
// main file runs, in parallel with the page and with any article fetched from `src`. Until it has
// arrived, every article shows as loading.
import { errorState } from './article-state.js';
import type { checkArticle as check } from './check-article.js';

export let checkArticle: typeof check | undefined;

// Should it not arrive (the network failed), every article shows an error rather than loading for ever.
export let validatorLoading: Promise<unknown> | undefined = import('./check-article.js')
  .then(
    (module) => module.checkArticle,
    (): typeof check => {
      const failed = errorState('network', [{ path: '(article)', message: 'network failure' }]);
      return () => failed;
    },
  )
  .then((arrived) => {
    checkArticle = arrived;
    validatorLoading = undefined;
  });

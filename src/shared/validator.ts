// How the components check articles (check-article.ts, with the validator), and whether they can
// yet. In the npm modules (and on a server) it is imported with them: they always can. The CDN
// files swap this module for validator-cdn.ts (rollup.config.mjs), which fetches it as a chunk of
// its own.
import { checkArticle as check } from './check-article.js';

/** Turns an article into its state, checked; undefined until it has arrived (the CDN files only). */
export const checkArticle: typeof check | undefined = check;

/** Resolves once {@link checkArticle} is there (the CDN files only; here it always is). */
export const validatorLoading: Promise<unknown> | undefined = undefined;

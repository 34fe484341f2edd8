// A dev-server middleware for test/cdn/lazy-validator.test.ts: it holds back (or fails) the CDN
// file's validator chunk (named "check-article" in the manifests the CDN builds write), so that a
// test sees what a page does while the chunk is on its way, and whether the page fetches an
// article from `src` meanwhile, in parallel.
//   /test/cdn/lazy/TOKEN/NAME.html    test/cdn/lazy-NAME.html, its script tag pointing to the CDN file under
//                                     /test/cdn/lazy/TOKEN/; a new TOKEN for each page, so that no browser cache
//                                     keeps the chunk (dist/ is served there, with Cache-Control: no-store)
//   GET /__validator-hold/arm        the next request for the chunk there waits until /release (at most 20 s)
//   GET /__validator-hold/arm?fail   the next request for the chunk there is answered 503
//   GET /__validator-hold/release    lets the held request through
//   GET /__validator-hold/state      {"held": bool, "articleWhileHeld": bool}: whether the chunk is held, and whether
//                                    /test/cdn/lazy-article.json was requested since /arm before the chunk was let through
import { readFileSync, readdirSync } from 'node:fs';

const chunkFiles = () =>
  readdirSync('dist/cdn')
    .filter((file) => file.startsWith('chunks-') && file.endsWith('.json'))
    .flatMap((file) => Object.entries(JSON.parse(readFileSync(`dist/cdn/${file}`, 'utf8'))))
    .filter(([, name]) => name === 'check-article')
    .map(([chunk]) => `cdn/${chunk}`);

export function validatorHold() {
  let armed;
  let held;
  let chunkServed = true;
  let articleWhileHeld = false;
  return async (context, next) => {
    const { path } = context;
    if (path.startsWith('/__validator-hold/')) {
      const action = path.slice('/__validator-hold/'.length);
      if (action === 'arm') {
        armed = 'fail' in context.query ? 'fail' : 'hold';
        chunkServed = false;
        articleWhileHeld = false;
      } else if (action === 'release') held?.();
      context.type = 'json';
      context.body = JSON.stringify({ held: !!held, articleWhileHeld });
      return;
    }
    if (path === '/test/cdn/lazy-article.json' && !chunkServed) articleWhileHeld = true;
    const lazy = /^\/test\/cdn\/lazy\/(\w+)\/([\w./-]+)$/.exec(path);
    if (!lazy || lazy[2].includes('..')) return next();
    const [, token, file] = lazy;
    context.set('cache-control', 'no-store');
    if (file.endsWith('.html')) {
      context.type = 'html';
      context.body = readFileSync(`test/cdn/lazy-${file}`, 'utf8').replace(
        '/dist/quote-cards.min.js',
        `/test/cdn/lazy/${token}/quote-cards.min.js`,
      );
      return;
    }
    if (armed && chunkFiles().includes(file)) {
      const mode = armed;
      armed = undefined;
      if (mode === 'fail') {
        context.status = 503;
        context.body = 'held back by test/cdn/validator-hold.mjs';
        return;
      }
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 20_000);
        held = () => (clearTimeout(timer), resolve());
      });
      held = undefined;
      chunkServed = true;
    }
    context.type = 'js';
    context.body = readFileSync(`dist/${file}`, 'utf8');
  };
}

// web-test-runner plugins for the publishers' pages of test/cdn/:
// - /test/cdn/ssr/NAME.html: a page rendered on the server by test/cdn/ssr-pages.mjs (dist/ssr.js),
//   in a child process, so that Lit's server DOM shim stays out of the test runner;
// - /test/cdn/csp-*.html: served with a strict Content-Security-Policy (no 'unsafe-inline', no
//   'unsafe-eval') and Trusted Types enforced; /test/cdn/csp-lit-html-*.html allow no policy but lit-html's.
import { execFile } from 'node:child_process';

/** The policy of the CSP pages: scripts and styles from the page's origin only, Trusted Types for every DOM sink. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

export function publisherPages() {
  return {
    name: 'quote-cards-publisher-pages',
    async serve(context) {
      const ssr = /^\/test\/cdn\/ssr\/([a-z-]+)\.html$/.exec(context.path);
      if (!ssr) return undefined;
      const body = await new Promise((resolve, reject) =>
        execFile(process.execPath, ['test/cdn/ssr-pages.mjs', ssr[1]], { maxBuffer: 16 * 2 ** 20 }, (error, stdout, stderr) =>
          error ? reject(new Error(`test/cdn/ssr-pages.mjs ${ssr[1]}: ${stderr || error.message}`)) : resolve(stdout),
        ),
      );
      return { body, type: 'html' };
    },
    transform(context) {
      if (/^\/test\/cdn\/csp-lit-html-[^/]*\.html$/.test(context.path))
        return { headers: { 'content-security-policy': `${STRICT_CSP}; trusted-types lit-html` } };
      if (/^\/test\/cdn\/csp-[^/]*\.html$/.test(context.path)) return { headers: { 'content-security-policy': STRICT_CSP } };
      return undefined;
    },
  };
}

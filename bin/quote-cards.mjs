#!/usr/bin/env node
// The quote-cards command line. Each command is a function in COMMANDS; they use the built
// library in ../dist (run `npm run build` first in a checkout).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isatty } from 'node:tty';
import { parseArgs } from 'node:util';
import { printable, printableLine } from './lib/terminal.mjs';

const HELP = `quote-cards: news quotes as cards

Usage:
  quote-cards extract [FILE|-] [--lang id|en] [--title T] [--url U] [--published D] [--abstain]
      Reads a news article from FILE, or from standard input when FILE is "-" or left out,
      and prints its article JSON: the quotes, who said them, and the dated events. The
      article is plain text (paragraphs separated by blank lines) or a saved news page (HTML:
      its body, headline, byline and date are found, menus, captions and related links left
      out). --published (an ISO date such as 2022-10-27) resolves dates like "Rabu (26/10)"
      or "on Saturday"; the page's own date, headline and URL are used when not given.
      --abstain leaves a speaker the attribution model finds unsure as "unknown" instead of
      the rules' best guess (fewer names, more of them right).
  quote-cards validate FILE
      Checks an article JSON file against the article schema. Prints every problem with its
      JSON path and exits 1 when the article is invalid; prints "valid" otherwise.
  quote-cards render FILE --out DIR [--base-url URL] [--theme T] [--lang L] [--background transparent|theme]
                     [--cdn URL] [--pages-only] [--force] [--concurrency N]
      For each quote of the article, writes DIR/ID.html, a static page with the card rendered
      on the server (shown without JavaScript), Open Graph and Twitter card tags and the
      quote's schema.org JSON-LD, and DIR/ID.png, its 1200x630 Open Graph image: a screenshot
      of <quote-card format="landscape"> in headless Chromium (CHROME_PATH, the system's
      Chromium or Chrome, or @sparticuz/chromium; needs puppeteer-core and @lit-labs/ssr).
      Also writes embed pages (DIR/embed/quote/ID.html, DIR/embed/speaker/ID.html,
      DIR/embed/timeline.html) and DIR/embed/resize.js, and, with --base-url, an oEmbed document
      for each (DIR/oembed/...json). docs/embeds.md and docs/cli.md tell more.
      --base-url is where DIR will be published: it makes og:image absolute and adds og:url.
      --theme draws the cards in a built-in theme; --lang sets the interface language of the
      embeds; --background "theme" gives the embeds the theme's background (transparent by
      default); --cdn URL (of quote-cards.hydrate.min.js) adds its script tag to the pages, so
      that the cards hydrate; --pages-only skips the images. File names come from the ids (a
      short hash is added to ids that are not plain lower-case names). render writes only
      inside DIR, records what it wrote in DIR/.quote-cards-manifest.json, never overwrites a
      file it did not write (unless --force), skips images whose inputs did not change, and
      goes on when one file fails (exit code 1 at the end). --concurrency N: pages of the
      browser rendering images at once (2 by default).
  quote-cards serve FILE|DIR [--port N] [--host H] [--base-url URL] [--theme T] [--lang L]
                     [--background B] [--cache DIR] [--concurrency N]
      Serves the same files on request for one article or a folder of article files, each
      under /ARTICLE-ID/, on http://127.0.0.1:8080/ by default, with /oembed?url=... (oEmbed),
      ETags and cache headers. Images are rendered once and kept in --cache (default
      .quote-cards-cache), so a restart renders nothing again.
  quote-cards --help
      Shows this help.
`;

/** A mistake in how the command was called: reported with a pointer to --help, exit code 2. */
class UsageError extends Error {}

/** A failure (unreadable file, empty input): reported as is, exit code 1. */
class Failure extends Error {}

/** Reads and parses a JSON file, or fails saying why. */
function readJson(file) {
  try {
    // A byte order mark is not JSON, but editors write one and browsers' JSON loading skips it.
    return JSON.parse(readInput(file).replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof Failure) throw error;
    throw new Failure(`${file} is not JSON: ${error.message}`);
  }
}

/** An absolute http(s) URL given as an option, or a usage error. */
function webUrl(value, option) {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {}
  throw new UsageError(`${option} must be an http(s) URL, not "${printableLine(value)}"`);
}

/**
 * Progress on standard error: a bar redrawn in place on a terminal, one line per item otherwise
 * (a log file, CI), so that long batches show where they are.
 */
class Progress {
  constructor(total, stream = process.stderr) {
    this.total = total;
    this.done = 0;
    this.stream = stream;
    this.tty = Boolean(stream.isTTY);
    this.started = performance.now();
  }

  tick(label) {
    this.done += 1;
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    if (!this.tty) {
      this.stream.write(`[${this.done}/${this.total}] ${printableLine(label)}\n`);
      return;
    }
    const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 40));
    const filled = Math.round((this.done / this.total) * width);
    this.stream.write(
      `\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} ${seconds} s ${printableLine(label.slice(0, 20))}`,
    );
    if (this.done === this.total) this.stream.write('\n');
  }
}

async function load(module) {
  try {
    return await import(new URL(`../dist/${module}`, import.meta.url).href);
  } catch (error) {
    throw new Failure(`cannot load dist/${module} (${error.message}); run "npm run build" first`);
  }
}

/** The bytes of FILE, or of standard input read as a stream (a slow pipe is waited for, not an error). */
async function readBytes(file) {
  try {
    if (file !== '-') return await readFile(file);
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  } catch (error) {
    throw new Failure(`cannot read ${file === '-' ? 'standard input' : file}: ${error.code ?? error.message}`);
  }
}

/** Bytes as UTF-8 text, or a failure naming the problem when they are binary data or not UTF-8. */
function textOf(bytes, name) {
  const nul = bytes.subarray(0, 65536).indexOf(0);
  if (nul >= 0) throw new Failure(`${name} is not text: it looks like binary data (a NUL byte at byte ${nul})`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Failure(`${name} is not UTF-8 text: save it as UTF-8 (or give the HTML page as the browser saved it)`);
  }
}

function readInput(file) {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    throw new Failure(`cannot read ${file === '-' ? 'standard input' : file}: ${error.code ?? error.message}`);
  }
}

const COMMANDS = {
  async extract(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        title: { type: 'string' },
        url: { type: 'string' },
        published: { type: 'string' },
        abstain: { type: 'boolean' },
      },
    });
    if (positionals.length > 1) throw new UsageError('extract takes one FILE (or "-" for standard input)');
    const file = positionals[0] ?? '-';
    const name = file === '-' ? 'standard input' : file;
    // isatty(0), not process.stdin.isTTY: creating process.stdin makes a pipe non-blocking, and a
    // synchronous read of it then fails with EAGAIN when the writer is slower than the reader.
    if (file === '-' && isatty(0)) throw new UsageError('no input: give a FILE, or pipe the article text in');
    if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw new UsageError('--lang must be "id" or "en"');
    const text = textOf(await readBytes(file), name);
    if (!text.trim()) throw new Failure(`the input is empty: ${name} has no text`);
    const { extractForReview, extractPageForReview, looksLikeHtml, readArticlePage, reviewSummary, ArticlePageError } =
      await load('extract.js');
    const options = { lang: values.lang, title: values.title, url: values.url, publishedAt: values.published, abstain: values.abstain };
    let result;
    try {
      if (/\.x?html?$/i.test(file) || looksLikeHtml(text)) {
        let page;
        try {
          page = await readArticlePage(text, { url: values.url });
        } catch (error) {
          if (error instanceof ArticlePageError) throw new Failure(`${name}: ${error.message}`);
          throw error;
        }
        const found = [
          page.title && `"${page.title}"`,
          page.byline && `by ${page.byline}`,
          page.publishedAt && `published ${page.publishedAt}`,
        ].filter(Boolean);
        process.stderr.write(`${name}: read as an HTML page${found.length ? `: ${found.join(', ')}` : ''}\n`);
        result = extractPageForReview(page, options);
      } else {
        result = extractForReview(text, options);
      }
    } catch (error) {
      if (error instanceof TypeError)
        throw new UsageError(error.message.replace(/^extractArticle: /, '').replace('publishedAt', '--published'));
      throw error;
    }
    process.stdout.write(`${JSON.stringify(result.article, null, 2)}\n`);
    process.stderr.write(`${reviewSummary(result.attributions)}\n`);
  },

  async validate(args) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length !== 1 || positionals[0] === '-') throw new UsageError('validate takes one FILE');
    const [file] = positionals;
    const article = readJson(file);
    const { validateArticle, describeProblem } = await load('model.js');
    const result = validateArticle(article);
    if (result.valid) {
      process.stdout.write('valid\n');
      return;
    }
    process.stdout.write(result.problems.map((problem) => `${printableLine(describeProblem(problem))}\n`).join(''));
    process.exitCode = 1;
  },

  async render(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'base-url': { type: 'string' },
        theme: { type: 'string' },
        lang: { type: 'string' },
        background: { type: 'string' },
        cdn: { type: 'string' },
        'pages-only': { type: 'boolean' },
        force: { type: 'boolean' },
        concurrency: { type: 'string' },
      },
    });
    if (positionals.length !== 1 || positionals[0] === '-') throw new UsageError('render takes one FILE');
    if (!values.out) throw new UsageError('render needs --out DIR');
    const options = await siteOptions(values);
    const concurrency = values.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
      throw new UsageError(`--concurrency must be a whole number from 1 to 32, not "${printableLine(values.concurrency)}"`);
    const [file] = positionals;
    const article = await validArticle(file);
    if (!article) return;
    if (!article.quotes.length) throw new Failure(`${file} has no quotes: there is nothing to render`);
    const { ArticleSite, loadLibrary } = await import('./lib/site.mjs');
    const { OutputFolder, MANIFEST, shortHash } = await import('./lib/files.mjs');
    const { paths } = await import('./lib/pages.mjs');
    const { ImageRenderer, OG_IMAGE } = await import('./lib/render.mjs');
    let site;
    try {
      site = new ArticleSite(article, await loadLibrary(load), options);
    } catch (error) {
      throw new Failure(`${file}: ${error.message}; nothing was written`);
    }
    let output;
    try {
      output = new OutputFolder(values.out, { force: values.force });
    } catch (error) {
      throw new Failure(`cannot write in ${values.out}: ${error.code ?? error.message}`);
    }

    const started = performance.now();
    const failures = [];
    let pages = 0;
    let embeds = 0;
    let images = 0;
    let unchanged = 0;
    /** Writes one file unless it is already there as made from the same inputs; a refusal or error is a failure, and the run goes on. */
    const write = async (path, make, inputs) => {
      try {
        if (inputs && output.isCurrent(path, inputs)) return 'unchanged';
        const content = await make();
        const hash = inputs ?? shortHash(content);
        if (!inputs && output.isCurrent(path, hash)) return 'unchanged';
        output.write(path, content, hash);
        output.save(2000);
        return 'written';
      } catch (error) {
        failures.push(`${path}: ${error.message}`);
        return 'failed';
      }
    };
    const stop = () => {
      output.save();
      process.stderr.write('\nquote-cards: interrupted; what was written is recorded, and the next run goes on from there\n');
      process.exit(130);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);

    // The embeds of speakers and the timeline, and the resizer, then each quote: its page, embed and image.
    for (const [kind, item] of site.embeds().filter(([kind]) => kind !== 'quote')) {
      if ((await write(paths.embed(kind, item?.id), () => site.embedPage(kind, item))) === 'written') embeds += 1;
      if (site.baseUrl) await write(paths.oembed(kind, item?.id), async () => `${JSON.stringify(site.oembed(kind, item), null, 2)}\n`);
    }
    await write(paths.resizer(), async () => site.resizer());

    let renderer;
    let launching;
    const rendererFor = () =>
      (launching ??= ImageRenderer.launch({ concurrency }).then(
        (launched) => (renderer = launched),
        (error) => {
          throw new Error(`cannot start the image renderer: ${error.message}`);
        },
      ));
    const jsonText = site.library.ssr.jsonLdText(article);
    const progress = new Progress(article.quotes.length);
    let next = 0;
    const worker = async () => {
      while (next < article.quotes.length) {
        const quote = article.quotes[next++];
        const page = paths.quotePage(quote.id);
        const image = paths.quoteImage(quote.id);
        if ((await write(page, () => site.quotePage(quote))) === 'written') pages += 1;
        if ((await write(paths.embed('quote', quote.id), () => site.embedPage('quote', quote))) === 'written') embeds += 1;
        if (site.baseUrl)
          await write(paths.oembed('quote', quote.id), async () => `${JSON.stringify(site.oembed('quote', quote), null, 2)}\n`);
        if (!values['pages-only']) {
          const made = await write(
            image,
            async () => (await rendererFor()).render({ article, jsonText, theme: options.theme, quoteId: quote.id }),
            site.imageInputs(quote),
          );
          if (made === 'written') images += 1;
          if (made === 'unchanged') unchanged += 1;
        }
        progress.tick(values['pages-only'] ? page : `${page}, ${image}`);
      }
    };
    try {
      await Promise.all(Array.from({ length: values['pages-only'] ? 1 : concurrency }, worker));
    } finally {
      output.save();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await renderer?.close();
    }
    const seconds = (performance.now() - started) / 1000;
    const rate = images ? `, ${(images / seconds).toFixed(1)} images/s` : '';
    const skipped = unchanged ? ` (${unchanged} unchanged image${unchanged === 1 ? '' : 's'} skipped)` : '';
    process.stdout.write(
      printable(
        `${pages} page${pages === 1 ? '' : 's'}, ${embeds} embed${embeds === 1 ? '' : 's'} and ${images} Open Graph image${images === 1 ? '' : 's'} (${OG_IMAGE.width}×${OG_IMAGE.height}) in ${seconds.toFixed(1)} s${rate}${skipped}: ${values.out}\n`,
      ),
    );
    if (!site.baseUrl)
      process.stdout.write(
        'Note: without --base-url, og:image is relative, og:url is missing and no oEmbed is written; most networks need absolute URLs.\n',
      );
    if (renderer?.refused.length)
      process.stderr.write(
        printable(
          `Not fetched (not a public http(s) image): ${[...new Set(renderer.refused)].slice(0, 5).map(printableLine).join(', ')}\n`,
        ),
      );
    if (failures.length) {
      process.stderr.write(
        printable(
          `quote-cards: ${failures.length} file${failures.length === 1 ? '' : 's'} not written (${MANIFEST} records the others):\n${failures.map((line) => `  ${printableLine(line)}`).join('\n')}\n`,
        ),
      );
      process.exitCode = 1;
    }
  },

  async serve(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'base-url': { type: 'string' },
        theme: { type: 'string' },
        lang: { type: 'string' },
        background: { type: 'string' },
        cdn: { type: 'string' },
        cache: { type: 'string' },
        concurrency: { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new UsageError('serve takes one FILE or DIR');
    const port = values.port === undefined ? 8080 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number');
    const host = values.host ?? '127.0.0.1';
    const concurrency = values.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
      throw new UsageError('--concurrency must be a whole number from 1 to 32');
    const options = await siteOptions(values);
    const [source] = positionals;
    let files;
    try {
      files = statSync(source).isDirectory()
        ? readdirSync(source)
            .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
            .sort()
            .map((name) => join(source, name))
        : [source];
    } catch (error) {
      throw new Failure(`cannot read ${source}: ${error.code ?? error.message}`);
    }
    const { ArticleSite, loadLibrary } = await import('./lib/site.mjs');
    const { fileNameOf } = await import('./lib/files.mjs');
    const { serveSites } = await import('./lib/server.mjs');
    const { ImageRenderer } = await import('./lib/render.mjs');
    const { validateArticle, describeProblem } = await load('model.js');
    const library = await loadLibrary(load);
    const articles = [];
    for (const file of files) {
      let result;
      try {
        result = validateArticle(readJson(file));
      } catch (error) {
        process.stderr.write(printable(`quote-cards: skipped ${file}: ${error.message}\n`));
        continue;
      }
      if (!result.valid) {
        process.stderr.write(
          printable(`quote-cards: skipped ${file}, not a valid article: ${printableLine(describeProblem(result.problems[0]))}\n`),
        );
        continue;
      }
      articles.push(result.article);
    }
    if (!articles.length) throw new Failure(`${source} has no valid article to serve`);
    let renderer;
    const rendererFor = () => (renderer ??= ImageRenderer.launch({ concurrency }));
    const jsonTexts = new Map();
    let sites;
    const server = await serveSites({
      sites: [],
      host,
      port,
      cacheDir: values.cache ?? '.quote-cards-cache',
      themes: library.THEMES,
      renderImage: async (site, quote) => {
        const jsonText = jsonTexts.get(site) ?? jsonTexts.set(site, library.ssr.jsonLdText(site.article)).get(site);
        return (await rendererFor()).render({ article: site.article, jsonText, theme: site.options.theme, quoteId: quote.id });
      },
      makeSites: (origin) =>
        (sites = articles.map(
          (article) =>
            new ArticleSite(article, library, {
              ...options,
              baseUrl: new URL(`${fileNameOf(article.id)}/`, options.baseUrl ?? origin),
              versionImages: true,
            }),
        )),
    }).catch((error) => {
      throw new Failure(`cannot listen on ${host}:${port}: ${error.code ?? error.message}`);
    });
    const address = `http://${host.includes(':') ? `[${host}]` : host}:${server.address().port}/`;
    process.stdout.write(
      printable(
        `quote-cards serve: ${sites.length} article${sites.length === 1 ? '' : 's'} on ${address}\n${sites.map((site) => `  ${site.baseUrl.href}`).join('\n')}\n`,
      ),
    );
    const stop = async () => {
      server.close();
      await (await renderer?.catch(() => undefined))?.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
};

const DEFAULT_CONCURRENCY = Math.min(2, availableParallelism());

/** The options of a site (render and serve): base URL, theme, language, background, CDN URL. */
async function siteOptions(values) {
  const baseUrl = webUrl(values['base-url'], '--base-url');
  if (baseUrl && !baseUrl.pathname.endsWith('/')) baseUrl.pathname += '/';
  const cdnUrl = values.cdn === undefined ? undefined : webUrl(values.cdn, '--cdn').href;
  const { THEMES } = await load('themes/themes.js');
  if (values.theme !== undefined && !THEMES.includes(values.theme)) {
    throw new UsageError(`--theme must be one of ${THEMES.join(', ')}; "${printableLine(values.theme)}" is not a built-in theme`);
  }
  if (values.lang !== undefined && !/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8}){0,4}$/.test(values.lang))
    throw new UsageError(`--lang must be a language tag such as "id" or "en-GB", not "${printableLine(values.lang)}"`);
  if (values.background !== undefined && values.background !== 'transparent' && values.background !== 'theme')
    throw new UsageError('--background must be "transparent" or "theme"');
  return { baseUrl, cdnUrl, theme: values.theme, lang: values.lang, background: values.background };
}

/** The valid article in FILE, or undefined after printing its problems (exit code 1). */
async function validArticle(file) {
  const input = readJson(file);
  const { validateArticle, describeProblem } = await load('model.js');
  const result = validateArticle(input);
  if (result.valid) return result.article;
  process.stderr.write(printable(`${file} is not a valid article; nothing was written:\n`));
  process.stdout.write(result.problems.map((problem) => `${printableLine(describeProblem(problem))}\n`).join(''));
  process.exitCode = 1;
  return undefined;
}

async function main(argv) {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    if (!command) process.exitCode = 2;
    return;
  }
  if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(`unknown command "${command}"`);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  await COMMANDS[command](args);
}

main(process.argv.slice(2)).catch((error) => {
  const usage = error instanceof UsageError || error?.code?.startsWith?.('ERR_PARSE_ARGS');
  process.stderr.write(`quote-cards: ${printable(error.message)}\n${usage ? 'Run "quote-cards --help" for usage.\n' : ''}`);
  process.exitCode = usage ? 2 : 1;
});

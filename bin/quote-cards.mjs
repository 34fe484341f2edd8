#!/usr/bin/env node
// The quote-cards command line. Each command is a function in COMMANDS; they use the built
// library in ../dist (run `npm run build` first in a checkout).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const HELP = `quote-cards: news quotes as cards

Usage:
  quote-cards extract [FILE|-] [--lang id|en] [--title T] [--url U] [--published D]
      Reads a news article as plain text (paragraphs separated by blank lines) from FILE, or
      from standard input when FILE is "-" or left out, and prints its article JSON: the
      quotes, who said them, and the dated events. --published (an ISO date such as
      2022-10-27) resolves dates like "Rabu (26/10)" or "on Saturday".
  quote-cards validate FILE
      Checks an article JSON file against the article schema. Prints every problem with its
      JSON path and exits 1 when the article is invalid; prints "valid" otherwise.
  quote-cards render FILE --out DIR [--base-url URL] [--theme T] [--cdn URL] [--pages-only]
      For each quote of the article, writes DIR/ID.html, a static page with the card rendered
      on the server (shown without JavaScript), Open Graph and Twitter card tags and the
      quote's schema.org JSON-LD, and DIR/ID.png, its 1200x630 Open Graph image: a screenshot
      of <quote-card format="landscape"> in headless Chromium (CHROME_PATH, the system's
      Chromium or Chrome, or @sparticuz/chromium; needs puppeteer-core and @lit-labs/ssr).
      --base-url is where DIR will be published: it makes og:image absolute and adds og:url.
      --theme draws the images in a built-in theme; --cdn URL (of quote-cards.hydrate.min.js)
      adds its script tag to the pages, so that the cards hydrate; --pages-only skips the images.
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
    return JSON.parse(readInput(file));
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
  throw new UsageError(`${option} must be an http(s) URL, not "${value}"`);
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
      this.stream.write(`[${this.done}/${this.total}] ${label}\n`);
      return;
    }
    const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 40));
    const filled = Math.round((this.done / this.total) * width);
    this.stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} ${seconds} s ${label.slice(0, 20)}`);
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
      options: { lang: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' }, published: { type: 'string' } },
    });
    if (positionals.length > 1) throw new UsageError('extract takes one FILE (or "-" for standard input)');
    const file = positionals[0] ?? '-';
    if (file === '-' && process.stdin.isTTY) throw new UsageError('no input: give a FILE, or pipe the article text in');
    if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw new UsageError('--lang must be "id" or "en"');
    const text = readInput(file);
    if (!text.trim()) throw new Failure(`the input is empty: ${file === '-' ? 'standard input' : file} has no text`);
    const { extractForReview, reviewSummary } = await load('extract.js');
    let result;
    try {
      result = extractForReview(text, { lang: values.lang, title: values.title, url: values.url, publishedAt: values.published });
    } catch (error) {
      if (error instanceof TypeError) throw new UsageError(error.message.replace(/^extractArticle: /, '').replace('publishedAt', '--published'));
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
    process.stdout.write(result.problems.map((problem) => `${describeProblem(problem)}\n`).join(''));
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
        cdn: { type: 'string' },
        'pages-only': { type: 'boolean' },
      },
    });
    if (positionals.length !== 1 || positionals[0] === '-') throw new UsageError('render takes one FILE');
    if (!values.out) throw new UsageError('render needs --out DIR');
    const baseUrl = webUrl(values['base-url'], '--base-url');
    if (baseUrl && !baseUrl.pathname.endsWith('/')) baseUrl.pathname += '/';
    const cdnUrl = values.cdn === undefined ? undefined : webUrl(values.cdn, '--cdn').href;
    if (values.theme !== undefined && !/^[a-z][a-z0-9-]*$/.test(values.theme)) throw new UsageError(`--theme must be a theme name such as "dark", not "${values.theme}"`);
    const [file] = positionals;
    const input = readJson(file);
    const { validateArticle, describeProblem } = await load('model.js');
    const result = validateArticle(input);
    if (!result.valid) {
      process.stderr.write(`${file} is not a valid article; nothing was written:\n`);
      process.stdout.write(result.problems.map((problem) => `${describeProblem(problem)}\n`).join(''));
      process.exitCode = 1;
      return;
    }
    const { article } = result;
    if (!article.quotes.length) throw new Failure(`${file} has no quotes: there is nothing to render`);
    const ssr = await load('ssr.js');
    const { quotationMarks } = await load('shared/i18n.js');
    const { ImageRenderer, fileNames, quotePage, OG_IMAGE } = await import('./lib/render.mjs');
    try {
      mkdirSync(values.out, { recursive: true });
    } catch (error) {
      throw new Failure(`cannot create ${values.out}: ${error.code ?? error.message}`);
    }

    const started = performance.now();
    const names = fileNames(article.quotes);
    let renderer;
    if (!values['pages-only']) {
      try {
        renderer = await ImageRenderer.launch({ article, theme: values.theme, jsonText: ssr.jsonLdText(article) });
      } catch (error) {
        throw new Failure(`cannot start the image renderer: ${error.message}`);
      }
    }
    const progress = new Progress(article.quotes.length);
    let pages = 0;
    let images = 0;
    try {
      for (const [k, quote] of article.quotes.entries()) {
        const name = names[k];
        const cardHtml = await ssr.renderQuoteCard(article, { quoteId: quote.id, theme: values.theme });
        const image = { url: baseUrl ? new URL(`${name}.png`, baseUrl).href : `${name}.png`, ...OG_IMAGE };
        const pageUrl = baseUrl && new URL(`${name}.html`, baseUrl).href;
        writeFileSync(join(values.out, `${name}.html`), quotePage({ article, quote, cardHtml, image, pageUrl, cdnUrl, marks: quotationMarks(article.lang) }));
        pages += 1;
        if (renderer) {
          writeFileSync(join(values.out, `${name}.png`), await renderer.render(quote.id));
          images += 1;
        }
        progress.tick(renderer ? `${name}.html, ${name}.png` : `${name}.html`);
      }
    } finally {
      await renderer?.close();
    }
    const seconds = (performance.now() - started) / 1000;
    const rate = images ? `, ${(images / seconds).toFixed(1)} images/s` : '';
    process.stdout.write(
      `${pages} page${pages === 1 ? '' : 's'} and ${images} Open Graph image${images === 1 ? '' : 's'} (${OG_IMAGE.width}×${OG_IMAGE.height}) in ${seconds.toFixed(1)} s${rate}: ${values.out}\n`,
    );
    if (!baseUrl) process.stdout.write('Note: without --base-url, og:image is relative and og:url is missing; most networks need absolute URLs.\n');
  },
};

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
  process.stderr.write(`quote-cards: ${error.message}\n${usage ? 'Run "quote-cards --help" for usage.\n' : ''}`);
  process.exitCode = usage ? 2 : 1;
});

#!/usr/bin/env node
// The quote-cards command line. Each command is a function in COMMANDS; they use the built
// library in ../dist (run `npm run build` first in a checkout).
import { readFileSync } from 'node:fs';
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
  quote-cards --help
      Shows this help.
`;

/** A mistake in how the command was called: reported with a pointer to --help, exit code 2. */
class UsageError extends Error {}

/** A failure (unreadable file, empty input): reported as is, exit code 1. */
class Failure extends Error {}

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
    const { extractArticle } = await load('extract.js');
    let article;
    try {
      article = extractArticle(text, { lang: values.lang, title: values.title, url: values.url, publishedAt: values.published });
    } catch (error) {
      if (error instanceof TypeError) throw new UsageError(error.message.replace(/^extractArticle: /, '').replace('publishedAt', '--published'));
      throw error;
    }
    process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
  },

  async validate(args) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length !== 1 || positionals[0] === '-') throw new UsageError('validate takes one FILE');
    const [file] = positionals;
    let article;
    try {
      article = JSON.parse(readInput(file));
    } catch (error) {
      if (error instanceof Failure) throw error;
      throw new Failure(`${file} is not JSON: ${error.message}`);
    }
    const { validateArticle, describeProblem } = await load('model.js');
    const result = validateArticle(article);
    if (result.valid) {
      process.stdout.write('valid\n');
      return;
    }
    process.stdout.write(result.problems.map((problem) => `${describeProblem(problem)}\n`).join(''));
    process.exitCode = 1;
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

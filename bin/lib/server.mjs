// `quote-cards serve`: the files `render` writes, made on request for one article or a folder of
// them, with ETags and cache headers for a CDN in front; Open Graph images rendered once and kept
// on disk (by a hash of their inputs, so a restart renders nothing again); an oEmbed endpoint.
// Every path is matched against what the articles have (never used to open a file), and a bad
// request gets a short 4xx in plain text.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileNameOf } from './files.mjs';
import { printableLine } from './terminal.mjs';

const TYPES = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  png: 'image/png',
};
const PAGE_CACHE = 'public, max-age=300, stale-while-revalidate=86400';
const IMMUTABLE = 'public, max-age=31536000, immutable';

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** A bounded map: the oldest entry goes when it is full. */
class Lru extends Map {
  constructor(limit) {
    super();
    this.limit = limit;
  }
  remember(key, value) {
    this.delete(key);
    this.set(key, value);
    if (this.size > this.limit) this.delete(this.keys().next().value);
    return value;
  }
}

/**
 * Serves `sites` (ArticleSite objects, each under /NAME/, NAME the file name of its article's id),
 * or those `makeSites(origin)` makes once the server listens. `renderImage(site, quote)` resolves to
 * a PNG Buffer. Resolves to the listening http.Server.
 */
export async function serveSites({ sites, makeSites, host = '127.0.0.1', port = 0, cacheDir, renderImage, themes }) {
  const byName = new Map();
  const pages = new Lru(500);
  const rendering = new Map();
  mkdirSync(cacheDir, { recursive: true });

  async function image(site, quote) {
    const inputs = site.imageInputs(quote);
    const file = join(cacheDir, `${inputs}.png`);
    try {
      return { body: readFileSync(file), inputs };
    } catch {}
    if (!rendering.has(inputs)) {
      rendering.set(
        inputs,
        renderImage(site, quote)
          .then((png) => {
            const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
            writeFileSync(temporary, png);
            renameSync(temporary, file);
            return png;
          })
          .finally(() => rendering.delete(inputs)),
      );
    }
    return { body: await rendering.get(inputs), inputs };
  }

  /** The embed options of a request's query: theme, lang, background and variant, each checked. */
  function embedOptions(site, query) {
    const options = { ...site.options };
    for (const [key, value] of query) {
      if (key === 'theme') {
        if (!themes.includes(value)) throw new HttpError(400, `theme must be one of ${themes.join(', ')}`);
        options.theme = value;
      } else if (key === 'lang') {
        if (!/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8}){0,4}$/.test(value))
          throw new HttpError(400, 'lang must be a language tag such as id or en-GB');
        options.lang = value;
      } else if (key === 'background') {
        if (value !== 'transparent' && value !== 'theme') throw new HttpError(400, 'background must be transparent or theme');
        options.background = value;
      } else if (key === 'variant') {
        if (!['default', 'compact', 'pull'].includes(value)) throw new HttpError(400, 'variant must be default, compact or pull');
        options.variant = value;
      } else if (key !== 'v') throw new HttpError(400, `unknown parameter ${key}`);
    }
    return options;
  }

  /** What a path of a site is: [kind, item] or throws a 404. */
  function itemOf(site, rest) {
    let match;
    if ((match = /^([a-z0-9_-]+)\.(html|png)$/.exec(rest)) && site.quotes.has(match[1]))
      return [match[2] === 'png' ? 'image' : 'page', site.quotes.get(match[1])];
    if ((match = /^embed\/(quote|speaker)\/([a-z0-9_-]+)\.html$/.exec(rest))) {
      const item = (match[1] === 'quote' ? site.quotes : site.speakers).get(match[2]);
      if (item) return [`embed-${match[1]}`, item];
    }
    if ((match = /^oembed\/(quote|speaker)\/([a-z0-9_-]+)\.json$/.exec(rest))) {
      const item = (match[1] === 'quote' ? site.quotes : site.speakers).get(match[2]);
      if (item) return [`oembed-${match[1]}`, item];
    }
    if (rest === 'embed/timeline.html' && site.article.events.length) return ['embed-timeline'];
    if (rest === 'oembed/timeline.json' && site.article.events.length) return ['oembed-timeline'];
    if (rest === 'embed/resize.js') return ['resizer'];
    throw new HttpError(404, 'not found');
  }

  /** Site and path of a URL path, or a 4xx. */
  function locate(pathname) {
    let decoded;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      throw new HttpError(400, 'malformed path');
    }
    if (decoded !== pathname || pathname.includes('//')) throw new HttpError(400, 'the path must be plain: no escapes, no empty segments');
    const [, name, rest] = /^\/([a-z0-9_-]+)\/(.*)$/.exec(pathname) ?? [];
    const site = name && byName.get(name);
    if (!site) throw new HttpError(404, 'not found');
    return { site, rest };
  }

  async function respondTo(request, url) {
    if (url.pathname === '/') {
      const list = [...byName.keys()].map((name) => `/${name}/`).join('\n');
      return {
        body: `quote-cards serve: ${byName.size} article${byName.size === 1 ? '' : 's'}\n${list}\n`,
        type: 'text/plain; charset=utf-8',
        cache: 'no-cache',
      };
    }
    if (url.pathname === '/oembed') return oembed(url);
    const { site, rest } = locate(url.pathname);
    const [kind, item] = itemOf(site, rest);
    if (kind === 'image') {
      const { body, inputs } = await image(site, item);
      return { body, type: TYPES.png, cache: url.searchParams.get('v') === inputs ? IMMUTABLE : PAGE_CACHE, etag: inputs };
    }
    if (kind === 'resizer') return { body: site.resizer(), type: TYPES.js, cache: 'public, max-age=86400' };
    if (kind.startsWith('oembed-'))
      return { body: JSON.stringify(site.oembed(kind.slice(7), item, {})), type: TYPES.json, cache: PAGE_CACHE };
    const options = kind === 'page' ? site.options : embedOptions(site, url.searchParams);
    if (kind === 'page' && [...url.searchParams.keys()].length) throw new HttpError(400, 'a share page takes no parameters');
    const key = `${fileNameOf(site.article.id)}\n${rest}\n${JSON.stringify(options)}`;
    const body =
      pages.get(key) ??
      pages.remember(key, kind === 'page' ? await site.quotePage(item) : await site.embedPage(kind.slice(6), item, options));
    return { body, type: TYPES.html, cache: PAGE_CACHE };
  }

  /** /oembed?url=…&format=json (https://oembed.com/#section2.2): the page must be one of this server's. */
  function oembed(url) {
    const format = url.searchParams.get('format') ?? 'json';
    if (format !== 'json') throw new HttpError(501, 'only format=json is served');
    const target = url.searchParams.get('url');
    if (!target) throw new HttpError(400, 'url is required');
    let page;
    try {
      page = new URL(target);
    } catch {
      throw new HttpError(400, 'url is not a URL');
    }
    const anyBase = [...byName.values()][0]?.baseUrl;
    if (!anyBase || page.origin !== new URL(anyBase).origin) throw new HttpError(404, 'url is not a page of this site');
    const { site, rest } = locate(page.pathname);
    const [kind, item] = itemOf(site, rest);
    const embedKind = kind === 'page' ? 'quote' : kind.startsWith('embed-') ? kind.slice(6) : undefined;
    if (!embedKind) throw new HttpError(404, 'url is not a page with an embed');
    const limits = {};
    for (const key of ['maxwidth', 'maxheight']) {
      const value = url.searchParams.get(key);
      if (value === null) continue;
      if (!/^[1-9][0-9]{0,4}$/.test(value)) throw new HttpError(400, `${key} must be a positive whole number`);
      limits[key] = Number(value);
    }
    return { body: JSON.stringify(site.oembed(embedKind, item, limits)), type: TYPES.json, cache: PAGE_CACHE };
  }

  const server = createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'only GET and HEAD');
      const url = new URL(request.url, 'http://server.invalid');
      const answer = await respondTo(request, url);
      const etag = `"${answer.etag ?? createHash('sha256').update(answer.body).digest('base64url').slice(0, 22)}"`;
      const headers = { 'content-type': answer.type, 'cache-control': answer.cache, etag, 'x-content-type-options': 'nosniff' };
      if (url.pathname === '/oembed' || url.pathname.includes('/oembed/')) headers['access-control-allow-origin'] = '*';
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, headers).end();
        return;
      }
      response.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(answer.body) });
      response.end(request.method === 'HEAD' ? undefined : answer.body);
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500)
        process.stderr.write(`quote-cards serve: ${request.url?.slice(0, 200)}: ${printableLine(String(error?.message ?? error))}\n`);
      if (!response.headersSent)
        response.writeHead(status, {
          'content-type': 'text/plain; charset=utf-8',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        });
      response.end(`${status} ${status === 500 ? 'the server could not make this file' : error.message}\n`);
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  // The sites' URLs can name the port only once it is known (port 0: any free one).
  if (makeSites) sites = makeSites(`http://${host.includes(':') ? `[${host}]` : host}:${server.address().port}/`);
  for (const site of sites) byName.set(fileNameOf(site.article.id), site);
  return server;
}

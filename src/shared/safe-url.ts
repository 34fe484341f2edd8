const WEB = new Set(['http:', 'https:']);

/**
 * Returns the URL if it is safe to put in an `href`: absolute http(s) only.
 * Everything else (javascript:, data:, vbscript:, tricks with whitespace) gives `undefined`.
 */
export function safeLinkUrl(value: unknown): string | undefined {
  const url = parse(value);
  return url && WEB.has(url.protocol) ? url.href : undefined;
}

/** Like {@link safeLinkUrl}, and also accepts `data:image/…` URLs, for `<img src>`. */
export function safeImageUrl(value: unknown): string | undefined {
  const url = parse(value);
  if (!url) return undefined;
  if (WEB.has(url.protocol)) return url.href;
  return url.protocol === 'data:' && /^image\/[a-z0-9.+-]+[;,]/i.test(url.pathname) ? url.href : undefined;
}

function parse(value: unknown): URL | undefined {
  // The URL parser would strip leading control characters and inner tabs or newlines
  // ("java\tscript:"), so a string with any white space or control character is refused outright.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point of this test
  if (typeof value !== 'string' || /[\u0000-\u0020\u007f]/.test(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

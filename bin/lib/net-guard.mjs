// What the image renderer's headless browser may fetch from the network: the images a card shows
// (speaker portraits, publisher logos), over http(s), from public addresses only. Node fetches
// them itself, connecting to the very address it checked (so a DNS answer that changes between the
// check and the connection cannot reach a private service), with a size limit and a timeout; the
// browser gets the bytes. Everything else an article could make it request is refused.
import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';

const PRIVATE_V4 = new BlockList();
for (const [address, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
]) {
  PRIVATE_V4.addSubnet(address, prefix, 'ipv4');
}
// IPv6: global unicast (2000::/3) only, without documentation, 6to4 and Teredo (which embed IPv4 addresses).
const NOT_GLOBAL_V6 = new BlockList();
for (const [address, prefix] of [
  ['2001::', 32],
  ['2001:db8::', 32],
  ['2002::', 16],
]) {
  NOT_GLOBAL_V6.addSubnet(address, prefix, 'ipv6');
}
const GLOBAL_V6 = new BlockList();
GLOBAL_V6.addSubnet('2000::', 3, 'ipv6');

/** Whether an IP address is a public one: not loopback, private, link-local, multicast or reserved. */
export function isPublicAddress(address) {
  const family = isIP(address);
  if (family === 4) return !PRIVATE_V4.check(address, 'ipv4');
  if (family === 6) return GLOBAL_V6.check(address, 'ipv6') && !NOT_GLOBAL_V6.check(address, 'ipv6');
  return false;
}

/** A request the guard refuses (a private address, another scheme, too large, not an image). */
export class RefusedRequest extends Error {}

/** A DNS lookup that answers only public addresses, for http(s).get's `lookup` option. */
function publicLookup(resolve = dnsLookup) {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error);
      const list = Array.isArray(addresses) ? addresses : [{ address: addresses, family: isIP(addresses) }];
      const refused = list.find(({ address }) => !isPublicAddress(address));
      if (refused || !list.length)
        return callback(new RefusedRequest(`${hostname} resolves to ${refused?.address ?? 'nothing'}, not a public address`));
      if (options?.all) return callback(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  };
}

/**
 * Fetches an image for a card: http(s) only, from public addresses, following at most 3
 * redirects (each checked), at most `maxBytes`, within `timeoutMs`. Resolves to
 * `{ contentType, body }`; rejects with a RefusedRequest (or a network error).
 */
export async function fetchPublicImage(address, { maxBytes = 5 * 1024 * 1024, timeoutMs = 5000, redirects = 3, resolve } = {}) {
  const deadline = AbortSignal.timeout(timeoutMs);
  let url = new URL(address);
  for (let hop = 0; hop <= redirects; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RefusedRequest(`${url.protocol} URLs are not fetched`);
    if (url.username || url.password) throw new RefusedRequest('URLs with credentials are not fetched');
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (isIP(host) && !isPublicAddress(host)) throw new RefusedRequest(`${host} is not a public address`);
    const response = await get(url, { lookup: publicLookup(resolve), signal: deadline });
    if (response.statusCode >= 300 && response.statusCode < 400 && response.headers.location) {
      response.resume();
      url = new URL(response.headers.location, url);
      continue;
    }
    if (response.statusCode !== 200) {
      response.resume();
      throw new RefusedRequest(`${url.href} answered ${response.statusCode}`);
    }
    const contentType = String(response.headers['content-type'] ?? '');
    if (!/^image\/[a-z0-9.+-]+(?:;|$)/i.test(contentType)) {
      response.resume();
      throw new RefusedRequest(`${url.href} is ${contentType || 'of no type'}, not an image`);
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of response) {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        throw new RefusedRequest(`${url.href} is larger than ${maxBytes} bytes`);
      }
      chunks.push(chunk);
    }
    return { contentType, body: Buffer.concat(chunks) };
  }
  throw new RefusedRequest(`more than ${redirects} redirects from ${address}`);
}

function get(url, options) {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).get(url, { ...options, headers: { accept: 'image/*' } }, resolve);
    request.on('error', reject);
  });
}

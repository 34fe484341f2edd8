// scripts/static-server.mjs serves the demo, Storybook and the benchmarks' pages: only files under its root.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { isInside, startStaticServer } from '../../scripts/static-server.mjs';

test('a folder whose name begins like the root is not inside it', () => {
  assert.equal(isInside('/srv/site', '/srv/site-private/secret.txt'), false);
  assert.equal(isInside('/srv/site', '/srv/sitemap.xml'), false);
  assert.equal(isInside('/srv/site', '/srv/other/index.html'), false);
  assert.equal(isInside('/srv/site', '/srv'), false);
  assert.equal(isInside('/srv/site', '/srv/site'), true);
  assert.equal(isInside('/srv/site', '/srv/site/index.html'), true);
  assert.equal(isInside('/srv/site', '/srv/site/..hidden/a.js'), true);
});

let folder;
let server;
/** Status and body of a GET of `path`, sent as written (no normalisation by a client). */
function get(path) {
  return new Promise((resolvePromise, reject) => {
    const call = request({ host: '127.0.0.1', port: server.address().port, path }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolvePromise({ status: response.statusCode, body }));
    });
    call.on('error', reject);
    call.end();
  });
}

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(folder, 'site'));
  mkdirSync(join(folder, 'site-private'));
  writeFileSync(join(folder, 'site', 'index.html'), 'public');
  writeFileSync(join(folder, 'site-private', 'secret.txt'), 'secret');
  server = await startStaticServer(join(folder, 'site'));
});

after(() => {
  server.close();
  rmSync(folder, { recursive: true, force: true });
});

test('serves the files under its root', async () => {
  assert.deepEqual(await get('/'), { status: 200, body: 'public' });
  assert.deepEqual(await get('/index.html'), { status: 200, body: 'public' });
});

test('serves nothing from the folder beside its root, however the path is written', async () => {
  for (const path of [
    '/../site-private/secret.txt',
    '/..%2fsite-private%2fsecret.txt',
    '/%2e%2e/site-private/secret.txt',
    '/..%5csite-private%5csecret.txt',
  ]) {
    const { status, body } = await get(path);
    assert.equal(status, 404, path);
    assert.notEqual(body, 'secret', path);
  }
});

// A real browser: Debian's chromium, driven by playwright-core, loads the `web` build from a
// loopback server. The page encrypts a card number with the UMF public key, and openssl must
// decrypt it back; the page verifies signed responses; WebCrypto signs like WebAssembly.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

import { chromium } from 'playwright-core';
import { vectorsDir, opensslDecrypt } from './vectors.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const ROOTS = {
  '/pkg/': path.dirname(require.resolve('umf-sdk/package.json')),
  '/vectors/': vectorsDir,
  '/': path.join(here, 'browser'),
};
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html', '.json': 'application/json' };
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const prefix = Object.keys(ROOTS).find((p) => url.pathname.startsWith(p));
    const file = path.join(ROOTS[prefix], path.normalize(url.pathname.slice(prefix.length)));
    if (!file.startsWith(ROOTS[prefix]) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('a page encrypts a card number that openssl decrypts, and verifies a signed response', async () => {
  const CARD = '6222021234567890123';
  const server = await serve();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'umf-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(`http://127.0.0.1:${server.address().port}/page.html?card=${CARD}`);
    const result = await page.evaluate(() => window.result);
    assert.deepEqual(errors, []);
    assert.equal(result.error, undefined, result.error);

    assert.equal(opensslDecrypt(result.ciphertext), CARD);
    assert.deepEqual(Object.keys(result.marker), ['$encrypted']);
    assert.equal(opensslDecrypt(result.marker.$encrypted), CARD);

    assert.deepEqual(result.verifications, {
      valid_primary: 'verified', tampered_amount: 'signature_invalid', unsigned: 'unsigned',
    });
    assert.equal(result.signatures.backend, 'webcrypto');
    assert.equal(result.signatures.webcrypto, result.signatures.expected);
    assert.equal(result.signatures.wasm, result.signatures.expected);
  } finally {
    await context.close();
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

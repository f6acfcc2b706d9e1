// A real browser: Debian's chromium, driven by playwright-core, loads the `web` build from a
// loopback server. The page encrypts a card number with the UMF public key, and openssl must
// decrypt it back; the page verifies signed responses; WebCrypto signs like WebAssembly. Then a
// checkout with the device build alone: the card encrypted on the page, relayed as markers by
// the merchant's server (UmfClient) to the sandbox, which decrypts and charges it.
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
import { cardPayment, merchantClient, startSandbox } from './sandbox.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const ROOTS = {
  '/pkg/': path.dirname(require.resolve('umf-sdk/package.json')),
  '/vectors/': vectorsDir,
  '/': path.join(here, 'browser'),
};
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html', '.json': 'application/json' };
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** The merchant's server: static files, and POST /checkout relaying the page's markers. */
function serve(checkout) {
  const served = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    served.push(url.pathname);
    if (req.method === 'POST' && url.pathname === '/checkout') {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => checkout(Buffer.concat(chunks)).then(
        (reply) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply)),
        (err) => res.writeHead(500).end(JSON.stringify({ error: String(err.code || err.message) })),
      ));
      return;
    }
    const prefix = Object.keys(ROOTS).find((p) => url.pathname.startsWith(p));
    const file = path.join(ROOTS[prefix], path.normalize(url.pathname.slice(prefix.length)));
    if (!file.startsWith(ROOTS[prefix]) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  server.served = served;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('a page encrypts a card number that openssl decrypts, and verifies a signed response', async () => {
  const CARD = '6222021234567890123';
  const sandbox = await startSandbox();
  const merchant = merchantClient(sandbox);
  const checkout = async (raw) => {
    const relayed = JSON.parse(raw);
    const id = (await merchant.createPayment(cardPayment('JS-BROWSER-0001', ''))).result.id;
    await merchant.sendPaymentSms({ payment_id: id, ...relayed });
    const bankCard = { number: relayed.payer.payer_info.bank_card.number, verify_code: await sandbox.smsCode(id) };
    const paid = await merchant.executePayment({ payment_id: id, payer: { payment_method: 'CREDIT_CARD', payer_info: { bank_card: bankCard } } });
    return { state: paid.result.state, plaintextSeen: raw.includes(CARD), markers: relayed.payer.payer_info.bank_card };
  };
  const server = await serve(checkout);
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

    assert.equal(result.checkout.error, undefined, result.checkout.error);
    assert.equal(result.checkout.state, 'TRADE_SUCCESS');
    assert.equal(result.checkout.plaintextSeen, false, 'the server never saw the card number');
    assert.equal(opensslDecrypt(result.checkout.markers.number.$encrypted), CARD);
    assert.ok(server.served.includes('/pkg/device/web/umf_sdk_device_bg.wasm'), 'the page loaded the device build');
  } finally {
    await context.close();
    server.close();
    sandbox.stop();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

// The fast path: node:crypto and WebCrypto do the RSA step over the exact bytes; the result is
// the WebAssembly path's signature, byte for byte (PKCS#1 v1.5 is deterministic).
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';

import { PrivateKey, PublicKey, createSigner, createSignerSync } from 'umf-sdk';
import * as web from 'umf-sdk/web';
import { manifest, keyBytes, codeOf } from './vectors.mjs';

const require = createRequire(import.meta.url);
// The `web` entry point, initialised from bytes as a worker or Deno would.
web.initSync({ module: fs.readFileSync(require.resolve('umf-sdk/package.json').replace('package.json', 'web/umf_sdk_wasm_bg.wasm')) });

test('node:crypto, WebCrypto and WebAssembly give the vectors\' signatures', async () => {
  for (const s of manifest.signatures) {
    const body = Buffer.from(s.body_b64, 'base64');
    const key = new PrivateKey(keyBytes(s.key));
    const native = await createSigner(key);
    const wasm = await createSigner(key, { backend: 'wasm' });
    assert.equal(native.backend, 'node:crypto');
    assert.equal(wasm.backend, 'wasm');
    assert.equal(await native.sign(body), s.signature, `${s.key} ${s.name} node:crypto`);
    assert.equal(native.signSync(body), s.signature);
    assert.equal(await wasm.sign(body), s.signature, `${s.key} ${s.name} wasm`);
    // A key kept in WebAssembly gets a node:crypto copy of its own for this signer.
    const wasmKey = new PrivateKey(keyBytes(s.key), undefined, { backend: 'wasm' });
    const ownCopy = createSignerSync(wasmKey);
    assert.equal(ownCopy.backend, 'node:crypto');
    assert.equal(ownCopy.signSync(body), s.signature, `${s.key} ${s.name} node:crypto copy`);

    const webKey = new web.PrivateKey(keyBytes(s.key));
    const subtle = crypto.webcrypto.subtle;
    const webcrypto = await web.createSigner(webKey, { subtle });
    assert.equal(webcrypto.backend, 'webcrypto');
    assert.equal(await webcrypto.sign(body), s.signature, `${s.key} ${s.name} webcrypto`);
    assert.equal(await (await web.createSigner(webKey, { backend: 'wasm' })).sign(body), s.signature);
  }
});

test('strings are signed as their UTF-8 bytes on every path', async () => {
  const s = manifest.signatures.find((s) => s.name === 'unicode');
  const text = Buffer.from(s.body_b64, 'base64').toString('utf8');
  const key = new PrivateKey(keyBytes(s.key));
  assert.equal(createSignerSync(key).signSync(text), s.signature);
  assert.equal(key.sign(text), s.signature);
  const webcrypto = await web.createSigner(new web.PrivateKey(keyBytes(s.key)), { subtle: crypto.webcrypto.subtle });
  assert.equal(await webcrypto.sign(text), s.signature);
});

test('node:crypto verifies our signatures and we verify node:crypto\'s', () => {
  const merchant = new PrivateKey(keyBytes('merchant_2048_pkcs1.pem'));
  const spki = crypto.createPublicKey({ key: Buffer.from(merchant.publicKey().toSpkiDer()), format: 'der', type: 'spki' });
  const nodeKey = crypto.createPrivateKey(fs.readFileSync(new URL('../../tests/vectors/keys/merchant_2048_pkcs1.pem', import.meta.url)));
  for (const body of ['{"a":1}', '{"name":"张三","amount":{"total":"6.9800"}}', '']) {
    const ours = merchant.sign(body);
    assert.ok(crypto.verify('sha256', Buffer.from(body), spki, Buffer.from(ours, 'base64')), body);
    const theirs = crypto.sign('sha256', Buffer.from(body), nodeKey).toString('base64');
    merchant.publicKey().verify(body, theirs);
    assert.equal(theirs, ours);
  }
  const pub = new PublicKey(keyBytes('merchant_2048_spki.der'));
  assert.equal(codeOf(() => pub.verify('other', merchant.sign('body'))), 'signature_invalid');
});

test('the backend is chosen, not guessed', async () => {
  const key = new PrivateKey(keyBytes('merchant_1024_pkcs8.pem'));
  await assert.rejects(createSigner(key, { backend: 'webcrypto' }), TypeError);
  await assert.rejects(web.createSigner(new web.PrivateKey(keyBytes('merchant_1024_pkcs8.pem')), { backend: 'node:crypto' }), TypeError);
  // Without WebCrypto (a page that is not a secure context), `auto` falls back to WebAssembly.
  const saved = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
  try {
    const signer = await web.createSigner(new web.PrivateKey(keyBytes('merchant_1024_pkcs8.pem')));
    assert.equal(signer.backend, 'wasm');
  } finally {
    Object.defineProperty(globalThis, 'crypto', saved);
  }
});

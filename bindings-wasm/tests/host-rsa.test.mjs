// node:crypto behind the keys in Node (npm/node/host-rsa.cjs): which keys get it, that every
// path of Client uses it, that its signatures and verdicts are WebAssembly's on the shared
// vectors, and that a host that fails leaves the work to WebAssembly while a host's "no" stands.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';

import { CardEncryptor as DeviceEncryptor } from 'umf-sdk/device';
import { Client, PrivateKey, PublicKey, CardEncryptor, UmfClient, verifyResponse } from 'umf-sdk';
import { manifest, keyBytes, keyPath, codeOf, opensslDecrypt } from './vectors.mjs';

// The module under the entry points, to swap the provider in the last tests of this file.
const require = createRequire(import.meta.url);
const glue = require(path.join(path.dirname(require.resolve('umf-sdk')), 'umf_sdk_wasm.js'));

const BASE = 'https://merchant-test.invalid/cberest/v1';
const UMF_CERT = keyBytes('umf_1024_cert.pem');
const umfPrivate = crypto.createPrivateKey(fs.readFileSync(keyPath('umf_1024_pkcs8.pem')));
const merchant = new PrivateKey(keyBytes('merchant_1024_pkcs8.pem'));
// Checks what the host signed without asking the host.
const merchantPublic = new PublicKey(keyBytes('merchant_1024_spki.pem'), { backend: 'wasm' });
const CARD = {
  number: '6222020000000001234', cvv2: '123', valid_date: '2612', payer_name: '张三',
  citizen_id_number: '110101199003074477', phone: '13800000000',
};
const ENCRYPTED = ['number', 'cvv2', 'valid_date', 'payer_name', 'citizen_id_number'];

const payment = () => ({
  payer: { payment_method: 'CREDIT_CARD', payer_info: { bank_card: { ...CARD } } },
  order: { mer_reference_id: 'ORDER-1', mer_date: '20240101', amount: { total: '6.98', currency: 'USD' } },
  notify_url: 'https://shop.example/umf/notify',
});

// What every get_payment answer carries (the core's `requires`): state and the amount.
function signedPayment(text = '{"id":"PAY_X","state":"TRADE_SUCCESS","order":{"amount":{"total":"1.00","currency":"USD"}}}') {
  const sign = crypto.sign('sha256', Buffer.from(text), umfPrivate).toString('base64');
  return Buffer.from(`{"meta":{"ret_code":"0000","ret_msg":"SUCCESS","sign":"${sign}"},"payment":${text}}`);
}

/** node:crypto as the entry point installs it, or `overrides` in its place, every call counted. */
function countingProvider(calls, overrides = {}) {
  const host = {
    publicKey: (der) => crypto.createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' }),
    privateKey: (der) => crypto.createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' }),
    sign: (key, message) => crypto.sign('sha256', message, key),
    verify: (key, message, signature) => crypto.verify('sha256', message, key, signature),
    encrypt: (key, plaintext) => crypto.publicEncrypt({ key, padding: crypto.constants.RSA_PKCS1_PADDING }, plaintext),
    ...overrides,
  };
  const counted = (name) => (...args) => { calls[name] += 1; return host[name](...args); };
  return Object.fromEntries([['name', 'node:crypto'], ...Object.keys(calls).map((n) => [n, counted(n)])]);
}

const counts = () => ({ publicKey: 0, verify: 0, encrypt: 0, privateKey: 0, sign: 0 });

test('in Node every public key runs on node:crypto unless told otherwise', () => {
  assert.equal(new PublicKey(UMF_CERT).backend, 'node:crypto');
  assert.equal(new PublicKey(UMF_CERT, { backend: 'node:crypto' }).backend, 'node:crypto');
  assert.equal(new PublicKey(UMF_CERT, { backend: 'wasm' }).backend, 'wasm');
  assert.equal(merchant.publicKey().backend, 'node:crypto');
  assert.equal(new CardEncryptor(UMF_CERT).publicKey.backend, 'node:crypto');
  assert.equal(new DeviceEncryptor(UMF_CERT).publicKey.backend, 'node:crypto');
  assert.equal(new CardEncryptor(UMF_CERT, { backend: 'wasm' }).publicKey.backend, 'wasm');
  assert.equal(merchant.backend, 'node:crypto');
  assert.equal(new PrivateKey(keyBytes('merchant_1024_pkcs8.pem'), undefined, { backend: 'wasm' }).backend, 'wasm');
  assert.equal(new Client({ baseUrl: BASE, umfPublicKey: UMF_CERT }).rsaBackend, 'node:crypto');
  const wasmClient = new Client({ baseUrl: BASE, umfPublicKey: UMF_CERT, rsaBackend: 'wasm' });
  assert.equal(wasmClient.rsaBackend, 'wasm');
  const umf = new UmfClient({ baseUrl: BASE, umfPublicKey: UMF_CERT, clientId: 'id', clientSecret: 's', rsaBackend: 'wasm' });
  assert.equal(umf.core.rsaBackend, 'wasm');
  assert.notEqual(codeOf(() => new PublicKey(UMF_CERT, { backend: 'openssl' })), 'no error');
  assert.notEqual(codeOf(() => new PrivateKey(keyBytes('merchant_1024_pkcs8.pem'), undefined, { backend: 'x' })), 'no error');
  // The provider's installer is the entry points' own, not part of the package.
  assert.equal(Object.keys(require('umf-sdk')).some((n) => n.startsWith('__')), false);
});

test('the vector signatures are made byte for byte, and get the same verdicts, on both backends', () => {
  let checked = 0;
  for (const s of manifest.signatures) {
    const body = Buffer.from(s.body_b64, 'base64');
    for (const backend of ['node:crypto', 'wasm']) {
      const key = new PrivateKey(keyBytes(s.key), undefined, { backend });
      assert.equal(key.backend, backend);
      assert.equal(key.sign(body), s.signature, `${backend}: ${s.name}`);
    }
    const raw = Buffer.from(s.signature, 'base64');
    const tampered = [Buffer.concat([body, Buffer.from(' ')]), Buffer.concat([Buffer.from('x'), body])]
      .map((b) => [b, s.signature]);
    for (const i of [0, raw.length >> 1, raw.length - 1]) {
      const bad = Buffer.from(raw);
      bad[i] ^= 1;
      tampered.push([body, bad.toString('base64')]);
    }
    const verdicts = ['node:crypto', 'wasm'].map((backend) => {
      const key = new PublicKey(keyBytes(s.public_key), { backend });
      return [codeOf(() => key.verify(body, s.signature)), ...tampered.map(([b, sig]) => codeOf(() => key.verify(b, sig)))];
    });
    assert.deepEqual(verdicts[0], ['no error', ...tampered.map(() => 'signature_invalid')], s.name);
    assert.deepEqual(verdicts[1], verdicts[0], s.name);
    checked += verdicts[0].length;
  }
  console.log(`host RSA: ${checked} verdicts on each backend, identical`);
});

test('ciphertexts from node:crypto decrypt with openssl, at 1024 and 2048 bits', () => {
  for (const [pub, priv] of [['umf_1024_cert.pem', 'umf_1024_pkcs8.pem'], ['merchant_2048_spki.pem', 'merchant_2048_pkcs8.pem']]) {
    const key = new PublicKey(keyBytes(pub));
    assert.equal(key.backend, 'node:crypto');
    for (const value of [CARD.number, CARD.payer_name, 'x'.repeat(key.maxPlaintextLength)]) {
      const ciphertext = key.encrypt(value);
      assert.equal(Buffer.from(ciphertext, 'base64').length, key.size);
      assert.equal(opensslDecrypt(ciphertext, priv), value, pub);
    }
    // The length rule is the core's, before any host sees the value.
    assert.equal(codeOf(() => key.encrypt('x'.repeat(key.maxPlaintextLength + 1))), 'value_too_long');
  }
});

test('prepare, parse and notifications go through the host; a wasm client never calls it', () => {
  const calls = counts();
  glue.__umfInstallHostRsa(countingProvider(calls));
  const client = new Client({ baseUrl: BASE, umfPublicKey: UMF_CERT, merchantKey: merchant });
  assert.deepEqual([calls.publicKey, calls.privateKey], [1, 1]);
  const request = client.prepare('create_payment', payment());
  assert.equal(calls.sign, 1);
  merchantPublic.verify(Buffer.from(request.body), request.headers.Signature);
  const sent = JSON.parse(Buffer.from(request.body).toString('utf8')).payer.payer_info.bank_card;
  assert.equal(calls.encrypt, ENCRYPTED.length);
  for (const field of ENCRYPTED) assert.equal(opensslDecrypt(sent[field]), CARD[field], field);
  assert.equal(sent.phone, CARD.phone);
  assert.equal(client.parse('get_payment', { status: 200, body: signedPayment() }).verification.status, 'verified');
  assert.equal(calls.verify, 1);
  const notification = '{"payment":{"id":"PAY_X","state":"TRADE_SUCCESS"}}';
  const signature = crypto.sign('sha256', Buffer.from(notification), umfPrivate).toString('base64');
  client.verifyNotification(signature, Buffer.from(notification));
  assert.equal(calls.verify, 2);

  const before = { ...calls };
  const wasmClient = new Client({ baseUrl: BASE, umfPublicKey: UMF_CERT, merchantKey: merchant, rsaBackend: 'wasm' });
  const again = wasmClient.prepare('create_payment', payment());
  merchantPublic.verify(Buffer.from(again.body), again.headers.Signature);
  assert.equal(opensslDecrypt(JSON.parse(Buffer.from(again.body).toString('utf8')).payer.payer_info.bank_card.number), CARD.number);
  wasmClient.parse('get_payment', { status: 200, body: signedPayment() });
  assert.deepEqual(calls, before);
});

test('a host that throws or answers nonsense leaves the work to WebAssembly', () => {
  const good = signedPayment();
  const forged = Buffer.from(good.toString().replace('TRADE_SUCCESS', 'TRADE_CLOSED_'));
  const down = () => { throw new Error('host down'); };
  const failing = [
    { verify: down, encrypt: down, sign: down },
    { verify: () => 'yes', encrypt: () => 'not bytes', sign: () => 'signed' },
    { verify: () => undefined, encrypt: () => new Uint8Array(16), sign: () => new Uint8Array(129) },
  ];
  const vector = manifest.signatures.find((s) => s.key === 'merchant_1024_pkcs8.pem');
  const body = Buffer.from(vector.body_b64, 'base64');
  for (const overrides of failing) {
    const calls = counts();
    glue.__umfInstallHostRsa(countingProvider(calls, overrides));
    const key = new PublicKey(UMF_CERT);
    const signer = new PrivateKey(keyBytes('merchant_1024_pkcs8.pem'));
    assert.deepEqual([key.backend, signer.backend], ['node:crypto', 'node:crypto']);
    assert.equal(verifyResponse(good, key).status, 'verified');
    assert.equal(codeOf(() => verifyResponse(forged, key)), 'signature_invalid');
    assert.equal(opensslDecrypt(key.encrypt(CARD.number)), CARD.number);
    assert.equal(signer.sign(body), vector.signature);
    // The forged answer is tried under each of `auto`'s three readings: 1 + 3 verifications.
    assert.deepEqual([calls.verify, calls.encrypt, calls.sign], [4, 1, 1], 'the host was asked first');
  }
  // A key keeps the provider that loaded it: after another is installed, its operations run
  // in WebAssembly rather than hand its key object to functions that did not make it.
  const first = counts();
  glue.__umfInstallHostRsa(countingProvider(first));
  const loaded = new PublicKey(UMF_CERT);
  const signer = new PrivateKey(keyBytes('merchant_1024_pkcs8.pem'));
  const second = counts();
  glue.__umfInstallHostRsa(countingProvider(second));
  assert.equal(verifyResponse(good, loaded).status, 'verified');
  assert.equal(opensslDecrypt(loaded.encrypt(CARD.number)), CARD.number);
  assert.equal(signer.sign(body), vector.signature);
  assert.deepEqual([first.verify + first.encrypt + first.sign, second.verify + second.encrypt + second.sign], [0, 0]);

  // A host that cannot load a key leaves it on WebAssembly ("auto"), or refuses it when
  // node:crypto was asked for by name.
  glue.__umfInstallHostRsa(countingProvider(counts(), { publicKey: down, privateKey: down }));
  assert.equal(new PublicKey(UMF_CERT).backend, 'wasm');
  assert.equal(new PrivateKey(keyBytes('merchant_1024_pkcs8.pem')).backend, 'wasm');
  assert.notEqual(codeOf(() => new PublicKey(UMF_CERT, { backend: 'node:crypto' })), 'no error');
  assert.notEqual(codeOf(() => new Client({ baseUrl: BASE, umfPublicKey: UMF_CERT, rsaBackend: 'node:crypto' })), 'no error');
});

test('a host\'s "does not match" is final: verification fails closed', () => {
  glue.__umfInstallHostRsa(countingProvider(counts(), { verify: () => false }));
  const key = new PublicKey(UMF_CERT);
  assert.equal(codeOf(() => verifyResponse(signedPayment(), key)), 'signature_invalid');
  // And installing node:crypto again restores the verdicts.
  glue.__umfInstallHostRsa(countingProvider(counts()));
  assert.equal(verifyResponse(signedPayment(), new PublicKey(UMF_CERT)).status, 'verified');
});

// UmfClient on an injected fetch: what goes on the wire (exact, signed bytes; one token request),
// the same Signature header from every signer, a caller's own signer checked before sending,
// and one method per operation of the core's table.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { test } from 'node:test';

import { PrivateKey, UmfClient, operations } from 'umf-sdk';
import { keyBytes, keyPath } from './vectors.mjs';

const BASE = 'https://umf.test/cberest/v1';
const umfPrivate = crypto.createPrivateKey(fs.readFileSync(keyPath('umf_1024_pkcs8.pem')));
const merchantPublic = crypto.createPublicKey(fs.readFileSync(keyPath('merchant_1024_spki.pem')));

/** A fake UMF: a token for the token request, a signed refund for everything else. */
function fakeUmf() {
  const sent = [];
  const fetch = async (url, init) => {
    sent.push({ url, ...init });
    if (url.endsWith('/oauth/authorize')) {
      return new Response(JSON.stringify({ access_token: `tok-${sent.length}`, expires_in: 3600 }), { status: 200 });
    }
    const refund = '{"id":"REFUND_1","state":"REFUND_SUCCESS","refund_info":{"amount":{"total":30.00,"currency":"USD"}}}';
    const sign = crypto.sign('sha256', Buffer.from(refund), umfPrivate).toString('base64');
    return new Response(`{"meta":{"ret_code":"0000","ret_msg":"SUCCESS","sign":"${sign}"},"refund":${refund}}`, { status: 200 });
  };
  return { fetch, sent };
}

const refund = {
  payment_id: 'PAY_1',
  refund_info: { mer_reference_id: 'REFUND-1', mer_date: '20240101', amount: { total: '30.00', currency: 'USD' } },
};

function client(fetch, options = {}) {
  return new UmfClient({
    baseUrl: BASE, umfPublicKey: keyBytes('umf_1024_cert.pem'), merchantKey: keyBytes('merchant_1024_pkcs8.pem'),
    clientId: 'client-1', clientSecret: 'secret-1', fetch, verify: { policy: 'strict' }, ...options,
  });
}

test('the exact signed bytes go out, after one token request', async () => {
  const umf = fakeUmf();
  const answer = await client(umf.fetch).createRefund(refund);
  assert.equal(answer.result.refund_info.amount.total, '30.00');
  assert.equal(umf.sent.length, 2);
  const [tokenRequest, call] = umf.sent;
  assert.equal(tokenRequest.url, `${BASE}/oauth/authorize`);
  assert.deepEqual(JSON.parse(Buffer.from(tokenRequest.body)), {
    client_id: 'client-1', client_secret: 'secret-1', grant_type: 'client_credentials',
  });
  assert.equal(call.url, `${BASE}/payments/payment/PAY_1/refund`);
  assert.equal(call.method, 'POST');
  assert.equal(call.redirect, 'error');
  assert.ok(call.signal instanceof AbortSignal);
  assert.ok(call.body instanceof Uint8Array);
  assert.equal(call.headers.Authorization, 'Bearer tok-1');
  assert.ok(crypto.verify('sha256', call.body, merchantPublic, Buffer.from(call.headers.Signature, 'base64')),
    'the Signature covers exactly the bytes sent');
  assert.deepEqual(JSON.parse(Buffer.from(call.body)).refund_info, refund.refund_info);
});

test('node:crypto, WebAssembly and a signer of your own give the same Signature header', async () => {
  const headers = [];
  for (const signer of ['node:crypto', 'wasm', 'auto']) {
    const umf = fakeUmf();
    const c = client(umf.fetch, { signer });
    await c.createRefund(refund);
    headers.push([(await c.signer()).backend, umf.sent[1].headers.Signature, Buffer.from(umf.sent[1].body)]);
  }
  const key = new PrivateKey(keyBytes('merchant_1024_pkcs8.pem'));
  const own = { backend: 'hsm', sign: async (bytes) => key.sign(bytes) };
  const umf = fakeUmf();
  await client(umf.fetch, { signer: own }).createRefund(refund);
  headers.push(['hsm', umf.sent[1].headers.Signature, Buffer.from(umf.sent[1].body)]);
  assert.deepEqual(headers.map(([backend]) => backend), ['node:crypto', 'wasm', 'node:crypto', 'hsm']);
  for (const [, signature, body] of headers) {
    assert.equal(signature, headers[0][1]);
    assert.deepEqual(body, headers[0][2]);
  }
});

test('a signer of your own may hold the key elsewhere', async () => {
  const key = new PrivateKey(keyBytes('merchant_1024_pkcs8.pem')); // stands for an HSM
  const umf = fakeUmf();
  const c = client(umf.fetch, { merchantKey: null, signer: { backend: 'hsm', sign: async (bytes) => key.sign(bytes) } });
  await c.createRefund(refund);
  const call = umf.sent[1];
  assert.ok(crypto.verify('sha256', call.body, merchantPublic, Buffer.from(call.headers.Signature, 'base64')));
});

test('a signer of your own is checked before anything is sent', async () => {
  const key = new PrivateKey(keyBytes('umf_1024_pkcs8.pem')); // not the merchant key
  const umf = fakeUmf();
  const c = client(umf.fetch, { signer: { backend: 'hsm', sign: async (bytes) => key.sign(bytes) } });
  await assert.rejects(c.createRefund(refund), { code: 'signature_invalid' });
  assert.equal(umf.sent.length, 0);
});

test('requests that cannot be built fail before any network traffic', async () => {
  const umf = fakeUmf();
  const c = client(umf.fetch);
  await assert.rejects(c.createPayment({ order: { amount: { total: '1.001' } } }), { code: 'validation_failed' });
  await assert.rejects(c.call('no_such_operation', {}), { code: 'unknown_operation' });
  const device = new UmfClient({ baseUrl: BASE, umfPublicKey: keyBytes('umf_1024_cert.pem'), clientId: 'c', clientSecret: 's', fetch: umf.fetch });
  await assert.rejects(device.createRefund(refund), { code: 'merchant_key_required' });
  assert.equal(umf.sent.length, 0);
});

test('a GET carries no body and no Signature', async () => {
  const umf = fakeUmf();
  const c = client(umf.fetch, { verify: { policy: 'off' } });
  await assert.rejects(c.getPayment({ payment_id: 'PAY_1' }), { code: 'response_malformed' });
  const get = umf.sent[1];
  assert.equal(get.method, 'GET');
  assert.equal(get.body, undefined);
  assert.equal(get.headers.Signature, undefined);
});

test('one method per operation of the core\'s table', () => {
  const c = client(fakeUmf().fetch);
  const callable = operations().filter((op) => op.body.kind !== 'token');
  assert.equal(callable.length, 53);
  for (const op of callable) assert.equal(typeof c[op.name], 'function', op.name);
  assert.equal(c.getAccessToken, undefined, 'tokens are the client\'s own business');
  assert.equal(c.createPayment.name, 'createPayment');
});

test('nothing secret shows in logs or JSON', async () => {
  const umf = fakeUmf();
  const c = client(umf.fetch);
  await c.token();
  const shown = JSON.stringify(c);
  for (const secret of ['secret-1', 'tok-1', 'PRIVATE']) assert.ok(!shown.includes(secret), secret);
  assert.equal(JSON.parse(shown).clientId, 'client-1');
  assert.throws(() => new UmfClient({ baseUrl: BASE, umfPublicKey: keyBytes('umf_1024_cert.pem') }), TypeError);
});

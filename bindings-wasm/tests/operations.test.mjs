// The operations through the sans-IO Client: the table, exact request bytes and signatures on
// every RSA path, validation, typed parsing with exact number text, and API errors.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { test } from 'node:test';

import {
  CardEncryptor, Client, PrivateKey, PublicKey, UnsignedRequest, baseUrls, createSigner, isUmfError, operations,
} from 'umf-sdk';
import * as web from 'umf-sdk/web';
import { vectorsDir, keyBytes, keyPath, codeOf, opensslDecrypt } from './vectors.mjs';

const BASE = 'https://merchant-test.invalid/cberest/v1';
const merchant = new PrivateKey(keyBytes('merchant_1024_pkcs8.pem'));
const client = new Client({ baseUrl: BASE, umfPublicKey: keyBytes('umf_1024_cert.pem'), merchantKey: merchant });
const umfPrivate = crypto.createPrivateKey(fs.readFileSync(keyPath('umf_1024_pkcs8.pem')));
const utf8 = new TextDecoder();
// The `web` entry point, initialised from bytes as a worker or Deno would.
web.initSync({ module: fs.readFileSync(new URL('../node_modules/umf-sdk/web/umf_sdk_wasm_bg.wasm', import.meta.url)) });

/** A response as UMF signs it: `meta.sign` over the raw text of the primary result member. */
function signed(resultKey, resultText, meta = '"ret_code":"0000","ret_msg":"SUCCESS"') {
  const sign = crypto.sign('sha256', Buffer.from(resultText), umfPrivate).toString('base64');
  return Buffer.from(`{"meta":{${meta},"sign":"${sign}"},"${resultKey}":${resultText}}`);
}

const refund = {
  payment_id: 'PAY_000123',
  notify_url: 'https://shop.example/umf/notify',
  refund_info: {
    mer_reference_id: 'REFUND-1', mer_date: '20240101', amount: { total: '30.00', currency: 'USD' },
  },
};

test('operations() is the core\'s table: 54 rows, one method name each', () => {
  const ops = operations();
  assert.equal(ops.length, 54);
  assert.equal(new Set(ops.map((o) => o.name)).size, 54);
  const create = ops.find((o) => o.id === 'create_payment');
  assert.equal(create.name, 'createPayment');
  assert.equal(create.method, 'POST');
  assert.equal(create.path, '/payments/payment');
  assert.equal(create.signed, true);
  assert.equal(create.retry, 'unsafe');
  assert.deepEqual(create.body, { kind: 'json', model: 'CreatePaymentRequest' });
  assert.deepEqual(create.response, { kind: 'json', shape: 'payment' });
  assert.equal(create.resultType, 'CreatePaymentResult');
  assert.ok(create.encryptedFields.includes('payer.payer_info.bank_card.number'));
  const get = ops.find((o) => o.id === 'get_payment');
  assert.deepEqual(get.pathParams, ['payment_id']);
  assert.equal(get.retry, 'safe');
  assert.equal(get.paramsType, 'GetPaymentParams');
  assert.deepEqual(ops.find((o) => o.id === 'query_card_bin').query, [{ name: 'card', required: true }]);
  assert.equal(baseUrls().sandbox, 'https://uatfx.soopay.net/cberest/v1');
});

test('the operations that need $confirm are exactly those the core refuses unconfirmed', () => {
  for (const op of operations().filter((o) => o.body.kind !== 'token')) {
    const rules = client.validate(op.id, {}).map((p) => p.rule);
    assert.equal(rules.includes('confirmation_required'), op.confirm, op.id);
    if (op.confirm) {
      assert.ok(!client.validate(op.id, { $confirm: true }).some((p) => p.rule === 'confirmation_required'));
    }
  }
});

test('prepare signs in WebAssembly; prepareUnsigned + node:crypto, WebCrypto or wasm give the same bytes', async () => {
  const token = 'tok-123';
  const whole = client.prepare('create_refund', refund, token);
  assert.equal(whole.method, 'POST');
  assert.equal(whole.url, `${BASE}/payments/payment/PAY_000123/refund`);
  assert.equal(whole.headers.Authorization, 'Bearer tok-123');
  assert.deepEqual(JSON.parse(utf8.decode(whole.body)), {
    refund_info: refund.refund_info, notify_url: refund.notify_url,
  });
  // node:crypto verifies it over exactly the body bytes.
  assert.ok(crypto.verify('sha256', whole.body, crypto.createPublicKey(fs.readFileSync(keyPath('merchant_1024_spki.pem'))),
    Buffer.from(whole.headers.Signature, 'base64')));

  const webKey = new web.PrivateKey(keyBytes('merchant_1024_pkcs8.pem'));
  const signers = [
    await createSigner(merchant),
    await createSigner(merchant, { backend: 'wasm' }),
    await web.createSigner(webKey, { subtle: crypto.webcrypto.subtle }),
  ];
  assert.deepEqual(signers.map((s) => s.backend), ['node:crypto', 'wasm', 'webcrypto']);
  for (const signer of signers) {
    const unsigned = client.prepareUnsigned('create_refund', refund, token);
    assert.ok(unsigned instanceof UnsignedRequest);
    assert.equal(unsigned.signatureRequired, true);
    assert.deepEqual(unsigned.bytesToSign, whole.body);
    const request = unsigned.attachSignature(await signer.sign(unsigned.bytesToSign), merchant.publicKey());
    assert.deepEqual(request, whole, signer.backend);
  }
});

test('sensitive fields leave encrypted: openssl decrypts them, both signers sign the same bytes', async () => {
  const card = { number: '6222020000000001234', cvv2: '123', valid_date: '2612', phone: '13800000000' };
  const unsigned = client.prepareUnsigned('send_payment_sms', {
    payment_id: 'PAY_1', payer: { payment_method: 'CREDIT_CARD', payer_info: { bank_card: card } },
  });
  assert.deepEqual(unsigned.encrypted.sort(), [
    'payer.payer_info.bank_card.cvv2', 'payer.payer_info.bank_card.number', 'payer.payer_info.bank_card.valid_date',
  ]);
  const bytes = unsigned.bytesToSign;
  const text = utf8.decode(bytes);
  assert.ok(!text.includes(card.number) && !text.includes('2612'));
  const sent = JSON.parse(text).payer.payer_info.bank_card;
  assert.equal(opensslDecrypt(sent.number), card.number);
  assert.equal(opensslDecrypt(sent.cvv2), card.cvv2);
  assert.equal(sent.phone, card.phone);
  const native = await (await createSigner(merchant)).sign(bytes);
  assert.equal(native, await (await createSigner(merchant, { backend: 'wasm' })).sign(bytes));
  // A signature over other bytes is refused before anything is sent.
  assert.equal(codeOf(() => unsigned.attachSignature(merchant.sign('other'), merchant.publicKey())), 'signature_invalid');
});

test('a device-made marker is passed through, never encrypted twice', () => {
  const device = new PublicKey(keyBytes('umf_1024_spki.pem'));
  const ciphertext = device.encrypt('6222020000000001234');
  const unsigned = client.prepareUnsigned('send_payment_sms', {
    payment_id: 'PAY_1', payer: { payer_info: { bank_card: { number: { $encrypted: ciphertext } } } },
  });
  assert.deepEqual(unsigned.passedThrough, ['payer.payer_info.bank_card.number']);
  assert.equal(JSON.parse(utf8.decode(unsigned.bytesToSign)).payer.payer_info.bank_card.number, ciphertext);
  // A bare ciphertext string is refused (by validation first, else by encryption).
  const bare = { payment_id: 'PAY_1', payer: { payer_info: { bank_card: { number: ciphertext } } } };
  assert.equal(codeOf(() => client.prepare('send_payment_sms', bare)), 'validation_failed');
  const unvalidated = new Client({ baseUrl: BASE, umfPublicKey: keyBytes('umf_1024_cert.pem'), merchantKey: merchant, validate: false });
  assert.equal(codeOf(() => unvalidated.prepare('send_payment_sms', bare)), 'sensitive_value_looks_encrypted');
});

test('GETs are unsigned, with path and query encoded; card BIN queries are encrypted', () => {
  const get = client.prepareUnsigned('get_payment', { payment_id: 'PAY_ü/1' });
  assert.equal(get.signatureRequired, false);
  const request = get.toRequest();
  assert.equal(request.method, 'GET');
  assert.equal(request.url, `${BASE}/payments/payment/PAY_%C3%BC%2F1`);
  assert.equal(request.body.length, 0);
  const bin = client.prepare('query_card_bin', { card: '6222020000000001234' });
  const card = new URL(bin.url).searchParams.get('card');
  assert.equal(opensslDecrypt(card), '6222020000000001234');
  assert.equal(codeOf(() => client.prepareUnsigned('create_refund', refund).toRequest()), 'invalid_request');
});

test('validation reports every problem with its path, rule and severity', () => {
  const problems = client.validate('create_payment', { order: { amount: { total: '1.001', currency: 'USD' } } });
  assert.ok(problems.length >= 3);
  for (const p of problems) {
    assert.equal(typeof p.path, 'string');
    assert.equal(typeof p.rule, 'string');
    assert.ok(['error', 'warning'].includes(p.severity));
  }
  assert.ok(problems.some((p) => p.path === 'order.amount.total' && p.severity === 'error'));
  try {
    client.prepare('create_payment', { order: { amount: { total: '1.001', currency: 'USD' } } });
    assert.fail('invalid');
  } catch (err) {
    assert.ok(err instanceof Error && isUmfError(err));
    assert.equal(err.code, 'validation_failed');
    assert.equal(err.family, 'request');
    assert.ok(err.problems.every((p) => p.severity === 'error'));
    assert.deepEqual(err.problems.map((p) => p.path), problems.filter((p) => p.severity === 'error').map((p) => p.path));
  }
  assert.equal(codeOf(() => client.prepare('no_such_operation', {})), 'unknown_operation');
  assert.equal(codeOf(() => client.prepare('get_payment', { payment_id: 'self_account_balance' })), 'invalid_request');
  assert.throws(() => client.prepare('get_payment', 42), TypeError);
});

test('a device client prepares unsigned requests only', () => {
  const device = new Client({ baseUrl: BASE, umfPublicKey: new PublicKey(keyBytes('umf_1024_cert.pem')) });
  assert.equal(device.hasMerchantKey, false);
  assert.equal(codeOf(() => device.prepare('create_refund', refund)), 'merchant_key_required');
  assert.equal(device.prepareUnsigned('create_refund', refund).signatureRequired, true);
  assert.deepEqual(JSON.parse(JSON.stringify(device)), {
    baseUrl: BASE, umfPublicKey: device.toJSON().umfPublicKey, umfAdditionalPublicKeys: [], merchantKey: null,
  });
  assert.ok(!JSON.stringify(client).includes('BEGIN'));
});

test('parse verifies meta.sign and gives typed results with amounts as the exact text sent', () => {
  const payment = '{"id":"PAY_X","state":"TRADE_SUCCESS","order":{"mer_reference_id":"R1",' +
    '"amount":{"total":100.10,"currency":"USD","total_cny":"698.00","exchange_rate":6.9800}},"unmodelled":{"n":1}}';
  const answer = client.parse('get_payment', { status: 200, headers: { 'content-type': 'application/json' }, body: signed('payment', payment) });
  assert.equal(answer.operation, 'get_payment');
  assert.equal(answer.httpStatus, 200);
  assert.equal(answer.meta.ret_code, '0000');
  // `auto` found the primary-result reading; `meta` is outside it, and says so.
  assert.deepEqual(answer.verification, {
    status: 'verified', scope: 'primary_result', covered: ['payment'], uncovered: ['meta'], keyFingerprint: client.toJSON().umfPublicKey,
  });
  assert.equal(answer.result.state, 'TRADE_SUCCESS');
  assert.deepEqual(answer.result.order.amount, { total: '100.10', currency: 'USD', total_cny: '698.00', exchange_rate: '6.9800' });
  assert.deepEqual(answer.result.unmodelled, { n: 1 });
  assert.deepEqual(answer.links, []);

  const tampered = signed('payment', payment).toString().replace('100.10', '900.10');
  assert.equal(codeOf(() => client.parse('get_payment', { status: 200, body: tampered })), 'signature_invalid');
  const strict = new Client({ baseUrl: BASE, umfPublicKey: keyBytes('umf_1024_cert.pem'), verify: { policy: 'strict' } });
  assert.equal(codeOf(() => strict.parse('get_payment', { status: 200, body: `{"meta":{"ret_code":"0000"},"payment":${payment}}` })), 'signature_missing');
});

test('API errors carry UMF\'s answer, and retryable follows the operation', () => {
  // A meta-only error: its signature covers meta without `sign`.
  const meta = '{"ret_code":"00060774","ret_msg":"refund amount exceeds"}';
  const metaSign = crypto.sign('sha256', Buffer.from(meta), umfPrivate).toString('base64');
  const declined = Buffer.from(`{"meta":${meta.slice(0, -1)},"sign":"${metaSign}"}}`);
  const errorOf = (op, response) => {
    try {
      client.parse(op, response);
    } catch (err) {
      return err;
    }
    assert.fail('no error');
  };
  const err = errorOf('create_refund', { status: 200, body: declined });
  assert.ok(err instanceof Error && isUmfError(err));
  assert.equal(err.code, 'api_error');
  assert.equal(err.family, 'api');
  assert.equal(err.httpStatus, 200);
  assert.equal(err.retCode, '00060774');
  assert.equal(err.retMsg, 'refund amount exceeds');
  assert.equal(err.retryable, false);
  assert.equal(typeof err.class, 'string');

  const unavailable = { status: 503, body: '' };
  assert.equal(errorOf('get_payment', unavailable).retryable, true, 'a read may be retried after a 503');
  assert.equal(errorOf('create_payment', unavailable).retryable, false, 'a payment POST may have gone through');
  const busy = { status: 429, body: '{"meta":{"ret_msg":"slow down"}}' };
  assert.equal(errorOf('create_payment', busy).retryable, true, '429: not processed');
  const expired = errorOf('get_payment', { status: 401, body: '' });
  assert.equal(expired.tokenExpired, true);
  assert.equal(expired.class, 'token_expired');
});

test('errors carry the extra fields the core lists for their code, by their JavaScript names', () => {
  // The core's own list (`umf schema --json`: errors[].fields), read at test time.
  const schema = JSON.parse(execFileSync(process.env.UMF_BIN || '../target/debug/umf', ['schema', '--json'], { encoding: 'utf8' }));
  const fieldsOf = new Map(schema.errors.map((e) => [e.code, e.fields]));
  const thrown = (f) => {
    try {
      f();
    } catch (err) {
      return err;
    }
    return assert.fail('no error');
  };
  // A signed refund answer without `id`, which every get_refund answer carries.
  const missing = thrown(() => client.parse('get_refund', {
    status: 200, body: signed('refund', '{"state":"REFUND_SUCCESS","refund_info":{"mer_reference_id":"R1"}}'),
  }));
  assert.equal(missing.code, 'response_missing_field');
  assert.equal(missing.path, 'refund.id');
  const errors = [
    missing,
    thrown(() => client.parse('create_refund', { status: 503, body: '' })),
    thrown(() => client.prepare('no_such_operation', {})),
    thrown(() => client.prepare('create_payment', { order: {} })),
    thrown(() => new CardEncryptor(keyBytes('umf_1024_cert.pem')).encryptFields('create_payment', {
      payer: { payer_info: { bank_card: { number: '1'.repeat(200) } } },
    })),
    thrown(() => new Client({ baseUrl: BASE, umfPublicKey: keyBytes('merchant_1024_pkcs8.pem') })),
  ];
  const property = (field) => (field === 'name' ? 'header' : field.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()));
  const codes = new Set();
  for (const err of errors) {
    assert.ok(isUmfError(err), String(err));
    assert.ok(fieldsOf.has(err.code), err.code);
    codes.add(err.code);
    for (const field of fieldsOf.get(err.code)) {
      assert.ok(property(field) in err, `${err.code} lacks ${property(field)}`);
    }
  }
  assert.equal(codes.size, errors.length, [...codes].join(', '));
});

test('statement files come back as their bytes and a tolerant parse', () => {
  const raw = fs.readFileSync(`${vectorsDir}/examples/repaired/004_L3444_download_settlement_file.response.csv`);
  const answer = client.parse('download_settlement_file', { status: 200, body: raw });
  assert.ok(answer.result.raw instanceof Uint8Array);
  assert.deepEqual(Buffer.from(answer.result.raw), raw);
  assert.equal(answer.result.statement.layout, 'settlement_detail');
  assert.ok(answer.result.statement.rows.length > 0);
  assert.equal(answer.verification.status, 'unsigned');
});

test('the Authorization spelling is configurable and follows the token', () => {
  const noSpace = new Client({ baseUrl: BASE, umfPublicKey: keyBytes('umf_1024_cert.pem'), authorization: 'bearer_no_space', acceptLanguage: 'zh' });
  const request = noSpace.prepare('get_payment', { payment_id: 'PAY_1' }, 'abc');
  assert.equal(request.headers.Authorization, 'Bearerabc');
  assert.equal(request.headers['Accept-Language'], 'zh');
  assert.equal(client.prepare('list_banks', null).url, `${BASE}/bank`);
  assert.throws(() => new Client({ baseUrl: BASE, umfPublicKey: keyBytes('merchant_1024_pkcs8.pem') }), { code: 'key_wrong_kind' });
});

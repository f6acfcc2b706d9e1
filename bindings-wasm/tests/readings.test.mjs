// The readings of UMF's documents, end to end: each sandbox below serves a few of the readings
// `umf sandbox` offers (signature scope, `Authorization` spelling, acknowledgement format, token
// endpoint and credentials, unsigned errors, pending outcomes, a key change-over), and the SDK
// passes each with nothing but the configuration the README's "Readings of the documents"
// names, while the strict readings refuse the other configuration with a typed error (or, for an
// acknowledgement, with the sandbox's retries). Each reading runs the card flow, a refund and a
// notification delivered to a local endpoint and acknowledged in the format that reading needs.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';

import { Client, PublicKey, TokenManager, UmfClient, acknowledgeNotification, isUmfError, verifyNotification } from 'umf-sdk';
import {
  CARD, CLIENT_ID, CLIENT_SECRET, cardPayment, eventually, merchantPem, printedKeys, startReceiver,
  startSandbox, umfCert,
} from './sandbox.mjs';

const QUICK = { intervalMs: 50, maxIntervalMs: 200, deadlineMs: 10_000 };
// No retries after a refusal: the refusal is the answer under test.
const ONCE = { maxAttempts: 1 };
const NOWHERE = 'http://127.0.0.1:9/notify';
const keys = printedKeys();

const reference = (prefix) => `${prefix}-${randomUUID().slice(0, 12).toUpperCase()}`;
const failure = (promise) => promise.then(() => assert.fail('expected an error'), (err) => err);
const origin = (sandbox) => new URL(sandbox.baseUrl).origin;
const bankCard = (code) => ({ payment_method: 'CREDIT_CARD', payer_info: { bank_card: code ? { ...CARD, verify_code: code } : CARD } });

function clientFor(sandbox, options = {}) {
  return new UmfClient({
    baseUrl: sandbox.baseUrl,
    umfPublicKey: keys.umf_public_key_pem,
    merchantKey: keys.merchant_private_key_pem,
    clientId: keys.client_id,
    clientSecret: keys.client_secret,
    ...options,
  });
}

/** Create, SMS step and execute with the test card. */
async function cardFlow(client, sandbox, notifyUrl) {
  const created = await client.createPayment(cardPayment(reference('JS-RD'), notifyUrl, '20.00'));
  const id = created.result.id;
  await client.sendPaymentSms({ payment_id: id, payer: bankCard() });
  const code = await sandbox.smsCode(id);
  const executed = await client.executePayment({ payment_id: id, payer: bankCard(code) });
  return { id, created, executed };
}

function refund(client, { id, created }, notifyUrl) {
  return client.createRefund({
    payment_id: id,
    notify_url: notifyUrl,
    refund_info: {
      mer_reference_id: reference('JS-RD-R'),
      mer_date: created.result.order.mer_date,
      amount: { total: '5.00', currency: 'USD' },
    },
  });
}

/** A notification endpoint verifying with `client` and acknowledging in `format`. */
function receiverFor(client, format) {
  const notes = [];
  const started = startReceiver((raw, signature) => {
    const note = client.verifyNotification(signature, raw);
    notes.push(note);
    return acknowledgeNotification(note, format);
  });
  return started.then((receiver) => Object.assign(receiver, {
    notes,
    note: (kind, id) => eventually(() => notes.find((n) => n.kind === kind && n.id === id)),
  }));
}

/** The sandbox's record of the notification about `id`, once acknowledged or retried. */
function delivery(sandbox, id) {
  return eventually(async () => (await sandbox.notifications())
    .find((d) => d.object_id === id && (d.acknowledged || d.attempts >= 2)), 10_000);
}

describe('reading A: body without meta, Bearer<token>, form acks, /v1 token endpoint with Basic, unsigned errors', () => {
  let sandbox;
  const configured = (overrides = {}) => clientFor(sandbox, {
    authorization: 'bearer_no_space',
    tokenUrl: `${origin(sandbox)}/v1/oauth/authorize`,
    tokenCredentials: 'basic',
    policy: ONCE,
    ...overrides,
  });
  before(async () => {
    sandbox = await startSandbox([
      '--signature-scope', 'body-without-meta', '--bearer', 'strict-no-space', '--ack', 'form',
      '--token-path', '/v1/oauth/authorize', '--token-credentials', 'basic', '--sign-errors', 'no',
      '--notify-backoff-ms', '50',
    ]);
  });
  after(() => sandbox?.stop());

  test('passes with its configuration', async () => {
    const client = configured();
    assert.equal(client.core.tokenCredentials, 'basic');
    assert.ok(client.core.tokenUrl.endsWith('/v1/oauth/authorize'));
    const receiver = await receiverFor(client, 'form');
    try {
      const flow = await cardFlow(client, sandbox, receiver.url);
      assert.equal(flow.executed.result.state, 'TRADE_SUCCESS');
      const answer = await client.getPayment({ payment_id: flow.id });
      // The default `auto` scope found the reading's signature.
      assert.equal(answer.verification.status, 'verified');
      assert.equal(answer.verification.scope, 'body_without_meta');
      assert.equal(answer.verification.keyFingerprint, keys.umf_public_key_fingerprint);
      const note = await receiver.note('payment', flow.id);
      assert.equal(note.state, 'TRADE_SUCCESS');
      assert.equal(note.keyFingerprint, keys.umf_public_key_fingerprint);
      const record = await delivery(sandbox, flow.id);
      assert.ok(record.acknowledged);
      assert.equal(record.attempts, 1);
      // A refund that succeeds at once is not notified (only a pending one is, later).
      const refunded = await refund(client, flow, receiver.url);
      assert.equal(refunded.result.state, 'REFUND_SUCCESS');
      assert.equal(refunded.verification.scope, 'body_without_meta');
    } finally {
      await receiver.close();
    }
  });

  test('refuses every other setting, typed', async () => {
    // `Bearer <token>` (the default): refused like a bad token.
    let err = await failure(configured({ authorization: undefined }).getRefundableBalance());
    assert.ok(isUmfError(err));
    assert.equal(err.code, 'api_error');
    assert.equal(err.httpStatus, 401);
    // Credentials in the JSON body (the default): no token.
    err = await failure(configured({ tokenCredentials: undefined }).token());
    assert.equal(err.code, 'api_error');
    assert.equal(err.httpStatus, 401);
    // The text's token endpoint (no tokenUrl): nothing served there.
    err = await failure(configured({ tokenUrl: undefined }).token());
    assert.equal(err.code, 'api_error');
    assert.equal(err.httpStatus, 404);
    // A JSON acknowledgement is no acknowledgement here: the sandbox retries.
    const client = configured();
    const receiver = await receiverFor(client, 'json');
    try {
      const flow = await cardFlow(client, sandbox, receiver.url);
      const record = await delivery(sandbox, flow.id);
      assert.equal(record.acknowledged, false);
      assert.ok(record.attempts >= 2);
      assert.equal(record.last_status, 200); // answered, in the wrong format
    } finally {
      await receiver.close();
    }
  });

  test('an unsigned error answer is still the typed error', async () => {
    const err = await failure(configured().getPayment({ payment_id: 'PAY_NO_SUCH_PAYMENT' }));
    assert.equal(err.code, 'api_error');
    assert.ok(err.retCode && err.retCode !== '0000');
    // A client that requires signatures refuses to read it, and says what it claimed.
    const strict = await failure(configured({ verify: { policy: 'strict' } }).getPayment({ payment_id: 'PAY_NO_SUCH_PAYMENT' }));
    assert.equal(strict.code, 'signature_missing');
    assert.equal(strict.unverifiedRetCode, err.retCode);
  });

  test("a client's token manager fetches as the client is set up", () => {
    const core = new Client({
      baseUrl: sandbox.baseUrl,
      umfPublicKey: umfCert(),
      tokenUrl: `${origin(sandbox)}/v1/oauth/authorize`,
      tokenCredentials: 'basic',
    });
    const request = core.tokenManager(CLIENT_ID, CLIENT_SECRET).tokenRequest();
    assert.equal(request.url, `${origin(sandbox)}/v1/oauth/authorize`);
    assert.ok(request.headers.Authorization?.startsWith('Basic ') || request.headers.authorization?.startsWith('Basic '));
    assert.ok(!new TextDecoder().decode(request.body).includes(CLIENT_SECRET));
    const standalone = new TokenManager(CLIENT_ID, CLIENT_SECRET, core.tokenUrl, { tokenCredentials: 'basic' });
    assert.deepEqual(standalone.tokenRequest().body, request.body);
    assert.throws(() => core.tokenManager(CLIENT_ID, CLIENT_SECRET, { tokenCredentials: 'json' }), TypeError);
    assert.throws(() => new Client({ baseUrl: sandbox.baseUrl, umfPublicKey: umfCert(), tokenCredentials: 'form' }), TypeError);
  });
});

describe('reading B: body without meta.sign, Bearer <token>, acks with the id, JSON credentials, pending outcomes', () => {
  let sandbox;
  before(async () => {
    sandbox = await startSandbox([
      '--signature-scope', 'body-without-sign', '--bearer', 'strict-space', '--ack', 'json-with-id',
      '--token-credentials', 'json', '--outcomes', 'async', '--settle-delay-ms', '200',
      '--notify-backoff-ms', '50',
    ]);
  });
  after(() => sandbox?.stop());

  test('passes with its configuration (the defaults, and the acknowledgement format)', async () => {
    const client = clientFor(sandbox);
    const receiver = await receiverFor(client, 'json_with_id');
    try {
      const flow = await cardFlow(client, sandbox, receiver.url);
      assert.equal(flow.executed.result.state, 'WAIT_BUYER_PAY'); // pending, 004:L2568
      const done = await client.waitForPayment(flow.id, { poll: QUICK });
      assert.equal(done.result.state, 'TRADE_SUCCESS');
      assert.equal(done.verification.scope, 'body_without_sign');
      assert.equal((await receiver.note('payment', flow.id)).state, 'TRADE_SUCCESS');
      assert.equal((await delivery(sandbox, flow.id)).attempts, 1);

      const refunded = await refund(client, flow, receiver.url);
      assert.equal(refunded.result.state, 'REFUND_PROCESS');
      const settled = await client.waitForRefund(refunded.result.id, { poll: QUICK });
      assert.equal(settled.result.state, 'REFUND_SUCCESS');
      assert.equal((await receiver.note('refund', refunded.result.id)).state, 'REFUND_SUCCESS');
      assert.equal((await delivery(sandbox, refunded.result.id)).attempts, 1);
    } finally {
      await receiver.close();
    }
  });

  test('refuses every other setting', async () => {
    let err = await failure(clientFor(sandbox, { authorization: 'bearer_no_space', policy: ONCE }).getRefundableBalance());
    assert.equal(err.code, 'api_error');
    assert.equal(err.httpStatus, 401);
    err = await failure(clientFor(sandbox, { tokenCredentials: 'basic', policy: ONCE }).token());
    assert.equal(err.code, 'api_error');
    // The plain JSON acknowledgement lacks the id this reading wants: retried.
    const client = clientFor(sandbox);
    const receiver = await receiverFor(client, 'json');
    try {
      const flow = await cardFlow(client, sandbox, receiver.url);
      await client.waitForPayment(flow.id, { poll: QUICK });
      const record = await delivery(sandbox, flow.id);
      assert.equal(record.acknowledged, false);
      assert.ok(record.attempts >= 2);
    } finally {
      await receiver.close();
    }
  });
});

test('a key change-over mid-flow: both keys keep working, the old key alone fails closed', async () => {
  const sandbox = await startSandbox();
  try {
    const both = clientFor(sandbox, {
      umfAdditionalPublicKeys: [keys.umf_next_public_key_pem],
      verify: { policy: 'strict' },
    });
    const onlyOld = clientFor(sandbox, { verify: { policy: 'strict' } });
    assert.deepEqual(both.core.umfKeyFingerprints, [keys.umf_public_key_fingerprint, keys.umf_next_public_key_fingerprint]);
    assert.deepEqual(both.toJSON().umfAdditionalPublicKeys, [keys.umf_next_public_key_fingerprint]);
    const receiver = await receiverFor(both, 'json');
    try {
      const created = await both.createPayment(cardPayment(reference('JS-ROT'), receiver.url, '15.00'));
      assert.equal(created.verification.keyFingerprint, keys.umf_public_key_fingerprint);
      const id = created.result.id;
      await both.sendPaymentSms({ payment_id: id, payer: bankCard() });

      const rotated = await sandbox.admin('POST', '/keys/rotate');
      assert.equal(rotated.umf_public_key_fingerprint, keys.umf_next_public_key_fingerprint);

      const code = await sandbox.smsCode(id);
      const executed = await both.executePayment({ payment_id: id, payer: bankCard(code) });
      assert.equal(executed.result.state, 'TRADE_SUCCESS');
      assert.equal(executed.verification.keyFingerprint, keys.umf_next_public_key_fingerprint);
      assert.equal((await receiver.note('payment', id)).keyFingerprint, keys.umf_next_public_key_fingerprint);
      // The free function takes the key set too.
      const { raw, signature } = receiver.received[0];
      const keySet = [new PublicKey(keys.umf_public_key_pem), new PublicKey(keys.umf_next_public_key_pem)];
      assert.equal(verifyNotification(keySet, signature, raw).keyFingerprint, keys.umf_next_public_key_fingerprint);
      assert.throws(() => verifyNotification(keySet[0], signature, raw), (e) => e.family === 'signature');

      const refunded = await refund(both, { id, created }, receiver.url);
      assert.equal(refunded.result.state, 'REFUND_SUCCESS');
      assert.equal(refunded.verification.keyFingerprint, keys.umf_next_public_key_fingerprint);

      // Fails closed: an answer signed with a key it does not hold is refused, typed. (The new
      // key is longer: its signature does not even fit the old key.)
      const err = await failure(onlyOld.getPayment({ payment_id: id }));
      assert.ok(isUmfError(err));
      assert.equal(err.family, 'signature');
      assert.ok(['signature_invalid', 'signature_malformed'].includes(err.code), err.code);
    } finally {
      await receiver.close();
    }
  } finally {
    sandbox.stop();
  }
});

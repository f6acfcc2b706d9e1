// Failure drills against the sandbox, completing faults.test.mjs (which checks each fault's
// error code and `retryable` through UmfClient's own counters). Here the sandbox's own books say
// what happened: how many requests it served, how many payments and refunds it holds, how many
// tokens it issued, which notifications it delivered. Each drill checks the promises of the
// README and of UmfClient: a payment or refund POST that may have gone through is never sent a
// second time by the SDK (nothing double-charged; the merchant reconciles with the same
// mer_reference_id), one answered 429 (not processed) is sent again by the core's policy,
// nothing is accepted unverified, a revoked token is replaced once and never looped on, and
// duplicated or re-ordered notifications are applied once by a handler that skips repeats by
// their idempotency key. Errors are told apart by their stable code, never by message.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';

import { TokenManager, isUmfError } from 'umf-sdk';
import {
  CARD, CLIENT_ID, CLIENT_SECRET, cardPayment, eventually, merDate, merchantClient, qrPayment, startReceiver,
  startSandbox,
} from './sandbox.mjs';

let sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(() => sandbox?.stop());

const failure = (promise) => promise.then(() => assert.fail('expected an error'), (err) => err);
const reference = (prefix) => `${prefix}-${randomUUID().slice(0, 12).toUpperCase()}`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A merchant's client, holding its token already (so the books count API calls only). */
async function readyClient(options) {
  const client = merchantClient(sandbox, options);
  await client.token();
  return client;
}

const LATENCY_MS = 1200;
const TIMEOUT_MS = 300;

// The faults a state-changing POST can meet: the fault, how the caller's options meet it, the
// error (its stable code, or for the caller's own signal its name), and whether the sandbox
// processes the request all the same. A status fault or a drop answers before processing; a bad
// signature spoils the answer to a request that was processed; a request whose client gave up
// during the latency may or may not be processed (`null`): the merchant cannot know either.
const POST_FAULTS = [
  { name: 'HTTP 500', fault: { kind: 'status', status: 500 }, code: 'api_error', processed: false },
  { name: 'HTTP 503', fault: { kind: 'status', status: 503 }, code: 'api_error', processed: false },
  { name: 'a dropped connection', fault: { kind: 'drop' }, code: 'transport_error', processed: false },
  {
    name: 'latency past the client\'s timeout', fault: { kind: 'latency', ms: LATENCY_MS }, code: 'timeout',
    processed: null, options: () => ({ timeoutMs: TIMEOUT_MS }),
  },
  {
    name: 'latency past the caller\'s AbortSignal', fault: { kind: 'latency', ms: LATENCY_MS }, errorName: 'TimeoutError',
    processed: null, options: () => ({ timeoutMs: 0, signal: AbortSignal.timeout(TIMEOUT_MS) }),
  },
  { name: 'a bad response signature', fault: { kind: 'bad_signature' }, code: 'signature_invalid', processed: true },
];

/** The error of `promise`, checked against the drill's expectation. */
async function expectFailure(drill, promise) {
  const err = await failure(promise);
  if (drill.errorName) {
    assert.equal(err.name, drill.errorName, 'the caller\'s signal\'s reason, as fetch throws it');
  } else {
    assert.ok(isUmfError(err));
    assert.equal(err.code, drill.code);
    assert.equal(err.retryable, false, 'it may have gone through');
  }
  return err;
}

function assertProcessed(count, processed) {
  if (processed === null) assert.ok(count === 0 || count === 1, `${count} processed`);
  else assert.equal(count, processed ? 1 : 0);
}

/** Lets the sandbox finish a request whose client gave up before its books are read. */
async function settle(drill) {
  if (drill.fault.kind === 'latency') await sleep(drill.fault.ms + 300);
}

for (const drill of POST_FAULTS) {
  test(`payment POST meeting ${drill.name}: sent once, reconciled to exactly one payment`, async () => {
    const client = await readyClient();
    const ref = reference('JS-DRILL');
    const before = await sandbox.health();
    await sandbox.fault({ op: 'create_payment', times: 1, ...drill.fault });
    await expectFailure(drill, client.createPayment(qrPayment(ref, ''), drill.options?.()));
    await settle(drill);
    const failed = await sandbox.health();
    assert.equal(failed.requests_served, before.requests_served + 1, 'one attempt: the SDK never sends a payment twice');
    assertProcessed(failed.payments - before.payments, drill.processed);

    // The merchant reconciles: the same mer_reference_id with the same content is the same
    // payment (paid at most once), however often it is sent.
    const first = await client.createPayment(qrPayment(ref, ''));
    const again = await client.createPayment(qrPayment(ref, ''));
    assert.equal(again.result.id, first.result.id);
    assert.equal((await sandbox.health()).payments, before.payments + 1, 'exactly one payment exists');
    const read = await client.getPayment({ payment_id: first.result.id });
    assert.equal(read.verification.status, 'verified');
    assert.equal(read.result.order.mer_reference_id, ref);
  });

  test(`refund POST meeting ${drill.name}: sent once, reconciled to exactly one refund`, async () => {
    const client = await readyClient();
    const paid = (await client.createPayment(qrPayment(reference('JS-RDRILL'), '', '20.00'))).result.id;
    await sandbox.complete(paid);
    const refund = { mer_reference_id: reference('JS-REFUND'), mer_date: merDate(), amount: { total: '1.00', currency: 'USD' } };
    const before = await sandbox.health();
    await sandbox.fault({ op: 'create_refund', times: 1, ...drill.fault });
    await expectFailure(drill, client.createRefund({ payment_id: paid, refund_info: refund }, drill.options?.()));
    await settle(drill);
    const failed = await sandbox.health();
    assert.equal(failed.requests_served, before.requests_served + 1, 'one attempt: the SDK never sends a refund twice');
    const wentThrough = failed.refunds - before.refunds;
    assertProcessed(wentThrough, drill.processed);

    // Sent again by the merchant: refused as a duplicate when the first one went through.
    if (wentThrough) {
      const duplicate = await failure(client.createRefund({ payment_id: paid, refund_info: refund }));
      assert.equal(duplicate.code, 'api_error');
      assert.equal(duplicate.duplicate, true);
      assert.equal(duplicate.retryable, false);
    } else {
      assert.ok((await client.createRefund({ payment_id: paid, refund_info: refund })).result.id);
    }
    assert.equal((await sandbox.health()).refunds, before.refunds + 1, 'exactly one refund exists');
    // The sandbox signs the payment only: its refunds arrive uncovered, never in `result`.
    const withRefunds = (await client.getPaymentWithRefunds({ payment_id: paid })).uncovered;
    assert.deepEqual(withRefunds.refund.refund_infos.map((r) => r.amount.total), ['1.00']);
  });
}

test('a read that times out, is dropped or answered 502 is sent again by the core, and answers', async () => {
  const client = await readyClient();
  for (const [fault, reason] of [
    [{ kind: 'latency', ms: LATENCY_MS }, 'timeout'],
    [{ kind: 'drop' }, 'interrupted'],
    [{ kind: 'status', status: 502 }, 'server_error'],
  ]) {
    const before = (await sandbox.health()).requests_served;
    await sandbox.fault({ op: 'get_exchange_rate', times: 1, ...fault });
    const retriesBefore = client.stats.retries;
    const answer = await client.getExchangeRate({ currency: 'USD' }, { timeoutMs: TIMEOUT_MS });
    assert.ok(answer.result.exchange_rates.length > 0, reason);
    assert.equal(client.stats.retries, retriesBefore + 1);
    if (fault.kind === 'latency') await sleep(fault.ms + 300);
    assert.equal((await sandbox.health()).requests_served, before + 2, `${reason}: two attempts`);
  }
});

test('with maxAttempts 1 a failed read is reported, not retried', async () => {
  const client = await readyClient({ policy: { maxAttempts: 1 } });
  for (const [fault, code] of [
    [{ kind: 'latency', ms: LATENCY_MS }, 'timeout'],
    [{ kind: 'drop' }, 'transport_error'],
    [{ kind: 'status', status: 502 }, 'api_error'],
  ]) {
    const before = (await sandbox.health()).requests_served;
    await sandbox.fault({ op: 'get_exchange_rate', times: 1, ...fault });
    const err = await failure(client.getExchangeRate({ currency: 'USD' }, { timeoutMs: TIMEOUT_MS }));
    assert.equal(err.code, code);
    assert.equal(err.retryable, true, 'a read may be retried, by the caller');
    if (fault.kind === 'latency') await sleep(fault.ms + 300);
    assert.equal((await sandbox.health()).requests_served, before + 1, `${code}: one attempt`);
  }
});

test('a payment POST answered 429 (not processed) is sent again by the core, and paid once', async () => {
  const client = await readyClient();
  const ref = reference('JS-429');
  const before = await sandbox.health();
  await sandbox.fault({ op: 'create_payment', kind: 'status', status: 429, times: 1 });
  assert.equal((await client.createPayment(qrPayment(ref, ''))).result.order.mer_reference_id, ref);
  let now = await sandbox.health();
  assert.equal(now.requests_served, before.requests_served + 2, '429, then the same bytes again');
  assert.equal(now.payments, before.payments + 1);
  assert.equal(client.stats.retries, 1);

  // 429 at every attempt: out of attempts, the error says it may be sent again.
  await sandbox.fault({ op: 'create_payment', kind: 'status', status: 429, times: 3 });
  const err = await failure(client.createPayment(qrPayment(reference('JS-429'), '')));
  assert.equal(err.code, 'api_error');
  assert.equal(err.httpStatus, 429);
  assert.equal(err.retryable, true);
  now = await sandbox.health();
  assert.equal(now.requests_served, before.requests_served + 5);
  assert.equal(now.payments, before.payments + 1, 'never processed');
});

/** Another deployment sharing the client id takes a token: UMF revokes the previous one. */
async function issueTokenElsewhere() {
  const manager = new TokenManager(CLIENT_ID, CLIENT_SECRET, `${sandbox.baseUrl}/oauth/authorize`);
  const request = manager.tokenRequest();
  const res = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
  assert.equal(res.status, 200);
  await res.arrayBuffer();
}

for (const op of ['get_refundable_balance', 'create_payment']) {
  test(`${op} with a token revoked by another issue: replaced once, sent again once`, async () => {
    const client = await readyClient();
    const params = op === 'create_payment' ? qrPayment(reference('JS-REVOKED'), '') : {};
    await issueTokenElsewhere();
    const before = await sandbox.health();
    const answer = await client.call(op, params);
    assert.equal(answer.verification.status, 'verified');
    const now = await sandbox.health();
    assert.equal(now.tokens_issued, before.tokens_issued + 1);
    // Refused (revoked), the token request, the same signed bytes again.
    assert.equal(now.requests_served, before.requests_served + 3);
    assert.equal(now.payments, before.payments + (op === 'create_payment' ? 1 : 0));
    assert.deepEqual(client.stats, {
      requests: 2, tokenRequests: 2, sharedTokens: 0, tokenReplays: 1, retries: 0, storeFailures: 0,
    });
  });
}

test('a token revoked again right after the refresh is an error, not a loop, and nothing is paid', async () => {
  let tokenRequests = 0;
  // Right after the client's second token request, another deployment takes a token too: the
  // refreshed token is revoked before the client can use it.
  const revokingFetch = async (url, init) => {
    const res = await fetch(url, init);
    if (String(url).endsWith('/oauth/authorize') && ++tokenRequests === 2) {
      const body = await res.arrayBuffer();
      await issueTokenElsewhere();
      return new Response(body, { status: res.status, headers: res.headers });
    }
    return res;
  };
  const client = await readyClient({ fetch: revokingFetch });
  await issueTokenElsewhere();
  const before = await sandbox.health();
  const ref = reference('JS-LOOP');
  const err = await failure(client.createPayment(qrPayment(ref, '')));
  assert.equal(err.code, 'api_error');
  assert.equal(err.tokenExpired, true);
  assert.equal(err.retryable, false);
  const now = await sandbox.health();
  // Refused, one refresh (and the other deployment's), the one retry, refused: then stop.
  assert.equal(now.requests_served, before.requests_served + 4);
  assert.equal(now.tokens_issued, before.tokens_issued + 2);
  assert.equal(now.payments, before.payments, 'never processed with a dead token');
  assert.equal(tokenRequests, 2);
  // The next call gets a fresh token, and the payment is made once.
  assert.equal((await client.createPayment(qrPayment(ref, ''))).result.order.mer_reference_id, ref);
  assert.equal((await sandbox.health()).payments, before.payments + 1);
});

/**
 * A merchant's notification endpoint written as the README recommends: verify the raw body
 * (a 400 otherwise, so UMF retries), skip what was handled already (by idempotency key), apply,
 * acknowledge. It lists what it applied, in order, and keeps each object's state.
 */
async function startLedger(client) {
  const ledger = { handled: new Set(), applied: [], states: new Map(), refused: 0 };
  ledger.receiver = await startReceiver((raw, signature) => {
    let note;
    try {
      note = client.verifyNotification(signature, raw);
    } catch (err) {
      ledger.refused++;
      throw err;
    }
    if (!ledger.handled.has(note.idempotencyKey)) {
      ledger.handled.add(note.idempotencyKey);
      ledger.applied.push(note.idempotencyKey);
      if (note.state) ledger.states.set(note.id, note.state);
    }
    return client.acknowledgeNotification(note);
  });
  return ledger;
}

const deliveriesOf = async (...ids) => (await sandbox.notifications()).filter((d) => ids.includes(d.object_id));

/** A card payment taken to TRADE_SUCCESS through SMS and execute; its id. */
async function paidByCard(client, notifyUrl) {
  const id = (await client.createPayment(cardPayment(reference('JS-NOTE'), notifyUrl, '20.00'))).result.id;
  const card = { payment_method: 'CREDIT_CARD', payer_info: { bank_card: { ...CARD } } };
  await client.sendPaymentSms({ payment_id: id, payer: card });
  card.payer_info.bank_card.verify_code = await sandbox.smsCode(id);
  assert.equal((await client.executePayment({ payment_id: id, payer: card })).result.state, 'TRADE_SUCCESS');
  return id;
}

test('duplicated notifications are applied once', async () => {
  const client = await readyClient();
  const ledger = await startLedger(client);
  try {
    const { url, received } = ledger.receiver;
    await sandbox.fault({ op: 'execute_payment', kind: 'duplicate_notification', times: 1 });
    const payment = await paidByCard(client, url);
    await sandbox.fault({ op: 'create_async_refund', kind: 'duplicate_notification', times: 1 });
    const refund = (await client.createAsyncRefund({
      payment_id: payment,
      notify_url: url,
      refund_info: { mer_reference_id: reference('JS-DUPR'), mer_date: merDate(), amount: { total: '5.00', currency: 'USD' } },
    })).result.id;
    await eventually(() => received.length === 4, 10_000);
    // Every delivery acknowledged, so the repeats were the sender's, not retries.
    const delivered = await eventually(async () => {
      const ds = await deliveriesOf(payment, refund);
      return ds.length === 4 && ds.every((d) => d.acknowledged) && ds;
    });
    assert.equal(delivered.filter((d) => d.duplicate).length, 2);
    assert.ok(received.every((r) => r.status === 200));
    assert.deepEqual(ledger.applied, [`payment:${payment}:TRADE_SUCCESS`, `refund:${refund}:REFUND_SUCCESS`]);
    assert.ok(received.length > ledger.applied.length, 'deliveries outnumber events');
    assert.deepEqual(Object.fromEntries(ledger.states), { [payment]: 'TRADE_SUCCESS', [refund]: 'REFUND_SUCCESS' });
    assert.equal(ledger.refused, 0);
  } finally {
    await ledger.receiver.close();
  }
});

test('re-ordered notifications are each applied once; replays and forgeries never are', async () => {
  const client = await readyClient();
  const ledger = await startLedger(client);
  try {
    const { url, received } = ledger.receiver;
    const qr = [];
    for (let i = 0; i < 2; i++) qr.push((await client.createPayment(qrPayment(reference('JS-ORD'), url))).result.id);
    // Held back (400 ms in the sandbox): the two that follow overtake it.
    await sandbox.fault({ op: 'execute_payment', kind: 'reorder_notifications', times: 1 });
    const card = await paidByCard(client, url);
    await sandbox.complete(qr[0], 'TRADE_SUCCESS');
    await sandbox.complete(qr[1], 'TRADE_CLOSED');
    await eventually(() => ledger.applied.length === 3, 10_000);
    assert.equal(ledger.applied[2], `payment:${card}:TRADE_SUCCESS`, 'the held one arrived last');
    assert.deepEqual(new Set(ledger.applied.slice(0, 2)), new Set([`payment:${qr[0]}:TRADE_SUCCESS`, `payment:${qr[1]}:TRADE_CLOSED`]));
    assert.deepEqual(Object.fromEntries(ledger.states), { [card]: 'TRADE_SUCCESS', [qr[0]]: 'TRADE_SUCCESS', [qr[1]]: 'TRADE_CLOSED' });

    // The same events again, as UMF retries them: acknowledged, never applied twice.
    const deliveries = await deliveriesOf(card, ...qr);
    assert.equal(deliveries.length, 3);
    for (const d of deliveries) {
      const res = await fetch(url, { method: 'POST', headers: { Signature: d.signature }, body: d.body });
      assert.equal(res.status, 200);
    }
    // Forged from a genuine delivery: a changed state under the genuine signature, no
    // signature, a signature that is not one. Never acknowledged, never applied.
    const genuine = deliveries.find((d) => d.object_id === qr[1]);
    const forged = genuine.body.replace('TRADE_CLOSED', 'TRADE_SUCCESS');
    assert.notEqual(forged, genuine.body);
    for (const headers of [{ Signature: genuine.signature }, {}, { Signature: 'AAAA' }]) {
      const res = await fetch(url, { method: 'POST', headers, body: forged });
      assert.equal(res.status, 400);
    }
    assert.equal(received.length, 9);
    assert.equal(ledger.refused, 3);
    assert.equal(ledger.applied.length, 3, 'replays and forgeries applied nothing');
    assert.equal(ledger.states.get(qr[1]), 'TRADE_CLOSED');
    assert.equal((await client.getPayment({ payment_id: qr[1] })).result.state, 'TRADE_CLOSED');
  } finally {
    await ledger.receiver.close();
  }
});

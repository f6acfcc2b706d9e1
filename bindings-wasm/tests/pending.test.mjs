// Pending outcomes end to end: a sandbox that reports payments and refunds as 004:L2568 and
// L2794 describe them (`--outcomes async`: WAIT_BUYER_PAY, REFUND_PROCESS, the result by query
// and notification later), waited for by waitForPayment / waitForRefund with the core's Poller
// deciding every sleep.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';

import { Poller, isUmfError } from 'umf-sdk';
import { CARD, cardPayment, merchantClient, startSandbox } from './sandbox.mjs';

const SETTLE_MS = 600;
const QUICK = { intervalMs: 100, maxIntervalMs: 200, deadlineMs: 5_000, backoff: 2 };
// Nothing listens here: the sandbox's deliveries fail, which these tests do not read.
const NOWHERE = 'http://127.0.0.1:9/notify';

let sandbox;
let client;
before(async () => {
  sandbox = await startSandbox(['--outcomes', 'async', '--settle-delay-ms', String(SETTLE_MS)]);
  client = merchantClient(sandbox);
});
after(() => sandbox?.stop());

const reference = (prefix) => `${prefix}-${randomUUID().slice(0, 12).toUpperCase()}`;
const failure = (promise) => promise.then(() => assert.fail('expected an error'), (err) => err);

async function executed(ref, total) {
  const created = await client.createPayment(cardPayment(ref, NOWHERE, total));
  const id = created.result.id;
  await client.sendPaymentSms({ payment_id: id, payer: { payment_method: 'CREDIT_CARD', payer_info: { bank_card: CARD } } });
  const code = await sandbox.smsCode(id);
  const answer = await client.executePayment({
    payment_id: id,
    payer: { payment_method: 'CREDIT_CARD', payer_info: { bank_card: { ...CARD, verify_code: code } } },
  });
  return { created, answer, id };
}

test('the poller: final states end the wait, pending ones sleep, the deadline throws outcome_pending', () => {
  const poller = new Poller('payment', { intervalMs: 1_000, maxIntervalMs: 4_000, deadlineMs: 15_000, backoff: 2 }, 0);
  assert.equal(poller.queryOperation, 'get_payment');
  const sleeps = [];
  let now = 0;
  for (;;) {
    let ms;
    try {
      ms = poller.observe('WAIT_BUYER_PAY', now);
    } catch (err) {
      assert.ok(isUmfError(err));
      assert.equal(err.code, 'outcome_pending');
      assert.equal(err.family, 'transport');
      assert.equal(err.state, 'WAIT_BUYER_PAY');
      assert.equal(err.waitedMs, 15_000);
      assert.equal(err.pending, true);
      break;
    }
    sleeps.push(ms);
    now += ms;
  }
  assert.deepEqual(sleeps, [1_000, 2_000, 4_000, 4_000, 4_000]);
  const refund = new Poller('refund', undefined, 0);
  assert.equal(refund.observe('REFUND_PROCESS', 0), 1_000);
  assert.equal(refund.observe('REFUND_SUCCESS', 1_000), undefined);
  assert.throws(() => new Poller('order'), TypeError);
  assert.throws(() => new Poller('payment', { intervalMs: -1 }), TypeError);
});

test('a pending payment and refund are waited for until final', async () => {
  const { created, answer, id } = await executed(reference('JS-WAIT'), '30.00');
  assert.equal(answer.result.state, 'WAIT_BUYER_PAY');
  const started = Date.now();
  const paid = await client.waitForPayment(id, { poll: QUICK });
  assert.equal(paid.result.state, 'TRADE_SUCCESS');
  assert.equal(paid.operation, 'get_payment');
  assert.ok(Date.now() - started >= SETTLE_MS * 0.8, 'it waited for the settlement');

  const refund = await client.createRefund({
    payment_id: id,
    notify_url: NOWHERE,
    refund_info: {
      mer_reference_id: reference('JS-WAIT-R'), mer_date: created.result.order.mer_date,
      amount: { total: '10.00', currency: 'USD' },
    },
  });
  assert.equal(refund.result.state, 'REFUND_PROCESS');
  const settled = await client.waitForRefund(refund.result.id, { poll: QUICK });
  assert.equal(settled.result.state, 'REFUND_SUCCESS');
  assert.equal(settled.operation, 'get_refund');
});

test('a wait that outlasts its deadline throws outcome_pending with the last state', async () => {
  const created = await client.createPayment(cardPayment(reference('JS-LATE'), NOWHERE, '5.00'));
  // Never executed: it stays WAIT_BUYER_PAY.
  const err = await failure(client.waitForPayment(created.result.id, {
    poll: { intervalMs: 50, maxIntervalMs: 50, deadlineMs: 300 },
  }));
  assert.equal(err.code, 'outcome_pending');
  assert.equal(err.state, 'WAIT_BUYER_PAY');
  assert.equal(err.operation, 'get_payment');
  assert.ok(err.waitedMs >= 300 && err.waitedMs < 3_000, String(err.waitedMs));
});

test('an aborted wait stops at once with the abort reason', async () => {
  const created = await client.createPayment(cardPayment(reference('JS-ABORT'), NOWHERE, '5.00'));
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error('enough')), 150);
  const err = await failure(client.waitForPayment(created.result.id, { signal: controller.signal, poll: QUICK }));
  assert.equal(err.message, 'enough');
});

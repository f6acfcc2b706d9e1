// End to end against the local UMF sandbox, through UmfClient on Node's fetch: a card payment
// with SMS, a QR payment, refunds, a device-encrypted card relayed by the server, and
// notifications received and verified by a local Node HTTP server. The sandbox checks every
// request signature over the bytes it received and decrypts every sensitive field; its answers
// are signed and verified here with policy `strict`.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { CardEncryptor } from 'umf-sdk/device';
import {
  CARD, cardPayment, eventually, merchantClient, qrPayment, startReceiver, startSandbox, umfCert,
} from './sandbox.mjs';

let sandbox;
let receiver;
let client;
const inbox = new Map();

before(async () => {
  sandbox = await startSandbox();
  client = merchantClient(sandbox);
  // The merchant's notify_url: verify the Signature header over the raw body, keep the
  // notification once per idempotency key, acknowledge. Anything unverified gets a 400 (UMF
  // retries), never an acknowledgement.
  receiver = await startReceiver((raw, signature) => {
    const n = client.verifyNotification(signature, raw);
    if (!inbox.has(n.idempotencyKey)) inbox.set(n.idempotencyKey, n);
    return client.acknowledgeNotification(n);
  });
});

after(async () => {
  sandbox?.stop();
  await receiver?.close();
});

const notified = (key) => eventually(() => inbox.get(key));

async function payByCard(reference, total = '100.00') {
  const created = await client.createPayment(cardPayment(reference, receiver.url, total));
  const id = created.result.id;
  const card = { payment_method: 'CREDIT_CARD', payer_info: { bank_card: CARD } };
  await client.sendPaymentSms({ payment_id: id, payer: card });
  const code = await sandbox.smsCode(id);
  const executed = await client.executePayment({
    payment_id: id,
    payer: { payment_method: 'CREDIT_CARD', payer_info: { bank_card: { ...CARD, verify_code: code } } },
  });
  return { created, executed, id };
}

test('card payment: create, SMS, execute, notification, query', async () => {
  const { created, executed, id } = await payByCard('JS-CARD-0001');
  assert.match(id, /^PAY_/);
  assert.equal(created.operation, 'create_payment');
  assert.equal(created.result.state, 'WAIT_BUYER_PAY');
  assert.deepEqual(created.verification.covered, ['payment']);
  assert.equal(created.verification.status, 'verified');
  assert.equal(created.result.order.amount.total, '100.00');
  assert.equal(typeof created.result.order.amount.total_cny, 'string');
  assert.equal(executed.result.state, 'TRADE_SUCCESS');

  const note = await notified(`payment:${id}:TRADE_SUCCESS`);
  assert.equal(note.kind, 'payment');
  assert.equal(note.payment.id, id);
  assert.equal(note.payment.order.amount.total, '100.00');

  const got = await client.getPayment({ payment_id: id });
  assert.equal(got.result.state, 'TRADE_SUCCESS');
  assert.match(got.result.settle_date, /^\d{8}$/);
  assert.equal(got.verification.status, 'verified');
  // The sandbox saw the acknowledgement: delivered once, not retried.
  const deliveries = (await sandbox.notifications()).filter((d) => JSON.stringify(d).includes(id));
  assert.ok(deliveries.length >= 1);
});

test('QR payment: create, the customer pays, notification, query', async () => {
  const created = await client.createPayment(qrPayment('JS-QR-0001', receiver.url, '20.00'));
  const id = created.result.id;
  assert.equal(created.result.state, 'WAIT_BUYER_PAY');
  assert.ok(created.result.payer.payer_info.qr_code_scan.qr_code_url);
  await sandbox.complete(id, 'TRADE_SUCCESS');
  const note = await notified(`payment:${id}:TRADE_SUCCESS`);
  assert.equal(note.state, 'TRADE_SUCCESS');
  assert.equal((await client.getPayment({ payment_id: id })).result.state, 'TRADE_SUCCESS');
});

test('refunds: part of a card payment, an asynchronous one, then more than is left is refused', async () => {
  const { id } = await payByCard('JS-CARD-0002');
  const refundInfo = (reference, total) => ({
    mer_reference_id: reference, mer_date: cardPayment('x', '').order.mer_date,
    amount: { total, currency: 'USD' },
    sub_orders: [{
      mer_sub_reference_id: 'JS-CARD-0002-S1', trans_code: '01122030', amount: { total, currency: 'USD' },
      items: [{ mer_item_id: 'TEA-01' }],
    }],
  });
  const refunded = await client.createRefund({
    payment_id: id, notify_url: receiver.url, refund_info: refundInfo('JS-REFUND-0001', '30.00'),
  });
  assert.equal(refunded.result.state, 'REFUND_SUCCESS');
  assert.equal(refunded.result.refund_info.amount.total, '30.00');
  assert.equal((await client.getRefund({ refund_id: refunded.result.id })).result.id, refunded.result.id);

  // Asynchronous: accepted in process, settled later, and the merchant is notified.
  const pending = await client.createAsyncRefund({
    payment_id: id, notify_url: receiver.url, refund_info: refundInfo('JS-REFUND-0002', '20.00'),
  });
  assert.notEqual(pending.result.state, 'REFUND_SUCCESS');
  const note = await notified(`refund:${pending.result.id}:REFUND_SUCCESS`);
  assert.equal(note.refund.refund_info.amount.total, '20.00');
  assert.equal((await client.getRefund({ refund_id: pending.result.id })).result.state, 'REFUND_SUCCESS');

  const err = await client.createRefund({
    payment_id: id, refund_info: refundInfo('JS-REFUND-0003', '50.01'),
  }).then(() => assert.fail('refunded more than was paid'), (e) => e);
  assert.equal(err.code, 'api_error');
  assert.equal(err.retCode, '00060774');
  assert.equal(err.retryable, false);
  assert.equal(typeof err.retMsg, 'string');
});

test('a card encrypted on the device reaches UMF through the server untouched', async () => {
  // The page: only the UMF public key; the card leaves it as {"$encrypted": …} markers.
  const device = new CardEncryptor(umfCert());
  const { payload } = device.encryptFields('send_payment_sms', {
    payer: { payment_method: 'CREDIT_CARD', payer_info: { bank_card: CARD } },
  });
  const relayed = JSON.parse(JSON.stringify(payload)); // what the server receives from the page
  assert.ok(!JSON.stringify(relayed).includes(CARD.number));
  assert.deepEqual(Object.keys(relayed.payer.payer_info.bank_card.number), ['$encrypted']);

  // The server: creates the payment, relays the markers (passed through, never re-encrypted).
  const created = await client.createPayment(cardPayment('JS-DEVICE-0001', receiver.url, '12.00'));
  const id = created.result.id;
  const unsigned = client.core.prepareUnsigned('send_payment_sms', { payment_id: id, ...relayed });
  assert.ok(unsigned.passedThrough.includes('payer.payer_info.bank_card.number'));
  unsigned.free();
  await client.sendPaymentSms({ payment_id: id, ...relayed });
  const code = await sandbox.smsCode(id);
  const executed = await client.executePayment({
    payment_id: id,
    payer: { payment_method: 'CREDIT_CARD', payer_info: { bank_card: { number: relayed.payer.payer_info.bank_card.number, verify_code: code } } },
  });
  assert.equal(executed.result.state, 'TRADE_SUCCESS');
});

test('a notification that fails verification is never acknowledged', async () => {
  const res = await fetch(receiver.url, {
    method: 'POST',
    headers: { signature: 'AAAA', 'content-type': 'application/json' },
    body: '{"meta":{"ret_code":"0000"},"payment":{"id":"PAY_FORGED","state":"TRADE_SUCCESS"}}',
  });
  assert.equal(res.status, 400);
  assert.equal(await res.text(), 'signature_malformed');
  assert.ok(receiver.received.some((r) => r.status === 400 && r.signature === 'AAAA'));
  assert.ok(!inbox.has('payment:PAY_FORGED:TRADE_SUCCESS'));
});

test('one token served every call of this file', async () => {
  assert.equal((await sandbox.health()).tokens_issued, 1);
  assert.equal(client.stats.tokenRequests, 1);
  assert.equal(client.stats.tokenReplays, 0);
});

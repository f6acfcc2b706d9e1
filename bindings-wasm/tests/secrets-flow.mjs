// The child process of secrets.test.mjs: a full card payment flow through UmfClient against the
// sandbox the parent started, with every Node debug log on (NODE_DEBUG=*, set by the parent), a
// fetch that logs its arguments and what it got back, and console.log of every object the flow
// touches, errors included. The parent scans all of that output for secrets. The tokens the
// flow used reach the parent over the IPC channel, never through the scanned output.
import fs from 'node:fs';
import http from 'node:http';

import { PrivateKey, UmfClient } from 'umf-sdk';
import { cardPayment, eventually, merDate } from './sandbox.mjs';
import { keyPath } from './vectors.mjs';

const env = process.env;
const log = (...values) => console.log(...values);

async function admin(method, route, body) {
  const res = await fetch(`${env.UMF_ADMIN_URL}${route}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json();
}

/** The debug hook a merchant would add: log every request and answer. */
async function loggingFetch(url, init) {
  log('fetch', url, init);
  const res = await fetch(url, init);
  log('fetched', res.status, res.headers);
  return res;
}

const merchantKey = new PrivateKey(fs.readFileSync(keyPath('merchant_1024_pkcs8_encrypted.pem')), env.UMF_PASSPHRASE);
const client = new UmfClient({
  baseUrl: env.UMF_BASE_URL,
  umfPublicKey: fs.readFileSync(keyPath('umf_1024_cert.pem')),
  merchantKey,
  clientId: env.UMF_CLIENT_ID,
  clientSecret: env.UMF_CLIENT_SECRET,
  verify: { policy: 'strict' },
  fetch: loggingFetch,
  // The observability hook as a merchant would wire it: every event logged as it comes.
  onEvent: (event) => log('event', event, JSON.stringify(event)),
});
log('client', client, client.core, client.caller, merchantKey);

// The merchant's notify_url, as the README writes it (logging what it handles).
const handled = new Map();
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    try {
      const note = client.verifyNotification(req.headers.signature, Buffer.concat(chunks));
      log('notification', note);
      if (!handled.has(note.idempotencyKey)) handled.set(note.idempotencyKey, note);
      const ack = client.acknowledgeNotification(note);
      log('ack', ack);
      res.writeHead(ack.status, ack.headers).end(ack.body);
    } catch (err) {
      log('refused', err);
      res.writeHead(400).end();
    }
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const notifyUrl = `http://127.0.0.1:${server.address().port}/umf/notify`;

const reportToken = async () => process.send({ token: (await client.token()).secret() });
const call = async (what, promise) => {
  try {
    const answer = await promise;
    log(what, answer);
    return answer;
  } catch (err) {
    log(what, 'failed', err);
    console.error(err);
    return undefined;
  }
};

const card = {
  number: '6222020000000000000', valid_date: '1228', cvv2: '123', phone: '13800000000',
  payer_name: 'ZHANG SAN', citizen_id_type: 'IDENTITY_CARD', citizen_id_number: '110101199003070011',
};
const payer = (extra = {}) => ({ payment_method: 'CREDIT_CARD', payer_info: { bank_card: { ...card, ...extra } } });

const created = await call('created', client.createPayment(cardPayment('JS-FLOW-0001', notifyUrl)));
const id = created.result.id;
await reportToken();
// An expired token on the way: one refresh, the same signed bytes again.
await admin('POST', '/faults', { op: 'send_payment_sms', kind: 'expire_token', times: 1 });
await call('sms', client.sendPaymentSms({ payment_id: id, payer: payer() }));
await reportToken();
const { code } = await admin('GET', `/sms/${id}`);
await call('executed', client.executePayment({ payment_id: id, payer: payer({ verify_code: code }) }));
await eventually(() => handled.has(`payment:${id}:TRADE_SUCCESS`));
await call('refund', client.createRefund({
  payment_id: id,
  notify_url: notifyUrl,
  refund_info: { mer_reference_id: 'JS-FLOW-R-0001', mer_date: merDate(), amount: { total: '10.00', currency: 'USD' } },
}));
await call('payment', client.getPayment({ payment_id: id }));
await call('card bin', client.call('query_card_bin', { card: card.number }));
// Failures, logged as a merchant's error handler would.
await admin('POST', '/faults', { op: 'get_payment', kind: 'drop', times: 1 });
await call('dropped', client.getPayment({ payment_id: id }));
await admin('POST', '/faults', { op: 'get_refundable_balance', kind: 'status', status: 503, times: 1 });
await call('refused', client.getRefundableBalance());
// A token rejected at UMF: replayed with a fresh one (events: 401, retry, token request).
await admin('POST', '/tokens/expire');
await call('replayed', client.getPayment({ payment_id: id }));
await admin('POST', '/faults', { op: 'send_payment_sms', kind: 'latency', ms: 2500, times: 1 });
await call('timed out', client.sendPaymentSms({ payment_id: id, payer: payer() }, { timeoutMs: 500 }));
await call('invalid', client.sendPaymentSms({ payment_id: id, payer: payer({ cvv2: '12345678' }) }));
log('done', client.stats, await client.token());

await new Promise((resolve) => server.close(resolve));
process.disconnect();

// The SDK's promises, checked through the npm package on inputs a seeded generator makes (a new
// seed each run, printed on failure; UMF_INVARIANT_SEED replays one): what is reported verified
// was covered by the signature; no plaintext sensitive value leaves; every amount is sent as
// written; no header carries a control character. The core proves each as a property over
// every operation; this proves the package hands the same guarantees through.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { test } from 'node:test';

import { Client, PrivateKey } from 'umf-sdk';
import { keyBytes, keyPath } from './vectors.mjs';

const SEED = Number(process.env.UMF_INVARIANT_SEED ?? crypto.randomInt(2 ** 32));
const ROUNDS = 150;
const BASE = 'https://uatfx.soopay.net/cberest/v1';
const umfPrivate = crypto.createPrivateKey(fs.readFileSync(keyPath('umf_1024_pkcs8.pem')));

// mulberry32: small, seeded, good enough to pick test inputs.
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(SEED);
const below = (n) => Math.floor(random() * n);
const pick = (items) => items[below(items.length)];
const text = (alphabet, n) => Array.from({ length: n }, () => pick([...alphabet])).join('');
const token = (prefix = 't') => prefix + text('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 12);
const amount = () => `${1 + below(1e9)}.${String(below(100)).padStart(2, '0')}`;
const leaves = (v) => (Array.isArray(v) ? v.flatMap(leaves)
  : v && typeof v === 'object' ? Object.values(v).flatMap(leaves)
    : typeof v === 'string' && v.length > 8 ? [v] : []);
const because = `seed ${SEED} (UMF_INVARIANT_SEED=${SEED} replays it)`;

const client = new Client({
  baseUrl: BASE,
  umfPublicKey: keyBytes('umf_1024_cert.pem'),
  merchantKey: new PrivateKey(keyBytes('merchant_1024_pkcs8.pem')),
  validate: false,
});

test('verified means covered: members added beside a signed payment never reach the result', () => {
  for (let i = 0; i < ROUNDS; i++) {
    const payment = {
      id: token('PAY_'),
      state: pick(['TRADE_SUCCESS', 'TRADE_FAIL', 'WAIT_BUYER_PAY']),
      order: { mer_reference_id: token(), amount: { total: amount() } },
    };
    const covered = JSON.stringify(payment);
    const sign = crypto.sign('sha256', Buffer.from(covered), umfPrivate).toString('base64');
    const added = {};
    for (const name of ['refund', 'links', 'pagination'].filter(() => random() < 0.5)) {
      added[name] = name === 'refund' ? { refund_infos: [{ refund_id: token('REFUND_'), state: token() }] }
        : name === 'links' ? [{ href: `https://x/${token()}`, rel: token() }]
          : { total_count: below(1e6), forged: token() };
    }
    const grown = Object.entries(added).map(([k, v]) => `,"${k}":${JSON.stringify(v)}`).join('');
    const body = `{"meta":{"ret_code":"0000","ret_msg":"ok","sign":"${sign}"},"payment":${covered}${grown}}`;
    const answer = client.parse('get_payment_with_refunds', { status: 200, body: Buffer.from(body) });
    assert.deepEqual(answer.verification.covered, ['payment'], because);
    assert.deepEqual(new Set(answer.verification.uncovered), new Set(['meta', ...Object.keys(added)]), because);
    const result = JSON.stringify(answer.result);
    for (const leaf of leaves(added)) assert.ok(!result.includes(leaf), `${because}: uncovered ${leaf} reached the result`);
    for (const leaf of leaves(payment)) assert.ok(result.includes(leaf), `${because}: covered ${leaf} is missing`);
  }
});

test('no plaintext sensitive value leaves; amounts are sent as written; headers are clean', () => {
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789张三李四王五 -'";
  const digits = (n) => text('0123456789', n);
  for (let i = 0; i < ROUNDS; i++) {
    const card = {
      number: digits(12 + below(8)),
      valid_date: `${String(1 + below(12)).padStart(2, '0')}${25 + below(15)}`,
      cvv2: digits(3),
      payer_name: text(alphabet, 2 + below(10)).trim() || 'X',
      citizen_id_number: digits(18),
    };
    const name = text(alphabet, 2 + below(8)).trim() || 'Y';
    const total = amount();
    const op = pick(['create_payment', 'execute_payment', 'send_payment_sms']);
    const params = { payer: { payment_method: 'CREDIT_CARD', payer_info: { name, bank_card: { ...card } } } };
    if (op === 'create_payment') params.order = { mer_reference_id: token(), amount: { total } };
    else params.payment_id = token('PAY_');
    const request = client.prepare(op, params);
    const body = Buffer.from(request.body).toString('utf8');
    // Shorter values could occur inside base64 by chance.
    for (const secret of [...Object.values(card), name].filter((s) => s.length >= 6)) {
      const escaped = JSON.stringify(secret).slice(1, -1);
      assert.ok(!body.includes(secret) && !body.includes(escaped) && !request.url.includes(secret),
        `${because}: a sensitive value of ${op} left in plaintext`);
    }
    if (op === 'create_payment') assert.ok(body.includes(`"total":"${total}"`), `${because}: amount ${total}`);
    for (const [header, value] of Object.entries(request.headers)) {
      assert.ok(/^[\x20-\x7e]*$/.test(header + value), `${because}: header ${header}`);
    }
  }
});

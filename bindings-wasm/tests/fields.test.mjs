// Field encryption from the core's table; ciphertexts checked with the openssl binary.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CardEncryptor, PublicKey, encryptFields, encryptedFieldPaths } from 'umf-sdk';
import { keyBytes, codeOf, opensslDecrypt } from './vectors.mjs';

const CARD = '6222020000000000000';
const umf = new PublicKey(keyBytes('umf_1024_cert.pem'));

function payment(number = CARD) {
  return {
    payer: {
      payment_method: 'CREDIT_CARD',
      payer_info: { bank_card: { number, cvv2: '123', valid_date: '1230', payer_name: '张三' } },
    },
    order: { mer_reference_id: 'ORDER-1', amount: { total: 6.98, currency: 'USD' } },
  };
}

test('encryptFields encrypts exactly the table\'s fields, and openssl decrypts them', () => {
  assert.ok(encryptedFieldPaths('create_payment').includes('payer.payer_info.bank_card.number'));
  assert.ok(encryptedFieldPaths().length >= encryptedFieldPaths('create_payment').length);
  const out = encryptFields('create_payment', payment(), umf);
  const card = out.payload.payer.payer_info.bank_card;
  assert.equal(opensslDecrypt(card.number), CARD);
  assert.equal(opensslDecrypt(card.payer_name), '张三');
  assert.equal(out.payload.order.mer_reference_id, 'ORDER-1');
  assert.ok(out.encrypted.includes('payer.payer_info.bank_card.number'));
  assert.deepEqual(out.passedThrough, []);
});

test('JSON text in, JSON text out: numbers keep their text', () => {
  const text = '{"order":{"amount":{"total":6.9800,"big":12345678901234567890.10}},' +
    '"payer":{"payer_info":{"bank_card":{"number":"' + CARD + '"}}}}';
  const out = encryptFields('create_payment', text, umf);
  assert.equal(typeof out.payload, 'string');
  assert.ok(out.payload.startsWith('{"order":{"amount":{"total":6.9800,"big":12345678901234567890.10}}'), out.payload);
  assert.equal(opensslDecrypt(JSON.parse(out.payload).payer.payer_info.bank_card.number), CARD);
});

test('the device encrypts into markers; the server passes them through unchanged', () => {
  const device = new CardEncryptor(keyBytes('umf_1024_spki.pem'));
  const relayed = device.encryptFields('create_payment', payment()).payload;
  const marker = relayed.payer.payer_info.bank_card.number;
  assert.deepEqual(Object.keys(marker), ['$encrypted']);
  assert.equal(opensslDecrypt(marker.$encrypted), CARD);
  const wire = encryptFields('create_payment', relayed, umf);
  assert.equal(wire.payload.payer.payer_info.bank_card.number, marker.$encrypted);
  assert.ok(wire.passedThrough.includes('payer.payer_info.bank_card.number'));
  assert.deepEqual(wire.encrypted, []);
  assert.equal(opensslDecrypt(device.encryptValue(CARD)), CARD);
});

test('query parameters are encrypted too (query_card_bin)', () => {
  const out = encryptFields('query_card_bin', {}, umf, { query: { card: CARD } });
  assert.equal(opensslDecrypt(out.query.card), CARD);
});

test('field errors carry the code and the path, never the value', () => {
  try {
    encryptFields('create_payment', payment('9'.repeat(200)), umf);
    assert.fail('too long');
  } catch (err) {
    assert.equal(err.code, 'value_too_long');
    assert.equal(err.path, 'payer.payer_info.bank_card.number');
    assert.equal(err.maxLength, 117);
    assert.ok(!err.message.includes('9'.repeat(20)));
  }
  const ciphertext = umf.encrypt(CARD);
  assert.equal(codeOf(() => encryptFields('create_payment', payment(ciphertext), umf)), 'sensitive_value_looks_encrypted');
  assert.equal(codeOf(() => encryptFields('create_payment', payment(42), umf)), 'invalid_sensitive_value');
  assert.equal(codeOf(() => encryptFields('create_payment', payment({ $encrypted: 'bm9wZQ==' }), umf)), 'invalid_ciphertext');
  assert.equal(codeOf(() => encryptFields('create_payment', '{"broken', umf)), 'invalid_request');
  assert.throws(() => encryptFields('create_payment', {}, umf, { mode: 'plain' }), TypeError);
});

// The conditional exports: require and import share one instance; the device entry point has
// no way to sign.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { test } from 'node:test';

import * as esm from 'umf-sdk';
import * as device from 'umf-sdk/device';
import { manifest, keyBytes } from './vectors.mjs';

const require = createRequire(import.meta.url);

test('require and import give the same classes', () => {
  const cjs = require('umf-sdk');
  assert.equal(cjs.PrivateKey, esm.PrivateKey);
  assert.equal(require('umf-sdk/device').CardEncryptor, esm.CardEncryptor);
  assert.equal(device.CardEncryptor, esm.CardEncryptor);
  assert.equal(require('umf-sdk/package.json').name, 'umf-sdk');
});

test('umf-sdk/device exports only the public-key surface', () => {
  assert.deepEqual(Object.keys(device).sort(), ['CardEncryptor', 'PublicKey', 'encryptedFieldPaths', 'isUmfError']);
  assert.deepEqual(Object.keys(require('umf-sdk/device')).sort(), Object.keys(device).sort());
});

test('keys never show their material in JSON', () => {
  const key = new esm.PrivateKey(keyBytes('merchant_1024_pkcs8.pem'));
  assert.deepEqual(JSON.parse(JSON.stringify(key)), {
    key: 'private', bits: 1024, fingerprint: manifest.keys[0].fingerprint,
  });
  assert.deepEqual(key.format, { container: 'pkcs8', encoding: 'pem' });
  assert.equal(key.publicKey().format, undefined);
  assert.equal(new esm.PublicKey(keyBytes('umf_1024_cert.der')).format.container, 'x509_certificate');
});

test('amounts in a notification keep the text UMF sent', () => {
  // Signed here with the UMF test key, as UMF would sign it; numbers as bare JSON numbers.
  const body = '{"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]},"payment":{"id":"PAY_X","state":"TRADE_SUCCESS",' +
    '"order":{"mer_reference_id":"R1","amount":{"total":100.10,"currency":"USD","total_cny":698.00,"exchange_rate":6.9800}}}}';
  const umfPrivate = crypto.createPrivateKey(require('node:fs').readFileSync(new URL('../../tests/vectors/keys/umf_1024_pkcs8.pem', import.meta.url)));
  const signature = crypto.sign('sha256', Buffer.from(body), umfPrivate).toString('base64');
  const n = esm.verifyNotification(new esm.PublicKey(keyBytes('umf_1024_cert.pem')), signature, body);
  assert.deepEqual(n.payment.order.amount, {
    total: '100.10', currency: 'USD', total_cny: '698.00', exchange_rate: '6.9800',
  });
  const relay = new device.CardEncryptor(keyBytes('umf_1024_spki.der')).verifyNotification(signature, Buffer.from(body));
  assert.equal(relay.idempotencyKey, 'payment:PAY_X:TRADE_SUCCESS');
});

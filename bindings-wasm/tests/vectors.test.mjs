// The shared vectors, through the built package, asserting on the core's stable codes.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  PrivateKey, PublicKey, inspectKey, verifyResponse, verifyNotification, acknowledgeNotification,
  acknowledgeNotificationSigned, isUmfError,
} from 'umf-sdk';
import { manifest, keyBytes, codeOf } from './vectors.mjs';

const utf8 = new TextDecoder();

test('every key loads, as bytes and as text where it is text, with the manifest fingerprint', () => {
  for (const k of manifest.keys) {
    const bytes = keyBytes(k.file);
    const inputs = k.encoding === 'der' ? [bytes, bytes.buffer] : [bytes, utf8.decode(bytes)];
    for (const input of inputs) {
      const key = k.kind.includes('private')
        ? new PrivateKey(input, k.passphrase)
        : new PublicKey(input);
      assert.equal(key.bits, k.bits, k.file);
      assert.equal(key.fingerprint, k.fingerprint, k.file);
    }
    const info = inspectKey(bytes, k.passphrase);
    assert.equal(info.kind, k.kind, k.file);
    assert.deepEqual(info.format, { container: k.container, encoding: k.encoding }, k.file);
    assert.equal(info.fingerprint, k.fingerprint, k.file);
  }
});

test('an encrypted key inspected without its passphrase has no size or fingerprint', () => {
  const k = manifest.keys.find((k) => k.kind === 'encrypted_private_key');
  const info = inspectKey(keyBytes(k.file));
  assert.equal(info.kind, 'encrypted_private_key');
  assert.equal(info.bits, null);
  assert.equal(info.fingerprint, null);
});

test('bad keys fail with the expected codes', () => {
  for (const bad of manifest.bad_keys) {
    const bytes = keyBytes(bad.file);
    const load = bad.wanted === 'private'
      ? () => new PrivateKey(bytes, bad.passphrase)
      : () => new PublicKey(bytes);
    assert.equal(codeOf(load), bad.error, `${bad.file} as ${bad.wanted}`);
  }
});

test('errors are Error objects with a stable code and family', () => {
  try {
    new PublicKey(keyBytes('merchant_1024_pkcs8.pem'));
    assert.fail('a private key is not a public key');
  } catch (err) {
    assert.ok(err instanceof Error);
    assert.ok(isUmfError(err));
    assert.equal(err.name, 'UmfError');
    assert.equal(err.code, 'key_wrong_kind');
    assert.equal(err.family, 'key');
    assert.equal(err.retryable, false);
  }
  assert.throws(() => new PublicKey(42), TypeError);
  assert.equal(isUmfError(new Error('x')), false);
});

test('signatures match OpenSSL byte for byte and verify', () => {
  for (const s of manifest.signatures) {
    const key = new PrivateKey(keyBytes(s.key));
    const body = Buffer.from(s.body_b64, 'base64');
    assert.equal(key.sign(body), s.signature, `${s.key} ${s.name}`);
    const pub = new PublicKey(keyBytes(s.public_key));
    pub.verify(body, s.signature);
    assert.equal(codeOf(() => pub.verify(Buffer.concat([body, Buffer.from(' ')]), s.signature)),
      'signature_invalid');
  }
});

test('signed responses verify or fail with the expected codes', () => {
  const umf = new PublicKey(keyBytes(manifest.responses.umf_public_key));
  for (const c of manifest.responses.cases) {
    const options = { scope: c.scope, resultKeys: c.result_keys, policy: c.policy };
    let outcome;
    try {
      outcome = verifyResponse(Buffer.from(c.body, 'utf8'), umf, options).status;
    } catch (err) {
      assert.ok(isUmfError(err), `${c.name}: ${err}`);
      outcome = err.code;
    }
    assert.equal(outcome, c.expect, c.name);
  }
});

test('a verified response reports what the signature covered', () => {
  const umf = new PublicKey(keyBytes(manifest.responses.umf_public_key));
  const c = manifest.responses.cases.find((c) => c.name === 'valid_primary');
  assert.deepEqual(verifyResponse(c.body, umf, { resultKeys: ['payment'] }), {
    status: 'verified', scope: 'primary_result', covered: ['payment'], uncovered: ['meta', 'links'], keyFingerprint: umf.fingerprint,
  });
  const strict = manifest.responses.cases.find((c) => c.name === 'unsigned_strict');
  try {
    verifyResponse(strict.body, umf, { policy: 'strict' });
    assert.fail('strict policy needs a signature');
  } catch (err) {
    assert.equal(err.code, 'signature_missing');
    assert.equal(typeof err.unverifiedRetCode, 'string');
  }
});

test('notifications verify over the raw body, or fail with the expected codes', () => {
  const umf = new PublicKey(keyBytes(manifest.notifications.umf_public_key));
  for (const c of manifest.notifications.cases) {
    const raw = Buffer.from(c.body, 'utf8');
    let n;
    try {
      n = verifyNotification(umf, c.signature, raw);
    } catch (err) {
      assert.ok(isUmfError(err), `${c.name}: ${err}`);
      assert.equal(err.code, c.expect, c.name);
      continue;
    }
    assert.equal(c.expect, 'verified', c.name);
    assert.equal(n.kind, c.kind, c.name);
    assert.equal(n.id, c.id, c.name);
    assert.equal(n.state, c.state, c.name);
    assert.equal(n.idempotencyKey, c.idempotency_key, c.name);
    const object = { payment: n.payment, refund: n.refund, customs_declaration: n.customsDeclaration }[n.kind];
    assert.equal(object.id, c.id, c.name);
  }
});

test('a missing Signature header is signature_missing', () => {
  const umf = new PublicKey(keyBytes(manifest.notifications.umf_public_key));
  const c = manifest.notifications.cases.find((c) => c.expect === 'verified');
  assert.equal(codeOf(() => verifyNotification(umf, undefined, c.body)), 'signature_missing');
});

test('the acknowledgement is the documented reply, signed only on request', () => {
  const umf = new PublicKey(keyBytes(manifest.notifications.umf_public_key));
  const c = manifest.notifications.cases.find((c) => c.name === 'valid_payment');
  const n = verifyNotification(umf, c.signature, c.body);
  assert.deepEqual(acknowledgeNotification(n), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    body: '{"meta":{"ret_code":"0000","ret_msg":"SUCCESS"}}',
  });
  const withId = acknowledgeNotification(n, 'json_with_id');
  assert.equal(JSON.parse(withId.body).payment.id, c.id);
  assert.equal(acknowledgeNotification(n, 'form').body, 'ret_code=0000&ret_msg=SUCCESS');
  const merchant = new PrivateKey(keyBytes('merchant_1024_pkcs8.pem'));
  const signed = acknowledgeNotificationSigned(n, merchant);
  merchant.publicKey().verify(signed.body, signed.headers.Signature);
  assert.throws(() => acknowledgeNotification(n, 'xml'), TypeError);
});

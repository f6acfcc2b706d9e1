// The forgery matrix (tests/vectors/forgery.json) through the built package: every tampered
// response and notification is refused with the core's code, the untampered ones verify.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { Client, PublicKey, verifyResponse, verifyNotification, isUmfError } from 'umf-sdk';
import { vectorsDir, keyBytes } from './vectors.mjs';

const matrix = JSON.parse(fs.readFileSync(path.join(vectorsDir, 'forgery.json'), 'utf8'));
// Both places the RSA runs in Node: node:crypto (the default) and WebAssembly. Each must give
// every case its expected code, so both give the same outcome on each.
const BACKENDS = ['node:crypto', 'wasm'];
const umfKeys = BACKENDS.map((backend) => new PublicKey(keyBytes(matrix.umf_public_key), { backend }));

function outcome(call) {
  try {
    const result = call();
    return result.status ?? 'verified';
  } catch (err) {
    assert.ok(isUmfError(err), `not a UmfError: ${err}`);
    return err.code;
  }
}

test('the matrix runs on node:crypto and on WebAssembly', () => {
  assert.deepEqual(umfKeys.map((k) => k.backend), BACKENDS);
});

test('every tampered response is refused with its code, on both backends', () => {
  for (const umf of umfKeys) {
    for (const c of matrix.responses) {
      const options = { scope: c.scope, policy: c.policy, resultKeys: c.result_keys };
      const got = outcome(() => verifyResponse(Buffer.from(c.body, 'utf8'), umf, options));
      assert.equal(got, c.expect, `${umf.backend}: ${c.name} (${c.tamper})`);
    }
  }
});

test('every tampered notification is refused with its code, on both backends', () => {
  for (const umf of umfKeys) {
    for (const c of matrix.notifications) {
      const got = outcome(() => verifyNotification(umf, c.signature, Buffer.from(c.body, 'utf8')));
      assert.equal(got, c.expect, `${umf.backend}: ${c.name} (${c.tamper})`);
    }
  }
});

test('scope confusion: what the signature does not cover never reaches the result, on both backends', () => {
  for (const rsaBackend of BACKENDS) {
    for (const c of matrix.answers) {
      const client = new Client({
        baseUrl: 'https://uatfx.soopay.net/cberest/v1',
        umfPublicKey: keyBytes(matrix.umf_public_key),
        rsaBackend,
        verify: { scope: c.scope, policy: c.policy },
      });
      let answer;
      try {
        answer = client.parse(c.op, { status: 200, body: Buffer.from(c.body, 'utf8') });
      } catch (err) {
        assert.ok(isUmfError(err), `not a UmfError: ${err}`);
        assert.equal(err.code, c.expect, `${rsaBackend}: ${c.name}`);
        continue;
      }
      assert.equal(c.expect, 'verified', `${rsaBackend}: ${c.name}`);
      assert.equal(answer.verification.status, 'verified', c.name);
      assert.deepEqual([...answer.verification.covered].sort(), [...c.covered].sort(), `${c.name} covered`);
      assert.deepEqual([...answer.verification.uncovered].sort(), [...c.uncovered].sort(), `${c.name} uncovered`);
      const result = JSON.stringify(answer.result);
      for (const absent of c.absent) assert.ok(!result.includes(absent), `${c.name}: ${absent}`);
      for (const present of c.present) assert.ok(result.includes(present), `${c.name}: ${present}`);
    }
  }
});

test('the matrix is whole', () => {
  const cases = [...matrix.responses, ...matrix.notifications];
  const refused = cases.filter((c) => c.expect !== 'verified' && c.expect !== 'unsigned');
  assert.ok(matrix.responses.length >= 54 && matrix.notifications.length >= 28);
  assert.ok(refused.length >= 70);
  assert.ok(matrix.answers.length >= 13);
  console.log(`forgery matrix (JavaScript, ${BACKENDS.join(' and ')}): ${cases.length} cases, ` +
    `${refused.length} refused by code, ${cases.length - refused.length} untampered accepted`);
});

// The `bundler` build and the `browser` export condition, checked in Node: a child Node
// resolves `umf-sdk` (and `umf-sdk/device`, the device build) with the browser condition and
// loads the .wasm as an ES module.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

import { opensslDecrypt } from './vectors.mjs';

test('the bundler build signs like OpenSSL and encrypts what openssl decrypts', () => {
  const CARD = '6222029876543210987';
  const out = execFileSync(process.execPath, [
    '--conditions=browser', '--experimental-wasm-modules', '--no-warnings',
    new URL('./bundler/check.mjs', import.meta.url).pathname, CARD,
  ], { encoding: 'utf8' });
  const result = JSON.parse(out);
  assert.equal(result.backend, 'webcrypto');
  assert.equal(result.webcrypto, result.expected);
  assert.equal(result.wasm, result.expected);
  assert.equal(result.sameClass, false, 'the device entry is the device build');
  assert.deepEqual(result.deviceExports, ['CardEncryptor', 'PublicKey', 'encryptedFieldPaths', 'isUmfError']);
  assert.equal(result.umfClient, true);
  assert.equal(opensslDecrypt(result.ciphertext), CARD);
});

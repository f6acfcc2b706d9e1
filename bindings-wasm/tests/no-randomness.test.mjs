// A host without randomness (Node 18's ES modules have no `globalThis.crypto`): signing and
// encrypting in WebAssembly need fresh randomness (blinding, padding). They must throw a typed
// `crypto_failure`, never trap with `unreachable` inside the module.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

// Runs in a child process: the module must be loaded after `crypto` is gone.
const script = `
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { keyBytes } from './vectors.mjs';
delete globalThis.crypto;
if (globalThis.crypto !== undefined) throw new Error('globalThis.crypto could not be removed');
const require = createRequire(import.meta.url);
const web = await import('umf-sdk/web');
web.initSync({ module: fs.readFileSync(require.resolve('umf-sdk/package.json').replace('package.json', 'web/umf_sdk_wasm_bg.wasm')) });
const outcomes = [];
for (const call of [
  () => new web.PrivateKey(keyBytes('merchant_1024_pkcs8.pem')).sign(new Uint8Array([1, 2, 3])),
  () => new web.PublicKey(keyBytes('umf_1024_cert.pem')).encrypt('6222020000000000000'),
]) {
  try { call(); outcomes.push('no error'); } catch (e) { outcomes.push(e.code ?? 'not a UmfError: ' + e); }
}
console.log(JSON.stringify(outcomes));
`;

test('without globalThis.crypto, signing and encrypting throw crypto_failure instead of trapping', () => {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: here, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout.trim().split('\n').pop()), ['crypto_failure', 'crypto_failure']);
});

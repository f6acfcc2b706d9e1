// The shared test vectors (tests/vectors/, made by OpenSSL), as every suite reads them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const vectorsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/vectors');
export const manifest = JSON.parse(fs.readFileSync(path.join(vectorsDir, 'manifest.json'), 'utf8'));
export const keyPath = (file) => path.join(vectorsDir, 'keys', file);
export const keyBytes = (file) => new Uint8Array(fs.readFileSync(keyPath(file)));

/** Runs `fn` and returns the `code` of what it threw (or "no error"). */
export function codeOf(fn) {
  try {
    fn();
  } catch (err) {
    return err.code ?? `${err.name}: ${err.message}`;
  }
  return 'no error';
}

/** What `openssl pkeyutl -decrypt` makes of base64 ciphertext under a test private key. */
export function opensslDecrypt(base64, keyFile = 'umf_1024_pkcs8.pem') {
  return execFileSync('openssl', ['pkeyutl', '-decrypt', '-inkey', keyPath(keyFile)], {
    input: Buffer.from(base64, 'base64'),
  }).toString('utf8');
}

'use strict';
// node:crypto (OpenSSL) behind every key the module loads in Node: request bodies are signed,
// UMF's signatures verified and sensitive fields encrypted here, 20-50x faster than the rsa
// crate compiled to WebAssembly. The core keeps every decision (the bytes signed and covered,
// the signature's encoding and length, the plaintext's length) and hands over exact bytes only;
// a throw, or an answer that is not a verdict or a ciphertext or signature of the key's size,
// leaves the operation to WebAssembly. A key created with `{ backend: 'wasm' }` never comes
// here.
// Required by both Node entry points, so the one instance they share is set up once.
const crypto = require('node:crypto');
const wasm = require('./umf_sdk_wasm.js');

const view = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

wasm.__umfInstallHostRsa(Object.freeze({
  name: 'node:crypto',
  publicKey: (spkiDer) => crypto.createPublicKey({ key: view(spkiDer), format: 'der', type: 'spki' }),
  // RSASSA-PKCS1-v1_5 (node's default padding for RSA keys) over SHA-256.
  verify: (key, message, signature) => crypto.verify('sha256', message, key, signature),
  encrypt: (key, plaintext) =>
    crypto.publicEncrypt({ key, padding: crypto.constants.RSA_PKCS1_PADDING }, plaintext),
  // The module wipes its copy of the DER once this returns; OpenSSL holds the key from here.
  privateKey: (pkcs8Der) => crypto.createPrivateKey({ key: view(pkcs8Der), format: 'der', type: 'pkcs8' }),
  sign: (key, message) => crypto.sign('sha256', message, key),
}));

module.exports = wasm;

'use strict';
// Signers for UmfClient and callers with their own HTTP: node:crypto (OpenSSL, an order of
// magnitude faster than WebAssembly; in Node the keys themselves sign there too, through
// host-rsa.cjs) or WebAssembly. The bytes signed are exactly the caller's (for UmfClient, the
// bytes the core's prepareUnsigned returns), and PKCS#1 v1.5 signatures are deterministic, so
// every path gives the same Signature header (tests/signer.test.mjs proves it on the vectors).
const crypto = require('node:crypto');
const { PrivateKey } = require('./umf_sdk_wasm.js');

function toBytes(message) {
  if (typeof message === 'string') return Buffer.from(message, 'utf8');
  if (message instanceof Uint8Array) return message;
  if (message instanceof ArrayBuffer) return new Uint8Array(message);
  throw new TypeError('message must be a string, a Uint8Array or an ArrayBuffer');
}

function wasmSigner(key) {
  // In Node a PrivateKey signs with node:crypto unless it was made with { backend: 'wasm' }:
  // this signer signs with a copy that stays in WebAssembly.
  let wasmKey = key;
  if (key.backend !== 'wasm') {
    const der = key.toPkcs8Der();
    try {
      wasmKey = new PrivateKey(der, undefined, { backend: 'wasm' });
    } finally {
      der.fill(0);
    }
  }
  const signSync = (message) => wasmKey.sign(message);
  return Object.freeze({ backend: 'wasm', signSync, sign: async (message) => signSync(message) });
}

function createSignerSync(key, options) {
  const backend = (options && options.backend) || 'auto';
  if (backend === 'wasm') return wasmSigner(key);
  if (backend !== 'auto' && backend !== 'node:crypto') {
    throw new TypeError('backend must be "auto", "node:crypto" or "wasm" in Node');
  }
  if (key.backend === 'node:crypto') {
    // The key already signs with its own node:crypto copy (host-rsa.cjs): no second export of
    // the key, no second copy in OpenSSL.
    const signSync = (message) => key.sign(message);
    return Object.freeze({ backend: 'node:crypto', signSync, sign: async (message) => signSync(message) });
  }
  // A key that stays in WebAssembly (made with { backend: 'wasm' }, or by another entry point):
  // node:crypto gets a copy of its own.
  const der = key.toPkcs8Der();
  let keyObject;
  try {
    keyObject = crypto.createPrivateKey({
      key: Buffer.from(der.buffer, der.byteOffset, der.byteLength),
      format: 'der',
      type: 'pkcs8',
    });
  } finally {
    // createPrivateKey copied it into OpenSSL; this copy of the key is no longer needed.
    der.fill(0);
  }
  const signSync = (message) =>
    crypto.sign('sha256', toBytes(message), keyObject).toString('base64');
  return Object.freeze({
    backend: 'node:crypto',
    signSync,
    sign: async (message) => signSync(message),
  });
}

async function createSigner(key, options) {
  return createSignerSync(key, options);
}

module.exports = { createSigner, createSignerSync };

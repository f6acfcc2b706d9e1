'use strict';
// The Node entry point (CommonJS). The ESM entry (index.mjs) re-exports this very module, so
// `require` and `import` in one process share one WebAssembly instance and one set of classes.
// host-rsa.cjs hands node:crypto to the module before anything else loads a key.
const { __umfInstallHostRsa, ...wasm } = require('./host-rsa.cjs');
const { createSigner, createSignerSync } = require('./signer.cjs');
const { defineUmfClient } = require('./umf-client.cjs');

const UmfClient = defineUmfClient({ wasm, createSigner });

module.exports = Object.assign({}, wasm, { createSigner, createSignerSync, UmfClient });

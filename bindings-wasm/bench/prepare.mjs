// prepare(createPayment) on both RSA paths of the package against the same work hand-written
// with node:crypto, as ratios. A benchmark, not a test: `npm run bench` (after the build).
//
// The work: read and validate the request, encrypt its six sensitive fields with the UMF
// 1024-bit key (RSAES-PKCS1-v1_5), serialise the body once and sign those bytes with the
// merchant key (RSASSA-PKCS1-v1_5 / SHA-256), for a 1024- and a 2048-bit merchant key.
//
//   hand-written   crypto.publicEncrypt per field, JSON.stringify, crypto.sign (no validation)
//   wasm signer    Client.prepare: everything in WebAssembly
//   node:crypto    Client.prepareUnsigned (WebAssembly: validation, encryption, bytes), the
//                  signature by createSignerSync (node:crypto), attachSignature
import crypto from 'node:crypto';
import fs from 'node:fs';

import { Client, PrivateKey, createSignerSync } from 'umf-sdk';
import { BUDGET_MS, createPayment, time } from './common.mjs';

const keys = new URL('../../tests/vectors/keys/', import.meta.url);
const read = (file) => fs.readFileSync(new URL(file, keys));
const TOKEN = 'bench-token';

const umfPem = read('umf_1024_cert.pem');
const umfNode = crypto.createPublicKey(umfPem);
const encrypt = (text) => crypto.publicEncrypt({ key: umfNode, padding: crypto.constants.RSA_PKCS1_PADDING },
  Buffer.from(text)).toString('base64');

const rows = [];
for (const bits of [1024, 2048]) {
  const pem = read(`merchant_${bits}_pkcs8.pem`);
  const merchant = new PrivateKey(pem);
  const client = new Client({ baseUrl: 'https://uatfx.soopay.net/cberest/v1', umfPublicKey: umfPem, merchantKey: merchant });
  const native = createSignerSync(merchant);
  const nodeKey = crypto.createPrivateKey(pem);

  const hand = time(() => {
    const p = createPayment();
    const info = p.payer.payer_info;
    const card = info.bank_card;
    info.name = encrypt(info.name);
    for (const field of ['number', 'valid_date', 'cvv2', 'payer_name', 'citizen_id_number']) card[field] = encrypt(card[field]);
    const body = Buffer.from(JSON.stringify(p));
    return { body, signature: crypto.sign('sha256', body, nodeKey).toString('base64') };
  });
  const wasmPath = time(() => client.prepare('create_payment', createPayment(), TOKEN));
  const nodePath = time(() => {
    const unsigned = client.prepareUnsigned('create_payment', createPayment(), TOKEN);
    return unsigned.attachSignature(native.signSync(unsigned.bytesToSign));
  });
  // The parts of the node:crypto path, to show where its time goes.
  const unsignedOnly = time(() => client.prepareUnsigned('create_payment', createPayment(), TOKEN).free());
  rows.push({ bits, hand, wasmPath, nodePath, unsignedOnly });
}

const us = (t) => `${t >= 1000 ? (t / 1000).toFixed(2) + ' ms' : t.toFixed(0) + ' µs'}`.padStart(9);
const ratio = (t, base) => `${(t / base).toFixed(1)}×`.padStart(6);
console.log(`prepare(createPayment): node ${process.version}, ${BUDGET_MS} ms per measurement (median of 5 rounds), ` +
  '6 fields encrypted with the UMF 1024-bit key\n');
console.log('merchant key  hand-written node:crypto   umf-sdk wasm signer   umf-sdk node:crypto signer   (of which prepareUnsigned)');
for (const r of rows) {
  console.log(`${`${r.bits}-bit`.padEnd(13)} ${us(r.hand)}                ${us(r.wasmPath)} ${ratio(r.wasmPath, r.hand)}      ` +
    `${us(r.nodePath)} ${ratio(r.nodePath, r.hand)}             ${us(r.unsignedOnly)}`);
}

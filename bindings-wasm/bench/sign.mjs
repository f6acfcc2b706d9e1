// Signing time of the package's two RSA paths against the same work hand-written with
// node:crypto, as ratios. A benchmark, not a test: `npm run bench` (after the build).
//
//   sign            the Signature header of a ~0.7 KB create_payment body
//   encrypt         one card number with the UMF 1024-bit key (the package encrypts in wasm;
//                   the column "node:crypto path" is the same call: no native path exists yet)
//   encrypt + sign  encryptFields (six sensitive fields, UMF 1024-bit key) + serialise + sign: the
//                   request-building work a merchant server does today; the hand-written
//                   baseline encrypts with crypto.publicEncrypt (RSA_PKCS1_PADDING)
import crypto from 'node:crypto';
import fs from 'node:fs';

import { PrivateKey, PublicKey, createSignerSync, encryptFields } from 'umf-sdk';
import { BUDGET_MS, createPayment as payment, time } from './common.mjs';

const keys = new URL('../../tests/vectors/keys/', import.meta.url);
const read = (file) => fs.readFileSync(new URL(file, keys));

const SENSITIVE = ['number', 'cvv2', 'valid_date', 'payer_name', 'citizen_id_number'];
const umfPem = read('umf_1024_cert.pem');
const umf = new PublicKey(umfPem);
const umfNode = crypto.createPublicKey(umfPem);

const rows = [];
const CARD = Buffer.from('6222020000000000000');
const handEncrypt = time(() => crypto.publicEncrypt({ key: umfNode, padding: crypto.constants.RSA_PKCS1_PADDING }, CARD).toString('base64'));
const wasmEncrypt = time(() => umf.encrypt('6222020000000000000'));
rows.push(['encrypt, 1024-bit', handEncrypt, wasmEncrypt, wasmEncrypt]);
for (const bits of [1024, 2048]) {
  const pem = read(`merchant_${bits}_pkcs8.pem`);
  const key = new PrivateKey(pem);
  const native = createSignerSync(key);
  const wasm = createSignerSync(key, { backend: 'wasm' });
  const nodeKey = crypto.createPrivateKey(pem);
  const body = Buffer.from(JSON.stringify(payment()));

  const handSign = time(() => crypto.sign('sha256', body, nodeKey).toString('base64'));
  rows.push([`sign, ${bits}-bit`, handSign,
    time(() => native.signSync(body)), time(() => wasm.signSync(body))]);

  const handBuild = time(() => {
    const p = payment();
    const card = p.payer.payer_info.bank_card;
    for (const f of SENSITIVE) {
      card[f] = crypto.publicEncrypt({ key: umfNode, padding: crypto.constants.RSA_PKCS1_PADDING },
        Buffer.from(card[f])).toString('base64');
    }
    p.payer.payer_info.name = crypto.publicEncrypt({ key: umfNode, padding: crypto.constants.RSA_PKCS1_PADDING },
      Buffer.from(p.payer.payer_info.name)).toString('base64');
    const bytes = Buffer.from(JSON.stringify(p));
    return crypto.sign('sha256', bytes, nodeKey).toString('base64');
  });
  const build = (signer) => () => {
    const bytes = new TextEncoder().encode(JSON.stringify(encryptFields('create_payment', payment(), umf).payload));
    return signer.signSync(bytes);
  };
  rows.push([`encrypt + sign, ${bits}-bit`, handBuild, time(build(native)), time(build(wasm))]);
}

const us = (t) => `${t.toFixed(0).padStart(7)} µs`;
const ratio = (t, base) => `${(t / base).toFixed(1).padStart(5)}×`;
console.log(`node ${process.version}, ${BUDGET_MS} ms per measurement (median of 5 rounds)\n`);
console.log('work                     hand-written node:crypto   umf-sdk node:crypto path     umf-sdk wasm path');
for (const [name, hand, nat, wasm] of rows) {
  console.log(`${name.padEnd(24)} ${us(hand)}              ${us(nat)} ${ratio(nat, hand)}        ${us(wasm)} ${ratio(wasm, hand)}`);
}

// The cross-language benchmark's workloads (core/examples/bench_fixtures.rs defines them) in
// Node: the umf-sdk package against the same work hand-written with node:crypto, both measured
// in this run. A benchmark, not a test: scripts/bench.sh runs it after building the package,
//
//   node bench/workloads.mjs <fixtures directory>
//
// and collects the `BENCH|...` lines it prints. Two rows per workload: `js`, the package as it
// runs in Node by default (every key's RSA on node:crypto, the rest in WebAssembly), and
// `js (wasm)`, every key made with `{ backend: 'wasm' }` (what a browser page runs, where no
// host RSA is installed).
//
// Iteration policy (the same in every language): each contender is warmed up for
// BENCH_WARMUP_MS, then BENCH_ROUNDS rounds of BENCH_ROUND_MS each alternate between the SDK
// and the baseline; a round's figure is its mean time per call, the median round is reported.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { Client, PrivateKey, PublicKey } from 'umf-sdk';

const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS || 500);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS || 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 7);

/** Calls `fn` for `ms` milliseconds; µs per call. */
function perCall(fn, ms) {
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    fn();
    n++;
    now = performance.now();
  }
  return ((now - start) * 1000) / n;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Median µs per call of each contender, rounds alternating. */
function measure(contenders) {
  for (const fn of contenders) perCall(fn, WARMUP_MS);
  const rounds = contenders.map(() => []);
  for (let r = 0; r < ROUNDS; r++) contenders.forEach((fn, i) => rounds[i].push(perCall(fn, ROUND_MS)));
  return rounds.map(median);
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: node bench/workloads.mjs <fixtures directory>');
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const fixture = (name) => fs.readFileSync(path.join(dir, name));
const pem = (name) => fs.readFileSync(path.join(manifest.keys_dir, name));
const PKCS1 = crypto.constants.RSA_PKCS1_PADDING;

/** Rows of [workload, language, umf µs fn, baseline fn]; several rows may share a baseline. */
const workloads = [];
const add = (name, baseline, paths) => workloads.push({ name, baseline, paths });

const message = fixture(manifest.message);
for (const bits of [1024, 2048]) {
  const merchantPem = pem(`merchant_${bits}_pkcs8.pem`);
  const umfPem = pem(`umf_${bits}_spki.pem`);
  const ours = new PrivateKey(merchantPem);
  const oursWasm = new PrivateKey(merchantPem, undefined, { backend: 'wasm' });
  const theirs = crypto.createPrivateKey(merchantPem);
  const umfKey = new PublicKey(umfPem);
  const umfWasm = new PublicKey(umfPem, { backend: 'wasm' });
  if (ours.backend !== 'node:crypto' || umfKey.backend !== 'node:crypto') throw new Error('no host RSA');
  const umfNode = crypto.createPublicKey(umfPem);
  const signature = manifest.signatures[String(bits)];
  const rawSignature = Buffer.from(signature, 'base64');
  const card = manifest.card_number;
  const cardBytes = Buffer.from(card);

  const hand = crypto.sign('sha256', message, theirs).toString('base64');
  if (ours.sign(message) !== hand || oursWasm.sign(message) !== hand) throw new Error('signatures differ');
  add(`sign-${bits}`, () => crypto.sign('sha256', message, theirs).toString('base64'), [
    ['js', () => ours.sign(message)],
    ['js (wasm)', () => oursWasm.sign(message)],
  ]);
  add(`verify-${bits}`, () => crypto.verify('sha256', message, umfNode, rawSignature), [
    ['js', () => umfKey.verify(message, signature)],
    ['js (wasm)', () => umfWasm.verify(message, signature)],
  ]);
  add(`encrypt-${bits}`, () => crypto.publicEncrypt({ key: umfNode, padding: PKCS1 }, cardBytes).toString('base64'), [
    ['js', () => umfKey.encrypt(card)],
    ['js (wasm)', () => umfWasm.encrypt(card)],
  ]);
}

const bits = manifest.umf_bits;
const merchantPem = pem(`merchant_${bits}_pkcs8.pem`);
const umfPem = pem(`umf_${bits}_spki.pem`);
const clientFor = (rsaBackend) => new Client({
  baseUrl: 'https://uatfx.soopay.net/cberest/v1',
  umfPublicKey: umfPem,
  merchantKey: merchantPem,
  verify: { policy: 'strict' },
  rsaBackend,
});
const client = clientFor('auto');
const clientWasm = clientFor('wasm');
const merchantNode = crypto.createPrivateKey(merchantPem);
const umfNode = crypto.createPublicKey(umfPem);
const TOKEN = 'bench-token';

{
  // Both start from the JSON text, so neither is handed a parsed body the other lacks.
  const text = fixture(manifest.create_payment.file).toString('utf8');
  const paths = manifest.create_payment.encrypted_paths.map((p) => p.split('.'));
  add('prepare-create_payment', () => {
    const body = JSON.parse(text);
    for (const p of paths) {
      const parent = p.slice(0, -1).reduce((node, name) => node[name], body);
      const leaf = p[p.length - 1];
      parent[leaf] = crypto.publicEncrypt({ key: umfNode, padding: PKCS1 }, Buffer.from(parent[leaf])).toString('base64');
    }
    const raw = Buffer.from(JSON.stringify(body));
    return { raw, signature: crypto.sign('sha256', raw, merchantNode).toString('base64') };
  }, [
    ['js', () => client.prepare('create_payment', JSON.parse(text), TOKEN)],
    ['js (wasm)', () => clientWasm.prepare('create_payment', JSON.parse(text), TOKEN)],
  ]);
}
{
  const spec = manifest.statement;
  const raw = fixture(spec.file);
  const [start, end] = spec.signed;
  const response = { status: 200, headers: [['Content-Type', 'application/json;charset=UTF-8']], body: raw };
  if (client.parse(spec.operation, response).verification.status !== 'verified') throw new Error('statement not verified');
  add('verify-statement-20k', () => {
    const body = JSON.parse(raw.toString('utf8'));
    const signature = Buffer.from(body[0].meta.sign, 'base64');
    if (!crypto.verify('sha256', raw.subarray(start, end), umfNode, signature)) throw new Error('bad signature');
    return body;
  }, [
    ['js', () => client.parse(spec.operation, response)],
    ['js (wasm)', () => clientWasm.parse(spec.operation, response)],
  ]);
}
{
  const spec = manifest.notification;
  const raw = fixture(spec.file);
  const rawSignature = Buffer.from(spec.signature, 'base64');
  add('verify-notification', () => {
    if (!crypto.verify('sha256', raw, umfNode, rawSignature)) throw new Error('bad signature');
    return JSON.parse(raw.toString('utf8'));
  }, [
    ['js', () => client.verifyNotification(spec.signature, raw)],
    ['js (wasm)', () => clientWasm.verifyNotification(spec.signature, raw)],
  ]);
}

const baseline = `node:crypto (node ${process.version}, OpenSSL ${process.versions.openssl})`;
console.log(`js: umf-sdk (node:crypto behind its keys; js (wasm): all in WebAssembly) vs ${baseline}, ` +
  `warm-up ${WARMUP_MS} ms, median of ${ROUNDS} rounds of ${ROUND_MS} ms`);
console.log(`${'workload'.padEnd(24)} ${'path'.padEnd(15)} ${'umf'.padStart(10)} ${'node:crypto'.padStart(12)} ${'ratio'.padStart(7)}`);
const lines = [];
for (const { name, baseline: hand, paths } of workloads) {
  const [handUs, ...oursUs] = measure([hand, ...paths.map(([, fn]) => fn)]);
  paths.forEach(([language], i) => {
    const us = oursUs[i];
    console.log(`${name.padEnd(24)} ${language.padEnd(15)} ${us.toFixed(1).padStart(8)}µs ${handUs.toFixed(1).padStart(10)}µs ${(us / handUs).toFixed(2).padStart(6)}×`);
    lines.push(`BENCH|${language}|${name}|${us.toFixed(1)}|${baseline}|${handUs.toFixed(1)}`);
  });
}
console.log(lines.join('\n'));

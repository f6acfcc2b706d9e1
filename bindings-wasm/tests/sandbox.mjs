// The local UMF sandbox (`umf sandbox`, built by scripts/test-wasm.sh) for end-to-end tests:
// started per test file on a free port with the built-in test keys, driven through its admin API.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

import { UmfClient } from 'umf-sdk';
import { keyBytes } from './vectors.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const UMF_BIN = process.env.UMF_BIN || path.join(process.env.CARGO_TARGET_DIR || path.join(root, 'target'), 'debug', 'umf');

export const CLIENT_ID = 'sandbox-client';
export const CLIENT_SECRET = 'sandbox-secret';
export const merchantPem = () => keyBytes('merchant_1024_pkcs8.pem');
export const umfCert = () => keyBytes('umf_1024_cert.pem');

/** A merchant's UmfClient for `sandbox`, with the built-in test keys, verifying strictly. */
export function merchantClient(sandbox, options = {}) {
  return new UmfClient({
    baseUrl: sandbox.baseUrl,
    umfPublicKey: umfCert(),
    merchantKey: merchantPem(),
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    verify: { policy: 'strict' },
    ...options,
  });
}

/**
 * The sandbox's built-in test keys and credentials as `umf sandbox --print-test-keys` prints
 * them (`umf_public_key_pem`, `umf_next_public_key_pem`, their fingerprints, ...).
 */
export function printedKeys() {
  return JSON.parse(execFileSync(UMF_BIN, ['sandbox', '--print-test-keys'], { encoding: 'utf8' }));
}

/** Starts `umf sandbox` and resolves once it printed its ready line. */
export async function startSandbox(args = []) {
  if (!fs.existsSync(UMF_BIN)) throw new Error(`${UMF_BIN} is missing: run cargo build -p umf-cli`);
  const child = spawn(UMF_BIN, ['sandbox', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout });
  const ready = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`umf sandbox exited with ${code}`)));
    lines.once('line', (line) => resolve(JSON.parse(line)));
  });
  const admin = async (method, route, body) => {
    const res = await fetch(`${ready.admin_url}${route}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`admin ${method} ${route}: ${res.status} ${text}`);
    return JSON.parse(text);
  };
  return {
    baseUrl: ready.base_url,
    adminUrl: ready.admin_url,
    ready,
    admin,
    health: () => admin('GET', '/health'),
    fault: (rule) => admin('POST', '/faults', rule),
    clearFaults: () => admin('DELETE', '/faults'),
    smsCode: async (paymentId) => (await admin('GET', `/sms/${paymentId}`)).code,
    complete: (paymentId, state = 'TRADE_SUCCESS') => admin('POST', `/payments/${paymentId}/complete`, { state }),
    notifications: () => admin('GET', '/notifications'),
    stop() {
      lines.close();
      child.kill('SIGINT');
    },
  };
}

/**
 * A merchant's notification endpoint on loopback: `handle(rawBody, signatureHeader)` returns
 * the reply `{status, headers, body}`; every delivery is kept in `received`.
 */
export async function startReceiver(handle) {
  const received = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      let reply;
      try {
        reply = handle(raw, req.headers.signature);
      } catch (err) {
        reply = { status: 400, headers: {}, body: String(err.code || err.message) };
      }
      received.push({ raw, signature: req.headers.signature, status: reply.status });
      res.writeHead(reply.status, reply.headers).end(reply.body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/umf/notify`,
    received,
    close: () => new Promise((resolve) => {
      server.close(resolve);
      // A keep-alive connection of the sandbox's notifier would hold close() open until it ends.
      server.closeAllConnections();
    }),
  };
}

/** Polls `check` until it returns a truthy value (or fails after `ms`). */
export async function eventually(check, ms = 5000) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Today as UMF's `mer_date` (YYYYMMDD, China time). */
export function merDate() {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
}

/** A QR (Alipay) payment's parameters. */
export function qrPayment(reference, notifyUrl, total = '20.00') {
  return {
    payer: { payment_method: 'ALIPAY_SCAN', interface_type: 'SERVER_TO_SERVER' },
    order: {
      mer_reference_id: reference, mer_date: merDate(), amount: { total, currency: 'USD' },
      sub_orders: [{ mer_sub_reference_id: `${reference}-S1`, trans_code: '03223010', amount: { total, currency: 'USD' } }],
    },
    notify_url: notifyUrl,
  };
}

/** A card payment's parameters (card details come with the SMS step). */
export function cardPayment(reference, notifyUrl, total = '100.00') {
  return {
    payer: { payment_method: 'CREDIT_CARD', interface_type: 'SERVER_TO_SERVER', business_type: 'B2C' },
    order: {
      mer_reference_id: reference, mer_date: merDate(), amount: { total, currency: 'USD' },
      order_summary: 'green tea',
      sub_orders: [{
        mer_sub_reference_id: `${reference}-S1`, trans_code: '01122030', amount: { total, currency: 'USD' },
        items: [{ mer_item_id: 'TEA-01', type: 'FOOD', name: 'green tea', quantity: '2', amount: { total, currency: 'USD' } }],
      }],
    },
    notify_url: notifyUrl,
    risk_info: { trans_type: '02', goods_type: '1', receiver_name: 'Z', receiver_moblie_id: '13800000000', receiver_address: 'Shanghai' },
  };
}

export const CARD = {
  number: '6222020000000001234', valid_date: '2612', cvv2: '123', payer_name: 'ZHANG SAN',
  phone: '13800000000', citizen_id_type: 'IDENTITY_CARD', citizen_id_number: '110101199001011234',
};

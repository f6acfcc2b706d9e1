#!/usr/bin/env node
// One process of a fleet sharing a client id (the fleet test contract of CALLS.md): ONE
// UmfClient (on the Redis store when --redis is given), N sequential calls of --op, MS apart,
// never stopping on a failed call; then exactly one JSON line on stdout with its counts.
//
//   node tests/fleet/worker.mjs --base-url URL --client-id ID --client-secret S --keys DIR \
//     [--redis URL] --calls N --interval-ms MS --op list_banks
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { UmfClient } from 'umf-sdk';

const { values: args } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    'client-id': { type: 'string' },
    'client-secret': { type: 'string' },
    keys: { type: 'string' },
    redis: { type: 'string' },
    calls: { type: 'string' },
    'interval-ms': { type: 'string', default: '0' },
    op: { type: 'string', default: 'list_banks' },
  },
  strict: true,
});
for (const name of ['base-url', 'client-id', 'client-secret', 'keys', 'calls']) {
  if (args[name] === undefined) {
    console.error(`worker.mjs: --${name} is required`);
    process.exit(2);
  }
}
const calls = Number(args.calls);
const intervalMs = Number(args['interval-ms']);
if (!Number.isInteger(calls) || calls < 0 || !Number.isFinite(intervalMs) || intervalMs < 0) {
  console.error('worker.mjs: --calls and --interval-ms must be non-negative numbers');
  process.exit(2);
}

let redis = null;
if (args.redis) {
  // An optional peer of the package: imported only when a store is asked for.
  const { createClient } = await import('redis');
  // Without the offline queue a command fails at once while Redis is away, and the call falls
  // back at once instead of waiting for the store's timeout.
  redis = createClient({ url: args.redis, disableOfflineQueue: true });
  // Reconnection errors while Redis is down are the store's business (store_unavailable).
  redis.on('error', () => {});
  await redis.connect();
}

const client = new UmfClient({
  baseUrl: args['base-url'],
  umfPublicKey: fs.readFileSync(path.join(args.keys, 'umf_1024_cert.pem')),
  merchantKey: fs.readFileSync(path.join(args.keys, 'merchant_1024_pkcs8.pem')),
  clientId: args['client-id'],
  clientSecret: args['client-secret'],
  store: redis ? { redis } : undefined,
});

let failed = 0;
const errors = {};
for (let i = 0; i < calls; i++) {
  try {
    await client.call(args.op, {});
  } catch (err) {
    failed++;
    const code = typeof err?.code === 'string' ? err.code : (err?.name ?? 'unknown');
    errors[code] = (errors[code] ?? 0) + 1;
  }
  if (intervalMs > 0 && i + 1 < calls) await new Promise((resolve) => setTimeout(resolve, intervalMs));
}

const stats = client.stats;
process.stdout.write(`${JSON.stringify({
  worker: 'node',
  calls,
  failed,
  errors,
  token_requests: stats.tokenRequests,
  shared_tokens: stats.sharedTokens,
  token_replays: stats.tokenReplays,
  retries: stats.retries,
  store_failures: stats.storeFailures,
})}\n`);
if (redis) redis.destroy();

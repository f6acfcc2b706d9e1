// The core's call loop through UmfClient, against the sandbox and a real redis-server: token
// replays (signed and unsigned 401s), retries of safe operations only, connection failures
// before sending, single-flight tokens in a process and across a fleet sharing Redis, Redis
// going away (fallback with a store_unavailable event, or the required mode's error), the
// shared `seen`, the events and the User-Agent.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { after, before, test } from 'node:test';

import { isUmfError } from 'umf-sdk';
import { CLIENT_ID, eventually, merchantClient, qrPayment, startSandbox } from './sandbox.mjs';
import { freePort, startRedis } from './redis.mjs';

let sandbox;
let redis;
before(async () => {
  sandbox = await startSandbox();
  redis = await startRedis();
});
after(async () => {
  sandbox?.stop();
  await redis?.close();
});

const failure = (promise) => promise.then(() => assert.fail('expected an error'), (err) => err);
const reference = (prefix) => `${prefix}-${randomUUID().slice(0, 12).toUpperCase()}`;
const prefix = () => `t${randomUUID().slice(0, 8)}`;

/** A client that keeps its events. */
function recorded(box, options = {}) {
  const events = [];
  const client = merchantClient(box, { ...options, onEvent: (e) => events.push(e) });
  return { client, events };
}

const shape = (events, operation) => events.filter((e) => !operation || e.operation === operation)
  .map((e) => [e.kind, e.status, e.retry_reason, e.token]);

test('a token expired at UMF: the same signed request replayed once with a fresh token', async () => {
  const { client, events } = recorded(sandbox);
  await client.getRefundableBalance();
  const before = await sandbox.health();
  await sandbox.admin('POST', '/tokens/expire');
  events.length = 0;
  const created = await client.createPayment(qrPayment(reference('JS-CALL-401'), ''));
  assert.equal(created.result.state, 'WAIT_BUYER_PAY');
  const now = await sandbox.health();
  assert.equal(now.tokens_issued, before.tokens_issued + 1);
  assert.equal(now.payments, before.payments + 1, 'paid once');
  assert.equal(now.requests_served, before.requests_served + 3, '401, the token request, the replay');
  assert.deepEqual(shape(events), [
    ['request', 401, null, 'reused'],
    ['retry', null, 'token_rejected', null],
    ['token_request', 200, null, null],
    ['request', 200, null, 'fetched'],
  ]);
  assert.equal(events[0].ret_code, '00280703');
  assert.equal(events[0].path, '/payments/payment');
  assert.equal(client.stats.tokenReplays, 1);
});

test('an unsigned 401 under strict verification is replayed once, never twice', async () => {
  const unsigned = await startSandbox(['--sign-errors', 'no']);
  try {
    const client = merchantClient(unsigned);
    await client.token();
    await unsigned.admin('POST', '/tokens/expire');
    assert.equal((await client.getRefundableBalance()).verification.status, 'verified');
    assert.equal(client.stats.tokenReplays, 1);

    const before = await unsigned.health();
    await unsigned.fault({ op: 'get_refundable_balance', kind: 'expire_token', times: 2 });
    const err = await failure(client.getRefundableBalance());
    // Strict verification refuses the unsigned answer; what it claimed is kept, unverified.
    assert.ok(isUmfError(err));
    assert.equal(err.code, 'signature_missing');
    assert.equal(err.unverifiedRetCode, '00280703');
    assert.equal(client.stats.tokenReplays, 2);
    const now = await unsigned.health();
    assert.equal(now.requests_served, before.requests_served + 3, '401, the token request, 401: then stop');
    assert.equal(now.tokens_issued, before.tokens_issued + 1);
  } finally {
    unsigned.stop();
  }
});

test('connection refused: nothing left, so even a payment POST is sent again', async () => {
  const port = await freePort();
  const target = new URL(sandbox.baseUrl);
  const sockets = new Set();
  const proxy = net.createServer((socket) => {
    sockets.add(socket);
    const upstream = net.connect(Number(target.port), target.hostname);
    sockets.add(upstream);
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  let opened = false;
  // Nobody listens on `port` until the core has decided to send again.
  const open = (event) => {
    if (event.kind === 'retry' && event.retry_reason === 'not_sent' && !opened) {
      opened = true;
      proxy.listen(port, '127.0.0.1');
    }
  };
  const events = [];
  const baseUrl = sandbox.baseUrl.replace(`:${target.port}/`, `:${port}/`);
  try {
    const cold = merchantClient(sandbox, { baseUrl, onEvent: (e) => { events.push(e); open(e); } });
    assert.equal((await cold.getRefundableBalance()).operation, 'get_refundable_balance');
    assert.deepEqual(shape(events).slice(0, 3), [
      ['token_request', null, null, null],
      ['retry', null, 'not_sent', null],
      ['token_request', 200, null, null],
    ]);
    assert.equal(events[0].error, 'transport_error');

    // A payment POST to a port that refuses: sent again once the port opens, paid once. The
    // pooled connection goes too, and the client sees it close before the POST.
    await new Promise((resolve) => { proxy.close(resolve); for (const s of sockets) s.destroy(); });
    await new Promise((resolve) => setTimeout(resolve, 100));
    opened = false;
    events.length = 0;
    const before = await sandbox.health();
    const ref = reference('JS-CALL-REFUSED');
    const created = await cold.createPayment(qrPayment(ref, ''));
    assert.equal(created.result.order.mer_reference_id, ref);
    assert.deepEqual(shape(events, 'create_payment').slice(0, 2), [
      ['request', null, null, 'reused'],
      ['retry', null, 'not_sent', null],
    ]);
    assert.equal((await sandbox.health()).payments, before.payments + 1);
  } finally {
    proxy.close();
    for (const s of sockets) s.destroy();
  }

  // Never listening at all: the error says nothing was sent, and may be retried.
  const dead = merchantClient(sandbox, {
    baseUrl: `http://127.0.0.1:${await freePort()}/cberest/v1`, policy: { initialBackoffMs: 10 },
  });
  const err = await failure(dead.getRefundableBalance());
  assert.equal(err.code, 'transport_error');
  assert.equal(err.family, 'transport');
  assert.equal(err.operation, 'get_access_token');
  assert.equal(err.sent, false);
  assert.equal(err.retryable, true);
  assert.ok(err.cause instanceof Error, 'the fetch error is the cause');
  assert.equal(dead.stats.tokenRequests, 3, 'maxAttempts sends in all');
});

test('single-flight: concurrent calls of one client send one token request', async () => {
  const fresh = await startSandbox();
  try {
    const agents = new Set();
    const { client, events } = recorded(fresh, {
      fetch: (url, init) => { agents.add(init.headers['User-Agent']); return fetch(url, init); },
    });
    const answers = await Promise.all(Array.from({ length: 40 }, () => client.getRefundableBalance()));
    assert.equal(answers.length, 40);
    assert.equal((await fresh.health()).tokens_issued, 1);
    assert.equal(client.stats.tokenRequests, 1);
    assert.equal(events.filter((e) => e.kind === 'token_request').length, 1);
    const sources = events.filter((e) => e.kind === 'request').map((e) => e.token);
    assert.equal(sources.filter((s) => s === 'fetched').length, 1);
    assert.ok(sources.every((s) => s === 'fetched' || s === 'waited' || s === 'reused'));
    assert.deepEqual([...agents], [`umf-sdk/${client.caller.userAgent.split(' ')[0].split('/')[1]} node/${process.versions.node}`]);
    assert.match(client.caller.userAgent, /^umf-sdk\/\d+\.\d+\.\d+\S* node\/\d+\.\d+\.\d+$/);
  } finally {
    fresh.stop();
  }
});

test('a fleet sharing Redis fetches one token; a rejection is replaced once for all', async () => {
  const fleet = await startSandbox();
  try {
    const p = prefix();
    const evals = { a: 0, b: 0 };
    const [ra, rb] = [await redis.client(), await redis.client()];
    // Two processes' clients: their own Caller (token state), one Redis.
    const a = recorded(fleet, { store: { prefix: p, eval: (s, k, v) => { evals.a++; return ra.eval(s, { keys: k, arguments: v }); } } });
    const b = recorded(fleet, { store: { prefix: p, redis: rb } });
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, () => a.client.getRefundableBalance()),
      ...Array.from({ length: 10 }, () => b.client.getRefundableBalance()),
    ]);
    assert.equal(answers.length, 20);
    assert.equal((await fleet.health()).tokens_issued, 1, 'one token for the fleet');
    assert.equal(a.client.stats.tokenRequests + b.client.stats.tokenRequests, 1);
    assert.equal(a.client.stats.sharedTokens + b.client.stats.sharedTokens, 1, 'the other read it from Redis');
    assert.ok(await ra.get(`${p}:{${CLIENT_ID}}:token`), 'stored under the client id\'s hash tag');
    assert.equal(await ra.get(`${p}:{${CLIENT_ID}}:lock`), null, 'the lock was released');

    // Cached in the process: calls cost no Redis round trip.
    const before = evals.a;
    for (let i = 0; i < 5; i++) await a.client.getRefundableBalance();
    assert.equal(evals.a, before);

    // UMF revokes the token: the first to meet the 401 replaces it in Redis; the other's
    // replay finds the new one there.
    await fleet.admin('POST', '/tokens/expire');
    const issued = (await fleet.health()).tokens_issued;
    await a.client.getRefundableBalance();
    await b.client.getRefundableBalance();
    assert.equal((await fleet.health()).tokens_issued, issued + 1);
    assert.equal(a.client.stats.tokenReplays + b.client.stats.tokenReplays, 2);
    assert.deepEqual(shape(b.events).slice(-3), [
      ['request', 401, null, 'reused'],
      ['retry', null, 'token_rejected', null],
      ['request', 200, null, 'shared'],
    ], 'the other process\'s replay uses the token stored by the first');
  } finally {
    fleet.stop();
  }
});

test('seen: a notification handled once across a fleet, and in-process without a store', async () => {
  const p = prefix();
  const a = merchantClient(sandbox, { store: { prefix: p, redis: await redis.client() } });
  const b = merchantClient(sandbox, { store: { prefix: p, redis: await redis.client() } });
  const key = `payment:${randomUUID()}:TRADE_SUCCESS`;
  assert.equal(await a.seen(key, 60_000), false);
  assert.equal(await b.seen(key, 60_000), true);
  assert.equal(await a.seen(`${key}-other`, 60_000), false);

  const alone = merchantClient(sandbox);
  assert.equal(await alone.seen(key, 60_000), false);
  assert.equal(await alone.seen(key, 60_000), true);
  assert.equal(await merchantClient(sandbox).seen(key, 60_000), false, 'in-process: per client');
});

test('Redis down: fallback with a store_unavailable event, or the required mode\'s error; back when it returns', async () => {
  const fresh = await startSandbox();
  const p = prefix();
  try {
    const knobs = { prefix: p, timeoutMs: 300, retryAfterFailureMs: 200 };
    const fallback = recorded(fresh, { store: { ...knobs, redis: await redis.client() } });
    const required = recorded(fresh, { store: { ...knobs, mode: 'required', redis: await redis.client() } });
    await redis.stop();

    assert.equal((await fallback.client.getRefundableBalance()).operation, 'get_refundable_balance');
    const downs = fallback.events.filter((e) => e.kind === 'store_unavailable');
    assert.equal(downs.length, 1, 'one store_unavailable event for the call');
    assert.equal(downs[0].error, 'store_unavailable');
    // Asked again for retryAfterFailureMs before fetching alone.
    assert.ok(fallback.client.stats.storeFailures >= 1);
    assert.equal(fallback.client.stats.tokenRequests, 1, 'fetched in this process');

    const issued = (await fresh.health()).tokens_issued;
    const err = await failure(required.client.getRefundableBalance());
    assert.ok(isUmfError(err));
    assert.equal(err.code, 'store_unavailable');
    assert.equal(err.family, 'transport');
    assert.equal((await fresh.health()).tokens_issued, issued, 'no token fetched alone');
    const seen = await failure(required.client.seen('payment:PAY_1:TRADE_SUCCESS', 1000));
    assert.equal(seen.code, 'store_unavailable');
    assert.equal(await fallback.client.seen('payment:PAY_1:TRADE_SUCCESS', 1000), false, 'fallback: in-process');

    await redis.start();
    const again = await redis.client();
    await eventually(async () => {
      try {
        return (await required.client.getRefundableBalance()).operation;
      } catch (e) {
        if (e.code !== 'store_unavailable') throw e;
        return null;
      }
    }, 10_000);
    assert.ok(await again.get(`${p}:{${CLIENT_ID}}:token`), 'the token is in Redis again');
  } finally {
    fresh.stop();
    if (!redis.running) await redis.start();
  }
});

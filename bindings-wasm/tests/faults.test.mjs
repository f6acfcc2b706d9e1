// Every fault the sandbox injects, seen through UmfClient as the right error (or handled: one
// transparent retry after an expired token), and single-flight tokens under 200 concurrent
// calls on a cold client.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { isUmfError } from 'umf-sdk';
import { merchantClient, qrPayment, startSandbox } from './sandbox.mjs';

let sandbox;
const newClient = (options) => merchantClient(sandbox, options);

const failure = (promise) => promise.then(() => assert.fail('expected an error'), (err) => err);

before(async () => {
  sandbox = await startSandbox();
});

after(() => sandbox?.stop());

test('5xx: a read is retried by the core, a payment POST that may have gone through is not', async () => {
  const events = [];
  const client = newClient({ onEvent: (e) => events.push(e) });
  await client.token();
  await sandbox.fault({ op: 'get_refundable_balance', kind: 'status', status: 503, times: 1 });
  assert.equal((await client.getRefundableBalance()).operation, 'get_refundable_balance');
  assert.equal(client.stats.requests, 2);
  assert.equal(client.stats.retries, 1);
  assert.deepEqual(events.filter((e) => e.operation === 'get_refundable_balance').map((e) => [e.kind, e.status, e.retry_reason, e.attempt]),
    [['request', 503, null, 1], ['retry', null, 'server_error', 1], ['request', 200, null, 2]]);

  // Three 503s in a row: out of attempts, the last answer is the error.
  await sandbox.fault({ op: 'get_refundable_balance', kind: 'status', status: 503, times: 3 });
  const read = await failure(client.getRefundableBalance());
  assert.ok(isUmfError(read));
  assert.equal(read.code, 'api_error');
  assert.equal(read.httpStatus, 503);
  assert.equal(read.retryable, true);
  assert.equal(client.stats.requests, 5);

  await sandbox.fault({ op: 'create_payment', kind: 'status', status: 503, times: 1 });
  const post = await failure(client.createPayment(qrPayment('JS-F-503', '')));
  assert.equal(post.code, 'api_error');
  assert.equal(post.httpStatus, 503);
  assert.equal(post.retryable, false);
  assert.equal(client.stats.requests, 6, 'the payment POST was sent once');
});

test('429: not processed, so even a payment POST is sent again by the core', async () => {
  const client = newClient();
  await client.token();
  await sandbox.fault({ op: 'create_payment', kind: 'status', status: 429, times: 1 });
  assert.equal((await client.createPayment(qrPayment('JS-F-429', ''))).result.state, 'WAIT_BUYER_PAY');
  assert.equal(client.stats.retries, 1);
  assert.equal(client.stats.requests, 2);
});

test('a dropped connection is a transport error, retryable only for reads', async () => {
  const client = newClient({ policy: { maxAttempts: 1 } });
  await client.token();
  await sandbox.fault({ op: 'get_refundable_balance', kind: 'drop', times: 1 });
  const read = await failure(client.getRefundableBalance());
  assert.ok(isUmfError(read));
  assert.equal(read.code, 'transport_error');
  assert.equal(read.family, 'transport');
  assert.equal(read.retryable, true);
  assert.equal(read.sent, true);
  assert.ok(read.cause, 'the fetch error is kept as the cause');

  await sandbox.fault({ op: 'create_payment', kind: 'drop', times: 1 });
  const post = await failure(client.createPayment(qrPayment('JS-F-DROP', '')));
  assert.equal(post.code, 'transport_error');
  assert.equal(post.sent, true);
  assert.equal(post.retryable, false);

  // With the default policy a read is sent again after a drop; the payment never is.
  const retrying = newClient();
  await sandbox.fault({ op: 'get_refundable_balance', kind: 'drop', times: 1 });
  assert.equal((await retrying.getRefundableBalance()).operation, 'get_refundable_balance');
  assert.equal(retrying.stats.retries, 1);
  await sandbox.fault({ op: 'create_payment', kind: 'drop', times: 1 });
  assert.equal((await failure(retrying.createPayment(qrPayment('JS-F-DROP2', '')))).code, 'transport_error');
  assert.equal(retrying.stats.retries, 1);
});

test('timeouts: the policy\'s per attempt (a read retried), and the caller\'s AbortSignal', async () => {
  const client = newClient({ policy: { attemptTimeoutMs: 150, initialBackoffMs: 20 } });
  await client.token();
  await sandbox.fault({ op: 'get_refundable_balance', kind: 'latency', ms: 600, times: 1 });
  assert.equal((await client.getRefundableBalance()).operation, 'get_refundable_balance', 'the second attempt answered');
  assert.equal(client.stats.retries, 1);

  const once = newClient({ policy: { attemptTimeoutMs: 150, maxAttempts: 1 } });
  await once.token();
  await sandbox.fault({ op: 'get_refundable_balance', kind: 'latency', ms: 600, times: 1 });
  const started = Date.now();
  const err = await failure(once.getRefundableBalance());
  assert.equal(err.code, 'timeout');
  assert.equal(err.family, 'transport');
  assert.equal(err.operation, 'get_refundable_balance');
  assert.equal(err.sent, true);
  assert.equal(err.retryable, true);
  assert.equal(err.cause?.name, 'TimeoutError', 'the fetch error is the cause');
  assert.ok(Date.now() - started < 550, 'the call did not wait for the answer');

  await sandbox.fault({ op: 'create_payment', kind: 'latency', ms: 600, times: 1 });
  const post = await failure(client.createPayment(qrPayment('JS-F-SLOW', '')));
  assert.equal(post.code, 'timeout');
  assert.equal(post.sent, true);
  assert.equal(post.retryable, false, 'it may still go through');

  // The caller's signal: its reason is thrown, as fetch does.
  await sandbox.fault({ op: 'get_refundable_balance', kind: 'latency', ms: 600, times: 1 });
  const aborted = await failure(client.getRefundableBalance({}, { signal: AbortSignal.timeout(100), timeoutMs: 0 }));
  assert.equal(aborted.name, 'TimeoutError');
  const cancelled = new AbortController();
  cancelled.abort();
  assert.equal((await failure(client.getRefundableBalance({}, { signal: cancelled.signal }))).name, 'AbortError');

  // Latency within the timeout only slows the call.
  await sandbox.fault({ op: '*', kind: 'latency', ms: 30, times: 1 });
  assert.equal((await client.getRefundableBalance()).operation, 'get_refundable_balance');
});

test('an expired token: one transparent refresh, and the same signed bytes sent again', async () => {
  const client = newClient();
  await client.token();
  const issued = (await sandbox.health()).tokens_issued;
  await sandbox.fault({ op: 'get_refundable_balance', kind: 'expire_token', times: 1 });
  assert.equal((await client.getRefundableBalance()).operation, 'get_refundable_balance');
  // A signed POST: the sandbox checks the Signature over the resent body.
  await sandbox.fault({ op: 'create_payment', kind: 'expire_token', times: 1 });
  const created = await client.createPayment(qrPayment('JS-F-EXPIRED', ''));
  assert.equal(created.result.state, 'WAIT_BUYER_PAY');
  assert.equal((await sandbox.health()).tokens_issued, issued + 2);
  assert.equal(client.stats.tokenReplays, 2);

  // Expired twice in a row: retried once only, then the error.
  await sandbox.fault({ op: 'get_refundable_balance', kind: 'expire_token', times: 2 });
  const err = await failure(client.getRefundableBalance());
  assert.equal(err.code, 'api_error');
  assert.equal(err.tokenExpired, true);
  await sandbox.clearFaults();
});

test('a response whose signature does not verify is refused', async () => {
  const client = newClient();
  await sandbox.fault({ op: 'get_refundable_balance', kind: 'bad_signature', times: 1 });
  const err = await failure(client.getRefundableBalance());
  assert.equal(err.code, 'signature_invalid');
  assert.equal(err.family, 'signature');
});

test('200 concurrent calls on a cold client send exactly one token request', async () => {
  const fresh = await startSandbox();
  try {
    const client = merchantClient(fresh);
    const calls = [];
    for (let i = 0; i < 200; i++) {
      calls.push(i % 4 === 0
        ? client.createPayment(qrPayment(`JS-LOAD-${i}`, '', '1.00'))
        : client.getRefundableBalance());
    }
    const answers = await Promise.all(calls);
    assert.equal(answers.length, 200);
    assert.ok(answers.every((a) => a.verification.status === 'verified'));
    assert.equal((await fresh.health()).tokens_issued, 1);
    assert.equal(client.stats.tokenRequests, 1);
    assert.equal(client.stats.requests, 200);
  } finally {
    fresh.stop();
  }
});

test('a refused token request fails every waiting call with its error, once', async () => {
  const client = newClient({ clientSecret: 'wrong-secret' });
  const errors = await Promise.all(Array.from({ length: 50 }, () => failure(client.getRefundableBalance())));
  assert.ok(errors.every((e) => e.code === errors[0].code && isUmfError(e)));
  assert.equal(errors[0].code, 'api_error');
  assert.equal(client.stats.tokenRequests, 1);
  // Held for a second: a call right after gets the same error without a request.
  assert.equal((await failure(client.getRefundableBalance())).code, 'api_error');
  assert.equal(client.stats.tokenRequests, 1);
});

// The token state machine from JavaScript: single flight, injected clock, typed failures.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { TokenManager, RefreshTicket, isTokenRejection } from 'umf-sdk';

const URL = 'https://sandbox.test/cberest/v1/oauth/authorize';
const ok = (token, expiresIn = 3600) => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ expires_in: expiresIn, access_token: token }),
});

test('one caller fetches, the others wait, then everyone uses the token', () => {
  const m = new TokenManager('client-1', 's3cret', URL);
  const first = m.poll(0);
  assert.equal(first.action, 'fetch');
  assert.ok(first.ticket instanceof RefreshTicket);
  assert.equal(first.request.method, 'POST');
  assert.equal(first.request.url, URL);
  assert.ok(first.request.body instanceof Uint8Array);
  assert.deepEqual(JSON.parse(new TextDecoder().decode(first.request.body)), {
    client_id: 'client-1', client_secret: 's3cret', grant_type: 'client_credentials',
  });
  assert.equal(first.request.headers['Content-Type'], 'application/json');
  for (let i = 0; i < 50; i++) assert.equal(m.poll(10).action, 'wait');
  assert.equal(m.isRefreshing, true);

  const token = m.complete(first.ticket, ok('tok-1'), 100);
  assert.equal(token.secret(), 'tok-1');
  assert.equal(token.expiresAtMs, 0 + 3_600_000, 'its life counts from the poll that began the refresh');
  const use = m.poll(200);
  assert.equal(use.action, 'use');
  assert.equal(use.token.secret(), 'tok-1');
  assert.equal(m.current(200).secret(), 'tok-1');
  // Inside the one-minute margin a refresh starts again.
  assert.equal(m.poll(3_600_000 - 59_000).action, 'fetch');
});

test('a stale 401 never discards the fresh token', () => {
  const m = new TokenManager('client-1', 's3cret', URL, { refreshMarginMs: 0 });
  const t1 = m.complete(m.poll(0).ticket, ok('one'), 0);
  assert.equal(m.invalidate(t1.generation), true);
  const t2 = m.complete(m.poll(1).ticket, ok('two'), 1);
  assert.equal(m.invalidate(t1.generation), false);
  assert.equal(m.invalidate(t2.generation + 0.5), false, 'a fraction names no token');
  assert.equal(m.current(2).secret(), 'two');
  assert.equal(m.invalidate(t2.generation), true);
  assert.equal(m.current(2), undefined);
});

test('a lost refresh times out; its late ticket is refused', () => {
  const m = new TokenManager('c', 's', URL, { refreshTimeoutMs: 1000 });
  const lost = m.poll(0);
  assert.equal(m.poll(999).action, 'wait');
  const again = m.poll(1000);
  assert.equal(again.action, 'fetch');
  assert.throws(() => m.complete(lost.ticket, ok('late'), 1001), { code: 'token_unavailable' });
  assert.equal(m.complete(again.ticket, ok('fresh'), 1002).secret(), 'fresh');
});

test('failures are typed, held for a second, then fetched again', () => {
  const m = new TokenManager('c', 's', URL);
  assert.throws(() => m.complete(m.poll(0).ticket, { status: 200, body: '{"expires_in":3600}' }, 0),
    { code: 'token_response_invalid' });
  // Every caller gets the same failure for a second instead of its own token request.
  assert.throws(() => m.poll(1), { code: 'token_response_invalid' });
  const denied = m.poll(1000);
  assert.equal(denied.action, 'fetch');
  try {
    m.complete(denied.ticket, {
      status: 401,
      body: new TextEncoder().encode('{"meta":{"ret_code":"00060711","ret_msg":"Merchant has not registered."}}'),
    }, 1001);
    assert.fail('a 401 from the token endpoint is an API error');
  } catch (err) {
    assert.equal(err.code, 'api_error');
    assert.equal(err.httpStatus, 401);
    assert.equal(err.retCode, '00060711');
    assert.equal(err.retryable, false);
    assert.equal(err.tokenExpired, false);
  }
  const busy = m.poll(2001);
  assert.throws(() => m.complete(busy.ticket, { status: 503, body: '' }, 2002), { code: 'api_error', retryable: true });
  // A malformed response object is a TypeError, and the refresh is given up, not left hanging.
  const bad = m.poll(3002);
  assert.throws(() => m.complete(bad.ticket, { body: '' }, 3003), TypeError);
  assert.equal(m.poll(3004).action, 'fetch');
});

test('the token value never shows in logs or JSON', () => {
  const m = new TokenManager('c', 'client-secret-value', URL);
  const token = m.complete(m.poll(0).ticket, ok('bearer-secret-123'), 0);
  const shown = JSON.stringify({ token, m: m.current(1) });
  assert.ok(!shown.includes('bearer-secret-123'));
  assert.deepEqual(JSON.parse(JSON.stringify(token)), { expiresAtMs: 3_600_000, generation: 1 });
  const installed = m.install('from-cache', Date.now() + 3_600_000);
  assert.equal(m.current().secret(), 'from-cache');
  assert.equal(installed.generation, 2);
});

test('token rejections: HTTP 401 or 00280703, from any header shape', () => {
  assert.equal(isTokenRejection({ status: 401, body: '' }), true);
  assert.equal(isTokenRejection({
    status: 200,
    headers: new Headers({ 'content-type': 'application/json' }),
    body: '{"meta":{"ret_code":"00280703","ret_msg":"Data Token is expired"}}',
  }), true);
  assert.equal(isTokenRejection({ status: 200, headers: [['a', 'b']], body: '{"meta":{"ret_code":"0000"}}' }), false);
});

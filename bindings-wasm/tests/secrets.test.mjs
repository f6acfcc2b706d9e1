// Secret hygiene: nothing the package prints, throws or logs shows a secret.
//
// Every object that can hold a secret is built from KNOWN secret values: the vector keys (the
// passphrase-protected ones opened with the manifest's passphrase), client credentials, an
// access token, and a card payment's card number, CVV, expiry, phone and ID number. Then every
// string JavaScript can make of them is scanned: String(x), x.toString(), JSON.stringify(x),
// util.inspect(x, {depth: Infinity, showHidden: true}), util.format's %s %o %O %j, what
// console.log writes, and for errors their message, stack and cause chain. A full sandbox flow
// through UmfClient runs in a child process with every Node debug log on (NODE_DEBUG=*), a fetch
// that logs its arguments and console.log of everything it gets: none of that output may hold a
// secret. Last, the module's WebAssembly memory is read: no copy of key text, key bytes or a
// passphrase handed in is left there.
//
// Requests legitimately carry the token in `headers.Authorization` and ciphertext in `body`:
// read explicitly, they are there; printed, a request shows the core's redacted form.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';
import { after, before, test } from 'node:test';

import { keyBytes, keyPath, manifest } from './vectors.mjs';

// The module's memory, caught as it is instantiated (test only): what the binding copies into
// it must be wiped.
const instances = [];
const RealInstance = WebAssembly.Instance;
WebAssembly.Instance = class extends RealInstance {
  constructor(module, imports) {
    super(module, imports);
    instances.push(this);
  }
};
const umf = await import('umf-sdk');
WebAssembly.Instance = RealInstance;
const {
  CardEncryptor, Client, PrivateKey, PublicKey, TokenManager, UmfClient, acknowledgeNotification,
  acknowledgeNotificationSigned, createSigner, createSignerSync, encryptFields, inspectKey,
  isUmfError, verifyNotification, verifyResponse,
} = umf;
const { CLIENT_ID, cardPayment, startSandbox } = await import('./sandbox.mjs');

// The known secrets.
const CLIENT_SECRET = 'cs-hygiene-7Hq2xW9-secret';
const TOKEN = 'tok-2f9c1d7e-very-secret';
const CARD = '6222020000000000000';
const CVV = '123';
const VALID_DATE = '1228';
const PHONE = '13800000000';
const ID_NUMBER = '110101199003070011';
const PASSPHRASE = manifest.passphrase ?? 'correct horse battery staple';
const BASE = 'https://umf.invalid/cberest/v1';

const MERCHANT_KEYS = [
  'merchant_1024_pkcs8.pem', 'merchant_1024_pkcs1.pem', 'merchant_1024_pkcs8.der',
  'merchant_1024_pkcs8.b64', 'merchant_1024_pkcs8_encrypted.pem', 'merchant_1024_pkcs8_encrypted.der',
  'merchant_2048_pkcs1_crlf.pem',
];
const passphraseOf = (file) => (file.includes('_encrypted') ? PASSPHRASE : undefined);

/** Runs of a key file's base64 (its PEM body, or the base64 of a DER file). */
function keyRuns(file) {
  const raw = fs.readFileSync(keyPath(file));
  const body = file.endsWith('.der')
    ? raw.toString('base64')
    : raw.toString('latin1').split(/\r?\n/).filter((l) => l && !l.includes('-----')).join('');
  const runs = [];
  for (let i = 0; i + 24 < body.length; i += 24) runs.push(body.slice(i, i + 24));
  return runs;
}

/** 16-byte windows of the merchant key's DER past its public modulus: d, p, q, ... */
function privateWindows() {
  const der = fs.readFileSync(keyPath('merchant_1024_pkcs8.der'));
  const windows = [];
  for (let i = Math.floor(der.length / 3); i + 16 < der.length; i += 16) windows.push(der.subarray(i, i + 16));
  return windows;
}

class Secrets {
  constructor(extra = {}) {
    this.long = new Map(Object.entries({
      token: TOKEN, 'client secret': CLIENT_SECRET, 'card number': CARD, phone: PHONE,
      'ID number': ID_NUMBER, passphrase: PASSPHRASE, ...extra,
    }));
    for (const file of [...MERCHANT_KEYS, 'umf_1024_pkcs8.pem']) {
      keyRuns(file).forEach((run, i) => this.long.set(`${file} material #${i}`, run));
    }
    privateWindows().forEach((w, i) => {
      // How util.inspect shows a Buffer (hex) and other byte arrays (decimal), once the text's
      // whitespace is squeezed out (inspect pads and wraps them in columns).
      this.long.set(`private key hex #${i}`, w.toString('hex'));
      this.long.set(`private key bytes #${i}`, [...w].join(','));
    });
    // The CVV and the expiry are too short to look for alone (`123` is in many a port number):
    // next to their field's name, and quoted.
    this.keyed = [new RegExp(`cvv2\\W{0,12}${CVV}(?!\\d)`), new RegExp(`valid_date\\W{0,12}${VALID_DATE}(?!\\d)`)];
    this.quoted = [CVV, VALID_DATE].map((v) => new RegExp(`["']${v}["']`));
  }

  found(text, { quoted = true } = {}) {
    SCANNED.strings++;
    SCANNED.chars += text.length;
    const squeezed = text.replace(/\s+/g, '');
    const names = [...this.long]
      .filter(([, value]) => text.includes(value) || squeezed.includes(value))
      .map(([name]) => name);
    for (const p of [...this.keyed, ...(quoted ? this.quoted : [])]) if (p.test(text)) names.push(String(p));
    return names;
  }

  /** Fails naming what leaked, never the value (the report itself must not leak). */
  assertNoneIn(texts, what, options) {
    for (const text of texts) {
      const found = this.found(text, options);
      assert.deepEqual(found.slice(0, 3), [], `${what} shows ${found.slice(0, 3)}`);
    }
  }
}

// What the scan covered, printed at the end (a scan that saw nothing would prove nothing).
const SCANNED = { strings: 0, chars: 0 };
const SECRETS = new Secrets();

/** What console.log writes for `values`. */
function logged(...values) {
  const chunks = [];
  const write = process.stdout.write;
  process.stdout.write = (chunk) => chunks.push(String(chunk)) > 0;
  try {
    console.log(...values);
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

// util.inspect at its most verbose: every level, hidden and symbol properties, getters, and
// no array or string cut short.
const VERBOSE = {
  depth: Infinity, showHidden: true, getters: true, maxArrayLength: Infinity, maxStringLength: Infinity,
};

/** Every way JavaScript code ordinarily turns a value into text. */
function printed(x) {
  const texts = [
    util.inspect(x, VERBOSE),
    util.format('%s %o %O %j', x, x, x, x),
    logged(x),
    logged({ x }),
    JSON.stringify(x) ?? '',
    JSON.stringify({ x }),
  ];
  try {
    texts.push(String(x));
    if (x != null && typeof x.toString === 'function') texts.push(x.toString());
  } catch (err) {
    texts.push(...printedError(err));
  }
  return texts;
}

/** Everything an error can be turned into, its cause chain and own properties included. */
function printedError(err, depth = 0) {
  const texts = printed(err);
  if (err && typeof err === 'object') {
    texts.push(String(err.message), String(err.stack));
    for (const key of Reflect.ownKeys(err)) {
      if (key !== 'cause') texts.push(util.inspect(err[key], VERBOSE));
    }
    if (err.cause !== undefined && depth < 8) texts.push(...printedError(err.cause, depth + 1));
  }
  return texts;
}

function assertHidden(x, what = x?.constructor?.name ?? typeof x) {
  SECRETS.assertNoneIn(printed(x), what);
}

/** The error `fn` throws (or rejects with), scanned; with its stable `code` when given. */
async function assertThrowsHidden(code, fn) {
  let err;
  try {
    await fn();
  } catch (e) {
    err = e;
  }
  assert.ok(err !== undefined, `expected ${code ?? 'an error'}`);
  if (code !== null) {
    assert.ok(isUmfError(err), `${err?.name} is not a UmfError`);
    assert.equal(err.code, code);
  }
  SECRETS.assertNoneIn(printedError(err), `${err?.name} ${err?.code ?? ''}`);
  return err;
}

const card = (changes = {}) => ({
  number: CARD, valid_date: VALID_DATE, cvv2: CVV, phone: PHONE, citizen_id_type: 'IDENTITY_CARD',
  citizen_id_number: ID_NUMBER, payer_name: 'ZHANG SAN', ...changes,
});
const cardPayer = (changes) => ({ payment_method: 'CREDIT_CARD', payer_info: { bank_card: card(changes) } });
const createPayment = () => ({
  payer: { ...cardPayer(), interface_type: 'SERVER_TO_SERVER' },
  order: { mer_reference_id: 'HYGIENE-0001', mer_date: '20240101', amount: { total: '10.00', currency: 'USD' } },
  notify_url: 'https://shop.example/umf/notify',
});

/** Every form a key argument takes. */
function keySources(file) {
  const bytes = keyBytes(file);
  const sources = [bytes, Buffer.from(bytes), bytes.slice().buffer];
  if (!file.endsWith('.der')) sources.push(Buffer.from(bytes).toString('latin1'));
  return sources;
}

const umfCert = () => keyBytes('umf_1024_cert.pem');
const merchantKey = () => new PrivateKey(keyBytes('merchant_1024_pkcs8_encrypted.pem'), PASSPHRASE);
const umfPrivateKey = () => new PrivateKey(keyBytes('umf_1024_pkcs8.pem')); // playing UMF

test('the key bytes and passphrases handed in leave no copy in WebAssembly memory', () => {
  assert.equal(instances.length, 1, 'one module instance for the whole package');
  const { memory } = instances[0].exports;
  for (const file of MERCHANT_KEYS.filter((f) => f.startsWith('merchant_1024'))) {
    const passphrase = passphraseOf(file);
    for (const source of keySources(file)) {
      const key = new PrivateKey(source, passphrase);
      inspectKey(source, passphrase);
      if (!passphrase) new Client({ baseUrl: BASE, umfPublicKey: umfCert(), merchantKey: source }).free();
      createSignerSync(key);
      new Client({ baseUrl: BASE, umfPublicKey: umfCert(), merchantKey: key }).free();
      key.free();
    }
  }
  const heap = Buffer.from(memory.buffer);
  const needles = [
    ...MERCHANT_KEYS.filter((f) => f.startsWith('merchant_1024')).flatMap((f) => keyRuns(f).slice(2, -2)),
    ...privateWindows(),
    PASSPHRASE,
  ];
  const left = needles.filter((n) => heap.includes(n));
  assert.equal(left.length, 0, `${left.length} of ${needles.length} pieces of key material left in memory`);
});

test('handing the key to node:crypto leaves no copy of it in WebAssembly memory', () => {
  // Right after the exports, before other allocations can overwrite freed memory: the rsa
  // crate's own PKCS#8 encoder left the whole PKCS#1 key there.
  const { memory } = instances[0].exports;
  for (const backend of ['wasm', 'node:crypto']) {
    const key = new PrivateKey(keyBytes('merchant_1024_pkcs8.pem'), undefined, { backend });
    key.toPkcs8Der().fill(0);
    createSignerSync(key);
    key.free();
    const heap = Buffer.from(memory.buffer);
    const left = privateWindows().filter((n) => heap.includes(n));
    assert.equal(left.length, 0, `${backend}: ${left.length} pieces of the private key left in memory`);
  }
});

test('private keys in every form, and what holds them', async () => {
  for (const file of MERCHANT_KEYS) {
    const passphrase = passphraseOf(file);
    for (const source of keySources(file)) {
      const key = new PrivateKey(source, passphrase);
      assert.ok([1024, 2048].includes(key.bits));
      assertHidden(key);
      assertHidden(key.publicKey());
      assertHidden(inspectKey(source, passphrase));
      assertHidden(new Client({ baseUrl: BASE, umfPublicKey: umfCert(), merchantKey: key }));
      assertHidden(new UmfClient({
        baseUrl: BASE, umfPublicKey: umfCert(), merchantKey: key, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET,
      }));
      assertHidden(createSignerSync(key));
      assertHidden(await createSigner(key));
      const der = key.toPkcs8Der();
      assert.ok(der.length > 0, 'read explicitly, the key is there');
      der.fill(0);
    }
    if (!passphraseOf(file)) {
      assertHidden(new UmfClient({
        baseUrl: BASE, umfPublicKey: umfCert(), merchantKey: keyBytes(file), clientId: CLIENT_ID, clientSecret: CLIENT_SECRET,
      }));
    }
  }
});

test('credentials, token managers and tokens', () => {
  const manager = new TokenManager(CLIENT_ID, CLIENT_SECRET, `${BASE}/oauth/authorize`);
  assertHidden(manager);
  assertHidden(manager.tokenRequest());
  const fetch = manager.poll();
  assert.equal(fetch.action, 'fetch');
  assert.ok(Buffer.from(fetch.request.body).includes(CLIENT_SECRET), 'the token request does carry it');
  assertHidden(fetch);
  assertHidden(fetch.request);
  assertHidden(fetch.ticket);
  const answer = { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ access_token: TOKEN, expires_in: 7200 }) };
  const token = manager.complete(fetch.ticket, answer);
  assert.equal(token.secret(), TOKEN);
  for (const held of [token, manager.poll(), manager.current(), manager, manager.install(TOKEN, 1e13)]) assertHidden(held);
  const client = new Client({ baseUrl: BASE, umfPublicKey: umfCert() });
  assertHidden(client.tokenManager(CLIENT_ID, CLIENT_SECRET));
});

test('prepared, unsigned and signed requests', async () => {
  const client = new Client({ baseUrl: BASE, umfPublicKey: umfCert(), merchantKey: merchantKey() });
  const created = client.prepare('create_payment', createPayment(), TOKEN);
  assert.equal(created.headers.Authorization, `Bearer ${TOKEN}`, 'read explicitly, it is there');
  assert.ok(!Buffer.from(created.body).includes(CARD));
  assertHidden(created);
  // assert.ok, not assert.match: a failure must not print what it looked at.
  assert.ok(/^HttpRequest \{ method: Post, url: .*Authorization: <redacted>.*body_len: \d+ \}$/.test(util.inspect(created)),
    'printed, a request is the core\'s redacted form');
  assert.deepEqual(Object.keys(created), ['method', 'url', 'headers', 'body'], 'the hooks are not enumerable');
  const sms = client.prepare('send_payment_sms', { payment_id: 'PAY_X', payer: cardPayer() }, TOKEN);
  assert.ok(Buffer.from(sms.body).includes(PHONE), 'phone numbers are not encrypted (API.md): the body has it');
  assertHidden(sms);

  const signer = await createSigner(merchantKey());
  for (const make of [
    (u) => u.signWith(merchantKey()),
    (u) => u.attachSignature(signer.signSync(u.bytesToSign), merchantKey().publicKey()),
  ]) {
    const unsigned = client.prepareUnsigned('execute_payment', { payment_id: 'PAY_X', payer: cardPayer() }, TOKEN);
    assertHidden(unsigned);
    assertHidden(make(unsigned));
  }
  // A GET is sent as prepared; the card BIN query carries the card (encrypted) in its URL.
  const bin = client.prepareUnsigned('query_card_bin', { card: CARD }, TOKEN);
  assert.equal(bin.signatureRequired, false);
  assertHidden(bin);
  const query = bin.toRequest();
  assert.equal(query.headers.Authorization, `Bearer ${TOKEN}`);
  assertHidden(query);
  const refused = client.prepareUnsigned('execute_payment', { payment_id: 'PAY_X', payer: cardPayer() }, TOKEN);
  await assertThrowsHidden('invalid_request', () => refused.toRequest());
});

test('field encryption results', () => {
  const umfKey = new PublicKey(umfCert());
  const body = { payer: cardPayer(), order: { student_name: 'LI SI' } };
  for (const result of [
    encryptFields('create_payment', body, umfKey),
    encryptFields('create_payment', JSON.stringify(body), umfKey),
    new CardEncryptor(umfCert()).encryptFields('send_payment_sms', { payer: cardPayer() }),
  ]) {
    assertHidden(result);
    assert.ok(result.encrypted.includes('payer.payer_info.bank_card.number'));
  }
});

const echoed = () => JSON.stringify({
  meta: { ret_code: '0000', ret_msg: 'SUCCESS' },
  payment: {
    id: 'PAY_HYGIENE', state: 'WAIT_BUYER_PAY', payer: cardPayer(),
    order: { mer_reference_id: 'HYGIENE-0001', amount: { total: '1.00', currency: 'USD' } },
  },
  links: [],
});

test('parsed responses that echo sensitive fields', () => {
  // UMF echoes the phone number (and some examples more): only reading `result` shows them.
  const client = new Client({ baseUrl: BASE, umfPublicKey: umfCert() });
  const answer = client.parse('get_payment', { status: 200, headers: { authorization: `Bearer ${TOKEN}` }, body: echoed() });
  assert.equal(answer.result.payer.payer_info.bank_card.number, CARD);
  assertHidden(answer);
  assert.deepEqual(JSON.parse(JSON.stringify(answer)), {
    operation: 'get_payment', httpStatus: 200, verification: answer.verification,
  });
  assertHidden(verifyResponse(echoed(), new PublicKey(umfCert()), { resultKeys: ['payment'] }));
});

test('notifications and their acknowledgements', () => {
  const body = JSON.stringify({
    meta: { ret_code: '0000', ret_msg: ['SUCCESS'] },
    payment: { id: 'PAY_HYGIENE', state: 'TRADE_SUCCESS', payer: cardPayer() },
    links: [],
  });
  const signature = umfPrivateKey().sign(body);
  const client = new Client({ baseUrl: BASE, umfPublicKey: umfCert() });
  for (const note of [
    client.verifyNotification(signature, body),
    verifyNotification(new PublicKey(umfCert()), signature, Buffer.from(body)),
    new CardEncryptor(umfCert()).verifyNotification(signature, body),
  ]) {
    assert.equal(note.payment.payer.payer_info.bank_card.citizen_id_number, ID_NUMBER);
    assertHidden(note);
    assert.deepEqual(JSON.parse(JSON.stringify(note)), {
      kind: 'payment', id: 'PAY_HYGIENE', state: 'TRADE_SUCCESS', idempotencyKey: 'payment:PAY_HYGIENE:TRADE_SUCCESS',
    });
    assertHidden(acknowledgeNotification(note));
    assertHidden(acknowledgeNotificationSigned(note, merchantKey(), 'form'));
  }
});

test('key errors show neither the key nor the passphrase', async () => {
  const encrypted = keyBytes('merchant_1024_pkcs8_encrypted.pem');
  for (const wrong of [`not ${PASSPHRASE}`, `${PASSPHRASE}!`, PASSPHRASE.slice(0, -1)]) {
    await assertThrowsHidden('key_passphrase_incorrect', () => new PrivateKey(encrypted, wrong));
    await assertThrowsHidden('key_passphrase_incorrect', () => inspectKey(encrypted, wrong));
  }
  await assertThrowsHidden('key_passphrase_required', () => new PrivateKey(encrypted));
  await assertThrowsHidden('key_passphrase_required', () => new Client({ baseUrl: BASE, umfPublicKey: umfCert(), merchantKey: encrypted }));
  await assertThrowsHidden('key_passphrase_required', () => new UmfClient({
    baseUrl: BASE, umfPublicKey: umfCert(), merchantKey: encrypted, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET,
  }));

  const pem = Buffer.from(keyBytes('merchant_1024_pkcs8.pem')).toString('latin1');
  const truncated = `${pem.slice(0, pem.length / 2)}\n-----END PRIVATE KEY-----\n`;
  const garbled = pem.replace(/\n/, `\n${CARD}`);
  const mangled = `${keyRuns('merchant_1024_pkcs8.pem').join('').slice(0, -7)}!${CLIENT_SECRET}`;
  for (const text of [truncated, garbled, mangled, Buffer.from(truncated), new TextEncoder().encode(garbled)]) {
    const err = await assertThrowsHidden(null, () => new PrivateKey(text));
    assert.equal(err.family, 'key');
  }
  await assertThrowsHidden('key_wrong_kind', () => new PublicKey(pem));
  await assertThrowsHidden('key_wrong_kind', () => new CardEncryptor(pem));
  await assertThrowsHidden('key_wrong_kind', () => new Client({ baseUrl: BASE, umfPublicKey: pem }));
  await assertThrowsHidden('key_wrong_kind', () => new PrivateKey(umfCert()));
  await assertThrowsHidden(null, () => new PrivateKey(12345)); // a TypeError: not a key
});

test('malformed JSON carrying a card number, and token endpoint garbage', async () => {
  const client = new Client({ baseUrl: BASE, umfPublicKey: umfCert() });
  const broken = `{"meta":{"ret_code":"0000"},"payment":{"payer":{"number":"${CARD}","phone":"${PHONE}"`;
  await assertThrowsHidden('response_malformed', () => client.parse('get_payment', { status: 200, body: broken }));
  const duplicated = `{"payment":{"id":"${CARD}","id":"${ID_NUMBER}"}}`;
  await assertThrowsHidden('response_malformed', () => client.parse('get_payment', { status: 200, body: duplicated }));
  await assertThrowsHidden('response_malformed', () => verifyResponse(broken, new PublicKey(umfCert())));
  for (const body of [broken, `{"payment":{"number":"${CARD}"}}`]) {
    const signature = umfPrivateKey().sign(body);
    await assertThrowsHidden('notification_malformed', () => client.verifyNotification(signature, body));
  }
  const signature = umfPrivateKey().sign(broken);
  await assertThrowsHidden('signature_invalid', () => client.verifyNotification(signature, broken.replace('0000', '0001')));
  // The params themselves as broken JSON text.
  await assertThrowsHidden('invalid_request', () => client.prepare('send_payment_sms', `{"payment_id":"PAY_X","number":"${CARD}"`));

  for (const [status, body, family] of [
    [200, `{"access_token":"${TOKEN}","expires_in":`, 'token'],
    [200, `{"access_token":"${TOKEN}","expires_in":"soon"}`, 'token'],
    [200, `{"client_secret":"${CLIENT_SECRET}"}`, 'token'],
    [401, JSON.stringify({ meta: { ret_code: '00280701', ret_msg: 'bad client' }, secret: CLIENT_SECRET }), 'api'],
  ]) {
    const manager = new TokenManager(CLIENT_ID, CLIENT_SECRET, `${BASE}/oauth/authorize`);
    const { ticket } = manager.poll();
    const err = await assertThrowsHidden(null, () => manager.complete(ticket, { status, body }));
    assert.equal(err.family, family);
    await assertThrowsHidden(err.code, () => manager.poll()); // the held error, once more
  }
});

test('over-long and invalid sensitive fields', async () => {
  const umfKey = new PublicKey(umfCert());
  const tooLong = { payer: cardPayer({ number: CARD.repeat(10) }) };
  const err = await assertThrowsHidden('value_too_long', () => encryptFields('send_payment_sms', tooLong, umfKey));
  assert.equal(err.path, 'payer.payer_info.bank_card.number');
  const unvalidated = new Client({ baseUrl: BASE, umfPublicKey: umfCert(), merchantKey: merchantKey(), validate: false });
  await assertThrowsHidden('value_too_long', () => unvalidated.prepare('send_payment_sms', { payment_id: 'PAY_X', ...tooLong }, TOKEN));
  const ciphertextSized = Buffer.from(CARD.repeat(7)).subarray(0, 128).toString('base64');
  await assertThrowsHidden('sensitive_value_looks_encrypted',
    () => unvalidated.prepare('send_payment_sms', { payment_id: 'PAY_X', payer: cardPayer({ number: ciphertextSized }) }));

  const client = new Client({ baseUrl: BASE, umfPublicKey: umfCert(), merchantKey: merchantKey() });
  for (const changes of [
    { number: `${CARD}ABC` }, { cvv2: `${CVV}45678` }, { valid_date: `${VALID_DATE}/99` }, { phone: PHONE.repeat(3) },
    { citizen_id_number: ID_NUMBER.repeat(2) }, { citizen_id_type: `PASSPORT-${ID_NUMBER}` },
  ]) {
    const params = { payment_id: 'PAY_X', payer: cardPayer(changes) };
    const failed = await assertThrowsHidden('validation_failed', () => client.prepare('send_payment_sms', params, TOKEN));
    assert.deepEqual(failed.problems.map((p) => p.path.split('.').at(-1)), Object.keys(changes));
    SECRETS.assertNoneIn(printed(client.validate('send_payment_sms', params)), 'validate()');
  }
  // The same through UmfClient, before anything is sent.
  const http = new UmfClient({
    baseUrl: BASE, umfPublicKey: umfCert(), merchantKey: merchantKey(), clientId: CLIENT_ID, clientSecret: CLIENT_SECRET,
    fetch: () => assert.fail('nothing is sent'),
  });
  http.caller.installToken(TOKEN, 1e13);
  await assertThrowsHidden('validation_failed', () => http.sendPaymentSms({ payment_id: 'PAY_X', payer: cardPayer({ number: `${CARD}ABC` }) }));
});

let sandbox;
before(async () => {
  sandbox = await startSandbox(['--client-id', CLIENT_ID, '--client-secret', CLIENT_SECRET]);
});
after(() => {
  sandbox?.stop();
  assert.ok(SCANNED.strings > 1000, 'the scan saw what the package printed');
  console.log(`secret scan: ${SCANNED.strings} strings (${SCANNED.chars} characters) searched for ${SECRETS.long.size} secret pieces`);
});

test('transport errors of requests carrying the token and the card, and every event of the calls', async () => {
  const events = [];
  const client = new UmfClient({
    baseUrl: sandbox.baseUrl, umfPublicKey: umfCert(), merchantKey: merchantKey(), clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET, onEvent: (e) => events.push(e),
  });
  const live = new Secrets({ 'live token': (await client.token()).secret() });
  const { result } = await client.createPayment(cardPayment('JS-HYG-0001', ''));
  for (const [fault, code] of [[{ kind: 'drop' }, 'transport_error'], [{ kind: 'latency', ms: 1500 }, 'timeout']]) {
    await sandbox.fault({ op: 'send_payment_sms', times: 1, ...fault });
    // A short timeout for this call only: the token request above must not race it.
    const err = await client.sendPaymentSms({ payment_id: result.id, payer: cardPayer() }, { timeoutMs: 300 })
      .then(() => assert.fail('expected an error'), (e) => e);
    assert.equal(err.code, code);
    live.assertNoneIn(printedError(err), code);
  }
  // Nobody listens there: connection refused, with a token in hand.
  const dead = new UmfClient({
    baseUrl: 'http://127.0.0.1:9/cberest/v1', umfPublicKey: umfCert(), merchantKey: merchantKey(),
    clientId: CLIENT_ID, clientSecret: CLIENT_SECRET,
  });
  dead.caller.installToken(TOKEN, 1e13);
  await assertThrowsHidden('transport_error', () => dead.sendPaymentSms({ payment_id: result.id, payer: cardPayer() }));
  // And when the token request itself (the client secret in its body) cannot be sent.
  const cold = new UmfClient({
    baseUrl: 'http://127.0.0.1:9/cberest/v1', umfPublicKey: umfCert(), clientId: CLIENT_ID, clientSecret: CLIENT_SECRET,
  });
  await assertThrowsHidden('transport_error', () => cold.getRefundableBalance());
  // A replay after a rejected token, then what every call reported: names, numbers, codes.
  await sandbox.admin('POST', '/tokens/expire');
  await client.getPayment({ payment_id: result.id });
  assert.ok(events.some((e) => e.retry_reason === 'token_rejected'));
  assert.ok(events.some((e) => e.kind === 'token_request') && events.some((e) => e.error === 'timeout'));
  const fresh = new Secrets({ 'live token': (await client.token()).secret() });
  for (const event of events) {
    for (const text of [JSON.stringify(event), util.inspect(event)]) {
      SECRETS.assertNoneIn([text], 'an event');
      live.assertNoneIn([text], 'an event');
      fresh.assertNoneIn([text], 'an event');
    }
  }
  assert.deepEqual(new Set(events.flatMap(Object.keys)), new Set(['kind', 'operation', 'method', 'path', 'status',
    'ret_code', 'attempt', 'duration_ms', 'token', 'retry_reason', 'error']), 'no field beyond the contract\'s');
});

test('a full sandbox flow with every debug log on shows no secret', async () => {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'secrets-flow.mjs');
  const child = spawn(process.execPath, [script], {
    env: {
      ...process.env, NODE_DEBUG: '*', UMF_BASE_URL: sandbox.baseUrl, UMF_ADMIN_URL: sandbox.adminUrl,
      UMF_CLIENT_ID: CLIENT_ID, UMF_CLIENT_SECRET: CLIENT_SECRET, UMF_PASSPHRASE: PASSPHRASE,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const tokens = new Set();
  child.on('message', (m) => tokens.add(m.token));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  assert.equal(code, 0, 'the flow ran to its end');
  assert.ok(tokens.size >= 2, 'the flow used several tokens');
  const extra = Object.fromEntries([...tokens].map((t, i) => [`token #${i}`, t]));
  extra['the card of the flow'] = CARD;
  // Logs hold HTTP headers (content-length: 123 is no CVV): the short values by field name only.
  new Secrets(extra).assertNoneIn([output], 'the debug output', { quoted: false });
  // That the output is what it should be, checked without ever printing it (assert.match would).
  for (const [pattern, what] of [
    [/^FETCH \d+:/m, 'fetch (undici) debug lines were logged'],
    [/^HTTP \d+:/m, 'http debug lines were logged'],
    [/HttpRequest \{ method: Post/, 'the logging fetch printed requests'],
    [/TRADE_SUCCESS/, 'the flow paid'],
  ]) assert.ok(pattern.test(output), what);
});

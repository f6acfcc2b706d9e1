// The README's JavaScript, checked against the built package: every snippet parses as an ES
// module (what the README tells readers to save it as), every name it imports from the package
// is exported there, and every method it calls on the README's objects exists on them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import * as umfSdk from 'umf-sdk';
import { keyBytes, manifest } from './vectors.mjs';
import { snippets as readmeSnippets } from '../scripts/readme-types.mjs';

const { CardEncryptor, Client, PrivateKey, PublicKey, TokenManager, UmfClient } = umfSdk;

const readme = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md'), 'utf8');

/** The code of every ```js block, and of the module script of every ```html block. */
const snippets = () => readmeSnippets(readme).map((s) => s.code);

test('the README has the snippets this test reads', () => {
  assert.ok(snippets().length >= 10, `${snippets().length} snippets`);
});

test('every snippet parses as an ES module', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'umf-readme-'));
  try {
    snippets().forEach((code, i) => {
      const file = path.join(dir, `snippet-${i}.mjs`);
      fs.writeFileSync(file, code);
      try {
        execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' });
      } catch (err) {
        assert.fail(`README snippet ${i} does not parse:\n${code}\n${err.stderr}`);
      }
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('every name a snippet imports from the package is exported there', async () => {
  let checked = 0;
  for (const code of snippets()) {
    for (const [, names, specifier] of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*'(umf-sdk[^']*)'/g)) {
      const module = await import(specifier);
      for (const name of names.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]).filter(Boolean)) {
        assert.ok(name in module, `README imports ${name} from ${specifier}, which does not export it`);
        checked += 1;
      }
    }
  }
  assert.ok(checked >= 10, `${checked} imports checked`);
});

test('every method a snippet calls on the README objects exists', () => {
  const merchantKey = keyBytes('merchant_1024_pkcs8.pem');
  const umfPublicKey = keyBytes('umf_1024_cert.pem');
  const baseUrl = 'https://umf.test/cberest/v1';
  // The README's variable names, each with the object it stands for.
  const objects = {
    client: new UmfClient({ baseUrl, umfPublicKey, merchantKey, clientId: 'c', clientSecret: 's' }),
    core: new Client({ baseUrl, umfPublicKey, merchantKey }),
    merchant: new PrivateKey(merchantKey),
    umf: new PublicKey(umfPublicKey),
    tokens: new TokenManager('c', 's', `${baseUrl}/oauth/authorize`),
    device: new CardEncryptor(umfPublicKey),
  };
  let checked = 0;
  for (const code of snippets()) {
    for (const [, object, method] of code.matchAll(/\b(client|core|merchant|umf|tokens|device)\.(\w+)\(/g)) {
      assert.equal(typeof objects[object][method], 'function', `README calls ${object}.${method}(), which does not exist`);
      checked += 1;
    }
  }
  assert.ok(checked >= 10, `${checked} calls checked`);
});

test('the notification handler runs as written, with a UmfClient and with a Client', () => {
  const [snippet] = snippets().filter((code) => code.includes('function handle('));
  assert.ok(snippet, 'the README has a notification handler');
  // Its imports, from the package as the test imported it; then the function itself.
  const body = snippet.replace(/import\s*(\{[^}]*\})\s*from\s*'umf-sdk';/g, 'const $1 = umfSdk;');
  const define = new Function('umfSdk', 'client', 'seen', `${body}\nreturn handle;`);
  const umfPublicKey = keyBytes(manifest.notifications.umf_public_key);
  const verified = manifest.notifications.cases.filter((c) => c.expect === 'verified');
  assert.ok(verified.length > 0);
  const clients = {
    UmfClient: new UmfClient({ baseUrl: 'https://umf.test/cberest/v1', umfPublicKey, clientId: 'c', clientSecret: 's' }),
    Client: new Client({ baseUrl: 'https://umf.test/cberest/v1', umfPublicKey }),
  };
  for (const [name, client] of Object.entries(clients)) {
    const seen = new Set();
    const handle = define(umfSdk, client, seen);
    for (const c of verified) {
      const ack = handle(Buffer.from(c.body, 'utf8'), c.signature);
      assert.equal(ack.status, 200, `${name}: ${c.name}`);
      assert.match(ack.body, /"ret_code":"0000"/, `${name}: ${c.name}`);
    }
    assert.equal(seen.size, new Set(verified.map((c) => c.idempotency_key)).size, name);
  }
});

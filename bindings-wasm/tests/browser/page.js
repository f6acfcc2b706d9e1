import {
  init, CardEncryptor, PrivateKey, createSigner, isUmfError,
} from '/pkg/web/index.js';

const text = async (path) => (await fetch(path)).text();
const bytes = async (path) => new Uint8Array(await (await fetch(path)).arrayBuffer());

async function run() {
  await init();
  const card = new URLSearchParams(location.search).get('card');
  const manifest = JSON.parse(await text('/vectors/manifest.json'));
  const device = new CardEncryptor(await text('/vectors/keys/umf_1024_spki.pem'));

  const ciphertext = device.encryptValue(card);
  const relayed = device.encryptFields('create_payment', {
    payer: { payer_info: { bank_card: { number: card } } },
  }).payload;

  const verifications = {};
  for (const name of ['valid_primary', 'tampered_amount', 'unsigned']) {
    const c = manifest.responses.cases.find((c) => c.name === name);
    try {
      verifications[name] = device.verifyResponse(new TextEncoder().encode(c.body), { resultKeys: c.result_keys }).status;
    } catch (err) {
      verifications[name] = isUmfError(err) ? err.code : String(err);
    }
  }

  const vector = manifest.signatures.find((s) => s.key === 'merchant_2048_pkcs8.pem' && s.name === 'unicode');
  const body = Uint8Array.from(atob(vector.body_b64), (c) => c.charCodeAt(0));
  const key = new PrivateKey(await bytes('/vectors/keys/merchant_2048_pkcs8.der'));
  const native = await createSigner(key);
  const wasm = await createSigner(key, { backend: 'wasm' });
  return {
    ciphertext,
    marker: relayed.payer.payer_info.bank_card.number,
    verifications,
    signatures: {
      expected: vector.signature,
      backend: native.backend,
      webcrypto: await native.sign(body),
      wasm: await wasm.sign(body),
    },
  };
}

window.result = run().catch((err) => ({ error: `${err.name}: ${err.message} (${err.code})` }));

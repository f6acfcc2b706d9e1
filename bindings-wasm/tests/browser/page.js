import {
  init, CardEncryptor, PrivateKey, createSigner, isUmfError,
} from '/pkg/web/index.js';
import { init as initDevice, CardEncryptor as DeviceEncryptor } from '/pkg/web/device.js';

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

// A checkout page as it should be: the device build only, the UMF public key only. The card is
// encrypted here and posted to the merchant's server as {"$encrypted": …} markers; the server
// (the test's, with UmfClient) relays them to UMF without ever seeing the card number.
async function checkout() {
  await initDevice();
  const card = new URLSearchParams(location.search).get('card');
  const device = new DeviceEncryptor(await text('/vectors/keys/umf_1024_cert.pem'));
  const { payload } = device.encryptFields('send_payment_sms', {
    payer: {
      payment_method: 'CREDIT_CARD',
      payer_info: { bank_card: { number: card, cvv2: '123', valid_date: '2612', phone: '13800000000' } },
    },
  });
  const res = await fetch('/checkout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  return res.json();
}

window.result = (async () => ({ ...(await run()), checkout: await checkout() }))()
  .catch((err) => ({ error: `${err.name}: ${err.message} (${err.code})` }));

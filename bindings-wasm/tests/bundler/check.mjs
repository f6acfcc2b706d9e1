// Run by bundler.test.mjs in a Node started with --conditions=browser and
// --experimental-wasm-modules: `umf-sdk` then resolves as a bundler resolves it for a browser,
// to the `bundler` build, whose glue imports the .wasm file as a module, and `umf-sdk/device`
// to the device build (a module of its own, without private keys, operations or tokens).
import { CardEncryptor, PrivateKey, UmfClient, createSigner } from 'umf-sdk';
import * as device from 'umf-sdk/device';

const DeviceEncryptor = device.CardEncryptor;
import { manifest, keyBytes } from '../vectors.mjs';

const vector = manifest.signatures.find((s) => s.key === 'merchant_2048_pkcs8.pem' && s.name === 'ascii');
const body = Buffer.from(vector.body_b64, 'base64');
const key = new PrivateKey(keyBytes(vector.key));
const native = await createSigner(key);
const wasm = await createSigner(key, { backend: 'wasm' });
console.log(JSON.stringify({
  expected: vector.signature,
  backend: native.backend,
  webcrypto: await native.sign(body),
  wasm: await wasm.sign(body),
  sameClass: CardEncryptor === DeviceEncryptor,
  deviceExports: Object.keys(device).sort(),
  umfClient: typeof UmfClient === 'function',
  ciphertext: new DeviceEncryptor(keyBytes('umf_1024_spki.pem')).encryptValue(process.argv[2]),
}));

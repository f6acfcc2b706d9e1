// Type-checked by `tsc --noEmit` (Node, CommonJS).
import umf = require("umf-sdk");
import device = require("umf-sdk/device");

const key = new umf.PrivateKey("pem");
const signer: umf.SyncSigner = umf.createSignerSync(key, { backend: "wasm" });
const encryptor = new device.CardEncryptor("pem");
const marker: unknown = encryptor.encryptFields("create_payment", "{}").payload;
const client = new umf.UmfClient({ baseUrl: "https://example.invalid", umfPublicKey: "pem", clientId: "id", clientSecret: "s" });
const pending: Promise<umf.ApiResponse<umf.Payment>> = client.getPayment({ payment_id: "PAY_1" });
export = { signer, marker, pending };

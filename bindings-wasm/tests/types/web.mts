// Type-checked by `tsc --noEmit` (the `web` target: initialise first).
import { init, initSync, PrivateKey, UmfClient, createSigner, type Signer } from "umf-sdk/web";
import { init as initDevice, CardEncryptor } from "umf-sdk/web/device";

await init();
await initDevice();
declare const bytes: Uint8Array;
initSync({ module: bytes });
const signer: Signer = await createSigner(new PrivateKey(bytes), { backend: "webcrypto", subtle: crypto.subtle });
const ciphertext: string = new CardEncryptor(bytes).encryptValue("6222020000000000000");
const client = new UmfClient({ baseUrl: "https://example.invalid", umfPublicKey: bytes, merchantKey: new PrivateKey(bytes), clientId: "id", clientSecret: "s" });
const refunds = await client.getPaymentWithRefunds({ payment_id: "PAY_1" });
const refundList: unknown = refunds.result.refund;
export { signer, ciphertext, refundList };

// Type-checked by `tsc --noEmit` with the `browser` condition, as a bundler resolves the package.
import { PrivateKey, UmfClient, createSigner, type Signer } from "umf-sdk";
import { CardEncryptor } from "umf-sdk/device";

declare const pem: string;
const signer: Promise<Signer> = createSigner(new PrivateKey(pem));
const ciphertext: string = new CardEncryptor(pem).encryptValue("6222020000000000000");
const client = new UmfClient({ baseUrl: "https://example.invalid", umfPublicKey: pem, merchantKey: new PrivateKey(pem), clientId: "id", clientSecret: "s", signer: "webcrypto" });
const state: Promise<string | undefined> = client.getPayment({ payment_id: "PAY_1" }).then((a) => a.result.state);
export { signer, ciphertext, state };

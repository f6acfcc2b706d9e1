// Type-checked by `tsc --noEmit` with the `browser` condition, as a bundler resolves the package.
import { PrivateKey, createSigner, type Signer } from "umf-sdk";
import { CardEncryptor } from "umf-sdk/device";

declare const pem: string;
const signer: Promise<Signer> = createSigner(new PrivateKey(pem));
const ciphertext: string = new CardEncryptor(pem).encryptValue("6222020000000000000");
export { signer, ciphertext };

import type { Signer, SignerOptions, SigningKey } from "../signer.js";

/** A signer for `key`: WebCrypto by default (`backend: "auto"`), or the WebAssembly path. */
export declare function createSigner(key: SigningKey, options?: SignerOptions): Promise<Signer>;

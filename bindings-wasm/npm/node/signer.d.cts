import type { Signer, SignerOptions, SigningKey } from "../signer.js";

/** A signer that can also sign synchronously (Node only). */
export interface SyncSigner extends Signer {
    readonly backend: "node:crypto" | "wasm";
    signSync(message: string | Uint8Array | ArrayBuffer): string;
}

/** A signer for `key`: `node:crypto` by default (`backend: "auto"`), or the WebAssembly path. */
export declare function createSigner(key: SigningKey, options?: SignerOptions): Promise<SyncSigner>;
/** `createSigner`, synchronously. */
export declare function createSignerSync(key: SigningKey, options?: SignerOptions): SyncSigner;

export * from "./umf_sdk_wasm.js";
export { createSigner, createSignerSync, SyncSigner } from "./signer.cjs";
export { Signer, SignerBackend, SignerOptions, SigningKey } from "../signer.js";

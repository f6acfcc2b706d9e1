export * from "./umf_sdk_wasm.js";
export { createSigner, createSignerSync, SyncSigner } from "./signer.cjs";
export { Signer, SignerBackend, SignerOptions, SigningKey } from "../signer.js";
export { UmfClient } from "./umf-client.js";
export type {
    CallOptions, OperationId, OperationParams, OperationResultOf, OperationTypes, UmfClientOptions, UmfStoreOptions,
    UmfOperations,
} from "./umf-client.js";

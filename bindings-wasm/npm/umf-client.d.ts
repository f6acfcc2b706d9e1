// Copied beside each target's glue (node/, bundler/, web/): the classes it names are that
// target's own. The per-operation types come from operations.d.ts, generated from the core's
// operation table when the package is built.
import type {
    AccessToken, Acknowledgement, ApiResponse, Client, ClientOptions, Notification, PrivateKey,
    TokenManager, TokenManagerOptions,
} from "./umf_sdk_wasm.js";
import type { Signer, SignerBackend } from "../signer.js";
import type { OperationId, OperationParams, OperationResultOf, UmfOperations } from "./operations.js";

export type { OperationId, OperationParams, OperationResultOf, OperationTypes, UmfOperations } from "./operations.js";

/** How a `UmfClient` is set up: the `Client` options, credentials and transport. */
export interface UmfClientOptions extends Omit<ClientOptions, "merchantKey"> {
    /** The merchant private key (a `PrivateKey`, or unencrypted PKCS#1 / PKCS#8). */
    merchantKey?: PrivateKey | string | Uint8Array | ArrayBuffer | null;
    /** The client credentials UMF issued (or pass `tokenManager`). */
    clientId?: string;
    clientSecret?: string;
    /** A token manager to share between clients of one `client_id`. */
    tokenManager?: TokenManager;
    /** Tuning of the token manager this client makes. */
    tokenManagerOptions?: TokenManagerOptions;
    /** The `fetch` to use (default `globalThis.fetch`): a test double, a proxy agent, ... */
    fetch?: (url: string, init: RequestInit) => Promise<Response>;
    /** Per HTTP attempt, in ms (default 20 000; 0 for none). */
    timeoutMs?: number;
    /**
     * Who signs request bodies: `auto` (default: node:crypto in Node, WebCrypto in a browser,
     * WebAssembly where neither exists), a backend by name, or a `Signer` of your own (an HSM,
     * a KMS; `merchantKey` may then be left out), whose signatures are verified against
     * `merchantKey` when it is given, before anything is sent.
     */
    signer?: "auto" | SignerBackend | Signer;
}

/** Per call. */
export interface CallOptions {
    /** Aborts the call; its reason is thrown as is. */
    signal?: AbortSignal;
    /** Overrides the client's `timeoutMs` for this call (per HTTP attempt). */
    timeoutMs?: number;
}

/**
 * UMF's API over `fetch`, one method per operation (`createPayment`, `getPayment`, ...).
 *
 * Tokens are fetched lazily and refreshed single-flight; request bytes are prepared by the core
 * and signed by the host's native RSA; answers are verified and typed by the core. An
 * expired-token answer is retried once with a new token; nothing else is retried (a payment
 * POST that may have gone through is never sent twice: see `err.retryable`). Transport
 * failures throw `UmfError` with code `transport_error` or `timeout` (family `transport`).
 */
export declare class UmfClient {
    constructor(options: UmfClientOptions);
    /** The sans-IO client underneath. */
    readonly core: Client;
    /** The token manager. */
    readonly tokenManager: TokenManager;
    /** Requests sent by this client. */
    readonly stats: { requests: number; tokenRequests: number; tokenRetries: number };
    /** Calls an operation by id. */
    call<K extends OperationId>(opId: K, params?: OperationParams<K>, options?: CallOptions): Promise<ApiResponse<OperationResultOf<K>>>;
    /** A valid access token (single-flight refresh). */
    token(options?: CallOptions): Promise<AccessToken>;
    /** The signer of request bodies, made on first use. */
    signer(): Promise<Signer>;
    /** Verifies a notification's `Signature` header over the raw body, then reads it. */
    verifyNotification(signature: string | null | undefined, rawBody: string | Uint8Array | ArrayBuffer): Notification;
    /** The reply that tells UMF a verified notification was received. */
    acknowledgeNotification(notification: Pick<Notification, "kind" | "id">, format?: "json" | "json_with_id" | "form"): Acknowledgement;
    toJSON(): { baseUrl: string; umfPublicKey: string; merchantKey: string | null; clientId: string };
}
export interface UmfClient extends UmfOperations {}

// Copied beside each target's glue (node/, bundler/, web/): the classes it names are that
// target's own. The per-operation types come from operations.d.ts, generated from the core's
// operation table when the package is built.
import type {
    AccessToken, Acknowledgement, ApiResponse, CallEvent, Caller, CallStats, Client, ClientOptions,
    Notification, PolicyOptions, PollOptions, PrivateKey, StoreOptions,
} from "./umf_sdk_wasm.js";
import type { Signer, SignerBackend } from "../signer.js";
import type { OperationId, OperationParams, OperationResultOf, UmfOperations } from "./operations.js";

export type { OperationId, OperationParams, OperationResultOf, OperationTypes, UmfOperations } from "./operations.js";

/** How a `UmfClient` is set up: the `Client` options, credentials and transport. */
export interface UmfClientOptions extends Omit<ClientOptions, "merchantKey"> {
    /** The merchant private key (a `PrivateKey`, or unencrypted PKCS#1 / PKCS#8). */
    merchantKey?: PrivateKey | string | Uint8Array | ArrayBuffer | null;
    /** The client credentials UMF issued. */
    clientId: string;
    clientSecret: string;
    /** The `fetch` to use (default `globalThis.fetch`): a test double, a proxy agent, ... */
    fetch?: (url: string, init: RequestInit) => Promise<Response>;
    /**
     * The calling policy: `maxAttempts` (3), `initialBackoffMs` (200), `maxBackoffMs` (5 000),
     * `deadlineMs` (60 000), `attemptTimeoutMs` (20 000), `jitter` (true). The same knobs in
     * every binding; the core applies them.
     */
    policy?: PolicyOptions;
    /** A token store shared by a fleet (Redis); without it tokens stay in this process. */
    store?: UmfStoreOptions;
    /** Receives every event of every call: redacted by construction (no key, secret, token or body). */
    onEvent?: (event: CallEvent) => void;
    /** Refresh tokens this long before they expire (default 60 000 ms). */
    refreshMarginMs?: number;
    /** Seed of the backoff jitter (tests); random by default. */
    jitterSeed?: number;
    /**
     * Who signs request bodies: `auto` (default: node:crypto in Node, WebCrypto in a browser,
     * WebAssembly where neither exists), a backend by name, or a `Signer` of your own (an HSM,
     * a KMS; `merchantKey` may then be left out), whose signatures are verified against
     * `merchantKey` when it is given, before anything is sent.
     */
    signer?: "auto" | SignerBackend | Signer;
}

/** Where a fleet shares its token: a Redis client and the store's knobs. */
export interface UmfStoreOptions extends StoreOptions {
    /**
     * A node-redis client (the `redis` package, v4 or later), connected; its `eval(script,
     * {keys, arguments})` runs the core's scripts. An optional peer: the package never
     * imports it.
     */
    redis?: { eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown> } |
        { sendCommand(args: string[]): Promise<unknown> };
    /** Or a runner of your own (ioredis, a cluster client): `EVAL script keys args`, the reply as returned. */
    eval?: (script: string, keys: string[], args: string[]) => Promise<unknown>;
    /** A store command not answered within this long counts as failed (default 1 000 ms). */
    timeoutMs?: number;
}

/** Per call. */
export interface CallOptions {
    /** Aborts the call; its reason is thrown as is. */
    signal?: AbortSignal;
    /** Caps each HTTP attempt of this call (the policy's `attemptTimeoutMs` otherwise; 0 for no cap). */
    timeoutMs?: number;
}

/** Per wait for a pending outcome (`waitForPayment`, `waitForRefund`). */
export interface WaitOptions extends CallOptions {
    /**
     * When to query again and when to stop: `intervalMs` (1 000), `maxIntervalMs` (10 000),
     * `deadlineMs` (120 000), `backoff` (1.5). The same knobs in every binding; the core's
     * `Poller` applies them.
     */
    poll?: PollOptions;
}

/**
 * UMF's API over `fetch`, one method per operation (`createPayment`, `getPayment`, ...).
 *
 * The core's call loop decides every step: tokens fetched once per refresh (per fleet with a
 * store), a rejected token replaced and the same signed bytes replayed once, safe operations
 * retried after transient failures with backoff, a state-changing POST never sent twice after
 * it may have gone through (see `err.sent`, `err.retryable`). Request bytes are prepared by the
 * core and signed by the host's native RSA; answers are verified and typed by the core.
 * Transport failures throw `UmfError` with code `transport_error` or `timeout` (family
 * `transport`, with `operation`, `sent`, `retryable` and the `fetch` error as `cause`).
 */
export declare class UmfClient {
    constructor(options: UmfClientOptions);
    /** The sans-IO client underneath. */
    readonly core: Client;
    /** The call loop underneath. */
    readonly caller: Caller;
    /** What this client's calls sent. */
    readonly stats: CallStats;
    /** Calls an operation by id. */
    call<K extends OperationId>(opId: K, params?: OperationParams<K>, options?: CallOptions): Promise<ApiResponse<OperationResultOf<K>>>;
    /** A valid access token. */
    token(options?: CallOptions): Promise<AccessToken>;
    /** The signer of request bodies, made on first use. */
    signer(): Promise<Signer>;
    /**
     * Queries the payment until its state is final (`TRADE_SUCCESS`, `TRADE_FAIL`, ...) and
     * returns that answer; throws `outcome_pending` (`state`, `waitedMs`) when `poll.deadlineMs`
     * passes first: the payment is then still pending, not failed.
     */
    waitForPayment(paymentId: string, options?: WaitOptions): Promise<ApiResponse<OperationResultOf<"get_payment">>>;
    /** Queries the refund until its state is final (`REFUND_SUCCESS`, ...); see `waitForPayment`. */
    waitForRefund(refundId: string, options?: WaitOptions): Promise<ApiResponse<OperationResultOf<"get_refund">>>;
    /**
     * Whether `idempotencyKey` (a notification's id) was handled already, recording it for
     * `ttlMs`: on the store when configured (a fleet handles a delivery once), in this process
     * otherwise. A store failure falls back to this process, or throws `store_unavailable` in
     * the `required` mode.
     */
    seen(idempotencyKey: string, ttlMs: number): Promise<boolean>;
    /** Verifies a notification's `Signature` header over the raw body, then reads it. */
    verifyNotification(signature: string | null | undefined, rawBody: string | Uint8Array | ArrayBuffer): Notification;
    /** The reply that tells UMF a verified notification was received. */
    acknowledgeNotification(notification: Pick<Notification, "kind" | "id">, format?: "json" | "json_with_id" | "form"): Acknowledgement;
    toJSON(): { baseUrl: string; umfPublicKey: string; umfAdditionalPublicKeys: string[]; merchantKey: string | null; clientId: string; userAgent: string };
}
export interface UmfClient extends UmfOperations {}

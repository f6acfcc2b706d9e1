// Type-checked by `tsc --noEmit` against the built package's declarations (Node, ESM).
import {
  PrivateKey, PublicKey, CardEncryptor, TokenManager, createSigner, createSignerSync, encryptFields,
  inspectKey, isUmfError, verifyNotification, verifyResponse, acknowledgeNotification,
} from "umf-sdk";
import type {
  HttpRequest, KeyInfo, Notification, TokenAction, Verification, EncryptedPayload, UmfError, SyncSigner,
} from "umf-sdk";
import { CardEncryptor as DeviceEncryptor } from "umf-sdk/device";

declare const pem: string;
declare const der: Uint8Array;

const key = new PrivateKey(pem, "passphrase");
const bits: number = key.bits;
const format: "pkcs1" | "pkcs8" | "encrypted_pkcs8" | "spki" | "pkcs1_public" | "x509_certificate" = key.format.container;
const signature: string = key.sign(der);
const umf = new PublicKey(der);
umf.verify("body", signature);
const where: "node:crypto" | "wasm" = new PublicKey(der, { backend: "wasm" }).backend;
const signsWhere: "node:crypto" | "wasm" = new PrivateKey(pem, undefined, { backend: "node:crypto" }).backend;
// @ts-expect-error the backends are named
new PublicKey(der, { backend: "openssl" });
const info: KeyInfo = inspectKey(der);
const fingerprint: string | null = info.fingerprint;

const signer: SyncSigner = createSignerSync(key);
const viaNative: Promise<string> = createSigner(key).then((s) => s.sign(der));
const sync: string = signer.signSync("body");

const out: EncryptedPayload = encryptFields("create_payment", { payer: {} }, umf, { mode: "wire" });
const encrypted: string[] = out.encrypted;
const v: Verification = verifyResponse(der, umf, { policy: "strict", scope: "primary_result", resultKeys: ["payment"] });
const status: "verified" | "unsigned" | "not_checked" = v.status;

const n: Notification = verifyNotification(umf, "signature", der);
const key2: string = n.idempotencyKey;
const ack = acknowledgeNotification(n, "json_with_id");
const ackBody: string = ack.body;

const m = new TokenManager("id", "secret", "https://example.invalid/oauth/authorize", { refreshMarginMs: 1000 });
const action: TokenAction = m.poll(Date.now());
if (action.action === "fetch") {
  const request: HttpRequest = action.request;
  const body: Uint8Array = request.body;
  const token = m.complete(action.ticket, { status: 200, headers: new Headers(), body: "{}" });
  const bearer: string = token.secret();
} else if (action.action === "use") {
  const expires: number = action.token.expiresAtMs;
}

try {
  new DeviceEncryptor(pem).encryptValue("6222020000000000000");
} catch (err) {
  if (isUmfError(err)) {
    const e: UmfError = err;
    const code: string = e.code;
    const retryable: boolean = e.retryable;
  }
}
// @ts-expect-error the device entry point cannot sign
import type { PrivateKey as NoKey } from "umf-sdk/device";

// Operations: the sans-IO client and UmfClient, typed per operation from the core's table.
import { Client, UmfClient, UnsignedRequest, baseUrls, operations } from "umf-sdk";
import type {
    ApiResponse, CreatePaymentRequest, OperationId, OperationInfo, OperationParams, OperationResultOf, Payment,
    StatementFile, ValidationProblem, CallEvent, CallStats, UmfStoreOptions,
} from "umf-sdk";

const core = new Client({ baseUrl: baseUrls().sandbox, umfPublicKey: umf, merchantKey: key, verify: { policy: "strict" } });
const rsa: "node:crypto" | "wasm" = new Client({ baseUrl: "", umfPublicKey: der, rsaBackend: "wasm" }).rsaBackend;
const problems: ValidationProblem[] = core.validate("create_payment", { order: {} });
const severity: "error" | "warning" = problems[0].severity;
const unsigned: UnsignedRequest = core.prepareUnsigned("create_payment", {}, null);
const toSign: Uint8Array = unsigned.bytesToSign;
const ready: HttpRequest = unsigned.attachSignature(await signer.sign(toSign), key.publicKey());
const parsed: ApiResponse = core.parse("get_payment", { status: 200, body: der });
const unsignedGet: HttpRequest = core.prepareUnsigned("get_payment", { payment_id: "PAY_1" }).toRequest();
const withToken: HttpRequest = core.prepare("get_payment", { payment_id: "PAY_1" }, "bearer");
const unchecked: HttpRequest = core.prepareUnsigned("create_refund", {}).attachSignature("c2ln");
const table: OperationInfo[] = operations();
// The readings of the documents and a key change-over.
const changeOver = new Client({
    baseUrl: baseUrls().sandbox, umfPublicKey: umf, umfAdditionalPublicKeys: [der, pem, umf],
    tokenUrl: "https://uatfx.soopay.net/v1/oauth/authorize", tokenCredentials: "basic",
});
const credentialStyle: "json" | "basic" = changeOver.tokenCredentials;
const fingerprints: string[] = changeOver.umfKeyFingerprints;
const keyFingerprint: string | null = parsed.verification.keyFingerprint;
const notified: string = verifyNotification([umf, umf], "c2ln", der).keyFingerprint;
const basicManager = new TokenManager("id", "secret", changeOver.tokenUrl, { tokenCredentials: "basic" });
// @ts-expect-error the credentials travel as JSON or Basic, nothing else
new Client({ baseUrl: "", umfPublicKey: der, tokenCredentials: "form" });
void credentialStyle; void fingerprints; void keyFingerprint; void notified; void basicManager;

const client = new UmfClient({
    baseUrl: baseUrls().sandbox, umfPublicKey: der, merchantKey: key, clientId: "id", clientSecret: "secret",
    fetch, signer: "node:crypto", policy: { maxAttempts: 2, attemptTimeoutMs: 5000 },
    onEvent: (e: CallEvent) => { const op: string = e.operation; void op; },
});
const stats: CallStats = client.stats;
const seenBefore: boolean = await client.seen("payment:PAY_1:TRADE_SUCCESS", 86_400_000);
const fleet: UmfStoreOptions = { eval: async () => ["wait"], prefix: "shop", lockTtlMs: 5000, mode: "required" };
void stats; void seenBefore; void fleet;
const request: CreatePaymentRequest = {
    payer: { payment_method: "CREDIT_CARD", payer_info: { bank_card: { number: { $encrypted: "…" }, cvv2: "123" } } },
    order: { mer_reference_id: "R1", amount: { total: "100.00", currency: "USD" } },
    notify_url: "https://shop.example/umf/notify",
};
const created: ApiResponse<Payment> = await client.createPayment(request, { signal: AbortSignal.timeout(1000) });
const paymentState: "WAIT_BUYER_PAY" | "TRADE_SUCCESS" | string | undefined = created.result.state;
const total: string | undefined = created.result.order?.amount?.total;
const refund = await client.createRefund({ payment_id: "PAY_1", refund_info: { amount: { total: "1.00", currency: "USD" } } });
const refundId: string | undefined = refund.result.id;
const banks = await client.listBanks();
const bankCount: number = banks.result.banks.length;
const file: StatementFile = (await client.downloadSettlementFile({ settle_date: "20240101" })).result;
const bytes: Uint8Array = file.raw;
const viaCall = await client.call("get_payment", { payment_id: "PAY_1" });
const same: ApiResponse<OperationResultOf<"get_payment">> = viaCall;
const id: OperationId = "create_refund";
const params: OperationParams<"unbind_bank_agreement"> = { $confirm: true };
// @ts-expect-error payment_id is required
await client.getPayment({});
// @ts-expect-error amounts are decimal text, never numbers
await client.createPayment({ order: { amount: { total: 100.1 } } });
// @ts-expect-error unbind_bank_agreement must be confirmed
const unconfirmed: OperationParams<"unbind_bank_agreement"> = {};
// @ts-expect-error not an operation
await client.call("no_such_operation", {});

export {
    bits, format, viaNative, sync, encrypted, status, key2, ackBody, fingerprint, CardEncryptor, severity, ready,
    parsed, unsignedGet, withToken, unchecked, table, paymentState, total, refundId, bankCount, bytes, same, id, params, unconfirmed,
};

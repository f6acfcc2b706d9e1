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

export { bits, format, viaNative, sync, encrypted, status, key2, ackBody, fingerprint, CardEncryptor };

// A typed quickstart, as a new user writes it: no `?.` on what every answer carries, the
// sans-IO client over `fetch`, errors narrowed by code. Type-checked (tsc --strict, no
// skipLibCheck) under a Node-only tsconfig and under one with the DOM.
import { Client, PrivateKey, UmfClient, baseUrls, isUmfError } from "umf-sdk";
import type { ApiResponse, GetPaymentResult, GetRefundResult, PaymentState, RefundState, UmfErrorOf } from "umf-sdk";

declare const umfCertificate: Uint8Array;
declare const merchantPem: string;
declare const token: string;

const merchantKey = new PrivateKey(merchantPem);
const client = new UmfClient({
    baseUrl: baseUrls().sandbox, umfPublicKey: umfCertificate, merchantKey,
    clientId: "id", clientSecret: "secret",
});

// Required means required: what every answer of the operation carries is not optional.
const refund = await client.getRefund({ refund_id: "REF_1" });
const refundId: string = refund.result.id;
const refundState: RefundState = refund.result.state;
const asRefund: GetRefundResult = refund.result;
const payment = await client.getPayment({ payment_id: "PAY_1" });
const state: PaymentState = payment.result.state;
const total: string = payment.result.order.amount.total;
// Optional stays optional.
const currency: string | undefined = payment.result.order.amount.currency;
// @ts-expect-error an answer need not carry the payer
const payerMethod: string = payment.result.payer.payment_method;
const sameViaCall: ApiResponse<GetPaymentResult> = await client.call("get_payment", { payment_id: "PAY_1" });

// The sans-IO client: each operation's own result type, and request bytes `fetch` takes.
const core = new Client({ baseUrl: baseUrls().sandbox, umfPublicKey: umfCertificate, merchantKey });
const request = core.prepare("get_refund", { refund_id: "REF_1" }, token);
const res = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
const parsed = core.parse("get_refund", { status: res.status, headers: res.headers, body: new Uint8Array(await res.arrayBuffer()) });
const parsedState: RefundState = parsed.result.state;
const parsedId: string = parsed.result.id;
// @ts-expect-error get_refund answers with a refund, not a payment
const wrong: PaymentState = core.parse("get_refund", { status: 200, body: "" }).result.payment;

// Errors carry their code's fields, by name.
try {
    await client.getPayment({ payment_id: "PAY_1" });
} catch (err) {
    if (isUmfError(err)) {
        if (err.code === "response_missing_field") {
            const path: string = err.path;
            const typed: UmfErrorOf<"response_missing_field"> = err;
            void path; void typed;
        } else if (err.code === "api_error") {
            const status: number = err.httpStatus;
            const retCode: string | null = err.retCode;
            void status; void retCode;
        } else if (err.code === "value_too_long") {
            const len: number = err.len;
            const max: number = err.max;
            void len; void max;
        }
    }
}

export {
    refundId, refundState, asRefund, state, total, currency, payerMethod, sameViaCall, parsedState, parsedId, wrong,
};

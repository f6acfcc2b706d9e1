// What the README's snippets take from their surroundings (tests/types/readme/, written by
// scripts/readme-types.mjs): the values a reader already has, and the web frameworks the
// notification examples plug into (not dependencies of the package: `any` here).
import type {
    AccessToken, Acknowledgement, CreatePaymentRequest, CreateRefundParams, HttpRequest, HttpResponseInit,
    PrivateKey, PublicKey, SendFailureKind, UmfClient,
} from "umf-sdk";

declare global {
    const baseUrl: string;
    const base: string;
    const umfPublicKey: PublicKey;
    const merchantKey: PrivateKey;
    const clientId: string;
    const clientSecret: string;
    const params: CreateRefundParams;
    const token: AccessToken;
    /** The answer of the reader's own HTTP client. */
    const res: { status: number; headers: Record<string, string> };
    const rawBytes: Uint8Array;
    const request: CreatePaymentRequest;
    const client: UmfClient;
    /** A payment and a refund whose answer was pending. */
    const paymentId: string;
    const refundId: string;
    const seen: Set<string>;
    const UMF_PUBLIC_KEY_PEM: string;
    const pem: string;
    const passphrase: string;
    /** A checkout page's form. */
    const form: { card: { value: string }; cvv2: { value: string } };
    /** The notification handler of the README's notification section. */
    function handle(rawBody: Uint8Array, signatureHeader: string | null | undefined): Acknowledgement;
    /** The reader's Redis and HTTP client. */
    function myRedisEval(script: string, keys: string[], args: string[]): Promise<string[]>;
    function mySend(request: HttpRequest, timeoutMs: number): Promise<HttpResponseInit>;
    /** How the reader's HTTP client failed to send. */
    function failureKind(err: unknown): SendFailureKind;
    /** Express and Fastify, as far as the README uses them (their requests and replies: `any`). */
    type Middleware = (req: any, res: any, next: () => void) => unknown;
    const app: { post(path: string, ...handlers: Middleware[]): void };
    const express: { json(): Middleware; raw(options: { type: string }): Middleware };
    const fastify: {
        addContentTypeParser(type: string, options: { parseAs: "buffer" }, parser: (req: any, body: any, done: (err: Error | null, body?: unknown) => void) => void): void;
        post(path: string, handler: (req: any, reply: any) => unknown): void;
    };
}

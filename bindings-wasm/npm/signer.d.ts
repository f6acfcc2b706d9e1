/** What a signer needs of a key: the `PrivateKey` of any entry point. */
export interface SigningKey {
    sign(message: string | Uint8Array | ArrayBuffer): string;
    toPkcs8Der(): Uint8Array;
}

/** Where the RSA step of a signature runs. */
export type SignerBackend = "node:crypto" | "webcrypto" | "wasm";

export interface SignerOptions {
    /**
     * `auto` (default): the host's native RSA (`node:crypto` in Node, WebCrypto elsewhere),
     * falling back to WebAssembly where there is none (a page that is not a secure context).
     */
    backend?: "auto" | SignerBackend;
    /**
     * The WebCrypto to use instead of `globalThis.crypto.subtle` (browser entry points only):
     * a `SubtleCrypto`, named by what is used of it so that these declarations need no DOM.
     */
    subtle?: WebCryptoSubtle;
}

/**
 * Signs exact bytes with the merchant key: base64 RSASSA-PKCS1-v1_5 / SHA-256, the `Signature`
 * header. Every backend gives the same signature for the same bytes.
 */
export interface Signer {
    readonly backend: SignerBackend;
    sign(message: string | Uint8Array | ArrayBuffer): Promise<string>;
}

/** What the WebCrypto signer uses of a `SubtleCrypto` (the DOM's and Node's `webcrypto.subtle` fit). */
export interface WebCryptoSubtle {
    importKey(format: "pkcs8", keyData: any, algorithm: any, extractable: boolean, keyUsages: any): Promise<any>;
    sign(algorithm: any, key: any, data: any): Promise<ArrayBuffer>;
}

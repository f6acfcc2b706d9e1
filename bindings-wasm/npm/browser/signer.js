// Signing with WebCrypto: the RSA step runs in the browser's native crypto, an order of
// magnitude faster than the WebAssembly path, over exactly the caller's bytes. PKCS#1 v1.5
// signatures are deterministic, so both paths give the same Signature header.
// WebCrypto exists only in secure contexts (https, localhost); elsewhere `auto` falls back to
// WebAssembly.

const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

function toBytes(message) {
  if (typeof message === 'string') return new TextEncoder().encode(message);
  if (message instanceof Uint8Array) return message;
  if (message instanceof ArrayBuffer) return new Uint8Array(message);
  throw new TypeError('message must be a string, a Uint8Array or an ArrayBuffer');
}

function toBase64(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function wasmSigner(key) {
  return Object.freeze({ backend: 'wasm', sign: async (message) => key.sign(message) });
}

export async function createSigner(key, options = {}) {
  const backend = options.backend || 'auto';
  const subtle = options.subtle || (globalThis.crypto && globalThis.crypto.subtle);
  if (backend === 'wasm') return wasmSigner(key);
  if (backend !== 'auto' && backend !== 'webcrypto') {
    throw new TypeError('backend must be "auto", "webcrypto" or "wasm" here');
  }
  if (!subtle) {
    if (backend === 'auto') return wasmSigner(key);
    throw new TypeError('WebCrypto is not available (it needs a secure context)');
  }
  const der = key.toPkcs8Der();
  let cryptoKey;
  try {
    cryptoKey = await subtle.importKey('pkcs8', der, ALGORITHM, false, ['sign']);
  } finally {
    // importKey copied it; this copy of the key is no longer needed.
    der.fill(0);
  }
  return Object.freeze({
    backend: 'webcrypto',
    async sign(message) {
      const signature = await subtle.sign(ALGORITHM, cryptoKey, toBytes(message));
      return toBase64(new Uint8Array(signature));
    },
  });
}

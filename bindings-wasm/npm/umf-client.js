// UmfClient: the core's `Client` over `fetch`. One source for every entry point: the build
// copies it as an ES module (browser/) and as CommonJS (node/, the final `export` line
// rewritten), and each entry point passes in its own WebAssembly glue and signer.
//
// What it adds to the sans-IO `Client`, and nothing more:
//   * tokens: fetched lazily on the core's TokenManager, refreshed single-flight (UMF revokes
//     the previous token whenever it issues a new one): however many calls race, one token
//     request is sent and the others wait for its outcome;
//   * signing: the core prepares the exact bytes (`prepareUnsigned`), the host's native RSA
//     (`createSigner`: node:crypto or WebCrypto, WebAssembly where there is none) signs them;
//   * sending: the exact bytes, never a re-serialisation; the answer's exact bytes parsed and
//     verified by the core; an AbortSignal per attempt (`timeoutMs`, and the caller's);
//   * one retry after an expired-token answer (HTTP 401 / 00280703: the request was not
//     processed): the same signed bytes again with the new token, since the signature covers
//     the body only. Nothing else is ever retried here: a payment POST that may have gone
//     through is never sent twice; `err.retryable` tells the caller what may be.

const DEFAULT_TIMEOUT_MS = 20_000;
// How long a caller waits before polling the token manager again when the refresh under way
// belongs to another UmfClient sharing the same TokenManager.
const WAIT_SLICE_MS = 50;
const TOKEN_OPERATION = { id: 'get_access_token', retry: 'safe' };

function umfError(code, message, fields, cause) {
  const err = new Error(message, cause === undefined ? undefined : { cause });
  err.name = 'UmfError';
  return Object.assign(err, { code }, fields);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** One attempt's AbortSignal: the client's timeout and the caller's signal, whichever fires. */
function attemptSignal(timeoutMs, outer) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = timeoutMs > 0
    ? setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs)
    : null;
  const forward = () => controller.abort(outer.reason);
  if (outer) {
    if (outer.aborted) forward();
    else outer.addEventListener('abort', forward, { once: true });
  }
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done() {
      if (timer) clearTimeout(timer);
      if (outer) outer.removeEventListener('abort', forward);
    },
  };
}

const PRINT_HOOKS = ['toJSON', Symbol.for('nodejs.util.inspect.custom')];

/**
 * `init`, printing as `request` does (the core's redacted form), so that a `fetch` of the
 * caller's that logs its arguments shows neither the token nor the body.
 */
function printsLike(request, init) {
  for (const key of PRINT_HOOKS) {
    if (typeof request[key] === 'function') {
      Object.defineProperty(init, key, { value: request[key], writable: true, configurable: true });
    }
  }
  return init;
}

function findHeader(headers, name) {
  const wanted = name.toLowerCase();
  return Object.keys(headers).filter((k) => k.toLowerCase() === wanted);
}

function defineUmfClient({ wasm, createSigner }) {
  let table = null;

  /** The operation table, read from the core once (after `init()` on the web target). */
  function operationTable() {
    if (!table) {
      table = new Map(wasm.operations().map((op) => [op.id, op]));
      for (const op of table.values()) {
        // The token call is the client's own business.
        if (op.body.kind === 'token' || op.name in UmfClient.prototype) continue;
        Object.defineProperty(UmfClient.prototype, op.name, {
          value: { [op.name](params, options) { return this.call(op.id, params, options); } }[op.name],
          writable: true,
          configurable: true,
        });
      }
    }
    return table;
  }

  class UmfClient {
    #core;
    #tokens;
    #fetch;
    #timeoutMs;
    #merchantKey;
    #merchantPublic = null;
    #signerOption;
    #signer = null;
    #refresh = null;
    #stats = { requests: 0, tokenRequests: 0, tokenRetries: 0 };

    constructor(options) {
      if (!options || typeof options !== 'object') throw new TypeError('UmfClient needs an options object');
      operationTable();
      const { fetch: fetchFn, timeoutMs, signer, clientId, clientSecret, tokenManager,
        tokenManagerOptions, merchantKey, ...clientOptions } = options;
      let key = merchantKey ?? null;
      if (key !== null && typeof key.toPkcs8Der !== 'function') key = new wasm.PrivateKey(key);
      this.#merchantKey = key;
      this.#core = new wasm.Client({ ...clientOptions, merchantKey: key });
      if (tokenManager) {
        this.#tokens = tokenManager;
      } else {
        if (typeof clientId !== 'string' || typeof clientSecret !== 'string') {
          throw new TypeError('UmfClient needs clientId and clientSecret (or a tokenManager)');
        }
        this.#tokens = this.#core.tokenManager(clientId, clientSecret, tokenManagerOptions);
      }
      this.#fetch = fetchFn ?? globalThis.fetch;
      if (typeof this.#fetch !== 'function') throw new TypeError('no fetch: pass options.fetch');
      this.#timeoutMs = timeoutMs ?? DEFAULT_TIMEOUT_MS;
      this.#signerOption = signer ?? 'auto';
    }

    /** The sans-IO client underneath. */
    get core() { return this.#core; }

    /** The token manager (share it between clients of one client_id). */
    get tokenManager() { return this.#tokens; }

    /** Requests sent by this client: API calls, token requests, expired-token retries. */
    get stats() { return { ...this.#stats }; }

    /** The signer of request bodies, made on first use. */
    signer() {
      if (!this.#signer) {
        const option = this.#signerOption;
        this.#signer = (async () => {
          if (option && typeof option === 'object') return option;
          if (!this.#merchantKey) throw new TypeError('signing needs options.merchantKey');
          return createSigner(this.#merchantKey, { backend: option });
        })();
        // A failed creation is not cached: the next call tries again.
        this.#signer.catch(() => { this.#signer = null; });
      }
      return this.#signer;
    }

    /** A valid access token: the current one, or the outcome of the one refresh under way. */
    async token(options = {}) {
      for (;;) {
        options.signal?.throwIfAborted();
        const next = this.#tokens.poll(); // throws the error of a refresh that just failed
        if (next.action === 'use') return next.token;
        if (next.action === 'fetch') {
          const refresh = this.#fetchToken(next.ticket, next.request);
          this.#refresh = refresh;
          try {
            return await refresh;
          } finally {
            if (this.#refresh === refresh) this.#refresh = null;
          }
        }
        // Someone else is fetching. Everyone waiting on this client's refresh gets its outcome,
        // token or error, rather than sending a request of its own.
        if (this.#refresh) return this.#refresh;
        await sleep(WAIT_SLICE_MS);
      }
    }

    async #fetchToken(ticket, request) {
      let response;
      try {
        this.#stats.tokenRequests++;
        // Not the caller's signal: the refresh is shared, and one caller giving up must not
        // fail everyone waiting on it.
        response = await this.#send(request, TOKEN_OPERATION, {});
      } catch (err) {
        this.#tokens.abandon(ticket);
        throw err;
      }
      return this.#tokens.complete(ticket, response);
    }

    /**
     * Calls `opId` with flat parameters (path and query parameters by name, the rest is the
     * body) and returns the verified, typed answer; throws `UmfError`.
     */
    async call(opId, params, options = {}) {
      const op = operationTable().get(opId);
      // Validated, encrypted and serialised before any network traffic.
      const request = await this.#prepare(opId, params);
      let token = await this.token(options);
      let retried = false;
      for (;;) {
        const sent = this.#authorize(request, token);
        const response = await this.#send(sent, op, options);
        this.#stats.requests++;
        try {
          return this.#core.parse(opId, response);
        } catch (err) {
          // The token was refused, so the request was not processed: refresh once, resend once.
          if (!retried && err && err.tokenExpired === true) {
            retried = true;
            this.#stats.tokenRetries++;
            this.#tokens.invalidate(token.generation);
            token = await this.token(options);
            continue;
          }
          throw err;
        }
      }
    }

    async #prepare(opId, params) {
      const unsigned = this.#core.prepareUnsigned(opId, params, null);
      if (!unsigned.signatureRequired) return unsigned.toRequest();
      // A signer of the caller's own (an HSM, a KMS) may hold the key elsewhere; the package's
      // own signers need the merchant key.
      const custom = typeof this.#signerOption === 'object';
      if (!custom && !this.#merchantKey) {
        unsigned.free();
        this.#core.prepare(opId, params, null); // throws the core's merchant_key_required
        throw new TypeError('signing needs options.merchantKey');
      }
      let signature;
      try {
        signature = await (await this.signer()).sign(unsigned.bytesToSign);
      } catch (err) {
        unsigned.free();
        throw err;
      }
      // A signer of the caller's own is checked against the merchant public key (when the
      // client has it) before anything is sent; the package's own signers are proven identical
      // to the core's by its tests.
      return unsigned.attachSignature(signature, custom ? this.#merchantPublicKey() : null);
    }

    #merchantPublicKey() {
      if (!this.#merchantKey) return null;
      this.#merchantPublic ??= this.#merchantKey.publicKey();
      return this.#merchantPublic;
    }

    #authorize(request, token) {
      // In place: the request is this call's own, and a copy would lose what makes it print
      // redacted (the core's non-enumerable toJSON and util.inspect hooks).
      const { headers } = request;
      for (const name of findHeader(headers, 'Authorization')) delete headers[name];
      headers.Authorization = this.#core.authorization(token);
      return request;
    }

    /** Sends exactly `request` and reads the exact bytes of the answer. */
    async #send(request, op, options) {
      const attempt = attemptSignal(options.timeoutMs ?? this.#timeoutMs, options.signal);
      try {
        const res = await this.#fetch(request.url, printsLike(request, {
          method: request.method,
          headers: request.headers,
          body: request.method === 'GET' ? undefined : request.body,
          signal: attempt.signal,
          // Never re-send signed bytes (or card ciphertext) wherever a redirect points.
          redirect: 'error',
        }));
        const body = new Uint8Array(await res.arrayBuffer());
        return { status: res.status, headers: res.headers, body };
      } catch (err) {
        if (attempt.timedOut()) {
          throw umfError('timeout', `${op.id}: no answer within the timeout`, {
            family: 'transport',
            // Whether a state-changing POST went through is unknown: never retry it blindly.
            retryable: op.retry === 'safe',
            operation: op.id,
          }, err);
        }
        if (options.signal?.aborted) throw options.signal.reason;
        throw umfError('transport_error', `${op.id}: ${err && err.message ? err.message : 'the request failed'}`, {
          family: 'transport',
          retryable: op.retry === 'safe',
          operation: op.id,
        }, err);
      } finally {
        attempt.done();
      }
    }

    /**
     * Verifies a notification's `Signature` header over the raw body (bytes as received) and
     * reads it; throws `signature_invalid` / `signature_missing` / `notification_malformed`.
     */
    verifyNotification(signature, rawBody) {
      return this.#core.verifyNotification(signature ?? null, rawBody);
    }

    /** The reply that tells UMF a verified notification was received. */
    acknowledgeNotification(notification, format) {
      return wasm.acknowledgeNotification(notification, format);
    }

    /** What `JSON.stringify` and loggers see: no key, secret or token. */
    toJSON() {
      return { ...this.#core.toJSON(), clientId: this.#tokens.clientId };
    }
  }

  return UmfClient;
}

export { defineUmfClient };

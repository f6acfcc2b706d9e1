// UmfClient: the core's call loop (`Caller`) over `fetch`. One source for every entry point:
// the build copies it as an ES module (browser/) and as CommonJS (node/, the final `export`
// line rewritten), and each entry point passes in its own WebAssembly glue and signer.
//
// The core decides every step of a call: when a token is fetched (single-flight, shared with
// a fleet through the store), when a rejected token is replaced and the same signed bytes
// replayed, what is sent again after a transient failure and what never is, how long to wait.
// This file only carries the steps out, and nothing more:
//   * signing: the core prepares the exact bytes (`prepareUnsigned`), the host's native RSA
//     (`createSigner`: node:crypto or WebCrypto, WebAssembly where there is none) signs them;
//   * sending: the exact bytes, never a re-serialisation, no redirect followed; the answer's
//     exact bytes handed back; an AbortSignal per attempt (the step's timeout, the caller's);
//     a failure reported as what the host saw (nothing left / no answer in time / broke);
//   * the store: the core's scripts run on the caller's Redis client (`EVAL`);
//   * sleeping, and the events handed to `onEvent`.

// How long a store command may take before it counts as failed: node-redis queues commands
// while it reconnects, and a call must not wait for Redis longer than it would for UMF.
const DEFAULT_STORE_TIMEOUT_MS = 1_000;
// Errors (their `code`, or their cause's) that prove nothing left this process: name
// resolution and connection set-up. Anything else after `fetch` started may have been sent.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EHOSTUNREACH', 'ENETUNREACH',
  'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT',
]);

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) { reject(signal.reason); return; }
    const onAbort = () => { clearTimeout(timer); reject(signal.reason); };
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** One attempt's AbortSignal: the step's timeout and the caller's signal, whichever fires. */
function attemptSignal(timeoutMs, outer) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  const forward = () => controller.abort(outer.reason);
  if (outer) {
    if (outer.aborted) forward();
    else outer.addEventListener('abort', forward, { once: true });
  }
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done() {
      clearTimeout(timer);
      if (outer) outer.removeEventListener('abort', forward);
    },
  };
}

/** The codes of an error's cause chain (an AggregateError of a dual-stack connect included). */
function errorCodes(err, depth = 0) {
  if (!err || typeof err !== 'object' || depth > 4) return [];
  const own = typeof err.code === 'string' ? [err.code] : [];
  const nested = Array.isArray(err.errors) ? err.errors.flatMap((e) => errorCodes(e, depth + 1)) : [];
  return [...own, ...nested, ...errorCodes(err.cause, depth + 1)];
}

/** What a failed attempt was, as far as the host can tell (unknowable counts as interrupted). */
function failureKind(err, timedOut) {
  if (timedOut) return 'timeout';
  const codes = errorCodes(err).filter((c) => !c.startsWith('UND_ERR_') || c === 'UND_ERR_CONNECT_TIMEOUT');
  if (codes.length > 0 && codes.every((c) => NOT_SENT_CODES.has(c))) return 'not_sent';
  return 'interrupted';
}

function messageOf(err) {
  const codes = errorCodes(err);
  const text = err && typeof err.message === 'string' ? err.message : String(err);
  return codes.length ? `${text} (${[...new Set(codes)].join(', ')})` : text;
}

const decoder = new TextDecoder();

/** A store reply as the core reads it: strings, integers as decimal text. */
function replyStrings(reply) {
  const text = (v) => (typeof v === 'string' ? v
    : v instanceof Uint8Array ? decoder.decode(v)
      : String(v));
  return Array.isArray(reply) ? reply.map(text) : [text(reply)];
}

/**
 * The store's runner: `store.redis` (node-redis v4 or later: `client.eval(script, {keys,
 * arguments})`) or `store.eval(script, keys, args)` of your own (ioredis, a cluster client).
 */
function storeRunner(store) {
  const { redis, eval: evalFn, timeoutMs = DEFAULT_STORE_TIMEOUT_MS } = store;
  let run;
  if (typeof evalFn === 'function') run = (script, keys, args) => evalFn(script, keys, args);
  else if (redis && typeof redis.eval === 'function') {
    run = (script, keys, args) => redis.eval(script, { keys, arguments: args });
  } else if (redis && typeof redis.sendCommand === 'function') {
    run = (script, keys, args) => redis.sendCommand(['EVAL', script, String(keys.length), ...keys, ...args]);
  } else {
    throw new TypeError('store needs redis (a node-redis client) or eval(script, keys, args)');
  }
  return async (step) => {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the store did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return replyStrings(await Promise.race([run(step.script, step.keys, step.args), timeout]));
    } finally {
      clearTimeout(timer);
    }
  };
}

/** `node/20.11.0` in Node, `browser` elsewhere: the host part of `User-Agent`. */
function hostName() {
  const node = globalThis.process?.versions?.node;
  return typeof node === 'string' ? `node/${node}` : 'browser';
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
    #caller;
    #fetch;
    #store = null;
    #seen = null;
    #onEvent;
    #merchantKey;
    #merchantPublic = null;
    #signerOption;
    #signer = null;

    constructor(options) {
      if (!options || typeof options !== 'object') throw new TypeError('UmfClient needs an options object');
      operationTable();
      const { fetch: fetchFn, signer, clientId, clientSecret, merchantKey, policy, store, onEvent,
        refreshMarginMs, jitterSeed, timeoutMs, tokenManager, ...clientOptions } = options;
      if (timeoutMs !== undefined) throw new TypeError('timeoutMs is now policy.attemptTimeoutMs');
      if (tokenManager !== undefined) throw new TypeError('tokenManager is gone: the client keeps its tokens (store: for a fleet)');
      if (typeof clientId !== 'string' || typeof clientSecret !== 'string') {
        throw new TypeError('UmfClient needs clientId and clientSecret');
      }
      let key = merchantKey ?? null;
      if (key !== null && typeof key.toPkcs8Der !== 'function') key = new wasm.PrivateKey(key);
      this.#merchantKey = key;
      this.#core = new wasm.Client({ ...clientOptions, merchantKey: key });
      let storeOptions;
      if (store) {
        const { redis, eval: evalFn, timeoutMs: storeTimeout, ...knobs } = store;
        this.#store = storeRunner({ redis, eval: evalFn, timeoutMs: storeTimeout });
        storeOptions = knobs;
      }
      this.#caller = new wasm.Caller(this.#core, clientId, clientSecret, {
        policy, store: storeOptions, host: hostName(), refreshMarginMs, jitterSeed,
      });
      this.#fetch = fetchFn ?? globalThis.fetch;
      if (typeof this.#fetch !== 'function') throw new TypeError('no fetch: pass options.fetch');
      if (onEvent !== undefined && typeof onEvent !== 'function') throw new TypeError('onEvent must be a function');
      this.#onEvent = onEvent;
      this.#signerOption = signer ?? 'auto';
    }

    /** The sans-IO client underneath. */
    get core() { return this.#core; }

    /** The call loop underneath (its token state, its counters). */
    get caller() { return this.#caller; }

    /** What this client's calls sent: requests, token requests, shared tokens, replays, retries, store failures. */
    get stats() { return this.#caller.stats(); }

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

    /** A valid access token (the cached one, the store's, or a fresh one). */
    async token(options = {}) {
      const call = this.#caller.token();
      await this.#drive(call, options);
      return call.token();
    }

    /**
     * Calls `opId` with flat parameters (path and query parameters by name, the rest is the
     * body) and returns the verified, typed answer; throws `UmfError`.
     */
    async call(opId, params, options = {}) {
      // Validated, encrypted, serialised and signed before any network traffic.
      const request = await this.#prepare(opId, params);
      const call = this.#caller.callPrepared(opId, request);
      const cause = await this.#drive(call, options);
      try {
        return call.answer();
      } catch (err) {
        if (cause !== undefined && (err?.code === 'transport_error' || err?.code === 'timeout')) {
          Object.defineProperty(err, 'cause', { value: cause, writable: true, configurable: true });
        }
        throw err;
      }
    }

    /**
     * Queries a payment (`getPayment`) until its state is final and returns that answer. The
     * core's `Poller` says how long to sleep between queries (`poll`: `intervalMs`,
     * `maxIntervalMs`, `deadlineMs`, `backoff`); past `deadlineMs` it throws `outcome_pending`
     * (with `state` and `waitedMs`): the payment is still pending, not failed.
     */
    waitForPayment(paymentId, options = {}) {
      return this.#wait('payment', { payment_id: paymentId }, options);
    }

    /** Queries a refund (`getRefund`) until its state is final; see `waitForPayment`. */
    waitForRefund(refundId, options = {}) {
      return this.#wait('refund', { refund_id: refundId }, options);
    }

    async #wait(subject, params, { poll, ...callOptions } = {}) {
      const poller = new wasm.Poller(subject, poll, Date.now());
      try {
        for (;;) {
          const answer = await this.call(poller.queryOperation, params, callOptions);
          const state = typeof answer.result?.state === 'string' ? answer.result.state : '';
          const ms = poller.observe(state, Date.now());
          if (ms === undefined || ms === null) return answer;
          await sleep(ms, callOptions.signal);
        }
      } finally {
        poller.free();
      }
    }

    /**
     * Whether a notification's idempotency key (its id) was handled already, recording it for
     * `ttlMs`: on the shared store when one is configured (so two instances handle one
     * delivery once), in this process otherwise.
     */
    async seen(idempotencyKey, ttlMs) {
      const step = this.#caller.seenCommand(idempotencyKey, ttlMs);
      if (step) {
        try {
          return wasm.seenReply(await this.#store(step));
        } catch (err) {
          if (this.#caller.storeMode === 'required') {
            const error = this.#caller.storeUnavailable(messageOf(err));
            Object.defineProperty(error, 'cause', { value: err, writable: true, configurable: true });
            throw error;
          }
          // Fallback: this process's memory (a second instance may handle the same delivery).
        }
      }
      this.#seen ??= new wasm.SeenSet();
      return this.#seen.seen(idempotencyKey, ttlMs, Date.now());
    }

    /**
     * Carries out the steps of `call` until it is done. Returns the host error of the last
     * failed send (the cause of a transport error), if the last send failed.
     */
    async #drive(call, { signal, timeoutMs } = {}) {
      let cause;
      try {
        for (;;) {
          signal?.throwIfAborted();
          const step = call.next(Date.now());
          this.#emit(call);
          if (step.kind === 'done') return cause;
          if (step.kind === 'sleep') {
            await sleep(step.ms, signal);
          } else if (step.kind === 'store') {
            let reply;
            try {
              reply = await this.#store(step);
            } catch (err) {
              call.storeFailed(messageOf(err), Date.now());
              continue;
            } finally {
              this.#emit(call);
            }
            call.storeReplied(reply, Date.now());
          } else {
            const limit = timeoutMs > 0 ? Math.min(timeoutMs, step.timeoutMs) : step.timeoutMs;
            const outcome = await this.#send(step.request, limit, signal);
            if (outcome.response) {
              cause = undefined;
              call.received(outcome.response, Date.now());
            } else {
              cause = outcome.error;
              call.failed(outcome.kind, messageOf(outcome.error), Date.now());
            }
          }
          this.#emit(call);
        }
      } catch (err) {
        // The caller gave up: drop the call, which gives up any token
        // refresh it held so that another call may start one at once.
        call.free();
        throw err;
      }
    }

    #emit(call) {
      const events = call.takeEvents();
      if (!this.#onEvent) return;
      for (const event of events) {
        // A logging hook that throws must not turn a payment that went through into an
        // abandoned call: its error is dropped.
        try { this.#onEvent(event); } catch { /* see above */ }
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

    /**
     * Sends exactly `request` and reads the exact bytes of the answer: `{response}`, or
     * `{kind, error}` for a failed attempt. The caller's abort is thrown as its reason.
     */
    async #send(request, timeoutMs, signal) {
      const attempt = attemptSignal(timeoutMs, signal);
      try {
        const res = await this.#fetch(request.url, printsLike(request, {
          method: request.method,
          headers: request.headers,
          body: request.method === 'GET' ? undefined : request.body,
          signal: attempt.signal,
          // Never re-send signed bytes (or card ciphertext) wherever a redirect points.
          redirect: 'error',
        }));
        try {
          const body = new Uint8Array(await res.arrayBuffer());
          return { response: { status: res.status, headers: res.headers, body } };
        } catch (err) {
          if (signal?.aborted) throw signal.reason;
          // The answer had begun: the request was sent.
          return { kind: attempt.timedOut() ? 'timeout' : 'interrupted', error: err };
        }
      } catch (err) {
        if (signal?.aborted) throw signal.reason;
        return { kind: failureKind(err, attempt.timedOut()), error: err };
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
      return { ...this.#core.toJSON(), clientId: this.#caller.clientId, userAgent: this.#caller.userAgent };
    }
  }

  return UmfClient;
}

export { defineUmfClient };

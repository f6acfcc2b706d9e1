// A real `redis-server` for the fleet tests: started per test file on a free port in a temp
// dir, nothing persisted (`--save '' --appendonly no`), stopped and restarted at will.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { createClient } from 'redis';

const REDIS_BIN = process.env.REDIS_SERVER || 'redis-server';

/** A free loopback port (taken, then released). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function listening(port, ms = 5000) {
  const until = Date.now() + ms;
  for (;;) {
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`redis-server did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Starts `redis-server`; `{url, port, stop(), start(), client()}`. */
export async function startRedis() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'umf-redis-'));
  const port = await freePort();
  let child = null;
  const clients = [];
  const server = {
    port,
    get running() { return child !== null; },
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(REDIS_BIN, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir,
        '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      const exited = new Promise((_, reject) => child.once('error', reject));
      await Promise.race([listening(port), exited]);
    },
    async stop() {
      if (!child) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
      child = null;
    },
    /** A connected node-redis client (closed by `close()`). */
    async client(options = {}) {
      const client = createClient({ url: server.url, ...options });
      client.on('error', () => {}); // reconnection noise while the server is down
      await client.connect();
      clients.push(client);
      return client;
    },
    async close() {
      for (const c of clients) {
        try { c.destroy(); } catch { /* already closed */ }
      }
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

// Builds the npm package into bindings-wasm/pkg/:
//   cargo (wasm32, profile wasm-release) -> wasm-bindgen (nodejs, bundler, web) -> wasm-opt
//   -> entry points -> prints the raw and gzipped size of the module.
// The wasm-bindgen CLI must be the exact version of the wasm-bindgen crate in Cargo.lock
// (the glue and the module are one ABI); scripts/test-wasm.sh installs it and passes its path
// in WASM_BINDGEN.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const crateDir = path.resolve(here, '..');
const root = path.resolve(crateDir, '..');
const pkg = path.join(crateDir, 'pkg');
const npmDir = path.join(crateDir, 'npm');
const NAME = 'umf_sdk_wasm';

// What `umf-sdk/device` exports: the public-key-only surface, nothing that signs.
const DEVICE_VALUES = ['CardEncryptor', 'PublicKey', 'encryptedFieldPaths', 'isUmfError'];
const DEVICE_TYPES = [
  'EncryptedPayload', 'KeyFormat', 'KeySummary', 'Link', 'Meta', 'Notification', 'UmfError',
  'Verification', 'VerifyResponseOptions', 'WireObject',
];

function run(cmd, args, options = {}) {
  execFileSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
}

function lockedVersion(crate) {
  const lock = fs.readFileSync(path.join(root, 'Cargo.lock'), 'utf8');
  const match = lock.match(new RegExp(`name = "${crate}"\\nversion = "([^"]+)"`));
  if (!match) throw new Error(`${crate} is not in Cargo.lock`);
  return match[1];
}

function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

const version = lockedVersion('wasm-bindgen');
const wasmBindgen = process.env.WASM_BINDGEN || 'wasm-bindgen';
const cliVersion = execFileSync(wasmBindgen, ['--version'], { encoding: 'utf8' }).trim();
if (cliVersion !== `wasm-bindgen ${version}`) {
  throw new Error(`${wasmBindgen} is "${cliVersion}"; the crate is ${version} (run scripts/test-wasm.sh)`);
}

run('cargo', [
  'build', '-p', 'umf-sdk-wasm', '--target', 'wasm32-unknown-unknown', '--profile', 'wasm-release',
]);
const targetDir = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
const built = path.join(targetDir, 'wasm32-unknown-unknown', 'wasm-release', `${NAME}.wasm`);

fs.rmSync(pkg, { recursive: true, force: true });
const targets = { node: 'nodejs', bundler: 'bundler', web: 'web' };
for (const [dir, target] of Object.entries(targets)) {
  run(wasmBindgen, ['--target', target, '--out-dir', path.join(pkg, dir), '--out-name', NAME, built]);
}

// The three targets get the same module; optimise it once.
const modules = Object.keys(targets).map((dir) => path.join(pkg, dir, `${NAME}_bg.wasm`));
const first = fs.readFileSync(modules[0]);
for (const other of modules.slice(1)) {
  if (!first.equals(fs.readFileSync(other))) throw new Error(`${other} differs from ${modules[0]}`);
}
const rawSize = first.length;
const wasmOpt = path.join(crateDir, 'node_modules', '.bin', 'wasm-opt');
if (process.env.UMF_SKIP_WASM_OPT !== '1') {
  // -O3, not -Os: signing and encryption are big-integer arithmetic, and -Os costs more time
  // there than it saves bytes (the gzipped size is what a browser downloads).
  run(wasmOpt, ['-O3', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
    '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types',
    '--enable-multivalue', modules[0], '-o', modules[0]]);
  for (const other of modules.slice(1)) fs.copyFileSync(modules[0], other);
}

// Static files: signers, shared declarations, the CommonJS entry, the manifest, the README.
for (const file of ['package.json', 'signer.d.ts', 'node/index.cjs', 'node/index.d.cts',
  'node/signer.cjs', 'node/signer.d.cts', 'browser/signer.js', 'browser/signer.d.ts']) {
  write(path.join(pkg, file), fs.readFileSync(path.join(npmDir, file)));
}
fs.copyFileSync(path.join(crateDir, 'README.md'), path.join(pkg, 'README.md'));
// The nodejs glue is CommonJS; the bundler and web glue and the browser signer are ES modules.
write(path.join(pkg, 'node', 'package.json'), '{ "type": "commonjs" }\n');
for (const dir of ['bundler', 'web', 'browser']) {
  write(path.join(pkg, dir, 'package.json'), '{ "type": "module" }\n');
}

// Node ESM: named re-exports of the CommonJS entry (one instance for require and import). The
// names are read from the built module, so no list is kept by hand.
const requireNode = (await import('node:module')).createRequire(import.meta.url);
const nodeNames = Object.keys(requireNode(path.join(pkg, 'node', 'index.cjs'))).sort();
write(path.join(pkg, 'node', 'index.mjs'), [
  "import cjs from './index.cjs';",
  `export const { ${nodeNames.join(', ')} } = cjs;`,
  'export default cjs;',
  '',
].join('\n'));
write(path.join(pkg, 'node', 'index.d.mts'), "export * from './index.cjs';\n");

// Device entry points, one per target, from DEVICE_VALUES.
const deviceTypes = (glue) =>
  `export { ${DEVICE_VALUES.join(', ')} } from '${glue}';\n` +
  `export type { ${DEVICE_TYPES.join(', ')} } from '${glue}';\n`;
write(path.join(pkg, 'node', 'device.cjs'), [
  "'use strict';",
  '// umf-sdk/device: the public-key-only entry point (nothing here signs or holds the merchant key).',
  `const wasm = require('./${NAME}.js');`,
  `module.exports = { ${DEVICE_VALUES.map((n) => `${n}: wasm.${n}`).join(', ')} };`,
  '',
].join('\n'));
write(path.join(pkg, 'node', 'device.d.cts'), deviceTypes(`./${NAME}.js`));
write(path.join(pkg, 'node', 'device.mjs'), [
  "import cjs from './device.cjs';",
  `export const { ${DEVICE_VALUES.join(', ')} } = cjs;`,
  '',
].join('\n'));
write(path.join(pkg, 'node', 'device.d.mts'), "export * from './device.cjs';\n");

write(path.join(pkg, 'bundler', 'index.js'),
  `export * from './${NAME}.js';\nexport { createSigner } from '../browser/signer.js';\n`);
write(path.join(pkg, 'bundler', 'index.d.ts'), [
  `export * from './${NAME}.js';`,
  "export { createSigner } from '../browser/signer.js';",
  "export type { Signer, SignerBackend, SignerOptions, SigningKey } from '../signer.js';",
  '',
].join('\n'));
write(path.join(pkg, 'bundler', 'device.js'), `export { ${DEVICE_VALUES.join(', ')} } from './${NAME}.js';\n`);
write(path.join(pkg, 'bundler', 'device.d.ts'), deviceTypes(`./${NAME}.js`));

// The `web` target must be initialised before use: `await init()` (fetches the module next to
// the script) or `initSync({ module: bytes })`.
write(path.join(pkg, 'web', 'index.js'), [
  `export * from './${NAME}.js';`,
  `export { default as init } from './${NAME}.js';`,
  "export { createSigner } from '../browser/signer.js';",
  '',
].join('\n'));
write(path.join(pkg, 'web', 'index.d.ts'), [
  `export * from './${NAME}.js';`,
  `export { default as init } from './${NAME}.js';`,
  "export { createSigner } from '../browser/signer.js';",
  "export type { Signer, SignerBackend, SignerOptions, SigningKey } from '../signer.js';",
  '',
].join('\n'));
write(path.join(pkg, 'web', 'device.js'), [
  `export { ${DEVICE_VALUES.join(', ')}, initSync } from './${NAME}.js';`,
  `export { default as init } from './${NAME}.js';`,
  '',
].join('\n'));
write(path.join(pkg, 'web', 'device.d.ts'), deviceTypes(`./${NAME}.js`) +
  `export { initSync, default as init } from './${NAME}.js';\n` +
  `export type { InitInput, InitOutput, SyncInitInput } from './${NAME}.js';\n`);

const optimised = fs.readFileSync(modules[0]);
const gzipped = zlib.gzipSync(optimised, { level: 9 }).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`\nwasm: ${kib(rawSize)} from wasm-bindgen, ${kib(optimised.length)} after wasm-opt, ` +
  `${kib(gzipped)} gzipped (gzip -9)`);
write(path.join(pkg, 'size.json'), JSON.stringify({ raw: optimised.length, gzip: gzipped, beforeWasmOpt: rawSize }) + '\n');

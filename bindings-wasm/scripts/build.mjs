// Builds the npm package into bindings-wasm/pkg/:
//   cargo (wasm32, profile wasm-release) -> wasm-bindgen (nodejs, bundler, web) -> wasm-opt
//   -> UmfClient and the TypeScript of every operation (from the core's operation table)
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

// Exports of the module that no entry point re-exports: the Node entries' own set-up.
const INTERNAL = ['__umfInstallHostRsa'];

// What `umf-sdk/device` exports: the public-key-only surface, nothing that signs.
const DEVICE_VALUES = ['CardEncryptor', 'PublicKey', 'encryptedFieldPaths', 'isUmfError'];
const DEVICE_TYPES = [
  'CustomsDeclaration', 'EncryptedPayload', 'EncryptedValue', 'KeyFormat', 'KeySummary', 'Link',
  'Meta', 'Notification', 'Payment', 'Refund', 'UmfError', 'Verification', 'VerifyResponseOptions',
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

/** `[workspace.package] version` of the root Cargo.toml. */
function workspaceVersion() {
  const cargo = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  const section = cargo.match(/^\[workspace\.package\]\n([\s\S]*?)(?:^\[|(?![\s\S]))/m);
  const match = section && section[1].match(/^version = "([^"]+)"$/m);
  if (!match) throw new Error('Cargo.toml has no [workspace.package] version');
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

const targetDir = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
const wasmOpt = path.join(crateDir, 'node_modules', '.bin', 'wasm-opt');
fs.rmSync(pkg, { recursive: true, force: true });

// The TypeScript of the core's models, operations and errors: npm/models.d.ts, generated from
// the core's schema by scripts/types.mjs (checked current by scripts/test-wasm.sh).
const MODELS = fs.readFileSync(path.join(npmDir, 'models.d.ts'), 'utf8');
const MODEL_NAMES = [...MODELS.matchAll(/^export (?:type|interface) ([A-Za-z0-9_]+)/gm)].map((m) => m[1]);

/**
 * Puts umf-models.d.ts beside a target's glue, and makes the glue's declarations (which name
 * `Payment`, `Meta`, `UmfError`, ...) import and re-export it.
 */
function withModels(dir, outName) {
  write(path.join(dir, 'umf-models.d.ts'), MODELS);
  const glue = path.join(dir, `${outName}.d.ts`);
  write(glue, `import type { ${MODEL_NAMES.join(', ')} } from "./umf-models.js";\n` +
    'export * from "./umf-models.js";\n' + fs.readFileSync(glue, 'utf8'));
}

/**
 * cargo -> wasm-bindgen for each target (`{dir: target}` under `outRoot`) -> wasm-opt once, as
 * every target gets the same module. Returns the module's sizes.
 */
function buildModule({ cargoArgs, outName, targets: byDir, outRoot }) {
  run('cargo', ['build', '-p', 'umf-sdk-wasm', '--target', 'wasm32-unknown-unknown',
    '--profile', 'wasm-release', ...cargoArgs]);
  const built = path.join(targetDir, 'wasm32-unknown-unknown', 'wasm-release', `${NAME}.wasm`);
  for (const [dir, target] of Object.entries(byDir)) {
    run(wasmBindgen, ['--target', target, '--out-dir', path.join(outRoot, dir), '--out-name', outName, built]);
  }
  for (const dir of Object.keys(byDir)) withModels(path.join(outRoot, dir), outName);
  const modules = Object.keys(byDir).map((dir) => path.join(outRoot, dir, `${outName}_bg.wasm`));
  const first = fs.readFileSync(modules[0]);
  for (const other of modules.slice(1)) {
    if (!first.equals(fs.readFileSync(other))) throw new Error(`${other} differs from ${modules[0]}`);
  }
  if (process.env.UMF_SKIP_WASM_OPT !== '1') {
    // -O3, not -Os: signing and encryption are big-integer arithmetic, and -Os costs more time
    // there than it saves bytes (the gzipped size is what a browser downloads).
    run(wasmOpt, ['-O3', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
      '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types',
      '--enable-multivalue', modules[0], '-o', modules[0]]);
    for (const other of modules.slice(1)) fs.copyFileSync(modules[0], other);
  }
  const optimised = fs.readFileSync(modules[0]);
  return { raw: optimised.length, gzip: zlib.gzipSync(optimised, { level: 9 }).length, beforeWasmOpt: first.length };
}

// The full module, for Node and for pages or bundles that use everything.
const targets = { node: 'nodejs', bundler: 'bundler', web: 'web' };
const fullSize = buildModule({ cargoArgs: [], outName: NAME, targets, outRoot: pkg });
// The device build (`--no-default-features`: no private keys, operations or tokens) behind
// `umf-sdk/device` in browsers, where its size is what a checkout page downloads. In Node,
// `umf-sdk/device` stays on the full module, so that `require` and `import` of either entry
// share one instance and one set of classes.
const DEVICE_NAME = 'umf_sdk_device';
const deviceSize = buildModule({
  cargoArgs: ['--no-default-features'], outName: DEVICE_NAME,
  targets: { bundler: 'bundler', web: 'web' }, outRoot: path.join(pkg, 'device'),
});

// Static files: signers, shared declarations, the CommonJS entry, the README, the licenses.
for (const file of ['signer.d.ts', 'node/index.cjs', 'node/index.d.cts',
  'node/signer.cjs', 'node/signer.d.cts', 'node/host-rsa.cjs', 'browser/signer.js',
  'browser/signer.d.ts']) {
  write(path.join(pkg, file), fs.readFileSync(path.join(npmDir, file)));
}
fs.copyFileSync(path.join(crateDir, 'README.md'), path.join(pkg, 'README.md'));
for (const file of ['LICENSE-MIT', 'LICENSE-APACHE']) {
  fs.copyFileSync(path.join(root, file), path.join(pkg, file));
}
// The manifest, stamped with the workspace's version (Cargo.toml is the one version source;
// scripts/check-versions.py checks the result).
const { name, ...manifest } = JSON.parse(fs.readFileSync(path.join(npmDir, 'package.json'), 'utf8'));
write(path.join(pkg, 'package.json'), JSON.stringify({ name, version: workspaceVersion(), ...manifest }, null, 2) + '\n');
// The nodejs glue is CommonJS; the bundler, web and device glue and the browser files are ES
// modules.
write(path.join(pkg, 'node', 'package.json'), '{ "type": "commonjs" }\n');
for (const dir of ['bundler', 'web', 'browser', 'device']) {
  write(path.join(pkg, dir, 'package.json'), '{ "type": "module" }\n');
}

// UmfClient: one source, as an ES module for the bundler and web targets and as CommonJS for
// Node (its one `export` line rewritten; nothing else differs).
const clientSource = fs.readFileSync(path.join(npmDir, 'umf-client.js'), 'utf8');
const EXPORT_LINE = 'export { defineUmfClient };\n';
if (!clientSource.endsWith(EXPORT_LINE) || clientSource.split(/^export /m).length !== 2) {
  throw new Error(`npm/umf-client.js must end with "${EXPORT_LINE.trim()}" and export nothing else`);
}
write(path.join(pkg, 'browser', 'umf-client.js'), clientSource);
write(path.join(pkg, 'node', 'umf-client.cjs'), "'use strict';\n" +
  clientSource.slice(0, -EXPORT_LINE.length) + 'module.exports = { defineUmfClient };\n');

// The TypeScript of every operation, from the core's table as the built module reports it;
// beside each target's glue, with UmfClient's declarations (whose classes are the target's).
const requireNode = (await import('node:module')).createRequire(import.meta.url);
const operationTypes = operationDeclarations(requireNode(path.join(pkg, 'node', `${NAME}.js`)).operations());
for (const dir of Object.keys(targets)) {
  write(path.join(pkg, dir, 'operations.d.ts'), operationTypes);
  write(path.join(pkg, dir, 'umf-client.d.ts'), fs.readFileSync(path.join(npmDir, 'umf-client.d.ts')));
}

// Node ESM: named re-exports of the CommonJS entry (one instance for require and import). The
// names are read from the built module, so no list is kept by hand.
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
  `const wasm = require('./host-rsa.cjs');`,
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

// The bundler and web entries: the glue, the WebCrypto signer and UmfClient over both.
const esmClient = [
  `import * as wasm from './${NAME}.js';`,
  "import { defineUmfClient } from '../browser/umf-client.js';",
  "import { createSigner } from '../browser/signer.js';",
  "export { createSigner } from '../browser/signer.js';",
  'export const UmfClient = defineUmfClient({ wasm, createSigner });',
];
const esmTypes = [
  "export { createSigner } from '../browser/signer.js';",
  "export type { Signer, SignerBackend, SignerOptions, SigningKey } from '../signer.js';",
  "export { UmfClient } from './umf-client.js';",
  'export type {',
  '  CallOptions, OperationId, OperationParams, OperationResultOf, OperationTypes, UmfClientOptions, UmfOperations, UmfStoreOptions,',
  "} from './umf-client.js';",
];
// The module's values by name (read from the built module, no list kept by hand), without the
// internal ones; the declarations can say `export *`, as the internal ones have none.
const moduleValues = Object.keys(requireNode(path.join(pkg, 'node', `${NAME}.js`)))
  .filter((name) => !INTERNAL.includes(name)).sort();
const moduleExports = (extra = []) =>
  `export { ${[...moduleValues, ...extra].join(', ')} } from './${NAME}.js';`;
write(path.join(pkg, 'bundler', 'index.js'), [moduleExports(), ...esmClient, ''].join('\n'));
write(path.join(pkg, 'bundler', 'index.d.ts'), [`export * from './${NAME}.js';`, ...esmTypes, ''].join('\n'));
// The `web` target must be initialised before use: `await init()` (fetches the module next to
// the script) or `initSync({ module: bytes })`.
const webInit = `export { default as init } from './${NAME}.js';`;
write(path.join(pkg, 'web', 'index.js'), [moduleExports(['initSync']), webInit, ...esmClient, ''].join('\n'));
write(path.join(pkg, 'web', 'index.d.ts'), [`export * from './${NAME}.js';`, webInit, ...esmTypes, ''].join('\n'));

// The device entries for browsers: the device build's glue.
const deviceGlue = (dir) => `../device/${dir}/${DEVICE_NAME}.js`;
write(path.join(pkg, 'bundler', 'device.js'), `export { ${DEVICE_VALUES.join(', ')} } from '${deviceGlue('bundler')}';\n`);
write(path.join(pkg, 'bundler', 'device.d.ts'), deviceTypes(deviceGlue('bundler')));
write(path.join(pkg, 'web', 'device.js'), [
  `export { ${DEVICE_VALUES.join(', ')}, initSync } from '${deviceGlue('web')}';`,
  `export { default as init } from '${deviceGlue('web')}';`,
  '',
].join('\n'));
write(path.join(pkg, 'web', 'device.d.ts'), deviceTypes(deviceGlue('web')) +
  `export { initSync, default as init } from '${deviceGlue('web')}';\n` +
  `export type { InitInput, InitOutput, SyncInitInput } from '${deviceGlue('web')}';\n`);

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
for (const [name, size] of [['wasm', fullSize], ['device wasm', deviceSize]]) {
  console.log(`\n${name}: ${kib(size.beforeWasmOpt)} from wasm-bindgen, ${kib(size.raw)} after wasm-opt, ` +
    `${kib(size.gzip)} gzipped (gzip -9)`);
}
write(path.join(pkg, 'size.json'), JSON.stringify({ full: fullSize, device: deviceSize }) + '\n');

/**
 * operations.d.ts: every operation's `UmfClient` method (`UmfOperations`), named and documented
 * from the module's table (`operations()`), typed by umf-models.d.ts (`OperationTypes`, from the
 * core's schema).
 */
function operationDeclarations(operations) {
  const callable = operations.filter((op) => op.body.kind !== 'token');
  const names = new Set(callable.map((op) => op.name));
  if (names.size !== callable.length) throw new Error('two operations share a method name');
  const doc = (text) => text.replace(/\*\//g, '*\\/');
  const optional = (op) => op.pathParams.length === 0 && !op.query.some((q) => q.required) &&
    op.body.kind === 'none' && !op.confirm;
  const lines = [
    '// Generated by scripts/build.mjs from the core\'s operation table (operations()). Do not edit.',
    `import type { ApiResponse } from "./${NAME}.js";`,
    'import type { OperationParams, OperationResultOf } from "./umf-models.js";',
    'import type { CallOptions } from "./umf-client.js";',
    'export type { OperationId, OperationParams, OperationResultOf, OperationTypes } from "./umf-models.js";',
    '',
    '/** One method per operation of the core\'s table. */',
    'export interface UmfOperations {',
  ];
  for (const op of callable) {
    const retry = op.retry === 'unsafe'
      ? ' Changes state: never retried automatically (`err.retryable` is true only when UMF proves it was not processed).'
      : '';
    lines.push(
      `    /** \`${op.id}\` (${op.section}, ${op.stability}): ${op.method} ${op.path}. ${doc(op.notes)}${retry} */`,
      `    ${op.name}(params${optional(op) ? '?' : ''}: OperationParams<"${op.id}">, options?: CallOptions): Promise<ApiResponse<OperationResultOf<"${op.id}">>>;`,
    );
  }
  lines.push('}', '');
  return lines.join('\n');
}

#!/usr/bin/env node
// The `umf` command of umf-sdk-cli: runs the binary of the platform package npm installed
// beside this one (umf-sdk-cli-linux-x64, umf-sdk-cli-linux-arm64), passing the arguments,
// standard streams, signals and exit status through.
'use strict';
const { spawn } = require('node:child_process');

const platforms = { 'linux x64': 'umf-sdk-cli-linux-x64', 'linux arm64': 'umf-sdk-cli-linux-arm64' };
const name = platforms[`${process.platform} ${process.arch}`];
if (!name) {
  console.error(`umf-sdk-cli has no binary for ${process.platform} ${process.arch}; ` +
    'build the umf command from source (cargo build -p umf-cli --release)');
  process.exit(1);
}
let binary;
try {
  binary = require.resolve(`${name}/bin/umf`);
} catch {
  console.error(`umf-sdk-cli: the package ${name} is not installed (npm skips optional ` +
    'dependencies with --omit=optional or --no-optional): install it');
  process.exit(1);
}
const child = spawn(binary, process.argv.slice(2), { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (err) => {
  console.error(`umf-sdk-cli: cannot run ${binary}: ${err.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});

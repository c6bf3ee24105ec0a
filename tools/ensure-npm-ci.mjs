#!/usr/bin/env node
// Runs `npm ci --no-audit --no-fund` in DIR unless DIR/node_modules was installed from the same
// package.json and package-lock.json (a hash of both is kept in node_modules). Used by the Maven
// build before the model's tests, and by tools/mermaid-render/render.sh.
//
//   node ensure-npm-ci.mjs DIR
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const dir = process.argv[2];
if (!dir || process.argv.length > 3) {
  process.stderr.write('usage: node ensure-npm-ci.mjs DIR\n');
  process.exit(2);
}
const hash = createHash('sha256');
for (const file of ['package.json', 'package-lock.json']) hash.update(readFileSync(path.join(dir, file)));
const wanted = hash.digest('hex');
const stamp = path.join(dir, 'node_modules', '.installed-from-sha256');
if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === wanted) {
  process.stdout.write(`${dir}: node_modules is current\n`);
  process.exit(0);
}
const windows = process.platform === 'win32';
const npm = spawnSync(windows ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit', shell: windows });
if (npm.status !== 0) {
  process.stderr.write(`npm ci failed in ${dir} (exit ${npm.status ?? npm.signal ?? npm.error})\n`);
  process.exit(1);
}
writeFileSync(stamp, `${wanted}\n`);

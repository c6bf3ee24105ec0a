#!/usr/bin/env node
// Self-test of the render check: renders selftest/*.mmd with render.mjs as a command, twice (two
// pages at once; then --png, on one page), and compares what it reports with selftest/expected.txt.
// Every failure case must FAIL with its own message (a syntax error, an exception of Mermaid's,
// Mermaid's error diagram, NaN attributes, a cut entity code, an SVG that is not XML), the valid
// diagrams rendered after them on the same pages must pass (with a PNG in the second run), and
// identical texts must be rendered once.
//
//   tools/mermaid-render/render.sh --selftest        (exit 0 when every expectation holds)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import url from 'node:url';

const here = path.dirname(url.fileURLToPath(import.meta.url));
const cases = path.join(here, 'selftest');
const expected = readFileSync(path.join(cases, 'expected.txt'), 'utf8').split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.match(/^(\S+) (OK|SAME|FAIL) ?(.*)$/).slice(1));
const failures = expected.filter(([, verdict]) => verdict === 'FAIL').length;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Runs render.mjs with OPTIONS on the cases; returns what differs from expected.txt. */
function check(options) {
  const png = options.includes('--png');
  const out = mkdtempSync(path.join(tmpdir(), 'mermaid-render-selftest-'));
  const problems = [];
  try {
    const run = spawnSync(process.execPath, [path.join(here, 'render.mjs'), ...options, cases, out],
      { encoding: 'utf8' });
    const reported = new Map(run.stdout.split('\n').map((line) => line.match(/^(OK|SAME|FAIL) +([^ :]+):? ?(.*)$/))
      .filter(Boolean).map(([, verdict, file, detail]) => [file, { verdict, detail }]));
    if (run.status !== 1) problems.push(`exit status ${run.status}, expected 1 (some diagrams fail)`);
    if (!run.stdout.includes(`${expected.length - failures} rendered, ${failures} failed`)) {
      problems.push(`no summary line "${expected.length - failures} rendered, ${failures} failed"`);
    }
    if (reported.size !== expected.length) {
      problems.push(`${reported.size} diagrams reported, expected ${expected.length}`);
    }
    const read = (file, extension) => {
      const name = path.join(out, file.replace(/\.mmd$/, `.${extension}`));
      return existsSync(name) ? readFileSync(name) : null;
    };
    for (const [file, verdict, text] of expected) {
      const got = reported.get(file);
      if (!got) continue;
      const detail = verdict === 'SAME' ? `(as ${text})` : text;
      if (got.verdict !== verdict || !got.detail.includes(detail)) {
        problems.push(`${file}: reported ${got.verdict} ${got.detail}, expected ${verdict} ${detail}`);
      }
      const image = read(file, 'png');
      if (verdict === 'FAIL' && image) problems.push(`${file}: failed but has a PNG`);
      const isPng = image?.subarray(0, 8).equals(PNG_SIGNATURE)
        && image.readUInt32BE(16) > 50 && image.readUInt32BE(20) > 50; // width, height
      if (png && verdict !== 'FAIL' && !isPng) problems.push(`${file}: no PNG of at least 50x50 pixels`);
      if (verdict === 'SAME' && !(read(file, 'svg') && read(text, 'svg')?.equals(read(file, 'svg')))) {
        problems.push(`${file}: its SVG is not ${text}'s`);
      }
    }
    if (problems.length) process.stdout.write(`render.mjs ${options.join(' ')} printed:\n${run.stdout}${run.stderr}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return problems.map((problem) => `${options.join(' ')}: ${problem}`);
}

const problems = [...check(['--pages', '2']), ...check(['--png'])];
for (const problem of problems) process.stdout.write(`SELFTEST FAIL ${problem}\n`);
process.stdout.write(problems.length ? `self-test failed: ${problems.length} problems\n`
  : `self-test passed: ${expected.length} diagrams reported as expected, on two pages and with --png on one\n`);
process.exit(problems.length ? 1 : 0);

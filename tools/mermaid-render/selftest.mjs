#!/usr/bin/env node
// Self-test of the render check: renders selftest/*.mmd with render.mjs (--png, two pages, as a
// command) and compares what it reports with selftest/expected.txt. Every failure case must FAIL
// with its own message (a syntax error, an exception of Mermaid's, Mermaid's error diagram, NaN
// attributes, a cut entity code, an SVG that is not XML), the valid diagrams rendered after them on
// the same pages must pass with an SVG and a PNG, and identical texts must be rendered once.
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
const out = mkdtempSync(path.join(tmpdir(), 'mermaid-render-selftest-'));
const problems = [];
try {
  const run = spawnSync(process.execPath, [path.join(here, 'render.mjs'), '--png', '--pages', '2', cases, out],
    { encoding: 'utf8' });
  const reported = new Map(run.stdout.split('\n').map((line) => line.match(/^(OK|SAME|FAIL) +([^ :]+):? ?(.*)$/))
    .filter(Boolean).map(([, verdict, file, detail]) => [file, { verdict, detail }]));
  const failures = expected.filter(([, verdict]) => verdict === 'FAIL').length;
  if (run.status !== 1) problems.push(`exit status ${run.status}, expected 1 (some diagrams fail)`);
  if (!run.stdout.includes(`${expected.length - failures} rendered, ${failures} failed`)) {
    problems.push(`no summary line "${expected.length - failures} rendered, ${failures} failed"`);
  }
  if (reported.size !== expected.length) problems.push(`${reported.size} diagrams reported, expected ${expected.length}`);
  const output = (file, extension) => path.join(out, file.replace(/\.mmd$/, `.${extension}`));
  for (const [file, verdict, text] of expected) {
    const got = reported.get(file);
    if (!got) continue;
    const detail = verdict === 'SAME' ? `(as ${text})` : text;
    if (got.verdict !== verdict || !got.detail.includes(detail)) {
      problems.push(`${file}: reported ${got.verdict} ${got.detail}, expected ${verdict} ${detail}`);
    }
    const png = existsSync(output(file, 'png')) ? readFileSync(output(file, 'png')) : null;
    const isPng = png?.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    if (verdict === 'FAIL' && png) problems.push(`${file}: failed but has a PNG`);
    if (verdict !== 'FAIL' && !(isPng && png.readUInt32BE(16) > 50 && png.readUInt32BE(20) > 50)) {
      problems.push(`${file}: no PNG of at least 50x50 pixels`);
    }
    const svgOf = (name) => (existsSync(output(name, 'svg')) ? readFileSync(output(name, 'svg')) : null);
    if (verdict === 'SAME' && !(svgOf(file) && svgOf(text) && svgOf(file).equals(svgOf(text)))) {
      problems.push(`${file}: its SVG differs from ${text}'s`);
    }
  }
  if (problems.length) process.stdout.write(`render.mjs printed:\n${run.stdout}${run.stderr}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
for (const problem of problems) process.stdout.write(`SELFTEST FAIL ${problem}\n`);
process.stdout.write(problems.length ? `self-test failed: ${problems.length} problems\n`
  : `self-test passed: ${expected.length} diagrams reported as expected\n`);
process.exit(problems.length ? 1 : 0);

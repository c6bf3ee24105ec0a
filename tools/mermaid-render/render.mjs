#!/usr/bin/env node
// Renders every .mmd file under a directory (subdirectories included) with mermaid-cli's Mermaid in
// ONE headless chromium and fails on any render error. Writes NAME.svg (and NAME.png with --png) next
// to each input, or at the same relative path under OUT_DIR.
//
//   node render.mjs [--png] [--pages N] IN_DIR [OUT_DIR]
//
// Each of N pages (default 2; with --png, 1) loads Mermaid once and renders one diagram after
// another (see mermaid-page.mjs), also after a diagram that failed; a page that stopped answering the
// browser protocol (crashed, or silent for a minute) is replaced. Files with the same text (as read,
// UTF-8) are rendered once and reported as SAME; each gets its own copy of the output.
// The browser is Debian's (CHROMIUM, default /usr/bin/chromium); nothing is downloaded.
// Exit status: 0 when every diagram renders, 1 when any does not, 2 on a usage error.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { ProtocolError, TimeoutError } from 'puppeteer';
import { MermaidPage } from './mermaid-page.mjs';

const USAGE = 'usage: render.sh [--png] [--pages N] IN_DIR [OUT_DIR]\n       render.sh --selftest';
const BROWSER_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic'];

function usage(message) {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(args) {
  let png = false;
  let pages = null;
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--png') png = true;
    else if (args[i] === '--pages' && /^[1-9]$/.test(args[i + 1] ?? '')) pages = Number(args[++i]);
    else if (args[i].startsWith('--')) usage(`bad argument: ${args[i]}`);
    else rest.push(args[i]);
  }
  if (rest.length < 1 || rest.length > 2) usage('bad arguments');
  // Two pages each taking screenshots stalled chromium's Page.captureScreenshot (3 times in ~70 runs
  // here; decision 0013).
  if (png && pages > 1) usage('--png renders on one page');
  const [inDir, outDir = inDir] = rest;
  if (!existsSync(inDir)) usage(`no such directory: ${inDir}`);
  const files = readdirSync(inDir, { recursive: true }).filter((f) => f.endsWith('.mmd')).sort();
  if (files.length === 0) usage(`no .mmd file in ${inDir}`);
  return { png, pages: pages ?? (png ? 1 : 2), inDir, outDir, files };
}

/** The files grouped by their exact text, in the order of each text's first file. */
function groupByText(inDir, files) {
  const byText = new Map();
  for (const file of files) {
    const text = readFileSync(path.join(inDir, file), 'utf8');
    if (byText.has(text)) byText.get(text).push(file);
    else byText.set(text, [file]);
  }
  return [...byText].map(([definition, sameText]) => ({ definition, files: sameText }));
}

const firstLines = (e) => String(e?.message ?? e).split('\n').slice(0, 4).join(' | ');

const { png, pages, inDir, outDir, files } = parseArgs(process.argv.slice(2));
mkdirSync(outDir, { recursive: true });
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) usage(`no browser at ${executablePath}: apt-get install chromium, or set CHROMIUM`);
const startedAll = Date.now();
const groups = groupByText(inDir, files);
// A render takes at most a few seconds; a minute without an answer means a stuck page, not a slow one.
const browser = await puppeteer.launch({ executablePath, args: BROWSER_ARGS, protocolTimeout: 60_000 });
const open = () => MermaidPage.open(browser, { log: (text) => process.stderr.write(`${text}\n`) });
let failed = 0;

function write(file, extension, data) {
  const base = path.join(outDir, file.replace(/\.mmd$/, ''));
  mkdirSync(path.dirname(base), { recursive: true });
  writeFileSync(`${base}.${extension}`, data);
}

/** Renders one text and writes its files; false when the page stopped answering and must be replaced. */
async function renderGroup(page, { definition, files: [first, ...same] }) {
  const started = Date.now();
  try {
    const { svg, png: image } = await page.render(definition, { png });
    for (const file of [first, ...same]) {
      write(file, 'svg', svg);
      if (image) write(file, 'png', image);
    }
    process.stdout.write(`OK   ${first} (${Date.now() - started} ms)\n`);
    for (const file of same) process.stdout.write(`SAME ${file} (as ${first})\n`);
  } catch (e) {
    if (e.svg) write(first, 'svg', e.svg);
    failed += 1 + same.length;
    process.stdout.write(`FAIL ${first}: ${firstLines(e)}\n`);
    for (const file of same) process.stdout.write(`FAIL ${file}: the same text as ${first}\n`);
    return !(e instanceof ProtocolError || e instanceof TimeoutError);
  }
  return true;
}

try {
  let next = 0;
  const worker = async () => {
    let page = await open();
    while (next < groups.length) {
      if (!(await renderGroup(page, groups[next++]))) {
        page.close().catch(() => {}); // not awaited: a stuck page may not close either
        page = await open();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(pages, groups.length) }, worker));
} finally {
  await browser.close();
}
const same = files.length - groups.length;
process.stdout.write(`${files.length - failed} rendered, ${failed} failed (${groups.length} distinct texts, `
  + `${same} files the same as another; ${pages} pages, ${((Date.now() - startedAll) / 1000).toFixed(1)} s)\n`);
process.exit(failed ? 1 : 0);

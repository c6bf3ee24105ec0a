#!/usr/bin/env node
// Renders every .mmd file under a directory (subdirectories included) with mermaid-cli in ONE
// headless chromium and fails on any render error. Writes NAME.svg (and NAME.png with --png) next
// to each input, or at the same relative path under OUT_DIR.
//
//   node render.mjs [--png] IN_DIR [OUT_DIR]
//
// The browser is Debian's (CHROMIUM, default /usr/bin/chromium); nothing is downloaded.
// Exit status: 0 when every diagram renders, 1 when any does not, 2 on a usage error.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer';
import { renderMermaid } from '@mermaid-js/mermaid-cli';

const USAGE = 'usage: render.sh [--png] IN_DIR [OUT_DIR]';
const BROWSER_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic'];

function usage(message) {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(args) {
  const png = args[0] === '--png';
  const rest = png ? args.slice(1) : args;
  if (rest.length < 1 || rest.length > 2 || rest.some((a) => a.startsWith('--'))) usage('bad arguments');
  const [inDir, outDir = inDir] = rest;
  if (!existsSync(inDir)) usage(`no such directory: ${inDir}`);
  const files = readdirSync(inDir, { recursive: true }).filter((f) => f.endsWith('.mmd')).sort();
  if (files.length === 0) usage(`no .mmd file in ${inDir}`);
  return { png, inDir, outDir, files };
}

// mermaid-cli forwards the page's console to console.warn: an "Error:" there (an SVG attribute
// that is NaN, for example) means a broken drawing although Mermaid reported success.
async function render(browser, definition, format) {
  const pageErrors = [];
  const forward = console.warn;
  console.warn = (...args) => {
    const message = args.join(' ');
    if (/^Error\b/.test(message)) pageErrors.push(message);
    else forward(...args);
  };
  try {
    const { data } = await renderMermaid(browser, definition, format, { backgroundColor: 'white' });
    if (pageErrors.length) throw new Error(`the browser reported ${pageErrors.length} errors, first: ${pageErrors[0]}`);
    return data;
  } finally {
    console.warn = forward;
  }
}

// Failures Mermaid does not report: its error diagram, an SVG that is not well-formed XML (as when
// word wrapping cut an entity code such as #59; in two), and the one cut that leaves valid XML:
// a piece of Mermaid's placeholder (U+FB02, U+00B6) followed by the wrapping hyphen at a line end.
async function checkSvg(page, data) {
  const svg = Buffer.from(data).toString('utf8');
  if (/aria-roledescription="error"/.test(svg)) throw new Error('Mermaid drew its error diagram');
  if (/[\uFB02\u00B6]-</.test(svg)) throw new Error('word wrapping cut an entity code in two (a long word in a block label?)');
  const xmlError = await page.evaluate((text) => {
    const error = new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror');
    return error ? error.textContent : null;
  }, svg);
  if (xmlError) throw new Error(`the SVG is not well-formed XML: ${xmlError}`);
}

const { png, inDir, outDir, files } = parseArgs(process.argv.slice(2));
mkdirSync(outDir, { recursive: true });
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) usage(`no browser at ${executablePath}: apt-get install chromium, or set CHROMIUM`);
const browser = await puppeteer.launch({ executablePath, args: BROWSER_ARGS });
const checker = await browser.newPage();
let failed = 0;
try {
  for (const file of files) {
    const started = Date.now();
    const definition = readFileSync(path.join(inDir, file), 'utf8');
    const base = path.join(outDir, file.replace(/\.mmd$/, ''));
    mkdirSync(path.dirname(base), { recursive: true });
    try {
      const svg = await render(browser, definition, 'svg');
      writeFileSync(`${base}.svg`, svg);
      await checkSvg(checker, svg);
      if (png) writeFileSync(`${base}.png`, await render(browser, definition, 'png'));
      process.stdout.write(`OK   ${file} (${Date.now() - started} ms)\n`);
    } catch (e) {
      failed++;
      process.stdout.write(`FAIL ${file}: ${String(e?.message ?? e).split('\n').slice(0, 4).join(' | ')}\n`);
    }
  }
} finally {
  await browser.close();
}
process.stdout.write(`${files.length - failed} rendered, ${failed} failed\n`);
process.exit(failed ? 1 : 0);

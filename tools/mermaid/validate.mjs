#!/usr/bin/env node
// Parses many Mermaid diagrams in one process with the real Mermaid parser (jsdom, no browser)
// and prints one JSON document on stdout: per input, ok or the parser's error, and for sequence
// diagrams the participants, boxes, messages and title as a reader would see them.
//
//   node validate.mjs FILE.mmd [FILE.mmd ...]   ("-" reads one diagram from stdin)
//   node validate.mjs --json < batch.json       (a JSON array of {"id": "...", "text": "..."})
//
// Exit status: 0 when every input parses, 1 when any does not, 2 on a usage error.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const USAGE = 'usage: node validate.mjs FILE.mmd [FILE.mmd ...] | node validate.mjs --json < batch.json';

// Mermaid and DOMPurify write warnings to the console: keep stdout for the JSON result alone.
console.log = console.info = console.debug = console.warn = (...args) => process.stderr.write(args.join(' ') + '\n');

function fail(message) {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function readInputs(args) {
  if (args.length === 0) fail('no input');
  if (args[0] === '--json') {
    if (args.length > 1) fail('--json takes no other argument');
    let batch;
    try {
      batch = JSON.parse(readFileSync(0, 'utf8'));
    } catch (e) {
      fail(`stdin is not JSON: ${e.message}`);
    }
    if (!Array.isArray(batch) || !batch.every((d) => d && typeof d.id === 'string' && typeof d.text === 'string')) {
      fail('stdin must be a JSON array of {"id": string, "text": string}');
    }
    return batch;
  }
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown) fail(`unknown option ${unknown}`);
  return args.map((file) => {
    try {
      return { id: file, text: readFileSync(file === '-' ? 0 : file, 'utf8') };
    } catch (e) {
      return fail(`cannot read ${file}: ${e.message}`);
    }
  });
}

function installDom() {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  globalThis.window = dom.window;
  globalThis.document = dom.window.document;
  // `box` and `rect` colours are checked with window.CSS or `new Option().style`.
  for (const key of ['Option', 'Element', 'HTMLElement', 'SVGElement', 'Node', 'DOMParser', 'getComputedStyle', 'navigator']) {
    if (!(key in globalThis)) globalThis[key] = dom.window[key];
  }
  return dom.window.document;
}

// What a reader sees: Mermaid replaces entity codes (#59;) by placeholders before parsing, the
// renderer splits a text into lines at <br> and writes each line as an SVG text node, and the
// finished SVG gets the placeholders replaced by HTML character references (decodeEntities).
function visibleText(doc, stored) {
  if (stored === undefined || stored === null) return null;
  const area = doc.createElement('textarea');
  const escapeXml = (row) => row.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const decodeEntities = (row) => row.replace(/\uFB02\u00B0\u00B0/g, '&#').replace(/\uFB02\u00B0/g, '&').replace(/\u00B6\u00DF/g, ';');
  return String(stored)
    .split(/<br\s*\/?>/i)
    .map((row) => {
      area.innerHTML = decodeEntities(escapeXml(row));
      return area.value;
    })
    .join('\n');
}

function describeSequence(doc, db) {
  const lineTypes = Object.fromEntries(Object.entries(db.LINETYPE).map(([name, code]) => [code, name]));
  const participants = [...db.getActors().entries()].map(([id, actor]) => ({
    id,
    label: visibleText(doc, actor.description),
    type: actor.type,
    box: actor.box ? visibleText(doc, actor.box.name) : null,
  }));
  const boxes = db.getBoxes().map((box) => ({
    label: visibleText(doc, box.name), fill: box.fill, participants: [...box.actorKeys],
  }));
  const messages = db.getMessages().map((m) => ({
    type: lineTypes[m.type] ?? String(m.type),
    from: m.from ?? null,
    to: m.to ?? null,
    text: typeof m.message === 'string' ? visibleText(doc, m.message) : null,
  }));
  const title = db.getDiagramTitle ? visibleText(doc, db.getDiagramTitle()) || null : null;
  return { title, participants, boxes, messages };
}

async function validate(mermaid, doc, input) {
  try {
    const { diagramType } = await mermaid.parse(input.text);
    const result = { id: input.id, ok: true, diagramType };
    if (diagramType === 'sequence') {
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(input.text);
      Object.assign(result, describeSequence(doc, diagram.db));
    }
    return result;
  } catch (e) {
    // As in the parser's message: counted after Mermaid removed front matter and %% comment lines.
    const line = Number.isInteger(e?.hash?.line) ? e.hash.line + 1 : null;
    return { id: input.id, ok: false, error: String(e?.message ?? e), line };
  }
}

const inputs = readInputs(process.argv.slice(2));
const doc = installDom();
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });
const results = [];
for (const input of inputs) results.push(await validate(mermaid, doc, input));
const failed = results.filter((r) => !r.ok).length;
process.stderr.write(`${results.length - failed} passed, ${failed} failed\n`);
// Exit only once the whole document is written: a pipe takes 64 KiB before it blocks.
process.stdout.write(JSON.stringify({ passed: results.length - failed, failed, results }, null, 1) + '\n',
  () => process.exit(failed ? 1 : 0));

// A chromium page with mermaid-cli's Mermaid loaded once, rendering one definition after another the
// way mermaid-cli's renderMermaid renders each on a new page (node_modules/@mermaid-js/mermaid-cli/
// src/index.js, 11.17.0): the same index.html, style sheets, ES modules (Mermaid, ELK and tidy-tree
// layouts, ZenUML) served by its request interceptor, `initialize({ startOnLoad: false })` before
// each `render('my-svg', …)` into #container, the background colour on the <svg>, XMLSerializer for
// the SVG, and for PNG a screenshot clipped to the <svg>. Loading the page and the modules is most of
// renderMermaid's time; here it is paid once per page.
//
// Besides Mermaid's exceptions, a render fails on what Mermaid does not report (see svgProblem) and on
// an "Error" the browser logs while the diagram is drawn (an SVG attribute that is NaN, for example).
import path from 'node:path';
import url from 'node:url';
import { resolve } from 'import-meta-resolve';

const cliIndex = import.meta.resolve('@mermaid-js/mermaid-cli');
// mermaid-cli's own interceptor: chromium will not import ES modules from file:// URLs.
const { Interceptor } = await import(new URL('puppeteerIntercept.js', cliIndex));

// Resolved from mermaid-cli's index.js as it resolves them, so these are the files it loads.
const esmBeside = (pkg, file) => path.resolve(path.dirname(url.fileURLToPath(resolve(pkg, cliIndex))), file);
const MODULES = {
  mermaid: esmBeside('mermaid', 'mermaid.esm.mjs'),
  elk: esmBeside('@mermaid-js/layout-elk', 'mermaid-layout-elk.esm.mjs'),
  zenuml: esmBeside('@mermaid-js/mermaid-zenuml', 'mermaid-zenuml.esm.mjs'),
};
try {
  MODULES.tidyTree = esmBeside('@mermaid-js/layout-tidy-tree', 'mermaid-layout-tidy-tree.esm.mjs');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e; // an optional dependency, as for mermaid-cli
}
const CSS = ['@fortawesome/fontawesome-free/css/brands.css', '@fortawesome/fontawesome-free/css/regular.css',
  '@fortawesome/fontawesome-free/css/solid.css', '@fortawesome/fontawesome-free/css/fontawesome.css',
  'katex/dist/katex.css'];
const INDEX_HTML = new URL('../dist/index.html', cliIndex).href;
// Puppeteer's default, which every page of renderMermaid starts with (we pass it no viewport).
const VIEWPORT = { width: 800, height: 600 };

export class MermaidPage {
  #page;
  #pageErrors = [];

  static async open(browser, { backgroundColor = 'white', log = () => {} } = {}) {
    const page = await browser.newPage();
    const self = new MermaidPage(page);
    page.on('console', (message) => {
      const text = message.text();
      if (/^Error\b/.test(text)) self.#pageErrors.push(text);
      else log(text);
    });
    await page.goto(INDEX_HTML);
    await page.$eval('body', (body, colour) => { body.style.background = colour; }, backgroundColor);
    const interceptor = new Interceptor();
    const urls = {};
    for (const [name, file] of Object.entries(MODULES)) {
      urls[name] = await interceptor.fileUrlToInterceptUrl(url.pathToFileURL(file));
    }
    page.on('request', interceptor.interceptRequestHandler);
    await page.setRequestInterception(true);
    await Promise.all(CSS.map(async (css) => page.addStyleTag({
      url: await interceptor.fileUrlToInterceptUrl(new URL(resolve(css, cliIndex)), { allowParentDirectoryLevel: 2 }),
    })));
    await page.evaluate(async ({ mermaid, elk, zenuml, tidyTree }) => {
      const { default: mermaidApi } = await import(mermaid);
      const { default: elkLayouts } = await import(elk);
      const { default: zenumlDiagram } = await import(zenuml);
      const { default: tidyTreeLayouts = [] } = tidyTree ? await import(tidyTree) : {};
      await Promise.all(Array.from(document.fonts, (font) => font.load()));
      await mermaidApi.registerExternalDiagrams([zenumlDiagram]);
      mermaidApi.registerLayoutLoaders([...elkLayouts, ...tidyTreeLayouts]);
      window.rollscopeMermaid = mermaidApi;
    }, urls);
    self.backgroundColor = backgroundColor;
    if (self.#pageErrors.length) throw new Error(`loading Mermaid: ${self.#pageErrors[0]}`);
    return self;
  }

  constructor(page) {
    this.#page = page;
  }

  /**
   * Renders one definition: { svg } as UTF-8 bytes, and { png } when asked. Throws on any failure; the
   * error holds the SVG (error.svg) when only the checks of the finished SVG failed.
   */
  async render(definition, { png = false } = {}) {
    this.#pageErrors = [];
    const { svg, xmlError } = await this.#page.evaluate(async (text, colour) => {
      const container = document.getElementById('container');
      window.rollscopeMermaid.initialize({ startOnLoad: false });
      const { svg: svgText } = await window.rollscopeMermaid.render('my-svg', text, container);
      container.innerHTML = svgText;
      const element = document.querySelector('svg');
      element.style.backgroundColor = colour;
      // What the file will hold: the serialized SVG as UTF-8, read back as XML.
      const xml = new TextDecoder().decode(new TextEncoder().encode(new XMLSerializer().serializeToString(element)));
      const error = new DOMParser().parseFromString(xml, 'image/svg+xml').querySelector('parsererror');
      return { svg: xml, xmlError: error ? error.textContent : null };
    }, definition, this.backgroundColor);
    if (this.#pageErrors.length) {
      throw new Error(`the browser reported ${this.#pageErrors.length} errors, first: ${this.#pageErrors[0]}`);
    }
    const bytes = new TextEncoder().encode(svg);
    const problem = svgProblem(svg, xmlError);
    if (problem) throw Object.assign(new Error(problem), { svg: bytes });
    return { svg: bytes, png: png ? await this.#screenshot() : undefined };
  }

  // renderMermaid's PNG: the viewport grown to hold the <svg>, a screenshot clipped to it.
  async #screenshot() {
    const clip = await this.#page.$eval('svg', (svg) => {
      const rect = svg.getBoundingClientRect();
      return { x: Math.floor(rect.left), y: Math.floor(rect.top),
        width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
    });
    await this.#page.setViewport({ width: clip.x + clip.width, height: clip.y + clip.height });
    try {
      return await this.#page.screenshot({ clip, omitBackground: this.backgroundColor === 'transparent' });
    } finally {
      await this.#page.setViewport(VIEWPORT);
    }
  }

  async close() {
    await this.#page.close();
  }
}

// Failures Mermaid does not report: its error diagram, an SVG that is not well-formed XML (as when
// word wrapping cut an entity code such as #59; in two), and the one cut that leaves valid XML:
// a piece of Mermaid's placeholder (U+FB02, U+00B6) followed by the wrapping hyphen at a line end.
function svgProblem(svg, xmlError) {
  if (/aria-roledescription="error"/.test(svg)) return 'Mermaid drew its error diagram';
  if (/[\uFB02\u00B6]-</.test(svg)) return 'word wrapping cut an entity code in two (a long word in a block label?)';
  if (xmlError) return `the SVG is not well-formed XML: ${xmlError}`;
  return null;
}

// The embedding loader: one <script type="module" src=".../assistance-calculator.js"> defines
// <assistance-calculator region="430602" mode="elder"> and window.AssistanceCalculator. The
// widget renders in a shadow root with an adopted style sheet (no inline styles, so a strict
// CSP allows it); host CSS cannot reach it and its CSS cannot leak out.
const base = new URL('./', import.meta.url);

// The wasm module, loaded once for all widgets on the page.
const ready = (async () => {
  const glue = await import(new URL('./widget.js', base).href);
  await glue.default({ module_or_path: new URL('./widget_bg.wasm', base) });
  return glue;
})();

let sheet;
function styleSheet() {
  sheet ??= fetch(new URL('./styles.css', base))
    .then((r) => r.text())
    .then((css) => {
      const s = new CSSStyleSheet();
      s.replaceSync(css);
      return s;
    });
  return sheet;
}

/** The 繁體 table is not in the first load: fetched from this folder the first time a report
 *  in 繁體 is asked for (if it cannot be fetched, the report stays in 简体). */
let hant = null;
function hantTable(glue) {
  hant ??= fetch(new URL('hant.tsv', import.meta.url)).then((r) => (r.ok ? r.text() : '')).then((t) => glue.installTable('hant', t), () => false);
  return hant;
}

/** Renders a widget into `host`'s shadow root; resolves to a handle with destroy(). */
async function mount(host, options = {}) {
  const [glue, css] = await Promise.all([ready, styleSheet()]);
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [css];
  const container = document.createElement('div');
  root.replaceChildren(container);
  return glue.mountIn(container, host, options.region ?? null, options.mode ?? null, options.lang ?? null, new URL('./', import.meta.url).href);
}

class AssistanceCalculatorElement extends HTMLElement {
  static observedAttributes = ['region', 'lang', 'mode'];
  #handle = null;
  #generation = 0;

  connectedCallback() { this.#render(); }
  attributeChangedCallback() { if (this.isConnected) this.#render(); }
  disconnectedCallback() { this.#generation += 1; this.#handle?.destroy(); this.#handle = null; }

  async #render() {
    const generation = ++this.#generation;
    const handle = await mount(this, { region: this.getAttribute('region'), mode: this.getAttribute('mode'), lang: this.getAttribute('lang') });
    if (generation !== this.#generation) { handle.destroy(); return; }
    this.#handle?.destroy();
    this.#handle = handle;
  }
}

if (!customElements.get('assistance-calculator')) customElements.define('assistance-calculator', AssistanceCalculatorElement);

/** The JS API (see assistance-calculator.d.ts). Every call resolves; errors come back as the
 *  contract's error object, never as a thrown panic. */
window.AssistanceCalculator = Object.freeze({
  evaluate: async (household, _options = {}) => {
    const glue = await ready;
    if (household?.language === 'zh-Hant') await hantTable(glue);
    return glue.evaluate(household);
  },
  regions: async () => (await ready).regions(),
  version: async () => (await ready).version(),
  loadPack: async (pack) => (await ready).loadPack(pack),
  mount: (element, options = {}) => mount(element, options),
  ready: ready.then(() => true),
});

// Wasm engine time per household in headless Chromium: AssistanceCalculator.evaluate(h) in a
// loop on a blank page that loads only the embedding loader (dist/assistance-calculator.js).
// Warm-up first, then BATCHES batches of ITERATIONS calls; the median batch is reported.
// The per-call JS<->wasm conversion (serde-wasm-bindgen: the household object in, the report
// object out) is included; it is also shown apart: a trivial call (version()), an invalid
// household (input conversion + an error object), and a CPU profile of the 3- and 8-member
// loops split into time in wasm, in the wasm-bindgen JS glue, in GC and elsewhere.
import { benchHouseholds, median } from './common.mjs';

const PAGE = 'bench-engine.html';
const HTML = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>engine bench</title>'
  + '<script type="module" src="./assistance-calculator.js"></script></head><body></body></html>';

export async function engineBench(browser, base, { iterations = 2000, batches = 5, warmup = 300, profile = true } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(base + PAGE, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: HTML }));
  await page.goto(base + PAGE);
  await page.evaluate(async () => {
    await window.AssistanceCalculator.ready;
    // The loader's module instance (same URL): its synchronous evaluate, version().
    window.glue = await import('./widget.js');
  });
  const households = benchHouseholds();
  const results = [];
  for (const h of households) {
    const r = await page.evaluate(async ({ h, iterations, batches, warmup }) => {
      const api = window.AssistanceCalculator;
      const first = await api.evaluate(h);
      if (!first || first.error || !Array.isArray(first.programs)) throw new Error(`household does not evaluate: ${JSON.stringify(first).slice(0, 300)}`);
      for (let i = 0; i < warmup; i++) await api.evaluate(h);
      const viaApi = [];
      for (let b = 0; b < batches; b++) {
        const t0 = performance.now();
        for (let i = 0; i < iterations; i++) await api.evaluate(h);
        viaApi.push((performance.now() - t0) * 1000 / iterations);
      }
      // The wasm-bindgen export itself, synchronously (no promise per call).
      const sync = [];
      for (let b = 0; b < batches; b++) {
        const t0 = performance.now();
        for (let i = 0; i < iterations; i++) window.glue.evaluate(h);
        sync.push((performance.now() - t0) * 1000 / iterations);
      }
      // The engine alone inside the wasm (validation and every program, no report to JS):
      // what the native benchmark measures.
      const engine = [];
      for (let b = 0; b < batches; b++) {
        const t0 = performance.now();
        const made = window.glue.benchEngine(h, iterations);
        if (made !== iterations) throw new Error(`benchEngine made ${made} of ${iterations} reports`);
        engine.push((performance.now() - t0) * 1000 / iterations);
      }
      // For comparison: the JS side of an alternative that returns the report as JSON text
      // (one string across, then JSON.parse), i.e. JSON.parse of the same report.
      const text = JSON.stringify(first);
      const parse = [];
      for (let b = 0; b < batches; b++) {
        const t0 = performance.now();
        for (let i = 0; i < iterations; i++) JSON.parse(text);
        parse.push((performance.now() - t0) * 1000 / iterations);
      }
      return { viaApi, sync, engine, parse, programs: first.programs.length, reportChars: text.length };
    }, { h, iterations, batches, warmup });
    results.push({ members: h.members.length, programs: r.programs, reportChars: r.reportChars, api: median(r.viaApi), apiBest: Math.min(...r.viaApi), sync: median(r.sync), engine: median(r.engine), parse: median(r.parse), apiBatches: r.viaApi });
  }
  // Fixed costs of a call: version() returns a 3-key object; an invalid household is converted
  // in, rejected at validation and answered with a small error object.
  const fixed = await page.evaluate(async ({ iterations, batches }) => {
    const time = (fn, n) => { for (let i = 0; i < 200; i++) fn(); const out = []; for (let b = 0; b < batches; b++) { const t0 = performance.now(); for (let i = 0; i < n; i++) fn(); out.push((performance.now() - t0) * 1000 / n); } return out; };
    const bad = { region: '43', members: [] };
    const api = window.AssistanceCalculator;
    const apiCall = []; for (let b = 0; b < batches; b++) { const t0 = performance.now(); for (let i = 0; i < iterations * 5; i++) await api.version(); apiCall.push((performance.now() - t0) * 1000 / (iterations * 5)); }
    return { version: time(() => window.glue.version(), iterations * 5), invalid: time(() => window.glue.evaluate(bad), iterations * 2), apiVersion: apiCall };
  }, { iterations, batches });
  const out = { households: results, version: median(fixed.version), apiVersion: median(fixed.apiVersion), invalid: median(fixed.invalid), profiles: [] };
  if (profile) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    for (const h of households.filter((x) => [3, 8].includes(x.members.length))) {
      await cdp.send('Profiler.start');
      await page.evaluate(({ h, n }) => { for (let i = 0; i < n; i++) window.glue.evaluate(h); }, { h, n: Math.round(iterations / 2) });
      const { profile: p } = await cdp.send('Profiler.stop');
      out.profiles.push({ members: h.members.length, ...breakdown(p) });
    }
    await cdp.detach();
  }
  await context.close();
  return out;
}

/** Self time of a CPU profile by where it ran: wasm code (the engine, serde's and Yew's Rust
 *  side); the JS<->wasm boundary: the wasm-bindgen/web-sys glue in widget.js, the built-ins it
 *  calls (e.g. TextDecoder.decode for every string, DOM methods) and the wasm-to-js/js-to-wasm
 *  transitions; the garbage collector; other JS (the benchmark loop, offline.js, …). Shares are
 *  of the script time (those four); `native` is the browser's own work outside script
 *  ("(program)": style, layout, paint, …), in ms. */
export function breakdown(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const kind = new Map();
  const classify = (id) => {
    if (kind.has(id)) return kind.get(id);
    const { functionName: f, url } = byId.get(id).callFrame;
    let k;
    if (url.endsWith('.wasm') || url.startsWith('wasm://') || f.startsWith('wasm-function[')) k = 'wasm';
    else if (url.endsWith('widget.js') || f === 'wasm-to-js' || f === 'js-to-wasm') k = 'boundary';
    else if (f === '(garbage collector)') k = 'gc';
    else if (f === '(idle)') k = 'idle';
    else if (f === '(program)' || f === '(root)') k = 'native';
    // A built-in (no URL) counts for whoever called it.
    else if (!url && parent.has(id)) { k = classify(parent.get(id)); if (k === 'wasm') k = 'boundary'; if (k === 'native') k = 'js'; }
    else k = 'js';
    kind.set(id, k);
    return k;
  };
  const ms = { wasm: 0, boundary: 0, gc: 0, js: 0, native: 0, idle: 0 };
  for (let i = 0; i < profile.samples.length; i++) ms[classify(profile.samples[i])] += (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const script = ms.wasm + ms.boundary + ms.gc + ms.js;
  const pct = Object.fromEntries(['wasm', 'boundary', 'gc', 'js'].map((k) => [k, (100 * ms[k]) / script]));
  return { ms, pct, script };
}

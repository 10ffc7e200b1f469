// The browser benchmarks (scripts/bench-browser.sh): wasm engine time per household, throttled
// input-to-result time, the throttled page load's long tasks, and Lighthouse mobile, RUNS times
// each, then the spread over the runs. Reports, not tests: times are printed, never asserted.
//   node bench/browser/run.mjs [--runs N] [--only engine,input,load,lighthouse] [--no-lighthouse-gzip]
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { OUT, ROOT, launch, snapshotDist, spread, startGzipProxy, startServer } from './common.mjs';
import { engineBench } from './engine.mjs';
import { inputBench } from './input.mjs';
import { lighthouse } from './lighthouse.mjs';
import { loadBench } from './load.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
const runs = Number(opt('--runs', process.env.BENCH_RUNS ?? 3));
const only = new Set(opt('--only', 'engine,input,load,lighthouse').split(','));
const gzip = !argv.includes('--no-lighthouse-gzip');
const iterations = Number(process.env.BENCH_ITERATIONS ?? 2000);
const keystrokes = Number(process.env.BENCH_KEYSTROKES ?? 30);
const dist = process.env.DIST ?? `${ROOT}dist`;

const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const fmtKB = (b) => `${(b / 1024).toFixed(1)} KB`;

const log = (s) => console.log(s);
mkdirSync(OUT, { recursive: true });
// A copy of dist/, checked to be one build, is what is served: another build may replace dist/
// during the runs.
const snap = await snapshotDist(dist, { log });
const buildId = `${snap.files} files, sha256 ${snap.sha}…; widget_bg.wasm ${snap.wasmBytes} bytes, sha256 ${snap.wasmSha}…, built ${statSync(`${dist}/widget_bg.wasm`).mtime.toISOString()}`;
log(`[bench-browser] serving a copy of dist/ (${buildId}) from ${snap.path}`);
log(`[bench-browser] ${runs} run(s); ${iterations} calls x 5 batches per household; ${keystrokes} keystrokes at 4x CPU; load average ${load()}`);

const server = await startServer(snap.path);
const proxy = gzip && only.has('lighthouse') ? await startGzipProxy(server.base) : null;
const stopAll = () => { server.stop(); };
process.on('SIGINT', () => { stopAll(); process.exit(130); });
process.on('SIGTERM', () => { stopAll(); process.exit(143); });
const all = { engine: [], input: [], load: [], lighthouse: [], lighthouseGzip: [] };
try {
  for (let run = 1; run <= runs; run++) {
    log(`\n[bench-browser] run ${run}/${runs} (load average ${load()})`);
    if (only.has('engine') || only.has('input') || only.has('load')) {
      const browser = await launch();
      try {
        if (only.has('engine')) {
          const e = await engineBench(browser, server.base, { iterations });
          all.engine.push(e);
          for (const h of e.households) {
            log(`wasm engine ${h.members} member${h.members === 1 ? '' : 's'}: ${h.engine.toFixed(1)} µs/household (validation and every program inside the wasm, as natively)`);
            log(`wasm API ${h.members} member${h.members === 1 ? '' : 's'}: ${h.api.toFixed(1)} µs/household (${h.programs} programs; AssistanceCalculator.evaluate, awaited, median batch, best ${h.apiBest.toFixed(1)}; the synchronous wasm-bindgen export ${h.sync.toFixed(1)} µs; report ${fmtKB(h.reportChars)} as JSON, JSON.parse of it ${h.parse.toFixed(1)} µs)`);
          }
          log(`wasm fixed cost per call: version() ${e.version.toFixed(1)} µs (via the API's promise ${e.apiVersion.toFixed(1)} µs); an invalid household (converted in, rejected, error object out) ${e.invalid.toFixed(1)} µs`);
          for (const p of e.profiles) {
            log(`wasm ${p.members} members, CPU profile: ${p.pct.wasm.toFixed(0)} % in wasm, ${p.pct.boundary.toFixed(0)} % at the JS<->wasm boundary (wasm-bindgen glue, TextDecoder, transitions), ${p.pct.gc.toFixed(0)} % GC, ${p.pct.js.toFixed(0)} % other JS`);
          }
        }
        if (only.has('input')) {
          const r = await inputBench(browser, server.base, { keystrokes });
          all.input.push(r);
          log(`input-to-result, 4x CPU, ${r.keystrokes} keystrokes: DOM updated median ${r.dom.median.toFixed(1)} ms, p95 ${r.dom.p95.toFixed(1)} ms (max ${r.dom.max.toFixed(1)}; of which keydown to 'input' event median ${r.toInput.toFixed(1)} ms); next frame painted median ${r.frame.median.toFixed(1)} ms, p95 ${r.frame.p95.toFixed(1)} ms (max ${r.frame.max.toFixed(1)}); Event Timing: ${r.slowInteractions}/${r.keystrokes} keystrokes took >= 16 ms to next paint (max ${r.slowMax} ms)`);
          if (r.mainThread) {
            const g = Object.entries(r.mainThread.groups).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
            const top = r.mainThread.perKeystroke.slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
            if (r.profile) { const p = r.profile; log(`input-to-result script, CPU profile of ${p.keystrokes} more keystrokes (4x CPU): ${(p.script / p.keystrokes).toFixed(1)} ms of script per keystroke: ${p.pct.wasm.toFixed(0)} % in wasm (engine, Yew's render and diff), ${p.pct.boundary.toFixed(0)} % at the JS<->wasm boundary (web-sys/wasm-bindgen glue: DOM calls, strings), ${p.pct.gc.toFixed(0)} % GC, ${p.pct.js.toFixed(0)} % other JS (incl. this benchmark's observers); browser work outside script ${(p.ms.native / p.keystrokes).toFixed(1)} ms per keystroke`); }
            log(`input-to-result main thread per keystroke (ms, 4x CPU, trace self time of 10 more keystrokes): ${g}; top events: ${top}`);
          }
        }
        if (only.has('load')) {
          const l = await loadBench(browser, server.base);
          all.load.push(l);
          if (l) {
            log(`load, 4x CPU, network not throttled: FCP ${l.fcp?.toFixed(0)} ms, LCP ${l.lcp?.toFixed(0)} ms, ${l.long.length} task(s) >= 50 ms, blocking ${l.blocking.toFixed(0)} ms`);
            log(`load layout shifts: CLS ${l.cls.toFixed(3)}${l.shifts.map((x) => `; ${x.value.toFixed(3)} at ${x.at.toFixed(0)} ms: ${x.sources.join(' + ')}`).join('')}`);
            for (const t of l.long) log(`  task at ${t.start.toFixed(0)} ms, ${t.duration.toFixed(0)} ms: ${t.groups.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')} (top: ${t.top.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}${t.scripts.length ? `; scripts ${t.scripts.slice(0, 3).join(' ')}` : ''})`);
          }
        }
      } finally {
        await browser.close();
      }
    }
    if (only.has('lighthouse')) {
      const variants = [['lighthouse', server.base, 'served as is by tests/e2e/serve.mjs (no compression)', all.lighthouse]];
      if (proxy) variants.push(['lighthouse-gzip', proxy.base, 'gzip, as a production host would serve it', all.lighthouseGzip]);
      for (const [name, url, how, list] of variants) {
        const r = await lighthouse(url, `${name}-run${run}`);
        list.push(r);
        log(`${name} mobile (${how}): performance ${r.performance}, accessibility ${r.accessibility}, LCP ${(r.lcp / 1000).toFixed(2)} s, TBT ${r.tbt.toFixed(0)} ms, FCP ${(r.fcp / 1000).toFixed(2)} s, TTI ${(r.tti / 1000).toFixed(2)} s, CLS ${r.cls.toFixed(3)}, total bytes ${r.bytes} (${fmtKB(r.bytes)}); benchmarkIndex ${r.benchmarkIndex}; report ${r.report}.report.html`);
        log(`${name} LCP element: ${r.lcpElement ? `${r.lcpElement.selector} ${r.lcpElement.snippet}` : '?'}; phases ${r.lcpPhases.map(([p, t]) => `${p} ${t.toFixed(0)} ms`).join(', ')}`);
        log(`${name} main thread: ${r.mainThread.map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ')}; by script: ${r.bootup.map((b) => `${b.url.replace(url, '/')} ${b.total.toFixed(0)} ms`).join(', ')}`);
        if (r.shifts.length) log(`${name} layout shifts: ${r.shifts.map((x) => `${x.selector} ${x.score.toFixed(3)}`).join('; ')}`);
        log(`${name} accessibility audits failing: ${r.failing.length ? '' : 'none'}`);
        for (const f of r.failing) {
          log(`  ${f.id} (weight ${f.weight}): ${f.title}`);
          for (const it of f.items) log(`    ${it.selector ?? ''} ${it.snippet ?? ''}\n      ${(it.explanation ?? '').replace(/\n/g, '\n      ')}`);
        }
        log(`${name} performance audits below 0.9: ${r.perfFailing.map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`).join('; ') || 'none'}`);
        if (r.warnings.length) log(`${name} warnings: ${r.warnings.join(' | ')}`);
      }
    }
  }
} finally {
  await proxy?.close();
  stopAll();
}

// The spread over the runs: median (min–max).
if (runs > 1) {
  log(`\n[bench-browser] over ${runs} runs: median (min–max)`);
  const members = all.engine[0]?.households.map((h) => h.members) ?? [];
  for (const [i, m] of members.entries()) {
    log(`wasm engine ${m} member${m === 1 ? '' : 's'}: ${spread(all.engine.map((e) => e.households[i].engine))} µs/household`);
    log(`wasm API ${m} member${m === 1 ? '' : 's'}: ${spread(all.engine.map((e) => e.households[i].api))} µs/household (best batch ${spread(all.engine.map((e) => e.households[i].apiBest))}; synchronous export ${spread(all.engine.map((e) => e.households[i].sync))} µs)`);
  }
  if (all.engine.length) log(`wasm fixed cost per call: version() ${spread(all.engine.map((e) => e.version))} µs; invalid household ${spread(all.engine.map((e) => e.invalid))} µs`);
  if (all.input.length) {
    log(`input-to-result, 4x CPU, DOM updated: median ${spread(all.input.map((r) => r.dom.median))} ms, p95 ${spread(all.input.map((r) => r.dom.p95))} ms`);
    log(`input-to-result, 4x CPU, next frame painted: median ${spread(all.input.map((r) => r.frame.median))} ms, p95 ${spread(all.input.map((r) => r.frame.p95))} ms`);
  }
  const loads = all.load.filter(Boolean);
  if (loads.length) log(`load, 4x CPU: LCP ${spread(loads.map((l) => l.lcp), 0)} ms, blocking ${spread(loads.map((l) => l.blocking), 0)} ms, CLS ${spread(loads.map((l) => l.cls), 3)}`);
  for (const [name, list] of [['lighthouse', all.lighthouse], ['lighthouse-gzip', all.lighthouseGzip]]) {
    if (!list.length) continue;
    log(`${name}: performance ${spread(list.map((r) => r.performance), 0)}, accessibility ${spread(list.map((r) => r.accessibility), 0)}, LCP ${spread(list.map((r) => r.lcp / 1000), 2)} s, TBT ${spread(list.map((r) => r.tbt), 0)} ms, CLS ${spread(list.map((r) => r.cls), 3)}, total bytes ${spread(list.map((r) => r.bytes), 0)}`);
  }
}
writeFileSync(`${OUT}results.json`, JSON.stringify({ build: buildId, runs, ...all }, null, 1));
log(`[bench-browser] all figures: ${OUT}results.json (load average ${load()})`);

// Shared by the browser benchmarks: dist/ served on 127.0.0.1 by the end-to-end tests' static
// server (tests/e2e/serve.mjs, stopped by PID), optionally behind a gzip proxy, Debian's
// Chromium through tests/e2e/browser.mjs, the benchmark households and small statistics.
import { spawn } from 'node:child_process';
import { createServer, request } from 'node:http';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUT = fileURLToPath(new URL('./out/', import.meta.url));
export { launch, CHROMIUM_ARGS } from '../../tests/e2e/browser.mjs';

/** A free TCP port on 127.0.0.1 (asked of the OS, then released). */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

/** Starts tests/e2e/serve.mjs on DIST (default dist/); resolves to { base, pid, stop() }. */
export async function startServer(dist = process.env.DIST ?? `${ROOT}dist`) {
  const port = await freePort();
  const server = spawn(process.execPath, [`${ROOT}tests/e2e/serve.mjs`, dist, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ok, fail) => {
    server.stdout.once('data', ok);
    server.once('exit', (code) => fail(new Error(`serve.mjs exited (${code}) before listening`)));
  });
  let stopped = false;
  return {
    base: `http://127.0.0.1:${port}/`,
    pid: server.pid,
    stop() { if (!stopped) { stopped = true; try { process.kill(server.pid); } catch { /* already gone */ } } },
  };
}

/** A gzip proxy in front of `target` (as a production host would serve text and wasm);
 *  resolves to { base, close() }. Runs in this process. */
export async function startGzipProxy(target) {
  const port = await freePort();
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const up = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method }, (r) => {
      const chunks = [];
      r.on('data', (c) => chunks.push(c));
      r.on('end', () => {
        let body = Buffer.concat(chunks);
        const headers = { ...r.headers };
        // By extension: serve.mjs labels some text (names.tsv) application/octet-stream.
        const path = new URL(req.url, 'http://x').pathname;
        const text = /(\/|\.(html|js|mjs|css|json|svg|wasm|webmanifest|tsv|txt))$/.test(path);
        if (r.statusCode === 200 && /gzip/.test(req.headers['accept-encoding'] ?? '') && text) {
          body = gzipSync(body, { level: 9 });
          headers['content-encoding'] = 'gzip';
          headers.vary = 'Accept-Encoding';
        }
        headers['content-length'] = body.length;
        delete headers['transfer-encoding'];
        res.writeHead(r.statusCode, headers).end(body);
      });
    });
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return { base: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** The households of examples/bench.rs (the native benchmark), read from its raw strings so the
 *  two stay the same JSON; the native benchmark passes the date separately, here it is a field. */
export function benchHouseholds(date = '2025-07-01') {
  const src = readFileSync(`${ROOT}examples/bench.rs`, 'utf8');
  const found = [...src.matchAll(/r#"([\s\S]*?)"#/g)].map((m) => ({ ...JSON.parse(m[1]), date }));
  if (found.length === 0) throw new Error('no households found in examples/bench.rs');
  return found;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** "median (min–max)" of a list of numbers, with `digits` decimals. */
export function spread(xs, digits = 1) {
  const f = (x) => x.toFixed(digits);
  return xs.length === 1 ? f(xs[0]) : `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
}

/** The page's renderer main thread in a Chrome trace (the CrRendererMain that ran the page's
 *  scripts, not Chrome's own WebUI): its complete ('X') events, sorted. */
export function rendererMain(trace, base) {
  const events = trace.traceEvents ?? trace;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const ours = (m) => events.some((x) => x.pid === m.pid && x.tid === m.tid && (x.name === 'EventDispatch' || x.name === 'FunctionCall')
    && (!base || (x.args?.data?.url ?? '').startsWith(base) || x.name === 'EventDispatch'));
  const main = mains.find((m) => ours(m) && events.some((x) => x.pid === m.pid && x.tid === m.tid && (x.args?.data?.url ?? '').startsWith(base ?? 'http://127.0.0.1')));
  if (!main) return null;
  const xs = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  return { pid: main.pid, tid: main.tid, events: xs };
}

const label = (e) => (e.name === 'EventDispatch' ? `EventDispatch(${e.args?.data?.type ?? '?'})` : e.name);

/** Self time (ms) by event name of nested complete events (a parent's time minus its children's). */
export function selfTimes(xs) {
  const self = new Map();
  const stack = [];
  for (const e of xs) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const name = label(e);
    self.set(name, (self.get(name) ?? 0) + e.dur / 1000);
    if (stack.length) { const top = stack[stack.length - 1]; self.set(top.name, self.get(top.name) - Math.min(e.dur, top.end - e.ts) / 1000); }
    stack.push({ name, end: e.ts + e.dur });
  }
  return self;
}

/** A coarse group for a main-thread trace event. */
export function group(name) {
  if (/^(wasm\.|v8\.wasm|V8\.Wasm)/i.test(name)) return 'wasm compile';
  if (/GC|Garbage/.test(name)) return 'gc';
  if (/^(FunctionCall|RunMicrotasks|v8\.|V8\.|EventDispatch|TimerBase::run|TimerFire|MessagePort::Accept|AsyncTask|FireIdleCallback|FireAnimationFrame|PageAnimator::serviceScriptedAnimations|BlinkScheduler_PerformMicrotaskCheckpoint|EvaluateScript|HTMLParserScriptRunner|PendingScript)/.test(name)) return 'script';
  if (/Layout|Style|recalcStyle|InlineNode|LayoutView|HitTest|UpdateLayoutTree|ShapeText/.test(name)) return 'style+layout';
  if (/Paint|Commit|Composit|Layeriz|CullRect|BeginMainFrame|UpdateLifecycle|LayerTreeHost|Raster|Draw/.test(name)) return 'paint+composite';
  if (/^(Editor|TypingCommand|IdleSpellCheck|SpellCheck|EventHandler)/.test(name)) return 'editing';
  if (/Parse|Tokenizer|DocumentLoader|Decode/.test(name)) return 'parse/load';
  return 'tasks/other';
}

/** Copies dist/ (without Trunk's .stage) to out/dist-snapshot/ so that a rebuild during the runs
 *  cannot mix two builds, and checks that the copy is one build: every integrity="sha384-…" in
 *  index.html matches its file. Retries while a build is in progress. Returns the copy's path
 *  and a fingerprint (sha256 over every file). */
export async function snapshotDist(dist, { tries = 20, waitMs = 30_000, log = console.log } = {}) {
  const to = `${OUT}dist-snapshot`;
  for (let i = 1; ; i++) {
    const staging = existsSync(`${dist}/.stage`);
    let problem = staging ? 'a build is in progress (dist/.stage exists)' : null;
    if (!problem) {
      rmSync(to, { recursive: true, force: true });
      cpSync(dist, to, { recursive: true, filter: (src) => !src.includes('/.stage') });
      problem = checkIntegrity(to);
    }
    if (!problem) return { path: to, ...fingerprint(to) };
    if (i >= tries) throw new Error(`dist/ is not a consistent build: ${problem}`);
    log(`[bench-browser] ${problem}; retrying in ${waitMs / 1000} s`);
    await new Promise((ok) => setTimeout(ok, waitMs));
  }
}

function checkIntegrity(dir) {
  const html = readFileSync(`${dir}/index.html`, 'utf8');
  for (const m of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
    const tag = m[0];
    const integrity = /integrity="sha384-([^"]+)"/.exec(tag)?.[1];
    const ref = /(?:href|src)="([^"]+)"/.exec(tag)?.[1];
    if (!integrity || !ref) continue;
    const file = `${dir}/${ref.replace(/^\.?\//, '')}`;
    if (!existsSync(file)) return `${ref} missing`;
    const got = createHash('sha384').update(readFileSync(file)).digest('base64');
    if (got !== integrity) return `${ref} does not match index.html's integrity hash`;
  }
  return null;
}

function fingerprint(dir) {
  const files = [];
  const walk = (d) => { for (const f of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) { const p = `${d}/${f.name}`; if (f.isDirectory()) walk(p); else files.push(p); } };
  walk(dir);
  const h = createHash('sha256');
  for (const f of files) h.update(f.slice(dir.length)).update(readFileSync(f));
  const wasm = `${dir}/widget_bg.wasm`;
  return { files: files.length, sha: h.digest('hex').slice(0, 12), wasmBytes: statSync(wasm).size, wasmSha: createHash('sha256').update(readFileSync(wasm)).digest('hex').slice(0, 12) };
}

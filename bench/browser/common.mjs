// Shared by the browser benchmarks: dist/ served on 127.0.0.1 by the end-to-end tests' static
// server (tests/e2e/serve.mjs, stopped by PID), optionally behind a gzip proxy, Debian's
// Chromium through tests/e2e/browser.mjs, the benchmark households and small statistics.
import { spawn } from 'node:child_process';
import { createServer, request } from 'node:http';
import { readFileSync } from 'node:fs';
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
        const type = String(headers['content-type'] ?? '');
        if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /text|javascript|json|wasm|svg|manifest/.test(type)) {
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

// Page load of index.html at phone width with the CPU slowed 4x (network not throttled): the
// main thread's tasks of 50 ms or more (the ones Total Blocking Time counts) and what each
// spent its time on (trace self time, grouped: wasm compile, script, style+layout, …), plus
// first and largest contentful paint, and the layout shifts with their sources (the service
// worker is blocked here, so its "ready offline" bar is not; Lighthouse's run has it). What Lighthouse's TBT and LCP are made of, with names.
import { group, rendererMain, selfTimes } from './common.mjs';

export async function loadBench(browser, base, { rate = 4 } = {}) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  // Layout shifts with their sources (what moved, from where to where).
  await page.addInitScript(() => {
    window.benchShifts = [];
    const name = (n) => (!n ? '?' : n.id ? `#${n.id}` : n.className && typeof n.className === 'string' ? `${n.nodeName.toLowerCase()}.${n.className.split(' ')[0]}` : n.nodeName.toLowerCase());
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.benchShifts.push({ at: e.startTime, value: e.value, sources: e.sources.map((x) => `${name(x.node)} y ${Math.round(x.previousRect.y)}→${Math.round(x.currentRect.y)}, h ${Math.round(x.previousRect.height)}→${Math.round(x.currentRect.height)}`) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'v8.wasm', 'blink', 'loading', 'toplevel'] });
  // No Playwright selector waits: they inject Playwright's script into the page, a task of its
  // own (~50 ms at 4x) that would be counted here.
  await page.goto(base, { waitUntil: 'networkidle' });
  await page.evaluate(() => new Promise((ok) => { const t = setInterval(() => { if (document.querySelector('.results')) { clearInterval(t); ok(); } }, 50); }));
  await page.waitForTimeout(1000);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const shifts = await page.evaluate(() => window.benchShifts);
  await context.close();
  const events = trace.traceEvents;
  const main = rendererMain(trace, base);
  if (!main) return null;
  const nav = events.find((e) => e.pid === main.pid && e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').startsWith(base))
    ?? events.find((e) => e.pid === main.pid && e.name === 'navigationStart');
  const t0 = nav?.ts ?? main.events[0].ts;
  const at = (e) => (e.ts - t0) / 1000;
  const paints = Object.fromEntries(['firstContentfulPaint', 'largestContentfulPaint::Candidate']
    .map((n) => [n, events.filter((e) => e.pid === main.pid && e.name === n && e.ts >= t0).map(at)]));
  const tasks = main.events.filter((e) => /^(ThreadControllerImpl::RunTask|RunTask)$/.test(e.name) && e.dur >= 50_000 && e.ts >= t0);
  // Nested RunTask events: keep the outermost.
  const outer = tasks.filter((t) => !tasks.some((u) => u !== t && u.ts <= t.ts && u.ts + u.dur >= t.ts + t.dur && u.dur > t.dur));
  const long = outer.map((t) => {
    const inside = main.events.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
    const self = [...selfTimes(inside)];
    const groups = {};
    for (const [k, v] of self) groups[group(k)] = (groups[group(k)] ?? 0) + v;
    return {
      start: at(t), duration: t.dur / 1000,
      groups: Object.entries(groups).filter(([, v]) => v >= 1).sort((a, b) => b[1] - a[1]),
      top: self.filter(([k]) => !/RunTask|Receive mojo message/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 5),
      scripts: [...new Set(inside.map((e) => e.args?.data?.url).filter((u) => u?.startsWith(base)).map((u) => u.replace(base, '/')))],
    };
  });
  const blocking = long.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
  const cls = shifts.reduce((s, e) => s + e.value, 0);
  return { rate, fcp: paints.firstContentfulPaint[0], lcp: paints['largestContentfulPaint::Candidate'].at(-1), long, blocking, cls, shifts };
}

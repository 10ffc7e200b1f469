// Lighthouse, default mobile config (Moto G Power-sized screen, simulated slow 4G: 150 ms RTT,
// 1.6 Mbps down; 4x CPU slowdown), categories performance and accessibility, against a URL of
// the served release build. The CLI (LIGHTHOUSE_BIN, installed by scripts/bench-browser.sh
// outside the project) drives Debian's Chromium (CHROME_PATH). Writes <name>.report.json and
// <name>.report.html under bench/browser/out/ and returns the figures the bench prints.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, OUT } from './common.mjs';

export async function lighthouse(url, name) {
  mkdirSync(OUT, { recursive: true });
  const bin = process.env.LIGHTHOUSE_BIN;
  if (!bin) throw new Error('LIGHTHOUSE_BIN is not set (scripts/bench-browser.sh installs Lighthouse and sets it)');
  const base = `${OUT}${name}`;
  const args = [url, '--only-categories=performance,accessibility', '--output=json', '--output=html', `--output-path=${base}`,
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`, '--quiet'];
  const code = await new Promise((ok) => {
    const p = spawn(bin, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } });
    p.on('exit', ok);
  });
  if (code !== 0) throw new Error(`lighthouse exited ${code}`);
  const lhr = JSON.parse(readFileSync(`${base}.report.json`, 'utf8'));
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return summarize(lhr, base);
}

const num = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;

export function summarize(lhr, base) {
  const a11y = lhr.categories.accessibility;
  const failing = a11y.auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'informative' && audit.score !== null && audit.score < 1)
    .map(({ ref, audit }) => ({
      id: audit.id, weight: ref.weight, title: audit.title,
      items: (audit.details?.items ?? []).map((it) => ({ selector: it.node?.selector, snippet: it.node?.snippet, explanation: it.node?.explanation ?? it.explanation })),
    }));
  const perfFailing = lhr.categories.performance.auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 0.9 && !['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode))
    .map((a) => ({ id: a.id, title: a.title, displayValue: a.displayValue ?? '' }));
  const opportunities = Object.values(lhr.audits)
    .filter((a) => a.details?.type === 'opportunity' && (a.details.overallSavingsMs > 0 || a.details.overallSavingsBytes > 0))
    .map((a) => ({ id: a.id, savingsMs: a.details.overallSavingsMs ?? 0, savingsBytes: a.details.overallSavingsBytes ?? 0 }));
  const mainThread = (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((it) => [it.groupLabel ?? it.group, it.duration]);
  const bootup = (lhr.audits['bootup-time']?.details?.items ?? []).map((it) => ({ url: it.url, total: it.total, scripting: it.scripting, parse: it.scriptParseCompile }));
  const requests = (lhr.audits['network-requests']?.details?.items ?? []).map((it) => ({ url: it.url, transfer: it.transferSize, resource: it.resourceSize, start: it.networkRequestTime, end: it.networkEndTime, type: it.resourceType }));
  const shifts = (lhr.audits['layout-shifts']?.details?.items ?? []).map((it) => ({ selector: it.node?.selector ?? it.node?.value ?? '?', score: it.score ?? 0 }));
  const lcpElement = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  const lcpPhases = (lhr.audits['largest-contentful-paint-element']?.details?.items?.[1]?.items ?? []).map((it) => [it.phase, it.timing]);
  return {
    report: base,
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(a11y.score * 100),
    fcp: num(lhr, 'first-contentful-paint'), lcp: num(lhr, 'largest-contentful-paint'), tbt: num(lhr, 'total-blocking-time'),
    si: num(lhr, 'speed-index'), cls: num(lhr, 'cumulative-layout-shift'), tti: num(lhr, 'interactive'),
    bytes: num(lhr, 'total-byte-weight'), benchmarkIndex: lhr.environment?.benchmarkIndex,
    lcpElement: lcpElement ? { selector: lcpElement.selector, snippet: lcpElement.snippet } : null, lcpPhases,
    failing, perfFailing, opportunities, mainThread, bootup, requests, shifts,
    warnings: lhr.runWarnings ?? [],
  };
}

/**
 * Timeline frame times in headless Chromium: builds bench/timeline-page with
 * Vite, serves it, and reads the page's measurements (see its main.ts).
 * Printed, never asserted.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
}

export interface RafStats {
  /** Script time inside each animation-frame callback. */
  work: FrameStats;
  /** Time between successive callbacks. */
  interval: FrameStats;
}

export interface TimelineBench {
  lanes: number;
  spans: number;
  /** The canvas painter, frames back to back, script + forced flush. */
  canvas: FrameStats;
  /** The canvas painter before typed columns and batched paths, measured the same way in the same run. */
  before: FrameStats;
  raf: RafStats;
  rafBefore: RafStats;
  svg: FrameStats;
  /** One frame per task, from the browser's trace: wall time and the main thread's CPU time of each (two passes each). */
  cpu?: { wall: FrameStats; cpu: FrameStats };
  cpu2?: { wall: FrameStats; cpu: FrameStats };
  cpuBefore?: { wall: FrameStats; cpu: FrameStats };
  cpuBefore2?: { wall: FrameStats; cpu: FrameStats };
  /** The painter now but solid batches as one path each (how it drew before fillRect per rect). */
  cpuPath?: { wall: FrameStats; cpu: FrameStats };
  cpuPath2?: { wall: FrameStats; cpu: FrameStats };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts?: number;
  dur?: number;
  tdur?: number;
}

/** Wall and thread (CPU) time of each traced call of the page's frame function, in ms. */
function frameCpu(trace: { traceEvents: TraceEvent[] }, frames: number): { wall: FrameStats; cpu: FrameStats } {
  // The pass's frames are the only timers the page runs (the bundle is minified, so match the timer, not the function's name);
  // the last timer only resolves the pass.
  const calls = trace.traceEvents.filter((e) => e.name === 'TimerFire' && e.ph === 'X').sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0)).slice(0, frames);
  const wall = calls.map((e) => (e.dur ?? NaN) / 1000);
  const cpu = calls.map((e) => (e.tdur ?? NaN) / 1000);
  return { wall: stats(wall), cpu: stats(cpu) };
}

function stats(xs: number[]): FrameStats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return { frames: xs.length, p50: at(0.5), p95: at(0.95) };
}

export async function benchTimeline(): Promise<TimelineBench> {
  const root = fileURLToPath(new URL('./timeline-page/', import.meta.url));
  const outDir = fileURLToPath(new URL('../node_modules/.cache/timeline-bench/', import.meta.url));
  await build({ root, base: './', logLevel: 'error', configFile: false, build: { outDir, emptyOutDir: true } });
  const server = await preview({ root, configFile: false, logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    if (!url) throw new Error('bench page server has no address');
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    // The measuring runs in the page's module script, so 'load' waits for all of it.
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => '__result' in window, undefined, { timeout: 300_000 });
    const r = (await page.evaluate(() => (window as unknown as { __result: TimelineBench }).__result)) as TimelineBench;
    const cpu = async (which: 'now' | 'before' | 'path') => {
      await browser.startTracing(page, { categories: ['devtools.timeline'] });
      await page.evaluate((w) => (window as unknown as { __cpuPass: (w: string) => Promise<void> }).__cpuPass(w), which);
      return frameCpu(JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }, r.raf.work.frames);
    };
    r.cpuBefore = await cpu('before');
    r.cpuPath = await cpu('path');
    r.cpu = await cpu('now');
    r.cpuBefore2 = await cpu('before');
    r.cpuPath2 = await cpu('path');
    r.cpu2 = await cpu('now');
    return r;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

export function printTimeline(r: TimelineBench): void {
  const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(10);
  const row = (name: string, f: FrameStats) => console.log(`  ${name.padEnd(44)}${String(f.frames).padStart(7)}${ms(f.p50)}${ms(f.p95)}`);
  console.log(`  ${r.lanes} lanes, ${r.spans.toLocaleString('en-US')} spans; work = script + forced flush, back to back`);
  console.log(`  ${'drawing'.padEnd(44)}${'frames'.padStart(7)}${'p50'.padStart(10)}${'p95'.padStart(10)}`);
  row('canvas now: work', r.canvas);
  row('canvas before (previous painter): work', r.before);
  row('canvas now, rAF-driven: script per frame', r.raf.work);
  row('canvas now, rAF-driven: interval', r.raf.interval);
  row('canvas before, rAF-driven: script per frame', r.rafBefore.work);
  row('canvas before, rAF-driven: interval', r.rafBefore.interval);
  row('old SVG, one rect per span: work', r.svg);
  for (const [name, c] of [['now', r.cpu], ['now (2nd pass)', r.cpu2], ['before', r.cpuBefore], ['before (2nd pass)', r.cpuBefore2], ['solid as paths', r.cpuPath], ['solid as paths (2nd pass)', r.cpuPath2]] as const) {
    if (!c) continue;
    row(`canvas ${name}, traced: wall per frame`, c.wall);
    row(`canvas ${name}, traced: main-thread CPU per frame`, c.cpu);
  }
  console.log(`  canvas work p95 against the 16 ms target: ${(r.canvas.p95 / 16).toFixed(2)} of it; before / now p95: ${(r.before.p95 / r.canvas.p95).toFixed(1)}x; old SVG p50 / canvas p50: ${(r.svg.p50 / r.canvas.p50).toFixed(0)}x`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchTimeline();
  printTimeline(r);
}

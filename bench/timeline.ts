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

export interface TimelineBench {
  lanes: number;
  spans: number;
  canvas: FrameStats;
  svg: FrameStats;
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
    return (await page.evaluate(() => (window as unknown as { __result: TimelineBench }).__result)) as TimelineBench;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

export function printTimeline(r: TimelineBench): void {
  const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(10);
  console.log(`  ${r.lanes} lanes, ${r.spans.toLocaleString('en-US')} spans; frame = script + forced flush`);
  console.log(`  ${'drawing'.padEnd(34)}${'frames'.padStart(7)}${'p50'.padStart(10)}${'p95'.padStart(10)}`);
  console.log(`  ${'canvas (culled, merged) zoom/pan'.padEnd(34)}${String(r.canvas.frames).padStart(7)}${ms(r.canvas.p50)}${ms(r.canvas.p95)}`);
  console.log(`  ${'old SVG, one rect per span'.padEnd(34)}${String(r.svg.frames).padStart(7)}${ms(r.svg.p50)}${ms(r.svg.p95)}`);
  console.log(`  canvas p95 against the 16 ms target: ${(r.canvas.p95 / 16).toFixed(2)} of it; old SVG p50 / canvas p50: ${(r.svg.p50 / r.canvas.p50).toFixed(0)}x`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchTimeline();
  printTimeline(r);
}

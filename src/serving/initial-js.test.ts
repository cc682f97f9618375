import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { initialScripts, measureInitialLoad } from './initial-js.node';

const html = `<!doctype html><html><head>
<script src="./coi-register.js"></script>
<script type="module" crossorigin src="./assets/index-A.js"></script>
<link rel="modulepreload" crossorigin href="./assets/jsx-runtime-B.js">
<link rel="stylesheet" crossorigin href="./assets/index-C.css">
<link rel="icon" href="./favicon.svg" type="image/svg+xml" />
</head><body><div id="root"></div></body></html>`;

describe('initial JavaScript', () => {
  it('is the scripts and modulepreloads index.html names, not styles, icons or lazy chunks', () => {
    expect(initialScripts(html)).toEqual(['coi-register.js', 'assets/index-A.js', 'assets/jsx-runtime-B.js']);
  });

  it('sums each file gzipped at level 9', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'initial-js-'));
    mkdirSync(join(dir, 'assets'));
    // Random bytes do not compress: the total is over their size, so a budget below it fails.
    const big = randomBytes(40_000);
    const files = { 'coi-register.js': Buffer.from('navigator.serviceWorker;'), 'assets/index-A.js': big, 'assets/jsx-runtime-B.js': Buffer.from('export const x = 1;'), 'assets/lazy-D.js': randomBytes(90_000) };
    for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
    writeFileSync(join(dir, 'index.html'), html);
    const load = await measureInitialLoad(dir);
    const expected = ['coi-register.js', 'assets/index-A.js', 'assets/jsx-runtime-B.js'].reduce((n, f) => n + gzipSync(files[f as keyof typeof files], { level: 9 }).length, 0);
    expect(load.total).toBe(expected);
    expect(load.total).toBeGreaterThan(40_000);
    expect(load.total).toBeLessThan(90_000);
  });
});

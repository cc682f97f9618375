/**
 * Takes a screenshot of the app in Chromium, for looking at the UI (and the README).
 * Usage: tsx scripts/screenshot.ts <url> <out.png> [width] [height] [waitForStatus]
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const [url = 'http://localhost:5173/', out = '/tmp/shot.png', w = '1280', h = '900', status = ''] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
// NO_SW=1: as a host without isolation headers where no service worker can help (the message runtime).
const context = await browser.newContext({ viewport: { width: Number(w), height: Number(h) }, serviceWorkers: process.env.NO_SW ? 'block' : 'allow', colorScheme: process.env.DARK ? 'dark' : 'light' });
const page = await context.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url);
if (status) await page.locator(`[data-testid=run-status][data-status=${status}]`).waitFor({ timeout: 60000 });
else await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log('saved', out);

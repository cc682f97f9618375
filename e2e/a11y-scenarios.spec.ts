import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForEnd } from './helpers';

// Every scenario after a short run, in both languages: its own panels (queue
// views, process tree, task tables, the queue lab) must pass axe too.
const SCENARIOS: { id: string; query: string }[] = [
  { id: 'sing-dance', query: 'iterations=5&speed=20' },
  { id: 'bakery', query: 'count=4&speed=20' },
  { id: 'processes', query: 'dance=5&song=5&speed=50' },
  { id: 'globals', query: 'increments=2&speed=20' },
  { id: 'process-queue', query: 'count=4&speed=20' },
  { id: 'bounded-queue', query: 'variant=fixed&speed=50' },
  { id: 'thread-pool', query: 'speed=20' },
  { id: 'process-pool', query: 'tasks=4&speed=20' },
  { id: 'pool', query: 'tasks=4&speed=20' },
  { id: 'gil', query: 'workers=2&work=io&requests=4&speed=10' },
];

for (const s of SCENARIOS) {
  for (const lang of ['zh', 'en'] as const) {
    test(`axe: ${s.id} (${lang})`, async ({ page }) => {
      await page.goto(`/?scenario=${s.id}&${s.query}&lang=${lang}&autoplay=1`);
      await waitForEnd(page);
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

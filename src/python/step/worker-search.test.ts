// "Any", "to end" and the search on real workers (worker-remote.ts): the
// one-worker stepper's seeded choice, lane for lane, and a search whose hit
// replays on the workers with the same verdict.

import { describe, it, expect, afterEach } from 'vitest';
import { nodeLib } from '../vm/lib-loader.node';
import { nodeSpawn } from '../vm/host/spawn.node';
import { ticketSource } from '../../scenarios/ticket/source';
import { StepHost, type OpenRequest } from './remote';
import { WorkerStepHost } from './worker-remote';

const entry = new URL('../vm/workers/py-thread.node.ts', import.meta.url).href;
const TEST_MS = 180_000;

const hosts: WorkerStepHost[] = [];
afterEach(() => {
  for (const h of hosts.splice(0)) h.close();
});

function workersHost(withLib = true): WorkerStepHost {
  const h = new WorkerStepHost({ spawn: nodeSpawn, entry, timeoutMs: 60_000, ...(withLib ? { lib: nodeLib() } : {}) });
  hosts.push(h);
  return h;
}

const source = ticketSource({ tickets: 3, sellers: 2, fixed: false, lock: false, lang: 'en' });

describe('WorkerStepHost: any, to end and search', () => {
  it('"any" and "to end" make the one-worker stepper\'s seeded choices (the same schedule), seek restarting the generator', { timeout: TEST_MS }, async () => {
    for (const seed of [1, 5]) {
      const req: OpenRequest = { source, granularity: 'bytecode', freeThreaded: false, seed };
      const one = new StepHost(nodeLib());
      const h = workersHost();
      one.open(req);
      await h.open(req);
      let v1 = one.runTo({ kind: 'any' });
      let v = await h.runTo({ kind: 'any' });
      for (let k = 0; k < 40; k++) {
        v1 = one.runTo({ kind: 'any' });
        v = await h.runTo({ kind: 'any' });
      }
      expect(v.state.schedule).toBe(v1.state.schedule);
      // Both make a fresh generator on a seek, as a fresh StepSession does.
      one.seek(10);
      await h.seek(10);
      v1 = one.runTo({ kind: 'end', pick: 'any' });
      v = await h.runTo({ kind: 'end', pick: 'any' });
      expect(v1.state.finished).toBe(true);
      expect(v.state.schedule).toBe(v1.state.schedule);
      expect(v.state.stdout).toBe(v1.state.stdout);
      // A choice that ever mattered: the schedule is not the lowest movable lane all along.
      expect(v.state.schedule).toMatch(/1.*0|0.*1.*0/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { messageRun } from '../../message-runtime';
import { nodeMessageSpawner } from '../../message-runtime/node-spawner.node';
import { runScenario } from '../testing.node';
import { singDanceScenario, singDanceThreads } from './scenario';

describe('sing and dance', () => {
  it('names threads as Python does', () => {
    expect(singDanceThreads(3).map((t) => t.name)).toEqual(['Thread-1 (dance)', 'Thread-2 (sing)', 'Thread-3 (dance)']);
  });
});

describe.each([
  ['shared memory', undefined],
  ['message passing', messageRun(nodeMessageSpawner)],
] as const)('sing and dance on %s', (_, makeRun) => {
  it('two sleeping threads overlap: elapsed is near one thread, far below the sum', async () => {
    // A modest speed keeps each 0.1 s sleep long next to the runtime's own costs, even on a busy machine.
    const r = await runScenario(singDanceScenario, { threads: 2, iterations: 10, sleep: 0.1 }, 4, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.trace.console.filter((c) => c.text === 'dance')).toHaveLength(10);
    expect(r.trace.console.filter((c) => c.text === 'sing')).toHaveLength(10);
    const elapsed = Number(r.outcome.data.elapsed);
    const serial = Number(r.outcome.data.serial);
    expect(serial).toBeCloseTo(2, 5);
    expect(elapsed).toBeGreaterThanOrEqual(1);
    expect(elapsed).toBeLessThan(serial * 0.75);
    expect(Number(r.outcome.data.switches)).toBeGreaterThan(3);
  });
});

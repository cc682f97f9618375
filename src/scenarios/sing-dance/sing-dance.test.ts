import { describe, expect, it } from 'vitest';
import { runScenario } from '../testing.node';
import { singDanceScenario, singDanceThreads } from './scenario';

describe('sing and dance', () => {
  it('names threads as Python does', () => {
    expect(singDanceThreads(3).map((t) => t.name)).toEqual(['Thread-1 (dance)', 'Thread-2 (sing)', 'Thread-3 (dance)']);
  });

  it('two sleeping threads overlap: elapsed is near one thread, far below the sum', async () => {
    const r = await runScenario(singDanceScenario, { threads: 2, iterations: 10, sleep: 0.1 }, 4);
    expect(r.report.status).toBe('finished');
    expect(r.trace.console.filter((c) => c.text === 'dance')).toHaveLength(10);
    expect(r.trace.console.filter((c) => c.text === 'sing')).toHaveLength(10);
    const elapsed = Number(r.outcome.data.elapsed);
    expect(Number(r.outcome.data.serial)).toBeCloseTo(2, 5);
    expect(elapsed).toBeGreaterThanOrEqual(1);
    expect(elapsed).toBeLessThan(1.5);
    expect(Number(r.outcome.data.switches)).toBeGreaterThan(3);
  });
});

// Both step workers expose their host through stepApi: the six calls, each
// still bound to the host when Comlink calls it detached.
import { describe, it, expect } from 'vitest';
import { nodeLib } from '../python/vm/lib-loader.node';
import { StepHost } from '../python/step/remote';
import { stepApi } from './step-api';

describe('stepApi', () => {
  it('offers open, step, seek, back, runTo and search, bound to the host', () => {
    const api = stepApi(new StepHost(nodeLib()));
    expect(Object.keys(api).sort()).toEqual(['back', 'open', 'runTo', 'search', 'seek', 'step']);
    const { open, step, back } = api;
    expect(open({ source: 'x = 1\ny = 2\n', granularity: 'line', freeThreaded: false }).state.step).toBe(0);
    expect(step(0).state.step).toBe(1);
    expect(back().state.step).toBe(0);
  });
});

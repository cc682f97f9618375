import { describe, expect, it } from 'vitest';
import { paramDefaults } from '../scenario';
import type { ParamValue } from '../types';
import { gilScenario } from './scenario';

const intro = (over: Record<string, ParamValue>) => gilScenario.intro?.({ ...paramDefaults(gilScenario), ...over });

describe('gil intro follows the settings', () => {
  it('counts the workers', () => {
    expect(intro({ workers: 6 })?.en).toMatch(/^6 threads against 6 processes/);
    expect(intro({ workers: 6 })?.zh).toMatch(/^6 个线程对 6 个进程/);
  });
  it('IO work and free-threading are described as what they are', () => {
    const io = intro({ work: 'io', latency: 0.5 });
    expect(io?.en).toContain('IO work, each request waiting 0.5 s');
    expect(io?.en).not.toContain('only one thread computes');
    expect(intro({ freethreaded: true })?.en).toContain('free-threaded Python, with no GIL');
    expect(intro({})?.en).toContain('with the GIL only one thread computes at a time');
  });
});

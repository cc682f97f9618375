import { describe, expect, it } from 'vitest';
import { paramDefaults } from '../scenario';
import type { ParamValue } from '../types';
import { threadPoolScenario } from './scenario';

const intro = (over: Record<string, ParamValue>) => threadPoolScenario.intro?.({ ...paramDefaults(threadPoolScenario), ...over });

describe('thread-pool intro follows the settings', () => {
  it('the defaults: a limit of 20, three tasks, three threads', () => {
    expect(intro({})?.en).toContain('max_workers=20 is only a limit: 3 tasks start just 3 threads.');
  });
  it('more tasks than the limit: they share the pool', () => {
    const t = intro({ max_workers: 2, urls: 9 });
    expect(t?.en).toContain('max_workers=2: 9 tasks share at most 2 threads');
    expect(t?.en).not.toContain('20');
    expect(t?.zh).toContain('最多由 2 个线程完成');
  });
  it('as_completed is described as such', () => {
    expect(intro({ mode: 'as_completed' })?.en).toContain('as_completed hands results back as tasks finish');
  });
});

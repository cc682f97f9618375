import { describe, expect, it } from 'vitest';
import { paramDefaults } from '../scenario';
import type { ParamValue } from '../types';
import { poolScenario } from './scenario';

const intro = (over: Record<string, ParamValue>) => poolScenario.intro?.({ ...paramDefaults(poolScenario), ...over });

describe('pool intro follows the settings', () => {
  it('counts processes and tasks', () => {
    expect(intro({ processes: 2, tasks: 6 })?.en).toContain('Pool(2) runs 6 tasks on 2 processes.');
    expect(intro({ processes: 2, tasks: 6 })?.zh).toContain('用 2 个进程运行 6 个任务');
  });
  it('says what the chosen program does, not the lesson’s', () => {
    expect(intro({ mode: 'map' })?.en).toContain('pool.map waits');
    expect(intro({ mode: 'map' })?.en).not.toContain('does not wait');
    expect(intro({ mode: 'no-close' })?.en).toContain('join() without close()');
    expect(intro({})?.en).toContain('apply_async does not wait');
  });
});

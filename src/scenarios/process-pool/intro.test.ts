import { describe, expect, it } from 'vitest';
import { paramDefaults } from '../scenario';
import { processPoolScenario } from './scenario';

const intro = (over: Record<string, number>) => processPoolScenario.intro?.({ ...paramDefaults(processPoolScenario), ...over });

describe('process-pool intro follows the settings', () => {
  it('says the processes and tasks that are set', () => {
    const t = intro({ max_workers: 5, tasks: 12 });
    expect(t?.en).toContain('5 processes work through 12 tasks');
    expect(t?.zh).toContain('5 个进程处理 12 个');
    expect(t?.en).not.toContain('3 processes');
  });
  it('no queueing to speak of when tasks do not outnumber processes', () => {
    expect(intro({ max_workers: 8, tasks: 4 })?.en).toContain('none waits');
    expect(intro({ max_workers: 1, tasks: 1 })?.en).toContain('1 process works through 1 task');
  });
});

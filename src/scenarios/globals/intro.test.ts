import { describe, expect, it } from 'vitest';
import { paramDefaults } from '../scenario';
import { globalsScenario } from './scenario';

const intro = (over: Record<string, number>) => globalsScenario.intro?.({ ...paramDefaults(globalsScenario), ...over });

describe('globals intro follows the settings', () => {
  it('counts the workers and the increments', () => {
    const t = intro({ workers: 3, increments: 40 });
    expect(t?.en).toContain('three threads and three child processes');
    expect(t?.en).toContain('n 40 times');
    expect(t?.zh).toContain('三个线程和三个子进程');
    expect(t?.zh).toContain('加 40 次');
  });
  it('one of each is said in the singular', () => {
    const t = intro({ workers: 1, increments: 1 });
    expect(t?.en).toContain('one thread and one child process');
    expect(t?.en).toContain('n 1 time:');
  });
});

import { describe, expect, it } from 'vitest';
import { paramDefaults } from '../scenario';
import { singDanceScenario } from './scenario';

const intro = (over: Record<string, number>) => singDanceScenario.intro?.({ ...paramDefaults(singDanceScenario), ...over });

describe('sing-dance intro follows the settings', () => {
  it('counts the threads it has', () => {
    const t = intro({ threads: 8 });
    expect(t?.en).toMatch(/^Eight threads/);
    expect(t?.en.toLowerCase()).not.toContain('two threads');
    expect(t?.zh).toMatch(/^八个线程/);
    expect(t?.zh).not.toContain('两个线程');
    // 50 prints of 0.1 s: one thread takes 5 s, eight one after another 40 s.
    expect(t?.en).toContain("one thread's 5 s");
    expect(t?.en).toContain('sum of 40 s');
  });
  it('two threads by default, and one thread is not "at the same time"', () => {
    expect(intro({})?.en).toMatch(/^Two threads/);
    expect(intro({})?.zh).toMatch(/^两个线程/);
    const one = intro({ threads: 1, sleep: 0.2, iterations: 10 });
    expect(one?.en).toContain('One thread sleeps 0.2 s');
    expect(one?.en).toContain('about 2 s');
  });
});

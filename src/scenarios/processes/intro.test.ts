import { describe, expect, it } from 'vitest';
import { paramDefaults } from '../scenario';
import { processesScenario } from './scenario';

describe('processes intro follows the settings', () => {
  it('says the counts that are set, and points at no side of the screen', () => {
    const t = processesScenario.intro?.({ ...paramDefaults(processesScenario), dance: 7, song: 3 });
    expect(t?.en).toContain('dancing 7 times');
    expect(t?.en).toContain('singing 3 times');
    expect(t?.zh).toContain('跳舞 7 次');
    for (const text of [t?.zh ?? '', t?.en ?? '']) expect(text).not.toMatch(/右|左|right|left/);
  });
});

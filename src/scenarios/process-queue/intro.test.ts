import { describe, expect, it } from 'vitest';
import { paramDefaults } from '../scenario';
import { processQueueScenario } from './scenario';

describe('process-queue intro follows the settings', () => {
  it('says the count and the intervals that are set', () => {
    const t = processQueueScenario.intro?.({ ...paramDefaults(processQueueScenario), count: 3, produce: 0.2, consume: 1.5 });
    expect(t?.en).toContain('puts 3 items');
    expect(t?.en).toContain('one every 0.2 s');
    expect(t?.en).toContain('takes one every 1.5 s');
    expect(t?.zh).toContain('每 0.2 秒');
    expect(t?.zh).toContain('共 3 条');
  });
});

import { describe, expect, it } from 'vitest';
import { paramDefaults } from '../scenario';
import type { ParamValue } from '../types';
import { boundedQueueScenario } from './scenario';

const intro = (over: Record<string, ParamValue>) => boundedQueueScenario.intro?.({ ...paramDefaults(boundedQueueScenario), ...over });

describe('bounded-queue intro follows the settings', () => {
  it('the lab names the maxsize that is set', () => {
    expect(intro({ maxsize: 3 })?.en).toContain('A lab for Queue(3)');
    expect(intro({ maxsize: 3 })?.zh).toContain('Queue(3) 的实验台');
  });
  it('the lesson and the fixed program say which they are', () => {
    expect(intro({ variant: 'seed', maxsize: 3 })?.en).toContain('The lesson as written, with Queue(5)');
    expect(intro({ variant: 'fixed' })?.en).toContain('The fixed program');
  });
});

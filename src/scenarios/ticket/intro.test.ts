import { describe, expect, it } from 'vitest';
import { paramDefaults } from '../scenario';
import type { ParamValue } from '../types';
import { ticketScenario } from './scenario';

const intro = (over: Record<string, ParamValue>) => ticketScenario.intro?.({ ...paramDefaults(ticketScenario), ...over });

describe('ticket intro follows the settings', () => {
  it('counts the sellers and tickets', () => {
    expect(intro({})?.en).toMatch(/^Two sellers share the global ticket, 20 tickets/);
    const t = intro({ threads: 5, tickets: 60 });
    expect(t?.en).toMatch(/^Five sellers/);
    expect(t?.zh).toMatch(/^五个售票线程/);
    expect(t?.zh).toContain('60 张票');
  });
  it('with the lock off it does not ask to switch it off', () => {
    const t = intro({ lock: false });
    expect(t?.en).toContain('The lock is off');
    expect(t?.en).not.toContain('switch the lock off');
  });
  it('one seller and the lesson as written are said as such', () => {
    expect(intro({ threads: 1 })?.en).toMatch(/^One seller/);
    expect(intro({ variant: 'seed' })?.en).toContain('This is the lesson as written');
  });
});

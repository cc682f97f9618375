/** Every scenario the app offers, and those still to come (listed, not runnable). */
import type { Localized } from '../i18n/lang';
import type { ScenarioDef } from './scenario';
import { singDanceScenario } from './sing-dance/scenario';
import { ticketScenario } from './ticket/scenario';

export const scenarios: readonly ScenarioDef[] = [ticketScenario, singDanceScenario];

export const comingSoon: readonly { id: string; title: Localized }[] = [
  { id: 'bakery', title: { zh: '线程通信：面包店', en: 'Thread queue: the bakery' } },
  { id: 'processes', title: { zh: '多进程', en: 'Processes' } },
  { id: 'gil', title: { zh: 'GIL：线程与进程', en: 'The GIL: threads vs processes' } },
];

export function findScenario(id: string): ScenarioDef | undefined {
  return scenarios.find((s) => s.id === id);
}

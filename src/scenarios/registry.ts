/** Every scenario the app offers, and those still to come (listed, not runnable). */
import type { Localized } from '../i18n/lang';
import type { ScenarioDef } from './scenario';
import { singDanceScenario } from './sing-dance/scenario';
import { processesScenario } from './processes/scenario';
import { globalsScenario } from './globals/scenario';
import { ticketScenario } from './ticket/scenario';
import { boundedQueueScenario } from './bounded-queue/scenario';
import { bakeryScenario } from './bakery/scenario';
import { processQueueScenario } from './process-queue/scenario';
import { threadPoolScenario } from './thread-pool/scenario';
import { processPoolScenario } from './process-pool/scenario';
import { poolScenario } from './pool/scenario';
import { gilScenario } from './gil/scenario';
import { customScenario } from './custom/scenario';
import { twoLocksScenario } from './two-locks/scenario';
import { rlockScenario } from './rlock/scenario';
import { conditionScenario } from './condition/scenario';
import { counterScenario } from './counter/scenario';
import { bankScenario } from './bank/scenario';

/** The step lessons (issue 12): made to be stepped, listed after the tutorial's. */
const stepLessons: readonly ScenarioDef[] = [twoLocksScenario, rlockScenario, conditionScenario, counterScenario, bankScenario];

export const scenarios: readonly ScenarioDef[] = [ticketScenario, singDanceScenario, bakeryScenario, processesScenario, globalsScenario, processQueueScenario, boundedQueueScenario, threadPoolScenario, processPoolScenario, poolScenario, gilScenario, ...stepLessons, customScenario];

export const comingSoon: readonly { id: string; title: Localized }[] = [];

export function findScenario(id: string): ScenarioDef | undefined {
  return scenarios.find((s) => s.id === id);
}

/**
 * Step-mode challenges (issue 12), in the spirit of The Deadlock Empire: a
 * goal in one sentence that the student reaches by choosing the schedule.
 * Each is a lesson's program, a granularity, the GIL on or off, and the goal
 * as an invariant spec that the winning schedule breaks (src/python/step).
 * Data only: the page shows them, the step worker checks them.
 */
/// <reference types="vite/client" />
import type { Lang } from '../../i18n/lang';
import type { Granularity } from '../../python/step/session';
import type { InvariantSpec } from '../../python/step/remote';
import { ticketSource } from '../ticket/source';
import twoLocksNoSleep from '../two-locks/no-sleep.py?raw';
import conditionIf from '../condition/if.py?raw';
import counterCall from '../counter/call.py?raw';
import counterGil from '../counter/gil.py?raw';
import bankAccount from '../bank/account.py?raw';

export interface Challenge {
  id: string;
  /** The lesson it belongs to (a scenario id). */
  lesson: string;
  goal: Record<Lang, string>;
  hint: Record<Lang, string>;
  source: string;
  granularity: Granularity;
  freeThreaded: boolean;
  /** Solved when the run breaks this. */
  solvedWhen: InvariantSpec;
}

/** The ticket sellers with the lock lines taken out (the live scenario's lock=off), a few tickets. */
function ticketRace(tickets: number): string {
  return ticketSource({ tickets, sellers: 2, fixed: true, lock: true, lang: 'en' })
    .split('\n')
    .filter((l) => !/lock\.(acquire|release)\(\)/.test(l))
    .join('\n');
}

/** A sleep that always lets every other thread catch up leaves no choice: sleep(0) only offers a switch. */
const yieldOnly = (src: string): string => src.replace(/time\.sleep\(0\.1\)/g, 'time.sleep(0)');

/** The counter lessons, small enough to step by hand: 2 threads, 2 rounds each. */
const small = (src: string): string => src.replace('N = 1000', 'N = 2').replace('range(4)', 'range(2)');

export const challenges: readonly Challenge[] = [
  {
    id: 'ticket-twice',
    lesson: 'ticket',
    goal: { zh: '打开无 GIL（自由线程）：让两个售票员卖出同一张票。', en: 'Free-threaded: make both sellers sell the same ticket.' },
    hint: { zh: '让两个线程都先执行 LOAD_GLOBAL ticket，再让它们各自存回。', en: 'Let both threads LOAD_GLOBAL ticket before either stores it back.' },
    source: ticketRace(3),
    granularity: 'bytecode',
    freeThreaded: true,
    solvedWhen: { kind: 'sold-twice', belowZero: false },
  },
  {
    id: 'ticket-oversell',
    lesson: 'ticket',
    goal: { zh: 'GIL 开着：让售票员卖出比现有更多的票（ticket 变成负数）。', en: 'With the GIL on: make the sellers sell more tickets than there are (ticket below zero).' },
    hint: { zh: '检查 ticket>0 和 ticket-=1 之间有一次 sleep。', en: 'There is a sleep between the check ticket>0 and ticket-=1.' },
    source: ticketRace(2),
    granularity: 'line',
    freeThreaded: false,
    solvedWhen: { kind: 'below-zero', name: 'ticket' },
  },
  {
    id: 'ticket-same-count',
    lesson: 'ticket',
    goal: { zh: 'GIL 开着：让两个售票员打印出同样的剩余票数。', en: 'With the GIL on: make both sellers print the same number of tickets left.' },
    hint: { zh: 'print 那一行里先调用 current_thread()：调用之后可以切换。', en: 'The print line calls current_thread() first: a switch may follow a call.' },
    source: ticketRace(3),
    granularity: 'bytecode',
    freeThreaded: false,
    solvedWhen: { kind: 'output', pattern: '剩(\\d+) 张[\\s\\S]*剩\\1 张' },
  },
  {
    id: 'two-locks-forever',
    lesson: 'two-locks',
    goal: { zh: '让两个线程永远互相等待。', en: 'Make both threads wait for each other for ever.' },
    hint: { zh: '让每个线程各拿到一把锁。', en: 'Let each thread get one lock first.' },
    source: twoLocksNoSleep,
    granularity: 'line',
    freeThreaded: false,
    solvedWhen: { kind: 'deadlock' },
  },
  {
    id: 'condition-empty',
    lesson: 'condition',
    goal: { zh: '让一个消费者从空缓冲区里取东西。', en: 'Make a consumer take from the empty buffer.' },
    hint: { zh: 'notify_all 叫醒两个消费者，但只有一个面包；用 if 的消费者不会再检查。', en: 'notify_all wakes both consumers for one loaf; a consumer with if does not look again.' },
    source: yieldOnly(conditionIf),
    granularity: 'line',
    freeThreaded: false,
    solvedWhen: { kind: 'exception' },
  },
  {
    id: 'counter-gil-lost',
    lesson: 'counter',
    goal: { zh: 'GIL 开着：让 counter += one() 丢失一次更新。', en: 'With the GIL on: make counter += one() lose an update.' },
    hint: { zh: 'CALL 之后可以切换：一个线程已经读了 counter，还没存回去。', en: 'A switch may follow the CALL: one thread has read counter and not yet stored it.' },
    source: small(counterCall),
    granularity: 'bytecode',
    freeThreaded: false,
    solvedWhen: { kind: 'final', name: 'counter', value: '4' },
  },
  {
    id: 'counter-free-lost',
    lesson: 'counter',
    goal: { zh: '自由线程：让 counter += 1 丢失一次更新。', en: 'Free-threaded: make counter += 1 lose an update.' },
    hint: { zh: '没有 GIL，LOAD_GLOBAL 和 STORE_GLOBAL 之间什么都可能发生。', en: 'Without the GIL, anything can happen between LOAD_GLOBAL and STORE_GLOBAL.' },
    source: small(counterGil),
    granularity: 'bytecode',
    freeThreaded: true,
    solvedWhen: { kind: 'final', name: 'counter', value: '4' },
  },
  {
    id: 'bank-overdraw',
    lesson: 'bank',
    goal: { zh: 'GIL 开着：让账户透支（余额变成负数）。', en: 'With the GIL on: overdraw the account (a negative balance).' },
    hint: { zh: '两个线程都先通过余额检查；sleep(0) 让出 GIL。', en: 'Let both threads pass the balance check first; sleep(0) offers the GIL.' },
    source: yieldOnly(bankAccount),
    granularity: 'line',
    freeThreaded: false,
    solvedWhen: { kind: 'output', pattern: 'balance: -\\d' },
  },
];

export function challengeById(id: string): Challenge | undefined {
  return challenges.find((c) => c.id === id);
}

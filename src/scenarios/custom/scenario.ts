/// <reference types="vite/client" />
/**
 * "Your program" (你的程序): a student's own Python program, run by our VM in a worker.
 * The code panel holds the student's text; the outcome is the generic one.
 */
import type { ScenarioDef } from '../scenario';
import type { DeadlockStory } from '../scenario';
import { genericOutcome } from './outcome';
import starter from './starter.py?raw';

export const customStarter: string = starter;

function deadlockText(d: DeadlockStory): { zh: string; en: string } {
  const line = d.waitLine > 0 ? { zh: `（第 ${d.waitLine} 行）`, en: ` (line ${d.waitLine})` } : { zh: '', en: '' };
  if (d.kind === 'queue') return { zh: `${d.waiter} 在等队列 ${d.on}${line.zh}，却没有线程会再往里放东西。`, en: `${d.waiter} waits on ${d.on}${line.en}, and no thread will ever put anything in.` };
  if (d.holder !== '' && d.holder === d.waiter) return { zh: `${d.waiter} 在等 ${d.on}${line.zh}，而这把锁就在它自己手里。`, en: `${d.waiter} waits for ${d.on}${line.en}, which it holds itself.` };
  if (d.holder !== '') return { zh: `${d.waiter} 在等 ${d.on}${line.zh}，锁在 ${d.holder} 手里，而 ${d.holder} 已经不会再释放它。`, en: `${d.waiter} waits for ${d.on}${line.en}, held by ${d.holder}, which will never release it.` };
  return { zh: `${d.waiter} 在等 ${d.on}${line.zh}，拿着它的线程已经结束却没有释放。`, en: `${d.waiter} waits for ${d.on}${line.en}; whoever took it ended without releasing it.` };
}

export const customScenario: ScenarioDef = {
  id: 'custom',
  title: { zh: '你的程序', en: 'Your program' },
  section: 'Python 3.12',
  intro: () => ({
    zh: '在这里写任何 Python 程序，按运行：它在浏览器里由我们的 Python 虚拟机执行，每个线程一条泳道。',
    en: 'Write any Python program here and press Run: our Python VM runs it in the browser, one lane per thread.',
  }),
  params: [],
  defaultSpeed: 4,
  vm: { starter, outcome: genericOutcome },
  source: () => ({ code: starter, struck: [] }),
  runSpec: () => ({
    scenario: 'custom',
    params: {},
    threads: [{ name: 'MainThread', target: 'main', process: 0, pid: 0 }],
    globalNames: [],
    globalsByProcess: [[]],
    lockNames: [],
  }),
  outcome: () => ({ data: {}, figures: [], verdict: { zh: '', en: '' }, tone: 'neutral' }),
  deadlockText,
};

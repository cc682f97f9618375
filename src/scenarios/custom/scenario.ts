/// <reference types="vite/client" />
/**
 * "Your program" (你的程序): a student's own Python program, run by our VM in a worker.
 * The code panel holds the student's text; the outcome is the generic one.
 */
import type { ScenarioDef } from '../scenario';
import { FREE_THREADED } from '../free-threaded';
import { genericDeadlockText } from './deadlock-text';
import { genericOutcome } from './outcome';
import starter from './starter.py?raw';

export const customStarter: string = starter;

export const customScenario: ScenarioDef = {
  id: 'custom',
  title: { zh: '你的程序', en: 'Your program' },
  section: 'Python 3.12',
  intro: () => ({
    zh: '在这里写任何 Python 程序，按运行：它在浏览器里由我们的 Python 虚拟机执行，每个线程一条泳道。',
    en: 'Write any Python program here and press Run: our Python VM runs it in the browser, one lane per thread.',
  }),
  params: [FREE_THREADED],
  defaultSpeed: 4,
  vm: { step: true, outcome: (f, status) => genericOutcome(f, status) },
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
  deadlockText: genericDeadlockText,
};

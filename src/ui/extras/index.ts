/**
 * Scenario-specific panels (a queue's contents, a process tree, globals side
 * by side), by scenario id. Scenarios stay free of React; their views live here.
 * Each view reads the store itself.
 */
import { type ComponentType, lazy } from 'react';

// Loaded when a scenario that has them is shown, not before first paint: the
// page's initial JavaScript has a budget (150 KB gzip).
const GlobalsView = lazy(() => import('./GlobalsView').then((m) => ({ default: m.GlobalsView })));
const ProcessTree = lazy(() => import('./ProcessTree').then((m) => ({ default: m.ProcessTree })));
const BakeryQueueView = lazy(() => import('./queues').then((m) => ({ default: m.BakeryQueueView })));
const ProcessQueueView = lazy(() => import('./queues').then((m) => ({ default: m.ProcessQueueView })));
const QueueLab = lazy(() => import('./QueueLab').then((m) => ({ default: m.QueueLab })));
const ProcessPoolTasks = lazy(() => import('./PoolTasks').then((m) => ({ default: m.ProcessPoolTasks })));
const StepPanel = lazy(() => import('../step/StepPanel').then((m) => ({ default: m.StepPanel })));
const LiveWatchPanel = lazy(() => import('../step/LiveWatchPanel').then((m) => ({ default: m.LiveWatchPanel })));
const ThreadPoolTasks = lazy(() => import('./PoolTasks').then((m) => ({ default: m.ThreadPoolTasks })));

export interface ExtraPanel {
  title: { zh: string; en: string };
  component: ComponentType;
  /** A fold the reader opens (a <details>, `[data-testid=fold-NAME]`): shut on a phone and a projector, where room is short. */
  fold?: string;
}

/** The live watch panel for a VM lesson without step mode (step lessons show it in their step panel's Live mode). */
const WATCH: ExtraPanel = { title: { zh: '变量观察（实时）', en: 'Watch (live)' }, component: LiveWatchPanel, fold: 'watch' };
const STEP: ExtraPanel = { title: { zh: '单步模式：你来当调度器', en: 'Step mode: you are the scheduler' }, component: StepPanel };

const ownExtras: Record<string, ExtraPanel[]> = {
  processes: [{ title: { zh: '进程树', en: 'Process tree' }, component: ProcessTree }],
  globals: [{ title: { zh: '全局变量 n：线程与进程', en: 'The global n: threads vs processes' }, component: GlobalsView }],
  bakery: [{ title: { zh: '队列 q（先进先出）', en: 'The queue q (first in, first out)' }, component: BakeryQueueView }],
  'bounded-queue': [{ title: { zh: '队列 q 实验台：满、空与超时', en: 'The queue q: full, empty and timeouts' }, component: QueueLab }],
  'process-queue': [{ title: { zh: '队列 q：跨进程传的是副本', en: 'The queue q: copies cross the process boundary' }, component: ProcessQueueView }, STEP],
  'thread-pool': [{ title: { zh: '任务：排队与执行', en: 'Tasks: queued and run' }, component: ThreadPoolTasks }],
  'process-pool': [{ title: { zh: '任务：排队与执行', en: 'Tasks: queued and run' }, component: ProcessPoolTasks }],
  custom: [STEP],
  ticket: [STEP],
  'two-locks': [STEP],
  rlock: [STEP],
  condition: [STEP],
  counter: [STEP],
  bank: [STEP],
  pool: [{ title: { zh: '任务：排队与执行', en: 'Tasks: queued and run' }, component: ProcessPoolTasks }],
};

/**
 * Every lesson runs on the VM, so every lesson has the live watch: a step lesson (and custom) in its step
 * panel's Live mode, the rest as a fold after their own views.
 */
export function extrasOf(id: string): ExtraPanel[] {
  const own = ownExtras[id] ?? [];
  return own.includes(STEP) ? own : [...own, WATCH];
}

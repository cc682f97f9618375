/**
 * Scenario-specific panels (a queue's contents, a process tree, globals side
 * by side), by scenario id. Scenarios stay free of React; their views live here.
 * Each view reads the store itself.
 */
import type { ComponentType } from 'react';
import { GlobalsView } from './GlobalsView';
import { ProcessTree } from './ProcessTree';
import { BakeryQueueView, ProcessQueueView } from './queues';
import { QueueLab } from './QueueLab';
import { ProcessPoolTasks, ThreadPoolTasks } from './PoolTasks';

export interface ExtraPanel {
  title: { zh: string; en: string };
  component: ComponentType;
}

export const scenarioExtras: Record<string, ExtraPanel[]> = {
  processes: [{ title: { zh: '进程树', en: 'Process tree' }, component: ProcessTree }],
  globals: [{ title: { zh: '全局变量 n：线程与进程', en: 'The global n: threads vs processes' }, component: GlobalsView }],
  bakery: [{ title: { zh: '队列 q（先进先出）', en: 'The queue q (first in, first out)' }, component: BakeryQueueView }],
  'bounded-queue': [{ title: { zh: '队列 q 实验台：满、空与超时', en: 'The queue q: full, empty and timeouts' }, component: QueueLab }],
  'process-queue': [{ title: { zh: '队列 q：跨进程传的是副本', en: 'The queue q: copies cross the process boundary' }, component: ProcessQueueView }],
  'thread-pool': [{ title: { zh: '任务：排队与执行', en: 'Tasks: queued and run' }, component: ThreadPoolTasks }],
  'process-pool': [{ title: { zh: '任务：排队与执行', en: 'Tasks: queued and run' }, component: ProcessPoolTasks }],
  pool: [{ title: { zh: '任务：排队与执行', en: 'Tasks: queued and run' }, component: ProcessPoolTasks }],
};

/** Strings of the pool task panel (zh + en). */
export const poolTasksStrings = {
  zh: {
    queued: '排队等待的任务',
    none: '（空）',
    task: '任务',
    table: '每个任务由谁执行',
    ranBy: '执行者',
    started: '开始',
    ended: '结束',
    waiting: '排队中',
    running: '运行中',
    killed: '被终止',
    sentinel: 'None 表示让线程/进程退出',
  },
  en: {
    queued: 'Tasks waiting in the queue',
    none: '(empty)',
    task: 'Task',
    table: 'Which worker ran each task',
    ranBy: 'Run by',
    started: 'Started',
    ended: 'Ended',
    waiting: 'queued',
    running: 'running',
    killed: 'terminated',
    sentinel: 'None tells a thread or process to exit',
  },
} as const;

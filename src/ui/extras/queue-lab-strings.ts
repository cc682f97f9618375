/** The queue lab's own words, zh and en. */
import type { Lang } from '../../i18n/lang';

const zh = {
  colLine: '行',
  colWritten: '原文',
  colSays: 'Python 的反应',
  colFixed: '修正',
  runs: '正常运行',
  printsLabel: '打印出',
  notAnswer: '（不是错误，但也不是答案：方法没有被调用）',
  stops: 'Python 遇到第一个异常就停止：原文运行到第 9 行就结束了，第 11 行根本没有执行。',
  loadFixed: '运行修正后的程序',
  openLab: '打开交互实验',
  item: '对象 obj',
  block: 'block',
  timeout: 'timeout（秒，空 = None）',
  waitingRoom: '等待中',
  putters: '个在 put 等待',
  getters: '个在 get 等待',
  prompt: '在 >>> 后输入一行，例如 q.get(block=True,time=10)',
  send: '运行',
  transcript: '主线程的交互记录',
  idleHint: '按任意按钮：程序开始运行，主线程停在 >>> 提示符，等你输入。',
  busyHint: '主线程正阻塞在队列调用里；后面的命令会排队，等它返回再执行。没有 timeout 的 put/get 会一直等下去（真正的 REPL 里只能按 Ctrl-C），可以点“重置”。',
  full: 'queue.Full',
  empty: '_queue.Empty',
  lastWait: '最近一次等了 {s} 秒才抛出',
  mailboxFull: '命令太多，主线程还没处理完：稍后再试。',
  notRunning: '环境不支持共享内存，无法运行。',
} as const;

export type QueueLabStrings = { [K in keyof typeof zh]: string };

const en: QueueLabStrings = {
  colLine: 'Line',
  colWritten: 'As written',
  colSays: 'What Python does',
  colFixed: 'Corrected',
  runs: 'runs',
  printsLabel: 'prints',
  notAnswer: '(not an error, but not the answer either: the method is never called)',
  stops: 'Python stops at the first exception: as written, the program ends at line 9, and line 11 never runs.',
  loadFixed: 'Run the fixed program',
  openLab: 'Open the interactive lab',
  item: 'obj',
  block: 'block',
  timeout: 'timeout (s, empty = None)',
  waitingRoom: 'waiting',
  putters: 'waiting in put',
  getters: 'waiting in get',
  prompt: 'Type a line after >>>, e.g. q.get(block=True,time=10)',
  send: 'Run',
  transcript: 'The main thread’s session',
  idleHint: 'Press any button: the program starts and the main thread waits at the >>> prompt for you.',
  busyHint: 'The main thread is blocked in a queue call; later commands wait their turn. A put/get without a timeout waits for good (in a real REPL only Ctrl-C helps): press Reset.',
  full: 'queue.Full',
  empty: '_queue.Empty',
  lastWait: 'the last one waited {s} s before it was raised',
  mailboxFull: 'Too many commands queued for the main thread: try again in a moment.',
  notRunning: 'This page cannot use shared memory, so nothing can run.',
};

export const queueLabStrings: Record<Lang, QueueLabStrings> = { zh, en };

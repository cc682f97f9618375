/** The queue lab's own words, zh and en. */
import type { Lang } from '../../i18n/lang';
import { useLab } from '../../store/lab-store';

const zh = {
  colLine: '行',
  colWritten: '原文',
  colSays: 'Python 的反应',
  colFixed: '修正',
  colWhy: '为什么',
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
  prompt: '在 >>> 后输入一行 Python，例如 q.get(block=True,time=10)',
  send: '运行',
  transcript: '主线程的交互记录',
  idleHint: '按“运行”或任意按钮：程序开始运行，主线程停在 >>> 提示符，等你输入。',
  busyHint: '主线程正阻塞在队列调用里（>>> 还没回来）；后面输入的行会排队，等它返回再执行。没有 timeout 的 put/get 要等别的线程取走或放入；等不到就会一直等下去。',
  blockHint: '这里的 >>> 就是 Python 自带的 code.interact：输入的每一行都是真正的 Python，例如 x = q.get()、q.put([1, 2])、len(str(q.qsize()))、for i in range(3): q.put(i)（多行语句用空行结束）。队列满时 q.put(x) 会一直等；想要有限的等待就写 timeout=3。',
  ended: '交互模式已经结束（exit() 或程序出错）。按“运行”重新开始。',
  stuck: '主线程卡在 >>> 的一条命令里：它在等队列，而没有别的线程会动 q（生产者/消费者没有启动或也在等），所以这条命令永远不会返回。真正的 Python 交互模式也会一直卡在这里，只能按 Ctrl-C。点“重置”重新开始；要有限的等待，用 q.put(x, timeout=3) 或 block=False。',
  reset: '重置',
  full: 'queue.Full',
  empty: '_queue.Empty',
  lastWait: '最近一次等了 {s} 秒才抛出',
  mailboxFull: '命令太多，主线程还没处理完：稍后再试。',
  notRunning: '这个页面没有共享内存（SharedArrayBuffer），程序的 input() 读不到你输入的行，所以 >>> 用不了。',
} as const;

export type QueueLabStrings = { [K in keyof typeof zh]: string };

const en: QueueLabStrings = {
  colLine: 'Line',
  colWritten: 'As written',
  colSays: 'What Python does',
  colFixed: 'Corrected',
  colWhy: 'Why',
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
  prompt: 'Type a line of Python after >>>, e.g. q.get(block=True,time=10)',
  send: 'Run',
  transcript: 'The main thread’s session',
  idleHint: 'Press Run or any button: the program starts and the main thread waits at the >>> prompt for you.',
  busyHint: 'The main thread is blocked in a queue call (>>> has not come back yet); lines typed now wait their turn. A put/get without a timeout waits until another thread takes or puts an item, and for ever if none does.',
  blockHint: 'This >>> is Python’s own code.interact: every line is real Python, e.g. x = q.get(), q.put([1, 2]), len(str(q.qsize())), for i in range(3): q.put(i) (end a block with an empty line). On a full queue q.put(x) waits; give timeout=3 for a bounded wait.',
  ended: 'The prompt has ended (exit() or an error). Press Run to start again.',
  stuck: 'The main thread is stuck in a command at >>>: it waits on the queue, and no other thread will touch q (the producer/consumer are off or waiting too), so that command never returns. A real Python prompt hangs here too until Ctrl-C. Press Reset to start again; for a bounded wait use q.put(x, timeout=3) or block=False.',
  reset: 'Reset',
  full: 'queue.Full',
  empty: '_queue.Empty',
  lastWait: 'the last one waited {s} s before it was raised',
  mailboxFull: 'Too many commands queued for the main thread: try again in a moment.',
  notRunning: 'This page has no shared memory (SharedArrayBuffer): the program’s input() cannot read the lines you type, so >>> does not work here.',
};

export const queueLabStrings: Record<Lang, QueueLabStrings> = { zh, en };

export function useQueueLabStrings(): QueueLabStrings {
  return queueLabStrings[useLab((s) => s.lang)];
}

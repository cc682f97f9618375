/**
 * A lab for `multiprocessing.Queue(5)` (section 队列 queue): the tutorial's
 * lines as written (three mistakes, reported as Python reports them), the
 * same lines corrected, and an interactive lab where the student's commands
 * run on the main thread's `>>>` prompt beside a producer and a consumer.
 */
import { fmt } from '../../i18n/lang';
import { boundedQueueIntro } from './intro';
import type { TraceModel } from '../../trace/model';
import type { Outcome, ScenarioDef } from '../scenario';
import type { ParamValues } from '../types';
import { LESSON_MAXSIZE, QUEUE, type Variant, variantOf } from './lines';
import { boundedQueueSource } from './source';

export const MAIN_THREAD = 'MainThread';
const PID = 4242;

function num(p: ParamValues, k: string, d: number): number {
  return typeof p[k] === 'number' ? (p[k] as number) : d;
}

export interface BoundedQueueFigures {
  /** The exception that ended the main thread (`TypeError: ...`), or ''. */
  error: string;
  errorLine: number;
  /** What the main thread printed (REPL echoes included). */
  prints: string[];
  /** Line of a print that showed a method instead of calling it (`print(q.full)`), or 0. */
  methodPrintLine: number;
  /** Commands the student ran at the `>>>` prompt. */
  commands: number;
  full: number;
  empty: number;
  /** Simulated seconds the last `queue.Full` waited before it was raised. */
  lastFullWait: number;
  puts: number;
  gets: number;
}

/** What the main thread really did, from its lane, its prints and its marks. */
export function boundedQueueFigures(trace: TraceModel): BoundedQueueFigures {
  const main = trace.lanes.find((l) => l.name === MAIN_THREAD);
  const w = main?.worker ?? -1;
  const mine = trace.console.filter((c) => c.worker === w);
  const err = mine.find((c) => c.stream === 'err');
  const prints = mine.filter((c) => c.stream === 'out').map((c) => c.text);
  const fulls = trace.marks.filter((m) => m.worker === w && m.label === 'queue.Full');
  return {
    error: main?.error ?? '',
    errorLine: err?.line ?? 0,
    prints,
    methodPrintLine: mine.find((c) => c.stream === 'out' && c.text.startsWith('<bound method'))?.line ?? 0,
    commands: prints.filter((t) => t.startsWith('>>> ')).length,
    full: fulls.length,
    empty: trace.marks.filter((m) => m.worker === w && m.label === '_queue.Empty').length,
    lastFullWait: fulls[fulls.length - 1]?.value ?? NaN,
    puts: trace.queueOps.filter((o) => o.op === 'put').length,
    gets: trace.queueOps.filter((o) => o.op === 'get').length,
  };
}

function lessonVerdict(f: BoundedQueueFigures, variant: Variant): Outcome['verdict'] {
  if (f.error !== '') {
    const l = f.methodPrintLine;
    const extraZh = l > 0 ? fmt('第 {l} 行打印出的是方法本身，并没有回答队列满没满。', { l }) : '';
    const extraEn = l > 0 ? fmt(' Line {l} printed the method itself, not whether the queue is full.', { l }) : '';
    return {
      zh: fmt('照原文运行，程序在第 {line} 行抛出异常并停止：{e}。{x}', { line: f.errorLine, e: f.error, x: extraZh }),
      en: fmt('As written, the program raises at line {line} and stops there: {e}.{x}', { line: f.errorLine, e: f.error, x: extraEn }),
    };
  }
  const out = f.prints.join(', ');
  return variant === 'fixed'
    ? { zh: fmt('修正后的每一行都能运行，程序正常结束。输出：{o}', { o: out }), en: fmt('Every corrected line runs and the program ends normally. It printed: {o}', { o: out }) }
    : { zh: fmt('程序结束。输出：{o}', { o: out }), en: fmt('The program ended. It printed: {o}', { o: out }) };
}

export const boundedQueueScenario: ScenarioDef = {
  id: 'bounded-queue',
  title: { zh: '队列 Queue(5)：满、空与超时', en: 'Queue(5): full, empty and timeouts' },
  section: '队列 queue',
  intro: (p) => boundedQueueIntro(p),
  defaultSpeed: 1,
  messageRuntime: true,
  params: [
    {
      key: 'variant',
      kind: 'enum',
      options: ['lab', 'seed', 'fixed'],
      default: 'lab',
      label: { zh: '程序', en: 'Program' },
      optionLabels: {
        lab: { zh: '交互实验', en: 'Interactive lab' },
        seed: { zh: '教程原文', en: 'As in the lesson' },
        fixed: { zh: '修正版', en: 'Fixed' },
      },
    },
    { key: 'maxsize', kind: 'int', min: 1, max: 10, default: 5, label: { zh: '队列长度 maxsize（实验）', en: 'maxsize (lab)' } },
    {
      key: 'produce',
      kind: 'number',
      min: 0,
      max: 10,
      step: 0.1,
      default: 1,
      unit: 's',
      label: { zh: '生产者间隔（0 = 不启动）', en: 'Producer interval (0 = off)' },
    },
    {
      key: 'consume',
      kind: 'number',
      min: 0,
      max: 10,
      step: 0.1,
      default: 1.5,
      unit: 's',
      label: { zh: '消费者间隔（0 = 不启动）', en: 'Consumer interval (0 = off)' },
    },
  ],

  source(p, lang) {
    const variant = variantOf(p.variant);
    const produce = num(p, 'produce', 1);
    const consume = num(p, 'consume', 1.5);
    // A thread that is off is said so in a comment on its start line: the app's
    // struck-line note speaks of the ticket sellers' lock.
    return { code: boundedQueueSource({ variant, maxsize: num(p, 'maxsize', 5), produce, consume, lang }), struck: [] };
  },

  runSpec(p) {
    const variant = variantOf(p.variant);
    const main = { name: MAIN_THREAD, target: variant === 'lab' ? 'repl' : 'lesson', process: 0, pid: PID };
    const threads = [main];
    if (variant === 'lab') {
      if (num(p, 'produce', 1) > 0) threads.push({ name: 'producer', target: 'producer', process: 0, pid: PID });
      if (num(p, 'consume', 1.5) > 0) threads.push({ name: 'consumer', target: 'consumer', process: 0, pid: PID });
    }
    const maxsize = variant === 'lab' ? num(p, 'maxsize', 5) : LESSON_MAXSIZE;
    return {
      scenario: 'bounded-queue',
      params: p,
      threads,
      globalNames: [],
      globalsByProcess: [[]],
      lockNames: [],
      queues: [{ name: QUEUE, maxsize, kind: 'process' }],
      // In the lab the student can always unblock a waiting thread, and the prompt waits for them.
      ...(variant === 'lab' ? { detectDeadlock: false, mailbox: true } : {}),
    };
  },

  outcome(trace, p): Outcome {
    const variant = variantOf(p.variant);
    const f = boundedQueueFigures(trace);
    const data: Record<string, string> = {
      error: f.error,
      'error-line': String(f.errorLine),
      prints: String(f.prints.length),
      full: String(f.full),
      empty: String(f.empty),
      commands: String(f.commands),
    };
    if (variant !== 'lab') {
      return {
        tone: f.error === '' ? 'good' : 'bad',
        verdict: lessonVerdict(f, variant),
        data,
        figures: [
          { key: 'prints', label: { zh: '输出行数', en: 'Lines printed' }, value: f.prints.length },
          { key: 'error', label: { zh: '异常', en: 'Exception' }, value: f.error === '' ? '—' : f.error.split(':')[0] ?? '', tone: f.error === '' ? 'good' : 'bad' },
          ...(f.errorLine > 0 ? [{ key: 'error-line', label: { zh: '停在第几行', en: 'Stopped at line' }, value: f.errorLine }] : []),
        ],
      };
    }
    return {
      tone: 'neutral',
      verdict: {
        zh: fmt('你在 >>> 下运行了 {c} 条命令：queue.Full {f} 次，_queue.Empty {e} 次。队列共放入 {p} 个、取出 {g} 个。', { c: f.commands, f: f.full, e: f.empty, p: f.puts, g: f.gets }),
        en: fmt('You ran {c} commands at >>>: queue.Full {f} times, _queue.Empty {e} times. {p} items were put, {g} got.', { c: f.commands, f: f.full, e: f.empty, p: f.puts, g: f.gets }),
      },
      data,
      figures: [
        { key: 'commands', label: { zh: '命令', en: 'Commands' }, value: f.commands },
        { key: 'full', label: { zh: 'queue.Full', en: 'queue.Full' }, value: f.full },
        { key: 'empty', label: { zh: '_queue.Empty', en: '_queue.Empty' }, value: f.empty },
        { key: 'puts', label: { zh: '放入', en: 'Put' }, value: f.puts },
        { key: 'gets', label: { zh: '取出', en: 'Got' }, value: f.gets },
      ],
    };
  },

  // The lesson's program is always Queue(5) with no helper threads.
  inactiveParams: (p) => (variantOf(p.variant) === 'lab' ? [] : ['maxsize', 'produce', 'consume']),

  fixedParams(p) {
    return { ...p, variant: 'fixed' };
  },
};

/**
 * The Python the code panel shows and the VM runs, comments in the student's
 * language, the same line numbers in both. The lesson as written is the
 * tutorial's text (testdata/seed.py, byte for byte in zh); the fixed variant
 * changes only the three wrong statements. The lab is a small program that
 * ends in `code.interact(local=globals())`: the `>>>` prompt is CPython's own
 * `code` module, so every line typed is real Python run against the real `q`.
 */
import type { Lang } from '../../i18n/lang';
import { LESSON_MAXSIZE, LESSON_STATEMENTS, type Variant } from './lesson';

const lessonComments = {
  zh: {
    3: '# 创建队列时可以指定最大的长度  默认值是0 表示不限长度',
    4: '  # 长度最多只有5个 够5个后就开始堵塞 直到取出队列中的元素才可以放入元素',
    5: '  # 判断队列是否满了',
    7: "# 往队列里放了 'how'  block=True 表示是堵塞的，如果队列满了就进行等待",
    9: '  # 不进行等待',
    11: '  # block=True 表示是堵塞的，如果队列满了就进行等待',
  },
  en: {
    3: '# a queue can be given a maximum length; the default 0 means no limit',
    4: '  # at most 5 items: once 5 are in, put blocks until an item is taken out',
    5: '  # is the queue full?',
    7: "# put 'how' into the queue; block=True means wait if the queue is full",
    9: '  # do not wait',
    11: '  # block=True means wait if the queue is full',
  },
} as const;

const fixNotes = {
  zh: { 5: '  # 修正：q.full 是方法，加 () 才是调用', 9: '  # 修正：put_nowait(obj) 要有放入的对象', 11: '  # 修正：参数名是 timeout；用 print 显示取到的值' },
  en: { 5: '  # fixed: q.full is a method; () calls it', 9: '  # fixed: put_nowait(obj) needs the object to put', 11: '  # fixed: the keyword is timeout; print shows what get returned' },
} as const;

function lessonSource(fixed: boolean, lang: Lang): string {
  const c = lessonComments[lang];
  const f = fixNotes[lang];
  const lines = ['import multiprocessing', 'q=multiprocessing.Queue()', c[3], `q=multiprocessing.Queue(${LESSON_MAXSIZE})${c[4]}`, '', '', c[7], '', '', '', ''];
  for (const s of LESSON_STATEMENTS) {
    const note = fixed && s.seed !== s.fixed ? f[s.line as keyof typeof f] : (c[s.line as keyof typeof c] ?? '');
    lines[s.line - 1] = `${fixed ? s.fixed : s.seed}${note}`;
  }
  return `${lines.join('\n')}\n`;
}

const labComments = {
  zh: {
    off: '# 间隔为 0：这个线程不启动',
    daemon: '# 守护线程：退出交互模式（exit()）时程序就结束',
    repl: '# 主线程进入交互模式：面板里的每个按钮，都是在 >>> 后面输入的一行 Python',
  },
  en: {
    off: '# interval 0: this thread is not started',
    daemon: '# daemon threads: leaving the prompt (exit()) ends the program',
    repl: '# the main thread goes interactive: every button in the panel types one line of Python at >>>',
  },
} as const;

export interface LabTemplate {
  maxsize: number;
  produce: number;
  consume: number;
  lang: Lang;
}

/** The lab: `q`, a producer and a consumer (each off at interval 0: its start line commented out, so no line moves), then `>>>`. */
function labSource(o: LabTemplate): string {
  const c = labComments[o.lang];
  const start = (target: string, on: boolean): string => {
    const code = `threading.Thread(target=${target},name='${target}',daemon=True).start()`;
    return on ? code : `# ${code}  ${c.off}`;
  };
  return [
    'import code',
    'import multiprocessing',
    'import threading',
    'import time',
    '',
    `q=multiprocessing.Queue(${o.maxsize})`,
    '',
    'def producer():',
    '    i=0',
    '    while True:',
    `        time.sleep(${o.produce})`,
    "        q.put(f'item{i}')",
    "        print(f'put item{i}')",
    '        i+=1',
    '',
    'def consumer():',
    '    while True:',
    `        time.sleep(${o.consume})`,
    '        item=q.get()',
    "        print(f'got {item}')",
    '',
    c.daemon,
    start('producer', o.produce > 0),
    start('consumer', o.consume > 0),
    c.repl,
    'code.interact(local=globals())',
    '',
  ].join('\n');
}

export function boundedQueueSource(o: LabTemplate & { variant: Variant }): string {
  if (o.variant === 'lab') return labSource(o);
  return lessonSource(o.variant === 'fixed', o.lang);
}

/** The line of `code.interact(…)` in the lab: where the main thread waits for each typed line. */
export const LAB_INTERACT_LINE = 26;

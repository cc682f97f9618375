/**
 * The Python source the code panel shows for each variant, comments in the
 * student's language, the same line numbers in both (see lines.ts).
 */
import type { Lang } from '../../i18n/lang';
import { LESSON_MAXSIZE, LESSON_STATEMENTS, type Variant } from './lines';

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

/** The lesson's queue is always Queue(5), as the tutorial writes it. */
function lessonSource(fixed: boolean, lang: Lang): string {
  const c = lessonComments[lang];
  const f = fixNotes[lang];
  const lines = ['import multiprocessing', 'q=multiprocessing.Queue()', c[3], `q=multiprocessing.Queue(${LESSON_MAXSIZE})${c[4]}`, '', '', c[7], '', '', '', ''];
  for (const s of LESSON_STATEMENTS) {
    const note = fixed && s.seed !== s.fixed ? f[s.line as keyof typeof f] : (c[s.line as keyof typeof c] ?? '');
    lines[s.line - 1] = `${fixed ? s.fixed : s.seed}${note}`;
  }
  return lines.join('\n');
}

function num(n: number): string {
  return String(n);
}

function labSource(o: { maxsize: number; produce: number; consume: number; lang: Lang }): string {
  const c =
    o.lang === 'zh'
      ? {
          off: '  # 间隔为 0：这个线程不启动',
          repl: '# 主线程进入交互模式：你在实验面板里按的每个按钮，就是在 >>> 后面输入的一行',
        }
      : {
          off: '  # interval 0: this thread is not started',
          repl: '# the main thread goes interactive: every button you press is a line typed at >>>',
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
    `        time.sleep(${num(o.produce)})`,
    "        q.put(f'item{i}')",
    "        print(f'put item{i}')",
    '        i+=1',
    '',
    'def consumer():',
    '    while True:',
    `        time.sleep(${num(o.consume)})`,
    '        item=q.get()',
    "        print(f'got {item}')",
    '',
    `threading.Thread(target=producer,name='producer').start()${o.produce > 0 ? '' : c.off}`,
    `threading.Thread(target=consumer,name='consumer').start()${o.consume > 0 ? '' : c.off}`,
    c.repl,
    "code.interact(local={'q': q})",
  ].join('\n');
}

export function boundedQueueSource(o: { variant: Variant; maxsize: number; produce: number; consume: number; lang: Lang }): string {
  if (o.variant === 'lab') return labSource(o);
  return lessonSource(o.variant === 'fixed', o.lang);
}

/**
 * The process queue's Python as the code panel shows it and the VM runs it:
 * the tutorial's text (section 进程间通信, `testdata/tutorial.py` byte for
 * byte with the tutorial's numbers, its blank line of spaces included), the
 * count and both sleeps as the numbers in the text. The tutorial has no
 * comments here, so neither language adds any: the text is the same in both.
 */
/** Lines of the put() and the get() in the lesson's text: they tell the queue view which call a blocked process is in. */
export const PQ_LINES = { put: 9, get: 14 } as const;

export interface ProcessQueueTemplate {
  count: number;
  produce: number;
  consume: number;
}

export function processQueueSource(o: ProcessQueueTemplate): string {
  return `${[
    'import os',
    'import multiprocessing',
    'import time',
    '',
    'def produce(x):',
    `    for i in range(${o.count}):`,
    `        time.sleep(${o.produce})`,
    "        print(f'生产了++++++++++pid {os.getpid()}  {i}')",
    "        x.put(f'pid {os.getpid()} {i}')",
    '        ',
    'def consumer(x):',
    `    for i in range(${o.count}):`,
    `        time.sleep(${o.consume})`,
    "        print(f'消费了---------- {x.get()}')",
    '',
    "if __name__ == '__main__':",
    '    q=multiprocessing.Queue()',
    '    p1=multiprocessing.Process(target=produce,args=(q,))',
    '    c2=multiprocessing.Process(target=consumer ,args=(q,))',
    '    p1.start()',
    '    c2.start()',
  ].join('\n')}\n`;
}

/**
 * A control moved while the program is edited: `count` rewrites both
 * `range(N)`, `produce`/`consume` the sleep in that function; null when the
 * text no longer has it.
 */
export function rebindProcessQueue(code: string, key: string, value: number): string | null {
  if (key === 'count') {
    const re = /(^\s+for i in range\()\d+(\):)/gm;
    return re.test(code) ? code.replace(new RegExp(re.source, re.flags), `$1${value}$2`) : null;
  }
  const fn = key === 'produce' ? 'produce' : key === 'consume' ? 'consumer' : null;
  if (!fn) return null;
  // The first time.sleep(...) after `def <fn>(`: that function's own.
  const re = new RegExp(`(def ${fn}\\([^\\n]*\\n(?:[^\\n]*\\n)*?\\s+time\\.sleep\\()[\\d.]+\\)`);
  return re.test(code) ? code.replace(re, `$1${value})`) : null;
}

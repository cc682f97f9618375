/**
 * The thread-pool program, the text the code panel shows and the VM runs: the
 * lesson's (section 线程池) with a simulated download in `down_ts` and the
 * results read back, so the order `map` gives them in can be seen.
 */
import type { Lang } from '../../i18n/lang';
import { MAX_DELAY, MIN_DELAY, type DownloadTasks } from './tasks';

/** A float literal as Python writes it (`1` is `1.0`). */
function pyFloat(x: number): string {
  return Number.isInteger(x) ? `${x}.0` : String(x);
}

const comments = {
  zh: {
    max: (n: number) => `# 线程数上限：有任务才启动线程，最多 ${n} 个`,
    seed: (s: number) => `# seed=${s}：每次运行的耗时都一样`,
    fixed: '# 固定耗时',
    delays: '# 模拟每个网址的下载耗时（秒）',
    sleep: '# 模拟下载',
  },
  en: {
    max: (n: number) => `# an upper bound: threads start as tasks arrive, at most ${n}`,
    seed: (s: number) => `# seed=${s}: the same times on every run`,
    fixed: '# the same time for every URL',
    delays: '# simulated download time per URL (s)',
    sleep: '# simulated download',
  },
} as const;

export function threadPoolSource(t: DownloadTasks, lang: Lang): string {
  const c = comments[lang];
  const asCompleted = t.mode === 'as_completed';
  const lines = [
    asCompleted ? 'from concurrent.futures import ThreadPoolExecutor, as_completed' : 'from concurrent.futures.thread import ThreadPoolExecutor',
    'import random',
    'import time',
    '',
    `_ThreadPool_max_workers=${t.maxWorkers}  ${c.max(t.maxWorkers)}`,
    `url_list=[${t.urls.map((u) => `'${u}'`).join(',')}]`,
    t.random ? `random.seed(${t.seed})  ${c.seed(t.seed)}` : c.fixed,
    t.random
      ? `delays={url: random.uniform(${pyFloat(MIN_DELAY)}, ${MAX_DELAY}) for url in url_list}  ${c.delays}`
      : `delays={url: ${pyFloat(t.fixed)} for url in url_list}  ${c.delays}`,
    '',
    'def down_ts(url):',
    '    print(url)',
    `    time.sleep(delays[url])  ${c.sleep}`,
    '    return url',
    '',
    'def multi_threaded_download(url_list):',
    '    with ThreadPoolExecutor(max_workers=_ThreadPool_max_workers) as executor:',
    ...(asCompleted
      ? ['        futures=[executor.submit(down_ts, url) for url in url_list]', '        for future in as_completed(futures):', "            print('done', future.result())"]
      : ['        for url in executor.map(down_ts, url_list):', "            print('done', url)"]),
    '',
    'multi_threaded_download(url_list)',
  ];
  return `${lines.join('\n')}\n`;
}

/** `_ThreadPool_max_workers=N` in an edited program: the slider rewrites that number and nothing else. */
const MAX_WORKERS_LINE = /^_ThreadPool_max_workers\s*=\s*\d+/m;

export function rebindMaxWorkers(code: string, n: number): string | null {
  return MAX_WORKERS_LINE.test(code) ? code.replace(MAX_WORKERS_LINE, `_ThreadPool_max_workers=${n}`) : null;
}

/**
 * The program of the lesson 多线程与多进程的使用 (the tutorial states the rule and
 * shows no code, so this is ours): one job done by one thread, then by N
 * threads, then by N processes, each timed by the program itself. CPU work
 * counts primes in plain loops (every iteration a point where the GIL can
 * change hands); IO work sleeps as a request waits. It runs on the VM as shown.
 */
import type { Lang } from '../../i18n/lang';

export type Work = 'cpu' | 'io';

export interface GilSourceOptions {
  work: Work;
  workers: number;
  limit: number;
  requests: number;
  latency: number;
  freethreaded: boolean;
}

type Row = [text: string];

function rows(o: GilSourceOptions, lang: Lang): Row[] {
  const zh = lang === 'zh';
  const c = (z: string, e: string): string => `  # ${zh ? z : e}`;
  const interpreter = o.freethreaded
    ? c('用 python3.13t 运行：自由线程版，没有 GIL', 'run with python3.13t: free-threaded, no GIL')
    : c('用 python3 运行：每个进程有一把 GIL', 'run with python3: one GIL per process');
  const head: Row[] = [['import multiprocessing' + interpreter], ['import threading'], ['import time'], ['']];
  const job: Row[] =
    o.work === 'cpu'
      ? [
          [`LIMIT = ${o.limit}` + c('数一数 LIMIT 以下有多少个质数：纯 CPU 计算', 'count the primes below LIMIT: pure CPU work')],
          ['CHUNK = 1000'],
          [`N = ${o.workers}` + c('线程数 / 进程数', 'threads / processes')],
          [''],
          ['def is_prime(k):'],
          ['    if k < 2:'],
          ['        return False'],
          ['    d = 2'],
          ['    while d * d <= k:'],
          ['        if k % d == 0:'],
          ['            return False'],
          ['        d += 1'],
          ['    return True'],
          [''],
          ['def work(i, n):'],
          ['    found = 0'],
          ['    for lo in range(i * CHUNK, LIMIT, n * CHUNK):' + c('第 i、i+n、i+2n… 块', 'chunks i, i+n, i+2n…')],
          ['        for k in range(lo, min(lo + CHUNK, LIMIT)):'],
          ['            if is_prime(k):'],
          ['                found += 1'],
          ["    print(f'work({i}, {n}) found {found} primes')"],
        ]
      : [
          [`REQUESTS = ${o.requests}`],
          [`LATENCY = ${o.latency}` + c('每个请求等服务器回应的秒数：IO，不占 CPU', 'seconds each request waits for the server: IO, no CPU')],
          [`N = ${o.workers}` + c('线程数 / 进程数', 'threads / processes')],
          [''],
          ['def work(i, n):'],
          ['    done = 0'],
          ['    for r in range(i, REQUESTS, n):'],
          ['        time.sleep(LATENCY)' + c('等待时释放 GIL', 'the GIL is released while waiting')],
          ['        done += 1'],
          ["    print(f'work({i}, {n}) fetched {done} pages')"],
        ];
  const rest: Row[] = [
    [''],
    ['def timed(Worker, n):'],
    ['    workers = [Worker(target=work, args=(i, n)) for i in range(n)]'],
    ['    start = time.time()'],
    ['    for w in workers:'],
    ['        w.start()'],
    ['    for w in workers:'],
    ['        w.join()'],
    ['    return time.time() - start'],
    [''],
    ["if __name__ == '__main__':"],
    ['    start = time.time()'],
    ['    work(0, 1)' + c('一个线程做完全部工作', 'one thread does the whole job')],
    ['    t1 = time.time() - start'],
    [
      '    tt = timed(threading.Thread, N)' +
        (o.freethreaded ? c('N 个线程：没有 GIL，可以同时计算', 'N threads: no GIL, they can compute at once') : c('N 个线程共用一把 GIL', 'N threads share one GIL')),
    ],
    ['    tp = timed(multiprocessing.Process, N)' + c('N 个进程：各有自己的 GIL', 'N processes: each has its own GIL')],
    ["    print(f'1 thread: {t1:.2f}s')"],
    ["    print(f'{N} threads: {tt:.2f}s, speedup {t1 / tt:.2f}x')"],
    ["    print(f'{N} processes: {tp:.2f}s, speedup {t1 / tp:.2f}x')"],
  ];
  return [...head, ...job, ...rest];
}

export function gilSource(o: GilSourceOptions, lang: Lang): string {
  return rows(o, lang)
    .map((r) => r[0])
    .join('\n');
}

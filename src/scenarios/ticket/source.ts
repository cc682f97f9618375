/**
 * The ticket sellers' Python program as the code panel shows it: the
 * tutorial's text (section 多个线程可以共用一个全局变量), comments in the
 * student's language, the same line numbers in both (see lines.ts).
 */
import type { Lang } from '../../i18n/lang';

const comments = {
  zh: {
    global: '# 定义全局变量 ticket',
    lock: '# 创建锁',
    acquire: '# 加锁 阻止另外的线程进入 修改全局变量',
    release: '# 事件完成之后开锁',
    fix: '# 修正：离开前也要开锁',
    create: (n: number) => `# 创建${n === 2 ? '两' : n}个线程`,
  },
  en: {
    global: '# the global variable ticket',
    lock: '# create the lock',
    acquire: '# take the lock so no other thread changes the global',
    release: '# done: open the lock',
    fix: '# fixed: open the lock before leaving too',
    create: (n: number) => `# create ${n} thread${n === 1 ? '' : 's'}`,
  },
} as const;

export function ticketSource(opts: { tickets: number; sellers: number; fixed: boolean; lang: Lang }): string {
  const c = comments[opts.lang];
  const lines = [
    'import threading',
    'import time',
    '',
    c.global,
    `ticket=${opts.tickets}`,
    c.lock,
    'lock=threading.Lock()',
    'def sell_ticket():',
    '    global ticket',
    '    while True:',
    `        ${c.acquire}`,
    '        lock.acquire()',
    '        if ticket>0:',
    '            time.sleep(1)',
    '            ticket-=1',
    `            ${c.release}`,
    '            lock.release()',
    "            print('{}卖出一张，剩{} 张'.format(threading.current_thread().name,ticket))",
    '        else:',
    ...(opts.fixed ? [`            lock.release()  ${c.fix}`] : []),
    "            print('no ticket!')",
    '            break',
    c.create(opts.sellers),
  ];
  for (let i = 1; i <= opts.sellers; i++) {
    lines.push(`t${i}=threading.Thread(target=sell_ticket,name='线程${i}')`);
  }
  for (let i = 1; i <= opts.sellers; i++) lines.push(`t${i}.start()`);
  return lines.join('\n');
}

/**
 * The ticket sellers' Python program, the text the code panel shows and the
 * VM runs: the tutorial's program (section 多个线程可以共用一个全局变量),
 * comments in the student's language, its parameters bound to the text
 * (`ticket=20`, one `t<i>=threading.Thread(…)` per seller). The lesson as
 * written is `e2e/fixtures/seed_ticket.py` line for line; the fixed variant
 * adds one `lock.release()` before the `else` branch leaves; with the lock
 * off its lines are commented out, so every line number stays where it was.
 */
import type { Lang } from '../../i18n/lang';

const comments = {
  zh: {
    global: '# 定义全局变量 ticket',
    lock: '# 创建锁',
    acquire: '# 加锁 阻止另外的线程进入 修改全局变量',
    release: '# 事件完成之后开锁',
    fix: '# 修正：离开前也要开锁',
    off: '# 锁已关闭',
    create: (n: number) => `# 创建${n === 2 ? '两' : n}个线程`,
  },
  en: {
    global: '# the global variable ticket',
    lock: '# create the lock',
    acquire: '# take the lock so no other thread changes the global',
    release: '# done: open the lock',
    fix: '# fixed: open the lock before leaving too',
    off: '# lock off',
    create: (n: number) => `# create ${n} thread${n === 1 ? '' : 's'}`,
  },
} as const;

export interface TicketTemplate {
  tickets: number;
  sellers: number;
  fixed: boolean;
  lock: boolean;
  lang: Lang;
}

export function ticketSource(o: TicketTemplate): string {
  const c = comments[o.lang];
  // A lock line with the lock off: still there to read, but a comment, so it does not run.
  const lk = (code: string, note = ''): string => (o.lock ? `${code}${note ? `  ${note}` : ''}` : `# ${code}  ${c.off}`);
  const lines = [
    'import threading',
    'import time',
    '',
    c.global,
    `ticket=${o.tickets}`,
    c.lock,
    'lock=threading.Lock()',
    'def sell_ticket():',
    '    global ticket',
    '    while True:',
    `        ${c.acquire}`,
    `        ${lk('lock.acquire()')}`,
    '        if ticket>0:',
    '            time.sleep(1)',
    '            ticket-=1',
    `            ${c.release}`,
    `            ${lk('lock.release()')}`,
    "            print('{}卖出一张，剩{} 张'.format(threading.current_thread().name,ticket))",
    '        else:',
    ...(o.fixed ? [`            ${lk('lock.release()', c.fix)}`] : []),
    "            print('no ticket!')",
    '            break',
    c.create(o.sellers),
  ];
  for (let i = 1; i <= o.sellers; i++) lines.push(`t${i}=threading.Thread(target=sell_ticket,name='线程${i}')`);
  for (let i = 1; i <= o.sellers; i++) lines.push(`t${i}.start()`);
  return `${lines.join('\n')}\n`;
}

/** `ticket=N` in an edited program: the tickets slider rewrites that number and nothing else. */
const TICKET_LINE = /^ticket\s*=\s*\d+/m;

export function rebindTickets(code: string, tickets: number): string | null {
  return TICKET_LINE.test(code) ? code.replace(TICKET_LINE, `ticket=${tickets}`) : null;
}

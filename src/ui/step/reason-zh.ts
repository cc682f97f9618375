/**
 * The step engine speaks English (its reasons are also test contract and
 * console text): why a thread may not move, why nobody can, what broke an
 * invariant. The page shows them in Chinese with these rules, one per sentence
 * shape the engine builds (src/python/step: session.ts, waits-for.ts,
 * invariants.ts; vm/host/idle-rule.ts). Names (threads, locks, `lock.acquire()`)
 * stay as the program spells them. A sentence no rule knows is shown as it is.
 */
import type { Lang } from '../../i18n/lang';

type Rule = [RegExp, (m: RegExpExecArray) => string];

/** What a thread waits on (`w.what` in the VM), in words. */
function what(w: string): string {
  const sleep = /^time\.sleep\(\) until t=([\d.e+-]+) s \(time moves on when every thread waits\)$/.exec(w);
  if (sleep) return `time.sleep()，直到 t=${sleep[1]} 秒（所有线程都在等时，时间才往前走）`;
  if (w === 'nothing it can get') return '它拿不到的东西';
  if (w === 'the end of the other threads') return '其他线程结束';
  const join = /^join (process )?(.+)$/.exec(w);
  if (join) return join[1] ? `join 进程 ${join[2]}` : `join ${join[2]}（等它结束）`;
  return w;
}

const RULES: Rule[] = [
  [/^step (\d+): thread (\S+) cannot move: (.+)$/s, (m) => `第 ${Number(m[1]) + 1} 步：线程 ${m[2]} 不能走：${zhReason(m[3] ?? '')}`],
  [/^'(.)' names no lane \(0-9, a-z\)$/, (m) => `“${m[1]}”不是任何线程的编号（0–9，a–z）`],
  [/^the GIL: CPython 3\.12 switches only at calls, backward jumps and blocking calls \((.+) holds it\)$/, (m) => `GIL：CPython 3.12 只在函数调用、向后跳转和阻塞调用处切换线程（现在 ${m[1]} 拿着 GIL）`],
  [/^blocked on (.+)$/s, (m) => `阻塞在 ${what(m[1] ?? '')}`],
  [/^the program has finished$/, () => '程序已经结束'],
  [/^no such thread$/, () => '没有这个线程'],
  [/^it cannot move$/, () => '它现在不能走'],
  [/^(.+) has finished$/, (m) => `${m[1]} 已经结束`],
  // waits-for.ts: why nobody can move.
  [/^a cycle: (.+)\. Nobody in it can let go\.$/s, (m) => `有环：${(m[1] ?? '').split('; ').map(waitPart).join('；')}。环里谁也放不开手。`],
  [/^(.+); nobody left can wake them(?: \((.+) finished\))?\.$/s, (m) => `${(m[1] ?? '').split('; ').map(waitPart).join('；')}；没有谁能叫醒它们${m[2] ? `（${m[2]} 已经结束）` : ''}。`],
  // vm/host/idle-rule.ts: the deadlock line.
  [/^deadlock: every thread is blocked with nothing left to wake it: (.+?)\n?$/s, (m) => `死锁：每个线程都阻塞了，没有谁能叫醒它们：${(m[1] ?? '').split('; ').map(waitPart).join('；')}`],
  // invariants.ts: what broke.
  [/^(\S+) went below zero \((.+)\): a ticket was sold that did not exist$/, (m) => `${m[1]} 变成了负数（${m[2]}）：卖出了一张并不存在的票`],
  [/^(\S+) was stored as (.+) again: two sellers sold the same ticket$/, (m) => `${m[1]} 又一次被存成 ${m[2]}：两个售票员卖出了同一张票`],
  [/^(\S+) went below zero \((.+)\)$/, (m) => `${m[1]} 变成了负数（${m[2]}）`],
  [/^(\S+) ended as (.+), not (.+): an update was lost$/, (m) => `${m[1]} 最后是 ${m[2] === 'unbound' ? '未定义' : m[2]}，而不是 ${m[3]}：丢失了一次更新`],
  [/^the output matched \/(.+)\/$/s, (m) => `输出里出现了 /${m[1]}/`],
  // noException: Python's own last traceback line, which stays Python's.
  [/^(\w+(?:Error|Exception|Exit|Interrupt)(?::.*)?)$/s, (m) => `一个线程因未捕获的异常结束：${m[1]}`],
];

/** One "X waits for Y" clause of waits-for.ts or the deadlock line. */
function waitPart(p: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(.+) waits for (.+) to end$/.exec(p))) return `${m[1]} 在等 ${m[2]} 结束`;
  if ((m = /^(.+) waits for (.+), which it holds itself$/.exec(p))) return `${m[1]} 在等 ${m[2]}，而这把锁就在它自己手里`;
  if ((m = /^(.+) waits for (.+), held by nobody$/.exec(p))) return `${m[1]} 在等 ${m[2]}，没有人拿着它`;
  if ((m = /^(.+) waits for (.+), held by (.+)$/.exec(p))) return `${m[1]} 在等 ${m[2]}，它在 ${m[3]} 手里`;
  if ((m = /^(.+) waits on (.+), held by (.+), which has finished$/.exec(p))) return `${m[1]} 在等 ${m[2]}，它在 ${m[3]} 手里，而 ${m[3]} 已经结束`;
  if ((m = /^(.+) waits on (.+)$/.exec(p))) return `${m[1]} 在等 ${what(m[2] ?? '')}`;
  return p;
}

export function zhReason(text: string): string {
  for (const [re, to] of RULES) {
    const m = re.exec(text);
    if (m) return to(m);
  }
  return text;
}

/** An engine sentence in the page's language. */
export function reasonIn(lang: Lang, text: string): string {
  return lang === 'zh' ? zhReason(text) : text;
}

/**
 * The generic outcome of any Python program, from what the VM reported:
 * threads and processes with their lifetimes, exit status, uncaught
 * exceptions, final values of module globals, time blocked on each lock and
 * queue. Used by "Your program"; a lesson's own analysis can fall back to it.
 */
import type { VmFacts } from '../../trace/vm-trace';
import type { Outcome } from '../scenario';
import type { RunStatus } from '../../engine/driver';

/** Seconds with two decimals, as the console shows times. */
export function secs(t: number): string {
  return `${(Math.round(t * 100) / 100).toFixed(2)}s`;
}

export function blockedSeconds(f: VmFacts): number {
  return f.waits.reduce((s, w) => s + (w.kind === 'other' ? 0 : w.seconds), 0);
}

export function genericOutcome(f: VmFacts, status: RunStatus): Outcome {
  const exc = f.exceptions.length;
  const blocked = blockedSeconds(f);
  const data: Record<string, string> = {
    'exit-status': f.exitStatus === null ? '' : String(f.exitStatus),
    threads: String(f.threads.length),
    processes: String(f.processes.length),
    exceptions: String(exc),
    deadlock: status === 'deadlock' ? 'true' : 'false',
    'blocked-seconds': blocked.toFixed(3),
    globals: f.globals.map((g) => `${g.name}=${g.value}`).join(';'),
  };
  const figures: Outcome['figures'] = [
    { key: 'exit', label: { zh: '退出状态', en: 'Exit status' }, value: f.exitStatus ?? '—', tone: f.exitStatus === 0 ? 'good' : 'bad' },
    { key: 'threads', label: { zh: '线程', en: 'Threads' }, value: f.threads.length },
    { key: 'processes', label: { zh: '进程', en: 'Processes' }, value: f.processes.length },
    { key: 'exceptions', label: { zh: '未捕获的异常', en: 'Uncaught exceptions' }, value: exc, tone: exc > 0 ? 'bad' : undefined },
    { key: 'blocked', label: { zh: '等锁/队列共计', en: 'Blocked on locks/queues' }, value: secs(blocked) },
  ];
  if (status === 'deadlock') {
    return { data, figures, vmDetails: 'open', tone: 'bad', verdict: { zh: '死锁：每个线程都在等，没有谁能唤醒它们。', en: 'Deadlock: every thread waits, and nothing is left to wake them.' } };
  }
  if (f.exitStatus !== 0) {
    const last = f.exceptions.at(-1);
    const what = last ? last.summary : '';
    return {
      data,
      figures,
      vmDetails: 'open',
      tone: 'bad',
      verdict: {
        zh: `程序以退出状态 ${f.exitStatus ?? '?'} 结束${what ? `：${what}` : ''}。`,
        en: `The program ended with exit status ${f.exitStatus ?? '?'}${what ? `: ${what}` : ''}.`,
      },
    };
  }
  if (exc > 0) {
    const names = [...new Set(f.exceptions.map((e) => e.thread))].join(', ');
    return {
      data,
      figures,
      vmDetails: 'open',
      tone: 'bad',
      verdict: {
        zh: `程序正常结束（退出状态 0），但有异常在线程 ${names} 里未被捕获，那个线程因此提前结束。`,
        en: `The program ended normally (exit status 0), but an exception escaped in ${names}, which ended that thread early.`,
      },
    };
  }
  return { data, figures, vmDetails: 'open', tone: 'good', verdict: { zh: '程序正常结束，退出状态 0。', en: 'The program ended normally, exit status 0.' } };
}

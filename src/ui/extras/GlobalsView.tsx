/**
 * Threads and processes side by side (scenario globals): for each worker the
 * values of `n` it wrote, for each process its own `n`. Left, the threads all
 * write into the main process's one `n`; right, each child process counts in
 * its own copy. Live while the run goes, final values once it ends.
 */
import type { Lang } from '../../i18n/lang';
import { fmt } from '../../i18n/lang';
import { isOver, useLab } from '../../store/lab-store';
import { type ProcessValue, type WorkerSeen, processValues, workersSeen } from '../../scenarios/globals/facts';
import { N_START, globalsPlan } from '../../scenarios/globals/scenario';
import { threadInk } from '../palette';
import './process-views.css';

const S = {
  zh: {
    threads: '线程',
    threadsSub: '同一个进程，共用一个 n',
    processes: '子进程',
    processesSub: '每个进程有自己的 n',
    seen: '写下的值',
    none: '（还没有）',
    more: (n: number) => `…前面还有 ${n} 个`,
    note: 'n 在每个进程里都从 {s} 开始。线程的 +1 都加在主进程的同一个 n 上；子进程的 +1 只加在自己的拷贝上，主进程看不到。',
  },
  en: {
    threads: 'Threads',
    threadsSub: 'one process, one shared n',
    processes: 'Child processes',
    processesSub: 'each process has its own n',
    seen: 'values written',
    none: '(none yet)',
    more: (n: number) => `…${n} earlier`,
    note: 'n starts at {s} in every process. The threads’ +1s all land on the main process’s one n; a child’s +1s land on its own copy, which the main process never sees.',
  },
} as const;

/** Enough values to read the pattern; the rest are counted, not listed. */
const SHOWN = 12;

function Seen({ w, lang }: { w: WorkerSeen; lang: Lang }) {
  const s = S[lang];
  const hidden = Math.max(0, w.seen.length - SHOWN);
  return (
    <div className="gview-worker" data-worker={w.name} data-seen={w.seen.join(',')}>
      <span className="gview-worker-name" style={{ color: threadInk(w.worker) }}>
        {w.kind === 'process' ? 'MainThread' : w.name}
      </span>
      {w.seen.length === 0 ? (
        <span className="gview-more">{s.none}</span>
      ) : (
        <ol className="gview-seen" aria-label={`${w.name}: ${s.seen}`}>
          {hidden > 0 ? <li className="gview-more">{s.more(hidden)}</li> : null}
          {w.seen.slice(-SHOWN).map((v, i) => (
            <li key={i}>{v}</li>
          ))}
        </ol>
      )}
    </div>
  );
}

function ProcessCard({ p, workers, lang }: { p: ProcessValue; workers: WorkerSeen[]; lang: Lang }) {
  return (
    <div className="gview-proc" data-process-name={p.name} data-n={p.value}>
      <div className="gview-proc-head">
        <span className="gview-proc-name">{p.name}</span>
        <span className="gview-sub">pid {p.pid}</span>
        <span className="gview-n" data-final={p.final}>
          n = {p.value}
        </span>
      </div>
      {workers.map((w) => (
        <Seen key={w.worker} w={w} lang={lang} />
      ))}
    </div>
  );
}

export function GlobalsView() {
  const lang = useLab((s) => s.lang);
  const params = useLab((s) => s.params);
  const trace = useLab((s) => s.trace);
  const status = useLab((s) => s.status);
  const report = useLab((s) => s.report);
  useLab((s) => s.traceVersion);
  const s = S[lang];
  const plan = globalsPlan(params);
  const seen = workersSeen(plan, trace);
  const values = processValues(plan, trace, N_START, isOver(status) && report ? report.globalsByProcess : null);
  const main = values.find((v) => v.process === 0);
  const children = values.filter((v) => v.process > 0);
  return (
    <div className="gview" data-testid="globals-view">
      <section className="gview-side" aria-label={s.threads}>
        <h3>
          {s.threads} <span className="gview-sub">· {s.threadsSub}</span>
        </h3>
        {main ? (
          <ProcessCard
            p={main}
            workers={seen.filter((w) => w.kind === 'thread')}
            lang={lang}
          />
        ) : null}
      </section>
      <section className="gview-side" aria-label={s.processes}>
        <h3>
          {s.processes} <span className="gview-sub">· {s.processesSub}</span>
        </h3>
        {children.map((p) => (
          <ProcessCard key={p.process} p={p} workers={seen.filter((w) => w.process === p.process)} lang={lang} />
        ))}
      </section>
      <p className="gview-note">{fmt(s.note, { s: N_START })}</p>
    </div>
  );
}

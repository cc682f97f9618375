/**
 * Threads and processes side by side (scenario globals): for each thread the
 * values of `n` it stored, for each process its own `n`, from the VM's stores
 * to `n`. One side, the threads all write into the main process's one `n`; the
 * other, each child process counts in its own copy. Live while the run goes,
 * final values once each process has ended; before a run, the lesson's plan.
 */
import type { Lang } from '../../i18n/lang';
import { fmt } from '../../i18n/lang';
import { useLab } from '../../store/lab-store';
import { type LaneSeen, type ProcessN, processNs } from '../../scenarios/globals/analysis';
import { N_START, globalsLanes } from '../../scenarios/globals/scenario';
import type { ParamValues } from '../../scenarios/types';
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

function Seen({ w, lang }: { w: LaneSeen; lang: Lang }) {
  const s = S[lang];
  const hidden = Math.max(0, w.seen.length - SHOWN);
  // A child's lane is named for its process; the thread in it is that process's MainThread.
  const thread = /^Process-[\d:]+$/.test(w.name) ? 'MainThread' : w.name;
  return (
    <div className="gview-worker" data-worker={w.name} data-seen={w.seen.join(',')}>
      <span className="gview-worker-name" style={w.lane >= 0 ? { color: threadInk(w.lane) } : undefined}>
        {thread}
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

function ProcessCard({ p, lang }: { p: ProcessN; lang: Lang }) {
  return (
    <div className="gview-proc" data-process-name={p.name} data-n={Number.isFinite(p.value) ? p.value : undefined}>
      <div className="gview-proc-head">
        <span className="gview-proc-name">{p.name}</span>
        <span className="gview-sub">pid {p.pid > 0 ? p.pid : '—'}</span>
        <span className="gview-n" data-final={p.final}>
          n = {Number.isFinite(p.value) ? p.value : '?'}
        </span>
      </div>
      {p.lanes.map((w) => (
        <Seen key={w.name} w={w} lang={lang} />
      ))}
    </div>
  );
}

/** Before a run: the main process with its threads and the children the lesson starts, n as the program binds it. */
function planned(params: ParamValues): ProcessN[] {
  const lanes = globalsLanes(params);
  const threads = lanes.filter((l) => l.process === 0 && l.name !== 'MainThread').map((l) => ({ lane: -1, name: l.name, seen: [] }));
  const main: ProcessN = { pid: 0, name: 'MainProcess', value: N_START, final: false, lanes: threads };
  return [main, ...lanes.filter((l) => l.process > 0).map((l) => ({ pid: 0, name: l.name, value: N_START, final: false, lanes: [{ lane: -1, name: l.name, seen: [] }] }))];
}

export function GlobalsView() {
  const lang = useLab((s) => s.lang);
  const params = useLab((s) => s.params);
  const facts = useLab((s) => s.vmFacts);
  useLab((s) => s.traceVersion);
  const s = S[lang];
  const ns = (facts ? processNs(facts) : null) ?? planned(params);
  const [main, ...children] = ns;
  return (
    <div className="gview" data-testid="globals-view">
      <section className="gview-side" aria-label={s.threads}>
        <h3>
          {s.threads} <span className="gview-sub">· {s.threadsSub}</span>
        </h3>
        {main ? <ProcessCard p={main} lang={lang} /> : null}
      </section>
      <section className="gview-side" aria-label={s.processes}>
        <h3>
          {s.processes} <span className="gview-sub">· {s.processesSub}</span>
        </h3>
        {children.map((p) => (
          <ProcessCard key={p.name} p={p} lang={lang} />
        ))}
      </section>
      <p className="gview-note">{fmt(s.note, { s: N_START })}</p>
    </div>
  );
}

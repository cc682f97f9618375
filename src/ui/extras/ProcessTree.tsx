/**
 * The run's processes as a tree: the main process and the children it
 * started (and theirs), each with the pid the VM gave it, what it runs, how
 * many lines it printed, and what it is doing now. Before a run it shows the
 * processes the lesson will start. Plain nested lists, so the tree reads as
 * text too; a one-sentence summary goes to screen readers.
 */
import type { Lang } from '../../i18n/lang';
import { fmt } from '../../i18n/lang';
import { ThreadState } from '../../runtime/events';
import { useLab } from '../../store/lab-store';
import { processRows } from '../../scenarios/processes/process-rows';
import type { TraceModel } from '../../trace/model';
import { threadColor } from '../palette';
import './process-views.css';

const S = {
  zh: {
    pid: 'pid',
    runs: (t: string) => `target=${t}`,
    prints: (n: number) => `打印 ${n} 行`,
    states: { new: '未启动', running: '运行中', waiting: '等待中', sleeping: '休眠', done: '已结束' },
    waitJoin: 'join()：等子进程结束',
    summary: '{main}（pid {pid}）启动了 {n} 个子进程：{children}。',
    treeLabel: '进程树',
  },
  en: {
    pid: 'pid',
    runs: (t: string) => `target=${t}`,
    prints: (n: number) => `${n} printed`,
    states: { new: 'not started', running: 'running', waiting: 'waiting', sleeping: 'sleeping', done: 'finished' },
    waitJoin: 'in join(): waiting for a child to end',
    summary: '{main} (pid {pid}) started {n} child processes: {children}.',
    treeLabel: 'Process tree',
  },
} as const;

type StateKey = keyof (typeof S)['en']['states'];

function stateKey(s: ThreadState): StateKey {
  switch (s) {
    case ThreadState.New:
      return 'new';
    case ThreadState.Sleeping:
      return 'sleeping';
    case ThreadState.WaitingLock:
    case ThreadState.WaitingQueue:
    case ThreadState.Joining:
    case ThreadState.WaitingEvent:
      return 'waiting';
    case ThreadState.Done:
      return 'done';
    default:
      return 'running';
  }
}

interface Node {
  /** Its MainThread's lane (its colour), -1 before it runs. */
  worker: number;
  name: string;
  /** 0 before the VM made it. */
  pid: number;
  ppid: number;
  target: string;
  prints: number;
  state: StateKey;
  /** Its MainThread waits in join() (multiprocessing waits so for its children at exit too). */
  joining: boolean;
}

/** `Process(target=NAME` in the program, in the order the objects are made: Process-1's target first. */
function targetsIn(code: string): string[] {
  return [...code.matchAll(/\bProcess\(\s*target\s*=\s*([A-Za-z_]\w*)/g)].map((m) => m[1] ?? '');
}

/** Its lane waits in a join of one of the processes (a join's slot is named for what it joins). */
function joining(trace: TraceModel, worker: number, processes: ReadonlySet<string>): boolean {
  const lane = trace.lanes[worker];
  const last = lane?.spans[lane.spans.length - 1];
  if (!lane || !last || lane.state !== ThreadState.Joining || last.state !== ThreadState.Joining) return false;
  return processes.has(trace.lockNames?.[last.on - 1] ?? '');
}

function NodeRow({ node, lang }: { node: Node; lang: Lang }) {
  const s = S[lang];
  return (
    <div className="ptree-node" data-process={node.name} data-pid={node.pid || undefined}>
      <span className="ptree-swatch" style={{ background: node.worker >= 0 ? threadColor(node.worker) : 'transparent' }} aria-hidden="true" />
      <span className="ptree-name">{node.name}</span>
      <span className="ptree-pid">
        {s.pid} {node.pid > 0 ? node.pid : '—'}
      </span>
      {node.target !== '' ? <span className="ptree-meta">{s.runs(node.target)}</span> : null}
      <span className="ptree-meta">{s.prints(node.prints)}</span>
      <span className="ptree-state" data-state={node.state}>
        {node.joining ? s.waitJoin : s.states[node.state]}
      </span>
    </div>
  );
}

function Branch({ node, all, lang }: { node: Node; all: readonly Node[]; lang: Lang }) {
  const kids = node.pid > 0 ? all.filter((n) => n.ppid === node.pid) : node.ppid < 0 ? all.filter((n) => n.ppid === 0) : [];
  return (
    <li>
      <NodeRow node={node} lang={lang} />
      {kids.length > 0 ? (
        <ul>
          {kids.map((c) => (
            <Branch key={c.name} node={c} all={all} lang={lang} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function ProcessTree() {
  const lang = useLab((s) => s.lang);
  const scenario = useLab((s) => s.scenario);
  const params = useLab((s) => s.params);
  const trace = useLab((s) => s.trace);
  const facts = useLab((s) => s.vmFacts);
  const code = useLab((s) => s.code);
  useLab((s) => s.traceVersion);
  const targets = targetsIn(code);
  let nodes: Node[];
  if (facts && facts.processes.length > 0) {
    const rows = processRows(facts, trace);
    const names = new Set(rows.map((r) => r.name));
    const childCount = rows.filter((r) => r.ppid === rows[0]?.pid).length;
    nodes = rows.map((r, i) => {
      const worker = r.lanes[0] ?? -1;
      const lane = trace.lanes[worker];
      // The k-th child of the main process is Process-k, made by the k-th Process(...) of the text.
      const k = Number(/^Process-(\d+)$/.exec(r.name)?.[1] ?? 0);
      const target = i > 0 && k > 0 && r.ppid === rows[0]?.pid && targets.length === childCount ? (targets[k - 1] ?? '') : '';
      return { worker, name: r.name, pid: r.pid, ppid: r.ppid, target, prints: r.prints, state: Number.isFinite(r.end) ? 'done' : stateKey(lane?.state ?? ThreadState.New), joining: worker >= 0 && joining(trace, worker, names) };
    });
  } else {
    // Before a run: the processes the lesson starts (one lane each in its run spec), pids unknown yet.
    const planned = [...new Map(scenario.runSpec(params).threads.map((t) => [t.process, t] as const)).values()];
    nodes = planned.map((t, i) => ({ worker: -1, name: t.process === 0 ? 'MainProcess' : t.name, pid: 0, ppid: t.process === 0 ? -1 : 0, target: t.process === 0 ? '' : (targets[i - 1] ?? ''), prints: 0, state: 'new', joining: false }));
  }
  const root = nodes[0];
  if (!root) return null;
  const children = nodes.slice(1);
  const s = S[lang];
  const summary = fmt(s.summary, {
    main: root.name,
    pid: root.pid > 0 ? root.pid : '—',
    n: children.length,
    children: children.map((c) => `${c.name} (pid ${c.pid > 0 ? c.pid : '—'})`).join(lang === 'zh' ? '，' : ', '),
  });
  return (
    <div data-testid="process-tree">
      <p className="visually-hidden">{summary}</p>
      <ul className="ptree" aria-label={s.treeLabel}>
        <Branch node={root} all={nodes} lang={lang} />
      </ul>
    </div>
  );
}

/**
 * The run's processes as a tree: the main process and the children it
 * started, each with the pid its worker reported, what it runs, how many
 * lines it printed, and what it is doing now. Plain nested lists, so the tree
 * reads as text too; a one-sentence summary goes to screen readers.
 */
import type { Lang } from '../../i18n/lang';
import { fmt } from '../../i18n/lang';
import { ThreadState } from '../../runtime/events';
import { useLab } from '../../store/lab-store';
import { pipeKind } from '../../scenarios/processes/pipes';
import type { TraceModel } from '../../trace/model';
import { threadColor } from '../palette';
import './process-views.css';

const S = {
  zh: {
    pid: 'pid',
    runs: (t: string) => `target=${t}`,
    prints: (n: number) => `打印 ${n} 行`,
    states: { new: '未启动', running: '运行中', waiting: '等待中', sleeping: '休眠', done: '已结束' },
    waitStart: '等待 start()',
    waitJoin: 'join()：等子进程结束',
    summary: '{main}（pid {pid}）启动了 {n} 个子进程：{children}。',
    treeLabel: '进程树',
  },
  en: {
    pid: 'pid',
    runs: (t: string) => `target=${t}`,
    prints: (n: number) => `${n} printed`,
    states: { new: 'not started', running: 'running', waiting: 'waiting', sleeping: 'sleeping', done: 'finished' },
    waitStart: 'waiting for start()',
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
      return 'waiting';
    case ThreadState.Done:
      return 'done';
    default:
      return 'running';
  }
}

interface Node {
  worker: number;
  name: string;
  pid: number;
  target: string;
  prints: number;
  state: StateKey;
  /** A child that has not run a line yet waits for its parent's start(). */
  waitingStart: boolean;
  /** A parent in join(), waiting for a child's end (not a queue of the program's). */
  joining: boolean;
}

/** The pipe a lane waits on now, by name, when it waits on one. */
function waitingOn(trace: TraceModel, worker: number, queueNames: readonly string[]): string | null {
  const lane = trace.lanes[worker];
  const last = lane?.spans[lane.spans.length - 1];
  if (!lane || lane.state !== ThreadState.WaitingQueue || !last || last.state !== ThreadState.WaitingQueue) return null;
  return queueNames[last.on - 1] ?? null;
}

function nodes(
  trace: TraceModel,
  spec: { name: string; target: string; process: number; pid: number }[],
  queueNames: readonly string[],
): { main: Node[]; children: Node[] } {
  const prints = new Map<number, number>();
  for (const c of trace.console) if (c.stream === 'out') prints.set(c.worker, (prints.get(c.worker) ?? 0) + 1);
  const main: Node[] = [];
  const children: Node[] = [];
  spec.forEach((t, worker) => {
    const lane = trace.lanes[worker];
    const state = stateKey(lane?.state ?? ThreadState.New);
    const node: Node = {
      worker,
      name: t.name,
      // The pid the worker itself reported at start; the planned one until then.
      pid: lane && lane.pid > 0 ? lane.pid : t.pid,
      target: t.target,
      prints: prints.get(worker) ?? 0,
      state,
      waitingStart: pipeKind(waitingOn(trace, worker, queueNames) ?? '') === 'starting' || (t.process > 0 && state === 'waiting' && (prints.get(worker) ?? 0) === 0),
      joining: pipeKind(waitingOn(trace, worker, queueNames) ?? '') === 'joining',
    };
    (t.process === 0 ? main : children).push(node);
  });
  return { main, children };
}

function NodeRow({ node, lang }: { node: Node; lang: Lang }) {
  const s = S[lang];
  return (
    <div className="ptree-node" data-process={node.name} data-pid={node.pid}>
      <span className="ptree-swatch" style={{ background: threadColor(node.worker) }} aria-hidden="true" />
      <span className="ptree-name">{node.name}</span>
      <span className="ptree-pid">
        {s.pid} {node.pid}
      </span>
      {node.target !== 'main' ? <span className="ptree-meta">{s.runs(node.target)}</span> : null}
      <span className="ptree-meta">{s.prints(node.prints)}</span>
      <span className="ptree-state" data-state={node.state}>
        {node.waitingStart ? s.waitStart : node.joining ? s.waitJoin : s.states[node.state]}
      </span>
    </div>
  );
}

export function ProcessTree() {
  const lang = useLab((s) => s.lang);
  const scenario = useLab((s) => s.scenario);
  const params = useLab((s) => s.params);
  const trace = useLab((s) => s.trace);
  useLab((s) => s.traceVersion);
  const run = scenario.runSpec(params);
  const { main, children } = nodes(
    trace,
    run.threads,
    (run.queues ?? []).map((q) => q.name),
  );
  const root = main[0];
  if (!root) return null;
  const s = S[lang];
  const summary = fmt(s.summary, {
    main: root.name,
    pid: root.pid,
    n: children.length,
    children: children.map((c) => `${c.name} (pid ${c.pid})`).join(lang === 'zh' ? '，' : ', '),
  });
  return (
    <div data-testid="process-tree">
      <p className="visually-hidden">{summary}</p>
      <ul className="ptree" aria-label={s.treeLabel}>
        <li>
          <NodeRow node={root} lang={lang} />
          {children.length > 0 ? (
            <ul>
              {children.map((c) => (
                <li key={c.worker}>
                  <NodeRow node={c} lang={lang} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      </ul>
    </div>
  );
}

/**
 * The pool's work, live, from what the VM reported: the tasks still waiting
 * in the pool's work queue (its first queue: the k-th item put that is not
 * `None` is the k-th task submitted), and for every task which thread or
 * process ran it, when it started and when it ended (the pool's calls of the
 * task function, as task marks).
 */
import { URLS } from '../../scenarios/thread-pool/tasks';
import { queuedTasks, taskRuns } from '../../scenarios/pools/tasks';
import { useLab } from '../../store/lab-store';
import { threadInk } from '../palette';
import { ThreadState } from '../../runtime/events';
import { poolTasksStrings } from './pool-tasks-strings';
import './pool-tasks.css';

export interface PoolTasksConfig {
  /** Param holding the number of tasks. */
  countParam: string;
  defaultCount: number;
  /** How the program names task i (a URL, or the msg number). */
  label(i: number): string;
  /** Whose `None` it is: the thread executor's passed-on sentinel, or one stop signal per worker process. */
  sentinel: 'thread' | 'process';
}

const SENTINEL = 'None';

export function PoolTasks({ config }: { config: PoolTasksConfig }) {
  const lang = useLab((s) => s.lang);
  const trace = useLab((s) => s.trace);
  useLab((s) => s.traceVersion);
  const status = useLab((s) => s.status);
  const countParam = useLab((s) => s.params[config.countParam]);
  const t = poolTasksStrings[lang];
  const count = typeof countParam === 'number' ? countParam : config.defaultCount;
  const items = queuedTasks(trace).map((k) => (k === null ? SENTINEL : String(k)));
  const runs = taskRuns(trace);
  // A process that ended while its task had not returned was killed (terminate(), or it died).
  const killed = new Set(runs.filter((r) => !Number.isFinite(r.end) && trace.lanes[r.worker]?.state === ThreadState.Done).map((r) => r.worker));
  const rows = Array.from({ length: count }, (_, i) => ({ i, run: runs.find((r) => r.task === i) }));
  const fmt = (x: number) => `${x.toFixed(2)} s`;
  const queued = new Set(items);
  // What a task without a run is doing: never "queued" unless it is in the queue.
  const pending = (i: number): string =>
    status === 'idle' ? '—' : queued.has(String(i)) ? t.waiting : status === 'running' || status === 'paused' ? t.notSubmitted : t.notRun;
  const hasSentinel = items.includes(SENTINEL);

  return (
    <div className="pt" data-testid="pool-tasks" data-queued={items.filter((x) => x !== SENTINEL).length}>
      <p className="pt-label">{t.queued}</p>
      <ul className="pt-queue" aria-label={t.queued}>
        {items.length === 0 ? <li className="pt-muted">{status === 'idle' ? t.notStarted : t.none}</li> : null}
        {items.map((x, k) =>
          x === SENTINEL ? (
            <li key={k} className="pt-chip is-sentinel" aria-describedby="pt-sentinel-note">
              None
            </li>
          ) : (
            <li key={k} className="pt-chip">
              {x}
            </li>
          ),
        )}
      </ul>
      {hasSentinel ? (
        <p className="pt-note" id="pt-sentinel-note" data-testid="pool-sentinel-note">
          {config.sentinel === 'thread' ? t.sentinel : t.sentinelProcess}
        </p>
      ) : null}
      <div className="pt-table-wrap" tabIndex={0} role="region" aria-label={t.table}>
        <table className="pt-table">
          <thead>
            <tr>
              <th>{t.task}</th>
              <th>{t.ranBy}</th>
              <th>{t.started}</th>
              <th>{t.ended}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ i, run }) => (
              <tr key={i} data-pool-task={i}>
                <td>
                  <code>{config.label(i)}</code>
                </td>
                <td style={run ? { color: threadInk(run.worker), fontWeight: 650 } : undefined}>{run ? trace.lanes[run.worker]?.name : <span className="pt-muted">{pending(i)}</span>}</td>
                <td>{run ? fmt(run.start) : ''}</td>
                <td>
                  {run && Number.isFinite(run.end) ? fmt(run.end) : run ? <span className="pt-muted">{killed.has(run.worker) ? t.killed : t.running}</span> : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function ThreadPoolTasks() {
  return <PoolTasks config={{ countParam: 'urls', defaultCount: 3, label: (i) => `${i} ${URLS[i] ?? ''}`, sentinel: 'thread' }} />;
}

export function ProcessPoolTasks() {
  return <PoolTasks config={{ countParam: 'tasks', defaultCount: 10, label: (i) => String(i), sentinel: 'process' }} />;
}

/**
 * A live view of a scenario's queue: its items as boxes in FIFO order (oldest
 * at the get() end), the free slots of a bounded queue, and who is blocked in
 * put() or get(). For a multiprocessing.Queue it also shows that an item
 * arrives as a copy: the same value, got in another process than the one
 * that put it (another address space, so another object).
 */
import { ThreadState } from '../../runtime/events';
import { crossed, transfers } from '../../scenarios/process-queue/transfers';
import { useLab } from '../../store/lab-store';
import { itemsFromOps, waitCall } from './queue-contents';
import type { TraceModel } from '../../trace/model';
import { threadColor, threadInk } from '../palette';
import { queueViewStrings } from './queue-view-strings';
import './queue-view.css';

export interface QueueViewConfig {
  /** Index of the queue in the run. */
  queue: number;
  /** Python line of the put(): tells a blocked thread's call where the wait does not name it (VM runs do). */
  putLine?: number;
  /** How the program creates it, e.g. `queue.Queue` or `multiprocessing.Queue`. */
  ctor: string;
  kind: 'thread' | 'process';
}

interface Waiter {
  name: string;
  worker: number;
  call: 'put' | 'get';
}

function waiters(trace: TraceModel, cfg: QueueViewConfig): Waiter[] {
  return trace.lanes
    .filter((l) => l.state === ThreadState.WaitingQueue)
    .map((l) => ({ name: l.name, worker: l.worker, call: waitCall(trace, l) ?? (l.line === cfg.putLine ? 'put' : 'get') }));
}

/** Which worker put each item still in the queue (by the latest put of that value), for its colour. */
function putters(trace: TraceModel, queue: number): Map<string, number> {
  const by = new Map<string, number>();
  for (const op of trace.queueOps) if (op.queue === queue && op.op === 'put') by.set(op.item, op.worker);
  return by;
}

export function QueueView({ config }: { config: QueueViewConfig }) {
  const lang = useLab((s) => s.lang);
  const views = useLab((s) => s.queues);
  const trace = useLab((s) => s.trace);
  useLab((s) => s.traceVersion);
  const paramMax = useLab((s) => s.params.maxsize);
  const t = queueViewStrings[lang];

  // A run on the VM sends no queue views: its queue ops say what is inside.
  const view = views[config.queue];
  const name = view?.name ?? trace.queueNames?.[config.queue] ?? 'q';
  const maxsize = view?.maxsize ?? (typeof paramMax === 'number' ? paramMax : 0);
  const items = view ? view.items.map(String) : itemsFromOps(trace, config.queue);
  const who = putters(trace, config.queue);
  const blocked = waiters(trace, config);
  const blockedText = blocked.map((w) => `${w.name} ${w.call === 'put' ? t.waitsPut : t.waitsGet}`);
  const free = maxsize > 0 ? Math.max(0, maxsize - items.length) : 0;
  let puts = 0;
  let gets = 0;
  for (const op of trace.queueOps) {
    if (op.queue !== config.queue) continue;
    if (op.op === 'put') puts++;
    else gets++;
  }

  return (
    <div className="qv" data-testid="queue-view" data-size={items.length} data-maxsize={maxsize}>
      <p className="qv-head">
        <code>
          {name} = {config.ctor}({maxsize > 0 ? maxsize : ''})
        </code>
        <span className="qv-size">
          qsize() = {items.length}
          {maxsize > 0 ? ` / maxsize ${maxsize}` : ` · ${t.unbounded}`}
        </span>
        <span className="qv-size" data-testid="queue-counts" data-puts={puts} data-gets={gets}>
          put() ×{puts} · get() ×{gets}
        </span>
      </p>
      <div className="qv-flow">
        <span className="qv-end qv-out" title={t.out}>
          <span aria-hidden="true">◀ </span>get()
        </span>
        <ol className="qv-items" aria-label={t.items} data-testid="queue-items">
          {items.map((item, i) => {
            const w = who.get(item);
            return (
              <li key={`${i}-${item}`} className="qv-item" style={w === undefined ? undefined : { borderColor: threadColor(w) }} data-item={item}>
                <span className="qv-item-text">{item}</span>
                {config.kind === 'process' ? <span className="qv-pickled">{t.pickled}</span> : null}
              </li>
            );
          })}
          {Array.from({ length: free }, (_, i) => (
            <li key={`free-${i}`} className="qv-slot" aria-label={t.slotFree} />
          ))}
          {maxsize === 0 && items.length === 0 ? <li className="qv-slot qv-empty">{t.empty}</li> : null}
        </ol>
        <span className="qv-end qv-in" title={t.in}>
          put()<span aria-hidden="true"> ◀</span>
        </span>
      </div>
      <ul className="qv-waiters" data-testid="queue-waiters">
        {blocked.length === 0 ? <li className="qv-nobody">{t.nobodyWaits}</li> : null}
        {blocked.map((w) => (
          <li key={w.worker} className="qv-waiter" data-waiter={w.name} data-call={w.call}>
            <span className="qv-chip" style={{ background: threadInk(w.worker) }}>
              {w.name}
            </span>{' '}
            {w.call === 'put' ? t.waitsPut : t.waitsGet}
          </li>
        ))}
      </ul>
      {config.kind === 'process' ? <CopyTable trace={trace} queue={config.queue} /> : null}
      <p className="visually-hidden" data-testid="queue-summary">
        {t.summary(name, items, blockedText)}
      </p>
    </div>
  );
}

/** The last few items that crossed the boundary: where each was put and where it was got. */
function CopyTable({ trace, queue }: { trace: TraceModel; queue: number }) {
  const lang = useLab((s) => s.lang);
  const t = queueViewStrings[lang];
  const list = transfers(trace, queue);
  const copies = crossed(trace, list);
  const recent = copies.slice(-4);
  const where = (lane: number) => {
    const l = trace.lanes[lane];
    return l ? `${l.name} · pid ${l.pid}` : '—';
  };
  return (
    <div className="qv-copy" data-testid="queue-copies" data-copies={copies.length}>
      <p className="qv-copy-note">{t.copyNote}</p>
      {recent.length === 0 ? (
        <p className="panel-note">{t.copyNone}</p>
      ) : (
        <table className="qv-copy-table">
          <caption>{t.copySame}</caption>
          <thead>
            <tr>
              <th scope="col">{t.copyItem}</th>
              <th scope="col">{t.copyPut}</th>
              <th scope="col">{t.copyGot}</th>
              <th scope="col">
                <span aria-hidden="true">≠</span>
                <span className="visually-hidden">{t.copyVerdict}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {recent.map((x, i) => (
              <tr key={`${i}-${x.item}`}>
                <td>
                  <code>{x.item}</code>
                </td>
                <td className="qv-id">{where(x.putLane)}</td>
                <td className="qv-id">{where(x.getLane)}</td>
                <td className="qv-differs">
                  <span title={t.copySame}>✔</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

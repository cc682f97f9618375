// What a stepped state shows: the watch panel, the wait-for graph, and each
// thread's current instruction as `dis` prints it. Views only: they read the
// step store's latest answer and never call the worker.
import { useLab } from '../../store/lab-store';
import { useStep } from '../../store/step-store';
import { threadColor } from '../palette';
import { stepStrings, type StepStrings } from './step-strings';
import { reasonIn } from './reason-zh';
import type { WatchData, WatchLock } from '../../trace/live-watch';
import { userLocks } from '../../python/step/user-locks';

/** Step mode's watch panel: the stepped state, globals that changed with the last answer marked. */
export function WatchPanel() {
  const view = useStep((s) => s.view);
  const changed = useStep((s) => s.changed);
  if (!view) return null;
  return <WatchList data={{ ...view.state, locks: userLocks(view.state.locks) }} changed={changed} />;
}

/**
 * The watch panel (`[data-testid=watch]`) of either mode: module globals
 * (`[data-var]`, `data-value` = repr, `data-changed`), each thread's locals
 * where the view has them (live mode has none: it says so), locks with holder
 * and waiters, queues with their items.
 */
export function WatchList({ data, changed }: { data: WatchData; changed: ReadonlySet<string> }) {
  const t = stepStrings[useLab((s) => s.lang)];
  const laneName = (lane: number | null) => (lane === null ? t.none : (data.threads.find((x) => x.lane === lane)?.name ?? String(lane)));
  const noLocals = data.threads.length > 0 && data.threads.every((th) => th.locals === null);
  return (
    <div className="step-watch" data-testid="watch">
      <h3>{t.globals}</h3>
      <dl>
        {Object.entries(data.globals).map(([k, v]) => (
          <div key={k} data-var={k} data-value={v} data-changed={changed.has(k) ? 'true' : 'false'} className={changed.has(k) ? 'is-changed' : undefined}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {data.threads.map((th) =>
        th.locals && Object.keys(th.locals).length > 0 ? (
          <div key={th.lane} data-thread-locals={th.lane}>
            <h3>{t.locals(th.name)}</h3>
            <dl>
              {Object.entries(th.locals).map(([k, v]) => (
                <div key={k} data-local={k} data-value={v}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null,
      )}
      {noLocals ? (
        <p className="step-note" data-testid="watch-locals-note">
          {t.localsInStep}
        </p>
      ) : null}
      {data.locks.length > 0 ? (
        <>
          <h3>{t.locks}</h3>
          <ul className="step-watch-objects">
            {data.locks.map((l) => (
              <LockRow key={l.id} lock={l} laneName={laneName} t={t} />
            ))}
          </ul>
        </>
      ) : null}
      {data.queues.length > 0 ? (
        <>
          <h3>{t.queues}</h3>
          <ul className="step-watch-objects">
            {data.queues.map((q) => (
              <li key={q.name} data-queue={q.name} data-size={q.items.length} data-maxsize={q.maxsize ?? ''}>
                <code className="step-watch-name">{q.name}</code> <code>[{q.items.join(', ')}]</code>
                {q.maxsize !== undefined ? (
                  <span className="step-watch-state" title={t.queueFillTitle(q.items.length, q.maxsize)}>
                    {t.queueFill(q.items.length, q.maxsize)}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/**
 * One lock-like object: its name (its repr in the title), what it is, and its state in words: a Lock's or
 * RLock's holder (an RLock's count), a Semaphore's value, an Event's flag; who waits to take it, who is inside its wait().
 */
function LockRow({ lock: l, laneName, t }: { lock: WatchLock; laneName: (lane: number | null) => string; t: StepStrings }) {
  const parts: string[] = [];
  const isLockLike = l.kind === undefined || l.kind === 'Lock' || l.kind === 'RLock' || l.kind === 'Condition';
  if (isLockLike) parts.push(l.locked ? `${t.holder} ${laneName(l.holder)}${l.count !== undefined && l.count > 1 ? ` ×${l.count}` : ''}` : t.free);
  if (l.kind === 'Semaphore' || l.kind === 'BoundedSemaphore') parts.push(t.semValue(l.value ?? '?'));
  if (l.kind === 'Event') parts.push(t.eventFlag(l.value === 'set'));
  if (l.waiters.length) parts.push(`${t.waiters} ${l.waiters.map(laneName).join(', ')}`);
  if (l.inWait?.length) parts.push(`${t.inWait(l.kind ?? '')} ${l.inWait.map(laneName).join(', ')}`);
  return (
    <li
      data-lock={l.name}
      data-kind={l.kind ?? ''}
      data-holder={l.holder ?? ''}
      data-waiters={l.waiters.join(' ')}
      data-count={l.count ?? ''}
      data-value={l.value ?? ''}
      data-in-wait={(l.inWait ?? []).join(' ')}
      data-repr={l.repr ?? ''}
    >
      <code className="step-watch-name" title={l.repr}>
        {l.name}
      </code>
      {l.kind ? <span className="step-watch-kind">{l.kind}</span> : null}
      <span className="step-watch-state" title={l.count !== undefined && l.count > 0 ? t.rlockCount(l.count) : undefined}>
        {parts.join('; ')}
      </span>
    </li>
  );
}

export function WaitsForGraph() {
  const view = useStep((s) => s.view);
  const lang = useLab((s) => s.lang);
  const t = stepStrings[lang];
  if (!view) return null;
  const { graph } = view;
  const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;
  const onCycle = new Set(graph.cycle ?? []);
  return (
    <div className="step-waits" data-testid="waits-for" data-cycle={graph.cycle ? 'true' : 'false'}>
      <h3>
        {t.waitsFor}: {graph.cycle ? t.cycle : t.noCycle}
      </h3>
      {graph.edges.length === 0 ? <p>{t.nobodyWaits}</p> : null}
      <ul>
        {graph.edges.map((e, i) => (
          <li key={i} className={onCycle.has(e.from) && onCycle.has(e.to) ? 'is-cycle' : undefined}>
            {e.kind === 'waits-for' ? t.waitEdge(label(e.from), label(e.to)) : t.heldEdge(label(e.from), label(e.to))}
          </li>
        ))}
      </ul>
      {graph.explanation ? <p className="step-explain">{reasonIn(lang, graph.explanation)}</p> : null}
    </div>
  );
}

/** Each thread's next instruction as `dis` prints it (offset, opname, argrepr), in its lane's colour. */
export function InstructionView() {
  const view = useStep((s) => s.view);
  const t = stepStrings[useLab((s) => s.lang)];
  if (!view || view.state.granularity !== 'bytecode') return null;
  return (
    <ul className="step-dis" data-testid="step-dis" aria-label={t.current}>
      {view.state.threads.map((th) =>
        th.instr ? (
          <li key={th.lane} data-lane={th.lane} style={{ borderLeftColor: threadColor(th.lane) }}>
            <span className="step-dis-who">{th.name}</span>
            <code>
              {String(th.instr.line).padStart(3)} {String(th.instr.offset).padStart(4)} {th.instr.opname.padEnd(20)} {th.instr.arg ?? ''}{' '}
              {th.instr.argrepr ? `(${th.instr.argrepr})` : ''}
            </code>
          </li>
        ) : null,
      )}
    </ul>
  );
}

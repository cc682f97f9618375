/**
 * The bounded-queue panel. For the lesson (as written / fixed): each of the
 * tutorial's lines, what Python does with it, and its correction. For the lab:
 * the student is the main thread at the `>>>` prompt: buttons (or a typed
 * line) become one line of Python sent to the MainThread worker, which runs it
 * on the queue the producer and consumer threads share.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ThreadState } from '../../runtime/events';
import { explainLine } from '../../scenarios/bounded-queue/explain';
import { LESSON_STATEMENTS, variantOf } from '../../scenarios/bounded-queue/lines';
import { strRepr } from '../../scenarios/bounded-queue/pyline';
import { MAIN_THREAD } from '../../scenarios/bounded-queue/scenario';
import { fmt } from '../../i18n/lang';
import { canRun, useLab } from '../../store/lab-store';
import { type QueueLabStrings, queueLabStrings } from './queue-lab-strings';
import './queue-lab.css';

function useQueueLabStrings(): QueueLabStrings {
  return queueLabStrings[useLab((s) => s.lang)];
}

export function QueueLab() {
  const variant = variantOf(useLab((s) => s.params.variant));
  return <div className="qlab">{variant === 'lab' ? <LabBench /> : <LessonTable fixed={variant === 'fixed'} />}</div>;
}

function LessonTable({ fixed }: { fixed: boolean }) {
  const t = useQueueLabStrings();
  const loadFixed = useLab((s) => s.loadFixed);
  const setParam = useLab((s) => s.setParam);
  return (
    <>
      <ol className="qlab-lesson" data-testid="lab-lesson">
        {LESSON_STATEMENTS.map((s) => {
          const r = explainLine(s.seed);
          return (
            <li key={s.line} data-line={s.line} className={`qlab-row qlab-row-${r.kind}`}>
              <span className="qlab-lineno" aria-label={`${t.colLine} ${s.line}`}>
                {s.line}
              </span>
              <dl>
                <dt>{t.colWritten}</dt>
                <dd>
                  <code>{s.seed}</code>
                </dd>
                <dt>{t.colSays}</dt>
                <dd className="qlab-says">
                  {r.kind === 'runs' ? t.runs : null}
                  {r.kind === 'prints' ? (
                    <>
                      {t.printsLabel} <code>{r.text}</code> <span className="qlab-aside">{t.notAnswer}</span>
                    </>
                  ) : null}
                  {r.kind === 'raises' ? <code className="qlab-error">{r.text}</code> : null}
                </dd>
                {s.fixed !== s.seed ? (
                  <>
                    <dt>{t.colFixed}</dt>
                    <dd>
                      <code className="qlab-fixed">{s.fixed}</code>
                    </dd>
                  </>
                ) : null}
              </dl>
            </li>
          );
        })}
      </ol>
      <p className="qlab-note">{t.stops}</p>
      <div className="qlab-actions">
        {!fixed ? (
          <button type="button" className="btn btn-primary" data-testid="lab-load-fixed" onClick={loadFixed}>
            {t.loadFixed}
          </button>
        ) : null}
        <button type="button" className="btn" data-testid="lab-open" onClick={() => setParam('variant', 'lab')}>
          {t.openLab}
        </button>
      </div>
    </>
  );
}

/** `obj` as the student typed it: a number stays a number, anything else is a str. */
function itemLiteral(text: string): string {
  const v = text.trim();
  return /^-?\d+(\.\d+)?$/.test(v) ? v : strRepr(text);
}

/** x1 → x2: the next put gets a fresh item, so FIFO order stays visible. */
function nextItem(text: string): string {
  const m = /^(.*?)(\d+)$/.exec(text);
  return m ? `${m[1] ?? ''}${Number(m[2]) + 1}` : text;
}

function LabBench() {
  const t = useQueueLabStrings();
  const send = useLab((s) => s.sendCommand);
  const status = useLab((s) => s.status);
  const isolated = useLab((s) => canRun(s));
  const trace = useLab((s) => s.trace);
  useLab((s) => s.traceVersion);
  const [item, setItem] = useState('x1');
  const [block, setBlock] = useState(true);
  const [timeout, setTimeoutText] = useState('3');
  const [line, setLine] = useState('');
  const [refused, setRefused] = useState(false);
  const sessionBox = useRef<HTMLOListElement>(null);

  const main = trace.lanes.find((l) => l.name === MAIN_THREAD);
  const w = main?.worker ?? 0;
  const session = trace.console.filter((c) => c.worker === w).slice(-14);
  const fulls = trace.marks.filter((m) => m.worker === w && m.label === 'queue.Full');
  const empties = trace.marks.filter((m) => m.worker === w && m.label === '_queue.Empty');
  const lastFull = fulls[fulls.length - 1];
  // Keep the newest answer in view, as a terminal does.
  const last = session[session.length - 1];
  useEffect(() => {
    const el = sessionBox.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [last]);
  const busy = (status === 'running' || status === 'paused') && main?.state === ThreadState.WaitingQueue;

  const run = (command: string): void => setRefused(!send(command));
  const waitArgs = (): string => {
    if (!block) return 'block=False';
    return timeout.trim() === '' ? '' : `block=True, timeout=${timeout.trim()}`;
  };
  const put = (): void => {
    const extra = waitArgs();
    run(`q.put(${itemLiteral(item)}${extra ? `, ${extra}` : ''})`);
    setItem(nextItem(item));
  };
  const putNowait = (): void => {
    run(`q.put_nowait(${itemLiteral(item)})`);
    setItem(nextItem(item));
  };
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (line.trim() === '') return;
    run(line.trim());
    setLine('');
  };

  return (
    <>
      <QueueBoxes />
      <div className="qlab-form">
        <label>
          {t.item}
          <input data-testid="lab-item" value={item} maxLength={40} onChange={(e) => setItem(e.target.value)} spellCheck={false} />
        </label>
        <label className="qlab-check">
          <input type="checkbox" data-testid="lab-block" checked={block} onChange={(e) => setBlock(e.target.checked)} />
          {t.block}
        </label>
        <label>
          {t.timeout}
          <input data-testid="lab-timeout" value={timeout} maxLength={8} inputMode="decimal" disabled={!block} onChange={(e) => setTimeoutText(e.target.value)} />
        </label>
      </div>
      <div className="qlab-buttons" role="group">
        <button type="button" className="btn" data-testid="lab-put" disabled={!isolated} onClick={put}>
          put
        </button>
        <button type="button" className="btn" data-testid="lab-get" disabled={!isolated} onClick={() => run(`q.get(${waitArgs()})`)}>
          get
        </button>
        <button type="button" className="btn" data-testid="lab-put-nowait" disabled={!isolated} onClick={putNowait}>
          put_nowait
        </button>
        <button type="button" className="btn" data-testid="lab-get-nowait" disabled={!isolated} onClick={() => run('q.get_nowait()')}>
          get_nowait
        </button>
        {(['qsize', 'empty', 'full'] as const).map((m) => (
          <button key={m} type="button" className="btn btn-quiet" data-testid={`lab-${m}`} disabled={!isolated} onClick={() => run(`q.${m}()`)}>
            {m}()
          </button>
        ))}
      </div>
      <form className="qlab-repl" onSubmit={submit}>
        <span aria-hidden="true">&gt;&gt;&gt;</span>
        <input
          data-testid="lab-repl-input"
          value={line}
          maxLength={200}
          placeholder={t.prompt}
          aria-label={t.prompt}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          onChange={(e) => setLine(e.target.value)}
        />
        <button type="submit" className="btn btn-quiet" disabled={!isolated}>
          {t.send}
        </button>
      </form>
      {!isolated ? <p className="qlab-note">{t.notRunning}</p> : null}
      {refused ? <p className="qlab-note qlab-warn">{t.mailboxFull}</p> : null}
      {status === 'idle' ? <p className="qlab-note">{t.idleHint}</p> : null}
      {busy ? (
        <p className="qlab-note qlab-warn" data-testid="lab-busy">
          {t.busyHint}
        </p>
      ) : null}
      <p className="qlab-tally" data-testid="lab-tally" data-full={fulls.length} data-empty={empties.length}>
        <span>
          <code>{t.full}</code> × {fulls.length}
          {lastFull ? ` · ${fmt(t.lastWait, { s: lastFull.value.toFixed(2) })}` : ''}
        </span>
        <span>
          <code>{t.empty}</code> × {empties.length}
        </span>
      </p>
      <h3 className="qlab-subtitle">{t.transcript}</h3>
      <ol className="qlab-session" data-testid="lab-transcript" aria-live="polite" ref={sessionBox}>
        {session.map((c, i) => (
          <li key={i} className={c.text.startsWith('>>> ') ? 'qlab-in' : c.text.includes('Traceback') || c.text.includes('Error') ? 'qlab-err' : 'qlab-out'}>
            {c.text}
          </li>
        ))}
      </ol>
    </>
  );
}

/** The queue's slots, oldest first, with who waits on either side. */
function QueueBoxes() {
  const t = useQueueLabStrings();
  const params = useLab((s) => s.params);
  const q = useLab((s) => s.queues[0]);
  const maxsize = q?.maxsize ?? (typeof params.maxsize === 'number' ? params.maxsize : 5);
  const items = q?.items ?? [];
  return (
    <div className="qlab-queue" data-testid="lab-queue" data-qsize={items.length} data-maxsize={maxsize}>
      <code className="qlab-qsize">
        qsize() = {items.length} / maxsize = {maxsize}
      </code>
      <ol className="qlab-slots" aria-label={`q: ${items.length} / ${maxsize}`}>
        {Array.from({ length: maxsize }, (_, i) => {
          const v = items[i];
          return (
            <li key={i} className={v === undefined ? 'qlab-slot' : 'qlab-slot is-full'}>
              {v === undefined ? '' : typeof v === 'string' ? strRepr(v) : String(v)}
            </li>
          );
        })}
      </ol>
      {q && (q.putters > 0 || q.getters > 0) ? (
        <p className="qlab-waiting">
          {t.waitingRoom}: {q.putters} {t.putters} · {q.getters} {t.getters}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The lab's bench: the student is the main thread at the `>>>` prompt of
 * the program's `code.interact(local=globals())`. Buttons and the typed line
 * are lines of Python for input(), run by the VM against the real `q` the
 * producer and consumer threads share. The queue's slots come from the VM's
 * queue events; the session and the Full/Empty tally from the console.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ThreadState } from '../../runtime/events';
import { strRepr } from '../../python/values/str-repr';
import { queueContents, replTally } from '../../scenarios/bounded-queue/repl-tally';
import { MAIN_THREAD } from '../../scenarios/bounded-queue/analysis';
import { fmt } from '../../i18n/lang';
import { useLab } from '../../store/lab-store';
import { useQueueLabStrings } from './queue-lab-strings';

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

export function QueueLabBench() {
  const t = useQueueLabStrings();
  const typeLine = useLab((s) => s.typeLine);
  const start = useLab((s) => s.run);
  const reset = useLab((s) => s.reset);
  const status = useLab((s) => s.status);
  const isolated = useLab((s) => s.isolated);
  const trace = useLab((s) => s.trace);
  useLab((s) => s.traceVersion);
  // The prompt code.interact printed last: `...` inside a block, as the REPL shows it.
  const prompt = useLab((s) => (s.status === 'running' && s.vmFacts?.prompt?.thread === MAIN_THREAD ? s.vmFacts.prompt.text.trim() : '')) || '>>>';
  const [item, setItem] = useState('x1');
  const [block, setBlock] = useState(true);
  const [timeout, setTimeoutText] = useState('3');
  const [line, setLine] = useState('');
  const [refused, setRefused] = useState(false);
  const sessionBox = useRef<HTMLOListElement>(null);

  const main = trace.lanes.find((l) => l.name === MAIN_THREAD);
  const tally = replTally(trace.console, main?.worker ?? 0);
  const session = tally.session.slice(-14);
  const lastFull = tally.full[tally.full.length - 1];
  // Keep the newest answer in view, as a terminal does.
  const last = session[session.length - 1];
  useEffect(() => {
    const el = sessionBox.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [last]);
  const busy = status === 'running' && main?.state === ThreadState.WaitingQueue;

  // A line for input(): the program starts first if it is not running (the prompt then reads it).
  const run = (command: string): void => {
    if (status !== 'running') start();
    setRefused(!typeLine(command));
  };
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
    run(line);
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
        <span aria-hidden="true" data-testid="lab-prompt">
          {prompt}
        </span>
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
      <p className="qlab-note">{t.blockHint}</p>
      {!isolated ? <p className="qlab-note">{t.notRunning}</p> : null}
      {refused ? <p className="qlab-note qlab-warn">{t.mailboxFull}</p> : null}
      {status === 'idle' ? <p className="qlab-note">{t.idleHint}</p> : null}
      {status === 'finished' || status === 'error' ? <p className="qlab-note">{t.ended}</p> : null}
      {busy ? (
        <p className="qlab-note qlab-warn" data-testid="lab-busy">
          {t.busyHint}
        </p>
      ) : null}
      {status === 'deadlock' ? (
        <div className="qlab-note qlab-warn" data-testid="lab-stuck" role="alert">
          <p>{t.stuck}</p>
          <button type="button" className="btn" data-testid="lab-reset" onClick={reset}>
            {t.reset}
          </button>
        </div>
      ) : null}
      <p className="qlab-tally" data-testid="lab-tally" data-full={tally.full.length} data-empty={tally.empty.length}>
        <span>
          <code>{t.full}</code> × {tally.full.length}
          {lastFull ? ` · ${fmt(t.lastWait, { s: lastFull.waited.toFixed(2) })}` : ''}
        </span>
        <span>
          <code>{t.empty}</code> × {tally.empty.length}
        </span>
      </p>
      <h3 className="qlab-subtitle">{t.transcript}</h3>
      <ol className="qlab-session" data-testid="lab-transcript" aria-live="polite" ref={sessionBox}>
        {session.map((c, i) => (
          <li key={i} className={`qlab-${c.kind}`}>
            {c.text}
          </li>
        ))}
      </ol>
    </>
  );
}

/** The queue's slots, oldest first (from the VM's put/get events), with who waits on either side. */
function QueueBoxes() {
  const t = useQueueLabStrings();
  const params = useLab((s) => s.params);
  const trace = useLab((s) => s.trace);
  useLab((s) => s.traceVersion);
  const maxsize = typeof params.maxsize === 'number' ? params.maxsize : 5;
  const items = queueContents(trace.queueOps, 0);
  const waiting = (put: boolean): number =>
    trace.lanes.filter((l) => l.state === ThreadState.WaitingQueue && (put ? items.length >= maxsize : items.length === 0)).length;
  const putters = waiting(true);
  const getters = waiting(false);
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
              {v ?? ''}
            </li>
          );
        })}
      </ol>
      {putters + getters > 0 ? (
        <p className="qlab-waiting">
          {t.waitingRoom}: {putters} {t.putters} · {getters} {t.getters}
        </p>
      ) : null}
    </div>
  );
}

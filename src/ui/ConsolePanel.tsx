import { useEffect, useRef } from 'react';
import { useLab } from '../store/lab-store';
import { useStep } from '../store/step-store';
import { threadInk } from './palette';
import { inSelectedSpan, useSelection } from './timeline/selection';
import { useStrings } from './useStrings';
import { ConsoleInput } from './ConsoleInput';

export function ConsolePanel() {
  const t = useStrings();
  const trace = useLab((s) => s.trace);
  useLab((s) => s.traceVersion);
  // Step mode's timeline counts steps (src/trace/step-trace.ts): a line printed during step k shows #k.
  const stepping = useStep((s) => s.mode === 'step' && s.view !== null);
  const box = useRef<HTMLOListElement>(null);
  // The prints of a span picked on the timeline are marked; a click on a line shows its moment there.
  const picked = useSelection((s) => s.selected);
  const focus = useSelection((s) => s.focus);
  const focusMoment = useSelection((s) => s.focusMoment);
  const pinned = useRef(true);
  const count = trace.console.length;
  // One width for the thread column, from the longest name, so the text column lines up.
  const nameCh = Math.max(4, ...trace.lanes.map((l) => [...l.name].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0)));

  // Follow new output unless the reader scrolled up to look at something.
  useEffect(() => {
    const el = box.current;
    if (el && pinned.current) el.scrollTop = el.scrollHeight;
  }, [count]);

  return (
    <>
      <h2 className="panel-title" id="console-title">
        {t.console}
        <span className="panel-sub">{count > 0 ? count : ''}</span>
      </h2>
      {count === 0 ? <p className="panel-empty">{t.consoleEmpty}</p> : null}
      <ol
        className="console"
        data-testid="console"
        ref={box}
        tabIndex={0}
        aria-label={t.console}
        style={{ ['--name-w' as string]: `${nameCh + 1}ch` }}
        onScroll={(e) => {
          const el = e.currentTarget;
          pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
        }}
      >
        {trace.console.map((c, i) => (
          <li
            key={i}
            className={`console-line stream-${c.stream}${inSelectedSpan(picked, c.worker, c.t, trace.end) || (focus?.t === c.t && focus.worker === c.worker) ? ' is-selected' : ''}`}
            data-thread={trace.lanes[c.worker]?.name}
            data-selected={inSelectedSpan(picked, c.worker, c.t, trace.end) ? 'true' : undefined}
            onClick={() => focusMoment(c.t, c.worker, c.line)}
          >
            <span className="console-time">{stepping ? `#${Math.ceil(c.t)}` : `${c.t.toFixed(2)}s`}</span>
            <span className="console-thread" style={{ color: threadInk(c.worker) }}>
              {trace.lanes[c.worker]?.name}
            </span>
            <span className="console-text">{c.text}</span>
          </li>
        ))}
      </ol>
      <ConsoleInput />
    </>
  );
}

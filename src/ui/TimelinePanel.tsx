import { useEffect, useRef } from 'react';
import { ThreadState } from '../runtime/events';
import { currentSimTime, useLab } from '../store/lab-store';
import { drawTimeline, timelineHeight } from './timeline/draw';
import { useStrings } from './useStrings';
import { Legend } from './timeline/Legend';

export function TimelinePanel() {
  const t = useStrings();
  const svgRef = useRef<SVGSVGElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const lanes = useLab((s) => s.trace.lanes.length);

  useEffect(() => {
    const svg = svgRef.current;
    const box = boxRef.current;
    if (!svg || !box) return;
    let frame = 0;
    let width = box.clientWidth;

    const draw = () => {
      frame = 0;
      const s = useLab.getState();
      const lang = s.lang;
      const alerts = (s.scenario.alerts?.(s.trace, s.params) ?? []).map((a) => ({ t: a.t, worker: a.worker, label: a.label[lang] }));
      drawTimeline(svg, { trace: s.trace, now: currentSimTime(), width, alerts, emptyLabel: '' });
      // While a run goes on, time moves even when no event arrives.
      if (s.status === 'running') frame = requestAnimationFrame(draw);
    };
    const request = () => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    const unsub = useLab.subscribe((s, prev) => {
      if (s.traceVersion !== prev.traceVersion || s.status !== prev.status || s.lang !== prev.lang) request();
    });
    const ro = new ResizeObserver(() => {
      width = box.clientWidth;
      request();
    });
    ro.observe(box);
    request();
    return () => {
      unsub();
      ro.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, []);

  return (
    <>
      <h2 className="panel-title" id="timeline-title">
        {t.timeline}
        <span className="panel-sub">{t.simSeconds}</span>
      </h2>
      <div className="timeline" ref={boxRef} data-testid="timeline">
        <svg ref={svgRef} height={timelineHeight(lanes)} role="img" aria-label={t.timeline} />
      </div>
      <Legend />
      <TimelineSummary />
    </>
  );
}

/** A text alternative: what each thread is doing now. */
function TimelineSummary() {
  const t = useStrings();
  const trace = useLab((s) => s.trace);
  useLab((s) => s.traceVersion);
  const word = (st: ThreadState): string =>
    st === ThreadState.Sleeping
      ? t.legend.sleeping
      : st === ThreadState.WaitingLock
        ? t.legend.waiting
        : st === ThreadState.WaitingQueue
          ? t.legend.waitingQueue
        : st === ThreadState.Done
          ? t.legend.done
          : st === ThreadState.New
            ? '—'
            : t.legend.running;
  return (
    <p className="visually-hidden" data-testid="timeline-summary">
      {trace.lanes.map((l) => `${l.name}: ${word(l.state)}`).join('; ')}
    </p>
  );
}

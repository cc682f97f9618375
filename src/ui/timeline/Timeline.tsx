import { useEffect, useRef, useState } from 'react';
import { useLab } from '../../store/lab-store';
import { useStrings } from '../useStrings';
import { TimelineController } from './controller';
import { onRecordDrop } from './ExportMenu';
import { useTimelineStrings } from './strings';
import './timeline.css';

/** The controller of the mounted timeline, for exports (one timeline per page). */
let mounted: TimelineController | null = null;
export function activeTimeline(): TimelineController | null {
  return mounted;
}

/**
 * The canvas timeline with its toolbar and overview strip; drawing happens in `TimelineController`.
 * `onLaneClick`: a click on a lane's row reports its index (the timeline knows nothing of what it means);
 * `axisUnit`: the ticks' unit ('' when the axis counts something other than seconds).
 */
export function Timeline({ onLaneClick, axisUnit = 's' }: { onLaneClick?: (lane: number) => void; axisUnit?: string }) {
  const t = useStrings();
  const tl = useTimelineStrings();
  const size = useLab((s) => s.size);
  const status = useLab((s) => s.status);
  const lanes = useLab((s) => s.trace.lanes.length);
  const cores = typeof navigator === 'undefined' ? 0 : navigator.hardwareConcurrency || 0;
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const overview = useRef<HTMLCanvasElement>(null);
  const axis = useRef<SVGSVGElement>(null);
  const names = useRef<HTMLDivElement>(null);
  const alerts = useRef<HTMLDivElement>(null);
  const tasks = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const ctl = useRef<TimelineController | null>(null);
  const [follow, setFollow] = useState(true);
  const [arrows, setArrows] = useState(false);
  const laneClick = useRef(onLaneClick);
  laneClick.current = onLaneClick;

  useEffect(() => {
    const els = { box: box.current, canvas: canvas.current, overview: overview.current, axis: axis.current, names: names.current, alerts: alerts.current, tasks: tasks.current, tooltip: tooltip.current };
    if (!els.box || !els.canvas || !els.overview || !els.axis || !els.names || !els.alerts || !els.tasks || !els.tooltip) return;
    const c = new TimelineController({ box: els.box, canvas: els.canvas, overview: els.overview, axis: els.axis, names: els.names, alerts: els.alerts, tasks: els.tasks, tooltip: els.tooltip });
    c.onFollow = setFollow;
    c.onLaneClick = (lane) => laneClick.current?.(lane);
    ctl.current = c;
    mounted = c;
    return () => {
      c.dispose();
      if (mounted === c) mounted = null;
      ctl.current = null;
    };
  }, []);

  useEffect(() => {
    if (ctl.current) ctl.current.axisUnit = axisUnit;
  }, [axisUnit]);

  return (
    <div className={`tl tl-${size}${onLaneClick ? ' tl-lanes-clickable' : ''}`} onDragOver={(e) => e.preventDefault()} onDrop={onRecordDrop}>
      <div className="tl-toolbar" role="toolbar" aria-label={t.timeline}>
        <button type="button" className="btn btn-quiet tl-btn" data-testid="timeline-zoom-out" title={tl.zoomOut} aria-label={tl.zoomOut} onClick={() => ctl.current?.zoomBy(1 / 1.5)}>
          −
        </button>
        <button type="button" className="btn btn-quiet tl-btn" data-testid="timeline-zoom-in" title={tl.zoomIn} aria-label={tl.zoomIn} onClick={() => ctl.current?.zoomBy(1.5)}>
          +
        </button>
        <button type="button" className="btn btn-quiet tl-btn" data-testid="timeline-fit" title={tl.fitHint} onClick={() => ctl.current?.fit()}>
          {tl.fit}
        </button>
        {!follow && status === 'running' ? (
          <button type="button" className="btn btn-quiet tl-btn" data-testid="timeline-follow" title={tl.followHint} onClick={() => ctl.current?.fit()}>
            {tl.follow} ▸
          </button>
        ) : null}
        <button
          type="button"
          className="btn btn-quiet tl-btn"
          data-testid="timeline-arrows"
          aria-pressed={arrows}
          title={tl.arrowsHint}
          onClick={() => {
            ctl.current?.setArrows(!arrows);
            setArrows(!arrows);
          }}
        >
          {tl.arrows}
        </button>
        <span className="tl-keys">{tl.keys}</span>
      </div>
      {cores > 0 && lanes > cores ? (
        <p className="tl-note" data-testid="cores-note">
          {tl.coresNote(cores)}
        </p>
      ) : null}
      <canvas ref={overview} className="tl-overview" data-testid="timeline-overview" aria-label={tl.overview} role="img" />
      <div className="timeline tl-box" ref={box} data-testid="timeline" tabIndex={0} aria-label={`${t.timeline}. ${tl.keys}`} aria-describedby="timeline-summary">
        <canvas ref={canvas} className="tl-canvas" aria-hidden="true" />
        <svg ref={axis} className="tl-axis" aria-hidden="true" />
        <div ref={names} className="tl-names" />
        <div ref={tasks} className="tl-tasks" />
        <div ref={alerts} className="tl-alerts" />
        <div ref={tooltip} className="tl-tooltip" data-testid="timeline-tooltip" role="tooltip" hidden />
      </div>
    </div>
  );
}

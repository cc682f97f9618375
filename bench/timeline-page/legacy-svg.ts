/**
 * The timeline as main drew it before issue 13 (one SVG rect per span, every
 * frame), kept only so the bench can compare the canvas drawing with it.
 *
 * Draws the timeline with D3 into an SVG: one lane per thread, state spans
 * (pattern + colour + legend, never hue alone), lock-holding bars, race marks
 * and a time axis in simulated seconds. Coordinate spaces: simulated seconds →
 * CSS px through `x`; lanes stack in CSS px. Called at most once a frame.
 */
import * as d3 from 'd3';
import { ThreadState } from '../../src/runtime/events';
import type { Lane, Span, TraceModel } from '../../src/trace/model';
import { threadColor, threadInk } from '../../src/ui/palette';
import { drawTaskBands } from '../../src/ui/timeline/task-bands';

export interface AlertMark {
  t: number;
  worker: number;
  label: string;
}

export interface DrawInput {
  trace: TraceModel;
  now: number;
  width: number;
  alerts: AlertMark[];
}

/** Rough text width at the lane label's 13px bold: wide (CJK) characters take about twice a Latin one. */
export function labelWidth(names: readonly string[]): number {
  let widest = 0;
  for (const n of names) {
    let w = 0;
    for (const ch of n) w += /[\u2e80-\uffff]/.test(ch) ? 13.5 : 8.4;
    widest = Math.max(widest, w);
  }
  return Math.ceil(Math.max(56, widest + 14));
}
const LANE_H = 26;
const LANE_GAP = 12;
const TOP = 18;
const AXIS_H = 26;
const RIGHT = 14;

export function timelineHeight(lanes: number): number {
  return TOP + lanes * (LANE_H + LANE_GAP) + AXIS_H;
}

function spanEnd(s: { end: number }, now: number): number {
  return Number.isNaN(s.end) ? now : s.end;
}

function ensureDefs(svg: d3.Selection<SVGSVGElement, unknown, null, undefined>, lanes: number): void {
  const defs = svg.selectAll<SVGDefsElement, null>('defs').data([null]).join('defs');
  const ids = d3.range(lanes);
  defs
    .selectAll<SVGPatternElement, number>('pattern.hatch')
    .data(ids)
    .join((enter) => {
      const p = enter
        .append('pattern')
        .attr('class', 'hatch')
        .attr('patternUnits', 'userSpaceOnUse')
        .attr('width', 6)
        .attr('height', 6)
        .attr('patternTransform', 'rotate(45)');
      p.append('rect').attr('width', 6).attr('height', 6).attr('class', 'hatch-bg');
      p.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 6).attr('stroke-width', 2.2);
      return p;
    })
    .attr('id', (i) => `tl-hatch-${i}`)
    .select('line')
    .attr('stroke', (i) => threadColor(i));
  defs
    .selectAll<SVGPatternElement, number>('pattern.dots')
    .data(ids)
    .join((enter) => {
      const p = enter.append('pattern').attr('class', 'dots').attr('patternUnits', 'userSpaceOnUse').attr('width', 6).attr('height', 6);
      p.append('circle').attr('cx', 3).attr('cy', 3).attr('r', 1.3);
      return p;
    })
    .attr('id', (i) => `tl-dots-${i}`)
    .select('circle')
    .attr('fill', (i) => threadColor(i));
  // Waiting on a queue: vertical bars, so it reads apart from waiting on a lock (dots).
  defs
    .selectAll<SVGPatternElement, number>('pattern.bars')
    .data(ids)
    .join((enter) => {
      const p = enter.append('pattern').attr('class', 'bars').attr('patternUnits', 'userSpaceOnUse').attr('width', 5).attr('height', 6);
      p.append('line').attr('x1', 1).attr('y1', 0).attr('x2', 1).attr('y2', 6).attr('stroke-width', 1.4);
      return p;
    })
    .attr('id', (i) => `tl-bars-${i}`)
    .select('line')
    .attr('stroke', (i) => threadColor(i));
}

function fillFor(s: Span, worker: number): string {
  switch (s.state) {
    case ThreadState.Sleeping:
      return `url(#tl-hatch-${worker})`;
    case ThreadState.WaitingLock:
      return `url(#tl-dots-${worker})`;
    case ThreadState.WaitingQueue:
      return `url(#tl-bars-${worker})`;
    default:
      return threadColor(worker);
  }
}

function stateClass(s: Span): string {
  switch (s.state) {
    case ThreadState.Sleeping:
      return 'sleeping';
    case ThreadState.WaitingLock:
      return 'waiting';
    case ThreadState.WaitingQueue:
      return 'waiting-queue';
    default:
      return 'running';
  }
}

export function drawTimeline(el: SVGSVGElement, input: DrawInput): void {
  const { trace, width } = input;
  const now = Math.max(input.now, trace.end, 0);
  const height = timelineHeight(trace.lanes.length);
  const svg = d3.select(el).attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  ensureDefs(svg, trace.lanes.length);

  const LABEL_W = labelWidth(trace.lanes.map((l) => l.name));
  const domainEnd = Math.max(0.5, now * 1.02);
  const x = d3.scaleLinear().domain([0, domainEnd]).range([LABEL_W, Math.max(LABEL_W + 10, width - RIGHT)]);
  const y = (i: number) => TOP + i * (LANE_H + LANE_GAP);

  const lanesG = svg.selectAll<SVGGElement, null>('g.lanes').data([null]).join('g').attr('class', 'lanes');
  const lane = lanesG
    .selectAll<SVGGElement, Lane>('g.lane')
    .data(trace.lanes, (d) => d.name)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'lane');
      g.append('rect').attr('class', 'lane-bg');
      g.append('text').attr('class', 'lane-label');
      g.append('g').attr('class', 'spans');
      g.append('g').attr('class', 'tasks');
      g.append('g').attr('class', 'holds');
      g.append('text').attr('class', 'lane-end');
      return g;
    })
    .attr('data-lane', (d) => d.name)
    .attr('data-state', (d) => d.state)
    .attr('transform', (d) => `translate(0,${y(d.worker)})`);

  lane
    .select('rect.lane-bg')
    .attr('x', LABEL_W)
    .attr('y', 0)
    .attr('width', Math.max(0, width - RIGHT - LABEL_W))
    .attr('height', LANE_H);
  lane
    .select('text.lane-label')
    .attr('x', LABEL_W - 8)
    .attr('y', LANE_H / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .style('fill', (d) => threadInk(d.worker))
    .text((d) => d.name);

  lane
    .select<SVGGElement>('g.spans')
    .selectAll<SVGRectElement, Span>('rect')
    .data((d) => d.spans.map((s) => ({ ...s, w: d.worker })))
    .join('rect')
    .attr('class', (s) => `span span-${stateClass(s)}`)
    .attr('x', (s) => x(s.start))
    .attr('y', (s) => (s.state === ThreadState.Running ? 3 : 5))
    .attr('width', (s) => Math.max(1, x(spanEnd(s, now)) - x(s.start)))
    .attr('height', (s) => (s.state === ThreadState.Running ? LANE_H - 6 : LANE_H - 10))
    .attr('fill', (s) => fillFor(s, s.w))
    .attr('stroke', (s) => (s.state === ThreadState.Running ? 'none' : threadColor(s.w)))
    .attr('stroke-dasharray', (s) => (s.state === ThreadState.WaitingLock || s.state === ThreadState.WaitingQueue ? '2 2' : null));

  // Pool tasks (task-start/task-end marks): a labelled band per task, with data-task.
  drawTaskBands(lane.select<SVGGElement>('g.tasks'), trace.marks, x, now, LANE_H);

  // Holding the lock: a thick bar on the lane's top edge with a lock glyph.
  const holds = lane
    .select<SVGGElement>('g.holds')
    .selectAll<SVGGElement, { start: number; end: number }>('g.hold')
    .data((d) => d.holds)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'hold');
      g.append('rect').attr('class', 'hold-bar');
      // A drawn padlock: the emoji is missing from many system fonts.
      g.append('path').attr('class', 'hold-glyph').attr('d', 'M0,4.5h7v5h-7z M1.6,4.5v-1.7a1.9,1.9 0 0 1 3.8,0v1.7');
      return g;
    });
  holds
    .select('rect.hold-bar')
    .attr('x', (h) => x(h.start))
    .attr('y', -3)
    .attr('width', (h) => Math.max(2, x(spanEnd(h, now)) - x(h.start)))
    .attr('height', 5);
  holds
    .select('path.hold-glyph')
    .attr('transform', (h) => `translate(${x(h.start) + 2},-14)`)
    .attr('display', (h) => (x(spanEnd(h, now)) - x(h.start) > 16 ? null : 'none'));

  lane
    .select('text.lane-end')
    .attr('x', (d) => {
      const end = d.spans[d.spans.length - 1]?.end ?? NaN;
      return Number.isFinite(end) ? x(end) + 3 : 0;
    })
    .attr('y', LANE_H / 2)
    .attr('dy', '0.35em')
    .attr('display', (d) => (d.state === ThreadState.Done ? null : 'none'))
    .text((d) => (d.error ? '✖' : '✓'));

  // Labels that would overlap an earlier one on the same lane are left out; the
  // band and its tooltip stay, so every alert is still marked.
  const labelled = new Set<AlertMark>();
  const lastEnd = new Map<number, number>();
  for (const a of [...input.alerts].sort((p, q) => p.t - q.t)) {
    const at = x(a.t);
    const w = a.label.length * 7 + 18;
    const leftwards = at > width - 140; // as the label is anchored below
    const left = leftwards ? at - w : at;
    if (left >= (lastEnd.get(a.worker) ?? -Infinity)) {
      labelled.add(a);
      lastEnd.set(a.worker, leftwards ? at : at + w);
    }
  }

  // The race itself: a red band with ✖ where a ticket was oversold or sold twice.
  svg
    .selectAll<SVGGElement, null>('g.alerts')
    .data([null])
    .join('g')
    .attr('class', 'alerts')
    .selectAll<SVGGElement, AlertMark>('g.alert')
    .data(input.alerts)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'alert');
      g.append('title');
      g.append('rect');
      g.append('text');
      return g;
    })
    .attr('data-alert', (a) => a.label)
    .call((g) => g.select('title').text((a) => a.label))
    .call((g) =>
      g
        .select('rect')
        .attr('x', (a) => x(a.t) - 2)
        .attr('y', (a) => y(a.worker) - 4)
        .attr('width', 4)
        .attr('height', LANE_H + 8),
    )
    .call((g) =>
      g
        .select('text')
        // Near the right edge the label reads leftwards, so it is never cut off.
        .attr('text-anchor', (a) => (x(a.t) > width - 140 ? 'end' : 'start'))
        .attr('x', (a) => (x(a.t) > width - 140 ? x(a.t) - 5 : x(a.t) + 5))
        .attr('y', (a) => y(a.worker) + LANE_H + 8)
        .attr('display', (a) => (labelled.has(a) ? null : 'none'))
        .text((a) => `✖ ${a.label}`),
    );

  const axis = d3
    .axisBottom(x)
    .ticks(Math.max(2, Math.floor(width / 90)))
    .tickFormat((v) => `${d3.format('~g')(Number(v))}s`);
  svg
    .selectAll<SVGGElement, null>('g.axis')
    .data([null])
    .join('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${height - AXIS_H + 4})`)
    .call(axis);

  svg
    .selectAll<SVGLineElement, null>('line.now')
    .data(trace.events > 0 ? [null] : [])
    .join('line')
    .attr('class', 'now')
    .attr('x1', x(now))
    .attr('x2', x(now))
    .attr('y1', TOP - 8)
    .attr('y2', height - AXIS_H + 4);
}

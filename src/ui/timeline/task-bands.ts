/**
 * Pool tasks on the timeline: a worker that marks `task-start` and then
 * `task-end` with the same value (the task id) ran that task in between. Each
 * such stretch becomes an outlined, labelled band over the lane, carrying
 * `data-task`. Lanes without these marks draw nothing, so other scenarios
 * are unchanged.
 */
import type * as d3 from 'd3';
import type { Lane, Mark } from '../../trace/model';

export interface TaskBand {
  task: number;
  start: number;
  /** NaN while the task runs (or if it never ended). */
  end: number;
}

/** A worker's task bands from the run's marks (one worker's marks keep its order). */
export function taskBands(marks: readonly Mark[], worker: number): TaskBand[] {
  const bands: TaskBand[] = [];
  for (const m of marks) {
    if (m.worker !== worker) continue;
    if (m.label === 'task-start') bands.push({ task: m.value, start: m.t, end: NaN });
    else if (m.label === 'task-end') {
      const open = bands.find((b) => b.task === m.value && Number.isNaN(b.end));
      if (open) open.end = m.t;
    }
  }
  return bands;
}

/** Draws the bands into each lane's `g.tasks`; an unfinished band runs to the lane's last span (or now). */
export function drawTaskBands(
  groups: d3.Selection<SVGGElement, Lane, SVGGElement, unknown>,
  marks: readonly Mark[],
  x: d3.ScaleLinear<number, number>,
  now: number,
  laneHeight: number,
): void {
  const hasTasks = marks.some((m) => m.label === 'task-start');
  const bandEnd = (b: TaskBand, lane: Lane) => {
    if (!Number.isNaN(b.end)) return b.end;
    const last = lane.spans[lane.spans.length - 1];
    return last && !Number.isNaN(last.end) ? last.end : now;
  };
  const bands = groups
    .selectAll<SVGGElement, TaskBand & { lane: Lane }>('g.task')
    .data((lane) => (hasTasks ? taskBands(marks, lane.worker).map((b) => ({ ...b, lane })) : []))
    .join((enter) => {
      const g = enter.append('g').attr('class', 'task');
      g.append('title');
      g.append('rect').attr('class', 'task-band');
      g.append('text').attr('class', 'task-label');
      return g;
    })
    .attr('data-task', (b) => b.task)
    .attr('data-task-state', (b) => (Number.isNaN(b.end) ? 'open' : 'done'));
  const width = (b: TaskBand & { lane: Lane }) => Math.max(2, x(bandEnd(b, b.lane)) - x(b.start));
  bands.select('title').text((b) => `task ${b.task}`);
  bands
    .select('rect.task-band')
    .attr('x', (b) => x(b.start) + 0.5)
    .attr('y', 0.5)
    .attr('width', (b) => Math.max(1, width(b) - 1))
    .attr('height', laneHeight - 1)
    .attr('rx', 3)
    .style('fill', 'none')
    .style('stroke', 'var(--ink)')
    .style('stroke-width', '1.2px')
    .style('stroke-dasharray', (b) => (Number.isNaN(b.end) ? '4 2' : null));
  bands
    .select('text.task-label')
    .attr('x', (b) => x(b.start) + 4)
    .attr('y', laneHeight / 2)
    .attr('dy', '0.35em')
    .attr('display', (b) => (width(b) > 22 ? null : 'none'))
    .style('font', '700 11px var(--mono)')
    .style('fill', 'var(--ink)')
    .style('paint-order', 'stroke')
    .style('stroke', 'var(--panel)')
    .style('stroke-width', '3px')
    .text((b) => `#${b.task}`);
}

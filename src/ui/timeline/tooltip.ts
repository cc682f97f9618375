/**
 * The words of the hover tooltip: for a span its thread, state, start,
 * duration, line and the lock, queue, thread or event it waited on; for a lock bar who held
 * it, for how long and who waited meanwhile; for a value-track step the value
 * and who wrote it. Pure, so tests read it without a browser.
 */
import type { TimelineStrings } from '../../i18n/timeline-strings';
import type { Strings } from '../../i18n/strings';
import { ThreadState } from '../../runtime/events';
import { shownValues, type TraceModel } from '../../trace/model';
import type { Hit } from './hit';
import { isLostUpdate } from './paint-values';
import { pipeKind } from '../../scenarios/processes/pipes';
import { stateWord } from './state-word';

export { stateWord };

export interface TipRow {
  label: string;
  value: string;
}

export interface Tip {
  title: string;
  rows: TipRow[];
  /** The code line, for `data-line` (0 = none). */
  line: number;
  alarm: boolean;
}

export interface TipNames {
  locks: readonly string[];
  queues: readonly string[];
}

export function tipFor(hit: Hit, trace: TraceModel, now: number, names: TipNames, t: Strings, tl: TimelineStrings): Tip | null {
  if (hit.kind === 'value') {
    const track = shownValues(trace)[hit.track];
    const p = track?.points[hit.index];
    if (!track || !p) return null;
    const lost = isLostUpdate(track.points, hit.index);
    const rows: TipRow[] = [
      { label: tl.value, value: String(p.value) },
      { label: tl.wroteBy, value: p.worker < 0 ? tl.initialValue : (trace.lanes[p.worker]?.name ?? '?') },
      { label: tl.start, value: tl.seconds(p.t) },
    ];
    if (p.line > 0) rows.push({ label: tl.codeLine, value: String(p.line) });
    if (lost) rows.push({ label: '✖', value: tl.lostUpdate });
    return { title: track.name, rows, line: p.line, alarm: lost };
  }
  const lane = trace.lanes[hit.worker];
  if (!lane) return null;
  if (hit.kind === 'hold') {
    const h = lane.holds[hit.index];
    if (!h) return null;
    const end = Number.isNaN(h.end) ? now : h.end;
    const lockName = names.locks[h.lock] ?? `${tl.lock} ${h.lock}`;
    // Who waited for this lock while it was held: their waiting spans overlap the hold.
    const waiters: string[] = [];
    for (const other of trace.lanes) {
      if (other === lane) continue;
      let waited = 0;
      for (const s of other.spans) {
        if (s.state !== ThreadState.WaitingLock || s.on !== h.lock + 1) continue;
        const a = Math.max(s.start, h.start);
        const b = Math.min(Number.isNaN(s.end) ? now : s.end, end);
        if (b > a) waited += b - a;
      }
      if (waited > 0) waiters.push(`${other.name} (${tl.seconds(waited)})`);
    }
    return {
      title: `${t.legend.holding}: ${lockName}`,
      rows: [
        { label: tl.heldBy, value: lane.name },
        { label: tl.start, value: tl.seconds(h.start) },
        { label: tl.duration, value: tl.seconds(end - h.start) },
        { label: tl.waited, value: waiters.length > 0 ? waiters.join(', ') : tl.nobodyWaited },
      ],
      line: 0,
      alarm: false,
    };
  }
  const s = lane.spans[hit.index];
  if (!s) return null;
  const end = Number.isNaN(s.end) ? now : s.end;
  // A wait on a process's start-up or join pipe is no queue of the student's: say which it is.
  const queueName = s.on > 0 && s.state === ThreadState.WaitingQueue ? (names.queues[s.on - 1] ?? null) : null;
  const pipe = queueName === null ? null : pipeKind(queueName);
  const rows: TipRow[] = [
    { label: tl.thread, value: lane.name },
    { label: tl.state, value: pipe === null ? stateWord(t, s.state) : tl[pipe] },
    { label: tl.start, value: tl.seconds(s.start) },
    { label: tl.duration, value: tl.seconds(end - s.start) },
  ];
  if (s.line > 0) rows.push({ label: tl.codeLine, value: String(s.line) });
  if (s.on > 0 && s.state === ThreadState.WaitingLock) rows.push({ label: tl.lock, value: names.locks[s.on - 1] ?? `${tl.lock} ${s.on - 1}` });
  // A join's slot is named for the thread or process it waits for; an event wait's for where it waits (Event.wait).
  if (s.on > 0 && s.state === ThreadState.Joining) rows.push({ label: tl.waitsFor, value: names.locks[s.on - 1] ?? '?' });
  if (s.on > 0 && s.state === ThreadState.WaitingEvent) rows.push({ label: tl.waitsIn, value: names.locks[s.on - 1] ?? '?' });
  if (s.on > 0 && s.state === ThreadState.WaitingQueue) rows.push({ label: pipe === null ? tl.queue : tl.pipe, value: queueName ?? `${tl.queue} ${s.on - 1}` });
  // What it held meanwhile: a lock bar over the span.
  for (const h of lane.holds) {
    const he = Number.isNaN(h.end) ? now : h.end;
    if (h.start < end && he > s.start) {
      rows.push({ label: t.legend.holding, value: names.locks[h.lock] ?? `${tl.lock} ${h.lock}` });
      break;
    }
  }
  return { title: lane.name, rows, line: s.line, alarm: false };
}

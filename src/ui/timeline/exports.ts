/** Files the timeline hands out: pictures, the console as text, run records. */
import { recordedEvents, useLab } from '../../store/lab-store';
import { toChromeTrace } from '../../trace/chrome-trace';
import { type RunRecord, makeRecord, readRecord } from '../../trace/record';
import { emptyFacts } from '../../trace/vm-trace';
import { findScenario } from '../../scenarios/registry';
import type { TraceModel } from '../../trace/model';
import { activeTimeline } from './Timeline';
import { timelinePng, timelineSvg } from './still';

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const base = () => `concurrency-lab-${useLab.getState().scenario.id}`;

export function traceJson(): string {
  const s = useLab.getState();
  return JSON.stringify(toChromeTrace(s.trace, { scenario: s.scenario.id, lockNames: s.trace.lockNames ?? s.scenario.runSpec(s.params).lockNames }));
}

export function exportSvg(): void {
  const tl = activeTimeline();
  if (!tl) return;
  const { scene, tracks, alerts, boxW } = tl.still();
  download(new Blob([timelineSvg(scene, tracks, alerts, boxW)], { type: 'image/svg+xml' }), `${base()}-timeline.svg`);
}

export async function exportPng(): Promise<void> {
  const tl = activeTimeline();
  if (!tl) return;
  const { scene, tracks, alerts, boxW } = tl.still();
  // Twice the CSS size, so it stays sharp on slides.
  const blob = await timelinePng(scene, tracks, alerts, boxW, 2);
  if (blob) download(blob, `${base()}-timeline.png`);
}

/** The console as the student saw it: time, thread, text; one line each. */
export function consoleText(trace: TraceModel): string {
  return trace.console.map((c) => `${c.t.toFixed(2)}s\t${trace.lanes[c.worker]?.name ?? '?'}\t${c.text}`).join('\n') + (trace.console.length > 0 ? '\n' : '');
}

export function exportConsole(): void {
  download(new Blob([consoleText(useLab.getState().trace)], { type: 'text/plain;charset=utf-8' }), `${base()}-console.txt`);
}

export function currentRecord(): RunRecord | null {
  const s = useLab.getState();
  if (!s.report) return null;
  // A Python lesson's outcome comes from the VM's facts, so they travel with its events.
  const vm = s.scenario.vm ? { code: s.code, facts: s.vmFacts ?? emptyFacts() } : undefined;
  return makeRecord({ scenario: s.scenario.id, params: s.params, speed: s.speed, source: vm ? vm.code : s.scenario.source(s.params, s.lang).code, report: s.report, ...(vm ? { vm } : {}) }, recordedEvents());
}

export function exportRecord(): void {
  const r = currentRecord();
  if (r) download(new Blob([JSON.stringify(r)], { type: 'application/json' }), `${base()}-record.json`);
}

/** Loads a record file; null when it loaded, else what is wrong with it (a field's name, or what is missing). */
export async function loadRecordFile(file: Blob): Promise<string | null> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return 'JSON';
  }
  const r = readRecord(json);
  if (typeof r === 'string') return r;
  const scenario = findScenario(r.scenario);
  if (!scenario) return `scenario=${r.scenario}`;
  if (scenario.vm && !r.vm) return 'vm';
  return useLab.getState().loadRecord(r) ? null : 'scenario';
}

/**
 * A scenario as the main thread sees it: its parameters, the Python source it
 * shows, the threads it starts, and how it turns what happened into an
 * outcome. Knows nothing of D3 or React.
 */
import type { RunSpec } from '../engine/run';
import type { Lang, Localized } from '../i18n/lang';
import type { TraceModel } from '../trace/model';
import type { ParamValue, ParamValues } from './types';
import type { TaskOf, VmFacts } from '../trace/vm-trace';
import type { RunStatus } from '../engine/driver';
import type { InvariantSpec } from '../python/step/remote';

/**
 * A scenario whose Python runs on the VM (the page's editor text), not a
 * TypeScript mirror. The lesson's text is `source(p, lang).code`: the editor
 * starts with it, follows the controls while it is unedited, and "Back to the
 * lesson" restores it.
 */
export interface VmScenario {
  /** The page offers step mode here (its panel; `mode`, `granularity`, `schedule`, `freethreaded` in the URL). */
  step?: boolean;
  /** What step mode's search looks for and its verdict checks (the lesson's bad interleaving); default: a ticket sold twice or a deadlock. */
  stepInvariant?: InvariantSpec | ((p: ParamValues) => InvariantSpec);
  /** A step lesson: the page opens in step mode unless the link says `mode=live`. */
  stepFirst?: boolean;
  /** Globals whose every store the analysis reads (`VmFacts.stores`). */
  watch?: readonly string[];
  /** What moves the program's time while it runs (src/python/vm/cores.ts): `work` for a lesson that times CPU work (the same figures on every run); default real time. */
  clock?: 'real' | 'work';
  /** The timeline draws each process's GIL holder ('gil' events from the VM). */
  showGil?: boolean;
  /** With these settings the program is free-threaded Python's (3.13t): timed with every thread on a core of its own. */
  freeThreaded?(p: ParamValues): boolean;
  /** Which of the library's calls into the script are tasks (a pool's work), by number: marks for the timeline and views. */
  task?: TaskOf;
  /** What happened, from the VM's facts (and the run model they built: its console, queue ops, spans). */
  outcome(facts: VmFacts, status: RunStatus, p: ParamValues, trace: TraceModel): Outcome;
  /** Moments to flag on the timeline, from the VM's facts. */
  alerts?(facts: VmFacts): Alert[];
  /**
   * The student edited the lesson and then moved a control: the edited text
   * with that parameter applied (a slider rewrites its number), or null when
   * it cannot be done. Parameters not in `rebinds` are off while the text is
   * edited (Back to the lesson turns them on again).
   */
  rebinds?: readonly string[];
  rebind?(code: string, key: string, value: ParamValue): string | null;
}

export type ParamSpec =
  | { key: string; kind: 'int'; min: number; max: number; default: number; label: Localized }
  | { key: string; kind: 'number'; min: number; max: number; step: number; default: number; label: Localized; unit?: string }
  | { key: string; kind: 'enum'; options: readonly string[]; default: string; label: Localized; optionLabels: Record<string, Localized> }
  | { key: string; kind: 'bool'; default: boolean; label: Localized; on: string; off: string };

export interface Figure {
  key: string;
  label: Localized;
  value: number | string;
  tone?: 'good' | 'bad';
}

export interface Outcome {
  /** `data-*` attributes of `[data-testid=outcome]` (the public contract). */
  data: Record<string, string>;
  figures: Figure[];
  verdict: Localized;
  tone: 'good' | 'bad' | 'neutral';
  /** A VM run's generic tables (VmOutcome): shown open (the generic outcome) or folded under a lesson's own figures. */
  vmDetails?: 'open' | 'folded';
}

export interface SourceView {
  code: string;
  /** Lines that do not run in this configuration (shown struck through). */
  struck: number[];
  /** Why those lines are struck, when the scenario can say it better than the generic note. */
  struckNote?: Localized;
}

export interface Alert {
  t: number;
  worker: number;
  label: Localized;
}

export interface DeadlockStory {
  waiter: string;
  /** The lock's holder, or '' when the thread waits on a queue. */
  holder: string;
  waitLine: number;
  kind: 'lock' | 'queue';
  /** Name of the lock or queue waited on. */
  on: string;
  /** The holder has ended (VM runs): the last line of the script it was seen at. */
  holderEndLine?: number;
}

export interface ScenarioDef {
  id: string;
  title: Localized;
  /** The tutorial section it comes from. */
  section: string;
  /**
   * One or two sentences: what to watch for and what to try, built from the
   * settings (never the defaults' numbers), and never pointing left or right,
   * as panels move on a phone or in an embed.
   */
  intro?(p: ParamValues): Localized;
  params: ParamSpec[];
  defaultSpeed: number;
  source(p: ParamValues, lang: Lang): SourceView;
  runSpec(p: ParamValues): Omit<RunSpec, 'speed'>;
  /**
   * What happened, from the trace and the globals at the end
   * (`finalGlobals` is the main process's; `byProcess` has every process's).
   */
  outcome(trace: TraceModel, p: ParamValues, finalGlobals: Record<string, number>, byProcess: Record<string, number>[]): Outcome;
  /** Moments to flag on the timeline (the race itself: an oversold ticket, a ticket sold twice). */
  alerts?(trace: TraceModel, p: ParamValues): Alert[];
  /** Why the run is stuck, in words, when it deadlocks. */
  deadlockText?(story: DeadlockStory, p: ParamValues, code?: string): Localized;
  /**
   * True when every program of the scenario awaits each py call
   * (AsyncThreadTarget), so it also runs on the message runtime (its tests;
   * the page runs every lesson on the VM, src/message-runtime/README.md).
   */
  messageRuntime?: boolean;
  /**
   * What a wait on this scenario's queues is, when they are not the student's
   * own queue but stand for something else (a child's start-up pipe, join(),
   * a pool's inner queues): the timeline's legend and summary say this
   * instead of "waiting on a queue".
   */
  queueWait?: Localized;
  /**
   * Timed on this machine, so worth repeating: the outcome offers three runs
   * and the median of these speed-ups (`data-*` keys of the outcome).
   */
  repeat?: { speedups: { key: string; label: Localized }[] };
  /** Parameters that change nothing with these settings (the lab's controls under the lesson's program): shown disabled. */
  inactiveParams?(p: ParamValues): string[];
  /** Params of the fixed program, offered when the lesson as written goes wrong. */
  fixedParams?(p: ParamValues): ParamValues;
  /** Set when the program runs on the Python VM: then `runSpec`'s threads are only the lanes shown before a run. */
  vm?: VmScenario;
}

export function paramDefaults(def: ScenarioDef): ParamValues {
  const out: ParamValues = {};
  for (const s of def.params) out[s.key] = s.default as ParamValue;
  return out;
}

/** A step scenario's invariant for these settings (undefined: the page's default). */
export function stepInvariantOf(def: ScenarioDef, p: ParamValues): InvariantSpec | undefined {
  const inv = def.vm?.stepInvariant;
  return typeof inv === 'function' ? inv(p) : inv;
}

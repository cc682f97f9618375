// Step mode's controls (issue 12): the live/step switch, one step button per
// thread lane (keys 0–9 too), any / next line / next event / end / back, a
// slider over the steps taken, granularity, and the search for a bad
// interleaving. The program is lab-store's `code`; the session runs in the step worker.
import { useEffect, useMemo } from 'react';
import { useLab } from '../../store/lab-store';
import type { InvariantSpec, SearchRequest } from '../../python/step/remote';
import { isStepLesson, useStep } from '../../store/step-store';
import { FREE_THREADED_KEY } from '../../scenarios/free-threaded';
import { stepInvariantOf } from '../../scenarios/scenario';
import { threadColor } from '../palette';
import { stepStrings } from './step-strings';
import { reasonIn } from './reason-zh';
import { InstructionView, WaitsForGraph, WatchPanel } from './StepViews';
import { LiveWatchPanel } from './LiveWatchPanel';
import { useStepTimeline } from './useStepTimeline';
import { ChallengePanel, useActiveChallenge, useChallengeLink } from './ChallengePanel';
import './step.css';

/** A program of the student's own: the two bad things the lessons teach. */
const DEFAULT_INVARIANT: InvariantSpec = { kind: 'all', of: [{ kind: 'sold-twice' }, { kind: 'deadlock' }] };
const searchFor = (invariant: InvariantSpec): SearchRequest => ({ invariant, strategy: 'pct', runs: 400, depth: 3, seed: 1 });

/** The first scenario shown follows the link's mode=; later ones follow their kind (a step lesson opens in step mode). */
let linkDecides = true;

function typingTarget(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.closest('.cm-editor') !== null);
}

export function StepPanel() {
  const lang = useLab((s) => s.lang);
  const code = useLab((s) => s.code);
  const scenario = useLab((s) => s.scenario);
  const params = useLab((s) => s.params);
  const stepFirst = useLab((s) => isStepLesson(s.scenario));
  const active = useActiveChallenge();
  const resolved = active ? active.solvedWhen : (stepInvariantOf(scenario, params) ?? DEFAULT_INVARIANT);
  // Compared by value: a function of the parameters makes a new object every render.
  const invKey = JSON.stringify(resolved);
  const invariant = useMemo((): InvariantSpec => JSON.parse(invKey) as InvariantSpec, [invKey]);
  const t = stepStrings[lang];
  const st = useStep();
  const { mode, view } = st;
  // One `freethreaded` in the URL: the run's control (a scenario param) follows the step panel's box.
  const onFreeThreaded = (on: boolean): void => {
    st.setFreeThreaded(on);
    if (useLab.getState().scenario.params.some((p) => p.key === FREE_THREADED_KEY)) useLab.getState().setParam(FREE_THREADED_KEY, on);
  };

  // A mode=step link replays its schedule once the program is known; code= decodes after the first
  // render, and an edit changes the program, so every new program reopens (keeping the link's schedule
  // until the student takes a step of their own).
  useEffect(() => {
    const s = useStep.getState();
    if (s.mode === 'step') void s.open(code, s.initialSchedule, invariant);
  }, [code, mode, invariant, st.granularity, st.freeThreaded]);
  useChallengeLink();
  useStepTimeline();

  useEffect(() => {
    const s = useStep.getState();
    const linked = linkDecides && s.urlMode !== null;
    linkDecides = false;
    if (linked) return;
    if (stepFirst && s.mode !== 'step') s.setMode('step');
    else if (!stepFirst && s.mode === 'step' && !s.challenge) s.setMode('live');
  }, [stepFirst]);

  useEffect(() => {
    if (mode !== 'step') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typingTarget(e.target) || !/^[0-9]$/.test(e.key)) return;
      const lane = Number(e.key);
      const m = useStep.getState().view?.movable.find((x) => x.lane === lane);
      if (m?.ok) {
        e.preventDefault();
        void useStep.getState().step(lane);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode]);

  const steps = view?.state.step ?? 0;
  const problem = view?.problem;
  return (
    <div className="step-panel" data-testid="step-panel">
      <div className="step-row" role="group" aria-label={t.mode}>
        <button type="button" data-testid="mode-live" aria-pressed={mode === 'live'} onClick={() => st.setMode('live')}>
          {t.live}
        </button>
        <button type="button" data-testid="mode-step" aria-pressed={mode === 'step'} onClick={() => { if (mode !== 'step') st.setMode('step'); }}>
          {t.step}
        </button>
        {mode === 'step' ? (
          <>
            <label>
              {t.granularity}{' '}
              <select data-testid="granularity" value={st.granularity} onChange={(e) => st.setGranularity(e.target.value === 'bytecode' ? 'bytecode' : 'line')}>
                <option value="line">{t.line}</option>
                <option value="bytecode">{t.bytecode}</option>
              </select>
            </label>
            <label>
              <input type="checkbox" data-testid="free-threaded" checked={st.freeThreaded} onChange={(e) => onFreeThreaded(e.target.checked)} /> {t.freeThreaded}
            </label>
          </>
        ) : null}
      </div>
      {mode === 'live' ? <LiveWatchPanel /> : null}
      {mode === 'step' && view ? (
        <>
          <div
            className="step-row"
            data-testid="step-status"
            data-step={steps}
            data-finished={view.state.finished ? 'true' : 'false'}
            data-busy={st.busy ? 'true' : 'false'}
            data-schedule={view.state.schedule}
          >
            {t.steps(steps)}
            {view.state.finished ? ` · ${t.finished}` : ''}
          </div>
          {problem ? (
            <p className="step-problem" data-testid="step-problem" data-index={problem.index} role="alert">
              {t.refused(problem.index, problem.lane, reasonIn(lang, problem.reason))}
            </p>
          ) : null}
          {st.refused ? (
            <p className="step-problem" data-testid="step-refused" data-lane={st.refused.lane} role="alert">
              {t.refusedLane(st.refused.name, reasonIn(lang, st.refused.reason))}
            </p>
          ) : null}
          <div className="step-row step-lanes">
            {view.movable.map((m) => (
              <button
                key={m.lane}
                type="button"
                data-testid={`step-thread-${m.lane}`}
                data-reason={m.reason ?? ''}
                title={m.reason ? reasonIn(lang, m.reason) : t.stepThread(m.name, String(m.lane))}
                disabled={!m.ok}
                style={{ borderColor: threadColor(m.lane) }}
                onClick={() => void st.step(m.lane)}
              >
                {m.lane}: {m.name}
              </button>
            ))}
          </div>
          <div className="step-row">
            <button type="button" data-testid="step-any" disabled={view.state.finished} onClick={() => void st.runTo({ kind: 'any' })}>
              {t.any}
            </button>
            <button
              type="button"
              data-testid="step-next-line"
              disabled={view.state.finished}
              onClick={() => {
                const m = view.movable.find((x) => x.ok);
                if (m) void st.runTo({ kind: 'line', lane: m.lane });
              }}
            >
              {t.nextLine}
            </button>
            <button type="button" data-testid="step-next-event" disabled={view.state.finished} onClick={() => void st.runTo({ kind: 'event', pick: 'any' })}>
              {t.nextEvent}
            </button>
            <button type="button" data-testid="step-end" disabled={view.state.finished} onClick={() => void st.runTo({ kind: 'end', pick: 'any' })}>
              {t.toEnd}
            </button>
            <button type="button" data-testid="step-back" disabled={steps === 0} onClick={() => void st.back()}>
              {t.back}
            </button>
          </div>
          <label className="step-row">
            {t.slider}{' '}
            <input
              type="range"
              data-testid="step-slider"
              min={0}
              max={Math.max(steps, view.state.schedule.length)}
              value={steps}
              onChange={(e) => void st.seek(Number(e.target.value))}
            />
          </label>
          <p className="step-verdict" data-testid="step-verdict" data-broken={view.violation === null ? 'false' : 'true'} role="status">
            {view.violation === null ? t.holds : t.broken(reasonIn(lang, view.violation))}
          </p>
          <pre className="step-out" data-testid="step-stdout">
            {view.state.stdout}
            {view.state.stderr}
          </pre>
          <ChallengePanel />
          <InstructionView />
          <WatchPanel />
          <WaitsForGraph />
          <div className="step-row">
            <button type="button" data-testid="step-search" disabled={st.search?.running === true} onClick={() => void st.find(searchFor(invariant))}>
              {t.find}
            </button>
            {st.search ? (
              <span data-testid="search-status" data-found={st.search.found === null ? '' : String(st.search.found)} data-tried={st.search.tried}>
                {st.search.running ? t.searching(st.search.tried) : st.search.found ? t.found(st.search.tried, reasonIn(lang, st.search.violation ?? '')) : t.notFound(st.search.tried)}
              </span>
            ) : null}
          </div>
        </>
      ) : null}
    </div>
  );
}

// Challenges (issue 12), in the spirit of The Deadlock Empire: the open one's
// goal and whether this run reached it (with the winning schedule as a link),
// and the list of all of them with which are solved (local storage).
import { useEffect, useMemo, useRef, useState } from 'react';
import { challengeById, challenges, type Challenge } from '../../scenarios/challenges/challenges';
import { findScenario } from '../../scenarios/registry';
import { useLab } from '../../store/lab-store';
import { useStep } from '../../store/step-store';
import { loadProgress, saveSolved, type Progress } from './challenge-progress';
import { stepStrings } from './step-strings';

const IDS = challenges.map((c) => c.id);

/** The open challenge, if the `challenge=` id names one. */
export function useActiveChallenge(): Challenge | undefined {
  const id = useStep((s) => s.challenge);
  return id ? challengeById(id) : undefined;
}

/** Opening a challenge: its lesson, its program in the editor, its granularity and GIL; leaving its lesson leaves it. */
export function openChallenge(c: Challenge): void {
  const lab = useLab.getState();
  if (lab.scenario.id !== c.lesson) lab.setScenario(c.lesson);
  useLab.getState().setCode(c.source);
  useStep.getState().setChallenge(c.id, { granularity: c.granularity, freeThreaded: c.freeThreaded });
}

/** Whether the page is still under the challenge's rules (the student may have changed the program or a switch). */
export function underRules(c: Challenge): boolean {
  const lab = useLab.getState();
  const st = useStep.getState();
  return lab.scenario.id === c.lesson && lab.code === c.source && st.mode === 'step' && st.granularity === c.granularity && st.freeThreaded === c.freeThreaded;
}

function winningLink(c: Challenge, schedule: string, lang: string): string {
  const q = new URLSearchParams({ scenario: c.lesson, challenge: c.id, mode: 'step', granularity: c.granularity, schedule, lang });
  if (c.freeThreaded) q.set('freethreaded', 'on');
  return `${window.location.pathname}?${q.toString()}`;
}

/**
 * For the always-mounted step panel: a challenge= link applies its rules once (code= may decode later and is
 * the same text); leaving the challenge's lesson leaves the challenge.
 */
export function useChallengeLink(): void {
  const active = useActiveChallenge();
  const scenarioId = useLab((s) => s.scenario.id);
  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (!active || applied.current === active.id) return;
    applied.current = active.id;
    if (!underRules(active)) openChallenge(active);
  }, [active]);
  const prevScenario = useRef(scenarioId);
  useEffect(() => {
    if (active && prevScenario.current === active.lesson && scenarioId !== active.lesson) {
      applied.current = null;
      useStep.getState().setChallenge(null);
    }
    prevScenario.current = scenarioId;
  }, [scenarioId, active]);
}

export function ChallengePanel() {
  const lang = useLab((s) => s.lang);
  const code = useLab((s) => s.code);
  const t = stepStrings[lang];
  const active = useActiveChallenge();
  const view = useStep((s) => s.view);
  const st = useStep();
  const [progress, setProgress] = useState<Progress>(() => loadProgress(IDS));

  const ruled = active !== undefined && underRules(active);
  const solved = ruled && view !== null && view.violation !== null && !view.problem;
  const schedule = view?.state.schedule ?? '';
  useEffect(() => {
    if (active && solved && progress[active.id] !== schedule) setProgress(saveSolved(active.id, schedule, IDS));
  }, [active, solved, schedule, progress]);

  const list = useMemo(() => challenges.map((c) => ({ c, lesson: findScenario(c.lesson)?.title[lang] ?? c.lesson })), [lang]);
  return (
    <div className="step-challenges">
      {active ? (
        <div className="step-challenge" data-testid="challenge" data-challenge={active.id} data-solved={solved ? 'true' : 'false'} data-ruled={ruled ? 'true' : 'false'} role="group" aria-label={t.challenge}>
          <h3>{t.challenge}</h3>
          <p className="step-goal">{active.goal[lang]}</p>
          <details>
            <summary>{t.hint}</summary>
            <p>{active.hint[lang]}</p>
          </details>
          {solved ? (
            <p className="step-solved" role="status">
              {t.solved}{' '}
              <a data-testid="challenge-link" href={winningLink(active, schedule, lang)}>
                {t.winningLink(schedule.length)}
              </a>
            </p>
          ) : !ruled ? (
            <p className="panel-note">
              {t.offRules}{' '}
              <button type="button" data-testid="challenge-restore" onClick={() => openChallenge(active)}>
                {t.restore}
              </button>
            </p>
          ) : null}
          <button type="button" data-testid="challenge-leave" onClick={() => st.setChallenge(null)}>
            {t.leave}
          </button>
        </div>
      ) : null}
      <details className="step-challenge-list" open={!active}>
        <summary>{t.challenges(Object.keys(progress).length, challenges.length)}</summary>
        <ul data-testid="challenge-list">
          {list.map(({ c, lesson }) => (
            <li key={c.id} data-challenge={c.id} data-solved={progress[c.id] !== undefined ? 'true' : 'false'}>
              <button type="button" data-testid={`challenge-open-${c.id}`} disabled={active?.id === c.id && code === c.source} onClick={() => openChallenge(c)}>
                {progress[c.id] !== undefined ? '✓ ' : ''}
                {lesson}: {c.goal[lang]}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/**
 * "Repeat three times and show the median", for scenarios timed on this
 * machine (the GIL experiment): one run on a busy machine can be far off,
 * the middle of three is steadier. Runs through the store's own actions.
 */
import { useEffect, useRef, useState } from 'react';
import { fmt } from '../i18n/lang';
import { median } from '../scenarios/median';
import { speedupPhrase } from '../scenarios/speedup';
import { isOver, useLab } from '../store/lab-store';
import { useStrings } from './useStrings';

const RUNS = 3;

export function RepeatMedian() {
  const t = useStrings();
  const lang = useLab((s) => s.lang);
  const repeat = useLab((s) => s.scenario.repeat);
  const status = useLab((s) => s.status);
  // Figures of each finished run of the series, or null when no series is going or done.
  const [runs, setRuns] = useState<Record<string, string>[] | null>(null);
  const going = useRef(false);
  const collected = useRef<Record<string, string>[]>([]);

  useEffect(
    () =>
      useLab.subscribe((s, prev) => {
        if (!going.current || s.status === prev.status) return;
        if (s.status === 'finished' && s.outcome) {
          collected.current = [...collected.current, s.outcome.data];
          setRuns(collected.current);
          if (collected.current.length < RUNS) queueMicrotask(() => useLab.getState().run());
          else going.current = false;
        } else if (s.status === 'idle' || s.status === 'error' || s.status === 'deadlock') {
          // A reset or a failed run ends the series.
          going.current = false;
        }
      }),
    [],
  );
  // A new scenario or new settings: old medians say nothing about them.
  const params = useLab((s) => s.params);
  useEffect(() => {
    going.current = false;
    setRuns(null);
  }, [params, repeat]);

  if (!repeat) return null;
  const done = runs !== null && runs.length >= RUNS;
  const start = () => {
    going.current = true;
    collected.current = [];
    setRuns([]);
    useLab.getState().run();
  };
  return (
    <div className="repeat-median" data-testid="repeat-median" data-runs={runs?.length ?? 0}>
      <button type="button" className="btn" data-testid="repeat-3" disabled={going.current || (!isOver(status) && status !== 'idle')} onClick={start}>
        {t.repeatThree}
      </button>
      {runs !== null && !done ? <span className="control-hint">{fmt(t.repeatProgress, { k: runs.length + 1, n: RUNS })}</span> : null}
      {done ? (
        <ul className="repeat-results" data-testid="repeat-results">
          {repeat.speedups.map((sp) => {
            const values = runs.map((r) => Number(r[sp.key]));
            const m = median(values);
            return (
              <li key={sp.key} data-key={sp.key} data-median={Number.isFinite(m) ? m.toFixed(2) : ''}>
                {fmt(t.repeatMedian, { what: sp.label[lang], m: speedupPhrase(m)[lang], all: values.map((v) => `${v.toFixed(2)}×`).join(', ') })}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

import { useMemo } from 'react';
import { strings, type Strings } from '../i18n/strings';
import { useLab } from '../store/lab-store';

/**
 * The UI strings, with the scenario's own words for a queue wait: in the
 * process and pool scenarios a "queue" is a start-up pipe, join() or the
 * pool's machinery, not a queue of the student's program.
 */
export function useStrings(): Strings {
  const lang = useLab((s) => s.lang);
  const queueWait = useLab((s) => s.scenario.queueWait);
  return useMemo(() => {
    const base = strings[lang];
    return queueWait ? { ...base, legend: { ...base.legend, waitingQueue: queueWait[lang] } } : base;
  }, [lang, queueWait]);
}

import { type TimelineStrings, timelineStrings } from '../../i18n/timeline-strings';
import { useLab } from '../../store/lab-store';

export function useTimelineStrings(): TimelineStrings {
  return timelineStrings[useLab((s) => s.lang)];
}

import { strings, type Strings } from '../i18n/strings';
import { useLab } from '../store/lab-store';

export function useStrings(): Strings {
  return strings[useLab((s) => s.lang)];
}

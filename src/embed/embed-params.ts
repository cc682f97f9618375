/** Embed options from the URL: `embed=1&panels=code,timeline,outcome&origin=https://course.example`. */
import { FLAG_VALUES, parseFlag } from '../flags';
import { type OriginRule, parseOrigins } from './origins';

export const PANELS = ['code', 'controls', 'timeline', 'console', 'outcome', 'extras'] as const;
export type Panel = (typeof PANELS)[number];

export interface EmbedOptions {
  embed: boolean;
  /** The panels to show, in the order to show them (a Set keeps insertion order). */
  panels: ReadonlySet<Panel>;
  /** panels= chose them: show them stacked in its order, not in the app's grid. */
  panelsChosen: boolean;
  /** Who may send commands, and where events go. */
  origins: OriginRule;
  /** Values that were not understood, for a visible message. */
  problems: EmbedProblem[];
}

export type EmbedProblem =
  /** A value we skip; the rest of the parameter still works. */
  | { kind: 'ignored'; param: string; value: string }
  /** A yes/no parameter that says neither. */
  | { kind: 'notFlag'; param: string; value: string; options: string }
  /** An `origin=` value that is not a web origin. */
  | { kind: 'notOrigin'; param: 'origin'; value: string }
  /** `origin=` named no valid origin at all: commands are refused from everyone. */
  | { kind: 'originLocked'; param: 'origin'; value: string };

function isPanel(v: string): v is Panel {
  return (PANELS as readonly string[]).includes(v);
}

export function parseEmbed(search: string): EmbedOptions {
  const q = new URLSearchParams(search);
  const problems: EmbedProblem[] = [];
  const rawEmbed = q.get('embed');
  const flag = rawEmbed === null ? false : parseFlag(rawEmbed);
  if (flag === null) problems.push({ kind: 'notFlag', param: 'embed', value: rawEmbed ?? '', options: FLAG_VALUES });
  const embed = flag === true;
  let panels = new Set<Panel>(PANELS);
  let panelsChosen = false;
  const raw = q.get('panels');
  if (raw !== null) {
    const wanted = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const good = wanted.filter(isPanel);
    for (const w of wanted) if (!isPanel(w)) problems.push({ kind: 'ignored', param: 'panels', value: w });
    if (good.length > 0) {
      panels = new Set(good);
      panelsChosen = true;
    }
  }
  const rawOrigin = q.get('origin');
  const { rule: origins, invalid } = parseOrigins(rawOrigin);
  for (const value of invalid) problems.push({ kind: 'notOrigin', param: 'origin', value });
  if (rawOrigin !== null && origins.kind === 'listed' && origins.origins.length === 0) problems.push({ kind: 'originLocked', param: 'origin', value: rawOrigin });
  return { embed, panels, panelsChosen, origins, problems };
}

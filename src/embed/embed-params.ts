/** Embed options from the URL: `embed=1&panels=code,timeline,outcome&origin=https://course.example`. */

export const PANELS = ['code', 'controls', 'timeline', 'console', 'outcome', 'extras'] as const;
export type Panel = (typeof PANELS)[number];

export interface EmbedOptions {
  embed: boolean;
  panels: ReadonlySet<Panel>;
  /** Origins allowed to send commands; empty = any origin. */
  origins: readonly string[];
  /** Values that were not understood, for a visible message. */
  problems: { param: string; value: string }[];
}

function isPanel(v: string): v is Panel {
  return (PANELS as readonly string[]).includes(v);
}

export function parseEmbed(search: string): EmbedOptions {
  const q = new URLSearchParams(search);
  const problems: { param: string; value: string }[] = [];
  const embed = ['1', 'true', 'yes'].includes((q.get('embed') ?? '').toLowerCase());
  let panels = new Set<Panel>(PANELS);
  const raw = q.get('panels');
  if (raw !== null) {
    const wanted = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const good = wanted.filter(isPanel);
    for (const w of wanted) if (!isPanel(w)) problems.push({ param: 'panels', value: w });
    if (good.length > 0) panels = new Set(good);
  }
  const origins: string[] = [];
  for (const o of (q.get('origin') ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    try {
      origins.push(new URL(o).origin);
    } catch {
      problems.push({ param: 'origin', value: o });
    }
  }
  return { embed, panels, origins, problems };
}

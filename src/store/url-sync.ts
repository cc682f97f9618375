/**
 * The address bar follows the lab's state: every control writes itself into
 * the URL, so the address is always a link to what is on screen. Writes are
 * coalesced (Chromium ignores a page's URL updates beyond ~200 per 10 s), and
 * the last change is always written.
 */
import type { ScenarioDef } from '../scenarios/scenario';
import type { ParamValues } from '../scenarios/types';
import type { Lang } from '../i18n/lang';
import type { Size } from '../flags';
import { scenarios } from '../scenarios/registry';
import { toSearch } from '../url';
import { coalesce } from './coalesce';

/** At most 4 URL writes a second: far below Chromium's ~200 per 10 s, and still live. */
const URL_WRITE_INTERVAL_MS = 250;

export interface UrlState {
  scenario: ScenarioDef;
  params: ParamValues;
  speed: number;
  lang: Lang;
  size: Size;
}

/** The state the URL must show, written by `urlWriter` (a few times a second at most). */
let urlWanted: UrlState | null = null;
const urlWriter = coalesce(() => {
  if (typeof window === 'undefined' || urlWanted === null) return;
  const search = toSearch(urlWanted, new URLSearchParams(window.location.search), scenarios);
  window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
}, URL_WRITE_INTERVAL_MS);

/** Asks for the URL to show `s` (the fields it needs are copied, so later changes to `s` do not leak in). */
export function syncUrl(s: UrlState): void {
  urlWanted = { scenario: s.scenario, params: s.params, speed: s.speed, lang: s.lang, size: s.size };
  urlWriter.request();
}

/** Brings the address bar up to date now: before reading `location.href` for a link. */
export function flushUrl(): void {
  urlWriter.flush();
}

// A reload or a bookmark taken while a write is pending still gets the latest state.
if (typeof window !== 'undefined') window.addEventListener('pagehide', flushUrl);

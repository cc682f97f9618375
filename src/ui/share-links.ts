/** Links a teacher shares: the full app with the current settings, and an embed snippet built to their choices. */
import { PANELS, type Panel } from '../embed/embed-params';
import type { Size } from '../flags';
import type { Lang } from '../i18n/lang';

/** What the Share dialog lets a teacher choose. */
export interface EmbedChoice {
  /** The panels to show, in the order to show them (none left out and in the app's order: no `panels=`). */
  panels: readonly Panel[];
  /** The iframe's height in CSS px, or `fit`: the snippet resizes it to the lab's content. */
  height: number | 'fit';
  lang: Lang;
  autoplay: boolean;
  size: Size;
}

export const HEIGHT_MIN = 240;
export const HEIGHT_MAX = 3000;
export const DEFAULT_HEIGHT = 720;

/** The full app's link: the settings, without embed options or autoplay. */
export function shareUrl(href: string): string {
  const u = new URL(href);
  u.searchParams.delete('embed');
  u.searchParams.delete('panels');
  u.searchParams.delete('origin');
  u.searchParams.delete('autoplay');
  return u.toString();
}

export function embedUrl(href: string): string {
  const u = new URL(shareUrl(href));
  u.searchParams.set('embed', '1');
  return u.toString();
}

function applyChoice(u: URL, c: Pick<EmbedChoice, 'lang' | 'autoplay' | 'size'>): URL {
  u.searchParams.set('lang', c.lang);
  if (c.size === 'large') u.searchParams.set('size', 'large');
  else u.searchParams.delete('size');
  if (c.autoplay) u.searchParams.set('autoplay', '1');
  return u;
}

/** `panels=` only when the choice differs from every panel in the app's order. */
export function panelsParam(panels: readonly Panel[]): string | null {
  const all = panels.length === PANELS.length && panels.every((p, i) => p === PANELS[i]);
  return all || panels.length === 0 ? null : panels.join(',');
}

/** The full app with the teacher's language, size and start. */
export function shareUrlFor(href: string, c: EmbedChoice): string {
  return applyChoice(new URL(shareUrl(href)), c).toString();
}

/** The embed with the teacher's panels, language, size and start. */
export function embedUrlFor(href: string, c: EmbedChoice): string {
  const u = new URL(shareUrl(href));
  u.searchParams.set('embed', '1');
  const panels = panelsParam(c.panels);
  if (panels !== null) u.searchParams.set('panels', panels);
  return applyChoice(u, c).toString();
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A page may hold several labs: each snippet's script must find its own iframe. */
function frameId(href: string): string {
  const scenario = new URL(href).searchParams.get('scenario') ?? 'lab';
  return `concurrency-lab-${scenario.replace(/[^a-z0-9-]/gi, '')}`;
}

/**
 * `allow="cross-origin-isolated"` lets an isolated course page pass isolation
 * down to the lab; fullscreen lets the lab fill a projector. With `fit`, a few
 * lines of script size the iframe from the lab's `resize` messages, taking
 * them only from that iframe.
 */
export function iframeSnippet(href: string, title: string, c?: EmbedChoice): string {
  const src = c ? embedUrlFor(href, c) : embedUrl(href);
  const fit = c?.height === 'fit';
  const height = c === undefined || fit ? DEFAULT_HEIGHT : c.height;
  const id = frameId(href);
  const frame = `<iframe${fit ? ` id="${id}"` : ''} src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}" style="border:0;max-width:100%" allow="cross-origin-isolated; fullscreen" allowfullscreen loading="lazy"></iframe>`;
  if (!fit) return frame;
  const script = [
    '<script>',
    "window.addEventListener('message', (e) => {",
    `  const f = document.getElementById('${id}');`,
    "  if (!f || e.source !== f.contentWindow || e.data?.type !== 'concurrency-lab' || e.data.event !== 'resize') return;",
    "  f.style.height = `${e.data.height}px`;",
    '});',
    '</script>',
  ].join('\n');
  return `${frame}\n${script}`;
}

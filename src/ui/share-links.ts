/** Links a teacher shares: the full app with the current settings, and an embed snippet. */

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

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * `allow="cross-origin-isolated"` lets an isolated course page pass isolation
 * down to the lab; fullscreen lets the lab fill a projector.
 */
export function iframeSnippet(href: string, title: string): string {
  return `<iframe src="${escapeAttr(embedUrl(href))}" title="${escapeAttr(title)}" width="100%" height="720" style="border:0;max-width:100%" allow="cross-origin-isolated; fullscreen" allowfullscreen loading="lazy"></iframe>`;
}

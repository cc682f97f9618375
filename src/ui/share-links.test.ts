import { describe, expect, it } from 'vitest';
import { embedUrl, embedUrlFor, iframeSnippet, shareUrl, shareUrlFor } from './share-links';

describe('share links', () => {
  const href = 'https://lab.example/app/?scenario=ticket&lock=off&autoplay=1&embed=1&panels=code';
  it('shares the settings but not the embed options or autoplay', () => {
    expect(shareUrl(href)).toBe('https://lab.example/app/?scenario=ticket&lock=off');
  });
  it('embeds with embed=1 and an escaped, isolation-aware iframe', () => {
    expect(embedUrl(href)).toBe('https://lab.example/app/?scenario=ticket&lock=off&embed=1');
    const s = iframeSnippet(href, 'Lab "1"');
    expect(s).toContain('src="https://lab.example/app/?scenario=ticket&amp;lock=off&amp;embed=1"');
    expect(s).toContain('allow="cross-origin-isolated; fullscreen"');
    expect(s).toContain('title="Lab &quot;1&quot;"');
  });
});

describe('the share builder', () => {
  const href = 'https://lab.example/app/?scenario=ticket&lock=off&lang=zh&size=large&autoplay=1';
  const base = { panels: ['code', 'controls', 'timeline', 'console', 'outcome', 'extras'], height: 720, lang: 'en', autoplay: false, size: 'normal' } as const;

  it('writes panels= only for a choice other than all of them in order, and in the chosen order', () => {
    expect(new URL(embedUrlFor(href, base)).searchParams.has('panels')).toBe(false);
    const u = new URL(embedUrlFor(href, { ...base, panels: ['timeline', 'outcome', 'controls'] }));
    expect(u.searchParams.get('panels')).toBe('timeline,outcome,controls');
    expect(u.searchParams.get('embed')).toBe('1');
  });

  it('language, size and start follow the choice, in the link and the embed', () => {
    for (const f of [embedUrlFor, shareUrlFor]) {
      const normal = new URL(f(href, base));
      expect(normal.searchParams.get('lang')).toBe('en');
      expect(normal.searchParams.has('size')).toBe(false);
      expect(normal.searchParams.has('autoplay')).toBe(false);
      const big = new URL(f(href, { ...base, size: 'large', autoplay: true, lang: 'zh' }));
      expect(big.searchParams.get('size')).toBe('large');
      expect(big.searchParams.get('autoplay')).toBe('1');
      expect(big.searchParams.get('lang')).toBe('zh');
    }
    expect(new URL(shareUrlFor(href, base)).searchParams.has('embed')).toBe(false);
  });

  it('a fixed height is the iframe height; fit content adds a script that listens to this iframe only', () => {
    const fixed = iframeSnippet(href, 'Lab', { ...base, height: 480 });
    expect(fixed).toContain('height="480"');
    expect(fixed).not.toContain('<script>');
    const fit = iframeSnippet(href, 'Lab', { ...base, height: 'fit' });
    expect(fit).toContain('id="concurrency-lab-ticket"');
    expect(fit).toContain("e.source !== f.contentWindow");
    expect(fit).toContain("e.data.event !== 'resize'");
    expect(fit).toContain('f.style.height');
  });
});

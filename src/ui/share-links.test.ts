import { describe, expect, it } from 'vitest';
import { embedUrl, iframeSnippet, shareUrl } from './share-links';

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

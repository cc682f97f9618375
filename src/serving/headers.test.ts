import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isolationHeaders } from './isolation-headers';
import { cspValue, securityHeaders } from './security-headers';

/** The header lines of a Netlify/Cloudflare `_headers` file (one rule, `/*`). */
function headersFile(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (m?.[1] && m[2]) out[m[1]] = m[2].trim();
  }
  return out;
}

describe('served headers', () => {
  it('public/_headers sends exactly what the preview server sends', () => {
    expect(headersFile('public/_headers')).toEqual({ ...isolationHeaders, ...securityHeaders });
  });

  it('the policy allows nothing inline or evaluated, and any page to embed us', () => {
    const csp = securityHeaders['Content-Security-Policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain('frame-ancestors *');
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
  });

  it('the <meta> policy leaves out what browsers ignore there', () => {
    expect(cspValue(true)).not.toContain('frame-ancestors');
    expect(cspValue(true)).toContain("script-src 'self'");
  });
});

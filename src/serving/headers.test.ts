import { describe, expect, it } from 'vitest';
import { RELAY_FILE, headersFileText, headersForPath, relayHeaderOverrides } from './headers-file';
import { isolationHeaders } from './isolation-headers';
import { RELAY_PATH } from './relay-headers-plugin';
import { cspValue, securityHeaders } from './security-headers';

describe('served headers', () => {
  const text = headersFileText();

  it('the generated _headers sends every page exactly what the preview server sends', () => {
    expect(headersForPath(text, '/index.html')).toEqual({ ...isolationHeaders, ...securityHeaders });
    expect(headersForPath(text, '/assets/main-abc.js')).toEqual({ ...isolationHeaders, ...securityHeaders });
  });

  it('the generated _headers exempts the Perfetto relay from isolation, and only it', () => {
    expect(`/${RELAY_FILE}`).toBe(RELAY_PATH);
    const relay = headersForPath(text, RELAY_PATH);
    expect(relay['Cross-Origin-Opener-Policy']).toBe('unsafe-none');
    expect(relay['Cross-Origin-Embedder-Policy']).toBe('unsafe-none');
    expect(relay['Document-Isolation-Policy']).toBe('none');
    // The rest of the policy still applies to it.
    expect(relay['Content-Security-Policy']).toBe(securityHeaders['Content-Security-Policy']);
    expect(relay['Cross-Origin-Resource-Policy']).toBe(isolationHeaders['Cross-Origin-Resource-Policy']);
    // The relay's block comes after the catch-all, so on Netlify (later match wins) it overrides.
    expect(text.indexOf(`\n${RELAY_PATH}\n`)).toBeGreaterThan(text.indexOf('\n/*\n'));
    expect(Object.keys(relayHeaderOverrides).every((h) => h in isolationHeaders)).toBe(true);
    expect(headersForPath(text, '/perfetto-relay.js')['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });

  it('reads a later matching rule as overriding an earlier one', () => {
    const t = '/*\n  A: 1\n  B: 2\n/x/*\n  B: 3\n';
    expect(headersForPath(t, '/x/y')).toEqual({ A: '1', B: '3' });
    expect(headersForPath(t, '/y')).toEqual({ A: '1', B: '2' });
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

import { describe, expect, it } from 'vitest';
import { acceptsOrigin, eventTarget, parseOrigins, webOrigin } from './origins';

describe('origin= rules', () => {
  it('no origin= accepts anyone and posts to anyone', () => {
    const { rule, invalid } = parseOrigins(null);
    expect(rule).toEqual({ kind: 'any' });
    expect(invalid).toEqual([]);
    expect(acceptsOrigin(rule, 'https://evil.example')).toBe(true);
    expect(eventTarget(rule)).toBe('*');
  });

  it('reads real origins, dropping paths', () => {
    const { rule, invalid } = parseOrigins('https://course.example.edu/page, http://localhost:4711');
    expect(rule).toEqual({ kind: 'listed', origins: ['https://course.example.edu', 'http://localhost:4711'] });
    expect(invalid).toEqual([]);
    expect(acceptsOrigin(rule, 'https://course.example.edu')).toBe(true);
    expect(acceptsOrigin(rule, 'https://other.example')).toBe(false);
    expect(eventTarget(rule)).toBe('https://course.example.edu');
  });

  it('fails closed when no value is an origin', () => {
    for (const raw of ['course.example.edu', '*', 'localhost:4711', 'javascript:alert(1)', 'file:///tmp/x', 'data:text/html;x', '', ',']) {
      const { rule, invalid } = parseOrigins(raw);
      expect(rule, raw).toEqual({ kind: 'listed', origins: [] });
      expect(invalid, raw).toEqual(raw.replace(/,/g, '') === '' ? [] : [raw]);
      expect(acceptsOrigin(rule, 'https://course.example.edu'), raw).toBe(false);
      expect(acceptsOrigin(rule, 'null'), raw).toBe(false);
      expect(eventTarget(rule), raw).toBeNull();
    }
  });

  it('keeps the valid values of a mixed list and names the rest', () => {
    const { rule, invalid } = parseOrigins('notaurl,https://a.example,*');
    expect(rule).toEqual({ kind: 'listed', origins: ['https://a.example'] });
    expect(invalid).toEqual(['notaurl', '*']);
  });

  it('never treats an opaque origin as a value or a match', () => {
    expect(webOrigin('javascript:void(0)')).toBeNull();
    expect(webOrigin('file:///etc/passwd')).toBeNull();
    expect(webOrigin('data:,x')).toBeNull();
    expect(webOrigin('https://ok.example:8443/x?y')).toBe('https://ok.example:8443');
    expect(acceptsOrigin({ kind: 'listed', origins: ['null'] }, 'null')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../main/security';
import { WEB_CONTENT_SECURITY_POLICY, WEB_HEADER_POLICY } from './csp';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d] as const));

describe('the web edition’s CSP', () => {
  it('is the desktop’s, directive for directive, but frame-ancestors (no meta tag can set it)', () => {
    const desktop = directives(CONTENT_SECURITY_POLICY);
    const web = directives(WEB_CONTENT_SECURITY_POLICY);
    for (const [name, directive] of desktop) {
      if (name === 'frame-ancestors') expect(web.has(name)).toBe(false);
      else expect(web.get(name)).toBe(directive);
    }
  });

  it('allows workers from its own origin only, and nothing else beyond the desktop’s', () => {
    const web = directives(WEB_CONTENT_SECURITY_POLICY);
    expect(web.get('worker-src')).toBe("worker-src 'self'");
    expect([...web.keys()].filter((name) => !directives(CONTENT_SECURITY_POLICY).has(name))).toEqual(['worker-src']);
    expect(WEB_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('gives hosts the header form with frame-ancestors back', () => {
    expect(WEB_HEADER_POLICY).toBe(`${WEB_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });
});

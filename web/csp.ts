/**
 * The web edition's Content-Security-Policy: the desktop's (main/security.ts), as strict, with
 * what a <meta> tag and a web page change. `frame-ancestors` cannot be set from a meta tag
 * (browsers ignore it there), so it is left to the host's headers (docs/WEB.md says how), and
 * `worker-src 'self'` is spelled out: the simulation workers and the service worker are the
 * site's own files (with default-src 'none' it would fall back to script-src 'self' anyway).
 */
import { CONTENT_SECURITY_POLICY } from '../main/security';

const META_IGNORED = ['frame-ancestors'];

export const WEB_CONTENT_SECURITY_POLICY = [
  ...CONTENT_SECURITY_POLICY.split('; ').filter((directive) => !META_IGNORED.includes(directive.split(' ')[0]!)),
  "worker-src 'self'",
].join('; ');

/** The policy the host should also send as a header: the meta tag's and frame-ancestors. */
export const WEB_HEADER_POLICY = `${WEB_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

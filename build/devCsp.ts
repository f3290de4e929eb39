import type { Plugin } from 'vite';
import { developmentContentSecurityPolicy } from '../main/security';

/**
 * `npm run dev` only: the dev server's copy of index.html gets the development CSP (Vite injects
 * component styles inline and talks to its server over a WebSocket, which the shipped policy in
 * the meta tag forbids). The build keeps the meta tag exactly as written.
 */
export function developmentCsp(): Plugin {
  return {
    name: 'nocturne-development-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const origin = context.server?.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
        return html.replace(
          /(http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/,
          (_match, open: string, close: string) => `${open}${developmentContentSecurityPolicy(origin)}${close}`,
        );
      },
    },
  };
}

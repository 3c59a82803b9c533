// The Content-Security-Policy the demo server sends with every response: the partner portal's
// own policy (its <meta> tag) with the directives a <meta> tag cannot carry (frame-ancestors)
// or that it leaves open (base-uri, form-action).
import { createHash } from 'node:crypto';

/** The directives every page gets. */
export const POLICY = Object.freeze({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
});

/**
 * The policy for a page: `POLICY`, with the hash of each inline `<style>` block the page has
 * (embed.html and the PromptPay poster keep their styles inline, as a partner copying them
 * would), so no page needs 'unsafe-inline'.
 *
 * @param {string} [html] the page's HTML; leave out for any other file
 * @returns {string}
 */
export function contentSecurityPolicy(html = '') {
  const styleHashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, text]) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`,
  );
  return Object.entries(POLICY)
    .map(([directive, sources]) =>
      [directive, ...sources, ...(directive === 'style-src' ? styleHashes : [])].join(' '),
    )
    .join('; ');
}

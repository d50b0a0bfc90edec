import { createHash } from 'node:crypto';
import type { Config } from '../config/config.ts';

/**
 * The Content-Security-Policy header for an app's index.html. Angular's autoCsp writes the
 * script policy (hashes of its inline loader + 'strict-dynamic') into a meta tag; the header
 * repeats that script-src, since both policies apply and a stricter header would block the
 * loader. Without the meta tag, inline scripts are allowed by their hashes only.
 */
export function appContentSecurityPolicy(indexHtml: string, config: Config): string {
  const scriptSrc =
    metaScriptSrc(indexHtml) ?? `script-src 'self' ${inlineScriptHashes(indexHtml)}`;
  const cognito = config.cognito
    ? ` https://cognito-idp.${config.cognito.region}.amazonaws.com`
    : '';
  return [
    "default-src 'self'",
    scriptSrc.trim(),
    // Angular injects component styles at runtime as <style> elements.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${cognito}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function metaScriptSrc(html: string): string | null {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  const directive = meta?.[1].split(';').find((part) => part.trim().startsWith('script-src'));
  return directive ? directive.trim() : null;
}

function inlineScriptHashes(html: string): string {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`)
    .join(' ');
}

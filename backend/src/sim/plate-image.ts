/**
 * A small stand-in for the rear camera's plate crop: an SVG of the plate as the camera "saw"
 * it, so the image-review screen has evidence to show. A few hundred bytes per read.
 */
export function plateImage(jurisdiction: string, text: string, capturedAt: string): string {
  const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">',
    '<rect x="4" y="4" width="232" height="112" rx="10" fill="#f5f5f0" stroke="#223" stroke-width="4"/>',
    `<text x="120" y="28" font-family="sans-serif" font-size="16" text-anchor="middle" fill="#223">${escape(jurisdiction)}</text>`,
    `<text x="120" y="78" font-family="monospace" font-size="40" font-weight="bold" text-anchor="middle" fill="#111">${escape(text)}</text>`,
    `<text x="120" y="106" font-family="sans-serif" font-size="10" text-anchor="middle" fill="#667">${escape(capturedAt)}</text>`,
    '</svg>',
  ].join('');
}

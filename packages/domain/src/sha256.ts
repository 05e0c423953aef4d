// sha256 of a UTF-8 string, as lower-case hex, on Node.js: node:crypto (native, the API's hot path: the
// assignment chain's seeds and hashes). In a browser bundle the package's `#sha256` import resolves to
// ./sha256.browser.ts instead (package.json "imports", condition "browser"): the same function in pure
// JavaScript, byte-identical output, so the rest of the domain runs in the apps.
import { createHash } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256Hex as nodeSha256 } from '../src/sha256.ts';
import { sha256Hex as browserSha256 } from '../src/sha256.browser.ts';

describe('sha256 on Node.js and in the browser', () => {
  it('CH2: the pure-JavaScript sha256 gives the digests node:crypto gives, so a chain recorded by the API verifies anywhere', () => {
    // FIPS 180-2 test vector, and a seed of the assignment draw's shape.
    expect(browserSha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(nodeSha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const seed = JSON.stringify(['oryndau/assignment-seed/v1', '0'.repeat(64), 'doc-1', 7]);
    expect(browserSha256(seed)).toBe(nodeSha256(seed));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => browserSha256(text) === nodeSha256(text)));
  });
});

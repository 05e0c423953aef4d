// sha256 of a UTF-8 string, as lower-case hex, without Node.js (see ./sha256.ts): @noble/hashes, audited,
// pure JavaScript. test/sha256.test.ts proves both give the same digests.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

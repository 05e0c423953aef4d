// The platform's Ed25519 signing key, which signs the audit trail's anchors. From ORYNDAU_SIGNING_KEY (a PKCS#8
// PEM private key) or, when it is not set, generated at first start and kept in the installation's data folder
// (memory only with ORYNDAU_DATA_DIR=memory and in tests). The key id is the first 16 hex digits of the sha256 of
// the public key (SPKI DER), recorded with every anchor.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { installationValue } from '../auth/installation.ts';

export interface SigningKey {
  keyId: string;
  publicKeyPem: string;
  sign(data: string): string;
  /** whether `signature` (base64) is this key's signature of `data`, for the key named `keyId` */
  verify(data: string, signature: string, keyId: string): boolean;
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function signingKeyFromPem(pem: string): SigningKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('ORYNDAU_SIGNING_KEY must be an Ed25519 private key (PKCS#8 PEM).');
  const publicKey = createPublicKey(privateKey);
  const keyId = keyIdOf(publicKey);
  return {
    keyId,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (data) => sign(null, Buffer.from(data, 'utf8'), privateKey).toString('base64'),
    verify: (data, signature, id) => id === keyId && verify(null, Buffer.from(data, 'utf8'), publicKey, Buffer.from(signature, 'base64')),
  };
}

export function signingKeyFromEnv(env: NodeJS.ProcessEnv, stateDir: string | null): SigningKey {
  if (env.ORYNDAU_SIGNING_KEY) return signingKeyFromPem(env.ORYNDAU_SIGNING_KEY.replace(/\\n/g, '\n'));
  if (env.NODE_ENV === 'production') {
    console.warn(`[oryndau] ORYNDAU_SIGNING_KEY is not set: the audit anchors are signed with a key generated in ${stateDir ?? 'memory'}; set it in production.`);
  }
  return signingKeyFromPem(
    installationValue(stateDir, 'signing-key.pem', () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
  );
}

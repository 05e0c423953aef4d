// Bearer tokens. Production verifies against a JWKS URL (ORYNDAU_JWKS_URL, e.g. the national IdP) or a shared
// secret (ORYNDAU_JWT_SECRET, HS256). Dev mode signs its own tokens for demo users (devLogin).
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';

export const DEV_SECRET = 'oryndau-dev-secret-do-not-use-in-production';
const ISSUER = 'oryndau';

export interface TokenConfig {
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

export interface TokenClaims {
  /** our User.id, or absent when the IdP only knows the login */
  sub?: string;
  login?: string;
}

export class TokenService {
  private readonly key: Uint8Array | undefined;
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  constructor(private readonly config: TokenConfig) {
    if (!config.secret && !config.jwksUrl) throw new Error('Token verification needs ORYNDAU_JWT_SECRET or ORYNDAU_JWKS_URL.');
    this.key = config.secret ? new TextEncoder().encode(config.secret) : undefined;
    this.jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;
  }

  async sign(userId: string, login: string, ttlSeconds = 12 * 3600): Promise<string> {
    if (!this.key) throw new Error('This API does not issue tokens (no ORYNDAU_JWT_SECRET).');
    return new SignJWT({ login })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(this.config.issuer ?? ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.key);
  }

  /** verified tokens until their expiry (a signature does not change); bounded, oldest dropped first */
  private readonly verified = new Map<string, { claims: TokenClaims; exp: number }>();

  async verify(token: string): Promise<TokenClaims> {
    const hit = this.verified.get(token);
    if (hit && hit.exp > Date.now()) return hit.claims;
    const options = { issuer: this.config.issuer ?? (this.jwks ? undefined : ISSUER), audience: this.config.audience };
    const { payload } = this.jwks ? await jwtVerify(token, this.jwks, options) : await jwtVerify(token, this.key!, options);
    const result = claims(payload);
    if (payload.exp) {
      if (this.verified.size >= 10_000) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { claims: result, exp: Math.min(payload.exp * 1000, Date.now() + 5 * 60_000) });
    }
    return result;
  }
}

function claims(p: JWTPayload): TokenClaims {
  const login = typeof p.login === 'string' ? p.login : typeof p.preferred_username === 'string' ? p.preferred_username : undefined;
  return { sub: p.sub, login };
}

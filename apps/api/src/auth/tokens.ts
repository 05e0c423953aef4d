// Bearer tokens. Production verifies against a JWKS URL (ORYNDAU_JWKS_URL, e.g. the national IdP) or a shared
// secret (ORYNDAU_JWT_SECRET, HS256). Dev mode signs its own tokens for demo users (devLogin) with a secret
// generated per installation (dev-secret.ts).
//
// Every token must carry `exp`, at most MAX_TTL ahead; the algorithms are pinned per path (HS256 for the
// secret; RS256/ES256/EdDSA for the JWKS, ORYNDAU_JWT_ALGORITHMS to change); issuer and audience are checked on
// both paths (ORYNDAU_JWT_ISSUER, ORYNDAU_JWT_AUDIENCE; default "oryndau" and "oryndau-api", which is what dev
// sign-in issues).
import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';

export const DEFAULT_ISSUER = 'oryndau';
export const DEFAULT_AUDIENCE = 'oryndau-api';
/** the longest a token may still be valid for when presented */
export const MAX_TTL_SECONDS = 12 * 3600;
export const SECRET_ALGORITHMS = ['HS256'];
export const JWKS_ALGORITHMS = ['RS256', 'ES256', 'EdDSA'];
/** clock skew tolerated on exp/nbf and on the ttl bound */
const CLOCK_TOLERANCE_SECONDS = 60;

export interface TokenConfig {
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** algorithms accepted on the JWKS path (default RS256, ES256, EdDSA) */
  jwksAlgorithms?: string[];
  /** the longest a token may be valid for (default 12 h) */
  maxTtlSeconds?: number;
}

export interface TokenClaims {
  /** our User.id, or absent when the IdP only knows the login */
  sub?: string;
  login?: string;
}

/** Token settings from the environment (ORYNDAU_JWT_ISSUER, ORYNDAU_JWT_AUDIENCE, ORYNDAU_JWT_ALGORITHMS). */
export function tokenConfigFromEnv(env: NodeJS.ProcessEnv): Pick<TokenConfig, 'issuer' | 'audience' | 'jwksAlgorithms'> {
  const algorithms = env.ORYNDAU_JWT_ALGORITHMS?.split(',').map((a) => a.trim()).filter(Boolean);
  if (algorithms?.some((a) => a === 'none' || a.startsWith('HS'))) {
    throw new Error('ORYNDAU_JWT_ALGORITHMS lists the JWKS algorithms (asymmetric only): "none" and HS* are refused.');
  }
  return { issuer: env.ORYNDAU_JWT_ISSUER || undefined, audience: env.ORYNDAU_JWT_AUDIENCE || undefined, jwksAlgorithms: algorithms?.length ? algorithms : undefined };
}

export class TokenService {
  private readonly key: Uint8Array | undefined;
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | undefined;
  private readonly issuer: string;
  private readonly audience: string;
  private readonly maxTtl: number;

  constructor(private readonly config: TokenConfig) {
    if (!config.secret && !config.jwksUrl) throw new Error('Token verification needs ORYNDAU_JWT_SECRET or ORYNDAU_JWKS_URL.');
    if (config.secret && new TextEncoder().encode(config.secret).length < 32) throw new Error('ORYNDAU_JWT_SECRET must be at least 32 bytes.');
    this.key = config.secret ? new TextEncoder().encode(config.secret) : undefined;
    this.jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;
    this.issuer = config.issuer ?? DEFAULT_ISSUER;
    this.audience = config.audience ?? DEFAULT_AUDIENCE;
    this.maxTtl = config.maxTtlSeconds ?? MAX_TTL_SECONDS;
  }

  async sign(userId: string, login: string, ttlSeconds = this.maxTtl): Promise<string> {
    if (!this.key) throw new Error('This API does not issue tokens (no ORYNDAU_JWT_SECRET).');
    return new SignJWT({ login })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(`${Math.min(ttlSeconds, this.maxTtl)}s`)
      .sign(this.key);
  }

  /** verified tokens until their expiry (a signature does not change); bounded, oldest dropped first */
  private readonly verified = new Map<string, { claims: TokenClaims; exp: number }>();

  async verify(token: string): Promise<TokenClaims> {
    const hit = this.verified.get(token);
    if (hit && hit.exp > Date.now()) return hit.claims;
    const options = {
      issuer: this.issuer,
      audience: this.audience,
      requiredClaims: ['exp'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    };
    const { payload } = this.jwks
      ? await jwtVerify(token, this.jwks, { ...options, algorithms: this.config.jwksAlgorithms ?? JWKS_ALGORITHMS })
      : await jwtVerify(token, this.key!, { ...options, algorithms: SECRET_ALGORITHMS });
    // exp is required (above) and bounded: a token valid for years is a stolen credential waiting to happen
    if (typeof payload.exp !== 'number' || payload.exp > Date.now() / 1000 + this.maxTtl + CLOCK_TOLERANCE_SECONDS) {
      throw new errors.JWTClaimValidationFailed('"exp" is too far in the future', payload, 'exp', 'check_failed');
    }
    const result = claims(payload);
    if (this.verified.size >= 10_000) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { claims: result, exp: Math.min(payload.exp * 1000, Date.now() + 5 * 60_000) });
    return result;
  }
}

function claims(p: JWTPayload): TokenClaims {
  const login = typeof p.login === 'string' ? p.login : typeof p.preferred_username === 'string' ? p.preferred_username : undefined;
  return { sub: p.sub, login };
}

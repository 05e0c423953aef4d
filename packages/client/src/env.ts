/** The GraphQL endpoint: `VITE_API_URL` at build/dev time, else the local dev API. */
export const DEFAULT_API_URL = 'http://localhost:4000/graphql';

export const API_URL: string = resolveApiUrl(import.meta.env.VITE_API_URL);

/** An empty or missing value falls back to the local dev API. */
export function resolveApiUrl(value: unknown): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : DEFAULT_API_URL;
}

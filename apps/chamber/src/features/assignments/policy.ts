// `AssignmentPolicy.config` is JSON: { name, version, period, perCategory, consolidateDebtor, weightByPresence }.
export interface PolicyConfig {
  name?: string;
  version?: number;
  period?: string;
  perCategory?: boolean;
  consolidateDebtor?: boolean;
  weightByPresence?: boolean;
}

export function policyOf(config: unknown): PolicyConfig {
  if (!config || typeof config !== 'object') return {};
  const c = config as Record<string, unknown>;
  return {
    name: typeof c['name'] === 'string' ? c['name'] : undefined,
    version: typeof c['version'] === 'number' ? c['version'] : undefined,
    period: typeof c['period'] === 'string' ? c['period'] : undefined,
    perCategory: typeof c['perCategory'] === 'boolean' ? c['perCategory'] : undefined,
    consolidateDebtor: typeof c['consolidateDebtor'] === 'boolean' ? c['consolidateDebtor'] : undefined,
    weightByPresence: typeof c['weightByPresence'] === 'boolean' ? c['weightByPresence'] : undefined,
  };
}

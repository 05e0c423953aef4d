// Q1 (4), (5): what the monitoring-record use cases share — the check of a provider, the English wording of the
// domain's date problems (the apps word them from the key and params).
import type { MonitoringDateProblem } from '@oryndau/domain';
import { DomainError, type UserErrorShape } from '../errors.ts';
import type { Tx } from './transaction.ts';

const MESSAGES: Record<MonitoringDateProblem['key'], (p: Record<string, string>) => string> = {
  'monitoring.dateInFuture': (p) => `This cannot be dated after today (${p.today}).`,
  'monitoring.dueNotAfterIssue': (p) => `The due day must come after the day of issue (${p.issuedOn}).`,
  'monitoring.implementedBeforeIssue': (p) => `An implementation cannot precede the recommendation (issued ${p.issuedOn}).`,
  'monitoring.alreadyImplemented': (p) => `The implementation is recorded already (${p.implementedOn}).`,
};

/** The domain's problems as user errors (nothing written when there is any). */
export function refuseProblems(problems: MonitoringDateProblem[]): void {
  if (!problems.length) return;
  throw new DomainError(
    problems.map((p): UserErrorShape => ({
      code: p.key === 'monitoring.alreadyImplemented' ? 'CONFLICT' : 'INVALID_INPUT',
      message: MESSAGES[p.key](p.params),
      field: ['input', p.field],
      key: p.key,
      rule: 'Q1',
      params: p.params,
    })),
  );
}

/** The subject of quality control the record is about, or NOT_FOUND. */
export async function providerForRecord(tx: Tx, providerId: string) {
  const provider = await tx.serviceProvider.findUnique({ where: { id: providerId }, select: { id: true, code: true } });
  if (!provider) throw new DomainError('NOT_FOUND', 'Unknown subject.', ['input', 'providerId']);
  return provider;
}

/** A text the inspector must write, trimmed, or a user error naming its field. */
export function requiredText(value: string, field: string, min: number, max: number): string {
  const t = value.trim();
  if (t.length < min) throw new DomainError('INVALID_INPUT', `Fill in ${field} (at least ${min} characters).`, ['input', field], { key: 'monitoring.textRequired', rule: 'Q1', params: { min } });
  if (t.length > max) throw new DomainError('INVALID_INPUT', `${field} is at most ${max} characters.`, ['input', field], { key: 'monitoring.textTooLong', rule: 'Q1', params: { max } });
  return t;
}

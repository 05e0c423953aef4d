// Q3: the notice of start, with the nine items of art. 27-2 p.3, sent at least 3 working days before a
// scheduled inspection and at least 1 (calendar) day before an unscheduled one. A notice that would be late is
// refused: the inspector moves the start (within the plan's half-year for a scheduled one) and sends it then.
// Items 3, 4, 5, 7 and 8 (subject and location, matter, duration, kind, grounds) come from the record; the
// inspector gives 1, 2, 6 and 9 (inspectors, specialists, period under inspection, who signs).
import { INSPECTION, inspectionLatestEndOn, inspectionNoticeLatestOn, missingNoticeItems, planPeriodDays } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { dbDate, isoDate, isValidIsoDate } from '../dates.ts';
import { moveTo } from '../transitions.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { loadForWrite, recordStage, today } from './quality-inspection-common.ts';

export interface NoticePerson {
  name: string;
  position: string;
}

export interface SendInspectionNoticeInput {
  inspectionId: string;
  inspectors: NoticePerson[];
  specialists: NoticePerson[];
  periodFromOn: string;
  periodToOn: string;
  signedBy: string;
  startsOn?: string | null;
}

export async function sendInspectionNotice(ctx: UseCaseContext, input: SendInspectionNoticeInput) {
  for (const [f, v] of [['periodFromOn', input.periodFromOn], ['periodToOn', input.periodToOn], ...(input.startsOn ? [['startsOn', input.startsOn]] : [])] as const) {
    if (!isValidIsoDate(v)) throw new DomainError('INVALID_INPUT', 'A date must be YYYY-MM-DD.', ['input', f], { key: 'input.dateFormat' });
  }
  if (input.periodToOn < input.periodFromOn) throw new DomainError('INVALID_INPUT', 'The period under inspection ends before it begins.', ['input', 'periodToOn'], { key: 'inspection.periodOrder' });
  return inTransaction(ctx, async (tx, audit) => {
    const row = await loadForWrite(ctx, tx, input.inspectionId);
    const status = moveTo(INSPECTION, row.status, 'NOTIFIED', {}, ['input', 'inspectionId']);
    const cal = await ctx.calendar.get(tx);
    const startsOn = input.startsOn ?? isoDate(row.startsOn);
    let endsOn = isoDate(row.endsOn);
    if (input.startsOn && input.startsOn !== isoDate(row.startsOn)) {
      if (row.kind === 'SCHEDULED' && row.plan) {
        const days = planPeriodDays({ year: row.plan.year, half: row.plan.half as 1 | 2 });
        if (startsOn < days.fromOn || startsOn > days.toOn) {
          throw new DomainError('INVALID_INPUT', `A scheduled inspection of this plan starts between ${days.fromOn} and ${days.toOn}.`, ['input', 'startsOn'], { key: 'inspection.startOutsidePlan', rule: 'Q1', params: { from: days.fromOn, to: days.toOn } });
        }
      }
      endsOn = inspectionLatestEndOn(startsOn, row.kind, cal)!;
    }
    const latest = inspectionNoticeLatestOn(startsOn, row.kind, cal);
    const on = today(ctx);
    if (on > latest) {
      throw new DomainError('DEADLINE_PASSED', `The notice of a start on ${startsOn} had to be sent by ${latest}; move the start.`, ['input', 'startsOn'], {
        key: 'inspection.noticeTooLate',
        rule: 'Q3',
        params: { latest, startsOn },
      });
    }
    const clean = (p: NoticePerson[]) => p.map((x) => ({ name: x.name.trim(), position: x.position.trim() })).filter((x) => x.name && x.position);
    const notice = {
      inspectors: clean(input.inspectors),
      specialists: clean(input.specialists),
      subject: row.provider ? `${row.provider.nameEn}, ${row.provider.location}` : row.subjectName,
      matter: row.matter ?? '',
      duration: { fromOn: startsOn, toOn: endsOn },
      periodUnderInspection: { fromOn: input.periodFromOn, toOn: input.periodToOn },
      kind: row.kind,
      grounds: row.kind === 'SCHEDULED' ? `PLAN ${row.plan?.year ?? ''}/${row.plan?.half ?? ''}` : `${row.ground}: ${row.reason ?? ''}`,
      signature: input.signedBy.trim(),
    };
    const missing = missingNoticeItems(notice);
    if (missing.length) {
      throw new DomainError('INVALID_INPUT', `The notice lacks: ${missing.join(', ')} (art. 27-2 p.3).`, ['input', missing[0] === 'signature' ? 'signedBy' : missing[0]!], {
        key: 'inspection.noticeIncomplete',
        rule: 'Q3',
        params: { missing: missing.join(', ') },
      });
    }
    const updated = await tx.inspection.update({
      where: { id: row.id },
      data: { status, notice, noticeSentAt: ctx.now(), noticeLate: false, startsOn: dbDate(startsOn), endsOn: dbDate(endsOn) },
    });
    await recordStage(ctx, tx, { inspectionId: row.id, status, stage: 'NOTICE_SENT', dueOn: startsOn, note: `latest ${latest}` });
    await audit({ action: 'inspection.notice', entityType: 'Inspection', entityId: row.id, data: { startsOn, endsOn, latest, items: Object.keys(notice).length } });
    return updated;
  });
}

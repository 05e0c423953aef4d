// Demo data of the state quality-control inspections (issue 10, area `inspections`), written after the demo's
// own rows, in the same transaction: the subjects (service providers) and the facts behind the semi-annual
// plan's criteria (Q1) such that each criterion puts exactly one subject into the proposal —
//   MORE_THAN_1000_SERVICES                   Shymkent's justice body (the demo's applications + a sample of citizens' ones)
//   VIOLATION_RECOMMENDATION                  Karaganda's justice body (the demo's completed inspection, and one awaiting follow-up)
//   APPEAL_RECEIVED                           Almaty City's justice body (the demo's complaint to the quality-control body)
//   ART_465_FINE                              Zhambyl's justice body (an official fined four months ago)
//   MONITORING_RECOMMENDATION_NOT_IMPLEMENTED the State Corporation's Astana office
//   THREE_UNSCHEDULED_INSPECTIONS             Pavlodar's justice body
//   NO_SCHEDULED_INSPECTION_FOR_3_YEARS       Ulytau's justice body (last scheduled inspection over four years ago)
// — every other subject had a scheduled inspection about 18 months ago — and inspections at several stages: the
// next plan in preparation, one suspended across a weekend and resumed, one with a recommendation awaiting its
// follow-up, one declared invalid (no notice). Dated relative to `now`, like the rest of the demo.
import { addDays, addMonths, almatyDate, almatyInstant, changeNoticeDueOn, dueOn, inspectionLatestEndOn, nextPlanPeriod, objectionsDueOn, PERIODS, planApprovalDeadline, planPeriodDays, recommendationDueOn, WorkingCalendar, type IsoDate } from '@oryndau/domain';
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client.ts';

type Tx = Prisma.TransactionClient;
const d = (iso: IsoDate) => new Date(`${iso}T00:00:00.000Z`);

const JB_KINDS = ['ATTESTATION', 'ENFORCEMENT_INITIATION'] as const;
const ALL_CHANNELS = ['PORTAL', 'JUSTICE_OFFICE', 'STATE_CORPORATION'] as const;

export async function seedInspections(tx: Tx, now: Date): Promise<void> {
  if (await tx.serviceProvider.findFirst({ select: { id: true } })) return;
  const cal = new WorkingCalendar();
  const today = almatyDate(now);
  const wd = (iso: IsoDate) => (cal.isWorkingDay(iso) ? iso : cal.addWorkingDays(iso, 1));
  const regions = await tx.region.findMany({ orderBy: { code: 'asc' } });
  const quality = await tx.user.findUnique({ where: { login: 'quality' }, select: { id: true } });
  const inspectorIds = quality ? [quality.id] : [];

  // ---------------------------------------------------------- the subjects
  const providerRows: Prisma.ServiceProviderCreateManyInput[] = regions.map((r) => ({
    id: randomUUID(), code: `JB-${r.code}`, kind: 'TERRITORIAL_JUSTICE_BODY',
    nameEn: `Justice Department of ${r.nameEn}`, nameRu: `Департамент юстиции: ${r.nameRu}`, nameKk: `${r.nameKk}: әділет департаменті`,
    location: r.nameEn, regionId: r.id, serviceKinds: [...JB_KINDS], channels: [...ALL_CHANNELS],
  }));
  providerRows.push({
    id: randomUUID(), code: 'MOJ-LIC', kind: 'MINISTRY_LICENSING_UNIT', nameEn: 'Ministry of Justice, licensing unit', nameRu: 'Министерство юстиции, подразделение лицензирования', nameKk: 'Әділет министрлігі, лицензиялау бөлімшесі',
    location: 'Astana, Mangilik El ave 8', regionId: null, serviceKinds: ['LICENCE', 'LICENCE_REISSUE', 'ATTESTATION_AND_LICENCE'], channels: [...ALL_CHANNELS],
  });
  for (const code of ['ALA', 'AST']) {
    const r = regions.find((x) => x.code === code);
    if (!r) continue;
    providerRows.push({
      id: randomUUID(), code: `SC-${code}`, kind: 'STATE_CORPORATION_OFFICE', nameEn: `State Corporation “Government for Citizens”, ${r.nameEn} office`, nameRu: `Госкорпорация «Правительство для граждан», филиал: ${r.nameRu}`, nameKk: `«Азаматтарға арналған үкімет» мемлекеттік корпорациясы, ${r.nameKk} филиалы`,
      location: r.nameEn, regionId: r.id, serviceKinds: ['ENFORCEMENT_INITIATION'], channels: ['STATE_CORPORATION'],
    });
  }
  await tx.serviceProvider.createMany({ data: providerRows });
  const providers = new Map(providerRows.map((p) => [p.code, p.id!]));
  const byCode = new Map(providerRows.map((p) => [p.code, p]));
  const pid = (code: string) => providers.get(code);
  const region = (code: string) => regions.find((r) => r.code === code);
  const inspections: Prisma.InspectionCreateManyInput[] = [];
  const suspensions: Prisma.InspectionSuspensionCreateManyInput[] = [];

  // the demo's own inspections of justice bodies belong to those bodies
  await tx.$executeRaw`UPDATE "Inspection" i SET "providerId" = p."id" FROM "ServiceProvider" p
    WHERE p."regionId" = i."subjectRegionId" AND p."kind"::text = 'TERRITORIAL_JUSTICE_BODY' AND i."chamberId" IS NULL AND i."providerId" IS NULL`;
  await tx.$executeRaw`UPDATE "Inspection" SET
      "completedOn" = ("certificateSentAt" AT TIME ZONE 'Asia/Almaty')::date,
      "findingsViolations" = "recommendation" IS NOT NULL,
      "recommendationReceivedOn" = CASE WHEN "recommendation" IS NOT NULL THEN ("certificateSentAt" AT TIME ZONE 'Asia/Almaty')::date END
    WHERE "providerId" IS NOT NULL AND "certificateSentAt" IS NOT NULL AND "completedOn" IS NULL`;
  await tx.$executeRaw`UPDATE "Inspection" SET "startedOn" = "startsOn" WHERE "providerId" IS NOT NULL AND "startedOn" IS NULL AND "status"::text <> 'PLANNED' AND "status"::text <> 'NOTIFIED'`;

  const notice = (subject: string, matter: string, fromOn: IsoDate, toOn: IsoDate, kind: string, grounds: string) => ({
    inspectors: [{ name: 'Dana Abenova', position: 'chief expert, quality-control department' }],
    specialists: [],
    subject, matter, duration: { fromOn, toOn }, periodUnderInspection: { fromOn: addMonths(fromOn, -12), toOn: addDays(fromOn, -1) }, kind, grounds,
    signature: 'Yerlan Sadykov, head of the quality-control department',
  });
  const stage = (inspectionId: string, status: Prisma.InspectionStageCreateManyInput['status'], name: Prisma.InspectionStageCreateManyInput['stage'], on: IsoDate, hhmm: string, dueOn: IsoDate | null = null, note: string | null = null, late = false) =>
    ({ inspectionId, status, stage: name, at: almatyInstant(on, hhmm), actorRole: 'QUALITY_INSPECTOR', dueOn: dueOn ? d(dueOn) : null, note, late }) satisfies Prisma.InspectionStageCreateManyInput;
  const stages: Prisma.InspectionStageCreateManyInput[] = [];

  // ---------------------------------------------------------- Q1 (1): more than 1,000 services — Shymkent
  const shy = region('SHY');
  if (shy) {
    const from = addMonths(today, -6);
    const have = await tx.serviceApplication.count({
      where: { providerRegionId: shy.id, kind: { in: [...JB_KINDS] }, channel: { in: [...ALL_CHANNELS] }, registeredAt: { gte: almatyInstant(from), lt: almatyInstant(today) } },
    });
    const citizens = await tx.user.create({ data: { login: 'citizens.shy.sample', displayName: 'Shymkent citizens (sample of the services provided, Q1)', locale: 'RU' } });
    const need = Math.max(0, 1001 - have) + 36;
    // one statement, the rows made by the database: a thousand Prisma rows cost seconds on PGlite (first start < 10 s)
    const received: Date[] = [];
    const decided: Date[] = [];
    const due: Date[] = [];
    for (let i = 0; i < need; i++) {
      const on = wd(addDays(today, -5 - (i % 170)));
      if (on >= today) continue;
      received.push(almatyInstant(on, `${String(9 + (i % 8)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`));
      decided.push(almatyInstant(cal.addWorkingDays(on, 2), '15:00'));
      due.push(d(cal.addWorkingDays(on, 3)));
    }
    await tx.$executeRaw`
      INSERT INTO "ServiceApplication" ("id", "number", "kind", "channel", "status", "applicantId", "providerRegionId", "receivedAt", "registeredAt", "dueOn", "decidedAt", "form", "createdAt", "updatedAt")
      SELECT 'qcs-shy-' || x.n, 'QCS-SHY-' || lpad(x.n::text, 6, '0'), 'ENFORCEMENT_INITIATION', 'PORTAL', 'APPROVED', ${citizens.id}, ${shy.id},
        x.r, x.r, x.due, x.dec, '{"sample": true}'::jsonb, x.r, x.dec
      FROM unnest(${received}::timestamptz[], ${decided}::timestamptz[], ${due}::date[]) WITH ORDINALITY AS x(r, dec, due, n)`;
    // G2: every application has its stages
    await tx.$executeRaw`
      INSERT INTO "ApplicationStage" ("id", "applicationId", "status", "stage", "at", "actorRole")
      SELECT 'qcs-shy-' || x.n || '-' || k.i, 'qcs-shy-' || x.n, k.status::"ApplicationStatus", k.stage::"ApplicationStageKind", CASE WHEN k.i = 1 THEN x.r ELSE x.dec END, k.role::"Role"
      FROM unnest(${received}::timestamptz[], ${decided}::timestamptz[]) WITH ORDINALITY AS x(r, dec, n)
      CROSS JOIN (VALUES (1, 'REGISTERED', 'registered', 'APPLICANT'), (2, 'APPROVED', 'result-issued', 'STATE_BAILIFF')) AS k(i, status, stage, role)`;
  }

  // ---------------------------------------------------------- Q1 (4): an art. 465 fine — Zhambyl
  if (pid('JB-ZHA')) {
    await tx.providerFine.create({ data: { providerId: pid('JB-ZHA')!, official: 'Head of the enforcement-initiation section', decidedOn: d(wd(addMonths(today, -4))), amountTenge: 10 * 4325, note: 'Art. 465 of the Administrative Code: a service refused without the grounds of the Rules (demo).' } });
  }
  // ---------------------------------------------------------- Q1 (5): a monitoring recommendation not implemented — the State Corporation in Astana
  if (pid('SC-AST')) {
    await tx.monitoringRecommendation.create({ data: { providerId: pid('SC-AST')!, text: 'Hand the results of enforcement applications to applicants on the day they arrive from the justice body (monitoring: 11 results handed over late).', issuedOn: d(wd(addMonths(today, -3))), dueOn: d(wd(addMonths(today, -2))), implementedOn: null } });
  }
  if (pid('SC-ALA')) {
    await tx.monitoringRecommendation.create({ data: { providerId: pid('SC-ALA')!, text: 'Show the stage of paper applications in the monitoring system on the day of receipt.', issuedOn: d(wd(addMonths(today, -3))), dueOn: d(wd(addMonths(today, -2))), implementedOn: d(wd(addMonths(today, -2))) } });
  }

  const completed = (o: { code: string; kind: 'SCHEDULED' | 'UNSCHEDULED'; ground: Prisma.InspectionCreateInput['ground']; startsOn: IsoDate; matter: string; reason?: string }) => {
    const providerId = pid(o.code);
    if (!providerId) return;
    const p = byCode.get(o.code)!;
    const days = o.kind === 'SCHEDULED' ? 15 : 8;
    const endsOn = cal.addWorkingDays(o.startsOn, days - 1);
    const row = { id: randomUUID() };
    inspections.push({
      ...row,
        kind: o.kind, ground: o.ground, providerId, subjectName: p.nameEn, subjectRegionId: p.regionId, conductedBy: 'QUALITY_CONTROL_BODY', matter: o.matter, reason: o.reason ?? null, inspectorIds,
        noticeSentAt: almatyInstant(cal.addWorkingDays(o.startsOn, -4), '10:00'), notice: notice(p.nameEn, o.matter, o.startsOn, endsOn, o.kind, o.ground), startsOn: d(o.startsOn), startedOn: d(o.startsOn), endsOn: d(endsOn),
        status: 'COMPLETED', draftCertificate: 'No violations of the service standards were found.', findingsViolations: false, draftCertificateSentAt: almatyInstant(cal.addWorkingDays(endsOn, -3), '15:00'),
        objectionsDueOn: d(dueOn(cal.addWorkingDays(endsOn, -3), PERIODS.objectionsWithin, cal)), certificate: 'No violations of the service standards were found.', findings: 'No violations of the service standards were found.', breachFound: false,
        certificateSentAt: almatyInstant(endsOn, '16:00'), completedOn: d(endsOn),
    });
    stages.push(stage(row.id, 'COMPLETED', 'CERTIFICATE_SENT', endsOn, '16:00'));
  };

  // ---------------------------------------------------------- Q1 (6): three unscheduled inspections in the last year — Pavlodar
  for (const [months, ground, reason] of [
    [10, 'APPEAL_OF_PERSON', 'Appeal of a claimant: registration of a paper application refused without a receipt.'],
    [7, 'MEDIA_REPORT', 'A regional newspaper reported queues and lost paper originals at the justice office.'],
    [4, 'APPEAL_OF_STATE_BODY', 'Letter of the regional prosecutor’s office on late decisions to initiate.'],
  ] as const) {
    completed({ code: 'JB-PAV', kind: 'UNSCHEDULED', ground, startsOn: wd(addMonths(today, -months)), matter: 'Registration of applications and the service periods (T3, E4).', reason });
  }
  // ---------------------------------------------------------- Q1 (7): no scheduled inspection for 3 years — Ulytau; every other subject ~18 months ago
  completed({ code: 'JB-ULY', kind: 'SCHEDULED', ground: 'PLAN', startsOn: wd(addMonths(today, -50)), matter: 'Compliance with the service standards of attestation and enforcement initiation.' });
  const recentlyInspected = new Set(['JB-ALA', 'JB-KAR', 'JB-ULY']);
  for (const code of providers.keys()) {
    if (recentlyInspected.has(code)) continue;
    completed({ code, kind: 'SCHEDULED', ground: 'PLAN', startsOn: wd(addMonths(today, -18)), matter: 'Compliance with the service standards.' });
  }

  // ---------------------------------------------------------- stages: one suspended across a weekend and resumed (State Corporation, Astana)
  if (pid('SC-AST')) {
    // the latest Friday whose Tuesday after has come: suspended that Friday, resumed the Tuesday
    let friday = addDays(today, -4);
    while (new Date(`${friday}T00:00:00Z`).getUTCDay() !== 5 || !cal.isWorkingDay(friday) || !cal.isWorkingDay(addDays(friday, 4))) friday = addDays(friday, -1);
    const resumedOn = addDays(friday, 4);
    const startsOn = cal.addWorkingDays(friday, -3);
    const p = byCode.get('SC-AST')!;
    const matter = 'Handing over the results of enforcement applications received on paper (T4).';
    const firstEnd = inspectionLatestEndOn(startsOn, 'UNSCHEDULED', cal)!;
    const endsOn = inspectionLatestEndOn(startsOn, 'UNSCHEDULED', cal, [{ fromOn: friday, resumedOn }])!;
    const noticeOn = addDays(startsOn, -2);
    const row = { id: randomUUID() };
    inspections.push({
      ...row,
        kind: 'UNSCHEDULED', ground: 'MONITORING_FINDINGS', providerId: p.id, subjectName: p.nameEn, subjectRegionId: p.regionId, conductedBy: 'QUALITY_CONTROL_BODY', matter,
        reason: 'Monitoring: the recommendation of three months ago on handing over results was not implemented.', inspectorIds,
        noticeSentAt: almatyInstant(noticeOn, '11:00'), notice: notice(p.nameEn, matter, startsOn, firstEnd, 'UNSCHEDULED', 'MONITORING_FINDINGS'),
        startsOn: d(startsOn), startedOn: d(startsOn), endsOn: d(endsOn), status: 'IN_PROGRESS',
    });
    suspensions.push({ inspectionId: row.id, kind: 'REQUEST_FOR_INFORMATION', reason: 'Awaiting the delivery registers requested from the justice department of Astana.', fromOn: d(friday), toOn: d(resumedOn), notifiedAt: almatyInstant(friday, '16:00'), resumeNotifiedAt: almatyInstant(resumedOn, '10:00') });
    stages.push(
      stage(row.id, 'PLANNED', 'DECIDED', addDays(noticeOn, -1), '15:00', addDays(startsOn, -1), 'MONITORING_FINDINGS'),
      stage(row.id, 'NOTIFIED', 'NOTICE_SENT', noticeOn, '11:00', startsOn),
      stage(row.id, 'IN_PROGRESS', 'STARTED', startsOn, '09:30', firstEnd),
      stage(row.id, 'SUSPENDED', 'SUSPENDED', friday, '16:00', changeNoticeDueOn(friday, cal), 'REQUEST_FOR_INFORMATION: awaiting the delivery registers'),
      stage(row.id, 'IN_PROGRESS', 'RESUMED', resumedOn, '10:00', changeNoticeDueOn(resumedOn, cal), `ends ${endsOn}`),
    );
  }

  // ---------------------------------------------------------- a recommendation awaiting its follow-up (Karaganda)
  if (pid('JB-KAR')) {
    const p = byCode.get('JB-KAR')!;
    const completedOn = cal.addWorkingDays(today, -8);
    const startsOn = cal.addWorkingDays(completedOn, -9);
    const endsOn = inspectionLatestEndOn(startsOn, 'UNSCHEDULED', cal)!;
    const draftOn = cal.addWorkingDays(completedOn, -3);
    const matter = 'Fulfilment of the recommendation on registering applications received after hours (T3).';
    const recommendation = 'Register paper applications received after 17:30 on the next working day and train the reception staff; 6 late registrations found since the last inspection.';
    const due = recommendationDueOn(completedOn, cal);
    const row = { id: randomUUID() };
    inspections.push({
      ...row,
        kind: 'UNSCHEDULED', ground: 'CONTROL_OF_RECOMMENDATIONS', providerId: p.id, subjectName: p.nameEn, subjectRegionId: p.regionId, conductedBy: 'QUALITY_CONTROL_BODY', matter,
        reason: 'Control of the recommendation made by the scheduled inspection.', inspectorIds,
        noticeSentAt: almatyInstant(addDays(startsOn, -2), '11:00'), notice: notice(p.nameEn, matter, startsOn, endsOn, 'UNSCHEDULED', 'CONTROL_OF_RECOMMENDATIONS'),
        startsOn: d(startsOn), startedOn: d(startsOn), endsOn: d(endsOn), status: 'COMPLETED',
        draftCertificate: 'The recommendation was partly fulfilled: 6 applications received after 17:30 were registered the same day.', findingsViolations: true,
        draftCertificateSentAt: almatyInstant(draftOn, '15:00'), objectionsDueOn: d(objectionsDueOn(draftOn, cal)), objections: 'Two of the six applications arrived before 17:30; the reception log is attached.', objectionsReceivedAt: almatyInstant(cal.addWorkingDays(draftOn, 1), '12:00'),
        certificate: 'Partly fulfilled: 4 applications received after 17:30 were registered the same day (two objections accepted).', findings: 'Partly fulfilled: 4 late registrations.', breachFound: true,
        certificateSentAt: almatyInstant(completedOn, '16:00'), completedOn: d(completedOn), recommendation, recommendationReceivedOn: d(completedOn), recommendationDueOn: d(due),
    });
    stages.push(
      stage(row.id, 'IN_PROGRESS', 'STARTED', startsOn, '09:30', endsOn),
      stage(row.id, 'DRAFT_CERTIFICATE_SENT', 'DRAFT_CERTIFICATE_SENT', draftOn, '15:00', objectionsDueOn(draftOn, cal)),
      stage(row.id, 'DRAFT_CERTIFICATE_SENT', 'OBJECTIONS_RECEIVED', cal.addWorkingDays(draftOn, 1), '12:00', objectionsDueOn(draftOn, cal)),
      stage(row.id, 'COMPLETED', 'CERTIFICATE_SENT', completedOn, '16:00', due, 'recommendation'),
    );
  }

  // ---------------------------------------------------------- an inspection declared invalid: started without a notice (Q5) — Zhetysu
  if (pid('JB-ZHT')) {
    const p = byCode.get('JB-ZHT')!;
    const startsOn = cal.addWorkingDays(today, -20);
    const row = { id: randomUUID() };
    inspections.push({
      ...row,
        kind: 'UNSCHEDULED', ground: 'APPEAL_OF_PERSON', providerId: p.id, subjectName: p.nameEn, subjectRegionId: p.regionId, conductedBy: 'QUALITY_CONTROL_BODY',
        matter: 'Refusals to register enforcement applications.', reason: 'Appeal of a claimant about a refusal without reasons.', inspectorIds,
        noticeSentAt: null, startsOn: d(startsOn), endsOn: d(inspectionLatestEndOn(startsOn, 'UNSCHEDULED', cal)!), status: 'INVALID', invalidReasons: ['NO_NOTICE'],
    });
    stages.push(stage(row.id, 'INVALID', 'DECLARED_INVALID', cal.addWorkingDays(startsOn, 1), '12:00', null, 'NO_NOTICE — the subject objected: no notice of start was sent'));
  }

  // ---------------------------------------------------------- the next semi-annual plan, in preparation (Q1)
  if (pid('JB-ULY')) {
    const period = nextPlanPeriod(today);
    const existing = await tx.inspectionPlan.findUnique({ where: { year_half: { year: period.year, half: period.half } } });
    const plan = existing ?? (await tx.inspectionPlan.create({ data: { year: period.year, half: period.half, approvalDueOn: d(planApprovalDeadline(period.year, period.half)) } }));
    const p = byCode.get('JB-ULY')!;
    const startsOn = wd(addDays(planPeriodDays(period).fromOn, 40));
    const row = { id: randomUUID() };
    inspections.push({
      ...row,
        kind: 'SCHEDULED', ground: 'PLAN', planId: plan.id, providerId: p.id, subjectName: p.nameEn, subjectRegionId: p.regionId, conductedBy: 'QUALITY_CONTROL_BODY',
        matter: 'Compliance with the service standards of attestation and enforcement initiation.', reason: 'NO_SCHEDULED_INSPECTION_FOR_3_YEARS', inspectorIds,
        startsOn: d(startsOn), endsOn: d(inspectionLatestEndOn(startsOn, 'SCHEDULED', cal)!), status: 'PLANNED',
    });
    stages.push(stage(row.id, 'PLANNED', 'PLANNED', today, '09:00', cal.addWorkingDays(startsOn, -3), 'NO_SCHEDULED_INSPECTION_FOR_3_YEARS'));
  }
  await tx.inspection.createMany({ data: inspections });
  if (suspensions.length) await tx.inspectionSuspension.createMany({ data: suspensions });
  if (stages.length) await tx.inspectionStage.createMany({ data: stages });
  await tx.auditLog.create({ data: { action: 'seed.inspections', entityType: 'System', entityId: 'demo', data: { providers: providers.size, stages: stages.length } } });
}

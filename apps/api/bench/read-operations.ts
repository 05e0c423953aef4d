// The operations `pnpm bench:read` measures (read.bench.ts), in one list each, so that a new dashboard query or
// a new role is a row here, not a code path there.
//
// NESTED: the nested read path of issue 11 — a chamber's 50 newest assignments with their bailiff and licence,
// document, proceeding, application and stages — as each role that may read it asks for it, beside one
// hand-written SQL statement returning the same JSON (global ids, the same field names and nesting).
// DASHBOARDS: the dashboard queries (the `dashboards` engineer's schema/dashboard.ts and schema/open-data.ts), each
// with the naive figure: a plain GROUP BY over the base tables. A query whose field is not in the schema yet is
// reported as absent and skipped, so the bench picks it up by name when it lands.

/** `encode('Type:' || id)`: the global id Pothos' relay plugin gives (base64 of "Type:id"). */
const gid = (type: string, col: string) => `translate(encode(convert_to('${type}:' || ${col}, 'UTF8'), 'base64'), E'\\n', '')`;
// ApplicationStageKind: stored as today's spellings ("routed-to-chamber"), named in GraphQL ROUTED_TO_CHAMBER

/** DateTime as GraphQL serialises it (ISO 8601, milliseconds, Z). */
const iso = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const day = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;

// ------------------------------------------------------------------------------------------ the pieces

const BAILIFF_FIELDS = 'id name office licence { number status }';
const STAGES = 'stages { stage status at }';
const APPLICATION_FIELDS = `id number status ${STAGES}`;
const PROCEEDING_FIELDS = 'id number status decisionDueOn';
const DOCUMENT_FIELDS = 'id caseNumber court category status';

const bailiffSql = (b: string) => `(SELECT json_build_object('id', ${gid('PrivateBailiff', 'b."id"')},
    'name', concat_ws(' ', p."lastName", p."firstName", p."patronymic"), 'office', b."office",
    'licence', (SELECT json_build_object('number', l."number", 'status', l."status") FROM "Licence" l WHERE l."id" = b."licenceId"))
  FROM "PrivateBailiff" b JOIN "Person" p ON p."id" = b."personId" WHERE b."id" = ${b})`;
const stagesSql = (a: string) => `(SELECT coalesce(json_agg(json_build_object('stage', upper(replace(s."stage"::text, '-', '_')), 'status', s."status", 'at', ${iso('s."at"')}) ORDER BY s."at", s."seq"), '[]')
  FROM "ApplicationStage" s WHERE s."applicationId" = ${a})`;
const applicationSql = (a: string) => `(SELECT json_build_object('id', ${gid('ServiceApplication', 'sa."id"')}, 'number', sa."number", 'status', sa."status", 'stages', ${stagesSql('sa."id"')})
  FROM "ServiceApplication" sa WHERE sa."id" = ${a})`;
const proceedingSql = (d: string) => `(SELECT json_build_object('id', ${gid('EnforcementProceeding', 'ep."id"')}, 'number', ep."number", 'status', ep."status", 'decisionDueOn', ${day('ep."decisionDueOn"')})
  FROM "EnforcementProceeding" ep WHERE ep."documentId" = ${d})`;
const assignmentHead = (a: string) => `'id', ${gid('Assignment', `${a}."id"`)}, 'sequence', ${a}."sequence", 'kind', ${a}."kind", 'assignedAt', ${iso(`${a}."assignedAt"`)}`;

// ------------------------------------------------------------------------------------------ the nested read path

export interface NestedRead {
  /** who reads it */
  role: 'CHAMBER_OFFICIAL' | 'MINISTRY_INSPECTOR' | 'PRIVATE_BAILIFF' | 'APPLICANT';
  label: string;
  query: string;
  /** $1 = the chamber (officials, inspectors) or the user (bailiff, applicant); $2 = first */
  sql: string;
  /** the rows of the answer, to tell how many the request returned */
  rows(data: unknown): number;
}

const CHAMBER_QUERY = `query ReadChamberAssignments($id: ID!, $first: Int!) {
  node(id: $id) { ... on Chamber { assignments(first: $first) { edges { node {
    id sequence kind assignedAt
    bailiff { ${BAILIFF_FIELDS} }
    document { ${DOCUMENT_FIELDS} proceeding { ${PROCEEDING_FIELDS} } application { ${APPLICATION_FIELDS} } }
  } } } } }
}`;

const CHAMBER_SQL = `SELECT json_build_object('node', json_build_object('assignments', json_build_object('edges', coalesce(json_agg(json_build_object('node', json_build_object(
    ${assignmentHead('a')},
    'bailiff', ${bailiffSql('a."bailiffId"')},
    'document', json_build_object('id', ${gid('ExecutiveDocument', 'd."id"')}, 'caseNumber', d."caseNumber", 'court', d."court", 'category', d."category", 'status', d."status",
      'proceeding', ${proceedingSql('d."id"')},
      'application', ${applicationSql('d."applicationId"')})
  )) ORDER BY a."sequence" DESC), '[]')))) AS data
FROM (SELECT * FROM "Assignment" WHERE "chamberId" = $1 ORDER BY "sequence" DESC LIMIT $2) a JOIN "ExecutiveDocument" d ON d."id" = a."documentId"`;

const chamberRows = (data: unknown) => (data as { node: { assignments: { edges: unknown[] } } }).node.assignments.edges.length;

/** The bailiff's own open cases (those the Chamber assigned: the generated history before Rules No. 652 has no assignments), each with the assignment, document, application and stages. */
const BAILIFF_QUERY = `query ReadMyCases($first: Int!) {
  myCases(first: $first, status: AWAITING_DECISION) { edges { node {
    ${PROCEEDING_FIELDS}
    bailiff { ${BAILIFF_FIELDS} }
    document { ${DOCUMENT_FIELDS} currentAssignment { id sequence kind assignedAt } application { ${APPLICATION_FIELDS} } }
  } } }
}`;

const BAILIFF_SQL = `SELECT json_build_object('myCases', json_build_object('edges', coalesce(json_agg(json_build_object('node', json_build_object(
    'id', ${gid('EnforcementProceeding', 'ep."id"')}, 'number', ep."number", 'status', ep."status", 'decisionDueOn', ${day('ep."decisionDueOn"')},
    'bailiff', ${bailiffSql('ep."bailiffId"')},
    'document', json_build_object('id', ${gid('ExecutiveDocument', 'd."id"')}, 'caseNumber', d."caseNumber", 'court', d."court", 'category', d."category", 'status', d."status",
      'currentAssignment', (SELECT json_build_object(${assignmentHead('a')}) FROM "Assignment" a WHERE a."activeDocumentId" = d."id"),
      'application', ${applicationSql('d."applicationId"')})
  )) ORDER BY ep."status", ep."decisionDueOn", ep."id"), '[]'))) AS data
FROM (SELECT ep.* FROM "EnforcementProceeding" ep JOIN "PrivateBailiff" b ON b."id" = ep."bailiffId" WHERE b."userId" = $1 AND ep."status" = 'AWAITING_DECISION'
      ORDER BY ep."status", ep."decisionDueOn", ep."id" LIMIT $2) ep JOIN "ExecutiveDocument" d ON d."id" = ep."documentId"`;

/** The applicant's own applications, each with its document, proceeding, assignment and bailiff. */
const APPLICANT_QUERY = `query ReadMyApplications($first: Int!) {
  applications(first: $first) { edges { node {
    ${APPLICATION_FIELDS}
    executiveDocument { ${DOCUMENT_FIELDS} proceeding { ${PROCEEDING_FIELDS} } currentAssignment { id sequence kind assignedAt bailiff { ${BAILIFF_FIELDS} } } }
  } } }
}`;

const APPLICANT_SQL = `SELECT json_build_object('applications', json_build_object('edges', coalesce(json_agg(json_build_object('node', json_build_object(
    'id', ${gid('ServiceApplication', 'sa."id"')}, 'number', sa."number", 'status', sa."status", 'stages', ${stagesSql('sa."id"')},
    'executiveDocument', (SELECT json_build_object('id', ${gid('ExecutiveDocument', 'd."id"')}, 'caseNumber', d."caseNumber", 'court', d."court", 'category', d."category", 'status', d."status",
        'proceeding', ${proceedingSql('d."id"')},
        'currentAssignment', (SELECT json_build_object(${assignmentHead('a')}, 'bailiff', ${bailiffSql('a."bailiffId"')}) FROM "Assignment" a WHERE a."activeDocumentId" = d."id"))
      FROM "ExecutiveDocument" d WHERE d."applicationId" = sa."id")
  )) ORDER BY sa."createdAt" DESC, sa."id" DESC), '[]'))) AS data
FROM (SELECT * FROM "ServiceApplication" WHERE "applicantId" = $1 ORDER BY "createdAt" DESC, "id" DESC LIMIT $2) sa`;

export const NESTED_READS: NestedRead[] = [
  { role: 'CHAMBER_OFFICIAL', label: 'chamber official', query: CHAMBER_QUERY, sql: CHAMBER_SQL, rows: chamberRows },
  { role: 'MINISTRY_INSPECTOR', label: 'inspector', query: CHAMBER_QUERY, sql: CHAMBER_SQL, rows: chamberRows },
  {
    role: 'PRIVATE_BAILIFF', label: 'the bailiff (own cases)', query: BAILIFF_QUERY, sql: BAILIFF_SQL,
    rows: (data) => (data as { myCases: { edges: unknown[] } }).myCases.edges.length,
  },
  {
    role: 'APPLICANT', label: 'the applicant (own)', query: APPLICANT_QUERY, sql: APPLICANT_SQL,
    rows: (data) => (data as { applications: { edges: unknown[] } }).applications.edges.length,
  },
];

export const VIEWER_LOGIN = '{ viewer { login } }';

// ------------------------------------------------------------------------------------------ the dashboards

export interface DashboardOperation {
  /** the Query field it needs: absent from the schema → reported and skipped */
  field: string;
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  /** the same figure by a plain GROUP BY over the base tables (no parameters) */
  naive: string;
  /** whether it is asked without sign-in (the open-data query) */
  anonymous?: boolean;
}

/**
 * The dashboards engineer's queries (schema/dashboard.ts, schema/open-data.ts on the `dashboards` branch), one
 * row per figure; the naive SQL is the figure's definition over the base tables. Absent from a schema that does
 * not have them yet: the bench prints "absent" for each.
 */
export const DASHBOARDS: DashboardOperation[] = [
  {
    field: 'dashboard',
    // dashperf: what the overview page (oversight Volumes_dashboard) asks, under its default filter (the last 12 months)
    label: 'volumes as the overview page asks (month × channel, month × service)',
    query: '{ dashboard { byChannel: volumeTotals(by: [MONTH, CHANNEL]) { asOf rows { month channel count } } byService: volumeTotals(by: [MONTH, SERVICE]) { asOf rows { month service count } } } }',
    naive: `SELECT to_char("createdAt", 'YYYY-MM') m, "channel", "kind", count(*) FROM "ServiceApplication" WHERE "status" <> 'DRAFT' AND "createdAt" >= date_trunc('month', now()) - interval '11 months' GROUP BY GROUPING SETS ((1, 2), (1, 3))`,
  },
  {
    field: 'dashboard',
    label: 'terms: share within, median and p90',
    query: '{ dashboard { terms { asOf rows { service body decided withinTerm open share medianDays p90Days region { id code nameKk nameRu nameEn } } } } }',
    naive: `SELECT "kind", "providerRegionId", count(*) FILTER (WHERE "decidedAt" IS NOT NULL), count(*) FILTER (WHERE "decidedAt"::date <= "dueOn"),
      percentile_cont(0.5) WITHIN GROUP (ORDER BY "decidedAt"::date - "registeredAt"::date), percentile_cont(0.9) WITHIN GROUP (ORDER BY "decidedAt"::date - "registeredAt"::date)
      FROM "ServiceApplication" WHERE "decidedAt" IS NOT NULL GROUP BY 1, 2`,
  },
  {
    field: 'dashboard',
    label: 'open items overdue by body and region',
    query: '{ dashboard { openItems(standing: OVERDUE) { asOf totalCount byBody { body count } byRegion { count region { code } } } } }',
    naive: `SELECT d."routing", x."regionId", count(*) FROM "EnforcementProceeding" p JOIN "ExecutiveDocument" d ON d."id" = p."documentId" JOIN "EnforcementDistrict" x ON x."id" = d."districtId"
      WHERE p."status" = 'AWAITING_DECISION' AND p."decisionDueOn" < current_date GROUP BY 1, 2`,
  },
  {
    field: 'dashboard',
    label: 'bailiffs’ work: E4 decisions, E5 refusals, E6 measures',
    query: '{ dashboard { bailiffWork { asOf decisions { service body decided withinTerm open share medianDays p90Days region { id code nameKk nameRu nameEn } } refusalsByGround { ground count } measuresByKind { kind count } } } }',
    naive: `SELECT "status", "refusalGround", count(*), count(*) FILTER (WHERE "decidedAt"::date <= "decisionDueOn") FROM "EnforcementProceeding" GROUP BY 1, 2`,
  },
  {
    field: 'dashboard',
    label: 'the Chambers: evenness per chamber',
    query: '{ dashboard { chambers { asOf year members receiving assignmentsThisYear perBailiff min max spread chamber { id name } region { id code nameKk nameRu nameEn } excluded { reason count } byKind { kind count } } } }',
    naive: `SELECT "chamberId", "bailiffId", count(*) FROM "Assignment" WHERE "assignedAt" >= date_trunc('year', now()) GROUP BY 1, 2`,
  },
  {
    field: 'dashboard',
    label: 'complaints by addressee, outcome, term',
    query: '{ dashboard { complaints { asOf rows { addressee status term count } terms { service body decided withinTerm open share medianDays p90Days region { id code nameKk nameRu nameEn } } } } }',
    naive: `SELECT "addressee", "status", count(*) FROM "Complaint" GROUP BY 1, 2`,
  },
  // national: the remaining figures of the dashboards' pages
  {
    field: 'dashboard',
    label: 'open items due soon by body and region',
    query: '{ dashboard { openItems(standing: DUE_SOON) { asOf totalCount byBody { body count } byRegion { count region { code } } } } }',
    naive: `SELECT d."routing", x."regionId", count(*) FROM "EnforcementProceeding" p JOIN "ExecutiveDocument" d ON d."id" = p."documentId" JOIN "EnforcementDistrict" x ON x."id" = d."districtId"
      WHERE p."status" = 'AWAITING_DECISION' AND p."decisionDueOn" BETWEEN current_date AND current_date + 5 GROUP BY 1, 2`,
  },
  {
    field: 'dashboard',
    label: 'inspections by kind and status',
    query: '{ dashboard { inspections { asOf rows { kind status count plan { year half } } } } }',
    naive: `SELECT "kind", "status", count(*) FROM "Inspection" GROUP BY 1, 2`,
  },
  {
    field: 'openData',
    label: 'open data: volumes (no sign-in)',
    query: '{ openData { asOf volumes { service region month channel count } } }',
    naive: `SELECT "kind", "channel", "providerRegionId", to_char("createdAt", 'YYYY-MM') m, count(*) FROM "ServiceApplication" GROUP BY 1, 2, 3, 4`,
    anonymous: true,
  },
];

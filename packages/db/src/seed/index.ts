// @oryndau/db/seed: reference data, the demo data set, the national benchmark data set, IIN/BIN numbers.
export * from './iin.ts';
export * from './reference.ts';
export { DEMO_LOGINS, DEMO_CALENDAR_CORRECTIONS, buildDemo, seedDemo, type DemoLogin, type DemoRows, type DemoSummary } from './demo.ts';
export {
  DEFAULT_NATIONAL_NOW,
  NATIONAL_VOLUMES,
  generateNational,
  isPostgresUrl,
  migrateAndRelease,
  type NationalOptions,
  type NationalSummary,
  type TableLoad,
} from './national.ts';
export { DEMO_ACCESS_CODE } from './complaints.ts'; // complaints (issue 10)
// licence area (issue 9)
export { DEMO_BANK_RECEIPT, LICENCE_DEMO_CANDIDATES, LICENCE_DEMO_LOGINS, seedLicenceArea } from './licences.ts';
// admit (issue 9): licence holders awaiting admission to a chamber
export { ADMISSION_DEMO_HOLDERS, ADMISSION_DEMO_LOGINS, seedAdmission } from './admission.ts';

// @oryndau/domain: the pure domain rules (no I/O). Rule ids refer to /shared/DOMAIN.md.
export * from './calendar.ts';
export * from './hours.ts';
export * from './registration.ts';
export * from './deadlines.ts';
export * from './licence.ts';
export * from './refusals.ts';
export * from './statemachine.ts';
export * from './routing.ts';
export * from './assignment.ts';
export * from './assignment-pool.ts';
export * from './attestation.ts';
export * from './attestation-flow.ts'; // attestation (issue 9)
export * from './complaints.ts';
export * from './inspections.ts';
export * from './enforcement.ts';
export * from './intake.ts';
export * from './numbering.ts';
export * from './transitions/index.ts';
// licence area (issue 9)
export * from './state-systems.ts';
// dashboards (issue 11): the rules behind the figures
export * from './dashboards.ts';
// legal assistance (issue 12, area: legal)
export * from './legal-assistance.ts';
// inspections (issue 10): the semi-annual plan from the platform's figures (Q1)
export * from './inspection-plan.ts';
export * from './licence-flow.ts';
// admit (issue 9): which chamber may admit a licence holder (L9, CH2)
export * from './admission.ts';
// Q1 (4), (5): art. 465 fines and monitoring recommendations, as the quality-control body records them
export * from './monitoring.ts';

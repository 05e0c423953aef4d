export * from './table.ts';
export * from './tables.ts';
// licence area (issue 9)
export * from './state-query.ts';
// legal assistance (issue 12, area: legal)
export * from './legal-assistance.ts';
export * from './complaint-proposal.ts'; // complaints (issue 10)

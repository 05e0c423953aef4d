export * from './table.ts';
export * from './tables.ts';

/** Deadline reminders (issue 6): the pure core. Adapters: src/gas/reminders.ts (Apps Script), src/local/eml.ts (.eml files). */
export * from './schedule';
export * from './links';
export * from './journal';
export * from './email';
export * from './plan';
export * from './outcome';
export * from './summary';
export * from './run';
export * from './trigger';
export * from './offline';

/** Deadline reminders (issue 6): the pure core. Adapters: src/gas/reminders/reminders.ts (Apps Script), src/local/reminders/eml.ts (.eml files). */

export * from './email';
export * from './journal';
export * from './links';
export * from './officeSummary';
export * from './offline';
export * from './outcome';
export * from './recipients';
export * from './schedule';
export * from './send';
export * from './trigger';

export { buildReport, indicatorGroupTallies, taskTally, type ReportOptions, type ReportChart, type GroupTally, type TaskTally } from './build';
export { reportDocumentName, reportFileName, reportInstantFor, planShortNumber } from './name';
export * from './model';
export { P as REPORT_PHRASES } from './phrases';

/**
 * Submit, approve, return, reopen, the editing locks, and the audit trail, on Apps Script. The rules live in the
 * core (submission, editingPolicy, submissionMirror, submissionStore, submissionFlow, reviewSidebar, audit,
 * auditRows); the files here read and write the sheet, the properties, the protections and the mail:
 *
 *   records.ts       records and editing levels (script properties), row snapshots (document properties)
 *   units.ts         the Đơn vị tab, read once per run
 *   mirror.ts        the Đơn vị copy ("mirror") of the records
 *   locks.ts         each unit's protections, as the editing policy says
 *   submit.ts        "Gửi báo cáo của đơn vị" (the menu, and the tick in the Đơn vị tab)
 *   review.ts        approve / return / reopen, the return e-mail, the review sidebar
 *   upkeep.ts        daily and after setup: queued log, mirror and locks re-applied
 *   auditTrigger.ts  the installable onEdit: audit with old and new values, mirror edits, locks whose time came
 *   scriptLock.ts    one submission or review at a time
 */
export { handleInstalledEdit } from './auditTrigger';
export { reviewUnit, showReviewSidebar } from './review';
export { submitForCurrentUser } from './submit';
export { submissionUpkeep } from './upkeep';

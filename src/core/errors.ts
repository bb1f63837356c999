/**
 * The one error type of the tool. `code` is for programs and tests (in the spirit of clasp's `{cause: {code}}`),
 * `message` is Vietnamese, written for the person who will read it, and says what to do. The Apps Script menu guard,
 * the command line and `npm start` all show `message` and nothing else; an error that is not an AppError is
 * translated by `toAppError` so that no English text or stack trace ever reaches a user.
 */
import { COMMON_TEXT } from './messages';

export type ErrorCode =
  /** Another run holds the lock. */
  | 'BUSY'
  /** The person may not do this (role, unit, year). */
  | 'NOT_ALLOWED'
  /** A file, option or value the tool cannot use. */
  | 'INVALID_INPUT'
  /** A tab or column the action needs is missing. */
  | 'SHEET_MISSING'
  /** Google's size limits (a property value, a cell). */
  | 'TOO_LARGE'
  /** Google's daily quotas (mail, trigger time). */
  | 'QUOTA'
  /** Google's time limit for one run. */
  | 'TIMEOUT'
  /** A scope the person has not granted. */
  | 'AUTHORIZATION'
  /** Anything else: a defect. */
  | 'UNEXPECTED';

export class AppError extends Error {
  readonly code: ErrorCode;
  /** The original error's text, for the execution log only; never shown to a user. */
  readonly detail: string;

  constructor(code: ErrorCode, message: string, detail = '') {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.detail = detail;
  }
}

/** Google's English error texts the tool knows, and what they mean for the person. */
const PLATFORM_ERRORS: readonly { pattern: RegExp; code: ErrorCode; message: string }[] = [
  {
    pattern: /argument too large|too large|exceeds the maximum|maximum size/i,
    code: 'TOO_LARGE',
    message: COMMON_TEXT.tooLarge,
  },
  {
    pattern: /lock timeout|timed out waiting for lock|there are too many lockservice operations/i,
    code: 'BUSY',
    message: COMMON_TEXT.busy,
  },
  { pattern: /too many times|quota|bandwidth quota|limit exceeded/i, code: 'QUOTA', message: COMMON_TEXT.quota },
  { pattern: /exceeded maximum execution time|execution time/i, code: 'TIMEOUT', message: COMMON_TEXT.timeout },
  {
    pattern:
      /authori[sz]ation is required|required permissions|do not have permission to call|specified permissions are not sufficient/i,
    code: 'AUTHORIZATION',
    message: COMMON_TEXT.authorization,
  },
];

/** Any thrown value as an AppError: ours as it is, Google's known errors in Vietnamese, the rest as UNEXPECTED. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  for (const known of PLATFORM_ERRORS)
    if (known.pattern.test(detail)) return new AppError(known.code, known.message, detail);
  return new AppError('UNEXPECTED', COMMON_TEXT.unexpected, detail);
}

/** True when `error` is an AppError with this code (works across bundle copies, which `instanceof` does not). */
export function hasCode(error: unknown, code: ErrorCode): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

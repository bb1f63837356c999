/**
 * An error whose message is written for the person at the sheet (Vietnamese, says what to do). Menu handlers
 * show it as it is; any other error is wrapped as unexpected.
 */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

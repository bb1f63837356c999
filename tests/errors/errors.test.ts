/**
 * One error type (AppError, a code and a Vietnamese message) and one guard for every menu action: whatever goes
 * wrong, the person reads Vietnamese, never Google's English text or a stack trace.
 */
import { AppError, hasCode, toAppError } from '../../src/core/errors';
import { COMMON_TEXT } from '../../src/core/messages';
import * as app from '../../src/gas/app';
import { withScriptLock } from '../../src/gas/lock';
import { createFakeAppsScript } from '../fakes';

const ENGLISH = /\b(the|error|exception|undefined|null|at \w+|Argument|Service|Lock|timeout)\b/i;

describe('toAppError', () => {
  test.each([
    ['Exception: Argument too large: value', 'TOO_LARGE', COMMON_TEXT.tooLarge],
    ['Lock timeout: another process was holding the lock for too long.', 'BUSY', COMMON_TEXT.busy],
    ['Exception: Service invoked too many times for one day: email.', 'QUOTA', COMMON_TEXT.quota],
    ['Exceeded maximum execution time', 'TIMEOUT', COMMON_TEXT.timeout],
    ['Exception: Authorization is required to perform that action.', 'AUTHORIZATION', COMMON_TEXT.authorization],
    ["TypeError: Cannot read properties of undefined (reading 'getRange')", 'UNEXPECTED', COMMON_TEXT.unexpected],
  ])('%s → %s, in Vietnamese, the English kept as detail only', (english, code, message) => {
    const error = toAppError(new Error(english));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
    expect(error.message).not.toMatch(ENGLISH);
    expect(error.detail).toContain(english);
  });

  test('an AppError passes through as it is; a thrown string becomes UNEXPECTED', () => {
    const ours = new AppError('NOT_ALLOWED', 'Chỉ Phòng Văn hóa - Xã hội được làm việc này.');
    expect(toAppError(ours)).toBe(ours);
    expect(hasCode(ours, 'NOT_ALLOWED')).toBe(true);
    expect(toAppError('boom').code).toBe('UNEXPECTED');
  });
});

describe('every menu action goes through the guard', () => {
  const OWNER = 'vhxh@example.com';

  const ACTIONS = {
    menuSendRemindersNow: app.menuSendRemindersNow,
    menuEnableReminders: app.menuEnableReminders,
    menuDisableReminders: app.menuDisableReminders,
    menuSetup: app.menuSetup,
    menuValidate: app.menuValidate,
  };

  test.each(Object.keys(ACTIONS) as (keyof typeof ACTIONS)[])(
    '%s under a busy lock shows the one busy message, in Vietnamese, and throws nothing',
    (name) => {
      const fake = createFakeAppsScript({ owner: OWNER, now: '2026-11-25T08:00:00+07:00' });
      const restore = fake.install(globalThis);
      try {
        fake.locks.holdScriptLock();
        // The reminder actions read the sheet first; an empty spreadsheet must not crash them either.
        expect(() => fake.run(() => ACTIONS[name](), { as: OWNER })).not.toThrow();
        const shown = fake.ui.alerts.map((a) => JSON.stringify(a)).join('\n');
        expect(shown).not.toMatch(/Exception|TypeError|at Object|stack/);
        if (name !== 'menuValidate') expect(shown).toContain(COMMON_TEXT.busy);
      } finally {
        restore();
      }
    },
  );

  test('an unexpected failure inside a reminder action becomes the Vietnamese "unexpected" alert', () => {
    const fake = createFakeAppsScript({ owner: OWNER, now: '2026-11-25T08:00:00+07:00' });
    const restore = fake.install(globalThis);
    const realScriptApp = (globalThis as { ScriptApp: unknown }).ScriptApp;
    (globalThis as { ScriptApp: unknown }).ScriptApp = {
      getProjectTriggers: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'getHandlerFunction')");
      },
    };
    try {
      expect(() => fake.run(() => app.menuEnableReminders(), { as: OWNER })).not.toThrow();
      const last = JSON.stringify(fake.ui.alerts.at(-1));
      expect(last).toContain(COMMON_TEXT.unexpected.slice(0, 30));
      expect(last).not.toContain('TypeError');
    } finally {
      (globalThis as { ScriptApp: unknown }).ScriptApp = realScriptApp;
      restore();
    }
  });
});

describe('withScriptLock', () => {
  test('a nested call does not lock again and the outer lock is held to the end', () => {
    const fake = createFakeAppsScript({ owner: 'o@example.com' });
    const restore = fake.install(globalThis);
    try {
      const held: boolean[] = [];
      fake.run(() =>
        withScriptLock('interactive', () => {
          withScriptLock('interactive', () => held.push(true));
          held.push(LockService.getScriptLock().hasLock() || fake.locks.isHeld('script'));
        }),
      );
      expect(held).toEqual([true, true]);
    } finally {
      restore();
    }
  });

  test('a busy lock throws AppError BUSY and runs nothing', () => {
    const fake = createFakeAppsScript({ owner: 'o@example.com' });
    const restore = fake.install(globalThis);
    try {
      fake.locks.holdScriptLock();
      let ran = false;
      let caught: unknown;
      fake.run(() => {
        try {
          withScriptLock('interactive', () => {
            ran = true;
          });
        } catch (error) {
          caught = error;
        }
      });
      expect(ran).toBe(false);
      expect(hasCode(caught, 'BUSY')).toBe(true);
    } finally {
      restore();
    }
  });
});

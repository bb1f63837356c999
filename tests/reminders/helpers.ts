/** Workbooks and in-memory ports for the reminder tests (no Apps Script here: see gas.test.ts for the fakes). */

import type { CalendarDate } from '../../src/core/dates';
import { DEFAULT_UNITS, UnitRegistry } from '../../src/core/plan/units';
import type { OutgoingEmail, ReminderPorts } from '../../src/core/reminders';
import { buildSampleWorkbook, sampleConfig } from '../../src/core/sample/workbook';
import { type Config, defaultConfig } from '../../src/core/sheet/config';
import type { LogEntry } from '../../src/core/sheet/log';
import type { TabKey } from '../../src/core/sheet/schema';
import { ColumnMap } from '../../src/core/sheet/table';
import { buildFreshWorkbook, type WorkbookData } from '../../src/core/sheet/workbook';

export const d = (day: number, month: number, year = 2026): CalendarDate => ({ year, month, day });

/** Sets one cell of a tab, found by the key column. */
export function setCell(
  workbook: WorkbookData,
  tab: TabKey,
  keyColumn: string,
  key: string,
  column: string,
  value: unknown,
): void {
  const map = new ColumnMap(tab, workbook[tab].header);
  const row = workbook[tab].rows.find((r) => r[map.index(keyColumn)] === key);
  if (!row) throw new Error(`no row ${key} in ${tab}`);
  row[map.index(column)] = value;
}

export function unitEmails(workbook: WorkbookData, unitId: string, emails: string): void {
  setCell(workbook, 'units', 'unitId', unitId, 'emails', emails);
}

export const UNIT_IDS = DEFAULT_UNITS.map((u) => u.id);

/** A fresh sheet (nothing typed): every unit owes everything; each unit has one valid address. */
export function owingWorkbook(overrides: Partial<Config> = {}): WorkbookData {
  const config = { ...sampleConfig(), ...overrides };
  const registry = new UnitRegistry(
    DEFAULT_UNITS.map((u) => ({ ...u, accounts: [`${u.id.toLowerCase()}@phuong-haiduong.example`] })),
  );
  return buildFreshWorkbook(config, registry);
}

export function sampleWorkbook(today: CalendarDate): WorkbookData {
  return buildSampleWorkbook(today).workbook;
}

export { defaultConfig };

/** Ports over plain memory: a mail outbox with a quota, a property map and a log. */
export class MemoryPorts implements ReminderPorts {
  props: Record<string, string> = {};
  outbox: { at: Date; email: OutgoingEmail }[] = [];
  log: LogEntry[] = [];
  logCalls = 0;
  quota: number;
  /** Throw on the n-th send (1-based, counted over this object's life). */
  failOnSend: number | null = null;
  /** Throw (as if the run died) right after the n-th send went out, before "sent" is written. */
  dieAfterSend: number | null = null;
  sends = 0;
  clock: Date;
  /** Time left of the run (the 6-minute limit); unset: no limit. */
  remainingMs?: () => number;

  constructor(now: Date, quota = 100) {
    this.clock = now;
    this.quota = quota;
  }
  now(): Date {
    return new Date(this.clock.getTime());
  }
  remainingQuota(): number {
    return this.quota;
  }
  send(email: OutgoingEmail): void {
    this.sends++;
    if (this.failOnSend === this.sends) throw new Error('Service error: Mail');
    if (this.quota < email.to.length) throw new Error('Service invoked too many times for one day: email.');
    this.quota -= email.to.length;
    this.outbox.push({ at: this.now(), email });
    if (this.dieAfterSend === this.sends) this.dying = true;
  }
  private dying = false;
  setProperty(key: string, value: string): void {
    // The run is killed between the send and the "sent" write (e.g. the 6-minute limit).
    if (this.dying) {
      this.dying = false;
      this.dieAfterSend = null;
      throw new RunDied('killed');
    }
    this.props[key] = value;
  }
  setProperties(values: Record<string, string>): void {
    Object.assign(this.props, values);
  }
  deleteProperty(key: string): void {
    delete this.props[key];
  }
  appendLog(entries: LogEntry[]): void {
    this.logCalls++;
    this.log.push(...entries);
  }
}

/** Stands for the runtime killing the script (not an error the code may catch as a refused send). */
export class RunDied extends Error {}

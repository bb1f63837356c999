/**
 * MailApp with a daily recipient quota.
 *
 * - The quota counts recipients, not messages: getRemainingDailyQuota() "Returns the number of
 *   recipients you can send emails to for the rest of the day" (MailApp reference); the quotas page
 *   lists "Email recipients per day: 100 (consumer) / 1,500 (Google Workspace)". to + cc + bcc count.
 * - Reset: "Quotas are per user and reset 24 hours after the first request"
 *   (developers.google.com/apps-script/guides/services/quotas) — not at midnight Pacific time. The
 *   fake starts a 24-hour window at the first send of each sender and refills when it has passed.
 * - Over quota: throws the real "Service invoked too many times for one day: email." and sends nothing.
 * - Invalid address: "Invalid email: <address>"; no recipient: "Failed to send email: no recipient"
 *   (real texts as reported by users; not in the reference).
 * - Simple triggers (AuthMode.LIMITED) may not send: see Env.requireScope.
 */
import type { Env } from './context';
import { stringify } from './utilities';

export const QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';
const SCOPES = ['https://www.googleapis.com/auth/script.send_mail', 'https://mail.google.com/'];
const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

export interface SentMail {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
  sentAt: Date;
}

interface Window {
  start: number;
  used: number;
}

function split(list: unknown): string[] {
  if (list === undefined || list === null || list === '') return [];
  return String(list)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export class MailControl {
  readonly sent: SentMail[] = [];
  private windows = new Map<string, Window>();
  private failAt: { n: number; message: string } | null = null;
  private sendCalls = 0;

  constructor(private readonly env: Env) {}

  /** Makes the n-th sendEmail call from now throw (nothing sent), to simulate a run killed half-way. */
  throwOnNthSend(n: number, message = 'Simulated failure: the execution was stopped.'): void {
    this.sendCalls = 0;
    this.failAt = { n, message };
  }

  /** Sets what getRemainingDailyQuota() reports for `sender` (default: the owner) in the current window. */
  setRemaining(remaining: number, sender = this.env.opts.ownerEmail): void {
    const w = this.window(sender);
    w.used = Math.max(0, this.env.opts.dailyMailQuota - remaining);
  }

  remaining(sender: string): number {
    return Math.max(0, this.env.opts.dailyMailQuota - this.window(sender).used);
  }

  private window(sender: string): Window {
    const key = sender.toLowerCase();
    const now = this.env.clock.nowMs();
    let w = this.windows.get(key);
    if (!w || now >= w.start + 24 * 3600 * 1000) {
      w = { start: now, used: 0 };
      this.windows.set(key, w);
    }
    return w;
  }

  _send(mail: Omit<SentMail, 'from' | 'sentAt'>): void {
    this.sendCalls += 1;
    if (this.failAt && this.sendCalls === this.failAt.n) {
      const { message } = this.failAt;
      this.failAt = null;
      throw new Error(message);
    }
    const recipients = [...mail.to, ...mail.cc, ...mail.bcc];
    if (recipients.length === 0) throw new Error('Failed to send email: no recipient');
    for (const r of recipients) if (!EMAIL.test(r)) throw new Error(`Invalid email: ${r}`);
    const from = this.env.current.user;
    const w = this.window(from);
    if (w.used + recipients.length > this.env.opts.dailyMailQuota) throw new Error(QUOTA_MESSAGE);
    w.used += recipients.length;
    this.sent.push({ ...mail, from, sentAt: this.env.clock.now() });
  }
}

type Options = GoogleAppsScript.Mail.MailAdvancedParameters & { to?: string; subject?: string; body?: string };

export class FakeMailApp implements Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'> {
  constructor(
    private readonly env: Env,
    private readonly control: MailControl,
  ) {}

  getRemainingDailyQuota(): number {
    this.env.requireScope('MailApp.getRemainingDailyQuota', SCOPES);
    return this.control.remaining(this.env.current.user);
  }

  /**
   * sendEmail(message), sendEmail(recipient, subject, body[, options]),
   * sendEmail(to, replyTo, subject, body) — the four-string form of the reference.
   */
  sendEmail(...args: any[]): void {
    this.env.requireScope('MailApp.sendEmail', SCOPES);
    let o: Options;
    if (args.length === 1 && typeof args[0] === 'object') o = { ...args[0] };
    else if (args.length === 4 && typeof args[3] === 'string')
      o = { to: args[0], replyTo: args[1], subject: args[2], body: args[3] };
    else o = { ...(args[3] ?? {}), to: args[0], subject: args[1], body: args[2] };
    this.control._send({
      to: split(o.to),
      cc: split(o.cc),
      bcc: split(o.bcc),
      subject: o.subject === undefined ? '' : stringify(o.subject),
      body: o.body === undefined ? '' : stringify(o.body),
      htmlBody: o.htmlBody,
      name: o.name,
      replyTo: o.replyTo,
      noReply: o.noReply,
      attachments: o.attachments as unknown[] | undefined,
    });
  }
}

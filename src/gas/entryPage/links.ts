/**
 * The office's side of the entry page: each unit's link (in a dialog, in the reminder e-mails), sending it by mail,
 * and changing it when it leaked. Only an office account (the owner or a VHXH address of Cấu hình) signed in as
 * itself may see or change links: a web page visitor is never taken for the office.
 */
import { formatDate, vietnamDateOf } from '../../core/dates';
import { type LinkRow, linksDialogHtml } from '../../core/entryPage/linksDialog';
import { ENTRY_PAGE_TEXT } from '../../core/entryPage/messages';
import { entryLink, isUsableWebAppUrl, signToken } from '../../core/entryPage/token';
import type { Config } from '../../core/sheet/config';
import { splitList } from '../../core/units/table';
import { explain } from '../guard';
import { withScriptLock } from '../lock';
import { configFromRows } from '../sheet/configStore';
import { appendLog, readTab } from '../sheet/io';
import { isVhxhOrOwner } from '../sheet/people';
import { unitsView } from '../submission/units';
import { signedInCaller } from './callerGuard';
import { ensureSecret, entryProperties, hmacWith, rotateLink, secretIn, versionIn, versionsIn } from './store';

/** The deployed page's address: Cấu hình's "Địa chỉ trang nhập liệu", else the deployment Apps Script reports. */
export function entryBaseUrl(config: Config): { url: string | null; problem: string | null } {
  const configured = config.entryPageUrl.trim();
  if (configured)
    return isUsableWebAppUrl(configured)
      ? { url: configured, problem: null }
      : { url: null, problem: ENTRY_PAGE_TEXT.links.urlInvalid(configured) };
  try {
    // "If you are running the development mode web app, this returns the development mode url": only /exec works
    // for units, so anything else counts as not deployed.
    const url = ScriptApp.getService().getUrl();
    if (isUsableWebAppUrl(url)) return { url, problem: null };
  } catch {
    // Not deployed, or the scope is missing: the office is told how to deploy.
  }
  return { url: null, problem: ENTRY_PAGE_TEXT.links.urlMissing };
}

/**
 * Each unit's link for the reporting year. `create`: make the signing secret if there is none yet (office runs only;
 * call under the script lock). Without a secret and without `create`, no link.
 */
export function unitLinks(config: Config, unitIds: readonly string[], create: boolean): Record<string, string> {
  const { url } = entryBaseUrl(config);
  if (!url) return {};
  const all = entryProperties();
  const secret = secretIn(all) ?? (create ? ensureSecret() : null);
  if (!secret) return {};
  const versions = versionsIn(all);
  const hmac = hmacWith(secret);
  const links: Record<string, string> = {};
  for (const unitId of unitIds)
    links[unitId] = entryLink(
      url,
      signToken({ unitId, year: config.reportingYear, version: versionIn(versions, unitId) }, hmac),
    );
  return links;
}

function officeContext(now: Date) {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const config = configFromRows(readTab(ss, 'config').table.rows, vietnamDateOf(now).year);
  const view = unitsView(ss, now);
  const caller = signedInCaller();
  return { ss, config, view, caller, office: !!caller && isVhxhOrOwner(ss, config, caller) };
}

/** The menu item: the dialog with every unit's link. */
export function showEntryLinks(now: Date = new Date()): void {
  const { config, view, office } = officeContext(now);
  const ui = SpreadsheetApp.getUi();
  if (!office) {
    ui.alert(ENTRY_PAGE_TEXT.links.officeOnly);
    return;
  }
  const { problem } = entryBaseUrl(config);
  const links = problem
    ? {}
    : withScriptLock('interactive', () =>
        unitLinks(
          config,
          view.states.map((s) => s.unit.id),
          true,
        ),
      );
  const rows: LinkRow[] = view.states.map((s) => ({
    unitId: s.unit.id,
    unitName: s.unit.name,
    link: links[s.unit.id] ?? '',
    recipients: s.reminderEmails,
  }));
  ui.showModalDialog(
    HtmlService.createHtmlOutput(linksDialogHtml(rows, problem)).setWidth(900).setHeight(560),
    ENTRY_PAGE_TEXT.links.title,
  );
}

export interface LinkActionReply {
  ok: boolean;
  message: string;
  link?: string;
}

/** The dialog's buttons: "send" mails the unit its link; "rotate" replaces it (old links stop working). */
export function entryLinkAction(action: unknown, unitId: unknown, now: Date = new Date()): LinkActionReply {
  try {
    const { ss, config, view, caller, office } = officeContext(now);
    if (!office) return { ok: false, message: ENTRY_PAGE_TEXT.links.officeOnly };
    const state = view.states.find((s) => s.unit.id === unitId);
    if (!state || (action !== 'send' && action !== 'rotate'))
      return { ok: false, message: ENTRY_PAGE_TEXT.links.unknownUnit };
    const t = ENTRY_PAGE_TEXT.links;
    return withScriptLock('interactive', (): LinkActionReply => {
      if (action === 'rotate') {
        const version = rotateLink(state.unit.id);
        const link = unitLinks(config, [state.unit.id], true)[state.unit.id];
        appendLog(ss, [
          { time: now, user: caller, action: 'entryLink', unitId: state.unit.id, detail: t.rotatedLog(version) },
        ]);
        return { ok: true, message: t.rotated(state.unit.name), link };
      }
      const link = unitLinks(config, [state.unit.id], true)[state.unit.id];
      if (!link) return { ok: false, message: entryBaseUrl(config).problem ?? t.urlMissing };
      const to = state.reminderEmails;
      if (!to.length) return { ok: false, message: t.noRecipients(state.unit.name) };
      const replyTo = splitList(config.vhxhEmail)[0];
      MailApp.sendEmail({
        to: to.join(','),
        subject: t.mailSubject(config.planNumber, config.reportingYear),
        body: t.mailBody(state.unit.name, config.reportingYear, formatDate(config.deadline), link, config.senderName),
        name: config.senderName,
        ...(replyTo ? { replyTo } : {}),
      });
      appendLog(ss, [
        { time: now, user: caller, action: 'entryLink', unitId: state.unit.id, detail: t.sentLog(to.join(', ')) },
      ]);
      return { ok: true, message: t.sent(state.unit.name, to.join(', ')), link };
    });
  } catch (error) {
    return { ok: false, message: explain(error).message };
  }
}

/**
 * A copy of the Cấu hình tab in script properties, refreshed by every run of the VHXH office's tools. The simple
 * onEdit reads it instead of the tab (one property read, no Spreadsheet call), and the installable onEdit finds it
 * in the one read of the store it makes anyway. PropertiesService needs no authorisation, so simple triggers may
 * use it. A value holds at most 9 kB: the copy keeps each text short (a setting is never long; a 10 kB paste into
 * Cấu hình must not stop every edit trigger).
 */

import type { CalendarDate } from '../../core/dates';
import { type Config, defaultConfig, readConfig } from '../../core/sheet/config';

export const CONFIG_KEY = 'config.v1';
/** Characters kept of each text setting in the copy (the tab keeps the whole text). */
const MAX_SETTING = 600;

function compact(config: Config): Config {
  const clip = (v: string) => (v.length > MAX_SETTING ? v.slice(0, MAX_SETTING) : v);
  const out = { ...config } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) if (typeof v === 'string') out[k] = clip(v);
  out.recipients = config.recipients.slice(0, 30).map(clip);
  return out as unknown as Config;
}

export function configProperty(config: Config): [string, string] {
  return [CONFIG_KEY, JSON.stringify(compact(config))];
}

export function storeConfig(config: Config): void {
  PropertiesService.getScriptProperties().setProperty(...configProperty(config));
}

/** The stored copy among properties already read; null when there is none or it is unreadable. */
export function configFrom(all: Readonly<Record<string, string | null>>): Config | null {
  const stored = all[CONFIG_KEY];
  if (!stored) return null;
  try {
    return JSON.parse(stored) as Config;
  } catch {
    return null;
  }
}

export function loadConfig(today: CalendarDate): Config {
  const stored = PropertiesService.getScriptProperties().getProperty(CONFIG_KEY);
  return configFrom({ [CONFIG_KEY]: stored }) ?? legacyConfig() ?? defaultConfig(today.year);
}

/** Before this version the copy was in document properties. */
function legacyConfig(): Config | null {
  return configFrom({ [CONFIG_KEY]: PropertiesService.getDocumentProperties().getProperty(CONFIG_KEY) });
}

/** Reads the config rows (label | value) and stores them for onEdit. */
export function configFromRows(rows: readonly (readonly unknown[])[], fallbackYear: number): Config {
  const { config } = readConfig(rows, fallbackYear);
  storeConfig(config);
  return config;
}

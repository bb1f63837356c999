/**
 * A copy of the Cấu hình tab in document properties, refreshed by every run of the VHXH office's tools.
 * The simple onEdit trigger reads it instead of the tab: one PropertiesService call, no extra Spreadsheet
 * read (onEdit must stay within a handful of Spreadsheet calls). PropertiesService needs no authorisation,
 * so simple triggers may use it.
 */

import type { CalendarDate } from '../../core/dates';
import { type Config, defaultConfig, readConfig } from '../../core/sheet/config';

const KEY = 'config.v1';

export function storeConfig(config: Config): void {
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(config));
}

export function loadConfig(today: CalendarDate): Config {
  const stored = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!stored) return defaultConfig(today.year);
  try {
    return JSON.parse(stored) as Config;
  } catch {
    return defaultConfig(today.year);
  }
}

/** Reads the config rows (label | value) and stores them for onEdit. */
export function configFromRows(rows: readonly (readonly unknown[])[], fallbackYear: number): Config {
  const { config } = readConfig(rows, fallbackYear);
  storeConfig(config);
  return config;
}

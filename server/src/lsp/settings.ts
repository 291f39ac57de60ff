// Settings, read per workspace folder through workspace/configuration and cached per
// folder until the client says they changed. Editors without workspace/configuration get
// initializationOptions, then the defaults.

import type { Connection } from 'vscode-languageserver/node';
import type { DiagnosticSettings, Severity } from '../core/service/diagnostics';
import { DEFAULT_FILTER, type FileFilter } from '../files/findArticleFiles';

export interface Settings extends FileFilter {
  diagnostics: DiagnosticSettings;
  titleWindowDays: number;
  hover: boolean;
  inlayHints: boolean;
  codeLens: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  ...DEFAULT_FILTER,
  diagnostics: { titleConflict: { enabled: true, severity: 'warning' }, dateConflict: { enabled: true, severity: 'warning' }, weekdayMismatch: { enabled: true, severity: 'warning' } },
  titleWindowDays: 120,
  hover: true,
  inlayHints: true,
  codeLens: true,
};

type Raw = Record<string, unknown> | null | undefined;

function pick<T>(raw: Raw, path: string, fallback: T, ok: (v: unknown) => boolean): T {
  let v: unknown = raw;
  for (const p of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  if (v === undefined && raw && path in raw) v = raw[path]; // flat "a.b.c" keys
  return v !== undefined && ok(v) ? (v as T) : fallback;
}

const isBool = (v: unknown) => typeof v === 'boolean';
const isSeverity = (v: unknown) => v === 'error' || v === 'warning' || v === 'information' || v === 'hint';
const isGlobs = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Globs are relative to each workspace folder. One that climbs out of it ("../**") or is
 * absolute would let a workspace's settings point the server at other folders: dropped.
 */
export function insideFolder(glob: string): boolean {
  return !/^(?:[\\/]|[A-Za-z]:)/.test(glob) && !/(?:^|[\\/])\.\.(?:[\\/]|$)/.test(glob);
}
const isDays = (v: unknown) => typeof v === 'number' && v >= 0 && isFinite(v);

export function parseSettings(raw: Raw): Settings {
  const d = DEFAULT_SETTINGS;
  return {
    include: pick(raw, 'include', d.include, isGlobs).filter(insideFolder),
    exclude: pick(raw, 'exclude', d.exclude, isGlobs),
    diagnostics: {
      titleConflict: {
        enabled: pick(raw, 'diagnostics.titleConflict.enabled', true, isBool),
        severity: pick<Severity>(raw, 'diagnostics.titleConflict.severity', 'warning', isSeverity),
      },
      dateConflict: {
        enabled: pick(raw, 'diagnostics.dateConflict.enabled', true, isBool),
        severity: pick<Severity>(raw, 'diagnostics.dateConflict.severity', 'warning', isSeverity),
      },
      weekdayMismatch: {
        enabled: pick(raw, 'diagnostics.weekdayMismatch.enabled', true, isBool),
        severity: pick<Severity>(raw, 'diagnostics.weekdayMismatch.severity', 'warning', isSeverity),
      },
    },
    titleWindowDays: pick(raw, 'diagnostics.titleConflict.maxDaysApart', d.titleWindowDays, isDays),
    hover: pick(raw, 'hover.enabled', true, isBool),
    inlayHints: pick(raw, 'inlayHints.enabled', true, isBool),
    codeLens: pick(raw, 'codeLens.enabled', true, isBool),
  };
}

export class SettingsCache {
  private readonly byScope = new Map<string, Promise<Settings>>();
  private fallback: Settings = DEFAULT_SETTINGS;

  constructor(private readonly connection: Connection, private supportsConfiguration: boolean) {}

  setInitializationOptions(raw: Raw): void {
    const section = raw && typeof raw === 'object' && 'corroborate' in raw ? (raw.corroborate as Raw) : raw;
    this.fallback = parseSettings(section);
  }

  /** The settings a folder most likely has before the client is asked: initializationOptions, else the defaults. */
  get likely(): Settings {
    return this.fallback;
  }

  /** Settings that apply to a folder or file URI. */
  get(scopeUri: string | undefined): Promise<Settings> {
    if (!this.supportsConfiguration) return Promise.resolve(this.fallback);
    const key = scopeUri ?? '';
    let p = this.byScope.get(key);
    if (!p) {
      p = (this.connection.workspace.getConfiguration({ scopeUri, section: 'corroborate' })
        .then((raw: Raw) => (raw ? parseSettings(raw) : this.fallback), () => this.fallback)) as Promise<Settings>;
      this.byScope.set(key, p);
    }
    return p;
  }

  /** Forgets cached values; pushed settings (editors without pull) replace the fallback. */
  changed(pushed?: Raw): void {
    this.byScope.clear();
    if (pushed && typeof pushed === 'object' && 'corroborate' in pushed) this.fallback = parseSettings(pushed.corroborate as Raw);
  }
}

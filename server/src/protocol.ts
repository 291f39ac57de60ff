// Custom requests and notifications shared by the server and the VS Code client.
// Plain types only: no imports, so both bundles (and other editors) can use them.

export type EntityKind = 'person' | 'organization' | 'meeting' | 'place' | 'date' | 'term';

/** LSP-shaped range (UTF-16 code units), repeated here to keep this file dependency-free. */
export interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface WireLocation {
  uri: string;
  range: WireRange;
}

export interface StatsResult {
  articles: number;
  entities: number;
  /** Cross-source links: entities mentioned by two or more articles. */
  links: number;
  conflicts: number;
  /** True while the first index of the workspace is still being built. */
  indexing: boolean;
}

export interface EntitySummary {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  sourceCount: number;
  mentionCount: number;
  conflictCount: number;
}

export interface EntitiesParams {
  kind?: EntityKind;
  /** Fuzzy query over names and aliases; empty lists everything (up to limit). */
  query?: string;
  limit?: number;
}

export interface EntitySourceMentions {
  uri: string;
  label: string;
  mentions: { range: WireRange; text: string }[];
}

export interface EntityDetails extends EntitySummary {
  sources: EntitySourceMentions[];
}

export interface ConflictSide {
  uri: string;
  label: string;
  value: string;
  range: WireRange;
  /** The passage around the mention, for side-by-side comparison. */
  excerpt: string;
}

export interface ConflictInfo {
  id: string;
  entityId: string;
  entityName: string;
  /** 'rank' | 'office' for people, 'date' for meetings and events. */
  fact: 'rank' | 'office' | 'date';
  sides: ConflictSide[];
}

export const Requests = {
  stats: 'corroborate/stats',
  entities: 'corroborate/entities',
  entityDetails: 'corroborate/entityDetails',
  conflicts: 'corroborate/conflicts',
  reindex: 'corroborate/reindex',
} as const;

export const Notifications = {
  /** Server → client whenever counts change (debounced). Params: StatsResult. */
  statsChanged: 'corroborate/statsChanged',
} as const;

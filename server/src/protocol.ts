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
  /** Notes attached to the entity. */
  noteCount?: number;
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
  /** For a date of a person's: what happened that day. */
  event?: 'took office' | 'elected' | 'died' | 'confirmed' | 'buried' | 'resigned' | 'impeached' | 'appointed' | 'took charge';
  sides: ConflictSide[];
  /** Set when someone marked the conflict reviewed: it no longer warns. */
  review?: { reason: string; trustedValue?: string; id: string };
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

// ── Annotations (notes on passages and entities, tags, reviewed conflicts) ──────────────
// Stored as W3C Web Annotations in `.corroborate/annotations.jsonl` in each workspace
// folder. Every editor reaches them through workspace/executeCommand with these commands
// (one argument object each) and the `corroborate/annotations` request.

export const AnnotationCommands = {
  /** { uri, range: WireRange, note?: string, tags?: string[] } → AnnotationInfo */
  addToPassage: 'corroborate.annotations.addToPassage',
  /** { uri, position } (the entity under it) or { entityId }, plus { note } → AnnotationInfo */
  addToEntity: 'corroborate.annotations.addToEntity',
  /** { conflictId, reason, trustedValue?, trustedUri? } → AnnotationInfo */
  reviewConflict: 'corroborate.annotations.reviewConflict',
  /** { id, note?, tags?, reason? } → AnnotationInfo */
  update: 'corroborate.annotations.update',
  /** { id } → { removed: boolean } */
  remove: 'corroborate.annotations.remove',
} as const;

export interface AnnotationInfo {
  id: string;
  kind: 'passage' | 'entity' | 'review';
  /** The note text, the tags, or the review reason. */
  note?: string;
  tags: string[];
  /** Passage notes: where the passage is now, or orphaned when it can't be found. */
  uri?: string;
  range?: WireRange;
  orphaned?: boolean;
  /** The quoted passage as stored. */
  quote?: string;
  /** Entity notes: the entity; reviews: the conflict and the trusted value, if any. */
  entityId?: string;
  conflictId?: string;
  trustedValue?: string;
  created: string;
  modified: string;
}

export interface AnnotationsParams {
  /** Only annotations on this article (passages) and its entities; all when absent. */
  uri?: string;
}

export interface AnnotationsResult {
  annotations: AnnotationInfo[];
  /** Problems reading a sidecar file, with the line they are on. */
  errors: { file: string; line: number; message: string }[];
}

export const AnnotationRequests = {
  list: 'corroborate/annotations',
} as const;

// The annotation data types: W3C Web Annotations (https://www.w3.org/TR/annotation-model/)
// as they are stored, one per line, in `.corroborate/annotations.jsonl`. Our own properties
// carry a `corroborate:` prefix; JSON-LD reads an undefined prefix as an absolute IRI, so the
// objects stay valid under the plain anno.jsonld context.

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type Motivation = 'commenting' | 'tagging' | 'assessing';

/** Tags the UI offers; any short single-line tag is accepted. */
export const KNOWN_TAGS = ['claim', 'needs-check', 'verified'] as const;

/** Characters of context kept on each side of a quote (TextQuoteSelector prefix/suffix). */
export const CONTEXT_CHARS = 32;

export interface TextualBody {
  type: 'TextualBody';
  purpose?: Motivation;
  format: 'text/plain';
  value: string;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * Offsets are UTF-16 code units, like every position in Corroborate (and like Hypothesis
 * and the LSP). The W3C model counts code points; the quote selector, which is what
 * re-anchoring trusts, is unaffected by the difference.
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A passage in an article: source is a workspace-relative path with `/` separators. */
export interface PassageTarget {
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}

/**
 * An entity (`corroborate:entity/<key>`) or a conflict (`corroborate:conflict/<id>`). The
 * source IRI percent-encodes the key; `corroborate:key` repeats it verbatim so the file
 * stays readable and queries never decode.
 */
export interface KeyTarget {
  source: string;
  'corroborate:key': string;
}

export interface Annotation {
  '@context': typeof ANNO_CONTEXT;
  /** `urn:uuid:<uuid>`. */
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  /** ISO 8601 timestamps; `modified` decides which of two concurrent edits wins. */
  created: string;
  modified: string;
  body: TextualBody[];
  /** Reviews only: the value the reviewer trusts ("Gen."). */
  'corroborate:trustedValue'?: string;
  target: PassageTarget | KeyTarget;
  /** Properties this version does not know are kept as they are (a newer version's). */
  [extra: string]: unknown;
}

export type AnnotationKind = 'passage' | 'entity' | 'review';

export const ENTITY_SOURCE_PREFIX = 'corroborate:entity/';
export const CONFLICT_SOURCE_PREFIX = 'corroborate:conflict/';

export const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

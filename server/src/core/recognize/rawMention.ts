// What recognition hands to article-wide resolution: mentions with the titles written with them.

import type { BlockKind, EntityKind, Span, TitleInfo } from '../model';

/** A title as read in its sentence: before the name or after it; resolution tells a full name from a surname. */
export interface RawTitle extends Omit<TitleInfo, 'basis'> {
  basis: 'prefix' | 'appositive';
}

/** A mention before article-wide resolution (short names, acronyms, "the SCM"). */
export interface RawMention {
  kind: EntityKind;
  span: Span;
  fullSpan: Span;
  text: string;
  key: string;
  form: 'full' | 'short' | 'acronym' | 'reference';
  block: BlockKind;
  sentence: number;
  titles: RawTitle[];
  /** A person recognised only by the shape of the name; kept if the corpus confirms it. */
  tentative?: boolean;
  /** People: the words a later short reference may use ("Jin", "Hegseth"). */
  shortForms?: string[];
  /**
   * A short name after "Sheikh": the two words as one whole name ("Sheikh Hasina") and its key,
   * for when the article names no one fuller it could stand for ("Sheikh Tamim bin Hamad").
   */
  whole?: { name: string; key: string };
  /** Meetings: series key without ordinal, and the ordinal when written. */
  series?: string;
  ordinal?: number;
  /** The meeting's number is its year: "the 2025 NATO summit", "G20 Summit 2024". */
  yearEdition?: boolean;
  /** "this year's G7 summit": numbered by the article's year once that is known. */
  thisYear?: boolean;
  /** An election: the key of the place (or legislature) it is held for ("Iraq's parliamentary election"). */
  where?: string;
  /** An election still ahead ("the upcoming election"): dated only by a day said to be its own. */
  ahead?: boolean;
  /** Acronym spelled out right after this mention: "(SCM)". */
  definesAcronym?: string;
  /** Dates: what chrono resolved. */
  dateValue?: { value: string; precision: 'day' | 'week' | 'month'; relative: boolean; lastDay?: string };
  /** A person named inside a quotation: the title is the speaker's word, no fact. */
  quoted?: boolean;
  /** In a paragraph written in another language than English: no fact (see notEnglish). */
  foreign?: boolean;
  /** A lone word that speaks ("Paetongtarn said") or follows an honorific ("Mr Musk"): only people do. */
  personCue?: boolean;
  /** Set by article-wide resolution when the mention turned out to be nothing. */
  dropped?: boolean;
  /** "last year's SCM", "the previous SCM": not the occasion the article is about. */
  otherOccasion?: boolean;
}

export interface BlockMentions {
  mentions: RawMention[];
  /** Single capitalised words that may be short references to people named elsewhere. */
  candidates: RawMention[];
  /** Sentence spans in this block, numbered from `firstSentence`. */
  sentenceSpans: Span[];
  /** Where the last title written after a name ends: its words name no one else. */
  titleUntil?: number;
  /** Is the block a Title Case headline or caption ("Sheikh Hasina Resigns Amid Student Protests")? */
  titleCase?: boolean;
  /** A body block that is a subheading in Title Case ("Intel CEO Forced Out Due To Low Value Returns"). */
  subheading?: boolean;
}

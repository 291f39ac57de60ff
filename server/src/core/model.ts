// Plain data produced by the analysis core. Offsets are UTF-16 code units into the
// article's original text (what JavaScript strings index and what LSP positions count).

import type { EntityKind } from '../protocol';
export type { EntityKind };

export interface Span {
  start: number;
  end: number;
}

/** Where a piece of text sits in the article. Only `body` and `headline` yield facts. */
export type BlockKind =
  | 'frontmatter'
  | 'headline'
  | 'metadata'
  | 'byline'
  | 'body'
  | 'caption'
  | 'boilerplate';

export interface Block {
  kind: BlockKind;
  span: Span;
  /** Why a block is not body text, for hovers and logs ("photo caption", "comment prompt"). */
  reason?: string;
}

export interface DatedField {
  /** Calendar day, YYYY-MM-DD. */
  day: string;
  span: Span;
  /** Where the day was read: a labelled line, a dateline, front matter, or the article's web address. */
  from: 'published' | 'updated' | 'dateline' | 'frontmatter' | 'url';
  /**
   * A numeric date that reads either way round ("02/12/2024"), with nothing in the article to
   * tell which: read month first, a guess that no relative date of the article should rest on.
   */
  guessed?: boolean;
}

export interface ArticleMeta {
  format: 'text' | 'markdown';
  headline?: { text: string; span: Span };
  published?: DatedField;
  updated?: DatedField;
  byline?: { text: string; span?: Span };
  outlet?: { text: string; span?: Span };
}

export type TitleStatus = 'current' | 'past' | 'acting';

/** A title, rank or office written with a person's name in one source. */
export interface TitleInfo {
  text: string;
  span: Span;
  /** Normalised military or police rank ("lieutenant general"), when one is written. */
  rank?: string;
  /** The rank as written ("Lt. Gen."). */
  rankText?: string;
  /** Normalised office ("joint chiefs of staff chairman"), when one is written. */
  office?: string;
  /** The office as written ("Joint Chiefs of Staff Chairman"). */
  officeText?: string;
  status: TitleStatus;
  /** Written before the full name, before a surname only, or after the name between commas. */
  basis: 'full' | 'short' | 'appositive';
}

export type MentionForm = 'full' | 'short' | 'acronym' | 'reference';

export interface Mention {
  kind: EntityKind;
  /** The name itself: what hover, definition and references point at. */
  span: Span;
  /** Title plus name, where a title is written: what a diagnostic underlines. */
  fullSpan: Span;
  text: string;
  /**
   * Link key. Equal keys are the same entity across articles, e.g. `person:jinyongsung`,
   * `meeting:security consultative meeting#57` (numbered), `meeting:nato summit~2025` (named by
   * its year), `date:2025-11-04`. Keys starting with `acr:` are acronyms this article never
   * spelled out; the corpus resolves them. Keys with `@` belong to one article only.
   */
  key: string;
  form: MentionForm;
  block: BlockKind;
  title?: TitleInfo;
  /** For dates: the resolved value and its precision. */
  date?: { value: string; precision: 'day' | 'week' | 'month'; relative: boolean; lastDay?: string };
  /** A name recognised by its shape alone; it counts once another mention confirms it. */
  tentative?: boolean;
}

export interface TitleFact {
  type: 'title';
  key: string;
  mention: number;
  title: TitleInfo;
  /** What a diagnostic underlines: the title and name, or an appositive title alone. */
  span: Span;
  /**
   * The article says this person is leaving ("resigned", "was fired"): the title held until
   * then, which later sources may rightly give differently.
   */
  ending?: boolean;
  /**
   * The article says this person was promoted to this rank ("was promoted to the rank of
   * general"): sources written before it may rightly give the rank left.
   */
  promotion?: boolean;
  /**
   * The article says this person takes up a post ("took over as Chief of the Air Staff", "named
   * … as the new Chief of Defence Staff"): an officer is often promoted that day, and sources
   * rightly give the rank before it or after it; and the office it names may be the one the
   * person leaves ("appointed Foreign Minister Israel Katz to succeed Gallant").
   */
  takingPost?: boolean;
  /**
   * The title is said to be new ("New Liberal leader Sussan Ley", "the newly appointed Defence
   * Minister X"): it is the post taken, and a source written before may name the post held then.
   */
  newPost?: boolean;
  /**
   * The day the sentence tells of, when all it dates is more than a week before the article ("In
   * the Oct. 5 leadership vote, Agriculture Minister Shinjiro Koizumi …", written on 23 October):
   * the title held then, which a source of another time may rightly give otherwise.
   */
  asOf?: string;
}

export interface ArticleWarning {
  span: Span;
  message: string;
  code: 'unreadableFrontMatter' | 'weekdayMismatch';
}

export interface EventDateFact {
  type: 'eventDate';
  key: string;
  /** The meeting mention the date is attached to. */
  mention: number;
  /** The date mention that states the day. */
  dateMention: number;
  /** The date as written ("Nov. 4") and where: facts answer without the mentions. */
  dateText: string;
  dateSpan: Span;
  day: string;
  /** Last day, for a meeting stated to span several days. */
  lastDay?: string;
  /**
   * "start": the day the meeting opens ("opened on Sunday"), which a meeting of several days
   * may follow with others ("was held on Monday"); "end": the day it closes ("concluded on
   * Wednesday"), which others may precede; otherwise a day it is held.
   */
  aspect?: 'start' | 'end';
  /** Given as a plan ("will be held on", "decided to hold … on"): meetings are postponed. */
  planned?: boolean;
  /** A plan the source says replaces another ("decided to postpone … to Thursday, December 5"). */
  rescheduled?: boolean;
  /** An election in an article that speaks of its rounds (a runoff, a second round): the day may be a round's. */
  rounds?: boolean;
  /** An election in an article that speaks of its phases (India votes in phases days apart): the day may be a phase's. */
  phases?: boolean;
  /** Set when the date is of what happened to a person (`key`), not of a meeting: see personEvents. */
  event?: PersonEvent;
  /** The post a person was sworn in to or took, normalised, when the source names it ("as prime minister"). */
  post?: string;
  /**
   * Read from a ceremony of taking office ("Cho's inauguration", "held his inauguration ceremony on Monday"),
   * which some countries hold days after the term begins: see findConflicts.
   */
  ceremony?: boolean;
  /**
   * For a meeting named without its number or year: the key of the place the source says it is
   * held in ("the G20 summit in Johannesburg"), which tells one edition from another.
   */
  where?: string;
}

/** What happens to a person once in a story, on one day. */
export type PersonEvent = 'took office' | 'elected' | 'died' | 'confirmed' | 'buried' | 'resigned' | 'impeached' | 'appointed' | 'took charge';
// (Stored by place in this list: new events go at its end.)
export const PERSON_EVENTS: readonly PersonEvent[] = ['took office', 'elected', 'died', 'confirmed', 'buried', 'resigned', 'impeached', 'appointed', 'took charge'];
/** What happened, after the person's name in a message: "Sussan Ley was elected". */
export const PERSON_EVENT_PHRASES: Readonly<Record<PersonEvent, string>> = { 'took office': 'took office', elected: 'was elected', died: 'died', confirmed: 'was confirmed', buried: 'was buried', resigned: 'resigned', impeached: 'was impeached', appointed: 'was appointed',
  // (South Asia's "took charge as Defence Minister": the first day at the desk, days after the oath.)
  'took charge': 'took charge' };

export type Fact = TitleFact | EventDateFact;

export interface ArticleAnalysis {
  uri: string;
  /** Short name for messages: the file name. */
  label: string;
  contentHash: string;
  length: number;
  /** Offsets where each line starts (after \n, \r\n or a lone \r), for positions. */
  lineStarts: ArrayLike<number>;
  meta: ArticleMeta;
  blocks: Block[];
  mentions: Mention[];
  facts: Fact[];
  /** Acronyms this article spelled out: acronym → link key. */
  acronyms: Record<string, string>;
  /** Display names by key, as written in this article (longest full form). */
  names: Map<string, string>;
  /** Set when the text was not analysed (binary, mis-encoded); says why. */
  skipped?: string;
  /** Set when only part of a huge text was analysed; says how much. */
  truncated?: string;
  /**
   * Problems of the article itself: front matter that could not be read, and a weekday that is
   * not the day of the date it is written with ("Tuesday, March 24, 2025": a Monday).
   */
  warnings: ArticleWarning[];
  /**
   * Without a publication day: the latest day (or month) the text itself states, which it was
   * written no earlier than. Title conflicts compare sources of about the same time, and a
   * scrape without a date line is still placed by "on October 24, 2025". Never used to place
   * relative dates: "on Tuesday" needs the day of writing, not a bound.
   */
  statedDay?: string;
}

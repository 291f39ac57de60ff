// Splits an article into blocks (headline, metadata, byline, body, captions, boilerplate)
// and reads its headline, publication date, byline and outlet. Raw scrapes and Markdown
// clippings with YAML front matter both come in as plain text.

import matter from 'gray-matter';
import * as chrono from 'chrono-node';
import type { ArticleMeta, ArticleWarning, Block, BlockKind, DatedField, Span } from './model';
import { BOILERPLATE_PATTERNS, MONTH_ABBREVIATIONS } from './lexicon';
import { dateLineInEnglish } from './foreignDateLine';
import { isoDay } from './normalize';

export interface ParsedArticle {
  meta: ArticleMeta;
  blocks: Block[];
  /** Problems worth telling the user about (bad front matter). */
  warnings: ArticleWarning[];
}

interface Line {
  start: number;
  end: number; // excluding the line break
  text: string;
}

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n/;
const FRONT_MATTER_END = /^(?:---|\.\.\.)[ \t]*$/;
// "Published Time:" is how Jina Reader's scrapes label it.
const META_LINE = /^\s*(published(?: time| date| on| at)?|updated(?: time| date| on| at)?|posted(?: on| at)?|modified(?: time| date)?|last updated|first published|date(?: published| updated| of (?:broadcast|publication|issue))?|publication date|created|clipped|edited)\s*(?:\([^()\n]{1,30}\)\s*)?:\s*(.{4,200})$/i;
/** What an emphasised line must start like to be read as metadata: a label, a byline or a date. */
const META_LIKE = /^(?:(?:published|updated|posted|modified|last updated|first published|date|created|clipped|edited|source|via|by|written by)\b|\d{1,2} [A-Z]|[A-Z][a-z]{2,8}\.? \d)/i;
/** A web address on a line of its own, labelled or not: "URL: https://…", "<https://…>". */
const LINK_LINE = /^\s*(?:(?:url|link|source url|url source|original url|canonical url|permalink|web address)\s*:\s*)?<?(?:https?:\/\/|www\.)\S+>?\s*$/i;
/** A line that names where the article comes from: "Source: CBC News https://…", "Via: Reuters". */
const SOURCE_LINE = /^\s*(?:source|via|publisher|outlet)\s*:\s*(\S.{0,200})$/i;
/** "Title: …" opening a scrape (Jina Reader's form): the headline, labelled. */
const TITLE_LINE = /^(\s*(?:title|headline)\s*:\s*)(\S.{2,300})$/i;
/** "Markdown Content:" after a scrape's labelled fields: where the text begins. */
const CONTENT_LABEL = /^\s*(?:markdown content|content|article text|body|text)\s*:\s*$/i;
const DATE_PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const PLACE_DATELINE = new RegExp(`^([A-Z][A-Za-z.'\\-]*(?: [A-Z][A-Za-z.'\\-]*){0,3}), (${MONTH} \\d{1,2})(?:,? \\d{4})?[ \\t]*(?:\\(([A-Za-z][A-Za-z .&]{1,30})\\))?[ \\t]*(?:[-–—]{1,2}[ \\t]*)?`);
/** The day a dateline gives with its year (see parseArticle). */
const FILED = new RegExp(`(${MONTH} \\d{1,2}),? (\\d{4})`);
/** The same, the day first: "ABU DHABI, 26th February, 2024 (WAM) --". */
const FILED_DAY_FIRST = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)? (${MONTH}),? (\\d{4})`);
const CAPS_DATELINE = new RegExp(`^([A-Z][A-Z.'\\-]{2,}(?: [A-Z][A-Z.'\\-]{2,}){0,2})(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?(?:,? (?:${MONTH} \\d{1,2}|\\d{1,2}(?:st|nd|rd|th)? ${MONTH})(?:,? \\d{4})?)?[ \\t]*(?:\\(([A-Za-z][A-Za-z .&]{1,30})\\)|\\/([A-Za-z][A-Za-z .&-]{1,30})\\/)?[ \\t]*[-–—]{1,2}[ \\t]*`);
const CAPS_COLON_DATELINE = /^[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]{2,}){0,2}:[ \t]+(?=[A-Z"“])/;
const BYLINE = /^\s*(?:by|written by|reporter|author|words by)\s*[: ]\s*([A-Z][^\n\[\]()<>@]{1,80}?)\s*(?:\[+[^\]\n]*\]+|\([^)\n]*\)|<[^>\n]*>|[\w.+-]+@[\w.-]+)?\s*$/i;
const CAPTION_CREDIT = /\[[^\]\n]{2,80}\]\s*$/;
/**
 * "REUTERS/Kim Hong-Ji", "(AP Photo/Ahn Young-joon)", "(Xinhua/Jin Liangkuai)", "Getty Images",
 * "Photo by Yonhap News Agency", "Picture: Global": photo credits end captions.
 */
const PHOTO_CREDIT = /(?:\b[A-Z]{2,}(?: PHOTO)?\/[A-Z][\w.' -]{1,40}|\((?:AP|AFP|EPA|Reuters|Yonhap) Photo[^)]*\)|\([A-Z][A-Za-z]{1,20}\/\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}\)|Getty Images|\b(?:Photo(?:graph)?|Picture|Image)(?::| by| courtesy of| credit:) [A-Z][^.]{1,60}\.?)[*_]*\s*$/u;
const CAPTION_START = /^\s*(?:[*_]{1,2}\s*)?(?:!\[|(?:photo|image|pictured|caption|graphic)(?: caption)?\s*[:—–-]|\((?:photo|image)\b)/i;
const COPYRIGHT_OUTLET = /^\s*(?:©|\(c\)|copyright)\s*(?:ⓒ\s*)?(?:\d{4}\s*)?(?:by\s+)?([A-Z][\w&.' -]{2,60}?)(?:[.,]|\s+all rights|\s*$)/i;

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let pos = from;
  const re = /\r\n|\r|\n/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    lines.push({ start: pos, end: m.index, text: text.slice(pos, m.index) });
    pos = m.index + m[0].length;
  }
  if (pos <= text.length) lines.push({ start: pos, end: text.length, text: text.slice(pos) });
  return lines;
}

function trimmedSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * A time of day, with a zone or not: "9:37 AM GMT+9", "22:10 GMT +3", "6:02:11 WAT", "18:47 JST",
 * "19:00 Paris time"; a broadcast's "07:00-07:12 BST" and "17:00 GMT edition".
 */
const TIME = String.raw`\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?(?:\s+[A-Z]{2,4}(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|\s+[A-Z][a-z]+ time)?(?:\s+(?:edition|bulletin))?`;
/** A day of the month, ordinal or not: "21st". */
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/**
 * A calendar date written whole, with an optional weekday before and a time before or after it:
 * "Fri, 14 Feb 2025 6:02:11 WAT", "9:37 AM GMT+9, May 2, 2025", "Wednesday, October 15th 2025",
 * "05:30 AM May 14, 2025 IST".
 */
const WHOLE_DATE = new RegExp(`^(?:${TIME},?\\s+)?(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+)?(\\d{4}-\\d{2}-\\d{2}|${DAY} ${MONTH},? \\d{4}|${DAY}-${MONTH}-\\d{4}|${MONTH} ${DAY},? \\d{4}|\\d{4} ${MONTH} ${DAY})(?:,?\\s+(?:at\\s+)?${TIME}|\\s+[A-Z]{2,4})?$`);

/** A date written year, month, day in Chinese characters or Hangul, with its weekday, its time, and a restatement in brackets. */
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?:\s*[(（][^()（）]{1,3}[)）])?(?:\s*(\d{1,2})\s*[時时시:]\s*(\d{2})(?:\s*[分분])?)?(?:\s*[(（][^()（）]{1,40}[)）])?/;

/**
 * A short line that is a date, alone or between separators with an outlet, a byline or a
 * reading time ("Reuters · 13 December 2023", "Updated: 2024-09-11 09:16"): the day and where
 * the date stands in the line. Not a sentence, nor a line with more than a few words besides.
 */
function dateLine(line: string): { day: string; at: number; length: number; dayFirst?: string; dotted?: boolean } | undefined {
  // (A line of parts may be longer: "**The Economic Times** · Tech · By Sneha Raghunath, ET Bureau · Last Updated: Aug 19, 2023, 10:56:00 PM IST".)
  // (Nor a quoted post: "> **Claudia Sheinbaum Pardo** ✔️ @Claudiashein · 5 oct. 2024, 22:41" is the post's day.)
  if (line.length > 160 || (line.length > 100 && !/[·|•]/.test(line)) || /^\s*>/.test(line)) return undefined;
  const written = line;
  // ("Published 01.08.21", "Updated: 03/12/24 10:15 AM": a year of two digits after a label is this century's.)
  if (TWO_DIGIT_DATE.test(line)) {
    // (A label may open a part too: "Our Special Correspondent | Patna | Published 01.08.21, 01:15 AM".)
    const label = TWO_DIGIT_LABEL.exec(line) ?? PART_LABEL.exec(line);
    if (label) line = line.slice(0, label.index + label[0].length) + withFullYear(line.slice(label.index + label[0].length));
    // (Or before an hour, after a byline: The Hill's "… OPINION CONTRIBUTOR - 12/14/23 9:30 AM ET".)
    else line = line.replace(PART_TWO_DIGIT_YEAR, (_, a: string, sep: string, b: string, yy: string) => `${a}${sep}${b}${sep}20${yy}`);
  }
  if (!/\d{4}/.test(line)) return undefined;
  // ("(23 June 2025, 08:45)" under Thairath's "23 มิ.ย. 2568 08:45 น.": a restatement in brackets, on its own line.)
  line = dateLineInEnglish(line).replace(/^\s*[([]([^()[\]]{6,60})[)\]]\s*$/, '$1');
  // ("2023年4月9日 17時30分 (April 9, 2023 at 17:30 JST)", "2025년 3월 4일 (화) 09:12": the year, month and day of
  // Japanese, Chinese and Korean pages, their weekday and a restatement in brackets said no more.)
  line = line.replace(CJK_DATE, (_, y: string, mo: string, d: string, h?: string, mi?: string) => `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}${h ? ` ${h}:${mi}` : ''}`);
  // (Put in other words, the line's date is where the whole line is: offsets into the new words are none of the page's.)
  const rewritten = line !== written;
  // ("October 20, 2025 1:22 PM GMT+1 Updated 2 hours ago": how long ago a page last changed says no day.)
  // (Nor does a weekday or a note in brackets: "May 11, 2025 (Sun.) 18:30", "18:47 JST (updated 22:10 JST)", "17:55 (Paris time)".)
  line = line.replace(/\s*Updated (?:\d{1,2}|an?) (?:minutes?|hours?|days?) ago\s*$/i, '').replace(/(?<=[A-Z]{2,4}|\d)Updated\s*$/, '').replace(/(?<=[A-Z]{2,4}(?:[+-]\d{1,2})?)(?=Updated\s+\w)/, ' | ').replace(/\s*\((?:[A-Z][a-z]{1,3}\.?|[A-Z]{2,5}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|updated[^()]{0,30}|modifica[^()]{0,40}|[^()]{1,30}\bago|[A-Z][a-z]+ time|local time)\)/gi, '')
    // ("March 7, 2023 (Mainichi Japan)": the outlet's name in brackets after the date.)
    .replace(/(?<=\d)\s*\((?:\p{Lu}[\p{L}.&'’-]+\s?){1,4}\)\s*$/u, '')
    // ("Poonch, Publish Date: May 9, 2025", "Bengaluru, Last Updated: 05 September 2025, 07:12 IST": a
    // dateline's place before the label is a part of its own.)
    .replace(/^(\p{Lu}[\p{L}/ .-]{1,30}),\s+(?=(?:Publish(?:ed)?|(?:Last\s+)?Updated|Posted)\b)/u, '$1 | ')
    // ("February 14, 2025 1:48 PM GMT+1 Updated February 14, 2025": the update is a part of its own.)
    .replace(/(?<=[\dA-Z])\s+(?=(?:Updated|Modified)\b)/g, ' | ')
    // (Le Monde's "…, at 6:30 pm (Paris), updated on January 5, 2024", the Globe's "Globe Staff,Updated January 3, 2024",
    // ABC's "Posted Sat 2 Mar 2024 at 4:31pm, updated Sat 2 Mar 2024 at 6:05pm".)
    .replace(/,\s*(?=(?:[Uu]pdated|Modified)\b)/g, ' | ')
    // (The Borneo Post's "Posted on October 30, 2025, Thursday": the weekday after the year says no more.)
    // (Nor before the hour: bianet's "21 February 2023, Tuesday 10:42".)
    .replace(/(?<=\d{4}),?\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?=\s+\d{1,2}[:.]\d{2}|\s*$)/i, '')
    // (Reuters' "April 10, 20224:12 AM GMT": the hour run into the year; Sky's "Thursday 8 May 2025 20:41, UK": where.)
    .replace(/(\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4})(\d{1,2}:\d{2})/, '$1 $2')
    .replace(/(?<=\d{1,2}[:.]\d{2}),\s*\p{Lu}{2,3}\s*$/u, '')
    // (The Times' "Saturday December 07 2024, 10.00pm GMT, The Times": the paper's name after the hour.)
    .replace(/(?<=\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?),\s+(?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}\s*$/u, '')
    // (Egypt Independent's "Thu, 13/02/2025 - 17:48": a weekday before a numeric date.)
    .replace(/^\s*(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+(?=\d{1,2}[/.-]\d{1,2}[/.-]\d{4})/i, '')
    // ("Saturday, 2 March 2024, approx. 06:45 GST": an hour given roughly is an hour.)
    .replace(/,?\s+approx\.?\s+(?=\d)/gi, ' ')
    // (Press TV's "Thursday, 26 June 2025 2:37 PM  [ Last Update: Thursday, 26 June 2025 4:10 PM ]": a part of its own.)
    .replace(/\s*\[\s*([^\][]{4,60}?)\s*\]\s*$/, ' | $1');
  // Parts: between "·", "|" or "•", a dash or a slash with spaces round it, or two spaces.
  // (Mint's "3 min read . Updated: 24 Jun 2021": a stop between spaces too.)
  // (An ideographic space between parts: "2024年8月16日 08:45　来源：中华健康报".)
  const parts = line.split(/(\s*[·|•]\s*|\s+[-–—/.]\s+|\s+\/\/\s+|\s{2,}|\u3000)/);
  let found: { day: string; at: number; length: number; dayFirst?: string; dotted?: boolean } | undefined;
  let at = 0;
  for (const part of parts) {
    const label = DATE_LABEL.exec(part)![0];
    const value = part.slice(label.length).trim();
    if (!SEPARATOR.test(part) && value) {
      // ("UPDATED SEP 17, 2025, 07:15 PM": a month in capitals.)
      // (Tasnim's "June, 13, 2025": a comma after the month.)
      const dated = value.replace(/\b([A-Z])([A-Z]{2,8})\b(?=\.? \d)/g, (_, a: string, b: string) => a + b.toLowerCase()).replace(MONTH_COMMA, '$1 $2');
      // ("Lima, May 9, 2025", "APA-Bamako (Mali) May 23, 2025": a place or an agency before the day, as a dateline has them.)
      const lead = WHOLE_DATE.test(dated) ? 0 : wordsBeforeDate(dated);
      // ("28.10.2025": a numeric date only when it reads one way, the day first or the month; with
      // dots, "01.09.2025" is written day first, as Europe and Türkiye write it.)
      const numeric = NUMERIC_WHOLE.test(value);
      const twoWays = numeric ? dayFirstOf(value) : undefined;
      // (Slashes or dashes either way, "02/12/2025 - 03:18 GMT": read month first, with the day-first
      // reading for the caller to choose from, as metadata lines are: see dayFirstLean.)
      const m = WHOLE_DATE.exec(dated.slice(lead)) ?? (YEAR_FIRST_WHOLE.test(value) || numeric ? [value, twoWays && DOTTED.test(value) ? twoWays : value] : null);
      if (m && !found) {
        const day = dayOf(m[1].replace(/(\d)(?:st|nd|rd|th)\b/, '$1'));
        if (!day) return undefined;
        found = { day, at: at + part.indexOf(value) + lead, length: value.length - lead, ...(twoWays && !DOTTED.test(value) && twoWays !== day ? { dayFirst: twoWays } : {}) };
      } else if (!m && !TIME_ONLY.test(value) && (value.split(/\s+/).length > (/^By\s/.test(value) ? 12 : 6) || (/[.!?]$/.test(value) && !/\b(?:Inc|Ltd|Co|Jr|[Mm]in)\.$/.test(value)))) return undefined;
    }
    at += part.length;
  }
  // (A dotted date with a two-digit year is written either way: see monthFirstOfShortDotted.)
  const monthFirst = found && !found.dayFirst ? monthFirstOfShortDotted(written, found.day) : undefined;
  if (found && monthFirst) found = { ...found, day: monthFirst, dayFirst: found.day, dotted: true };
  return found && rewritten ? { ...found, at: written.length - written.trimStart().length, length: written.trim().length } : found;
}

/**
 * The month-first reading of a dotted date whose year has two digits, where `dayFirst`, its day-first reading, is the
 * day read and both can be days: Europe writes "08.03.25" day first, Israel's Ynetnews "03.09.25" for March 9. (With a
 * whole year, "08.03.2025", the day comes first.) The day first unless the text says otherwise: see the end of parseArticle.
 */
function monthFirstOfShortDotted(s: string, dayFirst: string): string | undefined {
  const m = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/.exec(s);
  if (!m || +m[1] === +m[2] || +m[1] < 1 || +m[1] > 12 || +m[2] < 1 || +m[2] > 12) return undefined;
  const [a, b] = [m[1].padStart(2, '0'), m[2].padStart(2, '0')];
  return dayFirst === `20${m[3]}-${b}-${a}` ? `20${m[3]}-${a}-${b}` : undefined;
}

/**
 * Where a date written whole starts after one to four words that end no sentence ("Lima, May 9,
 * 2025", "APA-Bamako (Mali) May 23, 2025"), or 0.
 */
function wordsBeforeDate(value: string): number {
  const word = /\S+\s+/g;
  for (let k = 0; k < 4 && word.exec(value); k++) {
    if (/[.!?;:]\s*$/.test(value.slice(0, word.lastIndex))) return 0;
    if (WHOLE_DATE.test(value.slice(word.lastIndex))) return word.lastIndex;
  }
  return 0;
}

/** What may stand before a date line's date: "Updated:", "Published on", "This content was published on", "Posted at", "For immediate release:", "Dated:", "Broadcast date:". */
const DATE_LABEL = /^\s*(?:(?:this (?:content|article|story|page|report) (?:was|has been) )?(?:published|publish|updated|posted|last updated|last update|first published|for immediate release|transcript published|released?|dated|date|broadcast|aired|air|issued|modified)(?:\s+date)?(?:\s+(?:on|at|as of))?\s*:?\s*)?/i;
/** A label before a date line's date, where a numeric date's year may have two digits. */
const TWO_DIGIT_LABEL_WORDS = String.raw`(?:published|updated|posted|last updated|first published|dated|date|stand|veröffentlicht(?: am)?|publicado(?: el| em)?|publié le|pubblicato(?: il)?)\b\s*:?\s*(?:on\s+)?(?=\d)`;
const TWO_DIGIT_LABEL = new RegExp(String.raw`^\s*${TWO_DIGIT_LABEL_WORDS}`, 'i');
/** Any numeric date whose year has two digits: the cheap test before the rewrites. */
const TWO_DIGIT_DATE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?!\d)/;
/** The same label after a part's separator. */
const PART_LABEL = new RegExp(String.raw`(?<=[|·•]\s*)${TWO_DIGIT_LABEL_WORDS}`, 'i');
/** A numeric date of two digits' year as a part of a line, before an hour: "- 12/14/23 9:30 AM ET". */
const PART_TWO_DIGIT_YEAR = /(?<=\s[-–—|·•]\s+)(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?=\s+\d{1,2}[:.]\d{2})/g;
/** A numeric date whose year has two digits, the same mark between its parts: "01.08.21", "3/12/24". */
const TWO_DIGIT_YEAR = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\d./-])/;

/** A numeric date of two digits' year with this century's year written whole: "01.08.21 14:05" is "01.08.2021 14:05". */
function withFullYear(value: string): string {
  const lead = value.length - value.trimStart().length;
  return value.slice(0, lead) + value.slice(lead).replace(TWO_DIGIT_YEAR, (_, a: string, sep: string, b: string, yy: string) => `${a}${sep}${b}${sep}20${yy}`);
}
/** A numeric date written with dots. */
const DOTTED = /^\d{1,2}\.\d{1,2}\.\d{4}/;
/** A month followed by a comma before its day: "June, 13, 2025". */
const MONTH_COMMA = new RegExp(`^(${MONTH}),\\s+(\\d{1,2},?\\s+\\d{4})`);
/** A date line labelled as the page's last change. */
const UPDATE_LABEL = /^\s*(?:last\s+)?(?:updated|modified)\b/i;
/** The longest line a header's deck or credit has (see headerLinesOnly). */
const HEADER_LINE = 200;
/** A date line that opens with a label. */
const LABELLED_DATE = /^\s*(?:published|updated|posted|last updated|first published|dated)\b/i;
/** An hour in a line: "15:02", "9.30 am". */
const CLOCK = /\b\d{1,2}[:.]\d{2}(?!\d)/;
/** A time alone, as a part of a date line: "08:40 a.m.", "12:00am". */
const TIME_ONLY = new RegExp(`^${TIME}$`);
/** A part of a date line between others (see dateLine). */
const SEPARATOR = /^(?:\s*[·|•]\s*|\s+[-–—/.]\s+|\s+\/\/\s+|\s{2,}|\u3000)$/;

/** A numeric date with dots anywhere in a value: "08.03.2025". */
const DOTTED_ANYWHERE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/;

function dayOf(value: unknown, reference?: Date): string | undefined {
  if (value instanceof Date && !isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  // "2024/10/11", "2024.10.11": year first, as East Asian outlets and web addresses write it.
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/.exec(s);
  // (Not Nepal's "2082/05/19 B.S. (4 September 2025)": a year of the Bikram Sambat; the day in brackets is read below.)
  if (ymd && +ymd[1] <= LAST_GREGORIAN_YEAR && +ymd[2] >= 1 && +ymd[2] <= 12 && +ymd[3] >= 1 && +ymd[3] <= 31) return `${ymd[1]}-${ymd[2].padStart(2, '0')}-${ymd[3].padStart(2, '0')}`;
  if (ymd) {
    const bracketed = /\(([^()]{6,40})\)/.exec(s);
    return bracketed ? dayOf(bracketed[1], reference) : undefined;
  }
  // The common "27 Oct. 2025" and "Oct. 27, 2025" forms without chrono's cost.
  const dmy = /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*\.?,?[ -](\d{4})\b/.exec(s);
  const mdy = dmy ? null : /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})\b/.exec(s);
  const month = (name: string) => MONTH_ABBREVIATIONS.indexOf(name.toLowerCase()) + 1;
  if (dmy && month(dmy[2]) > 0) return `${dmy[3]}-${String(month(dmy[2])).padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  if (mdy && month(mdy[1]) > 0) return `${mdy[3]}-${String(month(mdy[1])).padStart(2, '0')}-${mdy[2].padStart(2, '0')}`;
  // ("Stand: 08.03.2025 17:56 Uhr": with dots, the day first, as Europe writes it; chrono reads the month first.)
  const dotted = DOTTED_ANYWHERE.exec(s);
  if (dotted && +dotted[1] >= 1 && +dotted[1] <= 31 && +dotted[2] >= 1 && +dotted[2] <= 12) return `${dotted[3]}-${dotted[2].padStart(2, '0')}-${dotted[1].padStart(2, '0')}`;
  // "12/02/2025": the month first, as chrono reads it, unless the first number can't be one.
  const num = NUMERIC_DAY.exec(s);
  if (num && +num[1] > 12 && +num[2] <= 12) return `${num[3]}-${num[2].padStart(2, '0')}-${num[1].padStart(2, '0')}`;
  const r = chrono.en.casual.parse(s, reference ?? new Date(2000, 0, 1, 12))[0];
  if (!r || !r.start.isCertain('day') || !r.start.isCertain('month') || !r.start.isCertain('year')) return undefined;
  // The day as written: "01/20/2025 09:12 PM EST" is of 20 January, though it was the 21st in UTC.
  return isoDay(new Date(r.start.get('year')!, r.start.get('month')! - 1, r.start.get('day')!, 12));
}

/** Years after this in a date are another calendar's (Nepal's Bikram Sambat is 56 years ahead). */
const LAST_GREGORIAN_YEAR = 2060;

/** "12/02/2025", "12.02.2025", "12-02-2025": day and month in either order, then the year. */
const NUMERIC_DAY = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)/;

/** A numeric date, with a time or not: "28.10.2025", "28.10.2025 15:40", "22-07-2025 19:48 IST". */
const NUMERIC_WHOLE = new RegExp(String.raw`^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:,?\s+(?:at\s+)?${TIME})?$`);
/** A numeric date written year first, as Hungary and East Asia write it: "2025.10.05. 09:48", "2025/10/05". */
const YEAR_FIRST_WHOLE = new RegExp(String.raw`^\d{4}(?:[/.]\d{1,2}[/.]|-\d{2}-)\d{1,2}\.?(?:,?\s+(?:at\s+)?${TIME})?$`);

/** The day-first reading of a numeric date that could be read either way ("12/02/2025"), if any. */
function dayFirstOf(value: string): string | undefined {
  const num = NUMERIC_DAY.exec(value.trim());
  if (!num || num[1] === num[2] || +num[1] > 12 || +num[2] > 12 || +num[1] < 1 || +num[2] < 1) return undefined;
  return `${num[3]}-${num[2].padStart(2, '0')}-${num[1].padStart(2, '0')}`;
}

const NAMED_MONTH = /\b(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b|(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/g;

/**
 * "Published: 12/02/2025" read month first is 2 December; the text says "February 15 and 16":
 * of the two readings of a numeric date, the one the text names as a day, else the one the time
 * zone beside it says (`zone`, see zoneLean), else the one whose month (or the month next to it)
 * the text's own dates name more often. Above 0 for day first, below for month first, 0 when
 * they say nothing or as much for each: `told` by the day or the zone, `byMonths` by the months alone.
 */
function dayFirstLean(text: string, from: number, monthFirst: string, dayFirst: string, zone: number): { told: number; byMonths: number } {
  const months = new Map<number, number>();
  const days = new Map<string, number>();
  NAMED_MONTH.lastIndex = 0;
  const sample = text.slice(from, from + 4000);
  for (let m: RegExpExecArray | null; (m = NAMED_MONTH.exec(sample));) {
    const k = MONTH_ABBREVIATIONS.indexOf((m[1] ?? m[4]).toLowerCase());
    months.set(k, (months.get(k) ?? 0) + 1);
    const day = `${k + 1}-${Number(m[2] ?? m[3])}`;
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  // The day itself, named in the text, decides first: "THE HAGUE, Sept 8, 2025 (AFP)" under
  // "Published on 08/09/2025", where August and September are each the other's neighbour.
  const named = (day: string) => days.get(`${Number(day.slice(5, 7))}-${Number(day.slice(8, 10))}`) ?? 0;
  const exact = Math.sign(named(dayFirst)) - Math.sign(named(monthFirst));
  const score = (day: string) => {
    const k = Number(day.slice(5, 7)) - 1;
    return (months.get(k) ?? 0) + (months.get((k + 1) % 12) ?? 0) + (months.get((k + 11) % 12) ?? 0);
  };
  return { told: exact || zone, byMonths: score(dayFirst) - score(monthFirst) };
}

/** US time zones, where dates are written month first. */
const US_ZONE = /\d\s*(?:[AP]\.?M\.?\s*)?\(?\b(?:E|C|M|P|AK|H)[SD]?T\b/i;
/** Zones of Europe, Africa, the Middle East, South and Southeast Asia and Oceania, where days come first. */
const DAY_FIRST_ZONE = /\d\s*(?:[AP]\.?M\.?\s*)?\(?\b(?:CET|CEST|EET|EEST|MSK|IST|ICT|WIB|WITA|WIT|PKT|BDT|NPT|EAT|WAT|CAT|SAST|GST|AEST|AEDT|ACST|AWST|NZST|NZDT)\b/;
/** An offset east of Greenwich: "GMT+7", "UTC+05:30", "+0700" after a time. */
const EAST_OFFSET = /(?:\b(?:GMT|UTC)\s*\+\s*|\d:\d\d(?::\d\d)?\s*\+)(\d{1,2})(?::?\d\d)?\b/i;

/**
 * What the time zone next to a numeric date says of its order: "04/08/2024 09:20 GMT+7" is
 * 4 August (above 0), "04/08/2024 9:20 a.m. ET" 8 April (below 0), nothing 0. Not UTC+8, shared
 * by the Philippines (month first) with Singapore and Malaysia (day first).
 */
function zoneLean(value: string): number {
  if (US_ZONE.test(value)) return -1;
  if (DAY_FIRST_ZONE.test(value)) return 1;
  const east = EAST_OFFSET.exec(value);
  return east && +east[1] >= 1 && +east[1] <= 14 && +east[1] !== 8 ? 1 : 0;
}

function stringField(data: Record<string, unknown>, names: string[]): string | undefined {
  for (const n of names) {
    let v = data[n];
    if (Array.isArray(v)) v = v.filter((x) => typeof x === 'string').join(', ');
    if (typeof v === 'string' && v.trim()) return v.replace(/\[\[|\]\]/g, '').trim();
  }
  return undefined;
}

function valueSpan(text: string, fmEnd: number, key: string): Span {
  const re = new RegExp(`^(?:${key})\\s*:[ \\t]*(.*)$`, 'im');
  const m = re.exec(text.slice(0, fmEnd));
  if (!m) return { start: 0, end: 0 };
  const start = m.index + m[0].length - m[1].length;
  return trimmedSpan(text, start, start + m[1].length);
}

/** A day in a web address's path: "/2023/09/13/", "/2024-03-19/". */
// "/2023/09/13/", and Al Jazeera's "/2025/1/9/" without the zeros.
const URL_DAY = /\/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/\-_.?#]|$)/;
/** France 24's "/20251001-trump-hegseth-…": the day written in eight digits before the page's name. */
const URL_DAY_COMPACT = /\/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[-_])/;

/** The day a web address within `span` of the text carries in its path, if any. */
/** A metadata day written "12/02/2025", read month first, with its day-first reading and what its zone says. */
interface NumericDay {
  field: DatedField;
  dayFirst: string;
  zone: number;
  /** Written with dots and a two-digit year ("03.06.25"): the day first unless the text says otherwise (see monthFirstOfShortDotted). */
  dotted?: boolean;
}

function dayInAddress(text: string, span: Span): DatedField | undefined {
  const address = text.slice(span.start, span.end);
  const m = URL_DAY.exec(address) ?? URL_DAY_COMPACT.exec(address);
  if (!m) return undefined;
  const at = span.start + m.index + 1;
  return { day: `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`, span: { start: at, end: at + m[0].length - 1 }, from: 'url' };
}

function readFrontMatter(text: string, meta: ArticleMeta, blocks: Block[], warnings: ParsedArticle['warnings'], addressDays: DatedField[], numericDays: NumericDay[]): number {
  const open = FRONT_MATTER.exec(text);
  if (!open) return 0;
  const lines = splitLines(text, open[0].length);
  const close = lines.find((l) => FRONT_MATTER_END.test(l.text));
  if (!close) return 0;
  const end = Math.min(text.length, close.end + (text.slice(close.end, close.end + 2) === '\r\n' ? 2 : 1));
  blocks.push({ kind: 'frontmatter', span: { start: 0, end: close.end }, reason: 'front matter' });
  meta.format = 'markdown';
  let data: Record<string, unknown> = {};
  try {
    const refuse = () => { throw new Error('only YAML front matter is read'); };
    // Never evaluate workspace content: gray-matter would run `---js` front matter.
    data = matter(text.slice(0, end), { engines: { js: refuse, javascript: refuse, coffee: refuse } as never }).data ?? {};
  } catch (e) {
    warnings.push({ span: { start: 0, end: close.end }, message: `Front matter could not be read: ${(e as Error).message.split('\n')[0]}`, code: 'unreadableFrontMatter' });
    return end;
  }
  const lower: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) lower[k.toLowerCase()] = v;
  const title = stringField(lower, ['title', 'headline']);
  if (title) {
    const span = valueSpan(text, close.end, 'title|headline');
    const cut = siteNameStart(title, outletOf(lower));
    meta.headline = { text: title.slice(0, cut), span: cut < title.length && text.slice(span.start, span.end) === title ? { start: span.start, end: span.start + cut } : span };
  }
  for (const [field, names] of [['published', ['published', 'date', 'pubdate', 'datepublished', 'publish_date', 'published_at', 'publication_date']], ['updated', ['updated', 'modified', 'datemodified', 'updated_at', 'last_modified']]] as const) {
    // France 24's "published: 01/10/2025 - 04:37" beside "date: 2025-10-01": a field that reads one
    // way wins over one that reads two; one that reads two alone is settled as a date line's is.
    let twoWays: NumericDay | undefined;
    for (const n of names) {
      // (Le Monde's "published: Publié le 09 juillet 2021 à 11h02 - Mis à jour …": a date line as the value.)
      let day = dayOf(lower[n]) ?? (typeof lower[n] === 'string' && /\p{L}{3}/u.test(lower[n] as string) ? dateLine(lower[n] as string)?.day : undefined);
      if (day) {
        const span = valueSpan(text, close.end, n);
        // "date: 2025-10-11T07:00:00+09:00": the day as written, in the article's own time zone (YAML
        // reads it as a time, whose day in UTC may be the one before).
        const written = /^["']?(\d{4}-\d{2}-\d{2})[T ]\d/.exec(text.slice(span.start, span.end));
        if (written && lower[n] instanceof Date) day = written[1];
        const dayFirst = typeof lower[n] === 'string' ? dayFirstOf(lower[n] as string) : undefined;
        if (dayFirst && dayFirst !== day) {
          twoWays ??= { field: { day, span, from: 'frontmatter' }, dayFirst, zone: zoneLean(lower[n] as string) };
          continue;
        }
        meta[field] = { day, span, from: 'frontmatter' };
        twoWays = undefined;
        break;
      }
    }
    if (twoWays) {
      meta[field] = twoWays.field;
      numericDays.push(twoWays);
    }
  }
  const author = stringField(lower, ['author', 'authors', 'byline', 'by']);
  if (author) meta.byline = { text: author, span: valueSpan(text, close.end, 'authors?|byline|by') };
  const address = valueSpan(text, close.end, 'source|url|link');
  const addressDay = address.end > address.start ? dayInAddress(text, address) : undefined;
  if (addressDay) addressDays.push(addressDay);
  const outlet = outletOf(lower);
  if (outlet) meta.outlet = { text: outlet };
  return end;
}

/** The publisher a clipping's front matter names, or the host of its address. */
function outletOf(fields: Record<string, unknown>): string | undefined {
  const outlet = stringField(fields, ['outlet', 'publisher', 'publication', 'site', 'site_name', 'sitename', 'source_name', 'newspaper']);
  if (outlet) return outlet;
  const src = stringField(fields, ['source', 'url', 'link']);
  const host = src && /^https?:\/\/(?:www\.)?([^/\s]+)/i.exec(src);
  if (host) return host[1];
  return src && !/^https?:/i.test(src) ? src : undefined;
}

/**
 * Where a page title's site name begins, or its length: "… as president | Politics News |
 * Al Jazeera", "Aoun elected president - BBC News". Parts after a bar belong to the site (a
 * headline has no bars); after a dash only the outlet's own name does, as headlines have dashes.
 */
function siteNameStart(title: string, outlet: string | undefined): number {
  let cut = title.length;
  for (let bar; (bar = /\s+\|\s+[^|]*$/.exec(title.slice(0, cut))) && wordCount(title.slice(bar.index, cut)) <= 6 && wordCount(title.slice(0, bar.index)) >= 3;) cut = bar.index;
  const dash = /\s+[-–—]\s+([^-–—]{2,40})$/.exec(title.slice(0, cut));
  if (dash && outlet && wordCount(title.slice(0, dash.index)) >= 3 && namesOutlet(dash[1], outlet)) cut = dash.index;
  return cut;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/** The labels of country domains that name no site: ".co.uk", ".com.au", ".go.kr", ".ne.jp". */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'or', 'ne', 'go', 'edu']);

/** The name-like label of a host: "edition.cnn.com" cnn, "bbc.co.uk" bbc, "abc.net.au" abc. */
function siteLabel(host: string): string {
  const labels = host.split('.').slice(0, -1);
  if (labels.length >= 2 && SECOND_LEVEL.has(labels[labels.length - 1])) labels.pop();
  return labels[labels.length - 1] ?? host;
}

/** "BBC News" and bbc.co.uk, "The Guardian" and theguardian.com, "AP News" and apnews.com. */
function namesOutlet(name: string, outlet: string): boolean {
  const letters = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const said = letters(name);
  const host = letters(outlet.includes('.') && !/\s/.test(outlet) ? siteLabel(outlet) : outlet);
  return said.length >= 2 && host.length >= 2 && (said === host || (host.length >= 3 && said.startsWith(host)) || (said.length >= 3 && host.startsWith(said)));
}

/** Hand-wrapped text has no lines this long; a text with two or more is written a paragraph to a line. */
const UNWRAPPED_LINE = 200;

/** A Markdown or bulleted list's item: "- ", "* ", "• ", "1. ". */
const LIST_ITEM = /^\s*(?:[-*+•▪●]|\d{1,2}[.)])\s+\S/;

/**
 * Groups lines into paragraphs. Blank lines separate. A line that ends a sentence, a
 * heading, a metadata line and the first line (a scrape's headline) stand alone; other
 * lines are hard-wrapped text and continue into the next.
 */
function paragraphs(lines: Line[], firstLineAlone: boolean): Line[][] {
  const out: Line[][] = [];
  let cur: Line[] = [];
  let long = 0;
  for (const l of lines) if (l.text.length > UNWRAPPED_LINE && ++long === 2) break;
  const unwrapped = long === 2;
  const flush = () => {
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (const l of lines) {
    if (!l.text.trim()) {
      flush();
      continue;
    }
    // (Near the top, under a page's menus too, so is a date line under a deck and a byline without blank lines between:
    // "Special Correspondent" / "Updated - June 19, 2025 10:42 am IST".)
    if (META_LINE.test(l.text) || SOURCE_LINE.test(l.text) || BYLINE.test(l.text) || LINK_LINE.test(l.text) || (out.length < 12 && dateLine(l.text))) {
      flush();
      out.push([l]);
      continue;
    }
    // A list item starts a paragraph of its own: "- **Defense minister:** Shinjiro Koizumi, previously
    // agriculture minister" would otherwise run on into the next item's title.
    if (LIST_ITEM.test(l.text)) flush();
    // In a text not wrapped by hand, a line is a paragraph, and one that does not end a sentence
    // runs on only into a lower-case word: "… on Friday. Joint Press Corps" (a photo credit)
    // is no part of "Governor Rhee said …" on the next line.
    else if (unwrapped && cur.length && !/^\s*\p{Ll}/u.test(l.text)) flush();
    cur.push(l);
    if ((firstLineAlone && out.length === 0) || /[.!?"”’:)\]]\s*$/.test(l.text) || /^\s*#/.test(l.text) || l.text.length > 400) flush();
  }
  flush();
  return out;
}

/** All boilerplate patterns in one: one scan of a paragraph instead of one per pattern. */
const ANY_BOILERPLATE = new RegExp(BOILERPLATE_PATTERNS.map((b) => `(?:${b.pattern.source})`).join('|'), 'i');

function classify(text: string, afterImage = false): { kind: BlockKind; reason?: string } {
  if (ANY_BOILERPLATE.test(text)) for (const b of BOILERPLATE_PATTERNS) if (b.pattern.test(text)) return { kind: 'boilerplate', reason: b.reason };
  if (CAPTION_START.test(text) || (CAPTION_CREDIT.test(text) && /\[[^\]a-z]*\]\s*$/.test(text))) return { kind: 'caption', reason: 'photo caption' };
  if (text.length <= 400 && (PHOTO_CREDIT.test(text) || (afterImage && /^\s*[*_]/.test(text)))) return { kind: 'caption', reason: 'photo caption' };
  if (/^\s*<!--/.test(text)) return { kind: 'boilerplate', reason: 'HTML comment' };
  return { kind: 'body' };
}

export function parseArticle(text: string): ParsedArticle {
  const meta: ArticleMeta = { format: 'text' };
  const blocks: Block[] = [];
  const warnings: ParsedArticle['warnings'] = [];
  // Days in the article's web address: its publication day when nothing else gives one.
  const addressDays: DatedField[] = [];
  // Metadata days written "12/02/2025", read month first, with their day-first reading.
  const numericDays: NumericDay[] = [];
  const bodyStart = readFrontMatter(text, meta, blocks, warnings, addressDays, numericDays);
  const paras = paragraphs(splitLines(text, bodyStart), bodyStart === 0);
  let bodyCount = 0;
  /** Was the day published read from a date line labelled as an update? */
  let publishedByUpdate = false;
  /** Characters of the body paragraphs so far: a few short lines over the date ("REPUBLIC OF KOREA", "PRESS RELEASE") are no text yet. */
  let bodyChars = 0;
  /**
   * Are the body paragraphs so far a header's lines, each alone and no sentence: a deck, "Staff
   * Reporter", "The Frontier Gazette, Peshawar", "NEWS > LOCAL"? A date line under them is the day
   * the article was published, however long the deck.
   */
  let headerLinesOnly = true;
  /**
   * Body paragraphs so far that end as a sentence does. A page's menus, section names, headline and a deck
   * without its stop are no text yet: a date alone under them, or under one sentence (a deck) when it is
   * labelled or has its hour, is the day the article was published (Al Jazeera's "Published On 29 Apr 2023"
   * under its menus, section and deck).
   */
  let sentenceParas = 0;
  /** Body paragraphs ending as sentences before the byline, if one was read: a date alone after the byline, with no sentence between, is the day too. */
  let sentencesAtByline = -1;
  /** Was the body paragraph before a short line that is no sentence ("The Wire Staff", "Reporting from Seoul")? */
  let afterCredit = false;
  let afterByline = false;
  let prevWasImage = false;
  let first = true;
  for (const para of paras) {
    let start = para[0].start;
    let end = para[para.length - 1].end;
    let firstLine = para[0].text;
    // "*Published: June 23, 2025 · By [Jane Kim](…)*": a clipping's metadata line in italics or bold.
    const emphasised = bodyCount === 0 && para.length === 1 ? /^(\s*[*_]{1,2})(?=\S)(.*[^\s*_])[*_]{1,2}\s*$/.exec(firstLine) : null;
    if (emphasised && META_LIKE.test(emphasised[2])) {
      start += emphasised[1].length;
      end = start + emphasised[2].length;
      firstLine = emphasised[2];
    }
    const add = (kind: BlockKind, s: number, e: number, reason?: string) => {
      const span = trimmedSpan(text, s, e);
      if (span.end > span.start) blocks.push(reason ? { kind, span, reason } : { kind, span });
    };

    if (/^\s*#{1,6}\s/.test(firstLine)) {
      let hs = trimmedSpan(text, start + firstLine.indexOf('#') + 1, end);
      const h1 = /^\s*#\s/.test(firstLine);
      const site = h1 ? hs.start + siteNameStart(text.slice(hs.start, hs.end), meta.outlet?.text) : hs.end;
      const sameAsTitle = h1 && meta.headline && text.slice(hs.start, site).trim() === meta.headline.text.trim();
      if (h1 && (!meta.headline || sameAsTitle)) {
        // The clipping's H1 is the headline; when front matter already gave it, point at the visible one.
        hs = trimmedSpan(text, hs.start, site);
        meta.headline = { text: text.slice(hs.start, hs.end), span: hs };
        meta.format = 'markdown';
        add('headline', start, site);
        add('metadata', site, end, 'site name');
      } else add('body', start, end);
      first = false;
      continue;
    }

    const titled = first && !meta.headline && para.length === 1 ? TITLE_LINE.exec(firstLine) : null;
    if (titled) {
      const at = start + titled[1].length;
      const site = at + siteNameStart(titled[2].trimEnd(), meta.outlet?.text);
      const hs = trimmedSpan(text, at, site);
      meta.headline = { text: text.slice(hs.start, hs.end), span: hs };
      add('metadata', start, at, 'title label');
      add('headline', at, site);
      add('metadata', site, end, 'site name');
      first = false;
      continue;
    }
    if (para.length === 1 && bodyCount === 0 && CONTENT_LABEL.test(firstLine)) {
      add('metadata', start, end, 'content label');
      first = false;
      continue;
    }

    // "Source: CBC News https://…" above the text: who published it. Further down, "Source:"
    // credits a photo or a quote ("Source: X / NATO") and stays where it is.
    const sourceLine = para.length === 1 && bodyCount === 0 ? SOURCE_LINE.exec(firstLine) : null;
    if (sourceLine) {
      const value = sourceLine[1].trim();
      // "Source: PTI - Edited By: Hemant Waje": the outlet is what comes before the separator.
      const name = value.replace(/\s*<?https?:\/\/\S+>?\s*/g, ' ').split(/\s[-–—|]\s|;/)[0].trim();
      const host = /https?:\/\/(?:www\.|amp\.|m\.)?([^/\s>]+)/i.exec(value)?.[1];
      if (!meta.outlet && (name || host)) meta.outlet = { text: name || host! };
      const day = dayInAddress(text, { start, end });
      if (day) addressDays.push(day);
      // "Source: Xinhua | 2025-05-27 18:36:05 | Editor: Huaxia": the day it was published.
      const dated = meta.published ? undefined : dateLine(text.slice(start, end));
      if (dated) {
        meta.published = { day: dated.day, span: { start: start + dated.at, end: start + dated.at + dated.length }, from: 'published' };
        if (dated.dayFirst) numericDays.push({ field: meta.published, dayFirst: dated.dayFirst, zone: zoneLean(text.slice(start, end)), dotted: dated.dotted });
      }
      add('metadata', start, end, 'source line');
      continue;
    }
    if (para.length === 1 && LINK_LINE.test(firstLine)) {
      // Only the article's own address, above its text: a link further down is another page's.
      const day = bodyCount === 0 ? dayInAddress(text, { start, end }) : undefined;
      if (day) addressDays.push(day);
      add('metadata', start, end, 'link');
      continue;
    }
    const metaLine = para.length === 1 ? META_LINE.exec(firstLine) : null;
    if (metaLine) {
      const label = metaLine[1].toLowerCase();
      const valueStart = start + firstLine.length - metaLine[2].length;
      // ("Updated: 08:31 GMT, 14 November 2025": the hour first.)
      const value = withFullYear(metaLine[2]);
      const day = dayOf(value) ?? dateLine(metaLine[2])?.day;
      if (day) {
        const field: DatedField = { day, span: trimmedSpan(text, valueStart, end), from: /updat|modif|edit/.test(label) ? 'updated' : 'published' };
        const dayFirst = dayFirstOf(value);
        const monthFirst = monthFirstOfShortDotted(metaLine[2], day);
        if (dayFirst && day !== dayFirst) numericDays.push({ field, dayFirst, zone: zoneLean(metaLine[2]) });
        else if (monthFirst) {
          field.day = monthFirst;
          numericDays.push({ field, dayFirst: day, zone: zoneLean(metaLine[2]), dotted: true });
        }
        if (field.from === 'updated') meta.updated ??= field;
        else if (!/created|clipped/.test(label)) meta.published ??= field;
      }
      add('metadata', start, end, `${metaLine[1]} line`);
      continue;
    }

    // A leading "date 2025-11-03 Seoul, Nov 3" or "SEOUL, Nov. 3 (Yonhap) --" dateline.
    const datePrefix = DATE_PREFIX.exec(firstLine);
    if (datePrefix) {
      meta.published ??= { day: datePrefix[1], span: { start: start + datePrefix[0].indexOf(datePrefix[1]), end: start + datePrefix[0].indexOf(datePrefix[1]) + 10 }, from: 'dateline' };
      let consumed = datePrefix[0].length;
      const place = PLACE_DATELINE.exec(firstLine.slice(consumed));
      if (place) consumed += place[0].length;
      add('metadata', start, start + consumed, 'dateline');
      start += consumed;
      firstLine = firstLine.slice(consumed);
    } else if (bodyCount <= 2) {
      // Also after a deck or a photo credit a clipping kept: "Leaders agree to …\n\nWOODSIDE, Calif. – …".
      const placeDl = PLACE_DATELINE.exec(firstLine);
      // ("CHICAGO, April 4, 2019 /PRNewswire/ --": closed by neither, it may still be the capitals' dateline.)
      const capsDl = placeDl && /\(|[-–—]/.test(placeDl[0]) ? null : CAPS_DATELINE.exec(firstLine);
      // A "Seoul, Nov. 3" opening is only a dateline when an agency or a dash closes it.
      // "LAHORE:", "NEW DELHI:": South Asian and Malaysian outlets close it with a colon.
      const dl = placeDl && /\(|[-–—]/.test(placeDl[0]) ? placeDl : capsDl ?? CAPS_COLON_DATELINE.exec(firstLine);
      if (dl) {
        // ("CHICAGO, April 4, 2019 /PRNewswire/ --": a wire service of press releases between slashes.)
        const agency = dl === placeDl ? dl[3] : dl[2] ?? dl[3];
        if (agency && !meta.outlet) {
          const at = start + dl[0].indexOf(agency);
          meta.outlet = { text: agency.trim(), span: trimmedSpan(text, at, at + agency.length) };
        }
        // "Thursday, May 29, 2025 -", "SEOUL, May 29, 2025 (Yonhap) --": a dateline with the year is the day it was filed.
        const dayFirst = FILED.test(dl[0]) ? null : FILED_DAY_FIRST.exec(dl[0]);
        const filed = dayFirst ?? FILED.exec(dl[0]);
        const day = filed && !meta.published ? dayOf(dayFirst ? `${dayFirst[2]} ${dayFirst[1]}, ${dayFirst[3]}` : `${filed[1]}, ${filed[2]}`) : undefined;
        if (day) meta.published = { day, span: { start: start + filed!.index, end: start + filed!.index + filed![0].length }, from: 'dateline' };
        add('metadata', start, start + dl[0].length, 'dateline');
        start += dl[0].length;
        firstLine = firstLine.slice(dl[0].length);
      }
    }

    const paraText = text.slice(start, end);
    // "December 13, 2023", "Reuters · 13 December 2023", "13 Dec 2023 · 4 min read" above the
    // text, or under its deck ("Anadolu Ajansı | 28.10.2025 - Update : 28.10.2025 15:40"): the day
    // it was published. (A byline with a date is read below.)
    // (Labelled, "Published - June 19, 2025 03:05 am IST", or with its hour, "15:02, 16 SEP 2025"
    // under a deck and the outlet's name, it may stand under a long deck too.)
    // (An "Updated" line read first gives way to the "Published" one after it.)
    const candidate = !first && para.length === 1 && (!meta.published || publishedByUpdate);
    // (Labelled or with its hour in the page's own language: "Publié le 17 septembre 2024 à 18h02".)
    const english = candidate && sentenceParas === 1 && bodyCount <= 12 ? dateLineInEnglish(paraText) : '';
    const dated = candidate && (bodyCount <= 1 || (bodyCount <= 3 && (bodyChars <= 120 || LABELLED_DATE.test(paraText) || (bodyChars <= 300 && CLOCK.test(paraText)))) || (bodyCount <= 4 && headerLinesOnly) ||
      (bodyCount <= 12 && (sentenceParas === 0 || sentencesAtByline === sentenceParas || (sentenceParas === 1 && (afterCredit || LABELLED_DATE.test(english) || CLOCK.test(english)))))) ? dateLine(paraText) : undefined;
    const datedField: DatedField | undefined = dated && { day: dated.day, span: { start: start + dated.at, end: start + dated.at + dated.length }, from: 'published' };
    if (datedField && !BYLINE.test(paraText)) {
      const update = UPDATE_LABEL.test(paraText);
      if (!meta.published || (publishedByUpdate && !update)) {
        meta.published = datedField;
        publishedByUpdate = update;
        if (dated?.dayFirst) numericDays.push({ field: datedField, dayFirst: dated.dayFirst, zone: zoneLean(paraText), dotted: dated.dotted });
      }
      add('metadata', start, end, 'date line');
      continue;
    }
    const byline = para.length <= 2 && paraText.length <= 140 ? BYLINE.exec(paraText) : null;
    if (byline) {
      sentencesAtByline = sentenceParas;
      meta.byline ??= { text: byline[1].trim(), span: trimmedSpan(text, start + paraText.indexOf(byline[1]), start + paraText.indexOf(byline[1]) + byline[1].length) };
      // "By Jane Doe | Dec. 13, 2023": the byline's date is the day it was published.
      if (datedField) meta.published ??= datedField;
      add('byline', start, end, 'byline');
      // In scrapes the byline closes the article: what follows is page furniture. Not a byline
      // in the first half, after a subtitle and a date line ("Anadolu Ajansı | 28.10.2025"): the article follows it.
      if (bodyCount >= 2 && start > text.length / 2) afterByline = true;
      first = false;
      continue;
    }

    const copyright = COPYRIGHT_OUTLET.exec(paraText);
    if (copyright && !meta.outlet) meta.outlet = { text: copyright[1].trim() };

    // A lone first line is the headline unless it ends as a sentence does; a question may be
    // one ("Intel Forces Out Gelsinger. What’s Next?").
    if (first && !meta.headline && para.length === 1 && paraText.length <= 200 && !/[.!]["”]?\s*$/.test(paraText) && classify(paraText).kind === 'body') {
      const site = start + siteNameStart(paraText, meta.outlet?.text);
      const hs = trimmedSpan(text, start, site);
      meta.headline = { text: text.slice(hs.start, hs.end), span: hs };
      add('headline', start, site);
      add('metadata', site, end, 'site name');
      first = false;
      continue;
    }
    first = false;

    if (afterByline) {
      add('boilerplate', start, end, 'page text after the byline');
      continue;
    }
    const c = classify(paraText, prevWasImage);
    prevWasImage = /^\s*!\[/.test(paraText);
    add(c.kind, start, end, c.reason);
    if (c.kind === 'body') {
      bodyCount++;
      bodyChars += end - start;
      // (A header's lines may stand together: "朝日新聞" over a menu's "POLITICS | BUSINESS | …".)
      const sentence = /[.!?]["”’)]?\s*$/.test(paraText);
      if (sentence) sentenceParas++;
      afterCredit = !sentence && para.length === 1 && paraText.trim().length <= 60;
      headerLinesOnly &&= para.length <= 3 && para.every((l) => l.text.length <= HEADER_LINE && !/[.!?;:]["”’]?\s*$/.test(l.text));
    }
  }
  // "https://…/2023/09/13/…": the day a page was put up, when the article states none.
  if (!meta.published && !meta.updated && addressDays.length) meta.published = addressDays[0];
  if (numericDays.length) {
    const { day: monthFirst } = numericDays[0].field;
    const { dayFirst } = numericDays[0];
    // The day in the page's web address, when it is one of the two readings, says which.
    const told = addressDays.find((a) => a.day === monthFirst || a.day === dayFirst)?.day;
    const leans = told ? { told: told === dayFirst ? 1 : -1, byMonths: 0 } : dayFirstLean(text, bodyStart, monthFirst, dayFirst, numericDays[0].zone);
    const { dotted } = numericDays[0];
    const lean = leans.told || (dotted ? 0 : leans.byMonths);
    // Undecided, the day first, as most of the world writes it (a US page has its zone, or names
    // the month), and only guessed. (Dots are Europe's, the day first, and month first only where the
    // day itself, the address or a US zone says so: where only the months the text names lean to it,
    // the day first is a guess.)
    if (lean >= 0) for (const n of numericDays) n.field.day = n.dayFirst;
    if (lean === 0 && (!dotted || leans.byMonths < 0)) for (const n of numericDays) n.field.guessed = true;
  }
  return { meta, blocks, warnings };
}

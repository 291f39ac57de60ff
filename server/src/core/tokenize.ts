// One pass of tokenising per block. Words keep inner hyphens, periods and apostrophes
// ("Yong-sung", "U.S", "Korea-U.S"); a period joins the word when it is an abbreviation
// or an initialism, otherwise it ends the sentence. The word pattern has no nested
// quantifiers over overlapping classes, so it stays linear on hostile input.

import { isCommonGivenName } from './givenNames';
import {
  ABBREVIATIONS, ACTING_MARKERS, GIVEN_NAMES, HYPHEN_PREFIX, NAME_ADJECTIVE_ENDINGS, NAME_SYLLABLE_MONTHS, NATIONALITIES, OFFICE_HEADS, PAST_MARKERS, PAST_PREFIX, PLACE_HEADS, PLACES, RANK_HEADS, ROLE_WORDS, STOPWORDS,
} from './lexicon';
import { foldText, isPlacePhrase } from './normalize';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Word-like (letters or digits), as opposed to punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** True for a "'s" possessive split off the word before it. */
  possessive?: boolean;
  /** A newline (or more) separates this token from the previous one. */
  afterBreak?: boolean;
  /** A nickname quoted just before this word, inside a name ('Joko "Jokowi" Widodo'); see withoutNicknames in recognizeMentions. */
  nickname?: string;
}

function isWordStart(c: number, raw: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^[\p{L}\p{N}]/u.test(raw);
}

function isUpperStart(c: number, raw: string): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(raw);
}

/**
 * What the scanner below matches, as a regular expression (kept as the specification; the
 * tests compare both): a word, or any single character that is not a space. Linear: each
 * repetition of the group starts with a separator (. ' ‘ ’ - ‐ ‑ &, or an en dash between
 * names) that the word classes never match, so where one repetition ends is never in doubt.
 */
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'‘’\-‐‑&][\p{L}\p{M}\p{N}]+|(?<=\p{L})–(?=\p{Lu})[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

// Character classes per BMP code unit, computed on first sight: bit 1 letter or digit,
// bit 2 letter, mark or digit, bit 4 space; bit 8 says "computed".
const CLASS = new Uint8Array(65536);
const LN = 1, LMN = 2, SPACE = 4, KNOWN = 8;

function classOf(cp: number): number {
  if (cp < 65536) {
    const k = CLASS[cp];
    if (k) return k;
  }
  const ch = String.fromCodePoint(cp);
  const k = KNOWN | (/[\p{L}\p{N}]/u.test(ch) ? LN : 0) | (/[\p{L}\p{M}\p{N}]/u.test(ch) ? LMN : 0) | (/\s/u.test(ch) ? SPACE : 0);
  if (cp < 65536) CLASS[cp] = k;
  return k;
}
for (let c = 0; c < 128; c++) {
  const digitOrLetter = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  CLASS[c] = KNOWN | (digitOrLetter ? LN | LMN : 0) | ((c >= 9 && c <= 13) || c === 32 ? SPACE : 0);
}

function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

function isConnector(c: number): boolean {
  // U+2011 is the non-breaking hyphen some newsrooms' systems put in "Jae‑myung"; U+2018 the
  // glottal stop some write in Tongan and Hawaiian names, "Hu‘akavameiliku".
  return c === 46 || c === 39 || c === 0x2018 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011 || c === 38;
}

/**
 * An en dash between two names, "India–Russia", "US–China": one word, as with a hyphen. Not
 * between numbers ("2024–2025") nor before a word in lower case.
 */
function pairDash(s: string, i: number): boolean {
  return s.charCodeAt(i) === 0x2013 && UPPER_START.test(s.charAt(i + 1)) && /\p{L}/u.test(s.charAt(i - 1));
}

/** End of a run of letters, marks and digits starting at i. */
function skipLMN(s: string, i: number): number {
  while (i < s.length) {
    const cp = codePointAt(s, i);
    if (!(classOf(cp) & LMN)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * Calls `each(start, end, afterBreak)` for every match of WORD in s, in order: one linear
 * pass with a table lookup per character, several times faster than the Unicode regex.
 */
export function scanWords(s: string, each: (start: number, end: number, afterBreak: boolean) => boolean | void): void {
  let i = 0;
  let afterBreak = false;
  while (i < s.length) {
    const cp = codePointAt(s, i);
    const width = cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    if (k & SPACE) {
      if (cp === 10 || cp === 13) afterBreak = true;
      i += width;
      continue;
    }
    const start = i;
    i += width;
    if (k & LN) {
      i = skipLMN(s, i);
      while (i + 1 < s.length && (isConnector(s.charCodeAt(i)) || pairDash(s, i))) {
        const next = codePointAt(s, i + 1);
        if (!(classOf(next) & LMN)) break;
        i = skipLMN(s, i + 1);
      }
    }
    if (each(start, i, afterBreak) === false) return;
    afterBreak = false;
  }
}
const INITIALISM_END = /(?:^|[.\-])\p{Lu}$/u;
const UPPER_START = /^\p{Lu}/u;
/** "then-Defense", "ex-Finance", "former-President": a past marker joined to a capitalised word. */
const PAST_PREFIXED = new RegExp(`${PAST_PREFIX.source}\\p{Lu}`, 'u');
const MAX_TOKENS_PER_BLOCK = 20000;

/** " al-Sudani", " el-Sisi": an Arabic family name follows. */
const ARABIC_FAMILY_AFTER = /^ (?:al|el|Al|El)[-‐]\p{Lu}/u;
/** An opening quotation mark: the apostrophe after the word closes it. */
const QUOTE_BEFORE = /['‘’"“]/;

/** "St. Peter's Square", "Saint Mary's Hospital": a saint's possessive is inside a name. */
const SAINTS = new Set(['St.', 'St', 'Saint', 'Ste.', 'San', 'Santa']);

/** Nouns for a whole people whose possessive begins names: "People's Liberation Army". */
const COLLECTIVE_OWNERS = new Set(['People', 'Women', 'Children', 'Men']);

/**
 * Is a capitalised word in "s" before an apostrophe a place's or a name's, not a plural's? "Honduras",
 * "Congress", "Stellantis", "Islands" ("Cook Islands"), "News" ("Fox News"), "United States".
 */
function properPossessive(word: string, before: Token | undefined): boolean {
  return /(?:[aiou]s|ss)$/.test(word) || word === 'News' || PLACES.has(word) || PLACE_HEADS.has(word.toLowerCase()) ||
    (!!before?.cap && isPlacePhrase([before.text, word]));
}

/** Tokens of text[start, end). Offsets are into the whole text. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const slice = text.slice(start, end);
  const tokens: Token[] = [];
  const links = linksIn(slice);
  let link = 0;
  const markup = markupIn(slice);
  let mark = 0;
  const unicodeHyphens = /[\u2010\u2011]/.test(slice);
  const each = (s: number, e: number, afterBreak: boolean): false | void => {
    if (tokens.length >= MAX_TOKENS_PER_BLOCK) return false;
    // "President [Lee Jae-myung](https://…) met", "President&nbsp;Lee": a Markdown link's
    // brackets and address, and a space's entity, are markup; the words read as if it were not there.
    while (mark < markup.length && markup[mark][1] <= s) mark++;
    if (mark < markup.length && s >= markup[mark][0]) return;
    // "President&nbsp;": "&" joins words ("AT&T"), so the entity may end a word it is no part of.
    if (mark < markup.length && markup[mark][0] < e) e = markup[mark][0];
    // A web address is one token that is no word: its path's words name no one.
    while (link < links.length && links[link][1] <= s) link++;
    if (link < links.length && s >= links[link][0]) {
      const [ls, le] = links[link];
      if (tokens[tokens.length - 1]?.start !== start + ls) tokens.push({ text: slice.slice(ls, le), start: start + ls, end: start + le, word: false, cap: false, afterBreak });
      return;
    }
    let raw = slice.slice(s, e);
    // "Jae‑myung", "Jong‐un": Unicode hyphens read as the hyphen names are matched and keyed with.
    if (unicodeHyphens && (raw.includes('\u2011') || raw.includes('\u2010'))) raw = raw.replace(/[\u2010\u2011]/g, '-');
    const isWord = isWordStart(raw.charCodeAt(0), raw);
    if (!isWord) {
      const prev = tokens[tokens.length - 1];
      // Abbreviation or initialism: the period belongs to the word before it.
      // ("Rear Adm. Ahn Gyu Jun.": "Jun" and "Jan" are names' syllables too, and months only
      // before a day's number. "then-Lt.": an abbreviation after a past marker.)
      if (raw === '.' && prev && prev.word && prev.end === start + s && !prev.possessive &&
          (ABBREVIATIONS.has(prev.text) || INITIALISM_END.test(prev.text) || (PAST_PREFIXED.test(prev.text) && ABBREVIATIONS.has(prev.text.slice(prev.text.search(/[-‐]/) + 1)))) &&
          !(NAME_SYLLABLE_MONTHS.has(prev.text) && !/^\s?\d/.test(slice.slice(e, e + 2))) &&
          // "she wrote on X. U.S. President Joe Biden said": the platform ends the sentence.
          !(prev.text === 'X' && /^(?:on|via)$/.test(tokens[tokens.length - 2]?.text ?? '')) &&
          !(prev.text === 'Sen' && surnameSen(tokens, slice.slice(e, e + 40)))) {
        prev.text += '.';
        prev.end += 1;
        return;
      }
      // "Lt.-Gen. Herzi Halevi", "Maj.-Gen.": the hyphen between an abbreviated rank's two words joins nothing.
      if (raw === '-' && prev && prev.end === start + s && RANK_ABBREVIATION.test(prev.text) && UPPER_START.test(slice.charAt(e))) return;
      // A plural possessive inside a name: "G20 Leaders' Summit", "Workers' Party".
      if ((raw === "'" || raw === '\u2019') && prev && prev.word && prev.cap && prev.end === start + s && prev.text.endsWith('s') &&
          slice.charCodeAt(e) === 32 && UPPER_START.test(slice.charAt(e + 1))) {
        // Not a place's or a name's: "Honduras' Xiomara Castro", "Cook Islands' Mark Brown", "Fox News' Peter Doocy".
        if (properPossessive(prev.text, tokens[tokens.length - 2])) {
          tokens.push({ text: raw, start: start + s, end: start + e, word: false, cap: false, possessive: true });
          return;
        }
        prev.text += raw;
        prev.end += 1;
        return;
      }
      // An ayn or hamza written as an apostrophe at the end of a word, before the family's name:
      // "Mohammed Shia' al-Sudani" is one name. Not a closing quotation mark ("'Shia' al-…"), nor a
      // plural's possessive ("the Houthis' al-Masirah TV").
      if ((raw === "'" || raw === '\u2019') && prev && prev.word && prev.cap && prev.end === start + s && !prev.text.endsWith('s') && ARABIC_FAMILY_AFTER.test(slice.slice(e, e + 5)) &&
          !QUOTE_BEFORE.test(slice.charAt(prev.start - start - 1))) {
        prev.text += raw;
        prev.end += 1;
        return;
      }
      tokens.push({ text: raw, start: start + s, end: start + e, word: false, cap: false, afterBreak });
      return;
    }
    // "@DrTedros", "#ProudToBeWHO": a handle or a hashtag is one token and no word; it names no
    // one. A numbered meeting's tag stays a word: "#WHA75", "#COP29".
    const before = tokens[tokens.length - 1];
    if (before && !before.word && before.end === start + s && (before.text === '@' || (before.text === '#' && !/\d/.test(raw))) && !before.possessive) {
      before.text += raw;
      before.end = start + e;
      return;
    }
    const last = raw.charCodeAt(raw.length - 1);
    const apostrophe = raw.charCodeAt(raw.length - 2);
    if (raw.length > 2 && last === 115 /* s */ && (apostrophe === 39 || apostrophe === 0x2019 || apostrophe === 0x2018)) {
      const base = raw.slice(0, -2);
      // "People's Power Party", "Women's National Basketball Association", "St. Peter's Square":
      // inside a name, not an owner.
      const saint = SAINTS.has(tokens[tokens.length - 1]?.text ?? '') && UPPER_START.test(base);
      if ((COLLECTIVE_OWNERS.has(base) || saint) && slice.charCodeAt(e) === 32 && UPPER_START.test(slice.charAt(e + 1))) {
        tokens.push({ text: raw, start: start + s, end: start + e, word: true, cap: true, afterBreak });
        return;
      }
      tokens.push({ text: base, start: start + s, end: start + s + base.length, word: true, cap: isUpperStart(base.charCodeAt(0), base), afterBreak });
      tokens.push({ text: raw.slice(-2), start: start + s + base.length, end: start + e, word: false, cap: false, possessive: true });
      return;
    }
    // "Lieutenant-General", "Rear-Admiral", "Colonel-General", "Maj-Gen": a rank written with a
    // hyphen is the rank of two words, as "Lieutenant General" is.
    const rank = raw.length >= 6 ? (HYPHENATED_RANK.exec(raw) ?? COLONEL_MAJOR.exec(raw)) : null;
    if (rank) {
      const second = s + rank[1].length + 1;
      tokens.push({ text: rank[1], start: start + s, end: start + s + rank[1].length, word: true, cap: isUpperStart(raw.charCodeAt(0), raw), afterBreak });
      tokens.push({ text: rank[2], start: start + second, end: start + e, word: true, cap: isUpperStart(raw.charCodeAt(second - s), rank[2]) });
      return;
    }
    // "a Taylor Swift-themed dance", "Hamas-run", "Iran-backed": a name made an adjective is the
    // name, then a word of no name ("Swift-themed" was part of a person's name).
    // ("Non-Aligned Movement": a prefix is no name.)
    const adjective = raw.length >= 6 && raw.includes('-') ? NAME_ADJECTIVE.exec(raw) : null;
    if (adjective && UPPER_START.test(raw) && !HYPHEN_PREFIX.test(raw)) {
      const base = adjective[1];
      tokens.push({ text: base, start: start + s, end: start + s + base.length, word: true, cap: true, afterBreak });
      tokens.push({ text: raw.slice(base.length), start: start + s + base.length, end: start + e, word: false, cap: false });
      return;
    }
    // "Comedian-turned-politician Michael Usi": what someone became describes them, as a word in
    // lower case does, and names no one.
    // "then-Defense Minister Kim", "ex-Finance Minister Choi": the capital after the prefix starts
    // a title as one at the word's start does (the chunk's reader takes the prefix off).
    const c0 = raw.charCodeAt(0);
    const cap = isUpperStart(c0, raw) ? !(raw.length > 10 && /-turned-/i.test(raw)) : raw.length >= 4 && (c0 === 116 || c0 === 101 || c0 === 102) /* t, e, f */ && PAST_PREFIXED.test(raw);
    tokens.push({ text: raw, start: start + s, end: start + e, word: true, cap, afterBreak });
  };
  scanWords(slice, (s, e, afterBreak) => {
    // "…of the Volkswagen Group.https://t.co/…": a web address run into a word ends the word,
    // and the period between them is a period. The address is read from its next word on.
    while (link < links.length && links[link][1] <= s) link++;
    const ls = link < links.length ? links[link][0] : e;
    if (ls <= s || ls >= e) return each(s, e, afterBreak);
    let we = ls;
    while (we > s && isConnector(slice.charCodeAt(we - 1))) we--;
    if (we > s && each(s, we, afterBreak) === false) return false;
    for (let k = we; k < ls; k++) if (each(k, k + 1, false) === false) return false;
  });
  return tokens;
}

const RANK_ABBREVIATION = /^(?:Lt|Maj|Brig|Col|Vice|Rear)\.$/;

/** Words before "Sen." that say which senator: a party, a side, a kind ("Democratic Sen. Chris Murphy", "Opposition Sen. Risa Hontiveros"). */
const SENATOR_QUALIFIERS = new Set(`democratic democrat republican gop independent conservative liberal labor labour green tory
  progressive opposition majority minority state junior senior veteran freshman longtime maverick ranking federal`.split(/\s+/));

/**
 * Is "Sen" before a period a surname ending its sentence ("former Cambodian leader Hun Sen. Deputy
 * Prime Minister Phumtham said", "Amartya Sen. The economist …")? Only right after a word
 * that may be a name's, none that says which senator ("Vermont Sen.", "Democratic Sen.",
 * "Minority Leader Sen."), and before no given name ("Maverick Sen. John McCain").
 */
function surnameSen(tokens: Token[], after: string): boolean {
  const sen = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  if (!before?.word || before.end + 1 !== sen.start || !/^\p{Lu}\p{Ll}+$/u.test(before.text)) return false;
  const lw = before.text.toLowerCase();
  if (SENATOR_QUALIFIERS.has(lw) || STOPWORDS.has(before.text) || OFFICE_HEADS.has(lw) || RANK_HEADS.has(lw) || ROLE_WORDS.has(lw) || PAST_MARKERS.has(lw) ||
      ACTING_MARKERS.has(lw) || NATIONALITIES.has(lw) || isPlacePhrase([before.text])) return false;
  const next = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(after)?.[1];
  return !!next && !GIVEN_NAMES.has(foldText(next)) && !isCommonGivenName(next);
}

const NAME_ADJECTIVE = new RegExp(`^(.+)-(?:${NAME_ADJECTIVE_ENDINGS.join('|')})$`, 'i');
const HYPHENATED_RANK = /^(Lieutenant|Major|Brigadier|Colonel|Vice|Rear|Lt|Maj|Brig|Col)-(General|Admiral|Colonel|Commander|Gen|Adm|Col|Cdr)$/i;
/** Francophone Africa's "Colonel-Major", the grade above colonel (no other grade comes before "Major"). */
const COLONEL_MAJOR = /^(Colonel|Col)-(Major|Maj)$/i;

// The inner group allows one level of parentheses in an address ("…/Lee_(politician)"). Each
// repetition starts with "(", which the classes around it exclude: one way to match, linear.
// redos-safe: see above.
const MARKDOWN_LINK = /\[([^\[\]\n]{1,300})\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"\n]*")?\)/g;

/** A space written as an HTML entity in a scrape: "President&nbsp;Lee Jae-myung". */
const SPACE_ENTITY = /&(?:nbsp|ensp|emsp|thinsp|#160|#x[aA]0|#819[45]|#8201);/g;

/**
 * Markup in s, as [start, end) pairs in order: a Markdown link's "[" and "](address)", and a
 * space written as an HTML entity.
 */
function markupIn(s: string): [number, number][] {
  const out: [number, number][] = [];
  if (s.includes('](')) {
    MARKDOWN_LINK.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = MARKDOWN_LINK.exec(s)) !== null; ) {
      // An image's "!" goes with its bracket.
      const open = m.index > 0 && s[m.index - 1] === '!' ? m.index - 1 : m.index;
      out.push([open, m.index + 1], [m.index + 1 + m[1].length, m.index + m[0].length]);
    }
  }
  if (s.includes('&')) {
    const before = out.length;
    out.push(...matchRanges(SPACE_ENTITY, s));
    if (before && out.length > before) out.sort((a, b) => a[0] - b[0]);
  }
  if (s.includes('**') || s.includes('__')) {
    const before = out.length;
    out.push(...matchRanges(STRONG_MARK, s));
    if (before && out.length > before) out.sort((a, b) => a[0] - b[0]);
  }
  return out;
}

/**
 * Markdown's strong emphasis at a word's edge: "German Defence Minister **Johann Wadephul** said"
 * reads as if the asterisks were not there, so the title stays with the name.
 */
const STRONG_MARK = /(?<![*_\p{L}\p{N}])(?:\*\*|__)(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.'’])(?:\*\*|__)(?![*_\p{L}\p{N}])/gu;

/** Where a global pattern matches in s, as [start, end) pairs in order. */
function matchRanges(re: RegExp, s: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(s)) !== null; ) out.push([m.index, m.index + m[0].length]);
  return out;
}

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'’”]/gi;

/** Where web addresses are in s, as [start, end) pairs; cheap when there are none. */
function linksIn(s: string): [number, number][] {
  return s.includes('://') || s.includes('www.') ? matchRanges(LINK, s) : [];
}

/** Splits tokens into sentences at unabsorbed periods, ! and ?. */
export function sentences(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    cur.push(t);
    // ("Maj. Gen. (res.) Nitzan Alon": the period of a bracketed "res." or "ret." ends no sentence.)
    if (t.text === '.' && tokens[i + 1]?.text === ')' && tokens[i - 2]?.text === '(' && /^(?:res|ret|retd)$/i.test(tokens[i - 1]?.text ?? '')) continue;
    if (!t.word && (t.text === '.' || t.text === '!' || t.text === '?')) {
      // Keep a closing quote with its sentence.
      while (i + 1 < tokens.length && /^["”’')\]]$/.test(tokens[i + 1].text)) cur.push(tokens[++i]);
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

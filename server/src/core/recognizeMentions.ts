// Finds people (with the title written with them), organisations, meetings, places and
// acronyms in one block. Capitalised runs of words ("chunks") are read left to right:
// a title head splits title from name; a head word makes a meeting, an organisation or a
// place; what is left may be a person if something in the sentence says so. This file splits
// blocks into sentences and chunks; the readers of a chunk are in ./recognize/.

import { EXERCISE_HEADS, GIVEN_NAMES, KNOWN_ORGS, MONTHS_AND_DAYS, MULTIWORD_PLACES, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, PLACES, POST_NOMINALS, SEAT_LETTERS, STOPWORDS } from './lexicon';
import type { BlockKind, Span } from './model';
import { foldText, isNationality } from './normalize';
import { andContinuesOrg, andItsNon, headsOfStateAnd, portfolioListEnd } from './recognize/organizations';
import type { BlockMentions } from './recognize/rawMention';
import { electionsIn, isElectionWord } from './recognize/elections';
import { ordinalBefore } from './recognize/meetingSeries';
import { readChunk } from './recognize/readChunk';
import { CONNECTORS, endsTitle, isAnyGivenName, isCap, isKnownGivenName, isPlaceInCapitals, isPlacePhrase, isUpperAt, DEPUTY_WORDS, nameWordOk, NICKNAME_CLOSE, NICKNAME_OPEN, numberParticle, OPENERS, particlesEnd, RECORD_LINE, seatAfter } from './recognize/words';
import { isHonorific, isOfficeHead, isRankHead, titleWord } from './titles';
import { sentences, type Token, tokenize } from './tokenize';

export function recognizeBlock(text: string, blockSpan: Span, kind: BlockKind, firstSentence: number): BlockMentions {
  const tokens = tokenize(text, blockSpan.start, blockSpan.end);
  const sents = sentences(tokens);
  // Only headlines and captions are written in Title Case; a short body sentence full of names
  // ("Doctors Without Borders President Christos Christou said so") is not.
  // (Not a line of a list that gives a post and its holder: "- Foreign Minister: Toshimitsu Motegi".)
  const subheading = kind === 'body' && isSubheading(text, blockSpan) && inTitleCase(tokens) && !givesPost(text, tokens);
  const out: BlockMentions = { mentions: [], candidates: [], sentenceSpans: [], titleCase: ((kind === 'headline' || kind === 'caption') && inTitleCase(tokens)) || subheading, subheading };
  let sIndex = firstSentence;
  for (const s of sents) {
    if (!s.length) continue;
    out.sentenceSpans.push({ start: s[0].start, end: s[s.length - 1].end });
    const from = out.mentions.length;
    recognizeSentence(text, titleLineJoined(text, cardinalBeforeName(withoutNicknames(withoutReserveNotes(capitalsInNames(s))))), kind, sIndex, out);
    if (s.some(isElectionWord)) {
      const added = electionsIn(s, out.mentions.slice(from), kind, sIndex);
      if (added.length) out.mentions.splice(from, out.mentions.length - from, ...[...out.mentions.slice(from), ...added].sort((a, b) => a.span.start - b.span.start));
    }
    sIndex++;
  }
  return out;
}

/**
 * "Maj. Gen. (res.) Nitzan Alon": a reserve officer holds the rank; the note between rank and name is read as
 * not there (the name's span is unchanged). Not "(ret.)": a retired rank is no current one, and is left unread.
 */
function withoutReserveNotes(toks: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let i = 1; i + 3 < toks.length; i++) {
    if (toks[i].text !== '(' || !/^res$/i.test(toks[i + 1].text)) continue;
    // ("res" and its period are two tokens.)
    const close = toks[i + 2].text === '.' ? i + 3 : i + 2;
    if (toks[close]?.text !== ')' || !isCap(toks[close + 1]) || !isRankHead([toks[i - 1].text], 0)) continue;
    out ??= toks.slice();
    out.splice(out.indexOf(toks[i]), close - i + 1);
    i = close;
  }
  return out ?? toks;
}

/**
 * A family name in capitals beside one given name, as Japanese and UN documents write names
 * ("KOIZUMI Shinjiro", "Ms. TAKAICHI Sanae") and French papers ("Emmanuel MACRON"): the word is
 * read as written in Title Case (its span unchanged), so the name is a name. Not an acronym
 * before a whole name ("IAEA Rafael Grossi"), nor a dateline's city ("TOKYO Takaichi said").
 */
function capitalsInNames(toks: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // (Most words are in lower case or have one capital: the second letter tells them apart cheaply.)
    if (!t.cap || !t.word || t.text.length < 3 || !isUpperAt(t.text, 1) || !CAPITALS_NAME.test(t.text) || isPlaceInCapitals(t.text) || STOPWORDS.has(t.text.charAt(0) + t.text.slice(1).toLowerCase())) continue;
    const next = toks[i + 1];
    const prev = toks[i - 1];
    const nameAt = (k: number) => !!toks[k] && toks[k].word && /^\p{Lu}\p{Ll}/u.test(toks[k].text) && nameWordOk(toks[k].text);
    // "KOIZUMI Shinjiro": the given name after it, and no more name after that.
    const familyFirst = nameAt(i + 1) && !next.afterBreak && !isCap(toks[i + 2]) && !nameAt(i - 1) && !(prev && /^\p{Lu}{2,}$/u.test(prev.text));
    // "Emmanuel MACRON": a known given name before it.
    const familyLast = nameAt(i - 1) && !t.afterBreak && isKnownGivenName(prev.text) && !nameAt(i - 2) && !isCap(toks[i + 1]);
    if (!familyFirst && !familyLast) continue;
    out ??= toks.slice();
    out[i] = { ...t, text: t.text.charAt(0) + t.text.slice(1).toLowerCase() };
  }
  return out ?? toks;
}

/** A word in capitals, of three letters or more, and no Roman numeral ("Charles III"). */
const CAPITALS_NAME = /^(?![IVXLCDM]+$)\p{Lu}{3,}(?:-\p{Lu}{2,})?$/u;

/** Is the line one of a list or a table that gives a post and its holder ("| Minister of Defense | KOIZUMI Shinjiro |")? */
function givesPost(text: string, toks: Token[]): boolean {
  const named = capitalsInNames(toks);
  return titleLineJoined(text, named) !== named || signsWithPost(toks);
}

/**
 * A line that signs a name with its post, as a joint statement closes: "**Johann Wadephul**,
 * Federal Minister for Foreign Affairs of the Federal Republic of Germany". Two to four name
 * words, a comma, then an office within the next three words.
 */
function signsWithPost(toks: Token[]): boolean {
  const comma = toks.findIndex((t) => t.text === ',');
  if (comma < 2 || comma > 4 || !toks.slice(0, comma).every((t) => t.word && t.cap)) return false;
  const words = toks.slice(comma + 1, comma + 4).filter((t) => t.word).map((t) => titleWord(t.text));
  return words.some((_, k) => isOfficeHead(words, k));
}

/** Words a title of a list line may hold besides capitalised ones: "Minister of Economy, Trade and Industry". */
const TITLE_LINE_JOINERS = new Set(['of', 'for', 'and', 'the', '&', ',']);

/**
 * A line of a list that gives a post, then a colon or a dash, then its holder: "- Defense
 * Minister: Shinjiro Koizumi", "**Minister of Defense — Shinjiro Koizumi, 44**". The mark
 * between the two is dropped, so that the title is read with the name as if written before it.
 * Only at a line's start (after a bullet or emphasis), a title of at most eight words, and a
 * name of two words or more that ends the line or comes before a comma or a bracket.
 */
function titleLineJoined(text: string, toks: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let c = 1; c + 2 < toks.length; c++) {
    const mark = toks[c].text;
    if (mark !== ':' && mark !== '—' && mark !== '–' && mark !== '|') continue;
    let from = c;
    while (from > 0 && c - from < 8 && !toks[from].afterBreak && (isCap(toks[from - 1]) || TITLE_LINE_JOINERS.has(toks[from - 1].text))) from--;
    // (A table's row, "| Minister of Defense | KOIZUMI Shinjiro |", only between its first two cells.)
    const lineHead = text.slice(text.lastIndexOf('\n', toks[from].start - 1) + 1, toks[from].start);
    if (from === c || !isCap(toks[from]) || !(mark === '|' ? /^\s*\|\s*$/ : /^[\s*_#>•-]*$/).test(lineHead)) continue;
    const words = toks.slice(from, c).map((t) => t.text);
    if (!words.some((_, k) => isOfficeHead(words, k) || isRankHead(words, k))) continue;
    let end = isHonorific(toks[c + 1].text) ? c + 2 : c + 1;
    const name = end;
    while (end < toks.length && !toks[end].afterBreak && isCap(toks[end]) && nameWordOk(toks[end].text)) end++;
    if (end - name < 2 || (end < toks.length && !toks[end].afterBreak && toks[end].text !== ',' && toks[end].text !== '(' && toks[end].text !== '|')) continue;
    // ("| Home Secretary | Yvette Cooper | Shabana Mahmood |" under "| Post | Before September 5 | After September 5 |": the holder before.)
    if (mark === '|' && holdersBeforeColumn(text, toks[from].start)) continue;
    out ??= toks.slice();
    out.splice(out.indexOf(toks[c]), 1);
  }
  return out ?? toks;
}

/** Does the table holding the row at `at` head its second column with a time before ("Before September 5", "Outgoing", "Previous")? */
function holdersBeforeColumn(text: string, at: number): boolean {
  let line = text.lastIndexOf('\n', at - 1) + 1;
  // Up to the table's first row, its header.
  for (let rows = 0; line > 0 && rows < 60; rows++) {
    const prev = text.lastIndexOf('\n', line - 2) + 1;
    if (!/^\s*\|/.test(text.slice(prev, line))) break;
    line = prev;
  }
  const header = text.slice(line, text.indexOf('\n', line) < 0 ? text.length : text.indexOf('\n', line)).split('|');
  return BEFORE_COLUMN.test(header[2] ?? '');
}
const BEFORE_COLUMN = /\b(?:before|previous(?:ly)?|outgoing|old|former|until|out)\b/i;

/**
 * "Luis Antonio Cardinal Tagle", "John Cardinal O'Connor": the old style puts a cardinal's rank
 * between the given names and the surname. Read as "Cardinal Luis Antonio Tagle": the rank's
 * token moves before the given names (with its own span, so the title is "Cardinal" and the
 * name's span runs over it), and the name is the given names and the surname. It gave the
 * title "Luis Antonio Cardinal", an office no other source holds.
 */
function cardinalBeforeName(toks: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let j = 1; j + 1 < toks.length; j++) {
    if (toks[j].text !== 'Cardinal') continue;
    let i = j;
    while (i > 0 && j - i < 2 && isCap(toks[i - 1]) && nameWordOk(toks[i - 1].text)) i--;
    if (i === j || isCap(toks[i - 1]) || !isAnyGivenName(toks[i].text)) continue;
    let k = j + 1;
    while (k < toks.length && k - j <= 2 && isCap(toks[k]) && nameWordOk(toks[k].text)) k++;
    if (k === j + 1 || k - j > 2) continue;
    out ??= toks.slice();
    out.splice(i, j - i + 1, toks[j], ...toks.slice(i, j));
  }
  return out ?? toks;
}

/**
 * The sentence's tokens without a nickname quoted inside a name: in 'Joko "Jokowi" Widodo'
 * and 'Luis "Toto" Caputo' the name is "Joko Widodo", "Luis Caputo" (its span still covers
 * the nickname). One or two capitalised words between quotes, name words on both sides.
 */
function withoutNicknames(toks: Token[]): Token[] {
  let out: Token[] | undefined;
  let copied = 0; // tokens before this one are in `out` or dropped
  for (let i = 1; i + 3 < toks.length; i++) {
    if (toks[i].word || !NICKNAME_OPEN.has(toks[i].text)) continue;
    // 'Air Force Gen. "CQ" Brown': after a title the nickname is the name's first part, unquoted.
    const afterTitle = !nameSide(toks[i - 1]) && isCap(toks[i - 1]) && endsTitle(toks[i - 1].text);
    if (!afterTitle && !nameSide(toks[i - 1])) continue;
    let close = i + 1;
    while (close < i + 3 && isCap(toks[close]) && toks[close].word) close++;
    // ('Senator Ronald "Bato" dela Rosa': a particle may open the rest of the name.)
    const rest = nameSide(toks[close + 1]) || (!!toks[close + 1]?.word && NAME_PARTICLES.has(toks[close + 1].text) && nameSide(toks[close + 2]));
    if (close === i + 1 || !NICKNAME_CLOSE.has(toks[close].text) || !rest) continue;
    out ??= [];
    for (let k = copied; k < i; k++) out.push(toks[k]);
    if (afterTitle) {
      // The name's span opens at the quotation mark, so that its text shows both marks.
      out.push({ ...toks[i + 1], start: toks[i].start });
      for (let k = i + 2; k < close; k++) out.push(toks[k]);
      copied = close + 1;
      i = close;
      continue;
    }
    // The word after it carries the nickname, a short form of the name ("Jokowi" later on).
    out.push({ ...toks[close + 1], nickname: toks.slice(i + 1, close).map((t) => t.text).join(' ') });
    copied = close + 2;
    i = close + 1;
  }
  if (!out) return toks;
  for (let k = copied; k < toks.length; k++) out.push(toks[k]);
  return out;
}

function nameSide(t: Token | undefined): boolean {
  return !!t && t.word && isCap(t) && nameWordOk(t.text) && !STOPWORDS.has(t.text);
}

/** One short line that ends in no sentence's punctuation: a subheading inside the body. */
function isSubheading(text: string, span: Span): boolean {
  if (span.end - span.start > 120) return false;
  const line = text.slice(span.start, span.end);
  return !line.includes('\n') && !/[.,;:!"”’)]\s*$/.test(line);
}

/** A line of at most this many characters, under one twice as long, is a line of its own. */
const SHORT_LINE = 50;

/**
 * Is the line of `before` a line of its own ("The Yomiuri Shimbun" over a caption), not one
 * of a hard-wrapped paragraph, whose lines are about as long as each other? A name goes on
 * across the break of a wrapped line only.
 */
function afterShortLine(text: string, before: Token, at: Token): boolean {
  if (!at.afterBreak) return false;
  const lineEnd = text.indexOf('\n', before.end);
  if (lineEnd < 0) return false;
  const length = lineEnd - (text.lastIndexOf('\n', before.start) + 1);
  if (length > SHORT_LINE) return false;
  const nextEnd = text.indexOf('\n', at.start);
  return (nextEnd < 0 ? text.length : nextEnd) - at.start > 2 * length;
}

/**
 * Do the line starting at `at` and the line before it each open with a name and a comma or a
 * bracket, as lines of a list do ("David Clarinval, Deputy Prime Minister and Minister of
 * Employment, Economy and Agriculture" / "Maxime Prévot, Deputy Prime Minister …")? The title
 * that ends one line is no part of the next line's name. Not lines of a wrapped paragraph: the
 * line before the two does not end in a lower-case word ("… drafted by the Minister of").
 */
function recordLines(text: string, at: Token): boolean {
  if (!at.afterBreak) return false;
  const lineStart = text.lastIndexOf('\n', at.start - 1);
  if (lineStart < 0 || text.slice(lineStart + 1, at.start).trim()) return false;
  const previous = text.lastIndexOf('\n', lineStart - 1) + 1;
  if (!RECORD_LINE.test(text.slice(at.start, at.start + 80)) || !RECORD_LINE.test(text.slice(previous, previous + 80))) return false;
  return previous === 0 || !LOWER_WORD_END.test(text.slice(Math.max(0, previous - 40), previous - 1));
}

/** A line that ends in a lower-case word runs on into the next. */
const LOWER_WORD_END = /(?:^|[^\p{L}'’-])\p{Ll}[\p{L}'’-]*\s*$/u;

/**
 * Does a second name start on a new line at `j`? "… with Russian President Vladimir Putin" and a
 * caption's "Maria Lvova-Belova, …" on the next line: a given name after the break, and a name
 * opened by a given name before it. A name wrapped across lines ("Vladimir\nPutin") goes on.
 */
function nameAfterName(toks: Token[], i: number, j: number): boolean {
  if (!toks[j].afterBreak || !GIVEN_NAMES.has(foldText(toks[j].text))) return false;
  for (let k = j - 2; k >= i && k >= j - 3; k--) if (GIVEN_NAMES.has(foldText(toks[k].text))) return true;
  return false;
}

/**
 * A headline in capitals run into the text after it ("… AS RIVERS SOLE ADMINISTRATOR President
 * Bola Tinubu has …"): after two words in capitals, the last a long one, a word in Title Case
 * starts anew. One word in capitals may be an acronym ("CARICOM Secretary-General") or a style
 * ("PRESIDENT Bola Tinubu").
 */
function shoutedBefore(toks: Token[], j: number): boolean {
  const [two, one] = [toks[j - 2], toks[j - 1]];
  return !!two?.word && one.word && one.text.length >= 7 && /^\p{Lu}+$/u.test(one.text) && /^\p{Lu}{2,}$/u.test(two.text) && /^\p{Lu}\p{Ll}/u.test(toks[j].text);
}

/** "THIS IS A BREAKING NEWS UPDATE": in a sentence shouted in capitals, capitals say nothing. */
function shouted(toks: Token[]): boolean {
  let words = 0;
  for (const t of toks) {
    if (!t.word || t.text.length < 2 || !/\p{L}/u.test(t.text)) continue;
    if (t.text !== t.text.toUpperCase()) return false;
    words++;
  }
  return words >= 4;
}

/**
 * Where a place the lexicon knows ends when its name goes on across the lower-case word at `at`
 * ("and", "es", "and the"), starting at most three words before it; -1 when none does.
 */
function knownPlaceAcross(toks: Token[], from: number, at: number): number {
  const ends = toks[at + 1]?.text === 'the' ? [at + 2] : [at + 1];
  for (const end of ends) {
    if (!isCap(toks[end])) continue;
    for (let start = Math.max(from, at - 3); start < at; start++) {
      let phrase = '';
      for (let m = start; m <= end; m++) phrase += (m > start ? ' ' : '') + toks[m].text;
      if (MULTIWORD_PLACES.has(phrase.toLowerCase())) return end + 1;
    }
  }
  return -1;
}

function recognizeSentence(text: string, toks: Token[], block: BlockKind, sentence: number, out: BlockMentions): void {
  if (shouted(toks)) return;
  let i = 0;
  let bracket = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t.text === '[') bracket++;
    if (t.text === ']') bracket = Math.max(0, bracket - 1);
    // Bracketed credits ("[MINISTRY OF NATIONAL DEFENSE]") are not running text.
    if (bracket > 0 || !isCap(t)) {
      i++;
      continue;
    }
    let j = i + 1;
    let k = -1;
    let toAt = -1;
    let seatEnd = -1;
    while (j < toks.length) {
      if (afterShortLine(text, toks[j - 1], toks[j]) || nameAfterName(toks, i, j) || shoutedBefore(toks, j) || recordLines(text, toks[j])) break;
      // A line opening with "The" after one ending in a capitalised word: a list's next record ("…
      // Refugees and Citizenship" / "The Hon. Marjorie Michel, P.C., …"), not a name wrapped.
      if (toks[j].afterBreak && toks[j].text === 'The' && isCap(toks[j + 1])) break;
      // "… and Martin Luther King Jr. Trump said": "Jr." ends a name, and here the sentence.
      if (isCap(toks[j]) && /^(?:Jr|Sr)\.$/.test(toks[j - 1].text)) break;
      if (isCap(toks[j])) {
        j++;
        continue;
      }
      // "the MP for North West Essex", "Member of Parliament for Tottenham": the seat is a place,
      // not a name after the title; the title is read alone. With a given name after the seat
      // ("MP for Leeds West Rachel Reeves") the seat is the title's, read with it.
      if (toks[j].text === 'for' && isCap(toks[j + 1])) {
        let end = j + 1;
        while (isCap(toks[end])) end++;
        if (seatAfter(toks, j, end)) {
          seatEnd = end;
          break;
        }
      }
      const listEnd = toks[j].text === ',' || toks[j].text === 'and' ? portfolioListEnd(toks, i, j) : -1;
      if (listEnd > j) j = listEnd;
      else if (toks[j].text === 'and' && (andContinuesOrg(toks, i, j) || andItsNon(toks, j) || headsOfStateAnd(toks, j))) j += 2;
      // "apologizes to Congress for July global tech outage": a month after "for" or "of" is a date's.
      else if (toks[j].word && CONNECTORS.has(toks[j].text) && isCap(toks[j + 1]) && !MONTHS_AND_DAYS.has(foldText(toks[j + 1].text)) && !titledNameFor(toks, i, j)) j += 2;
      else if (numberParticle(toks, j)) j += 2;
      // "the Group of 20 summit", "the Group of 77": a body named by its members' number.
      else if (toks[j].text === 'of' && toks[j - 1].text === 'Group' && /^\d{1,3}$/.test(toks[j + 1]?.text ?? '')) j += 2;
      // "Dar es Salaam", "Trinidad and Tobago", "Saint Kitts and Nevis", "St Vincent and the Grenadines":
      // a place the lexicon knows, with lower-case words inside.
      else if (toks[j].text.length <= 3 && (k = knownPlaceAcross(toks, i, j)) > j) j = k;
      else if (toks[j].text === 'of' && toks[j + 1]?.text === 'the' && isCap(toks[j + 2])) j += 3;
      else if (toks[j].text === 'on' && topicAfter(toks, j)) j += toks[j + 1].text === 'the' ? 3 : 2;
      else if ((toks[j].text === 'to' && OFFICES_TO.has(titleWord(toks[j - 1].text))) || servesThe(toks, j)) {
        // "Ambassador to the UN Mike Waltz", "Envoy to South Korea X": the post's place is part of the title.
        // So is whom a post serves: "Press Secretary to the President Karoline Leavitt" is no president.
        const at = toks[j + 1]?.text === 'the' ? j + 2 : j + 1;
        if (!isCap(toks[at])) break;
        toAt = j;
        j = at + 1;
      } else {
        // "André Corrêa do Lago", "Ursula von der Leyen": particles between name words only
        // ("Why do Koreans" is no name).
        const past = particlesEnd(toks, j);
        if (!past) break;
        j = past;
      }
    }
    // "the 15th BRICS summit", "the NATO summit in Vilnius": news write the head of a summit's
    // name in lower case as often as not.
    if (toks[j]?.text === 'summit' && j - i <= 6 && (summitHost(toks[j - 1]) || (j - i >= 3 && toks[j - 3].text === 'Group' && toks[j - 2].text === 'of'))) j++;
    // So, after its number, do they a named body's meeting: "the 56th GST Council meeting" (not "the GST Council
    // meeting on rates", which may be any of its meetings; nor "the fifth Board meeting", of any board).
    else if (toks[j]?.text === 'meeting' && j - i >= 2 && j - i <= 5 && ORG_HEADS.has(foldText(toks[j - 1].text)) && ordinalBefore(toks, i).ordinal !== undefined &&
      summitHost(toks[i]) && !ORG_HEADS.has(foldText(toks[i].text))) j++;
    // So do they the head of an exercise's: "the Han Kuang exercises", "Freedom Shield drills".
    else if (EXERCISE_HEADS.has(toks[j]?.text ?? '') && j - i <= 4 && exerciseName(toks, i, j)) j++;
    // "the Ambassador to Oman, Ana Escrogima": with no name after it, the place is a mention of its own.
    if (toAt >= 0) {
      const from = toks[toAt + 1].text === 'the' ? toAt + 2 : toAt + 1;
      if (isPlacePhrase(toks.slice(from, j).map((t) => t.text))) j = toAt;
    }
    readChunk(text, toks, deputyBefore(toks, i, j) ? i - 1 : i, withoutPostNominals(toks, i, j), block, sentence, out);
    i = seatEnd > j ? seatEnd : j;
  }
}

/**
 * Where the chunk toks[i, j) ends without the honours' letters after a name ("Admiral David
 * Johnston AC RAN", "Jane Smith OBE"): two words or more before them, the last a name's.
 */
function withoutPostNominals(toks: Token[], i: number, j: number): number {
  let end = j;
  while (end - 1 > i && POST_NOMINALS.has(toks[end - 1].text)) end--;
  if (end === j || end - i < 2 || !nameWordOk(toks[end - 1].text)) return j;
  // A seat's letters alone after a place are a role: "the Birmingham Ladywood MP", "Shalimar Bagh
  // MLA". After a name they start with a given name: "Sir Keir Starmer MP", "Hon Jim Chalmers MP".
  if (toks.slice(end, j).every((t) => SEAT_LETTERS.has(t.text))) {
    let first = i;
    while (first < end - 1 && (isHonorific(toks[first].text) || STOPWORDS.has(toks[first].text) || /^Rt\.?$/.test(toks[first].text))) first++;
    if (!isAnyGivenName(toks[first].text)) return j;
  }
  return end;
}


/** Meetings named by what they are about: "International Conference on Financing for Development". */
const TOPIC_HEADS = new Set(['conference', 'summit', 'forum', 'dialogue', 'symposium']);

/** "on" at `j` after a meeting's head, then a topic in capitals (not a day: "the Summit on Monday"). */
function topicAfter(toks: Token[], j: number): boolean {
  const t = toks[j + 1]?.text === 'the' ? toks[j + 2] : toks[j + 1];
  return TOPIC_HEADS.has(foldText(toks[j - 1].text)) && isCap(t) && !MONTHS_AND_DAYS.has(foldText(t.text));
}

/** Is the chunk on toks[i, j) an office written after "deputy" in lower case, which is part of it? */
function deputyBefore(toks: Token[], i: number, j: number): boolean {
  if (i === 0 || !DEPUTY_WORDS.has(toks[i - 1].text) || !toks[i - 1].word) return false;
  for (let k = i; k < Math.min(j, i + 3); k++) if (isOfficeHead([toks[k].text], 0)) return true;
  return false;
}

/**
 * "in St. Peter's Square for Pope Leo XIV's inauguration", "Representatives Hall Thursday for
 * Gov. Kelly Ayotte": after "for" at `j`, a title and a name start a chunk of their own, unless
 * the words before are a title too ("Spokesperson for President Trump").
 */
function titledNameFor(toks: Token[], i: number, j: number): boolean {
  if (toks[j].text !== 'for' || !isCap(toks[j + 2])) return false;
  const head = [toks[j + 1].text];
  if (!isOfficeHead(head, 0) && !isRankHead(head, 0)) return false;
  for (let k = i; k < j; k++) if (isOfficeHead([toks[k].text], 0) || isRankHead([toks[k].text], 0)) return false;
  return true;
}

/**
 * Do toks[i, j) name an exercise ("Han Kuang", "Freedom Shield"), not who holds it ("Chinese",
 * "Taiwan", "the Israel Defense Forces") or whose it is ("Pakistan's")?
 */
function exerciseName(toks: Token[], i: number, j: number): boolean {
  const words = toks.slice(i, j);
  if (words.some((t) => !t.word || !isCap(t) || t.possessive) || words.some((t) => isNationality(t.text))) return false;
  const last = foldText(words[words.length - 1].text);
  if (isPlacePhrase(words.map((t) => t.text)) || ORG_HEADS.has(last) || PLACE_HEADS.has(last)) return false;
  // One word opening the sentence is as likely an adjective: "Military drills began".
  if ((i === 0 || OPENERS.has(toks[i - 1].text)) && words.length === 1) return false;
  return !words.some((t) => PLACES.has(t.text) || KNOWN_ORGS.has(t.text.toUpperCase()) || /^\p{Lu}{2,}$/u.test(t.text));
}

/**
 * Who holds a summit, as the word before a lower-case "summit" shows: a bloc ("NATO", "G20"),
 * a body ("African Union"), a place ("Vilnius") or the two sides ("Biden-Xi", "Russia-Africa").
 * Not a person alone ("President Biden summit plans").
 */
function summitHost(t: Token): boolean {
  // A country alone names no series ("the U.S.-China summit" is read as "China").
  if (t.possessive || !t.word || isNationality(t.text)) return false;
  return /^[\p{Lu}\d&]{2,}$/u.test(t.text) || KNOWN_ORGS.has(t.text.toUpperCase()) || /\p{L}[-‐]\p{Lu}/u.test(t.text) || PLACES.has(t.text) || ORG_HEADS.has(foldText(t.text));
}

/**
 * Most longer words capitalised, as in a Title Case headline or caption ("Nippon Steel
 * Completes Acquisition of U.S. Steel"); a short one has them all ("Zelensky At Davos Summit").
 */
function inTitleCase(toks: Token[]): boolean {
  let long = 0;
  let caps = 0;
  for (const t of toks) {
    if (!t.word || t.text.length < 4) continue;
    long++;
    if (t.cap) caps++;
  }
  return long >= 4 ? caps / long >= 0.8 : long >= 2 && caps === long;
}

/**
 * "Press Secretary to the President", "Spokesman for the President", "Minister for the
 * Environment": a post named by whom or what it serves, after "to the" or "for the".
 */
function servesThe(toks: Token[], j: number): boolean {
  const t = toks[j].text;
  if ((t !== 'to' && t !== 'for') || toks[j + 1]?.text !== 'the' || !isCap(toks[j + 2])) return false;
  const head = titleWord(toks[j - 1].text);
  return SERVING_HEADS.has(head) || (t === 'for' && isOfficeHead([toks[j - 1].text], 0));
}

/** Posts named by whom they serve: "Press Secretary to the President", "Chief of Staff to the Prime Minister". */
const SERVING_HEADS = new Set(['secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'assistant', 'aide', 'counsel', 'counsellor', 'counselor', 'physician', 'staff', 'chaplain', 'interpreter']);

/** Offices named with the place or body they are sent to: "Ambassador to the UN". */
const OFFICES_TO = new Set(['ambassador', 'envoy', 'representative', 'delegate', 'emissary', 'adviser', 'advisor', 'liaison']);

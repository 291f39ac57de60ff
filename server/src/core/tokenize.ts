// One pass of tokenising per block. Words keep inner hyphens, periods and apostrophes
// ("Yong-sung", "U.S", "Korea-U.S"); a period joins the word when it is an abbreviation
// or an initialism, otherwise it ends the sentence. The word pattern has no nested
// quantifiers over overlapping classes, so it stays linear on hostile input.

import { ABBREVIATIONS } from './lexicon';

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
}

function isWordStart(c: number, raw: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^[\p{L}\p{N}]/u.test(raw);
}

function isUpperStart(c: number, raw: string): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(raw);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'’\-‐&][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const INITIALISM_END = /(?:^|[.\-])\p{Lu}$/u;
const UPPER_START = /^\p{Lu}/u;
const MAX_TOKENS_PER_BLOCK = 20000;

/** Tokens of text[start, end). Offsets are into the whole text. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const slice = text.slice(start, end);
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let lastEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null && tokens.length < MAX_TOKENS_PER_BLOCK) {
    const raw = m[0];
    const s = m.index;
    let afterBreak = false;
    for (let g = lastEnd; g < s; g++) {
      const gc = slice.charCodeAt(g);
      if (gc === 10 || gc === 13) {
        afterBreak = true;
        break;
      }
    }
    lastEnd = s + raw.length;
    const isWord = isWordStart(raw.charCodeAt(0), raw);
    if (!isWord) {
      const prev = tokens[tokens.length - 1];
      // Abbreviation or initialism: the period belongs to the word before it.
      if (raw === '.' && prev && prev.word && prev.end === start + s && !prev.possessive &&
          (ABBREVIATIONS.has(prev.text) || INITIALISM_END.test(prev.text))) {
        prev.text += '.';
        prev.end += 1;
        continue;
      }
      tokens.push({ text: raw, start: start + s, end: start + s + raw.length, word: false, cap: false, afterBreak });
      continue;
    }
    const poss = /['’]s$/.exec(raw);
    if (poss && raw.length > 2) {
      const base = raw.slice(0, -2);
      tokens.push({ text: base, start: start + s, end: start + s + base.length, word: true, cap: isUpperStart(base.charCodeAt(0), base), afterBreak });
      tokens.push({ text: raw.slice(-2), start: start + s + base.length, end: start + s + raw.length, word: false, cap: false, possessive: true });
      continue;
    }
    tokens.push({ text: raw, start: start + s, end: start + s + raw.length, word: true, cap: isUpperStart(raw.charCodeAt(0), raw), afterBreak });
  }
  return tokens;
}

/** Splits tokens into sentences at unabsorbed periods, ! and ?. */
export function sentences(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    cur.push(t);
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

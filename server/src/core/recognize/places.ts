// Places: a chunk that names one, and places written after a title or a name.

import { MULTIWORD_PLACES, PLACE_HEADS, PLACE_LEADS, PLACES } from '../lexicon';
import { phraseKey } from '../normalize';
import type { Token } from '../tokenize';
import { pushMention, pushPlace, type Reading } from './reading';
import { isCap, isPlacePhrase } from './words';

/** "Sri Lankans", "Middle Eastern", "Costa Rican": a place's name with a people's ending. */
export function demonymOfPlace(phrase: string): boolean {
  for (const end of DEMONYM_ENDINGS) if (phrase.endsWith(end) && isPlacePhrase(phrase.slice(0, -end.length).split(' '))) return true;
  return false;
}

const DEMONYM_ENDINGS = ['ns', 'n', 'ers', 'er', 'ern', 'erns', 'ese', 'is', 'i'];

/** A people's ending, and what the place's name ends with instead: "Iraqi" is Iraq's, "Nigerian" Nigeria's, "Chilean" Chile's. */
const DEMONYM_FORMS: [string, string][] = [['ian', ''], ['ese', ''], ['i', ''], ['n', ''], ['an', ''], ['ian', 'ia'], ['ese', 'a'], ['ean', 'ea']];

/** The place a people's name is of, as the gazetteer writes it: "Iraqi" → "Iraq"; undefined when none it knows. */
export function placeOfDemonym(word: string): string | undefined {
  const w = word.toLowerCase();
  for (const [end, put] of DEMONYM_FORMS) {
    if (!w.endsWith(end) || w.length - end.length < 3) continue;
    const stem = w.charAt(0).toUpperCase() + w.slice(1, w.length - end.length) + put;
    if (PLACES.has(stem)) return stem;
  }
  return undefined;
}

/** Do the capitalised words from `k` on (up to three) name a place? */
export function placeAfter(toks: Token[], k: number): boolean {
  const words: string[] = [];
  for (let j = k; j < toks.length && j < k + 3 && isCap(toks[j]); j++) words.push(toks[j].text);
  return words.length > 0 && isPlacePhrase(words);
}

/** Places: gazetteer, multi-word places, "X District". */
export function readPlace(r: Reading, lowerWords: string[]): boolean {
  const { c, words, n } = r;
  const folded = lowerWords.join(' ');
  if (MULTIWORD_PLACES.has(folded) || (n === 1 && PLACES.has(words[0])) || (n >= 2 && n <= 4 && PLACE_HEADS.has(lowerWords[n - 1])) || (n >= 2 && n - 1 <= (PLACE_LEADS.get(lowerWords[0]) ?? 0))) {
    return pushPlace(r);
  }
  if (n === 1 && /[-‐]/.test(words[0])) {
    // "Seoul-Washington": two places.
    const parts = words[0].split(/[-‐]/);
    if (parts.length > 1 && parts.every((p) => PLACES.has(p))) {
      let at = c.firstStart;
      for (const p of parts) {
        const s = { start: at, end: at + p.length };
        pushMention(r, { kind: 'place', span: s, fullSpan: s, text: p, key: phraseKey('place', p), form: 'full' });
        at += p.length + 1;
      }
      return true;
    }
  }
  if (n >= 2 && n <= 3 && PLACES.has(words[0]) && lowerWords.slice(1).every((w) => MULTIWORD_PLACES.has(folded) || w === 'city')) return true;
  return false;
}

/** Do the words after the last "of" in toks[from, to) name a place? */
export function placeAfterOf(toks: Token[], from: number, to: number): boolean {
  let of = to - 1;
  while (of >= from && toks[of].text !== 'of') of--;
  return of >= from && isPlacePhrase(toks.slice(of + 1, to).map((t) => t.text));
}

// Keys that make equivalent spellings link: case, hyphens, diacritics, "Defence"/"Defense",
// "U.S."/"US", and common romanisation variants of Korean names.

import { isCommonGivenName } from './givenNames';
import { ARABIC_GIVEN_NAMES, FATHERS_NAME_AFTER, GIVEN_NAME_FORMS, GIVEN_NAMES, MULTIWORD_PLACES, NAME_HONORIFICS, NAME_PARTICLES, NATIONALITIES, PLACES, REGNAL_OFFICES, SPELLING_VARIANTS, SURNAME_FIRST } from './lexicon';

/**
 * Caches a pure string function. Article vocabularies repeat heavily, so a bounded cache
 * saves most of the folding work; it is cleared, not grown, when full.
 */
export function memoize(fn: (s: string) => string, max = 50_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

/**
 * Letters NFKD leaves whole: "Rafał" and "Rafal", "Støre" and "Store", "Hæstorp" and
 * "Haestorp" are one spelling.
 */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss' };
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

/** Lower-case, strip diacritics and possessives, unify apostrophes and dashes. */
export function foldText(text: string): string {
  // Most words are plain ASCII with no apostrophe: lower-casing them is cheaper than a lookup
  // in a cache of tens of thousands of entries.
  if (text.length <= 24) {
    let plain = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x7f || c === 39) {
        plain = false;
        break;
      }
    }
    if (plain) return text.toLowerCase();
  }
  return foldTextCached(text);
}

const foldTextCached = memoize(foldTextUncached);

function foldTextUncached(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.replace(/'s\b/gi, '').toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(UNDECOMPOSED_LETTER, (c) => UNDECOMPOSED[c])
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/'s\b/gi, '')
    .toLowerCase();
}

/** Words of a phrase, folded, with spelling variants unified. */
export function foldWords(text: string): string[] {
  return foldText(text)
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1') // U.S. -> us.
    .replace(/\.(?=\s|$)/g, '')
    .split(/[\s,;:()"]+/)
    .filter(Boolean)
    .map((w) => SPELLING_VARIANTS[w] ?? w);
}

/**
 * A person's name key: "Lee Jae Myung", "Lee Jae-myung" and "LEE JAE-MYUNG" share it, and so
 * do the two ways of writing a Ukrainian or Russian "-ий" ending: "Andriy"/"Andrii", "Serhiy"/"Serhii".
 */
export function personKey(name: string): string {
  return 'person:' + foldText(name).replace(/(?<=\p{L})iy\b/gu, 'ii').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A looser key for romanisation variants of the same Korean or Chinese name
 * ("Ahn Gyu-back"/"Ahn Kyu-baek", "Jeong"/"Jung"). Only used to propose links
 * between otherwise unmatched names; see EntityLinker.
 */
export const romanisationKey = memoize(romanisationKeyUncached);

function romanisationKeyUncached(name: string): string {
  return foldText(name)
    // "Woo Won-shik" / "U Won-sik": a "w" before "u" starting a syllable is one spelling's.
    .replace(/\bw(?=u|oo)/g, '')
    .replace(/[^a-z]+/g, '')
    .replace(/yeo/g, 'yu')
    .replace(/eo/g, 'u')
    .replace(/oo|ou/g, 'u')
    .replace(/ae/g, 'a') // Baek / Back / Paik
    .replace(/ai/g, 'a')
    .replace(/ck/g, 'k')
    .replace(/ee/g, 'i')
    .replace(/[gk]/g, 'k')
    .replace(/[bp]/g, 'p')
    .replace(/[dt]/g, 't')
    .replace(/ch|j/g, 'c')
    .replace(/r/g, 'l')
    .replace(/h/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * A person key with the letters that transliterations of one name swap folded together:
 * Arabic and Persian "gh"/"q"/"k" (Araghchi, Araqchi; Qasim, Kasim) and "ou"/"u" (Youssef,
 * Yussef); Ukrainian and Russian "y"/"i" and doubled letters (Yuliia Svyrydenko, Yulia
 * Sviridenko), "kh"/"h"; "zh"/"j" for Cyrillic "ж", which French-style spellings write "j"
 * (Rosen Zhelyazkov, Rossen Jeliazkov); Hebrew "tz"/"z" (Betzalel, Bezalel); the Egyptian "g"
 * for "j" and "ee" for "i" (Abdel-Maguid, Abdel Majeed, Abdel Majid), and the Ukrainian "h" after
 * a vowel for the Russian "g" (Andrii Sybiha, Andrey Sibiga), not a first letter ("Gill", "Jill";
 * "Hnatov", "Gnatov"). Only compares keys of similar length and start; see Corpus.linkVariant.
 */
export function transliterationKey(key: string): string {
  // ("Djuro Macut" is "Đuro Macut", whose "Đ" folds to "d", as Vietnamese names need.)
  return key.replace(/dj/g, 'd').replace(/gh|q/g, 'k').replace(/tz/g, 'z').replace(/zh/g, 'j').replace(/gu(?=[ei])/g, 'g').replace(/(?<=.)g/g, 'j').replace(/ee/g, 'i')
    .replace(/ou/g, 'u').replace(/kh/g, 'h').replace(/(?<=[aeiouy])h/g, 'j').replace(/y/g, 'i').replace(/([a-z])\1+/g, '$1');
}

/**
 * Keys of the shorter forms of a three-part name, for linking it to a source that writes one:
 * without the middle part ("Bola Ahmed Tinubu" → "bolatinubu", "George W. Bush" →
 * "georgebush"), and without the last when the middle one is no given name, as Spanish names
 * drop the second surname ("Edmundo González Urrutia" → "edmundogonzalez"). Hyphens part
 * words too, so "González-Urrutia" gives the same. Not after an Arabic, Persian or Turkic
 * given name, where the middle word is a father's ("Ali Hosseini Khamenei" is not "Ali
 * Hosseini"). None for East Asian names ("Lee Jae Myung"), particles ("Mohammed Bin Salman",
 * "Ahmed Al Sharaa") or suffixes ("John Smith Jr."). A short given name keys as the full one,
 * as whole names do ("Mike Richard Pompeo" → "michaelpompeo"). Without the first part when the
 * middle one is no common given name ("Recep Tayyip Erdoğan" → "tayyiperdogan").
 */
export function shorterNameKeys(written: string): string[] {
  // "Sayyed Abdulmalik Badruddin al-Houthi": an honorific before two more words is no part of the name, nor of its key.
  const parts = written.split(/\s+/);
  const name = parts.length >= 3 && NAME_HONORIFICS.has(foldText(parts[0])) ? parts.slice(1).join(' ') : written;
  const keys = [...shorterKeysByParts(name), ...regnalKeys(name)];
  for (const k of [compoundSurnameKey(name), withoutArabicArticleKey(name), kunyaSurnameKey(name), husbandsSurnameKey(name), ...initialledKeys(name)]) if (k && !keys.includes(k)) keys.push(k);
  return keys;
}

/**
 * "Faisal bin Farhan bin Abdullah" and "Faisal bin Farhan Al Saud": one chain of given name and
 * father's, which one source runs on with the grandfather's and another with the family's name.
 */
export function grandfatherOrFamily(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const [x, y] = [a.split(/\s+/), b.split(/\s+/)];
  if (x.length < 4 || y.length < 4 || !/^(?:bin|ibn)$/i.test(x[1]) || foldText(x.slice(0, 3).join(' ')) !== foldText(y.slice(0, 3).join(' '))) return false;
  const grandfather = (w: string[]) => w.length === 5 && /^(?:bin|ibn)$/i.test(w[3]);
  const family = (w: string[]) => (w.length === 4 && /^al[-‐]\p{Lu}/iu.test(w[3])) || (w.length === 5 && /^al$/i.test(w[3]));
  return (grandfather(x) && family(y)) || (family(x) && grandfather(y));
}

/**
 * "Bashar al-Assad" is "Bashar Assad" in AP style, "Yasser al-Farhan" "Yasser Farhan": the
 * Arabic article of a family name, which some outlets leave out. Not the first word ("Al Gore").
 */
function withoutArabicArticleKey(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || !/^\p{Lu}\p{Ll}/u.test(words[0])) return undefined;
  const kept: string[] = [words[0]];
  let dropped = false;
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    const hyphened = /^(?:al|el)[-‐](\p{Lu}.*)$/iu.exec(w);
    if (hyphened) {
      kept.push(hyphened[1]);
      dropped = true;
    } else if (/^(?:al|el)$/i.test(w) && /^\p{Lu}\p{Ll}/u.test(words[k + 1] ?? '')) dropped = true;
    else kept.push(w);
  }
  return dropped ? personKey(kept.join(' ')).slice('person:'.length) : undefined;
}

/**
 * "Murhaf Abu Qasra" is "Abu Qasra" to later mentions and other sources: after a given name,
 * "Abu" opens the family name. (At the start it is a by-name, "Abu Mohammed al-Julani".)
 */
function kunyaSurnameKey(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length !== 3 || !/^(?:abu|abou|abo)$/i.test(words[1]) || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return undefined;
  if (/^(?:abu|abou|abo)$/i.test(words[0])) return undefined;
  return personKey(`${words[1]} ${words[2]}`).slice('person:'.length);
}

/**
 * "Leo XIV", "Charles III", "John Paul II": a regnal name, which a source without the number
 * writes with the office ("Pope Leo", "King Charles"), keyed so (resolveShortNames). Linked
 * while one numbered name gives that form: not with "Charles II" in the corpus too.
 */
function regnalKeys(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2 || !/^[IVXL]+$/.test(words[words.length - 1]) || !/^\p{Lu}\p{Ll}/u.test(words[0])) return [];
  const regnal = words.slice(0, -1).join(' ');
  return [...REGNAL_OFFICES].map((office) => personKey(`${office} ${regnal}`).slice('person:'.length));
}

/**
 * "Thomas Oppong-Peprah", "Ngozi Okonjo-Iweala": a double surname, which other sources write
 * with a space and no given name ("Maj Gen Oppong Peprah", "Director-General Okonjo Iweala") and
 * so as a name of two words. Not a family name first ("Lee Jae-myung").
 */
function compoundSurnameKey(name: string): string | undefined {
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  if (words.length < 2 || SURNAME_FIRST.has(words[0]) || !/^\p{Lu}\p{Ll}+[-‐]\p{Lu}\p{Ll}+$/u.test(last)) return undefined;
  return personKey(last).slice('person:'.length);
}

function shorterKeysByParts(name: string): string[] {
  const words = name.split(/\s+/);
  // "William Lai Ching-te", "John Lee Ka-chiu": an English given name before an East Asian
  // name, which other sources write alone ("Lai Ching-te") or after it ("William Lai").
  if (words.length === 3 && GIVEN_NAMES.has(foldText(words[0])) && SURNAME_FIRST.has(words[1]) && /^\p{Lu}\p{Ll}+[-‐]\p{Ll}+$/u.test(words[2])) {
    return [romanisationKey(`${words[1]} ${words[2]}`), personKey(`${words[0]} ${words[1]}`).slice('person:'.length)];
  }
  // "KP Sharma Oli", "K P Sharma Oli", "A. P. J. Abdul Kalam": initials first, then the name
  // other sources write without them ("Sharma Oli").
  let initials = 0;
  while (initials < words.length && /^(?:\p{Lu}\.?){1,3}$/u.test(words[initials])) initials++;
  // Or with them and without the middle name: "KP Oli".
  if (initials > 0 && words.length - initials >= 2) {
    const keys = [personKey(words.slice(initials).join(' ')).slice('person:'.length)];
    if (initials === 1 && words.length === 3) keys.push(personKey(`${words[0]} ${words[2]}`).slice('person:'.length));
    return keys;
  }
  // "Abdulaziz bin Salman Al Saud", "Tamim bin Hamad Al Thani": the family's name after a chain
  // of fathers, which other sources leave out ("Abdulaziz bin Salman"); or the chain left out,
  // the given name and the family's kept ("Musaed bin Mohammed Al-Aiban" is "Musaed Al-Aiban").
  // Or the given name and the father's only, of a longer chain ("Faisal bin Farhan bin Abdullah",
  // "Mohammed bin Salman bin Abdulaziz Al Saud" are "Faisal bin Farhan", "Mohammed bin Salman").
  const bin = words.findIndex((w, k) => k > 0 && /^(?:bin|bint|ibn)$/i.test(w));
  if (bin > 0) {
    const last = words.length - 1;
    const family = /^al[-‐]\p{Lu}/iu.test(words[last]) ? last : /^al$/i.test(words[last - 1] ?? '') && /^\p{Lu}/u.test(words[last]) ? last - 1 : -1;
    const names = family > bin + 1 ? [words.slice(0, family).join(' '), [words[0], ...words.slice(family)].join(' ')] : [];
    if (bin === 1 && /^(?:bin|ibn)$/i.test(words[3] ?? '') && /^\p{Lu}/u.test(words[2]) && words.length >= 5) names.push(words.slice(0, 3).join(' '));
    if (names.length) return [...new Set(names.map((n) => personKey(n).slice('person:'.length)))];
  }
  // "Mohammed Ben Sulayem" is "Ben Sulayem", "Mohamed Ould Ghazouani" "Ould Ghazouani": a given
  // name, then "son of" and the family's name, which sources write on its own (keyed as a name
  // of two words is, so "Ben" is "Benjamin" in both).
  if (words.length === 3 && /^(?:ben|bin|ibn|ould)$/i.test(words[1]) && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && /^\p{Lu}\p{Ll}{2,}$/u.test(words[2])) {
    return [personKey(`${GIVEN_NAME_FORMS.get(foldText(words[1])) ?? words[1]} ${words[2]}`).slice('person:'.length)];
  }
  // "Ilham Heydar oglu Aliyev": a Turkic given name, the father's with "son of" (or "daughter
  // of"), and the family's name; sources keep the first and the last ("Ilham Aliyev").
  if (words.length === 4 && /^(?:o[gğ]h?l[uy]|uly|uulu|q[iı]z[iı]|k[iı]z[iı]|kyzy|gizi)$/iu.test(words[2]) && words.every((w, k) => k === 2 || /^\p{Lu}\p{Ll}/u.test(w))) {
    return [personKey(`${words[0]} ${words[3]}`).slice('person:'.length)];
  }
  // "Ahmed Nasser Al-Raisi", "Mohammed Shia al-Sudani", "Ahmed Ghaleb Nasser al-Rahawi": the given
  // name, the father's (and the grandfather's) and the family's, of which sources keep the first
  // and the last ("Ahmed Al-Raisi"), or of four the father's too ("Ahmed Ghaleb al-Rahawi").
  const last = words.length - 1;
  if ((last === 2 || last === 3) && /^(?:al|el)[-‐]\p{Lu}/iu.test(words[last]) && words.slice(1, last).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
    const keys = [personKey(`${words[0]} ${words[last]}`).slice('person:'.length)];
    if (last === 3) keys.push(personKey(`${words[0]} ${words[1]} ${words[3]}`).slice('person:'.length));
    return keys;
  }
  // "Tomás Miguel Ribeiro Paiva" is "Tomás Ribeiro Paiva": a second given name left out, the two
  // surnames kept. Only when that second name is a common given name.
  // So are "Hugo Alejandro López" and "Hugo López": the second surname left out too, as Spanish
  // names are written after the first mention.
  const secondGiven = words.length === 4 && !SURNAME_FIRST.has(words[0]) && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) &&
    GIVEN_NAMES.has(foldText(words[1])) && !words.some((w) => NAME_PARTICLES.has(foldText(w)) || MORE_PARTICLES.has(foldText(w)))
    ? [`${words[0]} ${words[2]} ${words[3]}`, `${words[0]} ${words[1]} ${words[2]}`, `${words[0]} ${words[2]}`].map((n) => personKey(n).slice('person:'.length)) : [];
  const known = knownByFrom(words) ?? bothSurnamesFrom(words);
  if (known !== undefined) return [personKey(words.slice(known).join(' ')).slice('person:'.length), ...secondGiven, ...withoutMaternalSurname(words)];
  return [...threePartKeys(name), ...secondGiven];
}

/**
 * Keys of a name with its given names by their initials, as South Asian and African outlets often write it (linked only
 * while one name in the corpus gives those initials and surname): "Bhartruhari Mahtab" and "B Mahtab", "Subrahmanyam
 * Jaishankar" and "S. Jaishankar"; "Bhushan Ramkrishna Gavai" and "B.R. Gavai", "Konakuppakatil Gopinathan Balakrishnan"
 * and "K G Balakrishnan"; the first alone of more, "Kinjarapu Ram Mohan Naidu" and "K Ram Mohan Naidu". Not a family
 * name first ("Kim Jong"), a particle ("Mohammed bin Salman") or a suffix ("Romeo Brawner Jr.").
 */
export function initialledKeys(name: string): string[] {
  const words = name.split(/\s+/);
  const given = (w: string) => /^\p{Lu}\p{Ll}{2,}$/u.test(w);
  const last = words[words.length - 1];
  if (words.length < 2 || words.length > 4 || !given(words[0]) || SURNAME_FIRST.has(words[0]) || NAME_HONORIFICS.has(foldText(words[0])) ||
    !/^\p{Lu}\p{Ll}/u.test(last) || /^(?:jr|sr)\.?$/i.test(last) || words.some((w) => NAME_PARTICLES.has(foldText(w)) || MORE_PARTICLES.has(foldText(w)))) return [];
  const keys = [personKey(`${words[0].charAt(0)} ${words.slice(1).join(' ')}`).slice('person:'.length)];
  if (words.length === 3 && given(words[1])) keys.push(personKey(`${words[0].charAt(0)}${words[1].charAt(0)} ${words[2]}`).slice('person:'.length));
  return keys;
}

/**
 * "Cristina Fernández de Kirchner" is "Cristina Kirchner": a Spanish married name, the woman's
 * own surname, then "de" and her husband's, by which many sources call her. A given name
 * first, and one only ("Juan Carlos de Borbón" is no "Juan Borbón"). Linked as the other
 * shorter forms are, while one whole name in the corpus gives it.
 */
function husbandsSurnameKey(name: string): string | undefined {
  const w = name.split(/\s+/);
  if (w.length !== 4 || w[2] !== 'de' || ![w[0], w[1], w[3]].every((x) => /^\p{Lu}\p{Ll}+$/u.test(x))) return undefined;
  if (!isCommonGivenName(w[0]) || isCommonGivenName(w[1]) || SURNAME_FIRST.has(w[0]) || NAME_HONORIFICS.has(foldText(w[0]))) return undefined;
  return personKey(`${w[0]} ${w[3]}`).slice('person:'.length);
}

/**
 * "Bernardo Arévalo de León" is "Bernardo Arévalo", "Marcelo Rebelo de Sousa" "Marcelo
 * Rebelo": a given name and a surname, then a second surname after "de" that later mentions
 * leave out. Not after two given names ("Juan Carlos de Borbón" is not "Juan Carlos").
 */
function withoutMaternalSurname(words: string[]): string[] {
  if (words.length < 4 || !/^(?:de|del|da|do|dos|das)$/.test(words[2]) || !words.slice(3, -1).every((w) => /^(?:la|las|los)$/.test(w))) return [];
  if (!words.slice(0, 2).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) || !/^\p{Lu}/u.test(words[words.length - 1])) return [];
  if (SURNAME_FIRST.has(words[0]) || GIVEN_NAMES.has(foldText(words[1])) || NAME_HONORIFICS.has(foldText(words[0]))) return [];
  return [personKey(`${words[0]} ${words[1]}`).slice('person:'.length)];
}

/** The shorter keys of a name of three parts, hyphens counted as spaces (see shorterNameKeys). */
function threePartKeys(name: string): string[] {
  // "Maria Alekseyevna Lvova-Belova": three words, the last a double surname ("Maria Lvova-Belova").
  const spaced = name.split(/\s+/);
  const ws = spaced.length === 3 ? spaced : name.split(/[\s‐-]+/);
  if (ws.length !== 3 || SURNAME_FIRST.has(ws[0])) return [];
  if (!ws.every((w) => /^\p{Lu}/u.test(w)) || /^(?:jr|sr|ii|iii|iv)\.?$/i.test(ws[2]) || /^\p{Lu}\.?$/u.test(ws[0])) return [];
  const [first, middle, last] = ws.map((w) => foldText(w));
  if (NAME_PARTICLES.has(middle) || MORE_PARTICLES.has(middle) || NAME_HONORIFICS.has(first)) return [];
  const given = GIVEN_NAME_FORMS.get(first) ?? first;
  const keys = [personKey(`${given} ${last}`).slice('person:'.length)];
  if (!/^\p{Lu}\.?$/u.test(ws[1]) && !GIVEN_NAMES.has(middle) && !ARABIC_GIVEN_NAMES.has(first)) keys.push(personKey(`${given} ${middle}`).slice('person:'.length));
  // "Charles Q. Brown" is "CQ Brown": the two initials run together.
  if (/^\p{Lu}\.?$/u.test(ws[1])) keys.push(personKey(`${first.charAt(0)}${middle.charAt(0)} ${last}`).slice('person:'.length));
  // "Recep Tayyip Erdoğan" is "Tayyip Erdoğan", "Qazi Faez Isa" "Faez Isa": the name its bearer goes
  // by after the first. Not a middle name that is a given name of its own ("John Paul Smith" is
  // not "Paul Smith"), nor the parts of a hyphenated first name ("Jean-Luc Mélenchon"), nor a
  // father's name ("Maryam Nawaz Sharif" is not Nawaz Sharif).
  if (name.split(/\s+/).length === 3 && /^\p{Lu}\p{Ll}{2,}$/u.test(ws[1]) && !GIVEN_NAMES.has(middle) && !FATHERS_NAME_AFTER.has(first)) keys.push(personKey(`${middle} ${last}`).slice('person:'.length));
  return keys;
}

/**
 * Where the part of a name its bearer is known by starts, when that part runs on through the
 * particles to the family name: "Luiz Inácio Lula da Silva" is "Lula da Silva", and "Lula" on
 * its own. Only from the second word on, never at a given name ("Juan Carlos de Borbón"), and
 * not in Arabic names, whose particles chain fathers ("Mohammed bin Salman al Saud").
 */
export function knownByFrom(words: string[]): number | undefined {
  if (words.length < 4 || SURNAME_FIRST.has(words[0]) || ARABIC_GIVEN_NAMES.has(foldText(words[0]))) return undefined;
  const p = words.findIndex((w) => NAME_PARTICLES.has(w));
  if (p < 2 || p >= words.length - 1 || !/^\p{Lu}/u.test(words[words.length - 1])) return undefined;
  if (!words.slice(0, p).every((w) => /^\p{Lu}\p{Ll}/u.test(w)) || GIVEN_NAMES.has(foldText(words[p - 1]))) return undefined;
  return p - 1;
}

/**
 * Two given names and two surnames, as Spanish names often are: "Andrés Manuel López
 * Obrador" is "López Obrador" in other sources. Not when the third word is a given name too
 * ("John Paul Anthony Smith"), nor with particles, a suffix or an Arabic given name.
 */
function bothSurnamesFrom(words: string[]): number | undefined {
  if (words.length !== 4 || SURNAME_FIRST.has(words[0]) || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return undefined;
  const folded = words.map((w) => foldText(w));
  if (folded.some((w) => NAME_PARTICLES.has(w) || MORE_PARTICLES.has(w)) || /^(?:jr|sr)\.?$/.test(folded[3])) return undefined;
  if (ARABIC_GIVEN_NAMES.has(folded[0]) || NAME_HONORIFICS.has(folded[0]) || GIVEN_NAMES.has(folded[2])) return undefined;
  return 2;
}

/** Particles inside personal names ("van", "da", Dutch "ten"), which are also common words elsewhere. */
export function isNameParticle(w: string): boolean {
  return NAME_PARTICLES.has(w) || w === 'ten' || w === 'ter';
}

/** Particles a middle word may be besides those of NAME_PARTICLES ("Ahmed Al Sharaa", "Mohammed Bin Salman" are caught there). */
const MORE_PARTICLES = new Set(['bint', 'ibn', 'el', 'abu', 'abd', 'della', 'di', 'ter', 'ben', 'ould', 'ag']);

/** Organisation and term keys: case, punctuation, articles and spelling variants folded. */
export function phraseKey(kind: string, text: string): string {
  return phraseKeyOf(kind + '\u0000' + text);
}

const phraseKeyOf = memoize((kindAndText: string) => {
  const cut = kindAndText.indexOf('\u0000');
  return phraseKeyUncached(kindAndText.slice(0, cut), kindAndText.slice(cut + 1));
});

function phraseKeyUncached(kind: string, text: string): string {
  const ws = foldWords(text).filter((w, i) => !(i === 0 && w === 'the'));
  // "the United Nations Security Council" is the "UN Security Council".
  const code = ws.length > 2 ? SPELLED_CODES[ws[0] + ' ' + ws[1]] : undefined;
  if (code) ws.splice(0, 2, code);
  // "Toyota Motor Corp." and "Toyota Motor Corporation" are one company.
  const legal = kind === 'org' && ws.length > 1 ? LEGAL_FORMS[ws[ws.length - 1]] : undefined;
  if (legal) ws[ws.length - 1] = legal;
  const key = ws.join(' ').replace(/-/g, ' ').replace(/[^\p{L}\p{N} ]/gu, '');
  return kind + ':' + (kind === 'place' ? PLACE_NAME_FORMS[key] ?? key : key);
}

/** A country's older or newer name, or its spelling by its own government: "Türkiye" is "Turkey", "Viet Nam" "Vietnam". */
const PLACE_NAME_FORMS: Record<string, string> = {
  turkiye: 'turkey', czechia: 'czech republic', 'viet nam': 'vietnam', 'timor leste': 'east timor', 'cabo verde': 'cape verde',
  burma: 'myanmar', swaziland: 'eswatini',
};

/** A company's legal form spelled out, and as it is abbreviated. */
const LEGAL_FORMS: Record<string, string> = { corporation: 'corp', 'corp.': 'corp', company: 'co', 'co.': 'co', incorporated: 'inc', 'inc.': 'inc', limited: 'ltd', 'ltd.': 'ltd' };

/** Names a body's own name often starts with, spelled out or as their code. */
const SPELLED_CODES: Record<string, string> = { 'united nations': 'un', 'united states': 'us', 'united kingdom': 'uk', 'european union': 'eu' };

/** "U.S.", "US", "u.s" and "American" all qualify by nationality. */
export function isNationality(word: string): boolean {
  return nationalityFlag(word) === '1';
}

/**
 * Two-letter codes of unions of countries: only codes in capitals ("UN" is the United Nations,
 * "Un" a name), and a side of a meeting's name ("EU-CELAC", "CELAC-EU").
 */
export const UNION_CODES: ReadonlySet<string> = new Set(['us', 'uk', 'eu', 'un']);

const nationalityFlag = memoize((word: string) => {
  const w = foldText(word).replace(/\.$/, '');
  if (UNION_CODES.has(w) && word !== word.toUpperCase()) return '';
  if (NATIONALITIES.has(w) || NATIONALITIES.has(w.replace(/\./g, '')) || NATIONALITIES.has(w + '.')) return '1';
  // "British-Israeli", "Korean-American": every part a people's name. Not "US-China" or
  // "Seoul-Washington", which say between whom ("US-China Trade Council" is a body's name).
  const parts = w.split('-');
  return parts.length > 1 && parts.every((p) => NATIONALITIES.has(p) && !NOT_DEMONYMS.has(p)) ? '1' : '';
});

/** Words in NATIONALITIES that name a country, a capital or a code rather than a people. */
const NOT_DEMONYMS = new Set(['us', 'u.s.', 'usa', 'u.s.a.', 'uk', 'u.k.', 'eu', 'un', 'rok', 'dprk', 'prc', 'korea', "korea's", 'china', 'japan', 'myanmar',
  'zealand', 'south', 'north', 'beijing', 'washington', 'moscow', 'tokyo', 'seoul', 'pyongyang']);

/**
 * A body's key without the nationality it starts with ("org:israeli defense ministry" →
 * "org:defense ministry"); undefined when it starts with none.
 */
export function orgKeyWithoutNationality(key: string): string | undefined {
  const words = key.slice('org:'.length).split(' ');
  let k0 = 0;
  while (k0 < words.length - 1 && isNationality(words[k0].toUpperCase())) k0++;
  return k0 > 0 ? 'org:' + words.slice(k0).join(' ') : undefined;
}

/** Drops nationality and country qualifiers: "U.S. Defense Secretary" → "defense secretary". */
export function withoutNationality(ws: string[]): string[] {
  return ws.filter((w) => !isNationality(w) && !isNationality(w.toUpperCase()));
}

/** The ISO day of a Date in local terms, as chrono builds dates in local time. */
export function isoDay(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** A fast, stable content hash (FNV-1a, 32-bit, hex) for cache and change detection. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0') + ':' + text.length.toString(16);
}

/** Do these words, as written, name a place ("Punjab", "Khyber Pakhtunkhwa")? */
export function isPlacePhrase(words: string[]): boolean {
  if (words.length === 1 && PLACES.has(words[0])) return true;
  // Most phrases asked about start with no place's first word: the whole is folded only when one does.
  const first = words.length ? foldText(words[0]) : '';
  const space = first.indexOf(' ');
  return MULTIWORD_PLACE_STARTS.has(space < 0 ? first : first.slice(0, space)) && MULTIWORD_PLACES.has(foldText(words.join(' ')));
}

const MULTIWORD_PLACE_STARTS = new Set([...MULTIWORD_PLACES].map((place) => place.split(' ')[0]));

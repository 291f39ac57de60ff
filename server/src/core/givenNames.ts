// Given names that say a capitalised pair is a person's name ("Rachel Reeves", "Fabio
// Panetta") when nothing else in the sentence does. From the human-names lists (English,
// French, German, Spanish, Italian, Dutch) and our own, less those that are also words,
// places or parts of names of bodies: "Will", "Grace", "Jordan", "Victoria", "Marine".

import femaleEn from 'human-names/data/female-human-names-en.json';
import maleEn from 'human-names/data/male-human-names-en.json';
import femaleFr from 'human-names/data/female-human-names-fr.json';
import maleFr from 'human-names/data/male-human-names-fr.json';
import femaleDe from 'human-names/data/female-human-names-de.json';
import maleDe from 'human-names/data/male-human-names-de.json';
import femaleEs from 'human-names/data/female-human-names-es.json';
import maleEs from 'human-names/data/male-human-names-es.json';
import femaleIt from 'human-names/data/female-human-names-it.json';
import maleIt from 'human-names/data/male-human-names-it.json';
import femaleNl from 'human-names/data/female-human-names-nl.json';
import maleNl from 'human-names/data/male-human-names-nl.json';
import { foldText } from './normalize';
import { GIVEN_NAMES, HONORIFICS, MEETING_HEADS, MONTHS_AND_DAYS, NATIONALITIES, OFFICE_HEADS, ORG_HEADS, PLACES, RANK_HEADS, STOPWORDS } from './lexicon';

/** Names that are as often words, places or names of things: never evidence on their own. */
const AMBIGUOUS = new Set(`
  ad ada age al ally america apple art asia ate autumn bear bill blaze blessing blue boy cash chance chase chip clarity cliff
  come constant crystal dash dawn deacon dean destiny diamond don drew earnest ed eve faith floor forest foster fox frank grace
  grant grey guy han harm harmony has haven honesty honor honour hope hub ids india israel jet job jordan journey joy junior just
  justice kick lake lander les line link loan marine mark may miles nail ocean olive page peace peer phoenix precious prince
  promise rein rich river rocky rose rover said september snow spike spring star sterling stone storm sugar summer tiger till
  tiny van will winter june july august april march amber ruby pearl jade iris ivy lily daisy heather violet sky rock hunter
  earl king duke baron major price young long white black brown green gray north west early christian georgia virginia carolina
  florence paris sydney austin dallas houston lincoln washington kent chelsea victoria adelaide savannah madison brooklyn
  santiago aqua bay cat echo jazz luna nova sage dot fawn fern alaska albany aspen avalon bliss bloom breeze candy carmel cherry
  clover coral dakota dusty ebony ember garnet ginger heaven honey indigo jewel bailey hazel holly angel lucky liberty unity
  trinity genesis harvest meadow willow sunny sunshine misty rain raven robin scarlet sierra skye stormy cloud comet dove fleur
  flower gem gold golden melody mercy patience penny pepper poppy saffron serenity sparkle velvet wren arrow brook brooke cole
  colt cruz dale ford glen hall heath hill lane marsh moss reed ridge rowan shade shaw vale wood queen lady lord general
  china sterling royal regal reign happy fortune story legend hero rebel sunday monday friday constance charity verity
  demi design isla milano roma marshall
`.split(/\s+/).filter(Boolean));

function build(): ReadonlySet<string> {
  const lists = [femaleEn, maleEn, femaleFr, maleFr, femaleDe, maleDe, femaleEs, maleEs, femaleIt, maleIt, femaleNl, maleNl] as string[][];
  const out = new Set<string>(GIVEN_NAMES);
  for (const list of lists) for (const n of list) if (/^\p{L}[\p{L}'-]+$/u.test(n)) out.add(foldText(n));
  const other = [PLACES, NATIONALITIES, OFFICE_HEADS, RANK_HEADS, ORG_HEADS, MEETING_HEADS, HONORIFICS, MONTHS_AND_DAYS];
  for (const n of [...out]) {
    const written = n.charAt(0).toUpperCase() + n.slice(1);
    if (n.length < 3 || AMBIGUOUS.has(n) || STOPWORDS.has(written) || other.some((s) => s.has(n) || s.has(written))) out.delete(n);
  }
  return out;
}

let known: ReadonlySet<string> | undefined;

/** Is `word` (as written) a given name that marks the words after it as a person's name? */
export function isCommonGivenName(word: string): boolean {
  return (known ??= build()).has(foldText(word));
}

// One numbered meeting written with more or fewer of its body's words: "the 49th CARICOM Heads
// of Government Meeting", "the 49th Conference of Heads of Government of the Caribbean
// Community"; "the 54th PIF Leaders Meeting", "the 54th Pacific Islands Forum". Series keys
// can't make these one (each source leaves out other words), so the corpus joins them: keys
// with one number whose words, acronyms spelled out as the corpus defines them, lie within
// another's are one meeting, while the corpus holds only one meeting they can be.

import { HYPHEN_PREFIX } from './lexicon';
import { CONTINENT_OF, INITIAL_FILLERS, OUT_OF_SERIES_KINDS } from './recognize/meetingSeries';

/** What kind of occasion, not whose: left out when comparing ("summit" and "meeting" of one body). */
const OCCASION_WORDS = new Set(['meeting', 'summit', 'conference', 'session', 'plenum', 'plenary', 'sitting', 'week']);
/** Words that say who meets without saying which body: "the 54th Leaders Meeting" names no one. */
const MEMBERS_ONLY = new Set(['leader', 'minister', 'head', 'state', 'government', 'international', 'ministerial', 'high-level', 'joint', 'foreign', 'senior', 'official']);

interface Joins {
  /** Key → the key that names its meeting, for keys joined to another. */
  entity: Map<string, string>;
  /** That key → every key of the meeting, itself first. */
  members: Map<string, string[]>;
}

/**
 * A key's series and number, for a key that is one numbered meeting ("meeting:caricom summit#49"),
 * or one session of a body numbered by its term ("…central committee#20 session#4": the number
 * is "20 session#4"). Meetings of a year stay as they are.
 */
function numbered(key: string): { series: string; number: string } | undefined {
  if (!key.startsWith('meeting:')) return undefined;
  const at = key.indexOf('#');
  if (at < 0) return undefined;
  const number = key.slice(at + 1);
  const series = key.slice('meeting:'.length, at);
  if (!/^\d+(?: session#\d+)?$/.test(number) || /[~@]/.test(series)) return undefined;
  return { series, number };
}

/** Plural and singular compare as one ("Islands"/"Island", "Heads"/"Head"). */
function stem(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

export class NumberedMeetings {
  /** Number → the numbered meeting keys the corpus holds with it. */
  private readonly byNumber = new Map<string, Set<string>>();
  /** A word of a series → numbers with a key that has it: what an acronym's new meaning touches. */
  private readonly byWord = new Map<string, Set<string>>();
  /** Number → its joins, worked out when first asked after a change. */
  private readonly solved = new Map<string, Joins>();

  /** `spell` gives the key an acronym stands for in the corpus ("CARICOM" → "org:caribbean community"). */
  constructor(private readonly spell: (acronym: string) => string | undefined) {}

  /** A key came or went. Returns the keys whose meeting may have changed. */
  changed(key: string, added: boolean): string[] {
    const n = numbered(key);
    if (!n) return [];
    const keys = this.byNumber.get(n.number) ?? new Set<string>();
    const touched = [key, ...keys];
    if (added) {
      keys.add(key);
      for (const w of n.series.split(' ')) this.byWord.set(w, (this.byWord.get(w) ?? new Set()).add(n.number));
    } else keys.delete(key);
    if (keys.size) this.byNumber.set(n.number, keys);
    else this.byNumber.delete(n.number);
    this.solved.delete(n.number);
    return touched;
  }

  /** An acronym's meaning changed. Returns the keys whose meeting may have changed. */
  respelled(acronym: string): string[] {
    const numbers = this.byWord.get(acronym.toLowerCase());
    if (!numbers) return [];
    const touched: string[] = [];
    for (const number of numbers) {
      this.solved.delete(number);
      touched.push(...(this.byNumber.get(number) ?? []));
    }
    return touched;
  }

  /** The key naming this key's meeting, when it is joined to another. */
  entityOf(key: string): string | undefined {
    const n = numbered(key);
    return n && this.joinsOf(n.number)?.entity.get(key);
  }

  /** Every key of the meeting an entity key names, when it joins several. */
  keysOf(entity: string): string[] | undefined {
    const n = numbered(entity);
    return n && this.joinsOf(n.number)?.members.get(entity);
  }

  private joinsOf(number: string): Joins | undefined {
    const keys = this.byNumber.get(number);
    if (!keys || keys.size < 2) return undefined;
    let joins = this.solved.get(number);
    if (!joins) this.solved.set(number, (joins = this.join([...keys].sort())));
    return joins;
  }

  /**
   * A key joins the keys whose words contain all of its own, when those are one meeting written
   * more or less fully: each contains the other's words or the same. The "5th Delta Council
   * Summit", within both the "5th Delta Council Economic Summit" and the "5th Delta Council
   * Security Summit", is neither: it stays apart.
   */
  private join(keys: string[]): Joins {
    const words = keys.map((k) => this.wordsOf(numbered(k)!.series));
    // (An extraordinary meeting is numbered apart: the "2nd ECOWAS summit" is not within the "2nd ECOWAS extraordinary summit".)
    const kinds = keys.map((k) => numbered(k)!.series.split(' ').filter((w) => OUT_OF_SERIES_KINDS.has(w)).sort().join(' '));
    const within = (i: number, j: number) => kinds[i] === kinds[j] && words[i].size <= words[j].size && [...words[i]].every((w) => words[j].has(w));
    const entity = new Map<string, string>();
    const members = new Map<string, string[]>();
    keys.forEach((key, i) => {
      if (![...words[i]].some((w) => !MEMBERS_ONLY.has(w))) return;
      const up = keys.map((_, j) => j).filter((j) => j !== i && within(i, j));
      if (!up.length || !up.every((a) => up.every((b) => within(a, b) || within(b, a)))) return;
      // The fullest form names the meeting; among forms with the same words, the first key.
      const fullest = Math.max(...up.map((j) => words[j].size));
      const name = [i, ...up].filter((j) => words[j].size === fullest).map((j) => keys[j]).sort()[0];
      if (name === key) return;
      entity.set(key, name);
      members.set(name, [...(members.get(name) ?? [name]), key]);
    });
    return { entity, members };
  }

  /** A series' words that say whose meeting it is, acronyms spelled out. */
  private wordsOf(series: string): Set<string> {
    const out = new Set<string>();
    for (const w of series.split(' ')) {
      const spelled = /^[a-z][a-z\d]{1,7}$/.test(w) ? this.spell(w.toUpperCase()) : undefined;
      // A prefix's hyphen parts words as a body's key parts them: "non-aligned movement", "non
      // aligned movement". (Not two names': the "28th ASEAN-Japan Summit" is no "28th ASEAN Summit".)
      const parts = spelled && !/[#~@]/.test(spelled) ? spelled.slice(spelled.indexOf(':') + 1).split(' ') : HYPHEN_PREFIX.test(w) ? w.split('-') : [w];
      // As series keys write them: "Southern African Development Community" in "southern africa …".
      for (const p of parts) if (!OCCASION_WORDS.has(p) && !INITIAL_FILLERS.has(p)) out.add(stem(CONTINENT_OF[p] ?? p));
    }
    return out;
  }
}

// Two sources disagree when they state different values for the same fact: a rank, an
// office of the same kind for a different portfolio, or the calendar day of a numbered
// meeting (or one named by its year, or by the place it is held in). Past and acting titles, titles written with a surname
// only, and sources published far apart (people get promoted) are not compared.

import { PERSON_EVENTS, type ArticleAnalysis, type PersonEvent, type Span } from './model';
import { eventDateNorm, StoredArticle } from './storedArticle';
import { deputyOfOther, isOfficeHead, MINISTER_OF_STATE_WRITTEN, officeCoversBoth, officesDisagree, oneChiefOfficer, postsOneMayHoldBoth, sameKindOfOffice, type SharedPosts, twoChiefOfficers } from './titles';
import { RANK_STARS } from './lexicon';
import { foldText, isNationality, isPlacePhrase } from './normalize';

export type ConflictFact = 'rank' | 'office' | 'date';

export interface ConflictSide {
  uri: string;
  label: string;
  published?: string;
  /** Index of the mention in its article: the person or the meeting. */
  mention: number;
  /** What a diagnostic underlines: the title and name, or the date. */
  span: Span;
  /** As the source writes it ("Lt. Gen.", "Nov. 4"). */
  value: string;
  /** What is compared ("lieutenant general", "2025-11-04"). */
  norm: string;
  /** The source says the person is leaving the post it names (TitleFact.ending). */
  ending?: boolean;
  /** The source says the person was promoted to this rank (TitleFact.promotion). */
  promotion?: boolean;
  /** The source says the person takes up a post (TitleFact.takingPost). */
  takingPost?: boolean;
  /** The source says the post is new to the person (TitleFact.newPost). */
  newPost?: boolean;
  /** The source gives the meeting's date as a plan (EventDateFact.planned). */
  planned?: boolean;
  /** The plan replaces another (EventDateFact.rescheduled). */
  rescheduled?: boolean;
  /** An election in a source that speaks of its rounds (EventDateFact.rounds). */
  rounds?: boolean;
  /** An election in a source that speaks of its phases (EventDateFact.phases). */
  phases?: boolean;
  /** The post a person was sworn in to or took, where the source names it (EventDateFact.post). */
  post?: string;
  /** Read from a ceremony of taking office (EventDateFact.ceremony). */
  ceremony?: boolean;
  /** The day the source's sentence gives the title for (TitleFact.asOf). */
  asOf?: string;
}

export interface Conflict {
  id: string;
  key: string;
  fact: ConflictFact;
  /** For a date of what happened to a person rather than a meeting's: what happened. */
  event?: PersonEvent;
  /** For a meeting named without its number: the key of the place it is held in (EventDateFact.where). */
  where?: string;
  sides: ConflictSide[];
  /** Per side: a few sides it disagrees with (for messages), and how many in all. */
  against: number[][];
  againstCount: number[];
}

export interface ConflictOptions {
  /** Title conflicts only between sources published at most this many days apart; 0 = no limit. */
  titleWindowDays: number;
}

/** Did `a`'s source say its person was leaving, before `b`'s was written? */
function leftBefore(a: ConflictSide, b: ConflictSide): boolean {
  return !!a.ending && !!a.published && !!b.published && b.published > a.published;
}

/**
 * Ranks are compared only between sources written within these days of each other: an officer
 * is often promoted on taking a post ("Lt. Gen. Brawner" named AFP chief in July, "Gen. Brawner"
 * in August), and sources on either side of that day are both right.
 */
export const RANK_WINDOW_DAYS = 7;

/**
 * Was `old`'s source written before a source that says the person was promoted to `now`'s rank?
 * "Lt.-Gen. Carignan will take over" in June, "Gen. Carignan, promoted at the ceremony" in July.
 */
function promotedSince(old: ConflictSide, now: ConflictSide, promotions: readonly ConflictSide[]): boolean {
  return !!old.published && promotions.some((p) => p.norm === now.norm && !!p.published && old.published! < p.published);
}

/**
 * Did `a`'s source report the person moving to a post, and `b`'s come no earlier? Its office
 * may be the one left ("Netanyahu appointed Foreign Minister Israel Katz to succeed Gallant")
 * and `b`'s the one taken ("Defense Minister Israel Katz", a day or weeks later).
 */
function movedOnTakingPost(a: ConflictSide, b: ConflictSide): boolean {
  return !!a.takingPost && !(a.published && b.published && b.published < a.published);
}

/**
 * Did a third source written between `a` and `b` report the person taking up `b`'s post? "Finance
 * Minister LeBlanc" on 3 March and "trade minister" in May, with "LeBlanc becomes trade minister"
 * on 14 March: the source reporting the move says both are right in their time. So does one
 * that gives `b`'s post as new to the person ("- Defense Minister: Shinjiro Koizumi" in a new
 * cabinet's list, "Koizumi … moves from the farm ministry"). A post new to the person vouches for a
 * post of its kind only: "elected senator" is no move to any ministry.
 */
function movedInBetween(sides: readonly ConflictSide[], a: ConflictSide, b: ConflictSide): boolean {
  if (!a.published || !b.published) return false;
  return sides.some((t) => t !== a && t !== b && t.uri !== a.uri && t.uri !== b.uri && (t.takingPost || (t.newPost && sameKindOfOffice(t.norm, b.norm))) && !!t.published && !differ('office', t.norm, b.norm) && a.published! <= t.published && t.published <= b.published! && !oneAppointment(a, t));
}

/**
 * Two posts each called new in sources days apart are two accounts of one appointment, not a post
 * held before and the one after: Ukrinform's "Germany's new Defence Minister Johann Wadephul" on
 * 6 May against "new Foreign Minister" the next day.
 */
const ONE_APPOINTMENT_DAYS = 3;

function oneAppointment(a: ConflictSide, b: ConflictSide): boolean {
  return !!a.newPost && !!b.newPost && !!a.published && !!b.published && daysApart(a.published, b.published) <= ONE_APPOINTMENT_DAYS;
}

/**
 * Is `a`'s office new to the person ("New Liberal leader Sussan Ley"), and `b`'s source written
 * no later? Then `b`'s may be the post held before ("Deputy leader Sussan Ley", ten days earlier).
 */
function heldBeforeNewPost(a: ConflictSide, b: ConflictSide): boolean {
  return !!a.newPost && !!a.published && !!b.published && b.published <= a.published && !oneAppointment(a, b);
}

/** The service of a senior officer's rank: a rank of another is no promotion of the same officer. */
const RANK_SERVICE: Readonly<Record<string, string>> = {
  colonel: 'army', 'brigadier general': 'army', 'major general': 'army', 'lieutenant general': 'army', general: 'army', 'field marshal': 'army',
  commodore: 'navy', 'rear admiral': 'navy', 'vice admiral': 'navy', admiral: 'navy',
  'air commodore': 'air', 'air vice marshal': 'air', 'air marshal': 'air', 'air chief marshal': 'air',
};

/**
 * One article's ranks for one person, from `first` on in `sides`: only the highest (`top`
 * stars, of any rank it gives the person, with the full name or the surname) stands. The
 * lower ones are the person's before a promotion the article tells of ("Colonel Assimi Goïta led
 * coups in August 2020 and May 2021. He was elevated to the rank of army general in October
 * 2024"), not a rank it gives the person now.
 */
function keepHighestRank(sides: ConflictSide[], first: number, top: number): void {
  const stars = (sd: ConflictSide) => RANK_STARS[sd.norm] ?? -1;
  for (let k = sides.length - 1; k >= first; k--) if (stars(sides[k]) >= 0 && stars(sides[k]) < top) sides.splice(k, 1);
}

/** A flag officer's grades below the one a bare "General" or "Admiral" names. */
const GRADES_BELOW = /^(?:lieutenant|major|brigadier|vice|rear)\s+(general|admiral)$/;

/**
 * "Gen. Hossein Salami" where more sources write "Major General": outlets style any general officer
 * "General", so the bare rank is a courtesy, not a claim. (One "Lt. Gen." against as many sources or
 * more that call the army chief "General" still is one: the lower grade, in one source alone, is the odd one out.)
 */
function courtesyRank(x: string, y: string, byValue: Map<string, number[]>, sides: ConflictSide[]): boolean {
  const [bare, graded] = GRADES_BELOW.exec(y)?.[1] === x ? [x, y] : GRADES_BELOW.exec(x)?.[1] === y ? [y, x] : [];
  if (!bare || !graded) return false;
  const sources = (v: string) => new Set(byValue.get(v)!.map((i) => sides[i].uri)).size;
  // (Two sources or more agreeing on the grade are the grade told twice, however many write "General": Niger's
  // Brigadier General Tiani, "General Tiani" in most outlets.)
  return sources(graded) > sources(bare) || sources(graded) >= 2;
}

/**
 * Promoted on taking a post, as far as the two sources tell: the ranks are one grade apart, and
 * both sources report the person taking up the post, or one does and the higher rank is not
 * written before the lower (then any grades apart). "Air Marshal AP Singh succeeded … as the new Air Force chief" and
 * "Air Chief Marshal AP Singh took over" are both right, whichever day each was written; "Gen.
 * Carignan spoke" a week before "Lt.-Gen. Carignan will be named" is not.
 */
function promotedOnTakingPost(a: ConflictSide, b: ConflictSide): boolean {
  if (!a.takingPost && !b.takingPost) return false;
  const sa = RANK_STARS[a.norm];
  const sb = RANK_STARS[b.norm];
  if (sa === undefined || sb === undefined || sa === sb) return false;
  if (a.takingPost && b.takingPost) return Math.abs(sa - sb) === 1;
  const [lower, higher] = sa < sb ? [a, b] : [b, a];
  // Whatever the grades between: Lebanon's army commander goes from brigadier general to general on
  // appointment ("Brigadier General Rodolphe Haykal" on 13 March, "Gen Rodolphe Haykal … took
  // command" the next day), the Philippine police chief from major general to general.
  return !(higher.published && lower.published && higher.published < lower.published);
}

/** A date written more than this many days before it is a plan, which may change. */
const PLAN_AHEAD_DAYS = 7;

/**
 * Is `plan` a date given as a plan ("decided to hold the 36th OPEC and non-OPEC Ministerial
 * Meeting on Nov. 26", in June), written more than a week ahead or on no known day, or any date
 * written more than a week ahead, and
 * `report` one written on or after the day it gives ("held via videoconference on Thursday",
 * 30 November), or a later plan that says it replaces one ("decided to postpone … to Thursday,
 * December 5", in late November)? Meetings are postponed; the plan is not held against what
 * happened, nor against the plan that replaced it. Other plans, or two reports, are still
 * compared, and so is a plan of the week before.
 */
function plannedBeforeReport(plan: ConflictSide, report: ConflictSide): boolean {
  if (!report.published) return false;
  const [first] = daysOf(plan.norm);
  // Whatever its words, a day written more than a week before it is a plan: "COP30 runs until
  // 21 November", two weeks ahead, is what was planned, not what happened.
  const weekAhead = !!plan.published && plan.published < first && daysApart(plan.published, first) > PLAN_AHEAD_DAYS;
  // Talks overrun: a last day still to come, however near, is the timetable's ("The official
  // timetable says Cop30 closes tomorrow, 21 November"; it closed on Saturday the 22nd).
  const closeAhead = plan.norm.startsWith('<') && !!plan.published && plan.published < first;
  if (!plan.planned && !weekAhead && !closeAhead) return false;
  // A plan can't be written after its day: a day on or after it is a scrape's stated day, no
  // publication day.
  const ahead = weekAhead || closeAhead || !plan.published || plan.published >= first;
  if (!ahead) return false;
  if (report.planned) return !!report.rescheduled && !!plan.published && report.published > plan.published;
  return report.published >= daysOf(report.norm)[1];
}

/** Days between two publication dates; unknown (Infinity) when either source has no date. */
function daysApart(a?: string, b?: string): number {
  if (!a || !b) return Infinity;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86400000;
}

/**
 * Did every source giving one post come out more than a week before every source giving the
 * other? Then the person moved between them: "Agriculture Minister Koizumi" in a dozen sources
 * until October, "Defense Minister Koizumi" from November, after a reshuffle none of them
 * reported. Sources count with their post's when they agree with it ("the popular agriculture
 * minister"). One source against one is still a question: either may be the wrong one.
 */
function oneAfterTheOther(sides: readonly ConflictSide[], a: string, b: string, fact: ConflictFact, pastBefore: (value: string, day: string) => boolean): boolean {
  // ("Minister Koizumi" agrees with both, and says nothing of when he moved.)
  const telling = sides.filter((sd) => sd.published && (differ(fact, sd.norm, a) || differ(fact, sd.norm, b)));
  const spans = [a, b].map((value) => {
    let first = '';
    let last = '';
    let sources = 0;
    for (const sd of telling) {
      if (differ(fact, sd.norm, value)) continue;
      sources++;
      if (!first || sd.published! < first) first = sd.published!;
      if (!last || sd.published! > last) last = sd.published!;
    }
    return { first, last, sources };
  });
  const [sa, sb] = spans;
  if (!sa.sources || !sb.sources || sa.sources + sb.sources < 3) return false;
  const before = (x: typeof sa, y: typeof sa) => x.last < y.first && daysApart(x.last, y.first) > RANK_WINDOW_DAYS;
  // (Not when a source before the later ones calls their post the person's past one: "Shabana Mahmood,
  // previously justice minister" on 5 September, "Justice Secretary Shabana Mahmood" on 25 October is stale.)
  return (before(sa, sb) && !pastBefore(b, sb.first)) || (before(sb, sa) && !pastBefore(a, sa.first));
}

/** How near in days a source giving the post to someone else must be. */
const OTHER_HOLDER_DAYS = 7;

/** The heads of the posts postsOneMayHoldBoth gives: a chair, a chief executive, a minister. */
const HELD_POST_END = /(?:^|\s)(?:chairman|chair|chairperson|chairwoman|executive|ceo|minister)$/;

/**
 * The current chairs', chief executives' and ministers' posts the sources give people other than `keys`',
 * with each source's day. Not one of a country or place the title names ("India's trade minister",
 * "Maharashtra Health Minister"): a story of many countries names their ministers of one portfolio.
 */
function postsOfOthers(articles: readonly ArticleAnalysis[], keys: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const a of articles) {
    const day = publishedDay(a);
    if (!day) continue;
    for (const f of a.facts) {
      if (f.type !== 'title' || keys.includes(f.key) || !f.title.office || f.title.status !== 'current' || f.title.basis === 'short') continue;
      if (HELD_POST_END.test(f.title.office) && !namesAPlace(f.title.text)) out.push([f.title.office, day]);
    }
  }
  return out;
}

/** Does a title as written name a country, a people or a place ("Indian", "Canada's", "New Zealand's")? */
function namesAPlace(title: string): boolean {
  const words = title.split(/\s+/).map((w) => w.replace(/['’]s?$/, ''));
  return words.some((w, i) => /^\p{Lu}/u.test(w) && (isNationality(foldText(w)) || isPlacePhrase([w]) || (i + 1 < words.length && isPlacePhrase([w, words[i + 1]]))));
}

/** The day a source was published, or for a scrape without one the latest day its lead states. */
function publishedDay(a: ArticleAnalysis): string | undefined {
  return (a instanceof StoredArticle ? a.published : a.meta.published?.day) ?? a.statedDay;
}

/**
 * The sides for one fact, and into `past` (by URI) the values each source gives as the person's
 * past titles ("who served as defence minister until Thursday", "the former interior minister"),
 * into `acting` those any source gives as held for now ("acting Prime Minister Phumtham").
 */
function sidesFor(keys: string[], fact: ConflictFact, articles: ArticleAnalysis[], past?: Map<string, string[]>, acting?: Set<string>, event?: PersonEvent, where?: string): ConflictSide[] {
  const sides: ConflictSide[] = [];
  const seen: string[] = [];
  for (const a of articles) {
    seen.length = 0;
    const first = sides.length;
    // (The highest rank the article gives the person, with a surname too: "is now General Goïta".
    // "Gen." or "Adm." before a surname alone says no more than a general's or an admiral's grade:
    // "Brig. Gen. Abdourahamane Tiani … Gen. Tiani received him", "Vice Adm. Stephen Osborne … Adm.
    // Osborne said" are the officers addressed as they are.)
    let topRank = -1;
    let shortRanks: string[] | undefined;
    // A stored article unpacks only these keys' facts.
    for (const f of a instanceof StoredArticle ? keys.flatMap((k) => a.factsFor(k)) : a.facts) {
      if (!keys.includes(f.key)) continue;
      let norm: string | undefined;
      let value = '';
      let span: Span;
      if (fact === 'date') {
        if (f.type !== 'eventDate' || f.event !== event || f.where !== where) continue;
        norm = eventDateNorm(f.day, f.lastDay, f.aspect);
        value = f.dateText;
        span = f.dateSpan;
      } else {
        if (f.type !== 'title') continue;
        if (fact === 'rank' && f.title.rank && f.title.status === 'current') {
          if (f.title.basis !== 'short') topRank = Math.max(topRank, RANK_STARS[f.title.rank] ?? -1);
          else (shortRanks ??= []).push(f.title.rank);
        }
        if (f.title.basis === 'short') continue;
        norm = fact === 'rank' ? f.title.rank : f.title.office;
        if (f.title.status !== 'current') {
          if (f.title.status === 'past' && norm && past) past.set(a.uri, [...(past.get(a.uri) ?? []), norm]);
          if (f.title.status === 'acting' && norm && acting) acting.add(norm);
          continue;
        }
        value = (fact === 'rank' ? f.title.rankText : f.title.officeText) ?? '';
        span = f.span;
      }
      const promotion = f.type === 'title' && f.promotion;
      if (!norm) continue;
      if (seen.includes(norm)) {
        // "Gen. Carignan … was promoted to the rank of general": the side already there says so too.
        if (promotion) sides.find((sd) => sd.uri === a.uri && sd.norm === norm)!.promotion = true;
        continue;
      }
      seen.push(norm);
      const ending = f.type === 'title' && f.ending;
      const takingPost = f.type === 'title' && f.takingPost;
      const newPost = f.type === 'title' && f.newPost;
      const planned = f.type === 'eventDate' && f.planned;
      const rescheduled = f.type === 'eventDate' && f.rescheduled;
      const rounds = f.type === 'eventDate' && f.rounds;
      const phases = f.type === 'eventDate' && f.phases;
      const post = f.type === 'eventDate' && f.post;
      const ceremony = f.type === 'eventDate' && f.ceremony;
      const asOf = f.type === 'title' && f.asOf;
      sides.push({
        uri: a.uri, label: a.label, published: publishedDay(a), mention: f.mention, span: span!, value, norm,
        ...(ending ? { ending } : {}), ...(promotion ? { promotion } : {}), ...(takingPost ? { takingPost } : {}), ...(newPost ? { newPost } : {}), ...(planned ? { planned } : {}),
        ...(rescheduled ? { rescheduled } : {}), ...(rounds ? { rounds } : {}), ...(phases ? { phases } : {}), ...(post ? { post } : {}), ...(ceremony ? { ceremony } : {}), ...(asOf ? { asOf } : {}),
      });
    }
    if (fact === 'rank' && sides.length > first) {
      // (A surname's rank counts in the service of a rank written in full: "Lt. Gen. Jin Yong-sung … Adm. Jin" is another Jin.)
      for (const r of shortRanks ?? []) if (sides.some((sd, k) => k >= first && RANK_SERVICE[sd.norm] !== undefined && RANK_SERVICE[sd.norm] === RANK_SERVICE[r])) topRank = Math.max(topRank, r === 'general' || r === 'admiral' ? 1 : RANK_STARS[r] ?? -1);
      if (topRank >= 0) keepHighestRank(sides, first, topRank);
    }
  }
  return sides;
}

function differ(fact: ConflictFact, a: string, b: string, ranges: readonly string[] = []): boolean {
  if (fact === 'office') return officesDisagree(a, b);
  if (fact === 'date') {
    // A day it opens and a day it is held disagree only when it would be held before it opens:
    // "opened on Sunday" and "was held on Monday" may both be true of a summit of three days.
    const sa = a.startsWith('>');
    const sb = b.startsWith('>');
    const ea = a.startsWith('<');
    const eb = b.startsWith('<');
    if ((sa && sb) || (ea && eb)) return a !== b;
    // It closes before it opens.
    if ((sa && eb) || (ea && sb)) return (ea ? a : b).slice(1) < (sa ? a : b).slice(1);
    // Every day of a range is one it is held: "held from Sept. 27 to 29" has it held on the 29th,
    // after "it ended yesterday", on the 28th.
    if (sa || sb) {
      const [opens, held] = sa ? [a.slice(1), b] : [b.slice(1), a];
      return daysOf(held)[0] < opens;
    }
    // Likewise a day it closes and a day it is held, only when it would be held after it closes.
    if (ea || eb) {
      const [closes, held] = ea ? [a.slice(1), b] : [b.slice(1), a];
      return daysOf(held)[1] > closes;
    }
    // Days or day ranges ("2025-11-04..2025-11-05") disagree only when they do not overlap,
    // and two days within the days a source gives for the whole meeting do not disagree:
    // "opened on Tuesday" and "was held on Wednesday" of a summit held "on October 22-24".
    return (!overlap(a, b) && !ranges.some((r) => overlap(a, r) && overlap(b, r))) || shiftedRange(a, b);
  }
  if (fact === 'rank' && (RANK_SHORTENED[a] === b || RANK_SHORTENED[b] === a)) return false;
  return a !== b;
}

/** A grade English outlets shorten to the one it is named from: a "Colonel-Major" is called "Colonel". */
const RANK_SHORTENED: Readonly<Record<string, string>> = { 'colonel major': 'colonel' };

/**
 * Two ranges as long as each other that start on different days: the same meeting's days, one
 * source off by some ("held June 16-18" against "from June 15 to 17"). A shorter range inside a
 * longer one may be a part of it, told apart.
 */
function shiftedRange(a: string, b: string): boolean {
  if (!a.includes('..') || !b.includes('..')) return false;
  const [a0, a1] = daysOf(a);
  const [b0, b1] = daysOf(b);
  return a0 !== b0 && Date.parse(a1) - Date.parse(a0) === Date.parse(b1) - Date.parse(b0);
}

/** Two dates of one kind: both days it opens, both days it ends, or both days it is held. */
function sameClaim(a: string, b: string): boolean {
  const kind = (v: string) => (v[0] === '>' || v[0] === '<' ? v[0] : '');
  return kind(a) === kind(b);
}

function overlap(a: string, b: string): boolean {
  const [a0, a1] = daysOf(a);
  const [b0, b1] = daysOf(b);
  return !(a1 < b0 || b1 < a0);
}

/** The first and last day of a date as compared ("2025-11-04", ">2025-11-04", "2025-11-04..2025-11-05"). */
function daysOf(norm: string): [string, string] {
  const [first, last = first] = norm.replace(/^[<>]/, '').split('..');
  return [first, last];
}

/**
 * A year names one meeting of a yearly series, but a series that meets twice a year has two
 * "2025 ASEAN Summits", months apart: days further apart than this are two meetings, not a
 * disagreement about one.
 */
const YEAR_EDITION_DAYS = 7;

/** Days between the nearest ends of two dates or day ranges (0 when they overlap). */
function daysBetween(a: string, b: string): number {
  const [a0, a1] = daysOf(a);
  const [b0, b1] = daysOf(b);
  if (!(a1 < b0 || b1 < a0)) return 0;
  return Math.abs(Date.parse(a1 < b0 ? b0 : a0) - Date.parse(a1 < b0 ? a1 : b1)) / 86400000;
}

const MAX_AGAINST = 8;

/** Keeps the MAX_AGAINST lowest side indices, in order, whatever order they arrive in. */
function keepFirst(list: number[], j: number): void {
  if (list.length >= MAX_AGAINST && j > list[list.length - 1]) return;
  let k = list.length;
  while (k > 0 && list[k - 1] > j) k--;
  list.splice(k, 0, j);
  if (list.length > MAX_AGAINST) list.pop();
}

/**
 * Conflicts about one entity, across the articles that state facts about it. Work is
 * O(values²) comparisons of distinct values, then only the pairs of sides whose values differ.
 * `keys` are compared as one (spellings of one name, "Betzalel" / "Bezalel Smotrich"); the
 * conflicts are named by `key`, the first of them.
 */
/** What is compared for a key: a meeting's date; a person's rank, office and the days of what happened to them. */
type FactToCompare = [ConflictFact, PersonEvent?, string?];
const PERSON_FACTS: FactToCompare[] = [['rank'], ['office'], ...PERSON_EVENTS.map((e): FactToCompare => ['date', e])];

/**
 * A meeting's date, once for each place a source holds it in when named without its number ("the
 * G20 summit in Johannesburg"): from the packed date values ("@place|day") when there are some.
 */
function meetingFacts(articles: ArticleAnalysis[], keys: string[], packedDates?: Set<string>): FactToCompare[] {
  const wheres = new Set<string | undefined>();
  if (packedDates) for (const v of packedDates) wheres.add(v.startsWith('@') ? v.slice(1, v.indexOf('|')) : undefined);
  else for (const a of articles) for (const f of a.facts) if (f.type === 'eventDate' && keys.includes(f.key)) wheres.add(f.where);
  return [...wheres].map((w): FactToCompare => ['date', undefined, w]);
}

/**
 * Two days of a meeting named by the place it is held in further apart than this are two
 * meetings there ("the EU summit in Brussels" meets every few weeks), not one told wrong.
 */
const EDITION_SLIP_DAYS = 5;

/**
 * An election falls on the same day of the week as the one before or after it, so a source off
 * by one is off by a week ("the June 29 metropolitan assembly election" for June 22). Its rounds
 * are a week apart in France, so a source that speaks of rounds has the edition's days.
 */
const ELECTION_SLIP_DAYS = 7;
/** The key of an election named with its place (see recognize/elections), a by-election's too. */
const ELECTION_KEY = / (?:by-)?election$/;

/**
 * Two days a person took office or was elected further apart than this are two occasions
 * ("sworn in for an eighth term on 6 November 2025", "first sworn in on 6 November 1982"; France's
 * Lecornu took office on 10 September and, reappointed, on 10 October), not one told wrong. A
 * slip is a day or two, or two digits swapped ("Sept. 21" for the 12th).
 */
const EVENT_SLIP_DAYS = 20;

/**
 * Two days a person was appointed further apart than this are two steps, not one told wrong: "Katz announced on
 * Sunday … that Zamir will become the new chief of staff", and "appointed by the government on February 9".
 */
const APPOINTMENT_SLIP_DAYS = 3;

/**
 * Korea's chief justice "took office on Friday and held his inauguration ceremony on Monday": does one source of the
 * person's date a ceremony apart from taking office, within a slip? Then a ceremony is compared with ceremonies only.
 */
function ceremonyDatedApart(sides: readonly ConflictSide[]): boolean {
  const ceremonies = sides.filter((c) => c.ceremony);
  if (!ceremonies.length) return false;
  const uris = new Set(ceremonies.map((c) => c.uri));
  const taken = sides.filter((t) => !t.ceremony && uris.has(t.uri));
  return ceremonies.some((c) => taken.some((t) => t.uri === c.uri && t.norm !== c.norm && daysBetween(c.norm, t.norm) <= EVENT_SLIP_DAYS));
}

/**
 * A party's or a group's leadership on one side, no post on the other: "took over as Liberal
 * leader on March 9" and "was sworn in on March 14" (as prime minister) are two occasions. A
 * leader's post is a party's, or a chamber's group's, and taking it swears no one in.
 */
function partyPostAgainstNone(a: string | undefined, b: string | undefined): boolean {
  return !a !== !b && / ?leader$/.test(a ?? b!);
}

/**
 * Two posts one took office in, one written more fully or by initials ("CEO", "chief executive"): "interim prime minister" and "prime minister
 * of an interim government of Nepal". An acting post is not the post: "sworn in as acting president".
 */
function onePost(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.includes('acting') !== wb.includes('acting')) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.every((w) => long.includes(w))) return true;
  if (acronymOf(short, long) || oneChiefOfficer(a, b)) return true;
  // One post whose body two sources name apart: "speaker of the lower house", "Speaker of the Chamber
  // of Deputies". (Not a deputy's and the post's.)
  return wa[wa.length - 1] === wb[wb.length - 1] && !['deputy', 'vice'].some((w) => wa.includes(w) !== wb.includes(w));
}

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

/**
 * Is one post the other's acronym: "25th cec" of "25th chief election commissioner", "dgp" of "police director general"
 * ("Director General of Police")? The initials in order, or with the first word last, as an office "of" a place is
 * kept. Three letters at least ("MP" and "PM" are two posts), and no word of a post itself ("mayor", "chair").
 */
function acronymOf(short: string[], long: string[]): boolean {
  const acronyms = short.filter((w) => !ORDINAL.test(w));
  if (acronyms.length !== 1 || !/^[a-z]{3,5}$/.test(acronyms[0]) || isOfficeHead(acronyms, 0)) return false;
  const words = long.filter((w) => !ORDINAL.test(w));
  const initials = words.map((w) => w[0]).join('');
  return initials === acronyms[0] || initials.slice(1) + initials[0] === acronyms[0];
}

export function findConflicts(key: string, articles: ArticleAnalysis[], options: ConflictOptions, keys: string[] = [key]): Conflict[] {
  const out: Conflict[] = [];
  const packed = articles.every((a) => a instanceof StoredArticle);
  // (A person's days of each event, or a meeting's in each place, are one set of values, read once.)
  const packedValues = new Map<ConflictFact, Set<string>>();
  const packedValuesOf = (fact: ConflictFact): Set<string> => {
    let values = packedValues.get(fact);
    if (!values) {
      values = new Set<string>();
      for (const a of articles) for (const k of keys) (a as StoredArticle).addFactValues(k, fact, values);
      packedValues.set(fact, values);
    }
    return values;
  };
  const facts = key.startsWith('meeting:') ? meetingFacts(articles, keys, packed ? packedValuesOf('date') : undefined) : key.startsWith('person') ? PERSON_FACTS : [];
  for (const [fact, event, where] of facts) {
    if (packed) {
      // Sources mostly agree: one value everywhere is no conflict, and costs no sides.
      const values = packedValuesOf(fact);
      if (fact === 'date' && (event || where)) {
        let n = 0;
        for (const v of values) if (v.startsWith(event ? `${event}|` : `@${where}|`)) n++;
        if (n < 2) continue;
      } else if (fact === 'date') {
        let n = 0;
        for (const v of values) if (!v.startsWith('@')) n++;
        if (n < 2) continue;
      } else if (values.size < 2) continue;
    }
    const past = new Map<string, string[]>();
    const acting = new Set<string>();
    const sides = sidesFor(keys, fact, articles, past, acting, event, where);
    if (sides.length < 2) continue;
    // What each source states, so "a source that also states the other value" is one lookup.
    const valuesOf = new Map<string, string[]>();
    for (const sd of sides) valuesOf.set(sd.uri, [...(valuesOf.get(sd.uri) ?? []), sd.norm]);
    // "Interior Minister Phumtham …, who served as defence minister until Thursday" (3 July) saw him
    // move: "Defence Minister Phumtham" written before it (18 June) and "Interior Minister" written
    // after it (28 August) both agree with it, and so with each other.
    const pastPublished = new Map(past.size ? articles.filter((a) => past.has(a.uri)).map((a) => [a.uri, publishedDay(a)]) : []);
    // (So does a third source written after the earlier one, and no later than the later, that gives the earlier
    // post as past without naming the new one: "Alicia Barcena, the outgoing foreign minister" on 30 September,
    // between "Foreign Secretary Alicia Bárcena" on the 25th and "Secretary of Environment … Alicia Barcena" on 2 October.)
    const heldBefore = (then: ConflictSide, now: ConflictSide) => past.size > 0 && !!then.published && !!now.published && then.published <= now.published &&
      [...past].some(([uri, values]) => {
        const day = pastPublished.get(uri);
        // (Of the same kind: "a former Djiboutian foreign minister" says nothing of a chairmanship.)
        return !!day && then.published! <= day && day <= now.published! && values.some((v) => (fact !== 'office' || sameKindOfOffice(v, then.norm)) && !differ(fact, v, then.norm)) &&
          ((valuesOf.get(uri) ?? []).some((v) => !differ(fact, v, now.norm)) || (then.published! < day && uri !== then.uri && uri !== now.uri));
      });
    const ranges = fact === 'date' ? [...new Set(sides.map((sd) => sd.norm).filter((v) => v.includes('..')))] : [];
    // Did a source written no later than `day` give `value` as the person's past post?
    const pastBefore = (value: string, day: string) => [...past].some(([uri, values]) => {
      const written = pastPublished.get(uri);
      // (Of the same kind: "a former Nato assistant secretary general" says nothing of his foreign ministry.)
      return !!written && written <= day && values.some((v) => (fact !== 'office' || sameKindOfOffice(v, value)) && !differ(fact, v, value));
    });
    // Dates agree only on the same claim: "ended on Thursday" is not taken back by "held on Oct. 22-24".
    // (An office of another kind says nothing either way: "…, who is also the government spokesperson" is
    // no agreement with "Home Minister".)
    // (Offices of the kind in question only: both calling Warren Entsch "Liberal MP" is no agreement on the committee's chair.)
    const agreeSomewhere = (ua: string, ub: string, kind: string) => valuesOf.get(ua)!.some((v) => valuesOf.get(ub)!.some((w) => (fact !== 'date' || sameClaim(v, w)) &&
      (fact !== 'office' || (sameKindOfOffice(v, w) && sameKindOfOffice(v, kind) && !postsOneMayHoldBoth(v, w))) && !differ(fact, v, w, ranges)));
    const against: number[][] = sides.map(() => []);
    const againstCount = sides.map(() => 0);
    const memo = new Map<string, boolean>();
    // Sources mostly agree: compare the few distinct values, then only sides across values that differ.
    const byValue = new Map<string, number[]>();
    sides.forEach((sd, i) => {
      const g = byValue.get(sd.norm);
      if (g) g.push(i);
      else byValue.set(sd.norm, [i]);
    });
    const values = [...byValue.keys()];
    const ceremonyApart = event === 'took office' && ceremonyDatedApart(sides);
    const yearEdition = fact === 'date' && key.includes('~');
    const promotions = fact === 'rank' ? sides.filter((sd) => sd.promotion) : [];
    const window = fact === 'rank' ? Math.min(options.titleWindowDays, RANK_WINDOW_DAYS) : options.titleWindowDays;
    // The days on which these sources give a post to someone else, worked out once per post.
    let othersPosts: [string, string][] | undefined;
    const othersDays = new Map<string, string[]>();
    const heldByAnother = (side: ConflictSide, shared: SharedPosts) => {
      if (!side.published || !shared.disproved.includes(side.norm)) return false;
      let days = othersDays.get(side.norm);
      if (!days) {
        othersPosts ??= postsOfOthers(articles, keys);
        othersDays.set(side.norm, (days = othersPosts.filter(([v]) => shared.samePost(v, side.norm)).map(([, d]) => d)));
      }
      return days.some((d) => daysApart(d, side.published!) <= OTHER_HOLDER_DAYS);
    };
    // Do two sides of posts one person may hold both disagree? Where someone else holds the one a side gives.
    const disproved = (shared: SharedPosts, a: ConflictSide, b: ConflictSide) =>
      [a, b].every((sd) => sd.norm !== shared.junior || MINISTER_OF_STATE_WRITTEN.test(sd.value)) && (heldByAnother(a, shared) || heldByAnother(b, shared));
    for (let x = 0; x < values.length; x++) {
      for (let y = x + 1; y < values.length; y++) {
        // A company's chair and its chief executive, a minister of state and the minister, may be one person's
        // posts: they disagree only where a source of about then gives one to someone else ("UBS Chief Executive
        // Sergio Ermotti").
        const shared = fact === 'office' ? postsOneMayHoldBoth(values[x], values[y]) : undefined;
        if (!shared && !differ(fact, values[x], values[y], ranges)) continue;
        if (yearEdition && daysBetween(values[x], values[y]) > YEAR_EDITION_DAYS) continue;
        if (fact === 'office' && window > 0 && oneAfterTheOther(sides, values[x], values[y], fact, pastBefore)) continue;
        if (fact === 'rank' && courtesyRank(values[x], values[y], byValue, sides)) continue;
        // "Energy Minister" and "Transport Minister", where another source names the one ministry of both.
        if (fact === 'office' && values.some((v) => officeCoversBoth(v, values[x], values[y]))) continue;
        // "Thai Prime Minister Phumtham" and "Deputy Prime Minister Phumtham", where sources call him
        // the acting prime minister: the deputy acts for the post, and is called by it.
        if (fact === 'office' && acting.size && deputyOfOther(values[x], values[y]) && (acting.has(values[x]) || acting.has(values[y]))) continue;
        for (const i of byValue.get(values[x])!) {
          for (const j of byValue.get(values[y])!) {
            const a = sides[i];
            const b = sides[j];
            if (a.uri === b.uri) continue;
            // Titles change over time: with a window set, sources without a date are not compared.
            if (fact !== 'date' && window > 0 && daysApart(a.published, b.published) > window) continue;
            if (shared && !disproved(shared, a, b)) continue;
            // "In the Oct. 5 leadership vote, Agriculture Minister Koizumi …" against the new cabinet's
            // "Minister of Defense" of 21 October: a title given for a day weeks before the other's.
            if (fact === 'office' && window > 0 && (a.asOf || b.asOf) && daysApart(a.asOf ?? a.published, b.asOf ?? b.published) > RANK_WINDOW_DAYS) continue;
            // A deputy's post and the post itself, as ranks: "Deputy Defence Minister" in July, "Defence Minister" in November.
            // (So are two of a company's chief officers: its COO is often made CEO.)
            if (fact === 'office' && window > 0 && daysApart(a.published, b.published) > RANK_WINDOW_DAYS && (deputyOfOther(values[x], values[y]) || twoChiefOfficers(values[x], values[y]))) continue;
            // "Finance Minister Freeland resigned" in December, "transport minister" in March: she moved on.
            if (fact !== 'date' && (leftBefore(a, b) || leftBefore(b, a) || heldBefore(a, b) || heldBefore(b, a))) continue;
            if (promotions.length && (promotedSince(a, b, promotions) || promotedSince(b, a, promotions))) continue;
            if (fact === 'rank' && promotedOnTakingPost(a, b)) continue;
            if (fact === 'office' && (movedOnTakingPost(a, b) || movedOnTakingPost(b, a) || heldBeforeNewPost(a, b) || heldBeforeNewPost(b, a))) continue;
            if (fact === 'office' && (movedInBetween(sides, a, b) || movedInBetween(sides, b, a))) continue;
            if (fact === 'date' && (plannedBeforeReport(a, b) || plannedBeforeReport(b, a))) continue;
            // A ceremony of taking office held days after the term began (see ceremonyDatedApart).
            if (ceremonyApart && !a.ceremony !== !b.ceremony) continue;
            // Named, and approved days later: two steps (see APPOINTMENT_SLIP_DAYS).
            if (event === 'appointed' && daysBetween(a.norm, b.norm) > APPOINTMENT_SLIP_DAYS) continue;
            // Sworn in to two posts ("as acting president", "as president"), or on two occasions.
            if (event && ((a.post && b.post && !onePost(a.post, b.post)) || partyPostAgainstNone(a.post, b.post) || daysBetween(a.norm, b.norm) > EVENT_SLIP_DAYS)) continue;
            if (where && daysBetween(a.norm, b.norm) > (ELECTION_KEY.test(key) && !a.rounds && !b.rounds ? ELECTION_SLIP_DAYS : EDITION_SLIP_DAYS)) continue;
            // An election held in phases has several days, days apart: one source's is not another's slip.
            if (a.phases || b.phases) continue;
            const kind = fact === 'office' ? values[x] : '';
            const pairKey = a.uri < b.uri ? `${a.uri}\n${b.uri}\n${kind}` : `${b.uri}\n${a.uri}\n${kind}`;
            let agree = memo.get(pairKey);
            if (agree === undefined) memo.set(pairKey, (agree = agreeSomewhere(a.uri, b.uri, values[x])));
            // A source that also states the other value agrees with it.
            if (agree) continue;
            againstCount[i]++;
            againstCount[j]++;
            keepFirst(against[i], j);
            keepFirst(against[j], i);
          }
        }
      }
    }
    if (!againstCount.some((n) => n > 0)) continue;
    const keep = sides.map((_, i) => i).filter((i) => againstCount[i] > 0);
    const remap = new Map(keep.map((old, i) => [old, i]));
    out.push({
      id: event ? `${key}|${fact}:${event}` : where ? `${key}|${fact}@${where}` : `${key}|${fact}`, key, fact, ...(event ? { event } : {}), ...(where ? { where } : {}),
      sides: keep.map((i) => sides[i]),
      against: keep.map((i) => against[i].filter((j) => remap.has(j)).map((j) => remap.get(j)!)),
      againstCount: keep.map((i) => againstCount[i]),
    });
  }
  return out;
}

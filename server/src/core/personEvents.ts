// The day a named person was sworn in, took office, was elected, confirmed or impeached, resigned, died or
// was buried, as a source states it: events that happen to a person once in a story, so two sources
// giving them different days disagree. Only the name as subject, right before its verb, dates the
// event: "Sushila Karki was sworn in as interim prime minister on Friday", "Raila Odinga, 80, died on
// Wednesday in Kerala", "Kim Min-seok, who was confirmed by the National Assembly on July 3"; or as the
// object of a legislature's vote: "The US Senate on Thursday confirmed Mike Waltz".

import type { EventDateFact, PersonEvent } from './model';
import type { RawMention } from './recognize/rawMention';
import { normaliseOffice } from './titles';

/** The words a post ends with, in either case: "as chief minister", "as Chief Minister of Bihar", "commander-in-chief", "director-general". */
const POST_HEADS = `(?:[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|${`president minister premier chancellor leader governor mayor chief secretary speaker adviser advisor commissioner pope
  king queen justice judge commander director chairman chair chairperson head secretary-general marshal`.split(/\s+/)
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})(?:-in-[Cc]hief|-[Gg]eneral)?`;

/** A day of the week, as a pattern. */
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';

/** A post's acronym after "as": "sworn in as the 51st CJI", "took over as CEO". */
// (At a clause's end: "as BP CEO", "as SNP MP" are a body's initials before the post.)
const POST_ACRONYM = String.raw`(?<=\bas\s+(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?)\p{Lu}{2,5}(?![\p{L}\d'’-])(?=\s*[,.;:]|\s+(?:on|in|at|by|for|from|after|before|of|today|tomorrow|yesterday|this|next|last|${WEEKDAY})\b|\s*$)`;

/**
 * Who confirms a person in a post: a legislature, its chamber or its members ("by the Senate", "by
 * the National Assembly", "by lawmakers"); not a party's committee or a court ("confirmed by the
 * plenum", "by the National Executive Committee").
 */
const CONFIRMED_BY = String.raw`by\s+(?:the\s+)?(?:(?:full|upper|lower|[\p{Lu}][\p{L}'’.-]*)\s+){0,3}(?:Senate|Assembly|Parliament|parliament|House|Diet|Congress|Rada|Knesset|Bundestag|Majlis|Yuan|Sejm|Storting|Riksdag|Duma|Sabha|[Ll]egislature|lawmakers|legislators|senators|MPs|deputies|parliamentarians)\b`;

/**
 * After the name: an aside between commas ("Odinga, 80,", "Karki, a former chief justice,"), or a
 * clause of its own ("Karki, who was sworn in"; "Karki, the former chief justice who was sworn in",
 * not "…, a friend of the man who was"), or a participle of its own ("Karki, sworn in on 12
 * September,"); then the verb, with the post taken after "as". Not a comma and the verb: the name
 * ends an aside, "Karol Nawrocki, a historian backed by Donald Trump, was sworn in on Wednesday".
 */
/** An acronym in brackets inside an aside: "… Liberal Democratic Party (LDP),". */
const ACRONYM_IN_BRACKETS = String.raw`(?:\s*\([\p{Lu}\d-]{2,12}\))?`;

/** An aside in brackets right after a name: "(Valerii Zaluzhnyi in English transliteration)". */
const BRACKETED_ASIDE = String.raw`(?:\s*\([^()\n]{1,60}\))?`;

/** A body in lower case after a post: "president of the organizing committee", "governor of the central bank". */
const BODY_IN_LOWER_CASE = String.raw`\s+of\s+the\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:committee|board|commission|council|party|assembly|senate|house|bank|union|federation|association|court|tribunal|agency|authority)(?![\p{L}'’-])`;

/** A chief's staff in lower case: "chief of staff", "chief of the general staff", "chief of army staff". */
const OF_STAFF = String.raw`\s+of\s+(?:the\s+)?(?:(?:general|army|defen[cs]e|naval|air|joint)\s+)?staff(?![\p{L}'’-])`;

/** The post after "as": "as the country's 104th prime minister" (a possessive and an ordinal may qualify it). */
const EVENT_POST = String.raw`(?:(?!(?:on|at|in|of|for|to|the|and|by|before|after)\s)(?:[\p{L}-]+(?:['’]s)?|\d{1,3}(?:st|nd|rd|th))\s+){0,4}(?:${POST_HEADS}(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,4}|${BODY_IN_LOWER_CASE}|${OF_STAFF})?|${POST_ACRONYM})`;

const EVENT_AFTER = new RegExp(
  String.raw`^${BRACKETED_ASIDE}(?:\s*,\s*who\s+|\s*,\s*(?=(?:sworn in|inaugurated|elected|re-elected|appointed|confirmed|impeached|buried|laid to rest)\b)|\s*,\s+(?:the|a|an)\s+(?:(?!(?:of|with|to|for|and|or)\s)[^\s,;:()"“”]+\s+){1,6}who\s+|(?:\s*,[^,;:()"“”\n]{1,120}${ACRONYM_IN_BRACKETS},)?\s+)` +
  String.raw`(?:(was|were|had been|has been|got|will be|would be|is to be|are to be|is due to be|was due to be|is set to be|is expected to be|was expected to be|is scheduled to be|is slated to be|to be)\s+)?` +
  // ("was today re-elected", "was on Tuesday appointed": the day between the auxiliary and the verb.)
  String.raw`(?:(?:today|yesterday|on\s+${WEEKDAY})\s+)?` +
  String.raw`(?:formally\s+|officially\s+|then\s+)?` +
  // ("returned as chief executive" and "reinstated as CEO" with a post, not "returned as a hero" nor "reinstated to the
  // squad"; "reinstated in principle" is an agreement, not the act.)
  String.raw`((?:succeeded|took over from)(?=\s+\p{Lu})|sworn in|inaugurated|died|passed away|elected|re-elected|appointed|confirmed|impeached|buried|laid to rest|interred|entombed|resigned|stepped down|stood down|(?:announced|tendered|submitted|handed in|handed over|handed) (?:his|her|their) resignation|(?:reinstated|returned)(?=\s+as\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+(?:['’]s)?\s+){0,4}?(?:${POST_HEADS}|\p{Lu}{2,5})(?![\p{L}-]))|took command|assumed command|took charge|assumed charge|took over|took office|took (?:the )?oaths?(?: of (?:allegiance and )?office)?|assumed office|will take office|is to take office|is set to take office|is expected to take office|was to take office)\b(?!\s+in\s+principle\b)` +
  // (Not after a predecessor's verb, whose object is a person: "succeeded Prime Minister Shigeru Ishiba".)
  String.raw`(?:(?<!\b(?:succeeded|took over from))\s+(?:as\s+)?(?:the\s+|an?\s+)?(${EVENT_POST}))?` +
  String.raw`(\s+${CONFIRMED_BY})?` +
  // ("took command of the Israel Defense Forces on March 5": the command taken.)
  String.raw`(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,5})?`,
  // (Case kept: the verb after a name is in lower case, and a post's "of" names a capitalised body.)
  'u',
);

/**
 * What the verb says happened. (Sworn in, inaugurated or taking the oath, a leader takes office that
 * day: "Dan was sworn in on 26 May" and "Dan took office on May 27" disagree.)
 */
function eventOf(verb: string): PersonEvent {
  if (verb.endsWith(' charge')) return 'took charge';
  return verb === 'died' || verb === 'passed away' ? 'died' : verb.endsWith('elected') ? 'elected' : verb === 'confirmed' ? 'confirmed' : verb === 'appointed' ? 'appointed' : verb === 'impeached' ? 'impeached' : BURIED.has(verb) ? 'buried' : RESIGNED.has(verb) || verb.endsWith(' resignation') ? 'resigned' : 'took office';
}

/** A country's leader, by no post's name: "interim leader", "leader of the Himalayan nation". */
const LEADER = /^(?:(?:interim|acting|caretaker|transitional|new)\s+)*leader(?:\s+of\s+the\s+[\p{L}-]+)?$/iu;
const NATION_AFTER = /^\s+(?:nation|country|republic|kingdom)\b/;

/** The verbs of an oath, and an oath named later in the clause than a day of taking office. */
const SWORN = /^(?:sworn in|inaugurated|took (?:the )?oath)/;
const OATH_AFTER = /^[^.;\n]*\b(?:sworn in|swearing-in|took (?:the )?oath|oath of office)\b/;

const BURIED = new Set(['buried', 'laid to rest', 'interred', 'entombed']);
/**
 * Taking a predecessor's post, the predecessor named right after the verb: "who succeeded Shaktikanta Das on December 11",
 * "took over from Aviv Kochavi on January 16, 2023". Only in the active: "was succeeded by" is the one leaving. (Not
 * "replaced": "Zelenskiy on Thursday replaced … Zaluzhnyi, with … Syrskyi" is the act of the one who appoints.)
 */
const SUCCEEDED = new Set(['succeeded', 'took over from']);
const RESIGNED = new Set(['resigned', 'stepped down', 'stood down']);

/** The event as a noun of the name's: "Lee's inauguration on June 4", "Odinga's death on Wednesday". */
const NOUN_AFTER = /^['’]s?\s+(swearing-in|inauguration|death|passing|burial|appointment|resignation)(?:\s+ceremony)?(?=[\s,])/u;
const NOUN_EVENT: Record<string, PersonEvent> = {
  'swearing-in': 'took office', inauguration: 'took office', death: 'died', passing: 'died', burial: 'buried', appointment: 'appointed', resignation: 'resigned',
};
/**
 * The noun before the name: "the swearing-in ceremony of Seychelles' new President, Dr Patrick Herminie,
 * held at Unity Stadium on Saturday". (Only taking office: "announced the death of X on Tuesday" may date
 * the announcement.)
 */
const NOUN_BEFORE = /\b(?:swearing-in|inauguration)(?:\s+ceremony)?\s+of\s+(?:[^,;:.()"“”\n]{0,40}\p{Lu}[\p{L}-]*,\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?)?$/u;
/** Between that name and its day: where it was held, nothing else ("…, elected on Monday" is another day). */
const NOUN_BEFORE_GAP = /^(?:\s*,)?(?:\s+held)?(?:\s+(?:at|in|on|near|the|[\p{Lu}][\p{L}'’.-]*|\d{1,3})(?:,)?){0,10}\s+(?:on\s+)?$/u;
/** Between the noun and its day, as a plan: "Lee's inauguration is scheduled for June 4". */
const NOUN_PLANNED = /^\s+(?:is|was)\s+(?:scheduled|set|slated|due|expected|planned)\s+(?:for|on)\s+$|^\s+will\s+(?:take place|be held)\s+on\s+$/;
/**
 * A resignation or an appointment someone asked for or turned down, which did not happen that day: "Protesters demanded
 * President Ruto's resignation on Tuesday", "The board rejected John Mahama's resignation on Monday". (And "Trump's
 * appointment on Monday of Pete Hegseth" is the appointer's: see the "of" after the noun.)
 */
const NOT_YET_BEFORE = /\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|urg(?:es|ed|ing)|s(?:eeks?|ought|eeking)|reject(?:s|ed|ing)?|refus(?:es|ed|ing)|oppos(?:es|ed|ing)|block(?:s|ed|ing)?|pressed for|push(?:es|ed|ing)? for)\s+(?:(?:the|President|Prime|Minister|Mr|Ms|Dr|Gen\.?|General)\s+)*$/;

/** "the 10th anniversary of Mandela's death on …": the day is the anniversary's. */
const ANNIVERSARY_BEFORE = /\banniversary\s+of\s+$/i;

/** Auxiliaries that make the event a plan: plans change. */
const PLANNED_AUX = /^(?:will be|would be|is to be|are to be|is due to be|was due to be|is set to be|is expected to be|was expected to be|is scheduled to be|is slated to be|to be)$/i;

/**
 * Between the verb (or its post) and the day: how many times, a venue, a place, an hour, with no clause of its own
 * ("for the tenth time on", "for a third consecutive term on", "at Rideau Hall on Friday", "in a hospital in Kerala, India, on Wednesday morning", "March 15",
 * "at his family home in Bondo on Sunday", who gave the oath: "by King Philippe on Monday 3 February", the meeting that did it:
 * "at an extraordinary board meeting on Feb. 17").
 */
const GAP_TO_DAY = /^(?:\s+for\s+(?:the|a|his|her)(?:\s+[\p{L}\d-]+){1,2}\s+(?:time|term))?(?:\s+at\s+(?:a|an|the|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}(?:meeting|session|sitting|ceremony|congress|conference|convention|plenary|summit))?(?:\s*,)?(?:\s+(?:at|in|on|by|to|near|aged?|early|late|last|this|shortly|just|after|before|a|an|the|his|her|their|family|ancestral|private|state|official|[\p{Lu}][\p{L}'’.-]*|\d{1,3}|[\p{Ll}]+(?= (?:in|at|on)\b))(?:,)?){0,10}\s+(?:on\s+)?$/u;

/**
 * "Last Saturday" written on a Sunday is the day before to some writers and the week before's to
 * others, and "two weeks ago" is about then: no day to hold a source to.
 */
const ABOUT_A_DAY = /\b(?:last|this|next|past|coming)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:weeks?|months?|years?)\s+ago\b/i;

/** Verbs that say what happened to the name only in the passive: "King Abdullah II inaugurated the session" is his act. */
// ("Rubio confirmed on Tuesday that …", "Ruto laid to rest the rumours".)
const PASSIVE_ONLY = new Set(['sworn in', 'inaugurated', 'elected', 're-elected', 'appointed', 'confirmed', 'impeached', 'buried', 'laid to rest', 'interred', 'entombed', 'reinstated']);

/** Is the verb read after the name the name's own act: no auxiliary, and no participle of the name's ("Karki, sworn in on …")? */
function activeVoice(ev: RegExpExecArray): boolean {
  return PASSIVE_ONLY.has(ev[2]) && !ev[1] && !/^\s*,\s*$/.test(ev[0].slice(0, ev[0].indexOf(ev[2])));
}

/**
 * A name between commas after a sentence's opening words, then its auxiliary: "South Korea's new
 * president, Lee Jae-myung, was sworn in", "Han's successor, Kim Min-seok, was confirmed". Not a
 * name inside a longer opening ("Karol Nawrocki, a historian backed by Donald Trump, was sworn in").
 */
const APPOSED_SUBJECT_AFTER = /^\s*,(?=\s+(?:was|were|has been|had been)\s)/;
const APPOSED_SUBJECT_BEFORE = /(?:^|[.!?]\s+|\n\s*|\s[-–—]{1,2}\s+)\p{Lu}[^,;:()"“”.!?\n]{1,60},\s*$/u;

// ("The government of former Prime Minister Gintautas Paluckas formally resigned": past the words of a title's time.)
const OBJECT_BEFORE = /\b(?:under|by|with|for|of|to|from|against|than|like|beside|behind)(?:[ \t]+(?:the|former|late|then|outgoing|acting|interim|caretaker))*[ \t]+$/i;

/** A clause of the name's own after it: "Ueda, who", "Ueda, a 71-year-old academic who". */
const WHO_CLAUSE = new RegExp(String.raw`^${BRACKETED_ASIDE}\s*,[^,]*\bwho\s`);

/** Between a name and a day its verb follows: "Nitish Kumar on Thursday took oath". */
const FRONTED_GAP = /^\s+(?:on\s+)?$/;

/** "by" right before a name: who gave an oath, not a second subject. */
// (Or who received a resignation: "handed his resignation to Governor C.P. Radhakrishnan on November 25".)
const BY_BEFORE = /\bby\s+$/;
const TO_BEFORE = /\bto\s+$/;
/** Does what stands before another name make it who gave the oath ("by"), or who received a resignation ("to")? */
const actorBefore = (lead: string, verb: string | undefined) => BY_BEFORE.test(lead) || (!!verb?.endsWith(' resignation') && TO_BEFORE.test(lead));

/** The ends of a sentence's clause that no event date may cross. */
const CLAUSE_BREAK = /[;:"“”()]|\b(?:and|but|while|after|before|when|as|said|says|who|which|since|until)\b/i;

/** What a source says happened to a person, as read at the name; and where the words end. */
interface EventRead {
  event: PersonEvent;
  /** The auxiliary before the verb, as written ("was", "will be", "got"). */
  aux?: string;
  /** The verb as written ("sworn in", "took over"). */
  verb?: string;
  /** The post as written ("interim prime minister"). */
  post?: string;
  /** A legislature confirmed the person ("by the Senate", "The Senate confirmed"). */
  byLegislature?: boolean;
  /** Read from a noun of the name's ("Lee's inauguration"), which says no tense. */
  noun?: boolean;
  /** The noun stands before the name ("the inauguration of President X"). */
  nounBefore?: boolean;
  /** Read from a ceremony of taking office (EventDateFact.ceremony). */
  ceremony?: boolean;
  verbEnd: number;
  /** The index of a day that stands before the verb ("Nitish Kumar on Thursday took oath"). */
  fronted?: number;
  /** The index of a day that opens the sentence before the name ("On Friday, Sushila Karki was sworn in"). */
  opening?: number;
}

function fromSaid(ev: RegExpExecArray): Omit<EventRead, 'verbEnd'> {
  // ("Jeremy Corbyn was returned as MP on July 4": in the passive, returned by the voters, elected.)
  return { event: ev[2] === 'returned' && ev[1] ? 'elected' : eventOf(ev[2]), aux: ev[1], verb: ev[2], post: ev[3], byLegislature: !!ev[4], ...(ev[2] === 'inaugurated' ? { ceremony: true } : {}) };
}

/** A noun of taking office that names its ceremony: "inauguration", "swearing-in ceremony". */
const CEREMONY_NOUN = /\binauguration\b|\bceremony$/;

/** A style the name's mention may leave out: "elected Sir Lindsay Hoyle", "confirmed Dr. Mehmet Oz". */
const STYLE_BEFORE_NAME = String.raw`(?:(?:Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms|Prof)\.?\s+)?`;

/**
 * A legislature as the subject of "confirmed", "elected" or "impeached", right before the name: "The Senate on
 * Friday confirmed Mike Waltz", "Parliament on Thursday (February 13, 2025) elected", "the lower house elected Włodzimierz Czarzasty as Marshal", "The House of
 * Representatives on Friday re-elected Mike Johnson" (the body's name whole, so the day right after it is found),
 * "senators voted 51-50 to confirm". (Its first group is the body, its second the stretch between
 * the body and the verb, where a day may stand, its third the verb.) Not the White House.
 */
const LEGISLATURE_ACTS_BEFORE = new RegExp(
  String.raw`\b((?<!White\s)(?:Senate|Assembly|Parliament|parliament|House|house|Diet|Congress|Rada|Knesset|Bundestag|Majlis|Yuan|Sejm|Duma|Sabha|[Ll]egislature|[Cc]hamber|[Ll]awmakers|[Ll]egislators|[Ss]enators|MPs|[Dd]eputies)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})?)` +
  String.raw`((?:\s+on)?(?:\s+[\p{L}\d.,]+){1,4}?(?:\s*\([^()\n]{1,30}\))?)?(?:\s+(?:narrowly|unanimously|formally|overwhelmingly|also))?` +
  String.raw`\s+(confirmed|(?:re-?)?elected|impeached|voted(?:\s+\d{1,3}\s*[-–]\s*\d{1,3})?\s+to\s+(?:confirm|elect|impeach))\s+(?:\*\*|__)?${STYLE_BEFORE_NAME}$`,
  'u',
);

const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';

/**
 * Anyone who appoints the name, right before it: "WTO members on Friday reappointed Ngozi Okonjo-Iweala as
 * director-general", "the board appointed Ivan Espinosa as chief executive on March 11" (its groups as the
 * legislature's; the post must follow the name). "Named" by those who say who someone is, "Prosecutors named John Smith
 * as the head of the unit", is no appointment.
 */
const APPOINTS_BEFORE = new RegExp(
  String.raw`\b(\p{L}[\p{L}'’.-]*)((?:\s+on)?\s+(?:${WEEKDAY}|${MONTH_WORD}\.?\s+\d{1,2}|\d{1,2}\s+${MONTH_WORD})(?:,?\s+[\p{L}\d.,]+){0,2}?(?:\s*\([^()\n]{1,30}\))?)?` +
  String.raw`\s+((?:re-?)?appointed|named)\s+(?:\*\*|__)?$`,
  'u',
);

/** A resignation announced for a later day: "…, effective March 1", "with effect from", "from the end of the month". */
const TAKES_EFFECT_AFTER = /^[^.;\n]*\b(?:effective|with effect|takes? effect|from the end|will (?:leave|step down|take effect))\b/i;

/** Who names a person to say who they are, not to appoint them. */
const IDENTIFIERS = /^(?:police|prosecutors?|investigators?|authorities|officials|sources|reports?|lawsuits?|courts?|documents|witnesses|media|researchers|analysts)$/i;

/** A post held before: "appointed John Smith as the former head of the unit". */
const FORMER_POST = /\b(?:former|ex|then|previous|late)\b/i;

/** Before a legislature that acts, from a sentence's start: "On Thursday, 13 November, the lower house elected". */
const DAY_OPENS_BEFORE = /(?:^|[.!?]["”]?\s+|\n\s*|\s[-–—]{1,2}\s+)On\s+$/;
/** Between that day and the legislature: "On Thursday, 13 November, the lower house". */
const DAY_TO_BODY = /^,?\s+(?:the\s+)?(?:(?:full|upper|lower|US|U\.S\.|[\p{Lu}][\p{L}'’.-]*)\s+){0,3}$/u;

/**
 * After a name the legislature confirmed, to its day: an aside between commas, the post ("as
 * ambassador to the United Nations", "to be director of national intelligence"), the tally ("in a
 * 51-50 vote", "by a 52-48 vote", "99-0"). Not a clause of its own: "confirmed Bondi, who was
 * sworn in on Wednesday".
 */
// (One comma and a bracketed acronym may stand inside: ", leader of the anti-EU, anti-immigration … party (SPD),".)
const ASIDE_WORD = String.raw`(?:(?!\b(?:who|which|that|said|after|when|while|as)\b)[^,;:()"“”\n])`;
// (The name written in its own script may stand in brackets first: "Sir Lindsay Hoyle (リンゼー・ホイル), 62,".)
const ASIDE_AFTER_NAME = String.raw`^${BRACKETED_ASIDE}(?:\s*,${ASIDE_WORD}{1,130}(?:,${ASIDE_WORD}{1,60})?${ACRONYM_IN_BRACKETS},)?`;
// ("as its 158th Speaker": an ordinal may qualify the post.)
const POST_AFTER_NAME = String.raw`(?:\s+(?:as|to\s+be|to\s+serve\s+as)\s+((?:(?!(?:on|in|by|with|after|before|and|vote)\s)(?:[\p{L}'’.-]+|\d{1,3}(?:st|nd|rd|th))\s+){0,8}?(?:\p{L}+-[Gg]eneral|${POST_HEADS}|ambassador|[Aa]ttorney [Gg]eneral|administrator)(?:\s+(?:of|to|for)\s+(?:the\s+)?[\p{L}'’.-]+(?:\s+(?!(?:on|in|by|with|after|before|and|vote)\s)[\p{L}'’.-]+){0,4}?)?))`;
const CONFIRMED_GAP = new RegExp(
  ASIDE_AFTER_NAME + POST_AFTER_NAME + '?' +
  String.raw`(?:\s*,)?(?:\s+(?:in|by)\s+an?\s+(?:narrow\s+|vote\s+of\s+)?\d{1,3}\s*[-–]\s*\d{1,3}(?:\s+(?:vote|margin))?|\s+\d{1,3}\s*[-–]\s*\d{1,3})?(?:\s*,)?\s+(?:on\s+)?$`,
  'u',
);
/** The post after a name a legislature elected, whatever follows it: "as Marshal of the Sejm, by 236 votes to 209". */
const POST_AFTER = new RegExp(ASIDE_AFTER_NAME + POST_AFTER_NAME + String.raw`(?=[\s,.;:!?)]|$)`, 'u');

/**
 * The post right after the day a verb gives: "was elected on Monday as the new speaker". Not "as" for "while":
 * "elected on Saturday as Prime Minister Shigeru Ishiba looked on", "as voters rejected the governor".
 */
const POST_AFTER_DAY = new RegExp(String.raw`^\s+as\s+(?:(?:the|an?|its|his|her|their)\s+)?(${EVENT_POST})(?!\s+\p{Lu})(?=[\s,.;:!?)]|$)`, 'u');

/** What stands between the words before a day and the day: spaces, "on", Markdown's emphasis. */
const BEFORE_DAY = /(?:\s|\*\*|__)+(?:on(?:\s|\*\*|__)+)?$/;

/** A sentence's end: a word (not an initial, "U.S.") and its stop, then a capital. */
const SENTENCE_END = /[\p{Ll}\d][.!?]["”’]?\s+(?=\p{Lu})/gu;

/** Where the last sentence in `from`..`to` starts: a body's name must not reach into the sentence before ("… on Feb. 6. The House impeached"). */
function sentenceStartIn(text: string, from: number, to: number): number {
  let start = from;
  for (const end of text.slice(from, to).matchAll(SENTENCE_END)) start = from + end.index! + end[0].length;
  return start;
}

/**
 * A legislature confirmed, elected or impeached the name: the day between the body and its verb ("The Senate
 * on Friday confirmed Mike Waltz"), opening the sentence ("On Thursday, 13 November, the lower
 * house elected …") or after the name, past the post and the tally ("the Senate confirmed Hegseth,
 * a former television host, in a 51-50 vote on Friday"). Nothing else between the body and the
 * verb: "The Senate this afternoon confirmed" gives no day.
 */
function legislatureActedBefore(text: string, mentions: RawMention[], indices: readonly number[], m: RawMention): EventRead | undefined {
  const leadFrom = sentenceStartIn(text, Math.max(0, m.fullSpan.start - 80), m.fullSpan.start);
  const before = text.slice(leadFrom, m.fullSpan.start);
  const byLegislature = LEGISLATURE_ACTS_BEFORE.exec(before);
  const appointed = byLegislature ? null : APPOINTS_BEFORE.exec(before);
  const lead = byLegislature ?? (appointed && (appointed[3] !== 'named' || !IDENTIFIERS.test(appointed[1])) ? appointed : null);
  if (!lead) return undefined;
  const event: PersonEvent = !byLegislature ? 'appointed' : /elect/.test(lead[3]) ? 'elected' : /impeach/.test(lead[3]) ? 'impeached' : 'confirmed';
  const bodyStart = leadFrom + lead.index;
  const bodyEnd = bodyStart + lead[1].length;
  const after = text.slice(m.span.end, m.span.end + 160);
  // (The post, when the name is elected: "as Marshal of the Sejm". A confirmation is of one post, written
  // many ways: "as the country's ambassador to the UN", "to be the U.S. ambassador to the United Nations".)
  // (An appointment is to a post, which must be named: "appointed Smith" alone may be to anything.)
  const named = event === 'elected' || event === 'appointed';
  const postOf = () => (named ? POST_AFTER.exec(after.replace(STRONG, ''))?.[1] : undefined);
  const read = (post: string | undefined, rest: Omit<EventRead, 'event' | 'post'>): EventRead | undefined =>
    event === 'appointed' && (!post || FORMER_POST.test(post)) ? undefined : { event, post, ...rest, byLegislature: !!byLegislature };
  if (lead[2]) {
    const fronted = indices.find((i) => mentions[i].kind === 'date' && mentions[i].span.end === bodyEnd + lead[2].length && /^\s+(?:on\s+)?$/.test(text.slice(bodyEnd, mentions[i].span.start)));
    if (fronted !== undefined) return read(postOf(), { verbEnd: m.span.end, fronted });
    // (A legislature's words before its verb are its day or nothing; anyone's may be its name: "The board of the company appointed".)
    if (byLegislature) return undefined;
  }
  const opening = openingDayBefore(text, mentions, indices, bodyStart, DAY_TO_BODY);
  if (opening !== undefined) return read(postOf(), { verbEnd: m.span.end, fronted: opening });
  const day = indices.find((i) => mentions[i].kind === 'date' && mentions[i].span.start > m.span.end);
  if (day === undefined) return undefined;
  const between = text.slice(m.span.end, mentions[day].span.start);
  const gap = between.length <= 160 ? CONFIRMED_GAP.exec(between.replace(STRONG, '')) : null;
  if (!gap) return undefined;
  return read(named ? gap[1] : undefined, { verbEnd: mentions[day].span.start - BEFORE_DAY.exec(between)![0].length });
}

/** "announced on Sunday, 2 February, that retired", before a name: the day may stand between (see announcedBefore). */
const ANNOUNCED_BEFORE = /\bannounced(?:\s+on)?(?:\s+[\p{L}\d.]+,?){0,4}?\s+that\s+(?:(?:retired|former|reserve|the)\s+)?$/u;
/** After that name, the new post it will hold: "will become the new chief of staff", "would be its next chief executive". */
const TO_BE_POST_AFTER = new RegExp(String.raw`^${BRACKETED_ASIDE}\s+(?:will|would|is to|was to)\s+(?:become|be|serve as)\s+(?:(?:the|its|his|her|their)\s+)?(?:new|next|incoming)\s+(${EVENT_POST})(?=[\s,.;:!?)]|$)`, 'u');

/**
 * An appointment announced, its day before the name and the post after it: "Defence Minister Israel Katz announced on
 * Sunday, 2 February, that retired Major General Eyal Zamir will become the new chief of staff", "the board on Monday
 * announced that Jane Roe would be its next chief executive". (Announced, not said: "said that X will become prime
 * minister" may be a guess. A government's approval days later is another step: see findConflicts' APPOINTMENT_SLIP_DAYS.)
 */
function announcedBefore(text: string, mentions: RawMention[], indices: readonly number[], m: RawMention): EventRead | undefined {
  const leadFrom = sentenceStartIn(text, Math.max(0, m.fullSpan.start - 80), m.fullSpan.start);
  const lead = ANNOUNCED_BEFORE.exec(text.slice(leadFrom, m.fullSpan.start));
  if (!lead) return undefined;
  const post = TO_BE_POST_AFTER.exec(text.slice(m.span.end, m.span.end + 120).replace(STRONG, ''))?.[1];
  if (!post) return undefined;
  // The day between "announced" and "that", or right before "announced": "Katz on Saturday announced that".
  const from = leadFrom + lead.index;
  const fronted = indices.find((i) => mentions[i].kind === 'date' && mentions[i].span.start >= from && mentions[i].span.end <= m.fullSpan.start) ??
    indices.find((i) => mentions[i].kind === 'date' && mentions[i].span.end <= from && /^\s+$/.test(text.slice(mentions[i].span.end, from)) && /\bon\s+$/.test(text.slice(Math.max(0, mentions[i].span.start - 4), mentions[i].span.start)));
  return fronted === undefined ? undefined : { event: 'appointed', post, verbEnd: m.span.end, fronted };
}

/**
 * The event read at a person's name: the verb after it ("Karki was sworn in"), after a day right
 * after it (`fronted`, the day's index: "Nitish Kumar on Thursday took oath"), or a noun of the
 * name's ("Lee's inauguration"); and where it ends.
 */
function readEvent(text: string, mentions: RawMention[], indices: readonly number[], m: RawMention): EventRead | undefined {
  // (From the name itself: a title read after it, "Karki was sworn in as interim prime minister", is in its full span.)
  const after = text.slice(m.span.end, m.span.end + 220);
  // (A name after a preposition is no subject: "Cheney, defense secretary under George H.W. Bush,
  // during the 1991 Gulf War, died on Nov. 3".)
  const object = OBJECT_BEFORE.test(text.slice(Math.max(0, m.fullSpan.start - 40), m.fullSpan.start));
  const fronted = indices.find((i) => mentions[i].kind === 'date' && mentions[i].span.start > m.span.end && FRONTED_GAP.test(text.slice(m.span.end, mentions[i].span.start)));
  if (fronted !== undefined && !object) {
    const from = mentions[fronted].span.end;
    const ev = EVENT_AFTER.exec(text.slice(from, from + 220));
    // (Straight on to the verb: no aside or clause after the day.)
    if (ev && /^\s+[^\s,]/.test(ev[0]) && !activeVoice(ev)) return { ...fromSaid(ev), verbEnd: from + ev[0].length, fronted };
  }
  // (An object's own clause still tells of it: "the first under Kazuo Ueda, a 71-year-old academic who took
  // office on April 8".)
  const ev = EVENT_AFTER.exec(after);
  if (ev && (!object || WHO_CLAUSE.test(ev[0]))) {
    if (activeVoice(ev)) return undefined;
    // (A day between the auxiliary and the verb is the verb's: "was on Tuesday appointed".)
    const verbAt = m.span.end + ev.index + ev[0].lastIndexOf(ev[2], ev[0].length - (ev[3]?.length ?? 0) - (ev[4]?.length ?? 0));
    const aux = ev[1];
    const inside = aux ? indices.find((i) => mentions[i].kind === 'date' && mentions[i].span.start > m.span.end && mentions[i].span.end <= verbAt &&
      text.slice(Math.max(0, mentions[i].span.start - aux.length - 5), mentions[i].span.start).replace(/\s+on\s+$/, ' ').trimEnd().endsWith(aux) &&
      /^\s+(?:(?:formally|officially|then)\s+)?$/.test(text.slice(mentions[i].span.end, verbAt))) : undefined;
    if (inside !== undefined) return { ...fromSaid(ev), verbEnd: m.span.end + ev[0].length, fronted: inside };
    // (The sentence's opening day is the verb's only when the verb is the sentence's: not "On Friday, Karki, who was sworn in last week, visited".)
    const opening = ev[0].includes(',') ? undefined : openingDay(text, mentions, indices, m);
    return { ...fromSaid(ev), verbEnd: m.span.end + ev[0].length, ...(opening !== undefined ? { opening } : {}) };
  }
  // The name in apposition to the sentence's first words: "Han's successor, Kim Min-seok, was confirmed".
  const comma = APPOSED_SUBJECT_AFTER.exec(after);
  if (comma && APPOSED_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.fullSpan.start - 70), m.fullSpan.start))) {
    const aux = EVENT_AFTER.exec(after.slice(comma[0].length));
    if (aux?.[1] && !aux[0].includes(',')) return { ...fromSaid(aux), verbEnd: m.span.end + comma[0].length + aux[0].length };
  }
  const noun = NOUN_AFTER.exec(after);
  const nounLead = text.slice(Math.max(0, m.fullSpan.start - 40), m.fullSpan.start);
  if (noun && !ANNIVERSARY_BEFORE.test(nounLead) && !(NOT_YET_BEFORE.test(nounLead) || (noun[1] === 'appointment' && /^[^,.;:]{0,30}?\sof\s+\p{Lu}/u.test(after.slice(noun[0].length))))) {
    return { event: NOUN_EVENT[noun[1]], noun: true, verbEnd: m.span.end + noun[0].length, ...(CEREMONY_NOUN.test(noun[0]) ? { ceremony: true } : {}) };
  }
  const lead = text.slice(Math.max(0, m.fullSpan.start - 80), m.fullSpan.start);
  const nounBefore = NOUN_BEFORE.exec(lead);
  if (nounBefore && !ANNIVERSARY_BEFORE.test(lead.slice(0, nounBefore.index).replace(/\bthe\s+$/, ''))) return { event: 'took office', noun: true, nounBefore: true, verbEnd: m.span.end, ...(CEREMONY_NOUN.test(nounBefore[0].replace(/\s+of\s[\s\S]*$/, '')) ? { ceremony: true } : {}) };
  if (noun) return undefined;
  const acted = legislatureActedBefore(text, mentions, indices, m) ?? announcedBefore(text, mentions, indices, m);
  if (acted) return acted;
  // A clause before the name, with a pronoun for it: "Less than two weeks after he was sworn in as
  // premier on Oct. 28, Tony Wakeham says …". (No one else named between the pronoun and the name.)
  const leadFrom = Math.max(0, m.fullSpan.start - 200);
  const clause = PRONOUN_CLAUSE_BEFORE.exec(text.slice(leadFrom, m.fullSpan.start));
  // (Not a name that opens a subject of two: "Since he was sworn in on Oct. 28, Premier Doug Ford and Tony Wakeham have met".)
  if (!clause || SENTENCE_END_INSIDE.test(clause[1]) || /^\s+and\s/.test(after)) return undefined;
  const clauseStart = leadFrom + clause.index + clause[0].length - clause[1].length - /,\s*$/.exec(clause[0])![0].length;
  const said = EVENT_AFTER.exec(clause[1]);
  if (!said || activeVoice(said) || indices.some((i) => mentions[i].kind === 'person' && mentions[i].span.start >= clauseStart && mentions[i].span.end <= m.fullSpan.start)) return undefined;
  return { ...fromSaid(said), verbEnd: clauseStart + said[0].length };
}

/** Does only where and when stand between a verb and its day? */
function dayAfterVerb(gap: string): boolean {
  return gap.length <= 70 && GAP_TO_DAY.test(gap) && !CLAUSE_BREAK.test(gap.replace(/,/g, ' ')) && !VERB_AFTER_COMMA.test(gap);
}

/**
 * After a comma, a word in lower case that is no word of where or when opens another clause: "Vasques, who was
 * appointed by Bolsonaro, posted on Instagram yesterday". (Not "died in a hospital in Kerala, India, on Wednesday".)
 */
const VERB_AFTER_COMMA = /,\s+(?!(?:at|in|on|by|to|near|aged?|early|late|last|this|shortly|just|after|before|a|an|the|his|her|their|held)\b)\p{Ll}/u;

/** The day that opens the name's sentence, with nothing but a comma between: "On January 3, Harvard University President Claudine Gay". */
function openingDay(text: string, mentions: RawMention[], indices: readonly number[], m: RawMention): number | undefined {
  return openingDayBefore(text, mentions, indices, m.fullSpan.start, /^,?\s+$/);
}

/** The day after "On" that opens a sentence, before `at` with only `gap` between: "On Thursday, 13 November, the lower house". */
function openingDayBefore(text: string, mentions: RawMention[], indices: readonly number[], at: number, gap: RegExp): number | undefined {
  return indices.find((i) => mentions[i].kind === 'date' && mentions[i].span.end <= at && gap.test(text.slice(mentions[i].span.end, at)) &&
    DAY_OPENS_BEFORE.test(text.slice(Math.max(0, mentions[i].span.start - 12), mentions[i].span.start)));
}

/** A subordinate clause whose subject is a pronoun, right before a name after its comma: "after he was sworn in on Oct. 28, ". */
const PRONOUN_CLAUSE_BEFORE = /\b(?:after|since|when|before|once)\s+(?:he|she)(\s[^,;:()"“”!?\n]{4,120}),\s*$/i;
/** A sentence's end inside what reads as one clause: "after he left. Then on Oct. 28, …" (not "Oct. 28"). */
const SENTENCE_END_INSIDE = /\.\s+\p{Lu}\p{Ll}/u;

const STRONG = /\*\*|__/g;

/** Words of an article that tells of a death, where "buried" is a burial. */
const MOURNING = /\b(?:died|dead|death|funeral|passed away|mourn\w*|the late|condolences|obituary|coffin|casket|remains)\b/i;

/** "and" right after a day, before another verb: "… on June 14 and inaugurated on June 19". */
const AND_AFTER_DAY = /^\s*,?\s+and(?=\s)/;

/** A ceremony of taking office held after the first verb's day: "took office on Friday and held his inauguration ceremony on Monday". */
const HELD_CEREMONY = /^\s+(?:held|had)\s+(?:his|her|their)\s+(?:inauguration|swearing-in|installation)(?:\s+ceremony)?(?=[\s,])/;

/** The second verb of a name's joined by "and" after the first one's day; passive only with the first's auxiliary. */
function andAnotherEvent(text: string, from: number, aux: string | undefined): EventRead | undefined {
  const and = AND_AFTER_DAY.exec(text.slice(from, from + 12));
  if (!and) return undefined;
  const at = from + and[0].length;
  const held = HELD_CEREMONY.exec(text.slice(at, at + 60));
  if (held) return { event: 'took office', verb: 'held', ceremony: true, verbEnd: at + held[0].length };
  const ev = EVENT_AFTER.exec(text.slice(at, at + 220));
  if (!ev || ev[0].includes(',') || (!ev[1] && !aux && PASSIVE_ONLY.has(ev[2]))) return undefined;
  // (The first's auxiliary, shared, only with no object after the verb: not "was sworn in on Tuesday and inaugurated Smith on Wednesday".)
  if (!ev[1] && PASSIVE_ONLY.has(ev[2]) && !/^\s+(?:on|at|in|by)\s/.test(text.slice(at + ev[0].length, at + ev[0].length + 6))) return undefined;
  return { ...fromSaid(ev), aux: ev[1] ?? aux, verbEnd: at + ev[0].length };
}

export function personEventFacts(text: string, mentions: RawMention[], sentences: Iterable<number[]>, refDay?: string): EventDateFact[] {
  const facts: EventDateFact[] = [];
  let mourning: boolean | undefined;
  for (const indices of sentences) {
    // (Most sentences state no day: nothing to read in them.)
    if (!indices.some((i) => mentions[i].kind === 'date' && mentions[i].dateValue?.precision === 'day')) continue;
    for (const mi of indices) {
      const m = mentions[mi];
      if (m.kind !== 'person' || m.quoted || m.dropped) continue;
      let next = readEvent(text, mentions, indices, m);
      // (And a second verb of the name's after the first one's day: "re-elected by the National Assembly on
      // June 14 and inaugurated on June 19".)
      for (let hop = 0; next && hop < 2; hop++) {
        const read: EventRead = next;
        next = undefined;
        const { event, aux, verb, noun, verbEnd, opening } = read;
        let { fronted } = read;
        // The first day after the verb, with nothing between but where and when.
        let di = fronted ?? indices.find((i) => mentions[i].kind === 'date' && mentions[i].span.start >= verbEnd);
        // (Else the day the sentence opens with: "On Friday, Sushila Karki was sworn in as interim prime minister.")
        const fromOpening = opening !== undefined && (di === undefined || !dayAfterVerb(text.slice(verbEnd, mentions[di].span.start).replace(STRONG, '')));
        if (fromOpening) di = fronted = opening;
        if (di === undefined) continue;
        const d = mentions[di];
        if (hop === 0 && !noun && !fromOpening) next = andAnotherEvent(text, d.span.end, aux);
        if (d.dateValue?.precision !== 'day' || d.dateValue.lastDay || ABOUT_A_DAY.test(d.text)) continue;
        // (Without Markdown's emphasis: "took command on **Wednesday 5 March 2025**".)
        const gap = fronted !== undefined ? ' ' : text.slice(verbEnd, d.span.start).replace(STRONG, '');
        const nounPlanned = !!noun && NOUN_PLANNED.test(gap);
        if (!nounPlanned && !dayAfterVerb(gap)) continue;
        if (read.nounBefore && !nounPlanned && !NOUN_BEFORE_GAP.test(gap)) continue;
        // (The predecessor right after the verb, in the active: not "succeeded Monday in persuading", "was succeeded by".)
        const predecessor = verb && SUCCEEDED.has(verb) ? indices.find((o) => mentions[o].kind === 'person' && /^\s+$/.test(text.slice(verbEnd, mentions[o].fullSpan.start))) : undefined;
        if (verb && SUCCEEDED.has(verb) && (aux || predecessor === undefined)) continue;
        // Nobody else between the name and the day: "Karki was sworn in, as was Ghising, on Friday". (But who
        // gave the oath, after the verb: "sworn in by Chief Justice Jane Doe on Monday", or the predecessor; not
        // "Nawrocki, a historian backed by Donald Trump, was sworn in".)
        if (indices.some((o) => o !== mi && o !== predecessor && mentions[o].kind === 'person' && mentions[o].span.start > m.span.end && mentions[o].span.start < d.span.start &&
          !(mentions[o].fullSpan.start >= verbEnd && actorBefore(text.slice(Math.max(0, mentions[o].fullSpan.start - 4), mentions[o].fullSpan.start), verb)))) continue;
        const planned = nounPlanned || (!!aux && PLANNED_AUX.test(aux)) || (!!verb && /^(?:will|is to|is set to|is expected to|was to)\b/i.test(verb));
        // What happened is no later than the source: a day ahead is a weekday read the wrong way.
        // (A noun says no tense: "ahead of Lee's inauguration on June 4" is a plan when the day is ahead.)
        // (No one's death is planned.)
        if (!planned && refDay && d.dateValue.value > refDay && (!noun || event === 'died')) continue;
        // ("sworn in as interim leader of the Himalayan nation": a country's leader is whatever its post is called.)
        // (The post may follow the day: "was elected on Monday as the new speaker".)
        const postWritten = read.post ?? (!noun && fronted === undefined ? POST_AFTER_DAY.exec(text.slice(d.span.end, d.span.end + 120).replace(STRONG, ''))?.[1] : undefined);
        const nationsLeader = event === 'took office' && !!postWritten && LEADER.test(postWritten) && (!/\sof\s/.test(postWritten) || (!!read.post && NATION_AFTER.test(text.slice(verbEnd, verbEnd + 12))));
        const post = postWritten && !nationsLeader ? normaliseOffice(postWritten) : '';
        // (Elected, a person may be to a party's lead and then to the government's: only with the post named.
        // So with "took over": "took over from Halevi" is no post; and "took charge", of anything.)
        if ((event === 'elected' || event === 'took charge' || verb === 'took over') && !post) continue;
        // "formally assumed office on Sunday, two days after she was sworn in": taking office told apart
        // from the oath is the first day at the desk, which sources of the oath don't date.
        if (event === 'took office' && !SWORN.test(verb ?? '') && OATH_AFTER.test(text.slice(d.span.end, d.span.end + 120))) continue;
        // (Confirmed, by a legislature or in a post: "was confirmed dead on Friday", "confirmed by the plenum" are not.)
        if (event === 'confirmed' && !post && !read.byLegislature) continue;
        // (A burial planned is often moved: "was to be buried on Monday", buried on Tuesday. "Cuomo got buried on
        // Tuesday night" is a defeat: only in an article that speaks of a death.)
        if (event === 'buried' && (planned || aux === 'got' || !(mourning ??= MOURNING.test(text)))) continue;
        // ("announced his resignation on February 22, effective March 1": the day it takes effect is another.)
        if (verb?.startsWith('announced') && TAKES_EFFECT_AFTER.test(text.slice(d.span.end, d.span.end + 80))) continue;
        facts.push({
          type: 'eventDate', key: m.key, mention: mi, dateMention: di, dateText: d.text, dateSpan: d.span, day: d.dateValue.value,
          event, ...(post ? { post } : {}), ...(planned || (noun && refDay && d.dateValue.value > refDay) ? { planned: true } : {}), ...(read.ceremony ? { ceremony: true } : {}),
        });
      }
    }
  }
  return facts;
}

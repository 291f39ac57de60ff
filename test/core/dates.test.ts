import { strict as assert } from 'assert';
import { analyze, corpusOf, fixture, mentionAtText, mentionsOver, seed, SEED_000, SEED_004, uriOf } from './helpers';
import type { EventDateFact } from '../../server/src/core/model';

function dateOf(text: string, needle: string, nth = 0) {
  const a = analyze('d.txt', text);
  const m = mentionAtText(a, text, needle, nth);
  return m?.kind === 'date' ? m.date : undefined;
}

/** The meeting dates an article published on `day` states in `body`. */
function eventDates(body: string, day: string): EventDateFact[] {
  return analyze('e.txt', `Meeting\nPublished: ${day}\n\n${body}\n`).facts.filter((f): f is EventDateFact => f.type === 'eventDate');
}

describe('dates', () => {
  // Asia News Wire, 2024: "The delay echoes 2019, when Fadnavis was sworn in … on Nov. 23 of that year", read as
  // Nov. 23, 2024 and set against his oath of Dec. 5, 2024.
  // A wire of Friday, Nov. 8, 2024: "The talks will also take place in the shadow of Donald Trump's victory in Tuesday's
  // U.S. presidential election" put the election on the Tuesday after, against "won the election on 5 November".
  it('a weekday after an outcome ("victory in Tuesday\'s election") is past, whatever the sentence says will happen', () => {
    const text = 'Baku\nPublished: 2024-11-08\n\nThe talks will also take place in the shadow of Donald Trump\'s victory in Tuesday\'s U.S. presidential election. Delegates will meet ahead of Tuesday\'s plenary.\n';
    assert.equal(dateOf(text, 'Tuesday')?.value, '2024-11-05');
    assert.equal(dateOf(text, 'Tuesday', 1)?.value, '2024-11-12');
    // A win still to come: "will win in Sunday's runoff", written on Friday, is the Sunday after.
    assert.equal(dateOf('Paris\nPublished: 2025-09-12\n\nPolls suggest Macron will win in Sunday\'s runoff.\n', 'Sunday')?.value, '2025-09-14');
  });

  // "The board on Monday announced that Jane Roe would be its next chief executive", written on Tuesday, put the
  // announcement on the Monday after: the sentence's "would be" decided.
  it('a verb of the past right after a weekday dates it before the source, whatever the sentence says will be', () => {
    const text = 'Board\nPublished: 2025-02-04\n\nThe board on Monday announced that Jane Roe would be its next chief executive. The board will meet on Monday to decide.\n';
    assert.equal(dateOf(text, 'Monday')?.value, '2025-02-03');
    assert.equal(dateOf(text, 'Monday', 1)?.value, '2025-02-10');
    // (Not after a participle's phrase: the day is the participle's, "Leaders attending the summit in Rome on Saturday".)
    const ahead = 'Rome\nPublished: 2025-02-06\n\nLeaders attending the summit in Rome on Saturday released a statement in advance, and more will follow.\n';
    assert.equal(dateOf(ahead, 'Saturday')?.value, '2025-02-08');
  });

  it('"on Nov. 23 of that year" is in the year the sentence named before; with none, it is no date', () => {
    const text = 'Mumbai\nPublished: 2024-12-06\n\nThe delay echoes 2019, when Ann Roe was sworn in at an early-morning ceremony on Nov. 23 of that year. The party was founded in 2012 and held its congress on March 3 the same year. Roe was sworn in on Nov. 23 of that year, aides said.\n';
    assert.equal(dateOf(text, 'Nov. 23')?.value, '2019-11-23');
    assert.equal(dateOf(text, 'March 3')?.value, '2012-03-03');
    assert.equal(dateOf(text, 'Nov. 23', 1), undefined);
    // A number of 19xx or 20xx is no year named: "sent 2000 troops".
    assert.equal(dateOf('Kabul\nPublished: 2024-12-06\n\nThe army sent 2000 troops and he took command on Nov. 23 of that year.\n', 'Nov. 23'), undefined);
  });

  // Jordan coverage: "His Majesty King Abdullah II on Sunday inaugurated the second ordinary session
  // of the 20th Parliament" named no meeting (a body of one word) and dated nothing (the day
  // before the verb); "Widodo on Tuesday opened the 43rd ASEAN Summit" dated nothing either.
  it('a session of a one-word body\'s term is a meeting; "on Sunday opened" and "was inaugurated" date its first day', () => {
    const facts = (body: string) => eventDates(body, '2025-10-26').map((f) => [f.key, f.day, f.aspect]);
    assert.deepEqual(facts('His Majesty King Abdullah II on Sunday inaugurated the second ordinary session of the 20th Parliament.'), [['meeting:parliament#20 session#2', '2025-10-26', 'start']]);
    assert.deepEqual(facts('The King opened the second ordinary session of the 20th Parliament on Sunday.'), [['meeting:parliament#20 session#2', '2025-10-26', 'start']]);
    assert.deepEqual(facts('The second ordinary session of the 20th Parliament was inaugurated on Sunday.'), [['meeting:parliament#20 session#2', '2025-10-26', 'start']]);
    // The term's number in words is the same session.
    assert.deepEqual(facts('The second ordinary session of the Twentieth Parliament opened on Sunday.'), [['meeting:parliament#20 session#2', '2025-10-26', 'start']]);
    assert.deepEqual(facts('President Widodo on Tuesday opened the 43rd ASEAN Summit in Jakarta.'), [['meeting:asean summit#43', '2025-10-21', 'start']]);
    // Attending it on a day says nothing of the days it is held; a body of one word alone is no meeting.
    assert.deepEqual(facts('Xi on Monday attended the 43rd ASEAN Summit. The 20th Parliament met on Sunday.'), []);
  });

  // Vietnamese and OIC coverage: "The 19th East Asian Summit (EAS) was organised in Vientiane on
  // Friday" and "The 15th summit of the Organization of Islamic Cooperation got underway on
  // Saturday" dated nothing.
  it('"was organised" and "got underway" say a meeting\'s day, as "was held" does; "got" with anything else does not', () => {
    const facts = (body: string) => eventDates(body, '2024-10-12').map((f) => [f.key, f.day]);
    assert.deepEqual(facts('The 19th East Asian Summit (EAS) was organised in Vientiane on Friday, focusing on cooperation.'), [['meeting:east asia summit#19', '2024-10-11']]);
    assert.deepEqual(facts('The 15th summit of the Organization of Islamic Cooperation got underway on Saturday in Banjul.'), [['meeting:organization of islamic cooperation summit#15', '2024-10-12']]);
    assert.deepEqual(facts('The 15th summit of the Organization of Islamic Cooperation got support from Gambia on Saturday.'), []);
  });

  // Lao, Ugandan, Chinese and EU coverage: "was held in the Lao capital, Vientiane, today", "in
  // the Ugandan capital, Kampala, which runs from January 15th to 20th", "kicked off in northeast
  // China's Harbin on Friday" and "in Beijing on Thursday, as the 25th China-EU Summit opened"
  // dated nothing.
  it('"capital," with its comma, where in a country, and "as the … opened" after a day link a meeting to its date; "as the … approached" does not', () => {
    const facts = (body: string) => eventDates(body, '2024-10-11').map((f) => [f.key, f.day, f.lastDay ?? '', f.aspect ?? 'held']);
    assert.deepEqual(facts('The 19th East Asia Summit (EAS), was held in the Lao capital, Vientiane, today, with a focus on trade.'), [['meeting:east asia summit#19', '2024-10-11', '', 'held']]);
    assert.deepEqual(facts('It took place on the first day of the 19th NAM Summit in the Ugandan capital, Kampala, which runs from January 15th to 20th.'), [['meeting:nam summit#19', '2025-01-15', '2025-01-20', 'held']]);
    assert.deepEqual(facts('The 9th Asian Winter Games officially kicked off in northeast China\'s Harbin on Friday.'), [['meeting:asia winter games#9', '2024-10-11', '', 'start']]);
    assert.deepEqual(facts('The ninth Asian Winter Games opened in the northeastern Chinese city of Harbin on Friday.'), [['meeting:asia winter games#9', '2024-10-11', '', 'start']]);
    assert.deepEqual(facts('Xi met von der Leyen in Beijing on Thursday, as the 25th China-EU Summit opened with high hopes.'), [['meeting:china-eu summit#25', '2024-10-10', '', 'start']]);
    assert.deepEqual(facts('Xi met von der Leyen in Beijing on Thursday, as the 25th China-EU Summit approached.'), []);
  });

  // OTS, OPEC and G20 coverage: "The 12th Summit of the Organization of Turkic States, a
  // multilateral international meeting, was held on 7 October 2025", "held via videoconference on
  // Thursday" and "to host the 18th G20 Summit in New Delhi beginning today" dated nothing.
  it('a description between commas after the meeting, "via videoconference", and "beginning" a day link a meeting to its date; a description with its own verb does not', () => {
    const facts = (body: string) => eventDates(body, '2025-09-14').map((f) => [f.key, f.day, f.aspect ?? 'held']);
    assert.deepEqual(facts('The 12th Summit of the Organization of Turkic States, a multilateral international meeting, was held on 7 October 2025 in Gabala.'), [['meeting:organization of turkic states summit#12', '2025-10-07', 'held']]);
    assert.deepEqual(facts('The 36th OPEC and non-OPEC Ministerial Meeting, held via videoconference on Thursday, agreed cuts.'), [['meeting:opec and non-opec meeting#36', '2025-09-11', 'held']]);
    assert.deepEqual(facts('India is all set to host the 18th G20 Summit in New Delhi beginning today.'), [['meeting:g20 summit#18', '2025-09-14', 'start']]);
    assert.deepEqual(facts('The 12th OTS Summit, a meeting held in Baku on Friday, was a success.'), []);
  });

  // FAO coverage: "The 43rd session of the United Nations Food and Agriculture Organization (FAO)
  // conference took place at the FAO headquarters in Rome on July 1, 2023" and "the 43rd session
  // of the FAO Conference" named no 43rd FAO Conference, and dated nothing.
  it('a conference numbered by its sessions is that numbered conference, by its name or its body\'s; a venue may start with a body\'s name', () => {
    const facts = (body: string) => eventDates(body, '2023-07-03').map((f) => [f.key, f.day, f.aspect ?? 'held']);
    assert.deepEqual(facts('The 43rd session of the United Nations Food and Agriculture Organization (FAO) conference took place at the FAO headquarters in Rome on July 1, 2023.'), [['meeting:fao conference#43', '2023-07-01', 'held']]);
    assert.deepEqual(facts('The 43rd session of the FAO Conference opened on Sunday.'), [['meeting:fao conference#43', '2023-07-02', 'start']]);
    assert.deepEqual(facts('The 66th regular session of the IAEA General Conference opened on Monday.'), [['meeting:iaea general conference#66', '2023-07-03', 'start']]);
    // Vietnam News: a body's name that owns the venue, "at the Party Central Committee's headquarters in Hanoi".
    assert.deepEqual(facts('The 13th plenum of the 13th Central Committee of the Communist Party of Vietnam opened at the Party Central Committee\'s headquarters in Hanoi on Monday.'), [['meeting:cpv central committee#13 session#13', '2023-07-03', 'start']]);
  });

  // Xinhua coverage: "The 14th National People's Congress (NPC), China's national legislature,
  // opened its third session on Wednesday morning" named no third session, and dated nothing.
  it('"its third session" after a body numbered by its term is that session, dated by the verb before it', () => {
    const facts = (body: string) => eventDates(body, '2025-03-05').map((f) => [f.key, f.day, f.aspect ?? 'held']);
    assert.deepEqual(facts('The 14th National People\'s Congress (NPC), China\'s national legislature, opened its third session on Wednesday morning.'), [['meeting:national people congress#14 session#3', '2025-03-05', 'start']]);
    assert.deepEqual(facts('The 14th National People\'s Congress closed its third session on Tuesday.'), [['meeting:national people congress#14 session#3', '2025-03-04', 'end']]);
    // The same session written the other way is the same meeting.
    const other = analyze('o.txt', 'NPC\nPublished: 5 March 2025\n\nThe third session of the 14th National People\'s Congress opened on Wednesday.\n');
    assert.deepEqual(other.facts.map((f) => f.type === 'eventDate' && f.key), ['meeting:national people congress#14 session#3']);
    // A debate is no session; a body with no number names none.
    assert.deepEqual(facts('The 79th UN General Assembly opened its general debate on Tuesday. The National Assembly opened its third session on Monday.'), []);
  });

  // CPI(M) coverage: "The 24th All India Party Congress of the CPI(M) opened in Madurai on
  // Wednesday" dated nothing: the party's name with its faction's letter ended the meeting's name.
  it('a body named with a letter in brackets after the meeting ("of the CPI(M)") is still the meeting\'s name', () => {
    const facts = eventDates('The 24th All India Party Congress of the CPI(M) opened in Madurai on Wednesday.', '2025-04-03');
    assert.deepEqual(facts.map((f) => [f.key, f.day, f.aspect]), [['meeting:party congress#24', '2025-04-02', 'start']]);
  });

  // IAEA coverage: KUNA's "The 69th annual IAEA General Conference came to a close on Saturday"
  // dated nothing, and "runs through September 19" was a day it was held, not its last.
  it('"came to a close", "drew to a close", "runs through" and "until" date a meeting\'s last day', () => {
    const facts = (body: string) => eventDates(body, '2025-09-20').map((f) => [f.dateText, f.day, f.aspect]);
    assert.deepEqual(facts('The 69th IAEA General Conference came to a close on Saturday with a ceremony.'), [['Saturday', '2025-09-20', 'end']]);
    assert.deepEqual(facts('The 69th IAEA General Conference drew to a close in Vienna on Friday.'), [['Friday', '2025-09-19', 'end']]);
    assert.deepEqual(facts('The 69th IAEA General Conference runs through September 19.'), [['September 19', '2025-09-19', 'end']]);
    assert.deepEqual(facts('The 69th IAEA General Conference is underway until Friday.'), [['Friday', '2025-09-19', 'end']]);
    // Two closing days disagree.
    const { corpus } = corpusOf({
      'kuna.txt': 'Vienna\nPublished: 2025-09-20\n\nThe 69th IAEA General Conference came to a close on Saturday.\n',
      'ahn.txt': 'Vienna\nPublished: 2025-09-19\n\nThe 69th IAEA General Conference runs through September 19.\n',
    });
    assert.deepEqual(corpus.allConflicts().map((c) => [c.fact, c.sides.map((sd) => `${sd.label}: ${sd.value}`).sort()]), [['date', ['ahn.txt: September 19', 'kuna.txt: Saturday']]]);
  });

  // Xinhua: "The 142nd IOC Session opened on Monday evening and will resume on Aug. 10" (Wednesday
  // 24 July) put the opening on 29 July, the future of "will resume" for the past of "opened".
  it('the verb right before a date says its side before the rest of its clause does', () => {
    const days = (body: string, day: string) => eventDates(body, day).map((f) => [f.dateText, f.day]);
    assert.deepEqual(days('The 142nd IOC Session opened on Monday evening and will resume on Aug. 10.', '2024-07-24'), [['Monday', '2024-07-22']]);
    assert.deepEqual(days('The 16th BRICS summit, which will be held in Kazan on October 22-24, is the largest.', '2024-10-18'), [['October 22-24', '2024-10-22']]);
    assert.deepEqual(days('The 46th GCC Summit opened on Sunday and will close on Monday.', '2025-12-03')[0], ['Sunday', '2025-11-30']);
  });

  // Gulf coverage: "the 46th Gulf Cooperation Council (GCC) Summit, scheduled for Tuesday and Wednesday"
  // was held on Tuesday alone, against "opened Wednesday" and "will host … on Wednesday, December 3".
  it('two weekdays one after the other are the days from the first to the second; two apart stay two days', () => {
    const facts = (body: string, day = '2025-11-27') => eventDates(body, day).map((f) => [f.dateText, f.day, f.lastDay]);
    assert.deepEqual(facts('Meloni will attend the 46th GCC Summit, scheduled for Tuesday and Wednesday.'), [['Tuesday and Wednesday', '2025-12-02', '2025-12-03']]);
    assert.deepEqual(facts('The 46th GCC Summit will be held on Tuesday and Thursday.'), [['Tuesday', '2025-12-02', undefined]]);
    const { corpus } = corpusOf({
      'preview.txt': 'Meloni\nPublished: 2025-11-27\n\nMeloni will attend the 46th GCC Summit, scheduled for Tuesday and Wednesday.\n',
      'host.txt': 'Summit\nPublished: 2025-11-30\n\nManama will host the 46th GCC Summit on Wednesday, December 3.\n',
    });
    assert.deepEqual(corpus.allConflicts(), []);
  });

  // SADC coverage: "will hold the 44th Ordinary Summit … On August 17 and 18, 2024" read as 17 August
  // alone (of the article's year, had it been another), so "held on 18 August" elsewhere disagreed.
  it('two days of a month in a list are the days from the first to the second, with the year written after them', () => {
    const facts = (body: string, day = '2025-10-25') => eventDates(body, day).map((f) => [f.dateText, f.day, f.lastDay]);
    assert.deepEqual(facts('The 44th SADC Summit was held on August 17 and 18, 2024.'), [['August 17 and 18, 2024', '2024-08-17', '2024-08-18']]);
    assert.deepEqual(facts('The 44th SADC Summit will be held on 17 and 18 August 2024.'), [['17 and 18 August 2024', '2024-08-17', '2024-08-18']]);
    assert.deepEqual(facts('The 44th SADC Summit was held on Aug. 17 and 18 in Harare.', '2024-08-19'), [['Aug. 17 and 18', '2024-08-17', '2024-08-18']]);
    // A count after "and" is no day: "August 17 and 18 people".
    const t = 'Toll\nPublished: 2024-08-19\n\nOn August 17 and 18 people were hurt.\n';
    assert.deepEqual(analyze('p.txt', t).mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.date?.value]), [['August 17', '2024-08-17']]);
    // One source's "August 18" is within the other's two days.
    const { corpus } = corpusOf({
      'a.txt': 'Summit\nPublished: 2024-08-15\n\nThe 44th SADC Summit will be held on August 17 and 18, 2024, in Harare.\n',
      'b.txt': 'Summit\nPublished: 2024-08-19\n\nThe 44th SADC Summit was held on August 18 in Harare.\n',
    });
    assert.deepEqual(corpus.allConflicts(), []);
  });

  it('"on Tuesday" in 004 (Monday 2025-11-03) is 2025-11-04, relative; "Monday" is 2025-11-03', () => {
    const t = seed(SEED_004);
    assert.deepEqual(dateOf(t, 'Tuesday'), { value: '2025-11-04', precision: 'day', relative: true });
    assert.deepEqual(dateOf(t, 'Monday'), { value: '2025-11-03', precision: 'day', relative: true });
  });

  it('"Monday\'s talks" (004) is 2025-11-03', () => {
    const t = seed(SEED_004);
    const a = analyze(SEED_004, t);
    const at = t.indexOf("Monday's talks");
    const m = a.mentions.find((x) => x.span.start === at)!;
    assert.equal(m.text, 'Monday');
    assert.equal(m.date?.value, '2025-11-03');
  });

  it('"Nov. 4" in 000 (published 2025-10-27) is 2025-11-04, absolute; "said Monday" is 2025-10-27', () => {
    const t = seed(SEED_000);
    assert.deepEqual(dateOf(t, 'Nov. 4'), { value: '2025-11-04', precision: 'day', relative: false });
    assert.equal(dateOf(t, 'Monday')?.value, '2025-10-27');
    assert.equal(dateOf(t, 'Oct. 14')?.value, '2025-10-14');
    assert.equal(dateOf(t, 'Oct. 30, 2024')?.value, '2024-10-30');
  });

  it('"in three months" (004) and "five-year term" are not dates', () => {
    const t = seed(SEED_004);
    const a = analyze(SEED_004, t);
    assert.deepEqual(mentionsOver(a, t, 'three months'), []);
    assert.deepEqual(mentionsOver(a, t, 'five-year term'), []);
  });

  it('"yesterday" and "on Tuesday" are resolved against front-matter published:', () => {
    const t = fixture('clipping-yonhap-scm.md');
    assert.equal(dateOf(t, 'Yesterday')?.value, '2025-11-03');
    assert.equal(dateOf(t, 'Tuesday')?.value, '2025-11-04');
    assert.equal(dateOf(t, 'Monday')?.value, '2025-11-03');
  });

  it('relative dates are never resolved against the created: clipping date', () => {
    const t = '---\ntitle: Talks\ncreated: 2025-11-09\n---\n\nThe ministers met on Tuesday, and yesterday the generals met.\n';
    const a = analyze('c.md', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date'), []);
  });

  it('a weekday in a past-tense sentence is the one before the article date', () => {
    const t = 'Talks\nPublished: 5 Nov. 2025\n\nThe ministers met on Monday in Seoul.\n';
    assert.equal(dateOf(t, 'Monday')?.value, '2025-11-03');
  });

  it('a weekday in a future-tense sentence is the one after the article date', () => {
    const t = 'Talks\nPublished: 30 Oct. 2025\n\nThe ministers will meet on Tuesday in Seoul.\n';
    assert.equal(dateOf(t, 'Tuesday')?.value, '2025-11-04');
  });

  // Core bug: one tense per sentence; "was held" drags "on Tuesday" back to 2025-10-28.
  it('each weekday in a mixed-tense sentence is placed by its own clause', () => {
    const t = 'Back-to-back talks\nPublished: 3 Nov. 2025\n\nThe 50th Military Committee Meeting was held on Monday, a day before the 57th Security Consultative Meeting on Tuesday.\n';
    assert.equal(dateOf(t, 'Monday')?.value, '2025-11-03');
    assert.equal(dateOf(t, 'Tuesday')?.value, '2025-11-04');
  });

  // Core bug: "next week" keys weeks by Monday (week:2025-11-03), "this week" by Sunday (week:2025-11-02).
  it('"next week" (000) and "this week" in an article of that week are the same week', () => {
    const t0 = seed(SEED_000);
    const a0 = analyze(SEED_000, t0);
    const next = a0.mentions.find((m) => m.kind === 'date' && m.date?.precision === 'week')!;
    const t = 'Talks\nPublished: 4 Nov. 2025\n\nThe ministers are meeting in Seoul this week.\n';
    const a = analyze('w.txt', t);
    const thisWeek = a.mentions.find((m) => m.kind === 'date' && m.date?.precision === 'week')!;
    assert.ok(next && thisWeek);
    assert.equal(thisWeek.key, next.key);
  });

  // Thai PBS World: "On Friday next week, August 29, the Constitutional Court will deliver its verdict" was read as
  // the week of August 25, and flagged: "August 25, 2025 is a Monday, not a Friday".
  it('"Friday next week" is a day of next week, not the week', () => {
    const t = 'Verdict\nPublished: 22 Aug. 2025\n\nOn Friday next week, August 29, the court will rule. The vote is set for Tuesday next week. Talks were held on Monday last week.\n';
    assert.deepEqual(dateOf(t, 'Friday next week, August 29'), { value: '2025-08-29', precision: 'day', relative: true });
    assert.deepEqual(dateOf(t, 'Tuesday next week'), { value: '2025-08-26', precision: 'day', relative: true });
    assert.deepEqual(dateOf(t, 'Monday last week'), { value: '2025-08-11', precision: 'day', relative: true });
    assert.deepEqual(analyze('v.txt', t).warnings, []);
  });

  // Reuters, 25 January 2025: "who has led the department since Trump's inauguration on Monday" was read as the
  // Monday ahead (a noun says no tense), against "Jan. 20" elsewhere.
  it('a weekday after "since" is one that has passed', () => {
    const t = 'Hegseth confirmed\nPublished: January 25, 2025 3:18 AM GMT\n\nRobert Salesses, a career official, has led the department since President Donald Trump\'s inauguration on Monday.\n';
    assert.deepEqual(dateOf(t, 'Monday'), { value: '2025-01-20', precision: 'day', relative: true });
    assert.deepEqual(eventDates('Robert Salesses has led the department since President Donald Trump\'s inauguration on Monday.', 'January 25, 2025').map((f) => [f.key, f.event, f.day, f.planned ?? false]), [
      ['person:donaldtrump', 'took office', '2025-01-20', false],
    ]);
  });

  it('a date written with a year in another year keeps its year', () => {
    const t = 'Talks\nPublished: 3 Nov. 2025\n\nThe previous round was held on Oct. 30, 2024, in Washington.\n';
    assert.deepEqual(dateOf(t, 'Oct. 30, 2024'), { value: '2024-10-30', precision: 'day', relative: false });
  });

  it('a day of a month with its weekday and no year, months from the article, is of the year whose day is that weekday', () => {
    // Written in September 2025: Jan. 24 is a Friday in 2025 (and a Saturday in 2026, the nearer).
    const t = 'Senate\nPublished: 20 Sept. 2025\n\nThe vote on Friday, Jan. 24 split the chamber. The next session opens on Jan. 24. It meets on Tuesday, Dec. 2.\n';
    assert.deepEqual(dateOf(t, 'Friday, Jan. 24'), { value: '2025-01-24', precision: 'day', relative: false });
    assert.equal(dateOf(t, 'Jan. 24', 1)?.value, '2026-01-24');
    assert.equal(dateOf(t, 'Tuesday, Dec. 2')?.value, '2025-12-02');
    // Near the article's day the year is sure, and a weekday not the day's is a slip: Sept. 18, 2024 was a Wednesday.
    const near = 'Senate\nPublished: 20 Sept. 2025\n\nThe vote came on Wednesday, Sept. 18.\n';
    assert.equal(dateOf(near, 'Wednesday, Sept. 18')?.value, '2025-09-18');
  });

  it('an article with no date of its own places no year-less or relative date', () => {
    const t = 'Talks\n\nThe ministers met on Nov. 4 and again on Tuesday.\n';
    const a = analyze('nodate.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date'), []);
  });

  it('"May" as a verb and "March" as a noun are not dates', () => {
    const t = 'Talks\nPublished: 3 Nov. 2025\n\nThe ministers may meet again, and the march in Seoul went ahead.\n';
    const a = analyze('verbs.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date'), []);
  });
  // Core bug: chrono read fixed-length windows; a second date starting near the end of the
  // first one's window was cut between "Sept." and "16" and kept as the month only.
  it('a date near an earlier one in the same sentence keeps its day', () => {
    const t = 'Talks\nPublished: 5 Sept. 2025\n\nOfficials said on Monday that the two sides would meet Sept. 16 for a second round.\n';
    assert.deepEqual(dateOf(t, 'Sept. 16'), { value: '2025-09-16', precision: 'day', relative: false });
  });

  // Core bug: words that merely begin like a month ("Jang", "separate", "decided") opened
  // chrono windows too, and one of those cut "July 18" to "July" of the wrong year.
  // The Inquirer, 16 November 2025: "COP30 opened on Nov. 10 and is scheduled to close on Nov. 21" put
  // the opening in November 2026, for the plan later in the clause, against every other source's 10 November.
  it('a day right after "opened", "began" or "closed" is the nearest, whatever the clause plans after it', () => {
    const t = 'Climate\nPublished: 2025-11-16\n\nCOP30 opened on Nov. 10 and is scheduled to close on Nov. 21.\n';
    assert.deepEqual(dateOf(t, 'Nov. 10'), { value: '2025-11-10', precision: 'day', relative: false });
    assert.deepEqual(dateOf(t, 'Nov. 21'), { value: '2025-11-21', precision: 'day', relative: false });
  });

  it('a name that begins like a month does not cut the date after it', () => {
    const t = 'Talks\nPublished: 2023-07-15\n\nRear Adm. Jang Cheol-yeon and Defense Minister Jung Yong Il are set to meet on July 18 for talks.\n';
    assert.deepEqual(dateOf(t, 'July 18'), { value: '2023-07-18', precision: 'day', relative: false });
  });
  // Core bug: chrono's time parsers stretched a date over the time ("Monday at 3 p.m"), and
  // its slash parser made "9/11" September 11 of the article's year.
  // Found in a machine-translated Shangri-La Dialogue report: "on Friday (June 2)" gave two dates, the Friday placed by the article's date alone.
  it('a weekday with its date in brackets ("on Friday (June 2)") is one date, the bracketed day\'s; a bracketed day alone ("Sunday (4th)") changes nothing', () => {
    const t = 'Talks\nPublished: Feb. 15, 2024\n\nThe 20th Shangri-La Dialogue opened on Friday (June 2) evening. It closed on Sunday (4th). They left on Monday (June 5, 2023).\n';
    assert.deepEqual(dateOf(t, 'Friday (June 2)'), { value: '2024-06-02', precision: 'day', relative: false });
    assert.deepEqual(dateOf(t, 'Sunday'), { value: '2024-02-18', precision: 'day', relative: true });
    assert.deepEqual(dateOf(t, 'Monday (June 5, 2023)'), { value: '2023-06-05', precision: 'day', relative: false });
    const a = analyze('d.txt', t);
    assert.deepEqual(a.facts.map((f) => f.type === 'eventDate' && `${f.dateText}=${f.day}`), ['Friday (June 2)=2024-06-02']);
    // "runs" states the days a meeting is held.
    const u = 'Munich\nPublished: Feb. 15, 2024\n\nThe 60th Munich Security Conference runs February 16-18.\n';
    assert.deepEqual(analyze('u.txt', u).facts.map((f) => f.type === 'eventDate' && `${f.day}..${f.lastDay}`), ['2024-02-16..2024-02-18']);
  });

  // Military Times, published Friday 11 April and updated on Saturday: "**Update, Saturday:** Caine was sworn
  // in as chairman on Saturday" was read as 5 April, against the War Department's "April 12, 2025".
  it('a past weekday of the day a story was updated, a day or three after it was published, is that day', () => {
    const t = (updated: string) => `---\ntitle: Caine confirmed\ndate: 2025-04-11\nupdated: ${updated}\n---\n\nThe Senate confirmed Caine on Friday. **Update, Saturday:** Caine was sworn in as chairman on Saturday. He met aides on Thursday.\n`;
    const days = (u: string) => analyze('u.md', t(u)).mentions.filter((m) => m.kind === 'date').map((m) => `${m.text}=${m.date!.value}`);
    assert.deepEqual(days('2025-04-12'), ['Friday=2025-04-11', 'Saturday=2025-04-12', 'Saturday=2025-04-12', 'Thursday=2025-04-10']);
    // Updated a week later: the Saturday before (the label, with no verb, is the nearest).
    assert.deepEqual(days('2025-04-19'), ['Friday=2025-04-11', 'Saturday=2025-04-12', 'Saturday=2025-04-05', 'Thursday=2025-04-10']);
  });

  // Found on G20 coverage written in October: "held on Feb. 20-21" was read back to February 2025, and its
  // last day, chrono's, stayed in February 2026.
  it('a range read back to last year (or on to next) ends in that year too', () => {
    const t = 'G20\nPublished: 2025-10-16\n\nThe meeting was held on Feb. 20-21. The summit will be held on Feb. 24-25. Talks were held from Dec. 30 to Jan. 2.\n';
    const ranges = analyze('r.txt', t).mentions.filter((m) => m.kind === 'date').map((m) => `${m.text}=${m.date!.value}..${m.date!.lastDay}`);
    assert.deepEqual(ranges, ['Feb. 20-21=2025-02-20..2025-02-21', 'Feb. 24-25=2026-02-24..2026-02-25', 'Dec. 30 to Jan. 2=2024-12-30..2025-01-02']);
  });

  // Agência Brasil in English: "before the start of COP 30 on Monday (10)", written on Thursday 6 November,
  // was read as the Monday before, 3 November, against the others' 10 November.
  it('a weekday with its day of the month in brackets ("on Monday (10)") is that day, the nearest on which the weekday falls', () => {
    const t = 'Belém\nPublished: 2025-11-06\n\nLeaders gather before the start of COP 30 on Monday (10). They met on Tuesday (4) and on Friday (3). A vote was held on Sunday (45).\n';
    assert.deepEqual(dateOf(t, 'Monday (10)'), { value: '2025-11-10', precision: 'day', relative: true });
    assert.deepEqual(dateOf(t, 'Tuesday (4)'), { value: '2025-11-04', precision: 'day', relative: true });
    assert.deepEqual(dateOf(t, 'Friday (3)'), { value: '2025-10-03', precision: 'day', relative: true });
    // No day of a month: the weekday alone, as before.
    assert.deepEqual(dateOf(t, 'Sunday'), { value: '2025-11-02', precision: 'day', relative: true });
    assert.deepEqual(analyze('d.txt', t).facts.map((f) => f.type === 'eventDate' && [f.key, f.day, f.aspect]), [['meeting:conference of parties#30', '2025-11-10', 'start']]);
  });

  // The Hindu: "The 25th meeting of the SCO's Council of Heads of State was held in Tianjin on August 31 and
  // September 1" was read as August 31, against Global Times's "on Monday" (September 1).
  it('two dates a day apart across a month\'s end, written as a list, are one range; not two dates further apart', () => {
    const t = 'SCO\nPublished: 2025-11-05\n\nIt was held in Tianjin on August 31 and September 1. They met on May 3 and June 10.\n';
    const ranges = analyze('r.txt', t).mentions.filter((m) => m.kind === 'date').map((m) => `${m.text}=${m.date!.value}..${m.date!.lastDay ?? ''}`);
    assert.deepEqual(ranges, ['August 31 and September 1=2025-08-31..2025-09-01', 'May 3=2025-05-03..', 'June 10=2025-06-10..']);
  });

  // Islands Business, written on Monday 15 September: "The 54th … Leaders Meeting ran from Monday 8 to Friday
  // 12 September" was read as that Monday, the 15th, against Kyodo's "held from Monday" (the 8th).
  it('"Monday 8 to Friday 12 September" is one range, its first day in the second\'s month or the month before; not when the weekday is not that day\'s', () => {
    const t = 'Forum\nPublished: 2025-09-15\n\nThe 54th Pacific Islands Forum Leaders Meeting ran from Monday 8 to Friday 12 September. Talks ran from Monday 29 September to Friday 3 October. A retreat ran from Tuesday 8 to Friday 12 September.\n';
    const ranges = analyze('r.txt', t).mentions.filter((m) => m.kind === 'date').map((m) => `${m.text}=${m.date!.value}..${m.date!.lastDay ?? ''}`);
    assert.deepEqual(ranges, ['Monday 8 to Friday 12 September=2025-09-08..2025-09-12', 'Monday 29 September to Friday 3 October=2025-09-29..2025-10-03', 'Tuesday=2025-09-16..', 'Friday 12 September=2025-09-12..']);
    assert.deepEqual(analyze('d.txt', t).facts.map((f) => f.type === 'eventDate' && [f.key, f.day, f.lastDay]), [['meeting:pacific island forum#54', '2025-09-08', '2025-09-12']]);
  });

  it('a scheduled event in the present tense ("the summit opens on July 11", "begins Monday") is ahead of the article\'s date', () => {
    const t = 'Preview\nPublished: Jan. 5, 2023\n\nThe summit opens on July 11 in Vilnius. The session begins Monday. The talks were held on July 11.\n';
    assert.equal(dateOf(t, 'July 11')?.value, '2023-07-11');
    assert.equal(dateOf(t, 'Monday')?.value, '2023-01-09');
    assert.equal(dateOf(t, 'July 11', 1)?.value, '2022-07-11');
  });

  it('a time of day is not part of a date, and "9/11" is not a date', () => {
    const t = 'Talks\nPublished: 3 Nov. 2025\n\nThe ministers met on Monday at 3 p.m. and again Tuesday morning.\n\nOfficials recalled 9/11 as the summit opened Nov. 4 at 10:30.\n';
    const a = analyze('times.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.key, t.slice(m.span.start, m.span.end)]), [
      ['Monday', 'date:2025-11-03', 'Monday'],
      ['Tuesday', 'date:2025-11-04', 'Tuesday'],
      ['Nov. 4', 'date:2025-11-04', 'Nov. 4'],
    ]);
  });
  // Core bug: a bare relative word was dropped with "may" and "march" as verbs; once chrono
  // stopped reading "morning", "tomorrow morning" went with it.
  it('"tomorrow morning" and a bare "yesterday" are dates', () => {
    const t = 'Talks\nPublished: 4 Nov. 2025\n\nThe two sides will meet tomorrow morning. They met yesterday in Seoul.\n';
    assert.deepEqual(dateOf(t, 'tomorrow'), { value: '2025-11-05', precision: 'day', relative: true });
    assert.deepEqual(dateOf(t, 'yesterday'), { value: '2025-11-03', precision: 'day', relative: true });
  });
  // Core bug: a month alone was compared by day, so "in mid-November" in a future sentence
  // written on Nov. 3 (chrono's Nov. 1 is two days back) went to the next year.
  it('a month alone is placed by month: this month stays in this year', () => {
    const t = 'Talks\nPublished: 3 Nov. 2025\n\nThe next round will take place in mid-November. The talks were held in October. Another round will be held in October. The summit was held in December.\n';
    const a = analyze('months.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.key]), [
      ['November', 'month:2025-11'], ['October', 'month:2025-10'], ['October', 'month:2026-10'], ['December', 'month:2024-12'],
    ]);
  });

  // 639 real articles gave one meeting's date: "(ACD) ministerial meeting was held in the Iranian
  // capital Tehran on Monday", "(PIF), was held in Nuku'alofa, Tonga, from 26 to 30 August 2024" and
  // "Widodo officially opened the 43rd ASEAN Summit … today" dated nothing or the wrong aspect.
  it('a meeting\'s date after its kind in lower case, a capital city, a place with an apostrophe; "opened the X" dates its first day', () => {
    const t = 'Talks\nPublished: Tuesday, 5 Sept. 2023\n\nThe 19th Asia Cooperation Dialogue (ACD) ministerial meeting was held in the Iranian capital Tehran on Monday. ' +
      'The 53rd Pacific Islands Forum (PIF), was held in Nuku\'alofa, Tonga, from 26 to 30 August 2024. President Joko Widodo officially opened the 43rd ASEAN Summit at the Jakarta Convention Center today. ' +
      'Widodo closed the 43rd ASEAN Summit on Thursday. Leaders met at the 43rd ASEAN Summit on Wednesday.\n';
    const a = analyze('kinds.txt', t);
    assert.deepEqual(a.facts.flatMap((f) => (f.type === 'eventDate' ? [[f.key, f.dateText, f.day, f.lastDay, f.aspect]] : [])), [
      ['meeting:asia cooperation dialogue#19', 'Monday', '2023-09-04', undefined, undefined],
      ['meeting:pacific island forum#53', '26 to 30 August 2024', '2024-08-26', '2024-08-30', undefined],
      ['meeting:asean summit#43', 'today', '2023-09-05', undefined, 'start'],
      ['meeting:asean summit#43', 'Thursday', '2023-09-07', undefined, 'end'],
    ]);
  });
});


describe('dates: a stop run into the next sentence', () => {
  // "… during the plenary session of COP28 on December 11.The events will be held …": the future of the
  // next sentence placed December 11 ahead, in 2024, when the decision was made the year before.
  it('ends the clause whose tense places a day without a year', () => {
    const t = 'COP29\nPublished: 10 Nov. 2024\n\nThe decision was made during the plenary session of COP28 on December 11.The events will be held from November 11-22 in Baku.\n';
    const a = analyze('stop.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.key]), [['December 11', 'date:2023-12-11'], ['November 11-22', 'date:2024-11-11']]);
  });
});

// Written on a Saturday, "the summit began on Monday" was placed two days ahead (chrono's closest
// Monday), against a Tuesday source's Monday before: the same day read as two, a false conflict.
describe('dates: a weekday in a clause about what happened', () => {
  const SATURDAY = 'Wrap\nPublished: 25 Oct. 2025\n\n';
  const dayOf = (body: string) => analyze('sat.txt', SATURDAY + body + '\n').mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.key]);

  it('is the day before the article when the verb says it happened, or a statement was made that day', () => {
    assert.deepEqual(dayOf('The 12th Delta Summit began on Monday.'), [['Monday', 'date:2025-10-20']]);
    assert.deepEqual(dayOf('The summit opened on Monday in Vienna.'), [['Monday', 'date:2025-10-20']]);
    assert.deepEqual(dayOf('The ministry said on Monday that talks will resume.'), [['Monday', 'date:2025-10-20']]);
    assert.deepEqual(dayOf('The ministry said in a statement on Monday.'), [['Monday', 'date:2025-10-20']]);
    assert.deepEqual(dayOf('He told reporters on Monday that he would go.'), [['Monday', 'date:2025-10-20']]);
  });

  it('stays the coming day when the clause says it is ahead, or says nothing either way', () => {
    assert.deepEqual(dayOf('Officials said the summit opens on Monday.'), [['Monday', 'date:2025-10-27']]);
    assert.deepEqual(dayOf('The cabinet reshuffle is to be announced on Monday.'), [['Monday', 'date:2025-10-27']]);
    assert.deepEqual(dayOf('The result, which was due to be announced on Monday, was delayed.'), [['Monday', 'date:2025-10-27']]);
    assert.deepEqual(dayOf('Officials said Monday the summit opens on Thursday.'), [['Monday', 'date:2025-10-20'], ['Thursday', 'date:2025-10-30']]);
    // "elected" and "closed" read as adjectives: no tense.
    assert.deepEqual(dayOf('The newly elected parliament meets on Monday.'), [['Monday', 'date:2025-10-27']]);
    assert.deepEqual(dayOf('A closed-door session follows on Monday.'), [['Monday', 'date:2025-10-27']]);
  });

  it('a day of a month keeps to the strong past verbs: a past verb elsewhere in the clause does not move it a year', () => {
    assert.deepEqual(dayOf('The talks, started in the spring, resume on December 10.').filter(([t]) => t === 'December 10'), [['December 10', 'date:2025-12-10']]);
    assert.deepEqual(dayOf('Delegates who arrived early meet on December 10.'), [['December 10', 'date:2025-12-10']]);
  });

  it('a summit that began on Monday, written on Tuesday and on Saturday, is one day: no conflict', () => {
    const tuesday = 'Opens\nPublished: 21 Oct. 2025\n\nThe 12th Delta Summit began on Monday in Vienna.\n';
    const saturday = SATURDAY + 'The 12th Delta Summit began on Monday in Vienna and closed on Thursday.\n';
    const { corpus } = corpusOf({ 'tue.txt': tuesday, 'sat.txt': saturday });
    assert.deepEqual(corpus.allConflicts(), []);
    assert.deepEqual([...corpus.get(uriOf('sat.txt'))!.facts].map((f) => f.type === 'eventDate' && [f.key, f.day]), [['meeting:delta summit#12', '2025-10-20']]);
  });
});

describe('dates: a weekday the date does not fall on', () => {
  const warningsOf = (published: string, body: string) => analyze('w.txt', `Talks\nPublished: ${published}\n\n${body}\n`).warnings.filter((w) => w.code === 'weekdayMismatch');

  // Ghana coverage: one outlet wrote "Tuesday, March 24, 2025", another "Monday, March 24, 2025".
  it('a weekday written with a day and a year it does not fall on is a warning on the date', () => {
    const body = 'The changes take effect Tuesday, March 24, 2025, the Presidency said.';
    const w = warningsOf('17 Mar. 2025', body);
    assert.deepEqual(w.map((x) => [x.message, x.span.end - x.span.start]), [["'Tuesday, March 24, 2025': March 24, 2025 is a Monday, not a Tuesday", 'Tuesday, March 24, 2025'.length]]);
    assert.deepEqual(warningsOf('17 Mar. 2025', body.replace('Tuesday', 'Monday')), []);
    assert.deepEqual(warningsOf('3 Nov. 2025', 'They met on Sunday, 3 November 2019, in Seoul.'), []);
  });

  // Nepal's government releases: "Date: 2082/05/19 B.S. (4 September 2025)" made the article's day 2082-05-19,
  // and "Wednesday, 2082/05/18" (Bikram Sambat) a Monday of 2082.
  it('a date of another calendar is no date: no warning, and the day in brackets is the article\'s', () => {
    const t = 'Notice\nDate: 2082/05/19 B.S. (4 September 2025)\n\nThe deadline expired on Wednesday, 2082/05/18 (3 September 2025), the ministry said.\n';
    const a = analyze('bs.txt', t);
    assert.equal(a.meta.published?.day, '2025-09-04');
    assert.deepEqual(a.warnings.filter((w) => w.code === 'weekdayMismatch'), []);
    assert.ok(!a.mentions.some((m) => m.kind === 'date' && m.key.startsWith('date:2082')));
  });

  it('without a year, only a date near the article\'s day: chrono\'s year may be another', () => {
    assert.deepEqual(warningsOf('20 Mar. 2025', 'Talks resume on Friday, March 29.').map((x) => x.message), ["'Friday, March 29': March 29, 2025 is a Saturday, not a Friday"]);
    assert.deepEqual(warningsOf('20 Mar. 2025', 'The accord was signed on Friday, October 29.'), []);
  });

  // Thai, Macanese and Busan coverage: "scheduled for Wednesday (July 3)" of 2025, a Thursday, said nothing.
  it('a weekday before a date in brackets that it does not fall on is a warning; not "last Friday (Oct. 24)", nor one whose year is unsure', () => {
    const w = warningsOf('30 Oct. 2025', 'The summit began at 10 a.m. on Wednesday (Oct. 30) at the airport.');
    assert.deepEqual(w.map((x) => [x.message, x.span.end - x.span.start]), [["'Wednesday (Oct. 30)': October 30, 2025 is a Thursday, not a Wednesday", 'Wednesday (Oct. 30)'.length]]);
    assert.deepEqual(warningsOf('30 Oct. 2025', 'The summit began at 10 a.m. on Thursday (Oct. 30) at the airport.'), []);
    assert.deepEqual(warningsOf('30 Oct. 2025', 'Talks were held last Friday (Oct. 23) in Kuala Lumpur.'), []);
    assert.deepEqual(warningsOf('30 Oct. 2025', 'The accord was signed on Sunday (May 5) in Geneva.'), []);
    assert.deepEqual(warningsOf('30 Oct. 2025', 'The accord was signed on Sunday (May 5, 2025) in Geneva.').map((x) => x.message), ["'Sunday (May 5, 2025)': May 5, 2025 is a Monday, not a Sunday"]);
  });

  // US-China coverage: "two days of talks on Saturday and Sunday, May 10–11" was "Sunday, May 10", a Saturday.
  it('the weekdays of a range, or of a list of weekdays, are its days\' and warn of nothing', () => {
    assert.deepEqual(warningsOf('13 May 2025', 'The statement came after two days of talks on Saturday and Sunday, May 10–11, in Geneva.'), []);
    assert.deepEqual(warningsOf('13 May 2025', 'The talks on Saturday and Sunday, May 10, ended.'), []);
    assert.deepEqual(warningsOf('13 May 2025', 'They met on Sunday, May 10 to 11.'), []);
    assert.deepEqual(warningsOf('13 May 2025', 'Talks on Sunday, May 10, 2025 ended.').length, 1);
  });

  // Vatican coverage: "Day 1, Saturday, April 26, 10 a.m. — Funeral Mass" was April 26, 2010, a Monday.
  it('one or two digits after the day are an hour or a count, not a year', () => {
    assert.deepEqual(warningsOf('23 Apr. 2025', 'Day 1, Saturday, April 26, 10 a.m. — Funeral Mass in St. Peter\'s Square.'), []);
    const a = analyze('d.txt', 'Rome\nPublished: 23 Apr. 2025\n\nThe funeral is on Saturday, April 26, 10 a.m. Another session on April 29, 30 delegates came.\n');
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.key]), [['Saturday, April 26', 'date:2025-04-26'], ['April 29', 'date:2025-04-29']]);
  });

  it('a weekday alone, a day alone and a weekday as a given name warn of nothing', () => {
    assert.deepEqual(warningsOf('20 Mar. 2025', 'They met on Tuesday. They meet again on March 24. Air Vice Marshal Sunday Kelvin Aneke spoke on March 24, 2025.'), []);
  });
});

describe('dates: a lower-case verb before a day is no weekday', () => {
  // A Channels TV transcript: "the Assembly … sat yesterday" was read as "Saturday, yesterday" and
  // warned that 18 September 2025 "is a Thursday, not a Saturday".
  it('"sat yesterday" is yesterday, with no weekday to check; "Sat., Sept. 20" is still a Saturday', () => {
    const t = 'Rivers\nPublished: 19 Sept. 2025\n\nREPORTER: Yes, the Assembly under the Speaker sat yesterday. The rally is on Sat., Sept. 20, in Port Harcourt.\n';
    const a = analyze('sat.txt', t);
    assert.deepEqual(a.warnings.filter((w) => w.code === 'weekdayMismatch'), []);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.date?.value]), [['yesterday', '2025-09-18'], ['Sat., Sept. 20', '2025-09-20']]);
  });
});

describe('dates: "now" after a weekday is the writer\'s moment', () => {
  // A Sky News live blog of Friday 13 June: "talks in Muscat on Sunday now in doubt" was read as
  // "Sunday now", today, and warned that 13 June "is a Friday, not a Sunday".
  it('"on Sunday now in doubt" is the Sunday ahead, with no weekday to warn of', () => {
    const t = 'Live\nPublished: 2025-06-13\n\nThe sixth round of talks in Muscat on Sunday now in doubt. The vote on Monday now looks unlikely.\n';
    const a = analyze('now.txt', t);
    assert.deepEqual(a.warnings.filter((w) => w.code === 'weekdayMismatch'), []);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.date?.value]), [['Sunday', '2025-06-15'], ['Monday', '2025-06-16']]);
  });
});

describe('dates: a named day of the year is no nearest weekday', () => {
  // The Mirror, after the funeral: "Francis, 88, died on Easter Monday" was read as the Monday before
  // its article, 28 April, against everyone's 21 April.
  it('"on Easter Monday", "Good Friday", "Super Tuesday" give no day; "Easter Monday, 21 April" gives its date', () => {
    const dates = (body: string) => analyze('e.txt', `Funeral\nPublished: 29 April 2025\n\n${body}\n`).mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.date?.value]);
    assert.deepEqual(dates('Francis died on Easter Monday after a stroke. Voters went out on Super Tuesday. The church was full on Good Friday.'), []);
    assert.deepEqual(dates('Francis died on Easter Monday, 21 April, aged 88. He met Vance on Sunday.'), [['Monday, 21 April', '2025-04-21'], ['Sunday', '2025-04-27']]);
  });
});

describe('dates: part of a month is no day', () => {
  // The Independent: "Kamil Idris took the oath of office in Port Sudan at the end of May" was dated 31 May,
  // a day the writer never gave, and would disagree with "sworn in … on 19 May 2025".
  it('"the end of May" is May, "May 31" the day', () => {
    const t = 'Sudan\nPublished: 16 Nov. 2025\n\nKamil Idris took the oath of office at the end of May. The vote on May 31 failed.\n';
    const a = analyze('end.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.key, m.date?.precision]), [['end of May', 'month:2025-05', 'month'], ['May 31', 'date:2025-05-31', 'day']]);
    assert.deepEqual(a.facts.filter((f) => f.type === 'eventDate'), []);
  });
});

describe('dates: what an election\'s coverage writes', () => {
  // RTHK's transcript: "the Legislative Council election, due to take place on Sunday, December the 7th".
  it('"December the 7th" is the 7th of December, spans as written', () => {
    const text = 'News\nPublished: 29 November 2025\n\nThe election is due to take place on Sunday, December the 7th, the anchor said.\n';
    assert.deepEqual(dateOf(text, 'Sunday, December the 7th'), { value: '2025-12-07', precision: 'day', relative: false });
    const a = analyze('d.txt', text);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date').map((m) => text.slice(m.span.start, m.span.end)), ['Sunday, December the 7th']);
  });

  // France 24, Friday 14 June 2024: "whose list came third in Sunday's European Parliament election"
  // was the Sunday two days ahead; The Standard, Monday 1 Dec. 2025: "the Legislative Council
  // election, due on Sunday" the day before.
  it('"came third in Sunday\'s election" is the Sunday before; "due on Sunday" the one ahead, "was due on Sunday" the one before', () => {
    assert.deepEqual(dateOf("Vote\nPublished: 14 June 2024\n\nGlucksmann, whose list came third in Sunday's European election, spoke.\n", 'Sunday'), { value: '2024-06-09', precision: 'day', relative: true });
    assert.deepEqual(dateOf('Vote\nPublished: 1 December 2025\n\nCandidates in the election, due on Sunday, remain on a pause.\n', 'Sunday'), { value: '2025-12-07', precision: 'day', relative: true });
    assert.deepEqual(dateOf('Vote\nPublished: 1 December 2025\n\nThe vote was due on Sunday but was moved.\n', 'Sunday'), { value: '2025-11-30', precision: 'day', relative: true });
  });
});

import { strict as assert } from 'assert';
import { conflictDiagnostics } from '../../server/src/core/service/diagnostics';
import { analyze, corpusOf, DEFAULT_DIAGNOSTICS, fixture, offsetOf, seedCorpus, SEED_000, SEED_004, slice, spanOf, uriOf } from './helpers';

/** A one-paragraph wire story published on `day` ("3 Nov. 2025"). */
function wire(headline: string, day: string, body: string): string {
  return `${headline}\nPublished: ${day}, 10:00\n\nSEOUL (Yonhap) -- ${body}\n`;
}

/** The conflicts among these articles, each as its sides' "file: value", sorted and joined. */
function offices(files: Record<string, string>): string[] {
  return corpusOf(files).corpus.allConflicts().map((c) => c.sides.map((sd) => `${sd.label}: ${sd.value}`).sort().join(' / '));
}

/** Each title an article gives: as written, and normalised. */
function titles(text: string): (string | undefined)[][] {
  return analyze('a.txt', text).facts.flatMap((f) => (f.type === 'title' ? [[f.title.text, f.title.office]] : []));
}

/** Each meeting day an article gives: the meeting, the day, and the place that names its edition. */
function facts(text: string): (string | null)[][] {
  return analyze('a.txt', text).facts.flatMap((f) => (f.type === 'eventDate' ? [[f.key, f.day, f.where ?? null]] : []));
}

/** Each conflict's key, and its sides as "file=value", sorted. */
function conflictSides(corpus: ReturnType<typeof corpusOf>['corpus']): [string, string[]][] {
  return corpus.allConflicts().map((x) => [x.key, x.sides.map((sd) => `${sd.label}=${sd.norm}`).sort()]);
}

describe('conflicts: seeds', () => {
  const { corpus, uri, text } = seedCorpus();

  it('has exactly one conflict: Jin Yong-sung\'s rank', () => {
    const all = corpus.allConflicts();
    assert.equal(all.length, 1, JSON.stringify(all.map((c) => c.id)));
    const c = all[0];
    assert.equal(c.fact, 'rank');
    assert.equal(corpus.nameOf(corpus.entityOf(c.key)!), 'Jin Yong-sung');
    assert.deepEqual(c.sides.map((s) => [s.label, s.value, s.norm]).sort(), [
      [SEED_000, 'Lt. Gen.', 'lieutenant general'],
      [SEED_004, 'Gen.', 'general'],
    ]);
    assert.deepEqual(c.against, [[1], [0]]);
    assert.deepEqual(c.againstCount, [1, 1]);
  });

  it('the 57th SCM has no date conflict ("Nov. 4" vs "on Tuesday" after Monday 2025-11-03)', () => {
    assert.deepEqual(corpus.conflictsOf('meeting:security consultative meeting#57'), []);
    const days = [SEED_000, SEED_004].map((n) => corpus.get(uri(n))!.facts.filter((f) => f.type === 'eventDate').map((f) => f.type === 'eventDate' && f.day));
    assert.deepEqual(days, [['2025-11-04'], ['2025-11-04']]);
  });

  it('"Defense Minister" vs "Defence Minister" for Ahn is not a conflict', () => {
    const ahn = corpus.get(uri(SEED_000))!.mentions.find((m) => m.text === 'Ahn Gyu-back')!.key;
    assert.deepEqual(corpus.conflictsOf(ahn), []);
  });

  it('"U.S. Defense Secretary" vs "US Defence Secretary" for Hegseth is not a conflict', () => {
    const key = corpus.get(uri(SEED_000))!.mentions.find((m) => m.text === 'Pete Hegseth')!.key;
    assert.deepEqual(corpus.conflictsOf(key), []);
  });

  it('diagnostic in 000 reads "Jin Yong-sung: \'Lt. Gen.\' here, \'Gen.\' in 004_..."', () => {
    const t0 = text(SEED_000);
    const d = conflictDiagnostics(corpus, uri(SEED_000), DEFAULT_DIAGNOSTICS);
    assert.equal(d.length, 1);
    assert.equal(d[0].message, `Jin Yong-sung: 'Lt. Gen.' here, 'Gen.' in ${SEED_004}`);
    assert.equal(d[0].code, 'titleConflict');
    assert.equal(d[0].severity, 'warning');
    assert.equal(slice(t0, d[0].span), 'Joint Chiefs of Staff Chairman Lt. Gen. Jin Yong-sung');
    assert.equal(d[0].related.length, 1);
    assert.equal(d[0].related[0].uri, uri(SEED_004));
    assert.equal(slice(text(SEED_004), d[0].related[0].span), 'Gen. Jin Yong-sung');
    assert.equal(d[0].related[0].message, `${SEED_004} says 'Gen.'`);
  });

  it('diagnostic in 004 reads "Jin Yong-sung: \'Gen.\' here, \'Lt. Gen.\' in 000_..."', () => {
    const d = conflictDiagnostics(corpus, uri(SEED_004), DEFAULT_DIAGNOSTICS);
    assert.equal(d.length, 1);
    assert.equal(d[0].message, `Jin Yong-sung: 'Gen.' here, 'Lt. Gen.' in ${SEED_000}`);
    assert.deepEqual(d[0].span, spanOf(text(SEED_004), 'Gen. Jin Yong-sung'));
  });

  it('a disabled kind gives no diagnostics; severity is passed through', () => {
    assert.deepEqual(conflictDiagnostics(corpus, uri(SEED_000), { ...DEFAULT_DIAGNOSTICS, titleConflict: { enabled: false, severity: 'warning' } }), []);
    const d = conflictDiagnostics(corpus, uri(SEED_000), { ...DEFAULT_DIAGNOSTICS, titleConflict: { enabled: true, severity: 'error' } });
    assert.equal(d[0].severity, 'error');
  });
});

describe('conflicts: meeting dates', () => {
  // Core bugs from BRICS coverage: the day a leader arrived "for the 16th BRICS Summit" was
  // taken for the summit's day, and "is set to take place in Kazan, Russia, on October 22-23"
  // was too far from the summit to count.
  // Found on BRICS coverage: "opened on Tuesday" and "was held on Wednesday" disagreed although
  // a third source gave the summit's three days.
  it('two days within the days a source gives for the whole meeting do not disagree; a day outside them does', () => {
    const opened = 'Summit opens\nPublished: October 22, 2024\n\nThe 16th BRICS Summit opened in Kazan on Tuesday.\n';
    const preview = 'Summit preview\nPublished: October 20, 2024\n\nThe 16th BRICS Summit is set to take place in Kazan, Russia, on October 22-24.\n';
    const held = 'Summit held\nPublished: October 23, 2024\n\nThe 16th BRICS Summit was held in Kazan on Wednesday.\n';
    const late = 'Summit held\nPublished: October 26, 2024\n\nThe 16th BRICS Summit was held in Kazan on Friday.\n';
    assert.equal(corpusOf({ 'opened.txt': opened, 'preview.txt': preview, 'held.txt': held }).corpus.allConflicts().length, 0);
    const c = corpusOf({ 'opened.txt': opened, 'preview.txt': preview, 'late.txt': late }).corpus.allConflicts();
    assert.deepEqual(c.map((x) => x.sides.map((sd) => `${sd.label}=${sd.norm}`).sort()), [['late.txt=2024-10-25', 'preview.txt=2024-10-22..2024-10-24']]);
  });

  // Found on ASEAN coverage: "opened on Sunday" and "was held on Monday" were reported as a
  // disagreement about a summit of three days.
  it('the day a meeting opens disagrees only with another opening day, or with a day before it', () => {
    const opened = 'Summit opens\nPublished: October 26, 2025\n\nThe 47th ASEAN Summit opened in Kuala Lumpur on Sunday.\n';
    const held = 'Summit\nPublished: October 27, 2025\n\nThe 47th ASEAN Summit was held in Kuala Lumpur on Monday.\n';
    const openedLater = 'Summit opens\nPublished: October 27, 2025\n\nThe 47th ASEAN Summit opened in Kuala Lumpur on Monday.\n';
    const heldBefore = 'Summit\nPublished: October 25, 2025\n\nThe 47th ASEAN Summit was held in Kuala Lumpur on Saturday.\n';
    const { corpus, analysis } = corpusOf({ 'opened.txt': opened, 'held.txt': held });
    assert.deepEqual(analysis('opened.txt').facts.map((f) => f.type === 'eventDate' && [f.day, f.aspect]), [['2025-10-26', 'start']]);
    assert.deepEqual(analysis('held.txt').facts.map((f) => f.type === 'eventDate' && [f.day, f.aspect]), [['2025-10-27', undefined]]);
    assert.equal(corpus.allConflicts().length, 0, 'opened on Sunday, held on Monday: both true of a summit of several days');
    const two = corpusOf({ 'opened.txt': opened, 'later.txt': openedLater }).corpus.allConflicts();
    assert.deepEqual(two.map((x) => x.sides.map((sd) => `${sd.label}=${sd.value}`).sort()), [['later.txt=Monday', 'opened.txt=Sunday']]);
    const before = corpusOf({ 'opened.txt': opened, 'before.txt': heldBefore }).corpus.allConflicts();
    assert.deepEqual(before.map((x) => x.sides.map((sd) => `${sd.label}=${sd.value}`).sort()), [['before.txt=Saturday', 'opened.txt=Sunday']]);
    // Written around the body's name, with "commenced" and no "on".
    const commenced = 'ASEAN\nPublished: October 27, 2025\n\nThe 47th summit of the Association of Southeast Asian Nations (ASEAN) commenced Monday in Malaysia.\n';
    const { corpus: k, analysis: an } = corpusOf({ 'opened.txt': opened, 'commenced.txt': commenced });
    assert.deepEqual(an('commenced.txt').facts.map((f) => f.type === 'eventDate' && [f.key, f.day, f.aspect]), [['meeting:asean summit#47', '2025-10-27', 'start']]);
    assert.deepEqual(k.allConflicts().map((x) => x.sides.map((sd) => `${sd.label}=${sd.value}`).sort()), [['commenced.txt=Monday', 'opened.txt=Sunday']]);
  });

  it('a leader\'s arrival day is not the summit\'s; a summit set to take place in a city, a country, on a day is', () => {
    const arrival = 'Xi arrives\nPublished: October 22, 2024\n\nChinese President Xi Jinping arrived in Kazan on Monday for the 16th BRICS Summit.\n';
    const preview = 'Summit preview\nPublished: October 20, 2024\n\nThe 16th BRICS Summit is set to take place in Kazan, Russia, on October 22-23, under Russia\'s chairmanship.\n';
    const { corpus, analysis } = corpusOf({ 'arrival.txt': arrival, 'preview.txt': preview });
    assert.deepEqual(analysis('arrival.txt').facts.filter((f) => f.type === 'eventDate'), []);
    assert.deepEqual(analysis('preview.txt').facts.filter((f) => f.type === 'eventDate').map((f) => f.type === 'eventDate' && [f.key, f.day, f.lastDay]), [['meeting:brics summit#16', '2024-10-22', '2024-10-23']]);
    assert.equal(corpus.allConflicts().length, 0);
  });

  it('the same 57th SCM on different days in two sources is a conflict naming both dates', () => {
    const wed = fixture('wire-crlf-scm-wednesday.txt');
    const { corpus, uri, text } = seedCorpus({ 'wed.txt': wed });
    const c = corpus.conflictsOf('meeting:security consultative meeting#57');
    assert.equal(c.length, 1);
    assert.equal(c[0].fact, 'date');
    assert.deepEqual(c[0].sides.map((s) => `${s.label}=${s.norm}`).sort(), [`${SEED_000}=2025-11-04`, `${SEED_004}=2025-11-04`, 'wed.txt=2025-11-05']);
    // wed.txt also calls Jin 'Gen.' (a rank conflict with 000); only the date is looked at here.
    const d = conflictDiagnostics(corpus, uri('wed.txt'), DEFAULT_DIAGNOSTICS).filter((x) => x.code === 'dateConflict');
    assert.equal(d.length, 1);
    assert.equal(d[0].message, `57th Security Consultative Meeting: 'Wednesday' here, 'Nov. 4' in ${SEED_000}, 'Tuesday' in ${SEED_004} for the date`);
    assert.equal(slice(text('wed.txt'), d[0].span), 'Wednesday');
    assert.deepEqual(d[0].span, spanOf(wed, 'Wednesday', 1));
    // 000 and 004 agree with each other: each is only in conflict with wed.txt.
    const d0 = conflictDiagnostics(corpus, uri(SEED_000), DEFAULT_DIAGNOSTICS).filter((x) => x.code === 'dateConflict');
    assert.equal(d0.length, 1);
    assert.equal(d0[0].message, `57th Security Consultative Meeting: 'Nov. 4' here, 'Wednesday' in wed.txt for the date`);
  });

  // Found in summit coverage: news write "the 15th BRICS summit" in lower case, and the meeting went unread.
  it('a numbered summit written in lower case states its day; the same summit on another day conflicts, the next one does not', () => {
    const a = 'Summit opens\nPublished: 22 Aug. 2023\n\nThe 15th BRICS summit opened in Johannesburg on Aug. 22.\n';
    const b = 'Summit opens\nPublished: 23 Aug. 2023\n\nThe 15th BRICS Summit opened in Johannesburg on Aug. 23, 2023.\n';
    const d = 'Next summit\nPublished: 23 Aug. 2023\n\nThe 16th BRICS summit will open in Kazan on Oct. 22, 2024.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'b.txt': b, 'd.txt': d });
    assert.deepEqual(corpus.get(uri('a.txt'))!.facts.map((f) => f.type === 'eventDate' && `${f.key}=${f.day}`), ['meeting:brics summit#15=2023-08-22']);
    const c = corpus.allConflicts();
    assert.deepEqual(c.map((x) => [x.key, x.fact, x.sides.map((sd) => `${sd.label}=${sd.norm}`).sort()]), [['meeting:brics summit#15', 'date', ['a.txt=>2023-08-22', 'b.txt=>2023-08-23']]]);
    const diag = conflictDiagnostics(corpus, uri('a.txt'), DEFAULT_DIAGNOSTICS);
    assert.deepEqual(diag.map((x) => x.message), ["15th BRICS summit: 'Aug. 22' here, 'Aug. 23, 2023' in b.txt for the day it opens"]);
  });

  // Indian coverage of GST 2.0: "The 56th GST Council meeting" went unread, "the 56th meeting of the GST Council" was read.
  it('a named body\'s numbered meeting written in lower case is that meeting; a generic body\'s, or one without its number, is not', () => {
    const a = 'GST\nPublished: 5 Sept. 2025\n\nThe 56th GST Council meeting in New Delhi on September 4 approved the cuts.\n';
    const b = 'GST\nPublished: 4 Sept. 2025\n\nThe 56th meeting of the GST Council was held on Sept. 3.\n';
    const { corpus } = corpusOf({ 'a.txt': a, 'b.txt': b });
    assert.deepEqual(corpus.allConflicts().map((x) => [x.key, x.sides.map((sd) => `${sd.label}=${sd.norm}`).sort()]), [['meeting:gst council meeting#56', ['a.txt=2025-09-04', 'b.txt=2025-09-03']]]);
    const other = analyze('c.txt', 'GST\nPublished: 5 Sept. 2025\n\nThe fifth Board meeting ended on Monday. The GST Council meeting on rates ended on Wednesday. The 3rd Central Committee meeting opened on Tuesday.\n');
    assert.deepEqual(other.mentions.filter((m) => m.kind === 'meeting').map((m) => m.key), []);
  });

  // Found in BRICS and UN General Assembly coverage.
  it('"is being held on", "which officially began on" and "was declared open on" state a numbered meeting\'s day; another clause between does not', () => {
    const t = 'Summit\nPublished: 23 Oct. 2024\n\nThe 16th BRICS summit is being held in Kazan on Oct. 22. The 79th session of the UN General Assembly was declared open on Sept. 10, 2024. ' +
      'The 17th BRICS Summit, which officially began on Oct. 24, ended. The 18th BRICS summit, which is the key event of the year, is being held on Oct. 25.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': t });
    assert.deepEqual(corpus.get(uri('a.txt'))!.facts.map((f) => f.type === 'eventDate' && `${f.key}=${f.day}${f.aspect ? ' ' + f.aspect : ''}`),
      ['meeting:brics summit#16=2024-10-22', 'meeting:general assembly#79=2024-09-10 start', 'meeting:brics summit#17=2024-10-24 start']);
  });

  // Found in BRICS and Communist Party congress coverage: "concluded … on Wednesday" was read as no fact at all.
  it('"concluded", "wrapped up" and "was declared closed" state the day a numbered meeting ends; it conflicts with another end, a later day, or a range that runs past it', () => {
    const a = 'Summit ends\nPublished: 23 Oct. 2024\n\nThe 16th BRICS Summit concluded in Kazan, Russia, on Wednesday, with key meetings. The 20th National Congress of the Communist Party of China (CPC) concluded its work in Beijing on Oct. 22, 2022. The 17th BRICS summit ended talks on Oct. 25.\n';
    const b = 'Summit\nPublished: 24 Oct. 2024\n\nThe 16th BRICS summit is being held in Kazan on Oct. 22-24. The 16th BRICS summit wrapped up on Thursday.\n';
    const c = 'Summit\nPublished: 22 Oct. 2024\n\nThe 16th BRICS summit opened in Kazan on Tuesday.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'b.txt': b, 'c.txt': c });
    const facts = (f: string) => corpus.get(uri(f))!.facts.map((x) => x.type === 'eventDate' && `${x.key}=${x.day}${x.lastDay ? '..' + x.lastDay : ''}${x.aspect ? ' ' + x.aspect : ''}`);
    assert.deepEqual(facts('a.txt'), ['meeting:brics summit#16=2024-10-23 end', 'meeting:party congress#20=2022-10-22 end']);
    assert.deepEqual(facts('b.txt'), ['meeting:brics summit#16=2024-10-22..2024-10-24', 'meeting:brics summit#16=2024-10-24 end']);
    assert.deepEqual(facts('c.txt'), ['meeting:brics summit#16=2024-10-22 start']);
    // a.txt's Wednesday against b.txt's Thursday: two ends; and b.txt's range has it held on the Thursday,
    // after a.txt's end. c.txt's opening day agrees with a.txt.
    assert.deepEqual(conflictSides(corpus), [['meeting:brics summit#16', ['a.txt=<2024-10-23', 'b.txt=2024-10-22..2024-10-24', 'b.txt=<2024-10-24']]]);
    assert.deepEqual(conflictDiagnostics(corpus, uri('a.txt'), DEFAULT_DIAGNOSTICS).map((x) => x.message), ["16th BRICS summit: 'Wednesday' (ends) here, 'Oct. 22-24' (held) in b.txt, 'Thursday' (ends) in b.txt for the date"]);
  });

  // Golf wire, 29 Sept. 2025: "The 45th Ryder Cup, held from Sept. 27 to 29", against a minister's
  // "ended yesterday" (the 28th) and the others' 26-28 September.
  // Punch: "to participate in the 17th BRICS Summit holding from July 7 to 8" (Nigerian English) dated nothing.
  it('"holding" and "taking place" link a meeting to its days as "held" does', () => {
    const days = (t: string) => analyze('a.txt', t).facts.flatMap((f) => (f.type === 'eventDate' ? [`${f.key}=${f.day}..${f.lastDay ?? ''}`] : []));
    assert.deepEqual(days('Tinubu\nPublished: 5 July 2025\n\nTinubu arrived to participate in the 17th BRICS Summit holding from July 7 to 8 in Brazil.\n'), ['meeting:brics summit#17=2025-07-07..2025-07-08']);
    assert.deepEqual(days('Rio\nPublished: 5 July 2025\n\nThe 17th BRICS Summit, taking place on July 6-7, brings leaders to Rio.\n'), ['meeting:brics summit#17=2025-07-06..2025-07-07']);
  });

  it('a range of days has the meeting held on each of them: one past the day it ends, or before the day it opens, conflicts', () => {
    const wire2 = 'Cup\nPublished: 29 Sept. 2025\n\nThe 45th Ryder Cup, held from Sept. 27 to 29 at Bethpage Black, drew large crowds.\n';
    const minister = 'Cup\nPublished: 29 Sept. 2025\n\nThe 45th Ryder Cup ended yesterday with a European win.\n';
    const preview = 'Cup\nPublished: 25 Sept. 2025\n\nThe 45th Ryder Cup opens on Sept. 28 at Bethpage Black.\n';
    assert.deepEqual(offices({ 'wire.txt': wire2, 'minister.txt': minister }), ['minister.txt: yesterday / wire.txt: Sept. 27 to 29']);
    assert.deepEqual(offices({ 'wire.txt': wire2, 'preview.txt': preview }), ['preview.txt: Sept. 28 / wire.txt: Sept. 27 to 29']);
    // A range that ends on the day it ends, or opens on the day it opens, agrees.
    assert.deepEqual(offices({ 'minister.txt': minister, 'right.txt': wire2.replace('Sept. 27 to 29', 'Sept. 26 to 28') }), []);
  });

  it('a day a meeting ends before the day another source says it opens, or is held after, conflicts', () => {
    const a = 'Summit\nPublished: 22 Oct. 2024\n\nThe 16th BRICS summit closed on Oct. 21.\n';
    const c = 'Summit\nPublished: 22 Oct. 2024\n\nThe 16th BRICS summit opened in Kazan on Oct. 22.\n';
    const d = 'Summit\nPublished: 22 Oct. 2024\n\nThe 16th BRICS summit was held in Kazan on Oct. 21.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'c.txt': c, 'd.txt': d });
    assert.deepEqual(corpus.allConflicts().map((x) => x.sides.map((sd) => `${sd.label}=${sd.norm}`).sort()), [['a.txt=<2024-10-21', 'c.txt=>2024-10-22', 'd.txt=2024-10-21']]);
    assert.deepEqual(corpus.allConflicts()[0].against.map((list) => list.length), [1, 2, 1]);
    assert.deepEqual(conflictDiagnostics(corpus, uri('a.txt'), DEFAULT_DIAGNOSTICS).map((x) => x.message), ["16th BRICS summit: 'Oct. 21' (ends) here, 'Oct. 22' (opens) in c.txt for the date"]);
  });

  // Found in ASEAN coverage: "The 44th and 45th ASEAN Summits and Related Summits officially opened on Oct 9" named no meeting.
  it('two numbered meetings named together ("the 44th and 45th ASEAN Summits") are each a meeting and share the day; "Related Summits" is no meeting', () => {
    const a = 'Bloc summits\nPublished: 9 Oct. 2024\n\nThe 44th and 45th ASEAN Summits and Related Summits officially opened on Oct. 9 in Vientiane.\n';
    const b = 'Summit\nPublished: 10 Oct. 2024\n\nThe 45th ASEAN Summit opened on Oct. 10.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'b.txt': b });
    const an = corpus.get(uri('a.txt'))!;
    assert.deepEqual(an.mentions.filter((m) => m.kind === 'meeting').map((m) => [a.slice(m.span.start, m.span.end), m.key]), [['44th', 'meeting:asean summit#44'], ['ASEAN Summits', 'meeting:asean summit#45']]);
    assert.deepEqual([an.names.get('meeting:asean summit#44'), an.names.get('meeting:asean summit#45')], ['44th ASEAN Summit', '45th ASEAN Summit']);
    assert.deepEqual(an.facts.map((f) => f.type === 'eventDate' && `${f.key}=${f.day} ${f.aspect}`), ['meeting:asean summit#44=2024-10-09 start', 'meeting:asean summit#45=2024-10-09 start']);
    assert.deepEqual(conflictSides(corpus), [['meeting:asean summit#45', ['a.txt=>2024-10-09', 'b.txt=>2024-10-10']]]);
    // A plural that is a surname stays a name.
    const { corpus: c2, uri: u2 } = corpusOf({ 's.txt': 'Hearing\nPublished: 9 Oct. 2024\n\nJeff Sessions said so. The Pugwash Conferences met.\n' });
    assert.deepEqual(c2.get(u2('s.txt'))!.mentions.map((m) => [m.kind, m.text]), [['person', 'Jeff Sessions'], ['meeting', 'Pugwash Conferences']]);
  });

  // Found in Munich Security Conference and OPEC+ coverage.
  it('a date that opens the sentence dates the meeting right after it when the meeting has its own verb ("From February 16 to 18, 2024, the 60th X was held"); anything else between does not', () => {
    const a = 'Munich\nPublished: 2024-02-17\n\nFrom February 16 to 18, 2024 local time, the 60th Munich Security Conference was held in Munich, the capital of Bavaria. ' +
      'On Nov. 4, the 57th Security Consultative Meeting opened in Seoul. On Tuesday, the 20th National Congress of the Communist Party of China (CPC) concluded its work.\n';
    const b = 'Munich\nPublished: 2024-02-17\n\nOn Monday, Hegseth attended the 58th Security Consultative Meeting. On Monday, the 59th Security Consultative Meeting took Ukraine as its theme. ' +
      'Since Jan. 5, the 56th Security Consultative Meeting was delayed. Gen. Kim Myung-soo said Feb. 1, the 55th Security Consultative Meeting was held.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'b.txt': b });
    const facts = (f: string) => corpus.get(uri(f))!.facts.filter((x) => x.type === 'eventDate').map((x) => x.type === 'eventDate' && `${x.key}=${x.day}${x.lastDay ? '..' + x.lastDay : ''}${x.aspect ? ' ' + x.aspect : ''}`);
    assert.deepEqual(facts('a.txt'), ['meeting:munich security conference#60=2024-02-16..2024-02-18', 'meeting:security consultative meeting#57=2023-11-04 start', 'meeting:party congress#20=2024-02-13 end']);
    assert.deepEqual(facts('b.txt'), []);
  });

  // Ryder Cup coverage: Yonhap's "Europe won the 45th Ryder Cup on Monday (Korea time)" conflicted with "Sept. 26-28".
  it('a day written in another time zone than the meeting\'s ("on Monday (Korea time)", "Tuesday KST") dates nothing; "local time" is the meeting\'s own', () => {
    const a = ' date 2025-09-29 SEOUL, Sept. 29 (Yonhap) -- Europe won the 45th Ryder Cup on Monday (Korea time), beating the United States. The 12th Golf Forum ended on Tuesday KST in Seoul.\n';
    const b = ' date 2025-09-29 NEW YORK, Sept. 29 (AP) -- Europe won the 45th Ryder Cup on Sunday (local time) at Bethpage. The 12th Golf Forum ended on Tuesday in Seoul.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'b.txt': b });
    const facts = (f: string) => corpus.get(uri(f))!.facts.filter((x) => x.type === 'eventDate').map((x) => x.type === 'eventDate' && `${x.key}=${x.day}`);
    assert.deepEqual(facts('a.txt'), []);
    assert.deepEqual(facts('b.txt'), ['meeting:ryder cup#45=2025-09-28', 'meeting:golf forum#12=2025-09-23']);
    assert.deepEqual(corpus.allConflicts(), []);
  });

  // Found in Commonwealth and SCO coverage: "Commonwealth Heads" was a person and "Government Meeting" a meeting.
  it('"the 27th Commonwealth Heads of Government Meeting" is one meeting; "(SCO), chaired by Kazakhstan, commences today" dates the summit; "Sen. Susan Collins of Maine" keeps her state apart', () => {
    const a = 'Commonwealth Heads of Government Meeting Opens in Samoa\nPublished: 2024-10-25\n\nThe 27th Commonwealth Heads of Government Meeting (CHOGM) opened on Friday. ' +
      'The 24th summit of the Shanghai Cooperation Organization (SCO), chaired by Kazakhstan, commences today at the Palace of Independence. Sen. Susan Collins of Maine spoke.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': a });
    const an = corpus.get(uri('a.txt'))!;
    assert.deepEqual(an.mentions.filter((m) => m.kind === 'meeting' || m.kind === 'person').map((m) => [a.slice(m.span.start, m.span.end), m.key]), [
      ['Commonwealth Heads of Government Meeting', 'meeting:commonwealth heads of government meeting#27'],
      ['CHOGM', 'meeting:commonwealth heads of government meeting#27'],
      ['summit', 'meeting:sco summit#24'],
      ['Susan Collins', 'person:susancollins'],
    ]);
    assert.deepEqual(an.facts.filter((x) => x.type === 'eventDate').map((x) => x.type === 'eventDate' && `${x.key}=${x.day} ${x.aspect}`),
      ['meeting:commonwealth heads of government meeting#27=2024-10-25 start', 'meeting:sco summit#24=2024-10-25 start']);
  });

  // Found in coverage of the 22nd SCO summit: "… Member States (SCO-CoHS) commenced today" stated
  // no day, so "commenced on Thursday" in another source stood alone.
  it('an acronym with a hyphen between a meeting and its day ("(SCO-CoHS) commenced today") lets the day date it', () => {
    const a = 'Samarkand\nPublished: 2022-09-16\n\nModi arrived as the 22nd Summit of the Council of Heads of the Shanghai Cooperation Organization Member States (SCO-CoHS) commenced today in Samarkand.\n';
    const b = 'Samarkand\nPublished: 2022-09-16\n\nThe 22nd Summit of the Council of Heads of the Shanghai Cooperation Organization Member States (SCO) commenced on Thursday in Samarkand.\n';
    const { corpus } = corpusOf({ 'a.txt': a, 'b.txt': b });
    assert.deepEqual(conflictSides(corpus), [
      ['meeting:council of heads of shanghai cooperation organization member states summit#22', ['a.txt=>2022-09-16', 'b.txt=>2022-09-15']],
    ]);
  });

  // Found in WTO coverage: "MC13", "the WTO's 13th Ministerial Conference" and "the 13th
  // Ministerial Conference (MC13) of the World Trade Organisation (WTO)" were three things or none.
  it('a meeting named by its kind takes its body from around it ("the WTO\'s 13th Ministerial Conference", "… (MC13) of the World Trade Organisation (WTO)"); a body\'s initials name it; an acronym ending in the number is that edition', () => {
    const a = 'WTO\nPublished: 2024-02-26\n\nThe 13th Ministerial Conference (MC13) of the World Trade Organisation (WTO) commenced in Abu Dhabi on Monday. The WTO\'s 13th Ministerial Conference drew 175 members. ' +
      'The 13th World Trade Organization Ministerial Conference is the first in the Gulf. The 12th Ministerial Conference was held in Geneva. The 66th General Conference of the International Atomic Energy Agency met too.\n';
    const b = 'WTO\nPublished: 2024-02-27\n\nMC13 talks ran late on Tuesday. The Twenty-Ninth Conference of the Parties opened. The 66th IAEA General Conference opened. MC12 was in Geneva.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'b.txt': b });
    const meetings = (f: string, t: string) => corpus.get(uri(f))!.mentions.filter((m) => m.kind === 'meeting').map((m) => [t.slice(m.span.start, m.span.end), m.key]);
    assert.deepEqual(meetings('a.txt', a), [
      ['Ministerial Conference', 'meeting:wto conference#13'], ['MC13', 'meeting:wto conference#13'], ['Ministerial Conference', 'meeting:wto conference#13'],
      ['World Trade Organization Ministerial Conference', 'meeting:wto conference#13'], ['General Conference', 'meeting:iaea general conference#66'],
    ]);
    assert.deepEqual(meetings('b.txt', b), [['Conference of the Parties', 'meeting:conference of parties#29'], ['IAEA General Conference', 'meeting:iaea general conference#66']]);
    // b.txt never spells out "MC13": a.txt's definition makes it the 13th conference, not the series; "MC12" stays a term of its own.
    const entity = (f: string, t: string, what: string) => corpus.mentionAt(uri(f), offsetOf(t, what))!.entity;
    assert.equal(entity('b.txt', b, 'MC13'), entity('a.txt', a, 'Ministerial Conference'));
    assert.equal(corpus.mentionAt(uri('b.txt'), offsetOf(b, 'MC12'))!.kind, 'term');
    assert.deepEqual(corpus.get(uri('a.txt'))!.facts.filter((x) => x.type === 'eventDate').map((x) => x.type === 'eventDate' && `${x.key}=${x.day} ${x.aspect}`), ['meeting:wto conference#13=2024-02-26 start']);
  });

  // Found in Korean coverage: "… the 55th Security Consultative Meeting (SCM) held at the defense ministry in Seoul on Nov. 13".
  it('a venue in lower case after "at the" may stand between a meeting\'s verb and its date; other lower-case words may not', () => {
    const a = 'SCM\nPublished: 2023-11-14\n\nThey signed it on the sidelines of the 55th Security Consultative Meeting (SCM) held at the defense ministry in Seoul on Nov. 13, 2023. ' +
      'The 56th Security Consultative Meeting was held at the end of a week of talks on Nov. 14. The 57th Security Consultative Meeting, held at the ministry, which reopened on Nov. 15, went well.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': a });
    assert.deepEqual(corpus.get(uri('a.txt'))!.facts.filter((x) => x.type === 'eventDate').map((x) => x.type === 'eventDate' && `${x.key}=${x.day}`), ['meeting:security consultative meeting#55=2023-11-13']);
  });

  it('"the 33rd OPEC and non-OPEC Ministerial Meeting" is one meeting with its number; its acronym is the edition it was defined with; "took place in person at X in Y, Z, on" dates it', () => {
    const a = 'OPEC+\nPublished: 2022-10-05\n\nThe 45th Joint Ministerial Monitoring Committee and the 33rd OPEC and Non-OPEC Ministerial Meeting took place in person at the OPEC Secretariat in Vienna, Austria, on Wednesday, 5 October 2022. ' +
      'The 35th OPEC and non-OPEC Ministerial Meeting (ONOMM) was held on June 4, 2023. The ONOMM agreed. Nuclear and non-nuclear states met.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': a });
    const an = corpus.get(uri('a.txt'))!;
    assert.deepEqual(an.mentions.filter((m) => m.kind === 'meeting').map((m) => [a.slice(m.span.start, m.span.end), m.key]), [
      ['OPEC and Non-OPEC Ministerial Meeting', 'meeting:opec and non-opec meeting#33'],
      ['OPEC and non-OPEC Ministerial Meeting', 'meeting:opec and non-opec meeting#35'],
      ['ONOMM', 'meeting:opec and non-opec meeting#35'],
      // Defined with the 35th, the acronym stays the 35th's, though the 33rd came first.
      ['ONOMM', 'meeting:opec and non-opec meeting#35'],
    ]);
    assert.deepEqual(an.facts.filter((x) => x.type === 'eventDate').map((x) => x.type === 'eventDate' && `${x.key}=${x.day}`),
      ['meeting:opec and non-opec meeting#33=2022-10-05', 'meeting:opec and non-opec meeting#35=2023-06-04']);
  });

  // A year names a yearly meeting the way a number does: real coverage writes "the 2025 NATO summit", "G20 Summit 2024".
  it('a meeting named by its year ("the 2025 NATO summit", "G20 Summit 2024") is keyed and dated by it; another year, a day of another year or a meeting months later is no conflict', () => {
    const a = 'NATO leaders gather\nPublished: June 20, 2025\n\nNATO leaders will meet in The Hague on June 24 for the 2025 NATO summit, Mark Rutte said. The NATO summit will set a spending goal.\n';
    const b = 'Allies head to summit\nPublished: June 21, 2025\n\nThe 2025 NATO summit will open in The Hague on June 25, Mark Rutte said. The 2024 NATO summit was held in Washington on July 9, 2024.\n';
    const c = 'Looking back\nPublished: June 22, 2025\n\nThe 2024 NATO summit was held in Washington on July 10, 2024. The 2025 NATO summit opens on June 24, 2024, said a typo.\n';
    const d = 'G20\nPublished: Nov. 17, 2024\n\nThe G20 Summit 2024 opened in Rio on Nov. 18. In 2025 NATO summit planners met often.\n';
    const e = 'ASEAN\nPublished: May 20, 2025\n\nThe 2025 ASEAN Summit was held in Kuala Lumpur on May 26.\n';
    const f = 'ASEAN\nPublished: Oct. 20, 2025\n\nThe 2025 ASEAN Summit was held in Kuala Lumpur on Oct. 26.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'b.txt': b, 'c.txt': c, 'd.txt': d, 'e.txt': e, 'f.txt': f });
    const meetings = (file: string, text: string) => corpus.get(uri(file))!.mentions.filter((m) => m.kind === 'meeting').map((m) => [text.slice(m.fullSpan.start, m.fullSpan.end), m.key]);
    // "The NATO summit" after the 2025 NATO summit is that one; "In 2025 NATO summit planners met" says when.
    assert.deepEqual(meetings('a.txt', a), [['2025 NATO summit', 'meeting:nato summit~2025'], ['NATO summit', 'meeting:nato summit~2025']]);
    assert.deepEqual(meetings('d.txt', d), [['G20 Summit 2024', 'meeting:g20 summit~2024'], ['NATO summit', 'meeting:nato summit']]);
    assert.equal(corpus.get(uri('a.txt'))!.names.get('meeting:nato summit~2025'), '2025 NATO summit');
    // Each year's meeting is an entity of its own, listed and named like any other.
    assert.deepEqual(corpus.entities().filter((e) => e.startsWith('meeting:nato summit')).sort(), ['meeting:nato summit', 'meeting:nato summit~2024', 'meeting:nato summit~2025']);
    assert.equal(corpus.nameOf('meeting:nato summit~2025'), '2025 NATO summit');
    const facts = (file: string) => corpus.get(uri(file))!.facts.map((x) => x.type === 'eventDate' && `${x.key}=${x.day}${x.aspect ? ' ' + x.aspect : ''}`);
    // c.txt's "June 24, 2024" is no day of the 2025 summit.
    assert.deepEqual(facts('c.txt'), ['meeting:nato summit~2024=2024-07-10']);
    assert.deepEqual(facts('d.txt'), ['meeting:g20 summit~2024=2024-11-18 start']);
    // June 24 against June 25 for 2025 and July 9 against July 10 for 2024 disagree; the two ASEAN summits of 2025, five months apart, are two meetings.
    assert.deepEqual(conflictSides(corpus).sort(), [
      ['meeting:nato summit~2024', ['b.txt=2024-07-09', 'c.txt=2024-07-10']],
      ['meeting:nato summit~2025', ['a.txt=2025-06-24', 'b.txt=>2025-06-25']],
    ]);
    assert.deepEqual(conflictDiagnostics(corpus, uri('a.txt'), DEFAULT_DIAGNOSTICS).map((x) => x.message), ["2025 NATO summit: 'June 24' (held) here, 'June 25' (opens) in b.txt for the date"]);
  });

  it('"this year\'s G7 summit" is the meeting of the year the article is dated in, and disagrees with the same year\'s meeting on another day; "last year\'s" and an undated article\'s are not numbered', () => {
    const a = "Summit\nPublished: May 1, 2025\n\nThis year's G7 summit will be held in Kananaskis on June 15. Last year's G7 summit was held in Apulia on June 13, 2024. The G7 summit will discuss trade.\n";
    const b = 'Summit\nPublished: June 10, 2025\n\nThe 2025 G7 summit will open in Kananaskis on June 16.\n';
    const c = "Summit\n\nThis year's G7 summit was held on June 15.\n";
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'b.txt': b, 'c.txt': c });
    assert.deepEqual(corpus.get(uri('a.txt'))!.mentions.filter((m) => m.kind === 'meeting').map((m) => m.key), ['meeting:g7 summit~2025', 'meeting:g7 summit', 'meeting:g7 summit~2025']);
    assert.deepEqual(corpus.get(uri('c.txt'))!.mentions.filter((m) => m.kind === 'meeting').map((m) => m.key), ['meeting:g7 summit']);
    assert.deepEqual(conflictSides(corpus), [['meeting:g7 summit~2025', ['a.txt=2025-06-15', 'b.txt=>2025-06-16']]]);
  });

  it('a year-less day of a year-named meeting is a day of that year; a meeting named only by words many bodies share ("the 2023 Legislative Session") takes no year', () => {
    const a = 'Preview\nPublished: Jan. 5, 2023\n\nLeaders met for the 2023 NATO summit, in Vilnius on July 11-12, to discuss Ukraine. The 2023 Legislative Session opens on Jan. 10.\n';
    const b = 'Preview\nPublished: July 1, 2023\n\nThe 2023 NATO summit will open in Vilnius on July 13.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'b.txt': b });
    const an = corpus.get(uri('a.txt'))!;
    assert.deepEqual(an.facts.map((f) => f.type === 'eventDate' && `${f.key}=${f.day}..${f.lastDay}`), ['meeting:nato summit~2023=2023-07-11..2023-07-12']);
    assert.deepEqual(an.mentions.filter((m) => m.kind === 'meeting').map((m) => m.key), ['meeting:nato summit~2023', 'meeting:legislative session']);
    // Opening on July 13 is after the days a.txt gives for the whole meeting.
    assert.deepEqual(conflictSides(corpus), [['meeting:nato summit~2023', ['a.txt=2023-07-11..2023-07-12', 'b.txt=>2023-07-13']]]);
  });

  // "the 47th Summit of the Association of Southeast Asian Nations" was a body; "the National Committee of the … Conference" a meeting.
  it('"the 47th Summit of the Association of Southeast Asian Nations" is the 47th ASEAN Summit and is dated; a committee "of the" conference is a body', () => {
    const a = 'Summit\nPublished: 25 Oct. 2025\n\nThe 47th Summit of the Association of Southeast Asian Nations opened on Oct. 26 in Kuala Lumpur.\n';
    const b = "Summit\nPublished: 25 Oct. 2025\n\nThe 47th ASEAN Summit opens on Oct. 27. Wang Huning chairs the National Committee of the Chinese People's Political Consultative Conference.\n";
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'b.txt': b });
    assert.deepEqual(corpus.get(uri('b.txt'))!.mentions.filter((m) => m.kind === 'organization' || m.kind === 'meeting').map((m) => [m.kind, m.key]), [
      ['meeting', 'meeting:asean summit#47'], ['organization', 'org:national committee of the chinese people political consultative conference'],
    ]);
    assert.deepEqual(conflictSides(corpus), [['meeting:asean summit#47', ['a.txt=>2025-10-26', 'b.txt=>2025-10-27']]]);
  });

  // Found in COP28 coverage: "the 28th United Nations Climate Change Conference" and "COP28" were two meetings.
  it('"the 28th United Nations Climate Change Conference" and "the 28th UN Climate Change Conference" are COP28', () => {
    const a = 'Climate\nPublished: 29 Nov. 2023\n\nThe 28th United Nations Climate Change Conference opens in Dubai on Nov. 30.\n';
    const b = 'Climate\nPublished: 29 Nov. 2023\n\nCOP28 opens in Dubai on Dec. 1. The 28th UN Climate Change Conference will be the biggest yet.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'b.txt': b });
    assert.deepEqual(corpus.get(uri('b.txt'))!.mentions.filter((m) => m.kind === 'meeting').map((m) => m.key), ['meeting:conference of parties#28', 'meeting:conference of parties#28']);
    assert.deepEqual(conflictSides(corpus), [['meeting:conference of parties#28', ['a.txt=>2023-11-30', 'b.txt=>2023-12-01']]]);
  });

  // An African Union summit, written by code in one outlet and spelled out in another, and the AU's "Ordinary Session".
  it('a body\'s meeting spelled out ("37th African Union summit", "North Atlantic Treaty Organization summit") is the one named by its code; "the 37th Ordinary Session of the AU Assembly" is that assembly\'s session', () => {
    const a = 'AU summit\nPublished: Feb. 16, 2024\n\nThe 37th AU Summit kicked off in Addis Ababa on Feb. 17. The North Atlantic Treaty Organization summit was far away.\n';
    // (The session is the summit written more fully: a day it gave would be one of the summit's, see numberedMeetings.)
    const b = 'African Union\nPublished: Feb. 16, 2024\n\nThe 37th African Union summit began on Feb. 18 in Addis Ababa. The 37th Ordinary Session of the AU Assembly was its chair\'s last. The NATO summit was not.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'b.txt': b });
    const meetings = (file: string, text: string) => corpus.get(uri(file))!.mentions.filter((m) => m.kind === 'meeting').map((m) => [text.slice(m.fullSpan.start, m.fullSpan.end), m.key]);
    assert.deepEqual(meetings('a.txt', a), [['AU summit', 'meeting:au summit#37'], ['37th AU Summit', 'meeting:au summit#37'], ['North Atlantic Treaty Organization summit', 'meeting:nato summit']]);
    assert.deepEqual(meetings('b.txt', b), [['37th African Union summit', 'meeting:au summit#37'], ['37th Ordinary Session of the AU Assembly', 'meeting:au assembly session#37'], ['NATO summit', 'meeting:nato summit']]);
    assert.deepEqual(conflictSides(corpus), [['meeting:au summit#37', ['a.txt=>2024-02-17', 'b.txt=>2024-02-18']]]);
  });

  // Environment coverage in one folder: the CBD's COP16 (Cali, from 21 October 2024) and the UNCCD's COP16 (Riyadh, from 2 December) were one meeting.
  it('another convention\'s COP ("UNCCD COP16", "CBD COP16") is a meeting of its own; a bare "COP16" beside it in the article is that one, "COP29" stays the climate talks\'', () => {
    const cali = wire('Biodiversity', '21 Oct. 2024', 'The CBD COP16 opened in Cali on Monday. Delegates said COP16 would be long.');
    const riyadh = wire('Desertification', '2 Dec. 2024', 'The UNCCD COP16 opened in Riyadh on Monday, weeks after COP29 in Baku. COP16 runs to December 13.');
    const { corpus, analysis } = corpusOf({ 'cali.txt': cali, 'riyadh.txt': riyadh });
    const keys = (f: string) => analysis(f).mentions.filter((m) => m.kind === 'meeting').map((m) => m.key);
    assert.deepEqual(keys('cali.txt'), ['meeting:cbd conference of parties#16', 'meeting:cbd conference of parties#16']);
    assert.deepEqual(keys('riyadh.txt'), ['meeting:unccd conference of parties#16', 'meeting:conference of parties#29', 'meeting:unccd conference of parties#16']);
    assert.deepEqual(corpus.allConflicts(), []);
  });

  // "the 58th session of the UN Human Rights Council (HRC58)" was keyed "hrc58 session#58", apart from "HRC58" and the session's other names.
  it('a body\'s numbered session with its edition\'s code after it ("(HRC58)", "(WHA77)") is keyed by the body, like the code alone', () => {
    const t = wire('Geneva', '24 Feb. 2025', 'The 58th session of the UN Human Rights Council (HRC58) opened in Geneva on Monday. HRC58 runs to April 4. The 77th session of the World Health Assembly (WHA77) had met in May.');
    const { analysis } = corpusOf({ 'a.txt': t });
    assert.deepEqual(analysis('a.txt').mentions.filter((m) => m.kind === 'meeting').map((m) => m.key), [
      'meeting:human rights council#58', 'meeting:human rights council#58', 'meeting:human rights council#58', 'meeting:world health assembly#77', 'meeting:world health assembly#77',
    ]);
  });

  // "the 79th United Nations General Assembly" was a body, "the 79th UN General Assembly" the meeting; "the United Nations Summit of the Future" a body.
  it('"United Nations" before a meeting\'s name is "UN": one key for both spellings; a meeting named head first after it is that meeting', () => {
    const t = wire('New York', '22 Sept. 2024', 'The 79th United Nations General Assembly opened on Tuesday. The 79th UN General Assembly was busy. Leaders came for the United Nations Summit of the Future and the UN Summit of the Future. The 5th United Nations Conference on the Least Developed Countries had met in Doha.');
    const { analysis } = corpusOf({ 'a.txt': t });
    assert.deepEqual(analysis('a.txt').mentions.filter((m) => m.kind === 'meeting').map((m) => [m.text, m.key]), [
      ['United Nations General Assembly', 'meeting:general assembly#79'], ['UN General Assembly', 'meeting:general assembly#79'],
      ['Summit of the Future', 'meeting:future summit'], ['Summit of the Future', 'meeting:future summit'],
      ['United Nations Conference on the Least Developed Countries', 'meeting:conference on least developed countries#5'],
    ]);
  });

  it('the 56th and 57th SCM on different days do not conflict', () => {
    const t56 = wire('Last year\'s talks', '1 Nov. 2024', 'The 56th Security Consultative Meeting was held in Washington on Oct. 30, 2024.');
    const { corpus, analysis } = seedCorpus({ 'scm56.txt': t56 });
    const f = analysis('scm56.txt').facts.find((x) => x.type === 'eventDate');
    assert.equal(f?.type === 'eventDate' && `${f.key}=${f.day}`, 'meeting:security consultative meeting#56=2024-10-30');
    assert.deepEqual(corpus.allConflicts().filter((c) => c.fact === 'date'), []);
  });

  // Core bug: "at the Pentagon on Oct. 30" — "the" is not an allowed gap word, so no date fact.
  it('"held the 56th SCM at the Pentagon on Oct. 30" states the 56th SCM\'s day', () => {
    const { analysis } = seedCorpus({ 'scm56.txt': fixture('scm56-2024.txt') });
    const f = analysis('scm56.txt').facts.find((x) => x.type === 'eventDate');
    assert.equal(f?.type === 'eventDate' && f.day, '2024-10-30');
  });

  // Core bug: the sentence's "was held" makes "on Tuesday" (after a Monday article date) roll back to 2025-10-28.
  it('other numbered meetings in the same story (50th MCM, 27th KIDD) do not take the SCM\'s date', () => {
    const a = wire('Back-to-back talks', '3 Nov. 2025', 'The 50th Military Committee Meeting was held on Monday, a day before the 57th Security Consultative Meeting on Tuesday.');
    const b = wire('Talks today', '4 Nov. 2025', 'The 57th Security Consultative Meeting opened in Seoul on Tuesday.');
    const { corpus } = corpusOf({ 'a.txt': a, 'b.txt': b });
    assert.deepEqual(corpus.allConflicts(), []);
    const facts = corpus.get('file:///fixtures/a.txt')!.facts.filter((f) => f.type === 'eventDate').map((f) => f.type === 'eventDate' && `${f.key}=${f.day}`).sort();
    assert.deepEqual(facts, ['meeting:military committee meeting#50=2025-11-03', 'meeting:security consultative meeting#57=2025-11-04']);
  });

  it('"last year\'s SCM" with a date does not set the date of this year\'s SCM', () => {
    const a = wire('Allies prepare', '27 Oct. 2025', 'The 57th Security Consultative Meeting (SCM) will be held on Nov. 4. Last year\'s SCM was held on Oct. 30, 2024, at the Pentagon.');
    const { corpus } = seedCorpus({ 'a.txt': a });
    assert.deepEqual(corpus.allConflicts().filter((c) => c.fact === 'date'), []);
  });

  it('a photo caption recalling another meeting date states no fact', () => {
    const a = 'Allies prepare for talks\nPublished: 27 Oct. 2025\n\nDefense Minister Ahn Gyu-back will attend the 57th Security Consultative Meeting on Nov. 4.\n\nOfficials at the 57th Security Consultative Meeting rehearsal in Seoul on Oct. 20. [YONHAP]\n';
    const { corpus, analysis } = seedCorpus({ 'cap.txt': a });
    assert.deepEqual(corpus.allConflicts().filter((c) => c.fact === 'date'), []);
    assert.equal(analysis('cap.txt').facts.filter((f) => f.type === 'eventDate').length, 1);
  });
  // OPEC coverage: "It has been decided to hold the 36th OPEC and non-OPEC Ministerial Meeting on
  // Nov. 26, 2023" (a June article) against "held via videoconference on Thursday" (30 November)
  // was flagged: the meeting had been postponed.
  it('a date given as a plan weeks ahead, or on no known day, is not held against a report written after the meeting; plans of the week before, and two plans, are', () => {
    const dates = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((c) => c.sides.map((sd) => `${sd.label}: ${sd.value}`).sort().join(' / '));
    const undated = 'OPEC+ extends deal\n\nIt has been decided to hold the 36th OPEC and non-OPEC Ministerial Meeting on Nov. 26, 2023, in Vienna.\n';
    const report = wire('OPEC+ meets', '30 Nov. 2023', 'The 36th OPEC and non-OPEC Ministerial Meeting, held via videoconference on Thursday, agreed cuts.');
    assert.deepEqual(dates({ 'undated.txt': undated, 'report.txt': report }), []);
    const june = wire('OPEC+ extends deal', '4 June 2023', 'The 36th OPEC and non-OPEC Ministerial Meeting will be held on Nov. 26, 2023, in Vienna.');
    assert.deepEqual(dates({ 'june.txt': june, 'report.txt': report }), []);
    const lastWeek = wire('OPEC+ to meet', '24 Nov. 2023', 'The 36th OPEC and non-OPEC Ministerial Meeting will be held on Nov. 26, 2023, in Vienna.');
    assert.deepEqual(dates({ 'last-week.txt': lastWeek, 'report.txt': report }), ['last-week.txt: Nov. 26, 2023 / report.txt: Thursday']);
    const otherPlan = wire('OPEC+ to meet', '5 June 2023', 'The 36th OPEC and non-OPEC Ministerial Meeting is scheduled for Nov. 28, 2023, in Vienna.');
    assert.deepEqual(dates({ 'june.txt': june, 'other-plan.txt': otherPlan }), ['june.txt: Nov. 26, 2023 / other-plan.txt: Nov. 28, 2023']);
    // And the plan survives the packed form the server keeps.
    assert.deepEqual(corpusOf({ 'june.txt': june }).corpus.get(uriOf('june.txt'))!.facts.map((f) => f.type === 'eventDate' && f.planned), [true]);
  });

  // COP30 coverage: the BBC's "COP30 runs until 21 November" (6 November) against the Guardian's
  // "adopted on Saturday at Cop30 …, a day after the talks had been due to finish" (22 November).
  // The Guardian's live blog of 20 November: "The official timetable says Cop30 closes tomorrow, 21 November."
  it('a day written more than a week before it is a plan whatever its words; within the week a last day is one too, a first day is compared', () => {
    const dates = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((c) => c.sides.map((sd) => `${sd.label}: ${sd.value}`).sort().join(' / '));
    const early = wire('Lula opens summit', '6 Nov. 2025', 'Leaders gathered in Belém. COP30 runs until 21 November.');
    const report = wire('Deal at COP30', '22 Nov. 2025', 'COP30 ended on Saturday in Belém, a day after the talks had been due to finish.');
    assert.deepEqual(dates({ 'early.txt': early, 'report.txt': report }), []);
    const days = wire('Talks go on', '17 Nov. 2025', 'Negotiators worked late. COP30 runs until 21 November.');
    assert.deepEqual(dates({ 'days.txt': days, 'report.txt': report }), []);
    const eve = wire('Talks go on', '20 Nov. 2025', 'The official timetable says COP30 closes tomorrow, 21 November.');
    assert.deepEqual(dates({ 'eve.txt': eve, 'report.txt': report }), []);
    // Talks overrun, but seldom start late: a first day within the week is still compared.
    const opens = wire('Belém ready', '7 Nov. 2025', 'COP30 opens on Tuesday, November 11.');
    const opened = wire('COP30 opens', '10 Nov. 2025', 'COP30 opened on Monday in Belém.');
    assert.deepEqual(dates({ 'opens.txt': opens, 'opened.txt': opened }), ['opened.txt: Monday / opens.txt: Tuesday, November 11']);
  });

  // OPEC+ coverage: the June decision "8. Hold the 38th ONOMM on 1 December 2024." against KUNA's
  // "decided to postpone … will be held on Thursday, December 5" (28 November) was flagged.
  it('a decision\'s item that opens with "Hold" is a plan; a later plan that says the meeting was postponed replaces it', () => {
    const dates = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((c) => c.sides.map((sd) => `${sd.label}: ${sd.value}`).sort().join(' / '));
    const june = wire('OPEC+ decisions', '2 June 2024', 'The Meeting decided to:\n\n8. Hold the 38th OPEC and non-OPEC Ministerial Meeting (ONOMM) on 1 December 2024.');
    const moved = wire('OPEC+ postpones', '28 Nov. 2024', 'OPEC+ decided to postpone its meetings. The 38th OPEC and non-OPEC Ministerial Meeting will be held on Thursday, December 5, via video conference.');
    assert.deepEqual(corpusOf({ 'june.txt': june, 'moved.txt': moved }).analysis('june.txt').facts.map((f) => f.type === 'eventDate' && [f.day, f.planned]), [['2024-12-01', true]]);
    assert.deepEqual(dates({ 'june.txt': june, 'moved.txt': moved }), []);
    // Without a word that it moved, two plans still disagree; and the flag survives the packed form.
    const other = wire('OPEC+ to meet', '28 Nov. 2024', 'The 38th OPEC and non-OPEC Ministerial Meeting will be held on Thursday, December 5, via video conference.');
    assert.deepEqual(dates({ 'june.txt': june, 'other.txt': other }), ['june.txt: 1 December 2024 / other.txt: Thursday, December 5']);
    assert.deepEqual(corpusOf({ 'moved.txt': moved }).corpus.get(uriOf('moved.txt'))!.facts.map((f) => f.type === 'eventDate' && [f.planned, f.rescheduled]), [[true, true]]);
  });

  // WHO coverage: "The vote is set to take place during the 74th session of the WHO Regional
  // Committee for Africa, which opened today" was a plan: "set to" is the vote's.
  it('a plan\'s words before a meeting are not its own when its own verb after it says it happened', () => {
    const planned = (body: string) => corpusOf({ 'a.txt': wire('WHO Africa', '26 Aug. 2024', body) }).corpus.get(uriOf('a.txt'))!.facts.flatMap((f) => f.type === 'eventDate' ? [[f.day, !!f.planned]] : []);
    assert.deepEqual(planned('The vote is set to take place during the 74th session of the WHO Regional Committee for Africa, which opened today in Brazzaville.'), [['2024-08-26', false]]);
    assert.deepEqual(planned('The 74th session of the WHO Regional Committee for Africa will open on Sept. 2 in Brazzaville, which was chosen last year.'), [['2024-09-02', true]]);
    assert.deepEqual(planned('Ministers are expected to attend the 74th session of the WHO Regional Committee for Africa on Aug. 28 in Brazzaville.'), [['2024-08-28', true]]);
  });

  // UNGA coverage: TRT's "he told the 80th session of the UNGA on Wednesday" against AP's "In his speech
  // to the 80th session of the General Assembly on Tuesday": the days of two speeches.
  it('a day a speaker addresses a meeting ("told the 80th session … on Wednesday") is the speech\'s, not the meeting\'s', () => {
    const facts = (body: string) => corpusOf({ 'a.txt': wire('UNGA', '24 Sept. 2025', body) }).corpus.get(uriOf('a.txt'))!.facts.flatMap((f) => f.type === 'eventDate' ? [f.day] : []);
    assert.deepEqual(facts('Syria\'s president told the 80th session of the UNGA on Wednesday that the war was over.'), []);
    assert.deepEqual(facts('In his speech to the 80th session of the General Assembly on Tuesday, he said it.'), []);
    assert.deepEqual(facts('The 80th session of the UN General Assembly opened on Tuesday.'), ['2025-09-23']);
  });

  // Vietnamese coverage: Lao Dong's "The session is expected to take place from October 20 to
  // December 12" dated nothing, against "scheduled to last until December 11" elsewhere.
  it('"is expected to take place from … to …" dates a meeting, as a plan', () => {
    const facts = (body: string) => corpusOf({ 'a.txt': wire('Assembly', '15 Oct. 2025', body) }).corpus.get(uriOf('a.txt'))!.facts.flatMap((f) => f.type === 'eventDate' ? [[f.day, f.lastDay, !!f.planned]] : []);
    assert.deepEqual(facts('The 10th session of the 15th National Assembly is expected to take place from October 20 to December 12.'), [['2025-10-20', '2025-12-12', true]]);
  });
});

describe('conflicts: titles', () => {
  // Found in coverage of Syrskyi's appointment: "Colonel-General Oleksandr Syrskyi" was a person named "Colonel-General Syrskyi".
  it('a rank written with a hyphen is the rank written with a space; "Colonel General" is a rank of its own', () => {
    const a = 'Appointment\nPublished: 9 Feb. 2024\n\nColonel-General Oleksandr Syrskyi was appointed. Lieutenant-General Kyrylo Budanov stays.\n';
    const b = 'Appointment\nPublished: 9 Feb. 2024\n\nCol. Gen. Oleksandr Syrskyi spoke. Lt. Gen. Kyrylo Budanov spoke.\n';
    const c = 'Appointment\nPublished: 10 Feb. 2024\n\nGen. Oleksandr Syrskyi spoke.\n';
    assert.deepEqual(corpusOf({ 'a.txt': a, 'b.txt': b }).corpus.allConflicts(), []);
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'c.txt': c });
    assert.deepEqual(corpus.get(uri('a.txt'))!.mentions.filter((m) => m.kind === 'person').map((m) => [m.text, m.title?.rank]), [['Oleksandr Syrskyi', 'colonel general'], ['Kyrylo Budanov', 'lieutenant general']]);
    assert.deepEqual(corpus.allConflicts().map((x) => [x.fact, x.sides.map((sd) => `${sd.label}=${sd.norm}`).sort()]), [['rank', ['a.txt=colonel general', 'c.txt=general']]]);
  });

  // Found in OPEC+ coverage: "Saudi Energy Minister Prince Abdulaziz bin Salman" had the office "energy minister prince", compared with no minister.
  it('a royal\'s style after the office ("Foreign Minister Prince Faisal bin Farhan") is no part of the office: it agrees with "Foreign Minister", disagrees with "Defense Minister"', () => {
    const a = 'Talks\nPublished: 3 Nov. 2025\n\nForeign Minister Prince Faisal bin Farhan met Crown Prince Mohammed bin Salman.\n';
    const b = 'Talks\nPublished: 4 Nov. 2025\n\nForeign Minister Faisal bin Farhan spoke.\n';
    const c = 'Talks\nPublished: 4 Nov. 2025\n\nSaudi Defense Minister Faisal bin Farhan spoke. Prince Mohammed bin Salman spoke.\n';
    assert.deepEqual(corpusOf({ 'a.txt': a, 'b.txt': b }).corpus.allConflicts(), []);
    const { corpus } = corpusOf({ 'a.txt': a, 'c.txt': c });
    assert.deepEqual(corpus.allConflicts().map((x) => [x.fact, x.sides.map((sd) => `${sd.label}=${sd.norm}`).sort()]), [['office', ['a.txt=foreign minister', 'c.txt=defense minister']]]);
  });

  // Found in NATO summit coverage: Biden's "I wouldn't have picked Vice President Trump" gave Trump a title.
  it('a title inside a quotation is the speaker\'s word and states no fact; the same words outside quotes do', () => {
    const a = 'Talks\nPublished: 3 Nov. 2025\n\nUnification Minister Chung Dong-young met reporters.\n';
    const quoted = 'Talks\nPublished: 4 Nov. 2025\n\n“Foreign Minister Chung Dong-young was wrong,” an opposition lawmaker said. "He should resign, Foreign Minister Chung Dong-young should," she added.\n';
    const plain = 'Talks\nPublished: 4 Nov. 2025\n\nForeign Minister Chung Dong-young was wrong, an opposition lawmaker said.\n';
    const q = corpusOf({ 'a.txt': a, 'q.txt': quoted });
    assert.deepEqual(q.corpus.get(q.uri('q.txt'))!.facts, []);
    assert.deepEqual(q.corpus.allConflicts(), []);
    const p = corpusOf({ 'a.txt': a, 'p.txt': plain });
    assert.deepEqual(p.corpus.allConflicts().map((c) => [c.fact, c.sides.map((sd) => sd.value).sort()]), [['office', ['Foreign Minister', 'Unification Minister']]]);
  });

  it('an office before the name between commas is compared like any other: "The Minister of Finance, X," disagrees with "Defence Minister X"', () => {
    const a = 'Budget\nPublished: 3 Nov. 2025\n\nThe Minister of Finance, Wale Edun, said the budget was ready.\n';
    const b = 'Budget\nPublished: 4 Nov. 2025\n\nFinance Minister Wale Edun spoke.\n';
    const c = 'Budget\nPublished: 4 Nov. 2025\n\nDefence Minister Wale Edun spoke.\n';
    assert.deepEqual(corpusOf({ 'a.txt': a, 'b.txt': b }).corpus.allConflicts(), []);
    assert.deepEqual(conflictSides(corpusOf({ 'a.txt': a, 'c.txt': c }).corpus), [['person:waleedun', ['a.txt=finance minister', 'c.txt=defense minister']]]);
  });

  it('"Defense Minister X" vs "Foreign Minister X" within 120 days is an office conflict', () => {
    const a = wire('Minister in Tokyo', '3 Nov. 2025', 'Defense Minister Cho Hyun-woo met his Japanese counterpart in Tokyo on Monday.');
    const b = wire('Minister in Beijing', '20 Nov. 2025', 'Foreign Minister Cho Hyun-woo met Chinese officials in Beijing on Thursday.');
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'b.txt': b });
    const c = corpus.allConflicts();
    assert.equal(c.length, 1);
    assert.equal(c[0].fact, 'office');
    const d = conflictDiagnostics(corpus, uri('a.txt'), DEFAULT_DIAGNOSTICS);
    assert.equal(d.length, 1);
    assert.equal(d[0].message, `Cho Hyun-woo: 'Defense Minister' here, 'Foreign Minister' in b.txt`);
  });

  // A deputy written as the minister is a mistake a fact-checker looks for; two words for "deputy" are not.
  it('a post and its deputy\'s ("Foreign Minister" / "Deputy Foreign Minister", "President" / "Vice President") conflict; "Vice" and "Deputy" agree; a deputy post and another post do not conflict', () => {
    const a = wire('Talks', '3 Nov. 2025', 'Chinese Foreign Minister Wang Yi met his counterpart on Monday. Deputy Prime Minister Richard Marles spoke.');
    const b = wire('Talks', '4 Nov. 2025', 'Chinese Deputy Foreign Minister Wang Yi met his counterpart on Monday. Defense Minister Richard Marles spoke. Vice President Sara Duterte spoke.');
    const c = wire('Talks', '5 Nov. 2025', 'Chinese Vice Foreign Minister Wang Yi met officials. President Sara Duterte spoke.');
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'b.txt': b, 'c.txt': c });
    assert.deepEqual(corpus.allConflicts().map((x) => [x.key, x.fact, x.sides.map((sd) => `${sd.label}=${sd.value}`).sort()]), [
      ['person:wangyi', 'office', ['a.txt=Chinese Foreign Minister', 'b.txt=Chinese Deputy Foreign Minister', 'c.txt=Chinese Vice Foreign Minister']],
      ['person:saraduterte', 'office', ['b.txt=Vice President', 'c.txt=President']],
    ]);
    assert.deepEqual(corpus.allConflicts()[0].against.map((list) => list.length), [2, 1, 1]);
    assert.deepEqual(conflictDiagnostics(corpus, uri('b.txt'), DEFAULT_DIAGNOSTICS).map((d) => d.message), [
      "Wang Yi: 'Chinese Deputy Foreign Minister' here, 'Chinese Foreign Minister' in a.txt", "Sara Duterte: 'Vice President' here, 'President' in c.txt",
    ]);
    // "Vice-President" with a hyphen is the "Vice President".
    const h = wire('Talks', '4 Nov. 2025', 'Vice-President Sara Duterte spoke.');
    const pair = (other: string) => corpusOf({ 'h.txt': h, 'o.txt': other }).corpus.allConflicts().map((x) => x.fact);
    assert.deepEqual([pair(b), pair(c)], [[], ['office']]);
  });

  // Thai coverage: "Deputy Defence Minister Nattaphon" in July and "Defence Minister Nattaphon" in November
  // (after a new cabinet) were flagged, 111 days apart.
  it('a post and its deputy\'s are compared as ranks are, only within a week: a deputy often becomes the holder', () => {
    const july = wire('Border', '23 July 2025', 'Deputy Defence Minister Nattaphon Narkphanit met his counterpart on Wednesday.');
    const week = wire('Border', '28 July 2025', 'Defence Minister Nattaphon Narkphanit said the talks went well.');
    const november = wire('Border', '11 Nov. 2025', 'Defence Minister Nattaphon Narkphanit said the talks went well.');
    const other = wire('Border', '11 Nov. 2025', 'Foreign Minister Nattaphon Narkphanit said the talks went well.');
    const facts = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((x) => [x.fact, x.sides.map((sd) => sd.label).sort()]);
    assert.deepEqual(facts({ 'a.txt': july, 'b.txt': week }), [['office', ['a.txt', 'b.txt']]]);
    assert.deepEqual(facts({ 'a.txt': july, 'c.txt': november }), []);
    // Two posts of different portfolios are still compared over the whole window.
    assert.deepEqual(facts({ 'b.txt': week, 'd.txt': other }), [['office', ['b.txt', 'd.txt']]]);
  });

  // Japanese and British coverage: a dozen "Agriculture Minister Koizumi" until 20 October against one
  // "Defense Minister Koizumi" on 3 November, and "Home Secretary Cooper" against two "Foreign
  // Secretary" after the September reshuffle, were flagged.
  it('sources of one post all more than a week before those of another saw the person move; one source against one is still a conflict', () => {
    const said = (day: string, title: string, extra = '') => wire('Cabinet', day, `${title} Shinjiro Koizumi said on Monday that rice prices would fall.${extra}`);
    const facts = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((x) => [x.fact, x.sides.map((sd) => sd.label).sort()]);
    const before = { 'a.txt': said('8 Sept. 2025', 'Agriculture Minister'), 'b.txt': said('3 Oct. 2025', 'Agriculture, Forestry and Fisheries Minister'), 'm.txt': said('4 Oct. 2025', 'Minister') };
    assert.deepEqual(facts({ ...before, 'z.txt': said('3 Nov. 2025', 'Japanese Defense Minister') }), []);
    // Within a week of each other, or in turn (one before, one after), they disagree.
    assert.deepEqual(facts({ ...before, 'z.txt': said('9 Oct. 2025', 'Defense Minister') }), [['office', ['a.txt', 'b.txt', 'z.txt']]]);
    assert.deepEqual(facts({ ...before, 'y.txt': said('1 Sept. 2025', 'Defense Minister'), 'z.txt': said('3 Nov. 2025', 'Defense Minister') }), [['office', ['a.txt', 'b.txt', 'y.txt', 'z.txt']]]);
    assert.deepEqual(facts({ 'a.txt': said('8 Sept. 2025', 'Agriculture Minister'), 'z.txt': said('3 Nov. 2025', 'Defense Minister') }), [['office', ['a.txt', 'z.txt']]]);
  });

  // British coverage: "Home Secretary Shabana Mahmood" on 30 September and "Interior minister" on 1 October, then
  // Anadolu's stale "Justice Secretary Shabana Mahmood" on 25 October, read as a move none of them reported,
  // though Reuters had written "Shabana Mahmood, previously justice minister" on 5 September.
  it('sources one after the other are no move when a source before the later ones gives their post as the person\'s past one', () => {
    const said = (day: string, title: string) => wire('Labour', day, `${title} Shabana Mahmood set out plans on Monday.`);
    const facts = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((x) => [x.fact, x.sides.map((sd) => sd.label).sort()]);
    const home = { 'a.txt': said('30 Sept. 2025', 'Home Secretary'), 'b.txt': said('1 Oct. 2025', 'Interior Minister'), 'z.txt': said('25 Oct. 2025', 'Justice Secretary') };
    assert.deepEqual(facts(home), []);
    const reshuffle = wire('Reshuffle', '5 Sept. 2025', 'Shabana Mahmood, previously justice minister, moves to the Home Office.');
    assert.deepEqual(facts({ ...home, 'r.txt': reshuffle }), [['office', ['a.txt', 'b.txt', 'z.txt']]]);
    // Written after the later source, it says nothing of it.
    assert.deepEqual(facts({ ...home, 'r.txt': wire('Profile', '30 Oct. 2025', 'Shabana Mahmood, previously justice minister, is tipped as a future leader.') }), []);
  });

  // Dutch coverage: "justice minister David van Weel" in June and August, "Foreign Minister David van Weel" from
  // October, and in August "Van Weel, a former Nato assistant secretary general": a past post of another kind
  // was taken for his foreign ministry given as past.
  it('a past post of another kind ("a former Nato assistant secretary general") is no past of the later sources\' post', () => {
    const said = (day: string, title: string, extra = '') => wire('Cabinet', day, `${title} David van Weel spoke on Monday.${extra}`);
    const facts = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((x) => [x.fact, x.sides.map((sd) => sd.label).sort()]);
    const files = {
      'a.txt': said('19 June 2025', 'Justice Minister'),
      'b.txt': said('25 Aug. 2025', 'Justice Minister', ' Van Weel, a former Nato assistant secretary general and adviser to Mark Rutte, is tipped for the foreign ministry.'),
      'y.txt': said('29 Oct. 2025', 'Foreign Minister'), 'z.txt': said('10 Dec. 2025', 'Foreign Minister'),
    };
    assert.deepEqual(facts(files), []);
    // A past foreign ministry, written before the later sources, still makes them stale.
    assert.deepEqual(facts({ ...files, 'p.txt': wire('Profile', '1 Sept. 2025', 'David van Weel, a former foreign minister, spoke.') }), [['office', ['b.txt', 'y.txt', 'z.txt']]]);
  });

  // Nepali coverage: the Kathmandu Post's "Communication and Information Technology Minister Prithvi Subba Gurung,
  // who is also the government spokesperson" against Dawn's "Home Minister Prithvi Subba Gurung": the
  // spokesperson's post, of another kind, was taken for an agreement with the home minister's.
  it('a source\'s post of another kind ("government spokesperson") is no agreement with the other source\'s office', () => {
    const post = wire('Ban', '5 Sept. 2025', 'Communication and Information Technology Minister Prithvi Subba Gurung, who is also the government spokesperson, said so.');
    const dawn = wire('Ban lifted', '10 Sept. 2025', 'Home Minister Prithvi Subba Gurung said the ban was lifted.');
    assert.deepEqual(offices({ 'post.txt': post, 'dawn.txt': dawn }), ['dawn.txt: Home Minister / post.txt: Communication and Information Technology Minister']);
    // A source that also names the other post still agrees with it.
    const both = wire('Ban', '6 Sept. 2025', 'Home Minister Prithvi Subba Gurung, who is also the information technology minister, said so.');
    assert.deepEqual(offices({ 'post.txt': post, 'both.txt': both }), []);
  });

  // Indonesian coverage: Reuters' "Deputy Cooperatives Minister Ferry Juliantono was promoted to lead the
  // cooperatives ministry" conflicted with Antara's "Minister of Cooperatives Ferry Juliantono" the next day.
  it('a post its holder "was promoted" from is not held against the one taken', () => {
    const promoted = wire('Reshuffle', '8 Sept. 2025', 'Deputy Cooperatives Minister Ferry Juliantono was promoted to lead the cooperatives ministry.');
    const stayed = wire('Reshuffle', '8 Sept. 2025', 'Deputy Cooperatives Minister Ferry Juliantono attended the ceremony.');
    const after = wire('Reshuffle', '9 Sept. 2025', 'Minister of Cooperatives Ferry Juliantono was sworn in on Monday.');
    const facts = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((x) => [x.fact, x.sides.map((sd) => sd.label).sort()]);
    assert.deepEqual(facts({ 'a.txt': promoted, 'b.txt': after }), []);
    assert.deepEqual(facts({ 'a.txt': stayed, 'b.txt': after }), [['office', ['a.txt', 'b.txt']]]);
  });

  it('a ministry with several portfolios agrees with each of them, and only with them', () => {
    const full = wire('Trade talks', '3 Nov. 2025', 'Trade, Industry and Energy Minister Ahn Duk-geun met U.S. officials on Monday.');
    const short = wire('Trade talks', '5 Nov. 2025', 'Industry Minister Ahn Duk-geun said on Wednesday the tariff deal was close.');
    const other = wire('Trade talks', '6 Nov. 2025', 'Foreign Minister Ahn Duk-geun said on Thursday the tariff deal was close.');
    assert.deepEqual(corpusOf({ 'full.txt': full, 'short.txt': short }).corpus.allConflicts().map((c) => c.id), []);
    // The appositive form, with the list between commas, and another romanisation.
    const appositive = wire('Trade talks', '4 Nov. 2025', 'Ahn Deok-geun, Minister of Trade, Industry and Energy, who flew in on Tuesday, met U.S. officials.');
    assert.deepEqual(corpusOf({ 'appositive.txt': appositive, 'short.txt': short }).corpus.allConflicts().map((c) => c.id), []);
    const { corpus, uri } = corpusOf({ 'full.txt': full, 'other.txt': other });
    assert.deepEqual(corpus.allConflicts().map((c) => c.fact), ['office']);
    assert.equal(conflictDiagnostics(corpus, uri('other.txt'), DEFAULT_DIAGNOSTICS)[0].message, `Ahn Duk-geun: 'Foreign Minister' here, 'Trade, Industry and Energy Minister' in full.txt`);
  });

  // Hurricane Melissa coverage: the Observer's "Transport Minister Daryl Vaz" against CNN's "Energy
  // Minister Daryl Vaz", while the Gleaner named his one ministry: "Energy, Transport and Telecommunications".
  it('two portfolios of one ministry another source names are no conflict; a post and its deputy\'s still are', () => {
    const transport = wire('Airports', '30 Oct. 2025', 'Commercial flights will resume, Transport Minister Daryl Vaz said on Thursday.');
    const energy = wire('Power', '28 Oct. 2025', 'Energy Minister Daryl Vaz said on Tuesday that power would be restored.');
    const both = wire('Visit', '29 Oct. 2025', 'He was accompanied by Minister of Energy, Transport and Telecommunications Daryl Vaz on Wednesday.');
    const ids = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((c) => [c.fact, c.sides.map((sd) => sd.label).sort()]);
    assert.deepEqual(ids({ 't.txt': transport, 'e.txt': energy }), [['office', ['e.txt', 't.txt']]]);
    assert.deepEqual(ids({ 't.txt': transport, 'e.txt': energy, 'both.txt': both }), []);
    const deputy = wire('Border', '27 July 2025', 'Deputy Defence Minister Gen Nattaphon Narkphanit said on Sunday the talks would go ahead.');
    const minister = wire('Border', '29 July 2025', 'Thai Defence Minister Gen. Nattaphon Narkphanit said on Tuesday the talks would go ahead.');
    const defenceAndVeterans = wire('Border', '28 July 2025', 'Minister of Defence and Veterans Affairs Nattaphon Narkphanit spoke on Monday.');
    assert.deepEqual(ids({ 'd.txt': deputy, 'm.txt': minister, 'v.txt': defenceAndVeterans }).map(([f]) => f), ['office']);
  });

  // Ukrainian coverage: RFE/RL's "Herman Halushchenko, energy minister from 2021 until July 2025 and then
  // justice minister," against Euronews's "Justice Minister Herman Halushchenko" the same day.
  it('a post given with the span it was held in ("from 2021 until July 2025") is a past one; one held "from 2019 to now" is not', () => {
    const span = wire('Raids', '13 Nov. 2025', 'Herman Halushchenko, energy minister from 2021 until July 2025 and then justice minister, has not been charged.');
    const now = wire('Raids', '13 Nov. 2025', 'Herman Halushchenko, energy minister from 2021 to now, has not been charged.');
    const justice = wire('Raids', '13 Nov. 2025', 'By Wednesday, Justice Minister Herman Halushchenko had been suspended.');
    const facts = (t: string) => corpusOf({ 'a.txt': t }).analysis('a.txt').facts.flatMap((f) => f.type === 'title' ? [[f.title.office, f.title.status]] : []);
    assert.deepEqual(facts(span), [['energy minister', 'past']]);
    assert.deepEqual(facts(now), [['energy minister', 'current']]);
    assert.deepEqual(corpusOf({ 's.txt': span, 'j.txt': justice }).corpus.allConflicts(), []);
  });

  // Japanese and Canadian coverage: "Shinjiro Koizumi … was named defense minister" stated nothing;
  // once it did, iPolitics' "Dominic LeBlanc becomes trade minister" (14 March) broke the run of
  // "Finance Minister" sources before it and "trade minister" ones in May into a conflict.
  it('"was named defense minister", "was sworn in as president" give the post, taken up; a source reporting the move between two others reconciles them', () => {
    const facts = (t: string) => corpusOf({ 'a.txt': t }).analysis('a.txt').facts.flatMap((f) => f.type === 'title' ? [[f.key, f.title.office, !!f.takingPost]] : []);
    assert.deepEqual(facts(wire('Cabinet', '21 Oct. 2025', 'Shinjiro Koizumi, who served as agriculture minister in the Ishiba Cabinet, was named defense minister on Tuesday.')), [['person:shinjirokoizumi', 'defense minister', true]]);
    assert.deepEqual(facts(wire('Poland', '6 Aug. 2025', 'Karol Nawrocki was sworn in as president on Wednesday.')), [['person:karolnawrocki', 'president', true]]);
    assert.deepEqual(facts(wire('Court', '6 Aug. 2025', 'John Smith was named in the lawsuit. Jane Doe was named a suspect. Ann Lee was elected to parliament.')), []);
    // The object of the verb, with the post after "as" (Reuters on Gabon, Punch with commas around the name).
    assert.deepEqual(facts(wire('Gabon', '5 May 2025', 'President Brice Oligui Nguema on Monday appointed former opposition leader Alexandre Barro Chambrier as vice-president of the government.')), [
      ['person:briceoliguinguema', 'president', false], ['person:alexandrebarrochambrier', 'government vice president', true],
    ]);
    assert.deepEqual(facts(wire('Gabon', '6 May 2025', 'The president has named former opposition leader, Alexandre Barro Chambrier, as Vice-President of the Republic.')), [['person:alexandrebarrochambrier', 'republic vice president', false]]);
    assert.deepEqual(facts(wire('Court', '6 Aug. 2025', 'The president named Jane Roe as his successor. He met John Roe as minister of health.')), []);
    const finance = wire('Tariffs', '3 March 2025', 'Finance Minister Dominic LeBlanc said on Monday Canada would respond.');
    const sameDay = wire('Tariffs', '14 March 2025', 'Finance Minister Dominic LeBlanc spoke on Friday morning.');
    const moved = wire('Cabinet', '14 March 2025', 'Among the changes, Dominic LeBlanc becomes trade minister as tariffs bite.');
    const trade = wire('Talks', '6 May 2025', 'Trade Minister Dominic LeBlanc joined the talks on Tuesday.');
    const ids = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((c) => c.fact);
    assert.deepEqual(ids({ 'f.txt': finance, 's.txt': sameDay, 'm.txt': moved, 't.txt': trade }), []);
    assert.deepEqual(ids({ 'f.txt': finance, 's.txt': sameDay, 't.txt': wire('Talks', '20 March 2025', 'Trade Minister Dominic LeBlanc joined the talks on Thursday.') }), ['office']);
  });

  it('"Defense Minister X" vs "Unification Minister X" is an office conflict', () => {
    const a = wire('Minister speaks', '3 Nov. 2025', 'Defense Minister Cho Hyun-woo said on Monday the talks would go ahead.');
    const b = wire('Minister speaks', '5 Nov. 2025', 'Unification Minister Cho Hyun-woo said on Wednesday the talks would go ahead.');
    const { corpus } = corpusOf({ 'a.txt': a, 'b.txt': b });
    assert.deepEqual(corpus.allConflicts().map((c) => c.fact), ['office']);
  });

  it('"then-", "former", "ex-" and "acting" titles do not conflict with a current different title', () => {
    const current = wire('Minister speaks', '3 Nov. 2025', 'Defense Minister Kim Seon-ho said on Monday the ministry would cooperate.');
    const variants = {
      then: 'Then-Foreign Minister Kim Seon-ho attended the 2023 talks, officials said.',
      former: 'Former Foreign Minister Kim Seon-ho attended the talks, officials said.',
      ex: 'Ex-Foreign Minister Kim Seon-ho attended the talks, officials said.',
      formerLower: 'The talks were attended by former Foreign Minister Kim Seon-ho, officials said.',
      thenLower: 'The talks were attended by then-Foreign Minister Kim Seon-ho, officials said.',
      exLower: 'The talks were attended by ex-Foreign Minister Kim Seon-ho, officials said.',
      acting: 'Acting Foreign Minister Kim Seon-ho attended the talks, officials said.',
      appositive: 'Kim Seon-ho, a former foreign minister, attended the talks, officials said.',
    };
    for (const [name, body] of Object.entries(variants)) {
      const { corpus } = corpusOf({ 'current.txt': current, [`${name}.txt`]: wire('Talks', '4 Nov. 2025', body) });
      assert.deepEqual(corpus.allConflicts().map((c) => c.id), [], name);
    }
  });

  it('a retired rank does not conflict with a current rank ("retired Gen." vs "Lt. Gen.")', () => {
    const a = wire('Audit', '3 Nov. 2025', 'Joint Chiefs of Staff Chairman Lt. Gen. Jin Yong-sung said on Monday the talks would go ahead.');
    const b = wire('Reunion', '4 Nov. 2025', 'The ceremony was attended by retired Gen. Jin Yong-sung, officials said.');
    const { corpus } = corpusOf({ 'a.txt': a, 'b.txt': b });
    assert.deepEqual(corpus.allConflicts().map((c) => c.id), []);
  });

  it('sources published 2 years apart with different ranks do not conflict by default', () => {
    const a = wire('Promotion', '3 Nov. 2023', 'Lt. Gen. Jin Yong-sung said on Friday the corps was ready.');
    const b = wire('Talks', '3 Nov. 2025', 'Gen. Jin Yong-sung said on Monday the talks went well.');
    assert.deepEqual(corpusOf({ 'a.txt': a, 'b.txt': b }).corpus.allConflicts(), []);
    // With no window (0) every pair is compared.
    const all = corpusOf({ 'a.txt': a, 'b.txt': b }, { titleWindowDays: 0 }).corpus.allConflicts();
    assert.deepEqual(all.map((c) => c.fact), ['rank']);
  });

  // Change-of-command coverage: "Lt.-Gen. Jennie Carignan will be named" (28 June) against "Gen. Carignan took over" (18 July),
  // and "Lt. Gen. Romeo Brawner Jr." named AFP chief (20 July) against "Gen. Brawner" at a ceremony (7 August), were conflicts.
  it('ranks are compared within a week; a source that says the person was promoted to a rank agrees with any source before it', () => {
    const before = wire('Handover', '28 June 2024', 'Lt.-Gen. Jennie Carignan will be named Canada\'s new Chief of the Defence Staff, officials said.');
    const after = wire('Handover', '18 July 2024', 'Gen. Jennie Carignan took command on Thursday.');
    const sameWeek = wire('Handover', '22 June 2024', 'Gen. Jennie Carignan spoke on Saturday.');
    const ranks = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((c) => c.sides.map((sd) => `${sd.label}: ${sd.value}`).sort().join(' / '));
    // Three weeks apart: a promotion may lie between, so not compared.
    assert.deepEqual(ranks({ 'before.txt': before, 'after.txt': after }), []);
    // Six days apart: compared.
    assert.deepEqual(ranks({ 'before.txt': before, 'week.txt': sameWeek }), ['before.txt: Lt. Gen. / week.txt: Gen.']);
    // With no window every pair is compared, but a source that reports the promotion explains the older rank.
    const spoke = wire('Visit', '28 June 2024', 'Lt.-Gen. Jennie Carignan spoke on Friday.');
    const promoted = wire('Ceremony', '18 July 2024', 'Gen. Jennie Carignan spoke on Thursday. Carignan was promoted to the rank of general during the ceremony.');
    const all = (files: Record<string, string>) => corpusOf(files, { titleWindowDays: 0 }).corpus.allConflicts().map((c) => c.sides.map((sd) => sd.label).sort().join(' / '));
    assert.deepEqual(all({ 'spoke.txt': spoke, 'after.txt': wire('Ceremony', '18 July 2024', 'Gen. Jennie Carignan spoke on Thursday.') }), ['after.txt / spoke.txt']);
    assert.deepEqual(all({ 'spoke.txt': spoke, 'promoted.txt': promoted }), []);
    const { analysis } = corpusOf({ 'promoted.txt': promoted });
    assert.deepEqual(analysis('promoted.txt').facts.map((f) => f.type === 'title' && [f.title.text, f.promotion ?? false]), [['Gen.', false], ['general', true]]);
    // Not a source written after the promotion was reported: the same day, the old rank is out of date.
    const stale = wire('Handover', '18 July 2024', 'Lt.-Gen. Jennie Carignan arrived on Thursday.');
    assert.deepEqual(all({ 'stale.txt': stale, 'promoted.txt': promoted }), ['promoted.txt / stale.txt']);
  });

  // Taiwanese coverage: "Lin Chia-lung, a former transport minister, was named foreign minister" was no
  // move: the words after the name were looked for after its title only.
  it('a person takes up a post when the verb comes after a title written after the name', () => {
    const taking = (body: string) => corpusOf({ 't.txt': wire('Cabinet', '20 May 2024', body) }).analysis('t.txt').facts.map((f) => f.type === 'title' && [f.title.text, f.takingPost ?? false]);
    assert.deepEqual(taking('Lin Chia-lung, a former transport minister, was named foreign minister.'), [['a former transport minister', true]]);
    assert.deepEqual(taking('Lin Chia-lung, a former transport minister, spoke on Monday.'), [['a former transport minister', false]]);
  });

  // Thai coverage: "Defence Minister Phumtham" (18 June) against "Interior Minister Phumtham" (3 July, "Phumtham,
  // who served as defence minister until Thursday") and (28 August) was a conflict: he moved in a reshuffle.
  it('a source that gives an office as the person\'s past one saw the move: sources before it with that office and after it with the new one agree', () => {
    const june = wire('Border', '18 June 2025', 'Defence Minister Phumtham Wechayachai spoke on Wednesday.');
    const july = wire('Reshuffle', '3 July 2025', 'Interior Minister Phumtham Wechayachai became acting prime minister on Thursday. Phumtham, who served as defence minister until Thursday, said the border came first.');
    const august = wire('Court', '28 Aug. 2025', 'Interior Minister Phumtham Wechayachai spoke on Thursday.');
    assert.deepEqual(corpusOf({ 'july.txt': july }).analysis('july.txt').facts.map((f) => f.type === 'title' && [f.title.text, f.title.status]), [
      ['Interior Minister', 'current'], ['defence minister', 'past'],
    ]);
    assert.deepEqual(offices({ 'june.txt': june, 'july.txt': july, 'august.txt': august }), []);
    // Without the source that saw the move, the two offices disagree.
    assert.deepEqual(offices({ 'june.txt': june, 'august.txt': august }), ['august.txt: Interior Minister / june.txt: Defence Minister']);
    // It vouches for the office it gives as past, no other.
    assert.deepEqual(offices({ 'june.txt': june.replace('Defence Minister', 'Foreign Minister'), 'july.txt': july }), ['july.txt: Interior Minister / june.txt: Foreign Minister']);
  });

  // Mexican coverage: EFE's "Mexican Foreign Secretary Alicia Bárcena" (25 September) against Xinhua's "Secretary of
  // Environment and Natural Resources Alicia Barcena" (2 October), with Al Jazeera's "Alicia Barcena, the outgoing
  // foreign minister" between them; Bloomberg's "Security Secretary Rosa Icela Rodriguez, who becomes interior
  // minister under Sheinbaum". Both moved when the new government took office.
  it('a source between the two that gives the earlier office as past alone saw the move; "who becomes" takes a post', () => {
    const efe = wire('Spain', '25 Sept. 2024', 'Mexican Foreign Secretary Alicia Bárcena led the delegation on Wednesday.');
    const aj = wire('AMLO', '30 Sept. 2024', 'Alicia Bárcena, the outgoing foreign minister, said goodbye on Monday.');
    const xinhua = wire('Sheinbaum', '2 Oct. 2024', 'Secretary of Environment and Natural Resources Alicia Bárcena attended on Tuesday.');
    assert.deepEqual(offices({ 'efe.txt': efe, 'xinhua.txt': xinhua }), ['efe.txt: Mexican Foreign Secretary / xinhua.txt: Secretary of Environment and Natural Resources']);
    assert.deepEqual(offices({ 'efe.txt': efe, 'aj.txt': aj, 'xinhua.txt': xinhua }), []);
    // Written before the earlier source, it says nothing of a move after it.
    assert.deepEqual(offices({ 'efe.txt': efe, 'aj.txt': aj.replace('30 Sept. 2024', '20 Sept. 2024'), 'xinhua.txt': xinhua }), [
      'efe.txt: Mexican Foreign Secretary / xinhua.txt: Secretary of Environment and Natural Resources',
    ]);
    // Americas Quarterly: "Rosa Icela Rodríguez, López Obrador's security secretary since 2020, has moved to
    // Gobernación": the post between the commas is the one she left.
    const status = (body: string) => analyze('s.txt', wire('Cabinet', '9 Oct. 2024', body)).facts.map((f) => f.type === 'title' && [f.title.text, f.title.status]);
    assert.deepEqual(status("Rosa Icela Rodríguez, López Obrador's security secretary since 2020, has moved to Gobernación."), [["López Obrador's security secretary", 'past']]);
    assert.deepEqual(status("Rosa Icela Rodríguez, López Obrador's security secretary since 2020, has spoken to Gobernación."), [["López Obrador's security secretary", 'current']]);
    const taking = (body: string) => analyze('t.txt', wire('Cabinet', '27 Sept. 2024', body)).facts.map((f) => f.type === 'title' && [f.title.text, f.takingPost ?? false]);
    assert.deepEqual(taking('Security Secretary Rosa Icela Rodriguez, who becomes interior minister under Sheinbaum, spoke.'), [['Security Secretary', true]]);
    assert.deepEqual(taking('Security Secretary Rosa Icela Rodriguez, who spoke on Monday, left.'), [['Security Secretary', false]]);
  });

  // Argentine coverage: "the security minister, Patricia Bullrich, …, was elected senator" (27 October) was read
  // as her move to the tabloid's "Defence Minister" of that day: a new post vouched for any post at all.
  it('a post new to the person vouches for a move to a post of its kind only', () => {
    const before = wire('Security', '15 Oct. 2025', 'Security Minister Patricia Bullrich spoke on Wednesday.');
    const elected = wire('Midterms', '27 Oct. 2025', 'Security Minister Patricia Bullrich, elected senator for the City of Buenos Aires, spoke on Monday.');
    const slip = wire('Midterms', '28 Oct. 2025', 'Defence Minister Patricia Bullrich cheered on Tuesday.');
    assert.deepEqual(offices({ 'before.txt': before, 'elected.txt': elected, 'slip.txt': slip }), [
      'before.txt: Security Minister / elected.txt: Security Minister / slip.txt: Defence Minister',
    ]);
  });

  // AU coverage: "Youssouf, a former Djiboutian foreign minister" in the source that slipped to "Deputy
  // Chairperson" was read as its having seen him leave the chairmanship the other source gave him.
  it('a past office of another kind is no sign that the person moved from the other source\'s office', () => {
    const before = wire('Statement', '28 Oct. 2025', 'Chairperson of the African Union Commission Mahmoud Ali Youssouf spoke on Tuesday.');
    const slip = wire('Cameroon', '30 Oct. 2025', 'Deputy Chairperson of the African Union Commission Mahmoud Ali Youssouf spoke on Thursday. Mahmoud Ali Youssouf, a former Djiboutian foreign minister, urged calm.');
    assert.deepEqual(offices({ 'before.txt': before, 'slip.txt': slip }), ['before.txt: Chairperson of the African Union Commission / slip.txt: Deputy Chairperson of the African Union Commission']);
  });

  // Iranian coverage: "Defense Minister Aziz Nasirzadeh, a brigadier general who commanded…" (AP) was a
  // "brigadier" against "Brigadier General Aziz Nasirzadeh" (IRNA); "a major general" read as a major.
  it('a rank of several words written after the name is that rank, not its first word', () => {
    const ranks = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((c) => c.sides.map((sd) => `${sd.label}: ${sd.norm}`).sort().join(' / '));
    const before = (rank: string) => wire('Cabinet', '21 Aug. 2024', `${rank} Aziz Nasirzadeh was approved on Wednesday.`);
    const after = (rank: string) => wire('Cabinet', '21 Aug. 2024', `Defense Minister Aziz Nasirzadeh, ${rank} who commanded the air force, was approved on Wednesday.`);
    assert.deepEqual(ranks({ 'a.txt': before('Brigadier General'), 'b.txt': after('a brigadier general') }), []);
    assert.deepEqual(ranks({ 'a.txt': before('Maj. Gen.'), 'b.txt': after('a major general in the IRGC') }), []);
    assert.deepEqual(ranks({ 'a.txt': before('Rear Adm.'), 'b.txt': after('a rear admiral') }), []);
    // A different rank still disagrees, written either way.
    assert.deepEqual(ranks({ 'a.txt': before('Lt. Gen.'), 'b.txt': after('a major general') }), ['a.txt: lieutenant general / b.txt: major general']);
  });

  // Pakistani coverage: "approved the promotion of Chief of Army Staff (COAS) General Syed Asim Munir to
  // the rank of field marshal" (Dawn) and "promoted Army chief General Asim Munir to the rank of Field
  // Marshal" (The Hindu) against "Field Marshal Syed Asim Munir" (ISPR), all of the day, were conflicts.
  it('a promotion said with words between the verb and the name ("the promotion of COAS General X to the rank of …") is one', () => {
    const ranks = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((c) => c.sides.map((sd) => sd.label).sort().join(' / '));
    const noun = wire('Promotion', '20 May 2025', 'The federal cabinet on Tuesday approved the promotion of Chief of Army Staff (COAS) General Syed Asim Munir to the rank of field marshal.');
    const verb = wire('Promotion', '21 May 2025', 'Pakistan\'s government on Tuesday promoted Army chief General Asim Munir to the rank of Field Marshal, the highest military rank.');
    const after = wire('Promotion', '20 May 2025', 'Field Marshal Syed Asim Munir expressed gratitude on Tuesday.');
    assert.deepEqual(ranks({ 'noun.txt': noun, 'verb.txt': verb, 'after.txt': after }), []);
    const { analysis } = corpusOf({ 'noun.txt': noun, 'verb.txt': verb });
    for (const f of ['noun.txt', 'verb.txt']) {
      assert.deepEqual(analysis(f).facts.flatMap((x) => x.type === 'title' && x.promotion ? [[x.key, x.title.rank]] : []), [['person:asimmunir', 'field marshal']]);
    }
    // Without the promotion the same day's "General" and "Field Marshal" disagree.
    assert.deepEqual(ranks({ 'plain.txt': wire('Army', '20 May 2025', 'General Asim Munir spoke on Tuesday.'), 'after.txt': after }), ['after.txt / plain.txt']);
  });

  // Pakistani coverage of the same promotion: "It was last held by General Muhammad Ayub Khan, who was
  // elevated to the rank in 1959" (APP) against "Field Marshal Muhammad Ayub Khan" (ARY) was a conflict.
  it('a rank before a name promoted to a rank not named ("who was elevated to the rank") states nothing; "who was promoted to the rank of X" is a promotion', () => {
    const ranks = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((c) => c.sides.map((sd) => sd.label).sort().join(' / '));
    const recalled = wire('Promotion', '20 May 2025', 'Field Marshal is the highest rank. It was last held by General Muhammad Ayub Khan, who was elevated to the rank in 1959.');
    const field = wire('Promotion', '21 May 2025', 'Munir becomes the second officer to hold the rank after Field Marshal Muhammad Ayub Khan.');
    assert.deepEqual(ranks({ 'recalled.txt': recalled, 'field.txt': field }), []);
    const who = wire('Promotion', '20 May 2025', 'General Asim Munir, who was promoted to the rank of Field Marshal, spoke on Tuesday.');
    const { analysis } = corpusOf({ 'who.txt': who, 'recalled.txt': recalled });
    assert.deepEqual(analysis('who.txt').facts.flatMap((f) => f.type === 'title' ? [[f.title.text, f.promotion ?? false]] : []), [['Field Marshal', true], ['General', false]]);
    assert.deepEqual(analysis('recalled.txt').facts.filter((f) => f.type === 'title'), []);
  });

  // Philippine coverage: "Police Maj. Gen. Nicolas Torre III … has been named the next chief" (May 29)
  // against "Police Gen. Nicolas Torre III … Torre, who previously held the rank of police major
  // general, was promoted to four-star general" (June 2) was a conflict.
  it('a promotion to a rank named by its stars ("promoted to four-star general") is a promotion to that rank', () => {
    const ranks = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((c) => c.sides.map((sd) => sd.label).sort().join(' / '));
    const named = wire('New chief', '29 May 2025', 'Police Maj. Gen. Nicolas Torre III has been named the next chief of the police.');
    const promoted = wire('New chief', '2 June 2025', 'Police Gen. Nicolas Torre III on Monday assumed as chief. Torre, who previously held the rank of police major general, was promoted to four-star general upon his designation.');
    const plain = wire('New chief', '2 June 2025', 'Police Gen. Nicolas Torre III on Monday assumed as chief.');
    // (Named to the post with the lower rank, the higher after it is a promotion on taking it, whatever the grades between.)
    assert.deepEqual(ranks({ 'named.txt': named, 'plain.txt': plain }), []);
    assert.deepEqual(ranks({ 'named.txt': named.replace('has been named the next chief of the police', 'spoke'), 'plain.txt': plain }), ['named.txt / plain.txt']);
    assert.deepEqual(ranks({ 'named.txt': named, 'promoted.txt': promoted }), []);
    const { analysis } = corpusOf({ 'promoted.txt': promoted });
    assert.deepEqual(analysis('promoted.txt').facts.flatMap((f) => f.type === 'title' ? [[f.title.text, f.title.rank, f.promotion ?? false]] : []), [['Police Gen.', 'general', false], ['four-star general', 'general', true]]);
  });

  // "Air Marshal AP Singh succeeded Air Chief Marshal VR Chaudhari as the new Air Force chief
  // today" (NDTV) and "Air Chief Marshal AP Singh took over as Chief of the Air Staff" (The New
  // Indian Express), both of 30 September 2024, were a conflict; so were "the President named …
  // Lt. General Olufemi Oluyede as the new Chief of Defence Staff" and "appointed General Olufemi
  // Oluyede to replace General Christopher Musa".
  it('one grade apart, a source that says the person takes up a post agrees with the other rank from that day on', () => {
    const ranks = (files: Record<string, string>) => corpusOf(files).corpus.allConflicts().map((c) => c.sides.map((sd) => `${sd.label}: ${sd.value}`).sort().join(' / '));
    const lower = wire('New chief', '30 Sept. 2024', 'Air Marshal AP Singh succeeded Air Chief Marshal VR Chaudhari as the new Air Force chief today.');
    const higher = wire('New chief', '30 Sept. 2024', 'The Indian Air Force got its new chief as Air Chief Marshal AP Singh took over as Chief of the Air Staff on Monday.');
    const { analysis } = corpusOf({ 'lower.txt': lower });
    // The one succeeded is not taking a post.
    assert.deepEqual(analysis('lower.txt').facts.map((f) => f.type === 'title' && [f.key, f.title.rank, f.takingPost ?? false]), [
      ['person:apsingh', 'air marshal', true], ['person:vrchaudhari', 'air chief marshal', false],
    ]);
    assert.deepEqual(ranks({ 'lower.txt': lower, 'higher.txt': higher }), []);
    // Named before the name, with the title left between: "named former Chief of Army Staff, Lt. General X as".
    const named = wire('Service chiefs', '24 Oct. 2025', 'The President named former Chief of Army Staff, Lt. General Olufemi Oluyede as the new Chief of Defence Staff, replacing General Christopher Musa.');
    const thanked = wire('Service chiefs', '25 Oct. 2025', 'General Olufemi Oluyede thanked the President. General Christopher Musa left.');
    assert.deepEqual(ranks({ 'named.txt': named, 'thanked.txt': thanked }), []);
    // Grades apart, the lower rank taking up the post and the higher after it: Lebanon's army commander,
    // "Brigadier General Rodolphe Haykal as Commander of the Army" on 13 March, "Gen Rodolphe Haykal" on the 14th.
    assert.deepEqual(ranks({ 'named.txt': named.replace('Lt. General', 'Major General'), 'thanked.txt': thanked }), []);
    // Nor the lower one a day before the higher taking up the post.
    const nna = wire('Appointments', '13 March 2025', 'Brigadier General Rodolphe Haykal spoke at the ministry.');
    const national = wire('Profile', '14 March 2025', 'Gen Rodolphe Haykal took over as commander of the Lebanese Armed Forces on Thursday.');
    assert.deepEqual(ranks({ 'nna.txt': nna, 'national.txt': national }), []);
    // Not the other way round: the higher rank taking up the post, a lower one after it.
    assert.deepEqual(ranks({ 'named.txt': named.replace('Lt. General', 'General'), 'thanked.txt': thanked.replace('General Olufemi', 'Major General Olufemi') }), ['named.txt: General / thanked.txt: Major General']);
    // Nor is the higher rank in a source written before the lower: "Gen. X" a week before "Lt. Gen. X will be named".
    const early = wire('Visit', '18 Oct. 2025', 'General Olufemi Oluyede visited troops on Saturday.');
    assert.deepEqual(ranks({ 'named.txt': named, 'early.txt': early }), ['early.txt: General / named.txt: Lt. General']);
    // Both reporting the handover, in either order of writing: "appointed General X to replace …" of
    // 24 October, "named … Lt. General X as the new Chief …" of 26 October; "is now the" tells it too.
    const appointed = wire('Service chiefs', '24 Oct. 2025', 'The President appointed General Olufemi Oluyede to replace General Christopher Musa.');
    assert.deepEqual(ranks({ 'later.txt': named.replace('24 Oct. 2025', '26 Oct. 2025'), 'appointed.txt': appointed }), []);
    const now = wire('Service chiefs', '25 Oct. 2025', 'Air Vice Marshal S.K Aneke is now the Chief of Air Staff.');
    assert.deepEqual(corpusOf({ 'now.txt': now }).analysis('now.txt').facts.map((f) => f.type === 'title' && f.takingPost), [true]);
    // Nor a rank in sources where nobody takes a post, nor one of the person replaced, or replaced
    // by another (the one replacing takes the post; the words before a name stop at a sentence's end).
    const spoke = wire('Visit', '25 Oct. 2025', 'Lt. General Olufemi Oluyede spoke on Saturday.');
    assert.deepEqual(ranks({ 'spoke.txt': spoke, 'thanked.txt': thanked }), ['spoke.txt: Lt. General / thanked.txt: General']);
    const replaced = wire('Service chiefs', '24 Oct. 2025', 'Musa was replaced by Lt. General Olufemi Oluyede. Lieutenant General Christopher Musa was replaced on Friday.');
    assert.deepEqual(corpusOf({ 'r.txt': replaced }).analysis('r.txt').facts.map((f) => f.type === 'title' && [f.key, f.takingPost ?? false]), [
      ['person:olufemioluyede', true], ['person:christophermusa', false],
    ]);
    // "The outgoing service chiefs led by … General Christopher Musa": leading is no new post; "the new command, headed by" is.
    const led = wire('Chiefs', '24 Oct. 2025', 'He thanked the outgoing service chiefs led by Chief of Defence Staff, General Christopher Musa. The new SDF command, headed by Lt. Gen. Kenichiro Nagumo, has a staff of 240.');
    assert.deepEqual(corpusOf({ 'led.txt': led }).analysis('led.txt').facts.map((f) => f.type === 'title' && [f.key, f.takingPost ?? false]), [
      ['person:christophermusa', false], ['person:kenichironagumo', true],
    ]);
  });

  // Israel coverage: "Netanyahu appointed Foreign Minister Israel Katz to succeed Gallant as
  // defence minister" (5 November) against "Defense Minister Israel Katz" (January) was flagged:
  // the office a source names as the person moves is often the one left.
  it('an office in a source that reports the person taking a post is not held against another office written that day or later', () => {
    const moved = wire('Gallant fired', '5 Nov. 2024', 'Netanyahu appointed Foreign Minister Israel Katz to succeed Gallant as defence minister.');
    const replaced = wire('Gallant fired', '5 Nov. 2024', 'The outgoing minister will be replaced by current Foreign Minister Israel Katz.');
    const replaceHim = wire('Gallant fired', '5 Nov. 2024', 'Netanyahu decided to replace him with foreign minister Israel Katz.');
    const later = wire('Halevi resigns', '21 Jan. 2025', 'Halevi wrote to Defense Minister Israel Katz on Tuesday.');
    for (const source of [moved, replaced]) assert.deepEqual(offices({ 'moved.txt': source, 'later.txt': later }), []);
    assert.deepEqual(corpusOf({ 'r.txt': replaceHim }).analysis('r.txt').facts.map((f) => f.type === 'title' && [f.key, f.takingPost ?? false]), [['person:israelkatz', true]]);
    // A post taken long before is no move: "the first since Biden became president".
    const since = wire('Summit', '15 Nov. 2022', 'Vice President Joe Biden met Xi. It was the first meeting since Biden became president.');
    assert.deepEqual(corpusOf({ 's.txt': since }).analysis('s.txt').facts.map((f) => f.type === 'title' && [f.key, f.takingPost ?? false]), [['person:josephbiden', false]]);
    // Written before the move, the other office is still held against it; so it is without one.
    const earlier = wire('Talks', '1 Oct. 2024', 'Defense Minister Israel Katz spoke on Tuesday.');
    assert.deepEqual(offices({ 'moved.txt': moved, 'earlier.txt': earlier }), ['earlier.txt: Defense Minister / moved.txt: Foreign Minister']);
    const spoke = wire('Talks', '5 Nov. 2024', 'Foreign Minister Israel Katz spoke on Tuesday.');
    assert.deepEqual(offices({ 'spoke.txt': spoke, 'later.txt': later }), ['later.txt: Defense Minister / spoke.txt: Foreign Minister']);
  });

  // Canadian coverage: the Prime Minister's release of a new Ministry ("The following individuals have
  // been appointed to the Ministry:" then "The Hon. Anita Anand, P.C., M.P., Minister of Foreign
  // Affairs" line by line) gave no titles, each line's title running into the next line's "The Hon.";
  // read, it disagreed with March's "Defence Minister Anita Anand".
  it('each line of a list of appointments gives its person the office taken, which no earlier source is held against', () => {
    const release = 'Prime Minister announces new Ministry\nPublished: 13 May 2025\n\nThe Prime Minister and members of the Ministry were sworn in today.\n' +
      'The following individuals have been appointed to the Ministry:\nThe Hon. Anita Anand, P.C., M.P., Minister of Foreign Affairs\nThe Hon. Marjorie Michel, P.C., M.P., Minister of Health\n' +
      'The Hon. Sean Fraser, P.C., M.P., Minister of Justice\n';
    const { analysis } = corpusOf({ 'release.txt': release });
    assert.deepEqual(analysis('release.txt').facts.flatMap((f) => f.type === 'title' ? [[f.key, f.title.text, f.newPost ?? false]] : []), [
      ['person:anitaanand', 'Minister of Foreign Affairs', true], ['person:marjoriemichel', 'Minister of Health', true], ['person:seanfraser', 'Minister of Justice', true],
    ]);
    const march = wire('Cabinet', '14 March 2025', 'Defence Minister Anita Anand spoke on Friday.');
    assert.deepEqual(offices({ 'release.txt': release, 'march.txt': march }), []);
    // A list under no such line is no appointment: its offices are compared as any are.
    const listed = release.replace('have been appointed to the Ministry:', 'are members of the Ministry:');
    assert.deepEqual(offices({ 'listed.txt': listed, 'march.txt': march }), ['listed.txt: Minister of Foreign Affairs / march.txt: Defence Minister']);
  });

  // Australian coverage: "Deputy leader Sussan Ley" on 3 May against "New Liberal leader Sussan
  // Ley" on 13 May, the day she was elected leader, was flagged (here five days before, within the week a
  // deputy's post and the post itself are compared).
  it('an office said to be new ("New Liberal leader", "the newly appointed …") is not held against another office written before it', () => {
    const before = wire('Election', '8 May 2025', 'Deputy leader Sussan Ley and shadow treasurer Angus Taylor are possible contenders.');
    const elected = wire('Ley elected', '13 May 2025', 'New Liberal leader Sussan Ley spoke in Canberra.');
    const appointed = wire('Ley elected', '13 May 2025', 'They met the newly elected leader Sussan Ley in Canberra.');
    const plain = wire('Ley elected', '13 May 2025', 'Liberal Party leader Sussan Ley spoke in Canberra.');
    assert.deepEqual(corpusOf({ 'e.txt': elected }).analysis('e.txt').facts.map((f) => f.type === 'title' && [f.title.text, f.newPost ?? false]), [['leader', true]]);
    assert.deepEqual(offices({ 'before.txt': before, 'elected.txt': elected }), []);
    assert.deepEqual(offices({ 'before.txt': before, 'appointed.txt': appointed }), []);
    // Without "new" the two still disagree; so does a source written after the new post with the old.
    assert.deepEqual(offices({ 'before.txt': before, 'plain.txt': plain }), ['before.txt: Deputy leader / plain.txt: leader']);
    // (More than a week before, a deputy's post is not compared with the post itself at all.)
    assert.deepEqual(offices({ 'early.txt': before.replace('8 May 2025', '3 May 2025'), 'plain.txt': plain }), []);
    const after = wire('Budget', '20 May 2025', 'Deputy leader Sussan Ley spoke in Canberra.');
    assert.deepEqual(offices({ 'after.txt': after, 'elected.txt': elected }), ['after.txt: Deputy leader / elected.txt: leader']);
    // Two posts each said to be new, days apart, are two accounts of one appointment: Ukrinform's
    // "Germany's new Defence Minister Johann Wadephul" on 6 May against "new Foreign Minister" on the 7th.
    const defence = wire('Cabinet', '6 May 2025', 'Sybiha congratulated Germany\'s new Defence Minister Johann Wadephul.');
    const foreign = wire('Cabinet', '7 May 2025', 'The new Foreign Minister Johann Wadephul flew to Paris.');
    assert.deepEqual(offices({ 'defence.txt': defence, 'foreign.txt': foreign }), ['defence.txt: Defence Minister / foreign.txt: Foreign Minister']);
    assert.deepEqual(offices({ 'defence.txt': defence, 'foreign.txt': foreign.replace('7 May 2025', '20 May 2025') }), [], 'two weeks on, a move');
    // A page dated only by its update ("Updated: 08:31 GMT, 14 November 2025") is of that day: its titles are compared too.
    const updated = 'Munir\nUpdated: 08:31 GMT, 14 May 2025\n\nForeign Minister Johann Wadephul flew to Paris.\n';
    assert.deepEqual(offices({ 'defence.txt': defence, 'updated.txt': updated }), ['defence.txt: Defence Minister / updated.txt: Foreign Minister']);
    // "New Zealand Prime Minister", "New York Governor": a place, not a new post.
    const places = wire('Visit', '13 May 2025', 'New Zealand Prime Minister Christopher Luxon met New York Governor Kathy Hochul.');
    assert.deepEqual(corpusOf({ 'p.txt': places }).analysis('p.txt').facts.map((f) => f.type === 'title' && (f.newPost ?? false)), [false, false]);
  });

  // Thai coverage: "Deputy Prime Minister and Defence Minister Phumtham Wechayachai" on 19 June
  // against "Deputy Prime Minister and Interior Minister Phumtham Wechayachai" on 3 July was
  // flagged, though the later source said he "moved from the Defence Ministry to the Interior Ministry".
  it('a source saying the person moved to another post gives offices new to them; a move to a place is no move to a post', () => {
    const june = wire('Coalition', '19 June 2025', 'Defence Minister Phumtham Wechayachai said the coalition would hold.');
    const july = (move: string) => wire('Acting PM', '3 July 2025', `Interior Minister Phumtham Wechayachai chaired the cabinet meeting on Thursday. Mr Phumtham, a long-time aide to Thaksin Shinawatra, ${move}.`);
    // (The aide's description after "Mr Phumtham" is a title of its own, of another kind.)
    const flags = (t: string) => corpusOf({ 'j.txt': t }).analysis('j.txt').facts.filter((f) => f.type === 'title' && f.title.text.endsWith('Minister')).map((f) => f.type === 'title' && [f.title.text, f.newPost ?? false]);
    assert.deepEqual(flags(july('moved from the Defence Ministry to the Interior Ministry in the reshuffle')), [['Interior Minister', true]]);
    assert.deepEqual(offices({ 'june.txt': june, 'july.txt': july('moved from the Defence Ministry to the Interior Ministry in the reshuffle') }), []);
    assert.deepEqual(offices({ 'june.txt': june, 'july.txt': july('was shifted to the interior portfolio last week') }), []);
    // Moving house, or to another city, says nothing of a post: the two offices still disagree.
    assert.deepEqual(flags(july('moved to Bangkok in 1990')), [['Interior Minister', false]]);
    assert.deepEqual(offices({ 'june.txt': june, 'july.txt': july('moved to Bangkok in 1990') }), ['july.txt: Interior Minister / june.txt: Defence Minister']);
    // A source written after the move with the old post still disagrees with the one reporting it.
    const august = wire('Border', '20 August 2025', 'Defence Minister Phumtham Wechayachai visited the border.');
    assert.deepEqual(offices({ 'august.txt': august, 'july.txt': july('moved from the Defence Ministry to the Interior Ministry') }), ['august.txt: Defence Minister / july.txt: Interior Minister']);
  });

  // Japanese coverage of October 2025: "the agriculture minister" Shinjiro Koizumi on 20 October
  // was flagged against "Defense Minister Shinjiro Koizumi" on 22 October and after, though a
  // Kyodo story of 21 October listed the new cabinet ("- Defense Minister: Shinjiro Koizumi") and
  // said he "moves from the farm ministry".
  it('a new cabinet\'s list and a move from a post between two sources: both offices right in their time', () => {
    const before = wire('Coalition pact', '20 October 2025', 'Shinjiro Koizumi, the agriculture minister who lost the runoff, is expected to join the cabinet.');
    const cabinet = (move: string, lead = 'Takaichi spoke to reporters on Tuesday.') => wire('Takaichi elected', '21 October 2025', `${lead}\n\n- Foreign Minister: Toshimitsu Motegi\n- Defense Minister: Shinjiro Koizumi\n\nKoizumi, her rival in the runoff on Oct. 4, ${move}.`);
    const after = wire('Seoul reacts', '22 October 2025', 'Defense Minister Shinjiro Koizumi is seen as a pragmatist.');
    const flags = corpusOf({ 'c.txt': cabinet('moves from the farm ministry') }).analysis('c.txt').facts.map((f) => f.type === 'title' && [f.key, f.title.text, f.newPost ?? false]);
    assert.deepEqual(flags, [['person:toshimitsumotegi', 'Foreign Minister', false], ['person:shinjirokoizumi', 'Defense Minister', true]]);
    assert.deepEqual(offices({ 'before.txt': before, 'cabinet.txt': cabinet('moves from the farm ministry'), 'after.txt': after }), []);
    // Without the move reported, the list's office is not new, and the two disagree.
    assert.deepEqual(offices({ 'before.txt': before, 'cabinet.txt': cabinet('was there'), 'after.txt': after }), ['after.txt: Defense Minister / before.txt: the agriculture minister / cabinet.txt: Defense Minister']);
    // Under a sentence that says the cabinet was named, the list is of new posts, as a table is.
    const named = corpusOf({ 'c.txt': cabinet('was there', 'Takaichi named her cabinet on Tuesday.') }).analysis('c.txt').facts.map((f) => f.type === 'title' && [f.key, f.title.text, f.newPost ?? false]);
    assert.deepEqual(named, [['person:toshimitsumotegi', 'Foreign Minister', true], ['person:shinjirokoizumi', 'Defense Minister', true]]);
  });

  // CNA's "Thai Prime Minister Phumtham Wechayachai" against The Hindu's "Deputy Prime Minister
  // Phumtham Wechayachai", while AP, Xinhua and others called him the acting prime minister.
  it('a post and its deputy\'s are not compared where a source gives the person the post as acting', () => {
    const cna = wire('Ceasefire', '29 July 2025', 'Anwar Ibrahim hosted Hun Manet and Thai Prime Minister Phumtham Wechayachai.');
    const hindu = wire('Explainer', '30 July 2025', 'Deputy Prime Minister Phumtham Wechayachai has led the government since July 3.');
    const ap = wire('Fighting', '24 July 2025', 'Acting Prime Minister Phumtham Wechayachai said the army would respond.');
    assert.deepEqual(offices({ 'cna.txt': cna, 'hindu.txt': hindu }), ['cna.txt: Thai Prime Minister / hindu.txt: Deputy Prime Minister']);
    assert.deepEqual(offices({ 'cna.txt': cna, 'hindu.txt': hindu, 'ap.txt': ap }), []);
    // Nor against a post he does not act in.
    assert.deepEqual(offices({ 'hindu.txt': hindu, 'ap.txt': ap, 'x.txt': wire('X', '30 July 2025', 'Interior Minister Phumtham Wechayachai spoke.'), 'y.txt': wire('Y', '30 July 2025', 'Commerce Minister Phumtham Wechayachai spoke.') }),
      ['x.txt: Interior Minister / y.txt: Commerce Minister']);
  });

  // Nigeria's service chiefs, October 2025: named on the 24th, decorated with their new ranks on the
  // 30th. "Maj. Gen. Waidi Shaibu" before the 30th and "Lt. Gen." after it were flagged, and the
  // State House's "General Olufemi Oluyede" against the "Lt. Gen." of the days between.
  it('a sentence of officers decorated with their ranks, and "was later decorated as a full General", report promotions', () => {
    const named = wire('Shake-up', '24 October 2025', 'Tinubu appointed General Olufemi Oluyede as Chief of Defence Staff and Maj. Gen. Waidi Shaibu as Chief of Army Staff.');
    const between = wire('Senate', '28 October 2025', 'The Senate will screen Lt. Gen. Olufemi Oluyede and Maj. Gen. Waidi Shaibu on Wednesday.');
    const decorated = wire('Decoration', '30 October 2025', 'Tinubu on Thursday decorated the new service chiefs with their new ranks. Those decorated were Gen. Olufemi Oluyede, Chief of Defence Staff; Lt. Gen. Waidi Shaibu, Chief of Army Staff.');
    const after = wire('Handover', '31 October 2025', 'Lieutenant General Waidi Shaibu attended.');
    const flags = corpusOf({ 'd.txt': decorated }).analysis('d.txt').facts.map((f) => f.type === 'title' && f.title.rank && [f.title.text, f.promotion ?? false]).filter(Boolean);
    assert.deepEqual(flags, [['Gen.', true], ['Lt. Gen.', true]]);
    assert.deepEqual(offices({ 'named.txt': named, 'between.txt': between, 'decorated.txt': decorated, 'after.txt': after }), []);
    // Without the decoration, the days between still disagree with the ranks after.
    assert.deepEqual(offices({ 'between.txt': between, 'after.txt': after }), ['after.txt: Lieutenant General / between.txt: Maj. Gen.']);
    // A later article telling the story: the rank before and the promotion, in one sentence or two.
    const story = wire('Musa returns', '4 December 2025', 'Tinubu named Lieutenant-General Olufemi Oluyede, then Chief of Army Staff, as the new CDS. Oluyede was later decorated as a full General.');
    const facts = corpusOf({ 's.txt': story }).analysis('s.txt').facts.map((f) => f.type === 'title' && f.title.rank && [f.title.rank, f.promotion ?? false]).filter(Boolean);
    assert.deepEqual(facts, [['lieutenant general', false], ['general', true]]);
    assert.deepEqual(offices({ 's.txt': story, 'later.txt': wire('Security', '27 November 2025', 'Gen. Olufemi Oluyede briefed the President.') }), []);
  });

  // Channels TV on the day of the decoration: "General Olufemi Oluyede, until today a lieutenant-general, now wears the
  // four stars", against Punch's "Lt. Gen. Olufemi Oluyede" of the day before.
  it('"General X, until today a lieutenant-general," reports a promotion', () => {
    const punch = wire('Senate', '29 October 2025', 'Those confirmed are Lt. Gen. Olufemi Oluyede as Chief of Defence Staff.');
    const channels = wire('Decoration', '30 October 2025', 'General Olufemi Oluyede, until today a lieutenant-general, now wears the four stars of a full general.');
    assert.deepEqual(offices({ 'punch.txt': punch, 'channels.txt': channels }), []);
    const plain = wire('Decoration', '30 October 2025', 'General Olufemi Oluyede, the chief of defence staff, spoke.');
    assert.deepEqual(offices({ 'punch.txt': punch, 'plain.txt': plain }), ['plain.txt: General / punch.txt: Lt. Gen.']);
  });

  // L'Orient Today's "the Cabinet appointed Brig. Gen. Rodolphe Haykal to the post, promoting him to the rank of
  // general" was flagged against Xinhua's "general" of the same day.
  it('"appointed X to the post, promoting him to the rank of general" reports a promotion', () => {
    const profile = wire('Haykal', '14 March 2025', 'On Thursday, the Cabinet appointed Brig. Gen. Rodolphe Haykal to the post, promoting him to the rank of general.');
    const facts = corpusOf({ 'p.txt': profile }).analysis('p.txt').facts.map((f) => f.type === 'title' && f.title.rank && [f.title.rank, f.promotion ?? false]).filter(Boolean);
    assert.deepEqual(facts, [['general', true], ['brigadier general', false]]);
    const xinhua = wire('Army', '13 March 2025', 'The new army commander, General Rodolphe Haykal, thanked the cabinet.');
    assert.deepEqual(offices({ 'p.txt': profile, 'x.txt': xinhua }), []);
    // Appointed to a post alone is no promotion.
    assert.deepEqual(offices({ 'p.txt': wire('Haykal', '14 March 2025', 'On Thursday, the Cabinet appointed Brig. Gen. Rodolphe Haykal to the post.'), 'x.txt': xinhua }), ['p.txt: Brig. Gen. / x.txt: General']);
  });

  // The Hindu's "The first was Gen. Mohammad Ayub Khan, the country's first military ruler, who had
  // himself elevated to Field Marshal in 1959" was flagged against the ISPR's "Field Marshal Muhammad Ayub Khan".
  it('"X, a description, who had himself elevated to Field Marshal" reports a promotion', () => {
    const hindu = wire('Munir promoted', '21 May 2025', 'The first was Gen. Mohammad Ayub Khan, the country\'s first military ruler, who had himself elevated to Field Marshal in 1959.');
    const facts = corpusOf({ 'h.txt': hindu }).analysis('h.txt').facts.map((f) => f.type === 'title' && f.title.rank && [f.title.rank, f.promotion ?? false]).filter(Boolean);
    assert.deepEqual(facts, [['field marshal', true], ['general', false]]);
    assert.deepEqual(offices({ 'h.txt': hindu, 'ispr.txt': wire('ISPR', '20 May 2025', 'He is the second after Field Marshal Mohammad Ayub Khan.') }), []);
    assert.deepEqual(offices({ 'g.txt': wire('Munir promoted', '21 May 2025', 'The first was Gen. Mohammad Ayub Khan.'), 'ispr.txt': wire('ISPR', '20 May 2025', 'He is the second after Field Marshal Mohammad Ayub Khan.') }), ['g.txt: Gen. / ispr.txt: Field Marshal']);
  });

  // Al Jazeera's explainer: "Colonel Assimi Goïta led coups in August 2020 and May 2021. He was
  // elevated to the rank of army general … and is now General Goïta" was flagged against AP's "Gen. Assimi Goita".
  it('of the ranks one article gives a person, only the highest is compared; "Gen." before a surname alone is only a general\'s grade', () => {
    const ap = wire('Joint force', '22 January 2025', 'Mali has been led by Gen. Assimi Goita since coups in 2020 and 2021.');
    const explainer = wire('Explainer', '29 January 2025', 'Colonel Assimi Goïta led coups in August 2020 and May 2021. He was elevated to the rank of army general in October 2024 and is now General Goïta.');
    assert.deepEqual(offices({ 'ap.txt': ap, 'explainer.txt': explainer }), []);
    // The colonel alone still disagrees with the general.
    assert.deepEqual(offices({ 'ap.txt': ap, 'old.txt': wire('Explainer', '29 January 2025', 'Colonel Assimi Goïta led the transition.') }), ['ap.txt: Gen. / old.txt: Colonel']);
    // "Brig. Gen. Abdourahamane Tiani … Gen. Tiani received him": the brigadier general, addressed as officers are.
    const blog = wire('Live', '9 March 2025', 'Mahama met Brig. Gen. Abdourahamane Tiani at the palace. Gen. Tiani received him at the airport.');
    const paper = wire('Sahel tour', '12 March 2025', 'He was received by General Abdourahamane Tiani in Niamey.');
    assert.deepEqual(offices({ 'blog.txt': blog, 'paper.txt': paper }), ['blog.txt: Brig. Gen. / paper.txt: General']);
    // So is "Adm." before a surname: "Vice Adm. Stephen Osborne … Adm. Osborne said" is the vice admiral.
    const yonhap = wire('MCM', '9 March 2025', 'Vice Adm. Stephen Osborne will attend. "We will continue close consultations," Adm. Osborne said.');
    assert.deepEqual(offices({ 'yonhap.txt': yonhap, 'rear.txt': wire('MCM', '10 March 2025', 'Rear Adm. Stephen Osborne attended.') }), ['rear.txt: Rear Adm. / yonhap.txt: Vice Adm.']);
  });

  // The Sun's "Ali Shadmani, the general who was handed Iran's wartime command" was flagged
  // against IRNA's "Major General Ali Shadmani".
  it('", the general who …" in lower case is the noun for any general officer, no rank; ", a major general," and ", the General," are ranks', () => {
    const sun = wire('Iran', '19 June 2025', 'Israel says it has killed Ali Shadmani, the general who was handed Iran\'s wartime command days earlier. Jane Roe, the admiral who leads the fleet, spoke.');
    const irna = wire('Martyrs', '20 June 2025', 'Major General Ali Shadmani was martyred. Vice Admiral Jane Roe attended.');
    assert.deepEqual(offices({ 'sun.txt': sun, 'irna.txt': irna }), []);
    const ranks = (body: string) => corpusOf({ 'a.txt': wire('A', '20 June 2025', body) }).analysis('a.txt').facts.map((f) => f.type === 'title' && [f.title.text, f.title.rank ?? null]).filter(Boolean);
    assert.deepEqual(ranks('Mohammad Bagheri, a major general, died. John Doe, a full general, spoke. Ali Smith, the General, spoke.'),
      [['a major general', 'major general'], ['a full general', 'general'], ['the General', 'general']]);
    assert.deepEqual(offices({ 'b.txt': wire('B', '20 June 2025', 'Ali Shadmani, a brigadier general, died.'), 'irna.txt': irna }), ['b.txt: brigadier general / irna.txt: Major General']);
  });

  // Kantei's "List of Ministers" (a table, "| Minister of Defense | KOIZUMI Shinjiro |") named no one,
  // so Kyodo's "Agriculture Minister Shinjiro Koizumi" on the day the cabinet was formed was flagged
  // against the Japan Times' "Defense Minister" the next day.
  it('a table of posts and names in capitals under "the Ministers listed below were attested" gives the posts as new', () => {
    const kantei = '---\ntitle: The Takaichi Cabinet\ndate: 2025-10-21\n---\n\nOn October 21, 2025, Ms. TAKAICHI Sanae was designated as Prime Minister. The Ministers of State listed below were attested at the Imperial Palace on the same day.\n\n' +
      '## Ministers\n\n| Portfolio | Name |\n|---|---|\n| Minister for Foreign Affairs | MOTEGI Toshimitsu |\n| Minister of Defense | KOIZUMI Shinjiro |\n\n## Statement\n\nPrime Minister Takaichi held a press conference at the Prime Minister\'s Office.\n';
    const facts = corpusOf({ 'k.md': kantei }).analysis('k.md').facts.flatMap((f) => (f.type === 'title' ? [[f.key, f.title.text, f.newPost ?? false]] : []));
    assert.deepEqual(facts, [['person:motegitoshimitsu', 'Minister for Foreign Affairs', true], ['person:koizumishinjiro', 'Minister of Defense', true], ['person:takaichisanae', 'Prime Minister', false]]);
    const kyodo = wire('Takaichi elected', '21 October 2025', 'Takaichi beat Agriculture Minister Shinjiro Koizumi in the runoff.');
    const times = wire('Who is who', '22 October 2025', 'Defense Minister Shinjiro Koizumi is the most watched appointment.');
    assert.deepEqual(offices({ 'kyodo.txt': kyodo, 'times.txt': times }), ['kyodo.txt: Agriculture Minister / times.txt: Defense Minister']);
    assert.deepEqual(offices({ 'kyodo.txt': kyodo, 'k.md': kantei, 'times.txt': times }), []);
  });

  // The Hindu's "Key changes at a glance": "| Home Secretary | Yvette Cooper | Shabana Mahmood |" under "| Post |
  // Before September 5 | After September 5 |" made Cooper the Home Secretary of the article's day.
  it('a table whose second column holds the posts\' holders before gives them no title', () => {
    const table = (header: string) => `---\ntitle: Reshuffle\ndate: 2025-09-08\n---\n\nStarmer reshuffled his cabinet on Friday.\n\n| Post | ${header} | After September 5 |\n|---|---|---|\n| Home Secretary | Yvette Cooper | Shabana Mahmood |\n| Foreign Secretary | David Lammy | Yvette Cooper |\n`;
    const titles = (t: string) => analyze('t.md', t).facts.flatMap((f) => (f.type === 'title' ? [[f.key, f.title.text]] : []));
    assert.deepEqual(titles(table('Before September 5')), []);
    assert.deepEqual(titles(table('Outgoing')), []);
    assert.deepEqual(titles(table('Name')), [['person:yvettecooper', 'Home Secretary'], ['person:davidlammy', 'Foreign Secretary']]);
  });

  // The same list under "… the Prime Minister formed her Cabinet." and a heading, with no "listed below".
  it('a table of posts and names under a sentence that says the cabinet was formed gives the posts as new', () => {
    const kantei = (lead: string) => `---\ntitle: The Takaichi Cabinet\ndate: 2025-10-21\n---\n\nOn October 21, 2025, Ms. TAKAICHI Sanae was designated Prime Minister. ${lead}\n\nPrime Minister TAKAICHI Sanae is the 104th Prime Minister of Japan.\n\n## List of Ministers (excerpt)\n\n| Portfolio | Name |\n|---|---|\n| Minister of Defense | KOIZUMI Shinjiro |\n`;
    const nhk = wire('LDP vote', '4 October 2025', 'Agriculture Minister Shinjiro Koizumi lost the runoff on Saturday.');
    assert.deepEqual(offices({ 'nhk.txt': nhk, 'k.md': kantei('Following the ceremony, the Prime Minister formed her Cabinet.') }), []);
    assert.deepEqual(offices({ 'nhk.txt': nhk, 'k.md': kantei('Following the ceremony, the Prime Minister spoke to reporters.') }), ['k.md: Minister of Defense / nhk.txt: Agriculture Minister']);
  });

  // A PMO release headlined "Prime Minister Carney announces new Cabinet" listed "- **Dominic LeBlanc**,
  // Minister of International Trade …" under "## Key members of the Ministry": the posts are new, so the
  // January "Finance Minister Dominic LeBlanc" is no disagreement, while a tabloid's of 22 April is.
  it('a bulleted list of names and posts under a headline of a new cabinet gives the posts as new', () => {
    const pmo = (title: string) => `---\ntitle: "${title}"\ndate: 2025-03-14\n---\n\n# ${title}\n\nToday the Prime Minister was sworn in at Rideau Hall. Mr. LeBlanc and Mr. Champagne joined him.\n\nCanada faces a serious challenge. The new Ministry is built to protect workers.\n\n## Key members of the Ministry\n\n- **Dominic LeBlanc**, Minister of International Trade and Intergovernmental Affairs\n- **François-Philippe Champagne**, Minister of Finance\n`;
    const news = pmo('Prime Minister Carney announces new Cabinet');
    assert.deepEqual(corpusOf({ 'pmo.md': news }).analysis('pmo.md').facts.flatMap((f) => (f.type === 'title' ? [[f.key, f.title.text, f.newPost ?? false]] : [])), [
      ['person:dominicleblanc', 'Minister of International Trade', true], ['person:francoisphilippechampagne', 'Minister of Finance', true],
    ]);
    const january = wire('Trudeau quits', '7 January 2025', 'Finance Minister Dominic LeBlanc said he would not run.');
    const april = wire('Platform war', '22 April 2025', 'Finance Minister Dominic LeBlanc, campaigning in his riding, went further.');
    assert.deepEqual(offices({ 'january.txt': january, 'pmo.md': news }), []);
    assert.deepEqual(offices({ 'april.txt': april, 'pmo.md': news }), ['april.txt: Finance Minister / pmo.md: Minister of International Trade']);
    // Under another headline the list is of posts held: the January source disagrees.
    assert.deepEqual(offices({ 'january.txt': january, 'pmo.md': pmo('Prime Minister Carney meets premiers') }), ['january.txt: Finance Minister / pmo.md: Minister of International Trade']);
  });

  // The Rising Nepal's "Minister for Home Affairs and Minister for Law, Justice and Parliamentary
  // Affairs Om Prakash Aryal" gave him the law post only, against Reuters' "Home Minister".
  it('an office before "and" and the title read is held too: both offices are the source\'s', () => {
    const rising = wire('Tribute', '18 Sept. 2025', 'Minister for Home Affairs and Minister for Law, Justice and Parliamentary Affairs Om Prakash Aryal paid tribute.');
    assert.deepEqual(corpusOf({ 'r.txt': rising }).analysis('r.txt').facts.flatMap((f) => (f.type === 'title' ? [[f.title.text, f.title.office, slice(rising, f.title.span)]] : [])), [
      ['Minister for Law, Justice and Parliamentary Affairs', 'law justice parliamentary affairs minister', 'Minister for Law, Justice and Parliamentary Affairs'],
      ['Minister for Home Affairs', 'home affairs minister', 'Minister for Home Affairs'],
    ]);
    const reuters = wire('Probe', '19 Sept. 2025', 'Home Minister Om Prakash Aryal said a commission would investigate.');
    assert.deepEqual(offices({ 'rising.txt': rising, 'reuters.txt': reuters }), []);
    // Without the first office, the law post alone disagrees with the home post.
    assert.deepEqual(offices({ 'rising.txt': rising.replace('Minister for Home Affairs and ', ''), 'reuters.txt': reuters }).length, 1);
  });

  // The Inquirer's "Thai acting Prime Minister and Defense Minister Phumtham Wechayachai" (30 July) against
  // "Interior Minister Phumtham" (29 August): its "Prime Minister" agreed with any minister's post.
  it('a prime minister is no minister of a portfolio: the source that says so agrees with no "Interior Minister"', () => {
    const inquirer = wire('Ceasefire', '30 July 2025', 'Anwar met Thai acting Prime Minister and Defense Minister Phumtham Wechayachai in Putrajaya.');
    const nation = wire('Verdict', '29 Aug. 2025', 'Deputy Prime Minister and Interior Minister Phumtham Wechayachai will act until a vote.');
    assert.deepEqual(offices({ 'inquirer.txt': inquirer, 'nation.txt': nation }), ['inquirer.txt: Defense Minister / nation.txt: Interior Minister']);
  });

  // The ABC's "former industry and science minister Ed Husic" against Reuters' "Industry Minister Ed Husic" the day after.
  it('"former" before an office and "and" is said of the office after it too', () => {
    const abc = wire('Ministry', '12 May 2025', 'The biggest casualties are former attorney-general Mark Dreyfus and former industry and science minister Ed Husic, who both lost their places. Mr Husic said he was angry.');
    assert.deepEqual(analyze('a.txt', abc).facts.flatMap((f) => (f.type === 'title' && f.key === 'person:edwardhusic' ? [[f.title.text, f.title.status]] : [])), [['science minister', 'past']]);
    const reuters = wire('Sworn in', '13 May 2025', 'The reshuffle dropped Industry Minister Ed Husic from the front bench.');
    assert.deepEqual(offices({ 'abc.txt': abc, 'reuters.txt': reuters }), []);
  });

  // Xinhua on the Budget (27 November): "Foreign Secretary David Lammy was appointed as the new deputy
  // prime minister" is the post he held until September, not one he holds now.
  it('the office before the name in the sentence that gives the new one is the one held until then', () => {
    const xinhua = wire('Budget', '27 Nov. 2025', 'In September, Deputy Prime Minister Angela Rayner resigned, and Foreign Secretary David Lammy was appointed as the new deputy prime minister.');
    assert.deepEqual(analyze('x.txt', xinhua).facts.flatMap((f) => (f.type === 'title' && f.key === 'person:davidlammy' ? [[f.title.text, f.title.status]] : [])), [
      ['Foreign Secretary', 'past'], ['the new deputy prime minister', 'current'],
    ]);
    const men = wire('Powell', '25 Oct. 2025', 'The post of Deputy Prime Minister is now held by David Lammy, who is also Justice Secretary.');
    assert.deepEqual(offices({ 'x.txt': xinhua, 'men.txt': men }), []);
  });

  // An explainer of 23 October, "On 5 October, five candidates stood: Takaichi; Agriculture Minister Shinjiro Koizumi; …",
  // was flagged against the new cabinet's "Defense Minister Shinjiro Koizumi" of 22 October.
  it('an office in a sentence that tells, before the name, only of days more than a week before its article is that day\'s; a rank, or a day after the name, is not', () => {
    const times = wire('Who is who', '22 October 2025', 'Defense Minister Shinjiro Koizumi is the most watched appointment.');
    const flagged = (body: string) => offices({ 'a.txt': wire('Explainer', '23 October 2025', body), 'times.txt': times }).length > 0;
    assert.deepEqual([
      'On 5 October, five candidates stood: Takaichi; Agriculture Minister Shinjiro Koizumi; and three others.',
      'In the Oct. 4 runoff, Agriculture Minister Shinjiro Koizumi lost to Takaichi.',
      // A day after the name, a day of this week, or none: the source's own time.
      'Agriculture Minister Shinjiro Koizumi, who lost the Oct. 4 runoff, spoke to reporters.',
      'Agriculture Minister Shinjiro Koizumi spoke following the runoff on Oct. 4.',
      'On Oct. 4, Agriculture Minister Shinjiro Koizumi lost, and on Tuesday he spoke again.',
      'Agriculture Minister Shinjiro Koizumi spoke to reporters.',
    ].map(flagged), [false, false, true, true, true, true]);
    // A rank of a day weeks before is still compared: the seeds' "At a parliamentary audit on Oct. 14, … Lt. Gen. Jin Yong-sung".
    const gen = wire('Talks', '3 Nov. 2025', 'Gen. Jin Yong-sung met his counterpart.');
    const audit = wire('Audit', '27 Oct. 2025', 'At a parliamentary audit on Oct. 14, Lt. Gen. Jin Yong-sung said the talks were going well.');
    assert.deepEqual(corpusOf({ 'gen.txt': gen, 'audit.txt': audit }).corpus.allConflicts().map((c) => c.fact), ['rank']);
  });

  // An explainer's "Foreign Minister Israel Katz visited Kyiv in January 2024", in June 2025, was flagged
  // against "Defense Minister Israel Katz" the next day.
  it('a title in a sentence dated only long before the article is of then; a clause of the person\'s own, or a move, does not make it so', () => {
    const now = wire('Strikes', '21 June 2025', 'Defense Minister Israel Katz said the strikes would continue.');
    const flagged = (body: string) => offices({ 'a.txt': wire('Background', '20 June 2025', body), 'now.txt': now }).length > 0;
    assert.deepEqual([
      'Foreign Minister Israel Katz visited Kyiv in January 2024 and met Zelensky.',
      'In January 2024, Foreign Minister Israel Katz visited Kyiv.',
      'Timeline:\n\n- January 2024: Foreign Minister Israel Katz visits Kyiv.\n- June 2025: war.',
      'Foreign Minister Israel Katz said on Monday that the strikes, which began in January 2024, would go on.',
      'Foreign Minister Israel Katz, who took office in January 2024, said the strikes would go on.',
      'Foreign Minister Israel Katz said the strikes would go on.',
    ].map(flagged), [false, false, false, true, true, true]);
  });

  // Mexican coverage: the New York Post's "Mexico's Foreign Minister Marcelo Ebrard" was never compared
  // with AP's "Economy Secretary Marcelo Ebrard": a minister and a secretary head a ministry alike.
  it('a secretary\'s portfolio is compared with a minister\'s', () => {
    const ap = wire('Tariffs', '31 July 2025', 'Economy Secretary Marcelo Ebrard led the talks.');
    assert.deepEqual(offices({ 'ap.txt': ap, 'post.txt': wire('Truce', '1 August 2025', 'Mexico\'s Foreign Minister Marcelo Ebrard flew in.') }), ['ap.txt: Economy Secretary / post.txt: Foreign Minister']);
    assert.deepEqual(offices({ 'ap.txt': ap, 'mnd.txt': wire('Truce', '1 August 2025', 'Economy Minister Marcelo Ebrard flew in.') }), []);
    assert.deepEqual(offices({ 'ap.txt': ap, 'x.txt': wire('Truce', '1 August 2025', 'Party Secretary Marcelo Ebrard flew in.') }), []);
  });

  // The West Australian's "Defence Minister Pat Conroy" was never compared with the ABC's "Defence
  // Industry Minister Pat Conroy": "defence industry" was read as two portfolios, defence one of them.
  it('a ministry named by two words side by side ("Defence Industry", "Foreign Trade") is not the ministry of the first; joined by "and" it holds both', () => {
    const abc = wire('Exercise', '13 July 2025', 'Defence Industry Minister Pat Conroy said the ships were watched.');
    assert.deepEqual(offices({ 'abc.txt': abc, 'wa.txt': wire('Frigates', '20 July 2025', 'Defence Minister Pat Conroy said so on Tuesday.') }), ['abc.txt: Defence Industry Minister / wa.txt: Defence Minister']);
    assert.deepEqual(offices({ 'abc.txt': abc, 'pm.txt': wire('Ministry', '20 July 2025', 'Minister for Defence Industry Pat Conroy said so.') }), []);
    const both = wire('Cabinet', '13 July 2025', 'Defence and Industry Minister Pat Conroy said the ships were watched.');
    assert.deepEqual(offices({ 'both.txt': both, 'wa.txt': wire('Frigates', '20 July 2025', 'Defence Minister Pat Conroy said so on Tuesday.') }), []);
    const peru = wire('Trade', '2 May 2025', 'Foreign Trade Minister Ursula Desilú León said the deal was near.');
    assert.deepEqual(offices({ 'p.txt': peru, 'q.txt': wire('Trade', '5 May 2025', 'Foreign Minister Ursula Desilú León said the deal was near.') }), ['p.txt: Foreign Trade Minister / q.txt: Foreign Minister']);
  });

  // Pakistani coverage of Asim Munir's promotion recalled the first field marshal: "The first was General
  // Ayub Khan, who elevated himself to field marshal in 1959" against Geo's "after Field Marshal Ayub Khan".
  it('a rank in a sentence of history (years long before the source, in any clause, and no day of now) or before "promoted himself" is not compared', () => {
    const geo = wire('Field marshal', '20 May 2025', 'He becomes the second Field Marshal in the history of Pakistan after Field Marshal Ayub Khan.');
    const ranks = (sentence: string) => corpusOf({ 'geo.txt': geo, 'x.txt': wire('Field marshal', '21 May 2025', sentence) }).corpus.allConflicts().map((c) => c.fact);
    assert.deepEqual([
      'The first was General Ayub Khan, who elevated himself to field marshal in 1959.',
      'The only other was General Ayub Khan, the country\'s first military ruler, who promoted himself in 1959.',
      'He is the first since General Ayub Khan, who seized power in a coup in 1958 and then promoted himself a year later.',
      'The only other was Gen. Ayub Khan, who assumed the rank under martial law.',
      // A year of now, or a day of now, keeps the rank the source's: a slip to be shown.
      'The only other was General Ayub Khan, who spoke in 2024.',
      'The only other was General Ayub Khan, who spoke in 1959 and again on Tuesday.',
      // A year that names a thing talked of now ("the 2015 nuclear deal") tells no history.
      'The only other was General Ayub Khan, who backed the 1956 constitution.',
      'General Ayub Khan led the country in 1958 and backed the 1956 constitution.',
    ].map((t) => ranks(t).length), [0, 0, 0, 0, 1, 1, 1, 0]);
  });

  // Punch's "South Africa's Justice Minister, Ronald Lamola" (his post before 2024) was never compared
  // with "Minister of International Relations and Cooperation Ronald Lamola", South Africa's foreign minister.
  it('South Africa\'s "International Relations" minister is its foreign minister', () => {
    const dirco = wire('G20', '22 Nov. 2025', 'Minister of International Relations and Cooperation Ronald Lamola opened the meeting.');
    assert.deepEqual(offices({ 'd.txt': dirco, 'p.txt': wire('G20', '24 Nov. 2025', 'Justice Minister Ronald Lamola spoke.') }), ['d.txt: Minister of International Relations and Cooperation / p.txt: Justice Minister']);
    assert.deepEqual(offices({ 'd.txt': dirco, 'f.txt': wire('G20', '24 Nov. 2025', 'Foreign Minister Ronald Lamola spoke.') }), []);
  });

  // Japanese coverage: Anadolu's "Japanese Finance Minister Ryosei Akazawa" against "Minister of Economy, Trade and
  // Industry", and its "Japanese Defense Minister Minoru Kihara" against "Chief Cabinet Secretary", were never compared.
  it('Japan\'s economy-trade-industry minister is no finance minister, and its chief cabinet secretary a post of its own; France\'s economy and finance minister is both', () => {
    const meti = wire('Cabinet', '22 Oct. 2025', 'Minister of Economy, Trade and Industry Ryosei Akazawa will lead the tariff talks.');
    const aa = (title: string) => wire('Trump in Tokyo', '28 Oct. 2025', `${title} Ryosei Akazawa met the delegation.`);
    assert.deepEqual(offices({ 'm.txt': meti, 'a.txt': aa('Japanese Finance Minister') }), ['a.txt: Japanese Finance Minister / m.txt: Minister of Economy, Trade and Industry']);
    assert.deepEqual(offices({ 'm.txt': meti, 'a.txt': aa('Trade Minister') }), []);
    assert.deepEqual(offices({ 'm.txt': meti, 'a.txt': aa('Economy Minister') }), []);
    const france = wire('Budget', '14 Oct. 2025', 'Minister of the Economy and Finance Roland Lescure presented the budget.');
    assert.deepEqual(offices({ 'f.txt': france, 'g.txt': wire('Budget', '15 Oct. 2025', 'Finance Minister Roland Lescure defended it.') }), []);
    const ccs = wire('Protest', '10 Nov. 2025', 'Chief Cabinet Secretary Minoru Kihara called the post extremely inappropriate.');
    assert.deepEqual(offices({ 'c.txt': ccs, 'd.txt': wire('Spat', '11 Nov. 2025', 'Japanese Defense Minister Minoru Kihara called the post extremely inappropriate.') }), ['c.txt: Chief Cabinet Secretary / d.txt: Japanese Defense Minister']);
    assert.deepEqual(offices({ 'c.txt': ccs, 'd.txt': wire('Spat', '11 Nov. 2025', 'Japan\'s top government spokesman, Chief Cabinet Secretary Minoru Kihara, said so.') }), []);
  });

  it('one post of two places disagrees ("Punjab Chief Minister", "Sindh Chief Minister"); a place and a part of it, two spellings of one, or a party instead of a place do not', () => {
    const dawn = wire('Floods', '1 Sept. 2025', 'Punjab Chief Minister Maryam Nawaz visited the camps.');
    const said = (title: string) => offices({ 'dawn.txt': dawn, 'x.txt': wire('Floods', '2 Sept. 2025', `${title} Maryam Nawaz visited the camps.`) });
    assert.deepEqual(said('Sindh Chief Minister'), ['dawn.txt: Punjab Chief Minister / x.txt: Sindh Chief Minister']);
    assert.deepEqual(said('Chief Minister of Punjab'), []);
    assert.deepEqual(said('Chief Minister'), []);
    const gov = (title: string) => offices({ 'a.txt': wire('Flood', '1 Sept. 2025', 'Lagos Governor Babajide Sanwo-Olu spoke.'), 'b.txt': wire('Flood', '2 Sept. 2025', `${title} Babajide Sanwo-Olu spoke.`) });
    assert.deepEqual(gov('Lagos State Governor'), []);
    assert.deepEqual(gov('Ogun State Governor'), ['a.txt: Lagos Governor / b.txt: Ogun State Governor']);
    const mayor = (a: string, b: string) => offices({ 'a.txt': wire('Visit', '1 Sept. 2025', `${a} Vitali Klitschko spoke.`), 'b.txt': wire('Visit', '2 Sept. 2025', `${b} Vitali Klitschko spoke.`) });
    assert.deepEqual(mayor('Kyiv Mayor', 'Kiev Mayor'), []);
    assert.deepEqual(mayor('Delhi Chief Minister', 'New Delhi Chief Minister'), []);
    assert.deepEqual(mayor('Texas Senator', 'Republican Senator'), []);
  });

  // A Peshawar paper's "Federal Information Minister Azam Nazeer Tarar" (the information minister is Attaullah Tarar)
  // was never compared with Reuters' "Law Minister Azam Nazeer Tarar": "law" named no portfolio.
  it('a law minister holds the justice portfolio', () => {
    const law = wire('Amendment', '8 Nov. 2025', 'Law Minister Azam Nazeer Tarar tabled the bill.');
    assert.deepEqual(offices({ 'l.txt': law, 'i.txt': wire('Amendment', '9 Nov. 2025', 'Federal Information Minister Azam Nazeer Tarar tabled the bill.') }), ['i.txt: Federal Information Minister / l.txt: Law Minister']);
    assert.deepEqual(offices({ 'l.txt': law, 'j.txt': wire('Amendment', '9 Nov. 2025', 'Justice Minister Azam Nazeer Tarar tabled the bill.') }), []);
  });

  // Anadolu's "Justice Secretary Jonvic Remulla" (his brother's post) against the Philippine Star's
  // "Local Government Secretary Jonvic Remulla" was never compared: "local government" named no portfolio.
  it('the Philippines\' "Local Government Secretary" is the interior secretary: against the justice secretary, not against the interior secretary', () => {
    const star = wire('Arrest', '13 March 2025', 'Local Government Secretary Jonvic Remulla said the police acted.');
    assert.deepEqual(offices({ 'star.txt': star, 'aa.txt': wire('Hearing', '20 March 2025', 'Justice Secretary Jonvic Remulla told senators so.') }), ['aa.txt: Justice Secretary / star.txt: Local Government Secretary']);
    assert.deepEqual(offices({ 'star.txt': star, 'pna.txt': wire('Hearing', '20 March 2025', 'Interior Secretary Jonvic Remulla told senators so.') }), []);
    // (The Daily Sun's "His Information Minister, Samuel Okudzeto Ablakwa" was never compared with "Foreign Minister" either.)
    assert.deepEqual(offices({
      'gna.txt': wire('Tour', '10 March 2025', 'Foreign Minister Samuel Okudzeto Ablakwa travelled with the President.'),
      'sun.txt': wire('Tour', '12 March 2025', 'Information Minister Samuel Okudzeto Ablakwa travelled with him.'),
    }), ['gna.txt: Foreign Minister / sun.txt: Information Minister']);
  });

  // Scrapes often lose their date line: "General Olufemi Oluyede" in one, "Lt. General" in another, neither dated, were never compared.
  it('sources without a publication day are compared by the latest day they state, and only when it is near; relative dates stay unplaced', () => {
    const undated = (body: string) => `Service chiefs replaced\n\n${body}\n`;
    const a = undated('President Tinubu on Friday, October 24, 2025, thanked General Olufemi Oluyede.');
    const b = undated('Lt. General Olufemi Oluyede, who spoke on October 24, 2025, met Gen. Christopher Musa.');
    const { corpus, analysis } = corpusOf({ 'a.txt': a, 'b.txt': b });
    assert.deepEqual([analysis('a.txt').statedDay, analysis('b.txt').statedDay, analysis('a.txt').meta.published], ['2025-10-24', '2025-10-24', undefined]);
    assert.deepEqual(corpus.allConflicts().map((c) => [c.id, c.sides.map((sd) => `${sd.label}: ${sd.value}`).join(' / ')]), [
      ['person:olufemioluyede|rank', 'a.txt: General / b.txt: Lt. General'],
    ]);
    // "on Friday" in an undated text is not placed on a day from its stated dates.
    assert.ok(!analysis('a.txt').mentions.some((m) => m.kind === 'date' && m.text === 'Friday'));
    // Years apart, or nothing stated: not compared.
    const old = undated('Lt. General Olufemi Oluyede was named commander of the Guards Brigade in June 2021.');
    const bare = undated('Lt. General Olufemi Oluyede takes over from Gen. Christopher Musa.');
    assert.equal(analysis('a.txt').statedDay, '2025-10-24');
    assert.deepEqual(corpusOf({ 'a.txt': a, 'old.txt': old }).corpus.allConflicts(), []);
    assert.deepEqual(corpusOf({ 'a.txt': a, 'bare.txt': bare }).corpus.allConflicts(), []);
    assert.equal(corpusOf({ 'old.txt': old }).analysis('old.txt').statedDay, '2021-06-01');
  });

  // Freeland, "Finance Minister" as she resigned in December, was "minister of transport" in March's new cabinet.
  it('a title held by someone the source says is leaving does not conflict with later sources; earlier ones still do', () => {
    const resigned = wire('Resignation', '16 Dec. 2024', 'Finance Minister Chrystia Freeland resigned from cabinet on Monday.');
    const later = wire('New cabinet', '14 Mar. 2025', 'Transport Minister Chrystia Freeland was sworn in on Friday.');
    const earlier = wire('Budget', '1 Dec. 2024', 'Health Minister Chrystia Freeland spoke on Sunday.');
    const { corpus, analysis } = corpusOf({ 'resigned.txt': resigned, 'later.txt': later, 'earlier.txt': earlier });
    assert.deepEqual(analysis('resigned.txt').facts.map((f) => f.type === 'title' && [f.title.text, f.ending]), [['Finance Minister', true]]);
    assert.deepEqual(analysis('later.txt').facts.filter((f) => f.type === 'title').map((f) => f.type === 'title' && [f.title.text, f.ending ?? false]), [['Transport Minister', false]]);
    // The resignation's title against the one before it is still a disagreement; against the one after, it is not.
    assert.deepEqual(corpus.allConflicts().map((c) => c.sides.map((sd) => sd.label).sort().join(' / ')), ['earlier.txt / later.txt / resigned.txt']);
    const c = corpus.allConflicts()[0];
    const against = (label: string) => c.against[c.sides.findIndex((sd) => sd.label === label)].map((j) => c.sides[j].label).sort();
    assert.deepEqual([against('resigned.txt'), against('later.txt')], [['earlier.txt'], ['earlier.txt']]);
  });

  // Serbian coverage: "submitted his resignation to Prime Minister Ana Brnabić" made her the one leaving.
  it('the one a resignation is handed to is not leaving', () => {
    const text = wire('Resignation', '5 Nov. 2024', 'Construction Minister Goran Vesic submitted his resignation to Prime Minister Milos Vucevic on Monday.');
    const { analysis } = corpusOf({ 'a.txt': text });
    assert.deepEqual(analysis('a.txt').facts.flatMap((f) => (f.type === 'title' ? [[f.title.text, f.ending ?? false]] : [])), [['Construction Minister', true], ['Prime Minister', false]]);
  });

  // Israel's army chief "said in a letter to Defence Minister Israel Katz that he would step down": Katz was read as leaving.
  it('the one told of a resignation, by letter or word, is not leaving', () => {
    const ending = (body: string) => analyze('a.txt', wire('Resignation', '21 Jan. 2025', body)).facts.flatMap((f) => (f.type === 'title' ? [[f.title.text, f.ending ?? false]] : []));
    assert.deepEqual(ending('General Herzl Avni said in a letter to Defence Minister Dan Levy that he would step down on March 6.'), [['General', true], ['Defence Minister', false]]);
    assert.deepEqual(ending('General Herzl Avni has informed Defence Minister Dan Levy that he will resign.'), [['General', true], ['Defence Minister', false]]);
    assert.deepEqual(ending('The resignation letter was addressed to Foreign Minister Dan Levy.'), [['Foreign Minister', false]]);
    // (The one told that they are leaving is leaving: "told Finance Minister Chrystia Freeland on Friday that she was being replaced".)
    assert.deepEqual(ending('Prime Minister Dan Levy told Finance Minister Ann Roe on Friday that she was being replaced.'), [['Prime Minister', true], ['Finance Minister', true]]);
  });

  // The Express Tribune's "addressed to Foreign Minister Israel Katz" in January 2025, when Reuters' "Katz, who replaced
  // Yoav Gallant as defence minister in November" read as Katz taking his post then.
  it('a move made months before the article is no move at its time: a later source\'s other post disagrees', () => {
    const reuters = wire('Army chief quits', '21 Jan. 2025', 'Lt. Gen. Herzl Avni wrote to Defence Minister Dan Levy. Avni\'s ties with Levy, who replaced Yoav Amit as defence minister in November, were strained.');
    const tribune = wire('Army chief quits', '23 Jan. 2025', 'The letter was addressed to Foreign Minister Dan Levy, who will propose a successor.');
    assert.deepEqual(offices({ 'reuters.txt': reuters, 'tribune.txt': tribune }), ['reuters.txt: Defence Minister / tribune.txt: Foreign Minister']);
    // A move of this month, or one ahead, is still the article's news: the other post may be the one before it.
    // (Nor a month of another verb's: "replaced Yoav Amit and vowed to press the offensive launched in October".)
    for (const move of ['who replaced Yoav Amit as defence minister on Monday', 'who will replace Yoav Amit as defence minister in March', 'who replaced Yoav Amit and vowed to press the offensive launched in October']) {
      const fresh = wire('Army chief quits', '21 Jan. 2025', `Lt. Gen. Herzl Avni wrote to Defence Minister Dan Levy. Avni's ties with Levy, ${move}, were strained.`);
      assert.deepEqual(offices({ 'reuters.txt': fresh, 'tribune.txt': tribune }), [], move);
    }
  });

  // "English coach Anthony Barry will be Tuchel's assistant" conflicted with "assistant coach Anthony Barry".
  it('a trade after a nationality ("English coach") states no post; "England coach" does', () => {
    const a = wire('Tuchel', '16 Oct. 2024', 'English coach Anthony Barry will be Tuchel\'s assistant.');
    const b = wire('Tuchel', '16 Oct. 2024', 'Tuchel was joined by his assistant coach Anthony Barry on Wednesday.');
    const { corpus, analysis } = corpusOf({ 'a.txt': a, 'b.txt': b });
    assert.deepEqual(analysis('a.txt').facts, []);
    assert.equal(analysis('a.txt').mentions.find((m) => m.text === 'Anthony Barry')?.tentative, undefined);
    assert.deepEqual(corpus.allConflicts(), []);
    const team = wire('Tuchel', '16 Oct. 2024', 'England coach Thomas Tuchel named his squad on Wednesday.');
    assert.deepEqual(corpusOf({ 't.txt': team }).analysis('t.txt').facts.map((f) => f.type === 'title' && f.title.office), ['coach']);
  });

  it('"Army Chief of Staff Gen. X" and "Gen. X" agree on the rank', () => {
    const a = wire('Army chief', '3 Nov. 2025', 'Army Chief of Staff Gen. Park An-su said on Monday the army was ready.');
    const b = wire('Army chief', '4 Nov. 2025', 'Gen. Park An-su said on Tuesday the drills would continue.');
    const { corpus, analysis } = corpusOf({ 'a.txt': a, 'b.txt': b });
    const m = analysis('a.txt').mentions.find((x) => x.text === 'Park An-su')!;
    assert.equal(m.title?.rank, 'general');
    assert.equal(m.title?.rankText, 'Gen.');
    assert.deepEqual(corpus.allConflicts(), []);
  });

  it('a title written with the surname only ("Gen. Jin") is not compared', () => {
    const a = wire('Talks', '3 Nov. 2025', 'Joint Chiefs of Staff Chairman Gen. Jin Yong-sung met reporters. Later, Gen. Jin said the talks went well.');
    const b = wire('Talks', '4 Nov. 2025', 'Lt. Gen. Jin Yong-sung was quoted by Yonhap. Adm. Jin was not present.');
    const { corpus } = corpusOf({ 'a.txt': a, 'b.txt': b });
    const c = corpus.allConflicts();
    assert.equal(c.length, 1);
    // Only the full-name titles take part: 'Gen.' vs 'Lt. Gen.', not the surname-only 'Adm.'.
    assert.deepEqual(c[0].sides.map((s) => s.value).sort(), ['Gen.', 'Lt. Gen.']);
  });

  it('one source giving both values agrees with the other source', () => {
    const a = wire('Talks', '3 Nov. 2025', 'Lt. Gen. Jin Yong-sung, promoted this week, is now known as Gen. Jin Yong-sung in ministry releases.');
    const b = wire('Talks', '4 Nov. 2025', 'Gen. Jin Yong-sung said on Tuesday the talks went well.');
    assert.deepEqual(corpusOf({ 'a.txt': a, 'b.txt': b }).corpus.allConflicts(), []);
  });

  // Found in Kenyan coverage: "appointed Lieutenant General Charles Muriu Kahariri", then the
  // quoted release "raises Lieutenant General Charles Muriu Kahariri to the rank of general",
  // was reported against "named General Charles Muriu Kahariri".
  // Iran's and Guinea-Bissau's coverage: AP's "Gen. Hossein Salami" against everyone's "Maj. Gen.", Lusa's "General"
  // for a major general; and Nepal's: The Sun's "Lieutenant General" for the army chief everyone calls "General".
  it('a bare "General" against more sources with a grade below it is a courtesy; a lower grade that is the odd one out is not', () => {
    const day = (d: string, body: string) => wire('Guards', `${d} June 2025`, body);
    const courtesy = { 'ap.txt': day('17', 'Gen. Hossein Salami was killed.'), 'reuters.txt': day('13', 'Major General Hossein Salami was killed.'), 'tasnim.txt': day('14', 'Maj. Gen. Hossein Salami was killed.') };
    assert.deepEqual(conflictSides(corpusOf(courtesy).corpus), []);
    const oddOne = { 'sun.txt': day('10', 'Lieutenant General Ashok Raj Sigdel spoke.'), 'ap.txt': day('9', 'Gen. Ashok Raj Sigdel spoke.'), 'xinhua.txt': day('10', 'General Ashok Raj Sigdel spoke.') };
    assert.deepEqual(conflictSides(corpusOf(oddOne).corpus), [['person:ashokrajsigdel', ['ap.txt=general', 'sun.txt=lieutenant general', 'xinhua.txt=general']]]);
    // One against one still disagree (the seeds' "Lt. Gen." and "Gen." Jin). Two grades below are compared as ever.
    assert.deepEqual(conflictSides(corpusOf({ 'ap.txt': day('17', 'Gen. Mohamed Dagalo spoke.'), 'aa.txt': day('17', 'Lt. Gen. Mohamed Dagalo spoke.') }).corpus), [['person:mohameddagalo', ['aa.txt=lieutenant general', 'ap.txt=general']]]);
    assert.deepEqual(conflictSides(corpusOf({ 'a.txt': day('17', 'Maj. Gen. Mohamed Dagalo spoke.'), 'b.txt': day('17', 'Lt. Gen. Mohamed Dagalo spoke.') }).corpus), [['person:mohameddagalo', ['a.txt=major general', 'b.txt=lieutenant general']]]);
    // Niger's coup: most outlets' "General Tiani" against two or more that give his grade, "Brigadier General": the grade
    // told twice, the bare rank a courtesy, however many write it (24 wrong warnings on one set). A third grade still disagrees.
    const niger = {
      'bbc.txt': day('10', 'General Abdourahamane Tiani spoke.'), 'f24.txt': day('10', 'Gen. Abdourahamane Tiani spoke.'), 'npr.txt': day('11', 'General Abdourahamane Tiani spoke.'),
      'ft.txt': day('10', 'Brigadier General Abdourahamane Tiani spoke.'), 'reuters.txt': day('11', 'Brig. Gen. Abdourahamane Tiani spoke.'),
    };
    assert.deepEqual(conflictSides(corpusOf(niger).corpus), []);
    assert.deepEqual(conflictSides(corpusOf({ ...niger, 'mg.txt': day('12', 'Maj. Gen. Abdourahamane Tiani spoke.') }).corpus).map(([k, sides]) => [k, sides.filter((s) => s.startsWith('mg.txt'))]), [
      ['person:abdourahamanetiani', ['mg.txt=major general']],
    ]);
  });

  it('"promoted X to the rank of general" states the new rank, even in a quoted release: that source agrees with both ranks; one that only calls him Lt. Gen. still conflicts', () => {
    const a = wire('Kenya', '3 May 2024', 'President Ruto appointed Lieutenant General Charles Muriu Kahariri as head of the defence forces. ' +
      '\u201cThe President today raises Lieutenant General Charles Muriu Kahariri to the rank of general,\u201d the release said.');
    const b = wire('Kenya', '2 May 2024', 'President Ruto named General Charles Muriu Kahariri as the new Chief of Defence Forces.');
    const c = wire('Kenya', '3 May 2024', 'Lt. Gen. Charles Muriu Kahariri was at the ceremony. Col. Amos Ngeno rose to the rank of general later. Gen. Peter Njiru was promoted to the rank of Field Marshal.');
    const ab = corpusOf({ 'a.txt': a, 'b.txt': b });
    const facts = ab.corpus.get(ab.uri('a.txt'))!.facts.filter((f) => f.key === 'person:charlesmuriukahariri').map((f) => f.type === 'title' && [f.title.text, f.title.rank, a.slice(f.span.start, f.span.end)]);
    // (The post after "as" is his too.)
    assert.deepEqual(facts, [['Lieutenant General', 'lieutenant general', 'Lieutenant General Charles Muriu Kahariri'], ['head of the defence forces', undefined, 'head of the defence forces'], ['general', 'general', 'general']]);
    assert.deepEqual(ab.corpus.allConflicts(), []);
    const bc = corpusOf({ 'b.txt': b, 'c.txt': c });
    assert.deepEqual(conflictSides(bc.corpus), [['person:charlesmuriukahariri', ['b.txt=general', 'c.txt=lieutenant general']]]);
    // "rose to the rank of" tells a career, not a promotion now; a sentence's period is no abbreviation's.
    assert.deepEqual(bc.corpus.get(bc.uri('c.txt'))!.facts.map((f) => f.type === 'title' && [f.key, f.title.text]), [
      ['person:charlesmuriukahariri', 'Lt. Gen.'], ['person:amosngeno', 'Col.'], ['person:peternjiru', 'Field Marshal'], ['person:peternjiru', 'Gen.'],
    ]);
  });

  it('headline and caption titles are not compared', () => {
    const a = 'Lt. Gen. Jin Yong-sung to lead JCS\nPublished: 3 Nov. 2025\n\nGen. Jin Yong-sung, center, inspects troops in Paju on Monday. [YONHAP]\n\nThe military said on Monday the drills would continue.\n';
    const b = wire('Talks', '4 Nov. 2025', 'Adm. Jin Yong-sung said on Tuesday the talks went well.');
    assert.deepEqual(corpusOf({ 'a.txt': a, 'b.txt': b }).corpus.allConflicts(), []);
  });
});

describe('conflicts: many sources', () => {
  // Values are grouped before sides are paired: the result must not depend on that.
  // (Two grades below a general: a bare "Gen." against ten "Lt. Gen." is a courtesy.)
  it('ten sources say "Lt. Gen.", two say "Maj. Gen.": every side is listed, counts are exact, named sources come in order', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) {
      const rank = i === 3 || i === 9 ? 'Maj. Gen.' : 'Lt. Gen.';
      files[`s${String(i).padStart(2, '0')}.txt`] = wire('Drills', `${3 + (i % 5)} Nov. 2025`, `${rank} Xavier Brandt inspected the troops in Paju on Monday.`);
    }
    const { corpus, uri } = corpusOf(files);
    const [c, ...rest] = corpus.allConflicts();
    assert.deepEqual(rest, []);
    assert.equal(c.fact, 'rank');
    assert.equal(c.sides.length, 12);
    const gen = c.sides.findIndex((s) => s.label === 's03.txt');
    assert.equal(c.againstCount[gen], 10);
    assert.equal(c.against[gen].length, 8);
    assert.deepEqual(c.against[gen].map((j) => c.sides[j].label), ['s00.txt', 's01.txt', 's02.txt', 's04.txt', 's05.txt', 's06.txt', 's07.txt', 's08.txt']);
    const lt = c.sides.findIndex((s) => s.label === 's00.txt');
    assert.equal(c.againstCount[lt], 2);
    assert.deepEqual(c.against[lt].map((j) => c.sides[j].label), ['s03.txt', 's09.txt']);
    const d = conflictDiagnostics(corpus, uri('s03.txt'), DEFAULT_DIAGNOSTICS);
    assert.equal(d.length, 1);
    assert.equal(d[0].message, "Xavier Brandt: 'Maj. Gen.' here, 'Lt. Gen.' in s00.txt, 'Lt. Gen.' in s01.txt, 'Lt. Gen.' in s02.txt and 7 more");
    assert.equal(d[0].related.length, 8);
  });
});

describe('conflicts: ceremonies, "here" and the author of a decision', () => {
  // Found on 47th ASEAN Summit coverage: "the closing ceremony of the 47th ASEAN Summit … held
  // in Kuala Lumpur, Oct. 28" was a day the summit was held, against "held on Sunday" (Oct. 26)
  // elsewhere; "kicked off here on Monday" dated nothing; "reappointed by the 75th World Health
  // Assembly here on Tuesday" dates the vote, not the assembly.
  it('a closing (opening) ceremony dates the last (first) day; "here" and "underway" link; "by the" dates something else', () => {
    const closing = 'ASEAN closes\nPublished: October 29, 2025\n\nPeople attend the closing ceremony of the 47th ASEAN Summit and related summits held in Kuala Lumpur, Malaysia, Oct. 28, 2025.\n';
    const held = 'ASEAN\nPublished: October 26, 2025\n\nThe 47th ASEAN Summit was held in Kuala Lumpur on Sunday.\n';
    const { corpus, analysis } = corpusOf({ 'closing.txt': closing, 'held.txt': held });
    assert.deepEqual(analysis('closing.txt').facts.map((f) => f.type === 'eventDate' && [f.key, f.day, f.aspect]), [['meeting:asean summit#47', '2025-10-28', 'end']]);
    assert.equal(corpus.allConflicts().length, 0, 'held on its first day, closed on its third: no disagreement');
    const day = (s: string) => analyze('d.txt', `Talks\nPublished: 1 September 2025\n\n${s}\n`).facts.filter((f) => f.type === 'eventDate').map((f) => f.type === 'eventDate' && [f.key, f.day, f.aspect ?? 'day']);
    assert.deepEqual(day('Leaders attended the opening ceremony of the 47th ASEAN Summit in Kuala Lumpur on Sunday.'), [['meeting:asean summit#47', '2025-08-31', 'start']]);
    // "the start of", "the end of" the meeting: its first and last days.
    assert.deepEqual(day('Delegates arrived before the start of the 47th ASEAN Summit in Kuala Lumpur on Sunday.'), [['meeting:asean summit#47', '2025-08-31', 'start']]);
    assert.deepEqual(day('Delegates flew home after the end of the 47th ASEAN Summit on Sunday.'), [['meeting:asean summit#47', '2025-08-31', 'end']]);
    assert.deepEqual(day('The 78th World Health Assembly kicked off here on Monday.'), [['meeting:world health assembly#78', '2025-09-01', 'start']]);
    assert.deepEqual(day('The 51st G7 summit is underway from June 15 to 17, 2025, in Kananaskis.'), [['meeting:g7 summit#51', '2025-06-15', 'day']]);
    assert.deepEqual(day('Tedros was reappointed by the 75th World Health Assembly (WHA) here on Tuesday.'), []);
    // An acronym between the body's name and a summit in lower case, with its number.
    assert.deepEqual(day('Tianjin: The 25th Shanghai Cooperation Organisation (SCO) summit formally kicked off here on Sunday night.'), [['meeting:sco summit#25', '2025-08-31', 'start']]);
  });
});

describe('conflicts: a part of a meeting, its post and its eve', () => {
  // A Xinhua story on the General Assembly: "The general debate of the 80th session … is scheduled
  // to begin on Sept. 23" was the session's first day, against "will open on Sept. 9"; a caption's
  // "elected president of the 80th session … on June 2, 2025" was a day it was held.
  it('a part that begins dates a day it is held; the post of a meeting and its eve date nothing of it', () => {
    const day = (s: string) => analyze('d.txt', `UN\nPublished: 3 June 2025\n\n${s}\n`).facts.filter((f) => f.type === 'eventDate').map((f) => f.type === 'eventDate' && [f.key, f.day, f.aspect ?? 'day']);
    assert.deepEqual(day('The 80th session of the UN General Assembly will open on Sept. 9, 2025.'), [['meeting:general assembly#80', '2025-09-09', 'start']]);
    assert.deepEqual(day('The general debate of the 80th session of the General Assembly is scheduled to begin on Sept. 23.'), [['meeting:general assembly#80', '2025-09-23', 'day']]);
    assert.deepEqual(day('Annalena Baerbock addresses the Assembly after being elected president of the 80th session of the General Assembly in New York, on June 2, 2025.'), []);
    assert.deepEqual(day('Activists gathered on the eve of the 30th UN Climate Change Conference in Belém on Sunday.'), []);
    assert.deepEqual(day('In accordance with the decision of the 144th IOC Session on 19 March 2025, Thomas Bach becomes Honorary President.'), []);
    // A timeline table: the day alone in a cell, the meeting opening the next (a CER explainer's "| 25 July | 25th EU-China summit, Beijing |").
    const table = (row: string) => analyze('t.md', `---\ntitle: Summer of summits\ndate: 2025-09-16\n---\n\n| Date | Meeting | Outcome |\n|---|---|---|\n${row}\n`).facts.filter((f) => f.type === 'eventDate').map((f) => f.type === 'eventDate' && [f.key, f.day]);
    assert.deepEqual(table('| 25 July | 25th EU-China summit, Beijing | Joint statement |'), [['meeting:china-eu summit#25', '2025-07-25']]);
    assert.deepEqual(table('| 25 July | Costa met Xi before the 25th EU-China summit | Joint statement |'), []);
    // (The meeting must be the cell's whole name: the leaders' summit before COP30 is no COP30.)
    assert.deepEqual(table('| 6–7 Nov | COP30 leaders\' summit, Belém | Pledges |'), []);
    // A day before "at the" meeting is what happened there, as one after it is: a day of a session of several.
    assert.deepEqual(day('The vote took place today at the 144th IOC Session in Costa Navarino.'), []);
    assert.deepEqual(day('Coventry was elected on Thursday at the 144th IOC Session.'), []);
    const opens = 'UN\nPublished: 3 June 2025\n\nThe 80th session of the UN General Assembly will open on Sept. 9, 2025. The general debate of the 80th session of the General Assembly is scheduled to begin on Sept. 23.\n';
    const caption = 'UN\nPublished: 3 June 2025\n\nAnnalena Baerbock addresses the Assembly after being elected president of the 80th session of the General Assembly in New York, on June 2, 2025.\n';
    assert.deepEqual(corpusOf({ 'opens.txt': opens, 'caption.txt': caption, 'other.txt': opens.replace('Sept. 23', 'Sept. 22') }).corpus.allConflicts(), []);
  });
});

describe('conflicts: a meeting named without its number, by the place it is held in', () => {
  // "the G20 summit in Johannesburg" names one summit as surely as "the 20th G20 summit"; "the G20
  // summit" alone may be last year's in Rio.
  it('compares the days of one series in one place, within days of each other, and names the place', () => {
    const ap = wire('G20', '23 Nov. 2025', 'The G20 summit in Johannesburg was held on Saturday, without the United States.');
    const slip = wire('G20', '3 Dec. 2025', 'The G20 summit in Johannesburg took place on Nov. 24, and Takaichi and Li did not meet.');
    assert.deepEqual(facts(ap), [['meeting:g20 summit', '2025-11-22', 'place:johannesburg']]);
    const built = corpusOf({ 'ap.txt': ap, 'slip.txt': slip });
    assert.deepEqual(built.corpus.allConflicts().map((c) => [c.id, c.sides.map((sd) => `${sd.label}=${sd.norm}`)]), [
      ['meeting:g20 summit|date@place:johannesburg', ['ap.txt=2025-11-22', 'slip.txt=2025-11-24']],
    ]);
    assert.deepEqual(conflictDiagnostics(built.corpus, built.uri('slip.txt'), DEFAULT_DIAGNOSTICS).map((d) => d.message), [`G20 summit in Johannesburg: 'Nov. 24' here, 'Saturday' in ap.txt for the date`]);
    // Another place is another summit; so is one more than a few days off ("the EU summit in Brussels" meets every few weeks).
    const rio = wire('G20', '20 Nov. 2024', 'The G20 summit in Rio de Janeiro opened on Monday.');
    assert.deepEqual(corpusOf({ 'ap.txt': ap, 'rio.txt': rio }).corpus.allConflicts(), []);
    const june = wire('EU', '27 June 2025', 'The EU summit in Brussels was held on Thursday.');
    const oct = wire('EU', '24 Oct. 2025', 'The EU summit in Brussels was held on Thursday.');
    assert.deepEqual(corpusOf({ 'june.txt': june, 'oct.txt': oct }).corpus.allConflicts(), []);
    // Without the place, no edition is named: no date is read.
    assert.deepEqual(facts(wire('G20', '23 Nov. 2025', 'The G20 summit was held on Saturday.')), []);
    // A meeting held often in one place is no edition by its place: "the cabinet meeting in Islamabad".
    assert.deepEqual(facts(wire('Cabinet', '23 Nov. 2025', 'The Federal Cabinet meeting in Islamabad was held on Tuesday.')), []);
  });

  // Anadolu: "Trump left the G7 summit, held June 16-18 in Kananaskis, a day early" dated nothing: the
  // place came after the days, and no gazetteer knows Kananaskis.
  it('the place may follow the days ("held June 16-18 in Kananaskis"), and be a town no gazetteer knows', () => {
    const facts = (t: string) => analyze('a.txt', t).facts.flatMap((f) => (f.type === 'eventDate' ? [[f.key, f.day, f.lastDay ?? null, f.where ?? null]] : []));
    const slip = wire('G7', '18 June 2025', 'Trump left the G7 summit, held June 16-18 in Kananaskis, a day early on Monday.');
    const host = wire('G7', '17 June 2025', 'The G7 summit in Kananaskis was held from June 15 to 17.');
    assert.deepEqual(facts(slip), [['meeting:g7 summit', '2025-06-16', '2025-06-18', 'place:kananaskis']]);
    assert.deepEqual(facts(host), [['meeting:g7 summit', '2025-06-15', '2025-06-17', 'place:kananaskis']]);
    assert.deepEqual(corpusOf({ 'slip.txt': slip, 'host.txt': host }).corpus.allConflicts().map((c) => [c.id, c.sides.map((sd) => `${sd.label}=${sd.norm}`)]), [
      ['meeting:g7 summit|date@place:kananaskis', ['host.txt=2025-06-15..2025-06-17', 'slip.txt=2025-06-16..2025-06-18']],
    ]);
    // A month, or a person, after "in" is no place.
    assert.deepEqual(facts(wire('G7', '18 June 2025', 'The G7 summit in June was held on June 15. The NATO summit in Trump country was held on June 24.')), []);
  });

  // The Hindu's "COP28 President Sultan Ahmed Al Jaber on Monday sought to quell a storm" against The National's
  // "Cop28 President Dr Sultan Al Jaber on Sunday brought together ministers": two of his acts, read as COP28's days.
  it('a meeting in a person\'s title is not what the day after the name dates', () => {
    const facts = (t: string) => analyze('a.txt', t).facts.flatMap((f) => (f.type === 'eventDate' ? [[f.key, f.day]] : []));
    assert.deepEqual(facts(wire('COP28', '4 Dec. 2023', 'COP28 President Sultan Ahmed Al Jaber on Monday sought to quell a storm over remarks he made.')), []);
    assert.deepEqual(facts(wire('COP28', '10 Dec. 2023', 'Cop28 President Dr Sultan Al Jaber on Sunday brought together ministers for a majlis.')), []);
    // The meeting itself still is: "COP28 opened in Dubai on Thursday".
    assert.deepEqual(facts(wire('COP28', '1 Dec. 2023', 'COP28 opened in Dubai on Thursday.')), [['meeting:conference of parties#28', '2023-11-30']]);
  });

  // India's press office: "The G20 Energy Transitions Ministers' Meeting was held in Goa on 22nd July 2023"
  // gave no place, so no day: "held in" was read, "was held in" was not.
  it('"was held in Goa on 22nd July" names the place, and the day is the meeting\'s', () => {
    const pib = wire('G20', '22 July 2023', "The G20 Energy Transitions Ministers' Meeting was held in Goa on 22nd July 2023.");
    const slip = wire('G20', '27 July 2023', "The G20 Energy Transitions Ministers' Meeting was held in Goa on 21 July.");
    assert.deepEqual(facts(pib), [["meeting:g20 energy transitions minister meeting", '2023-07-22', 'place:goa']]);
    assert.deepEqual(corpusOf({ 'pib.txt': pib, 'slip.txt': slip }).corpus.allConflicts().map((c) => [c.id, c.sides.map((sd) => `${sd.label}=${sd.norm}`)]), [
      ['meeting:g20 energy transitions minister meeting|date@place:goa', ['pib.txt=2023-07-22', 'slip.txt=2023-07-21']],
    ]);
    assert.deepEqual(facts(wire('G20', '27 July 2023', "The G20 Energy Transitions Ministers' Meeting will be held in Goa on 22 July.")).map((f) => f[2]), ['place:goa']);
  });
});

describe('conflicts: a command named "General Officer Commanding"', () => {
  // The Sentinel: "Major General Christopher Ghika, General Officer Commanding London District" gave him the rank of
  // general too, the highest of the article's, and the planted "Lt Gen" was held against "General".
  it('"General Officer Commanding" is a command, not the rank of general', () => {
    const t = wire('Funeral', '15 Sept. 2022', 'The military side is the responsibility of Major General Christopher Ghika, General Officer Commanding London District, who spoke.');
    assert.deepEqual(analyze('s.txt', t).facts.flatMap((f) => (f.type === 'title' ? [[f.title.text, f.title.rank ?? null]] : [])), [
      ['Major General', 'major general'], ['General Officer Commanding London District', null],
    ]);
  });
});

describe('conflicts: a company\'s chief officers', () => {
  // talkSPORT's "chief operating officer Omar Berrada" against the Telegraph's and the Mirror's "chief executive
  // Omar Berrada" the same week; Carscoops' "Espinosa, who currently serves as Nissan's chief performance officer".
  it('a chief executive and a chief operating officer disagree within days; of two companies, or weeks apart, not', () => {
    const ts = wire('United', '13 Nov. 2024', 'The cuts were drawn up by a group including chief operating officer Omar Berrada.');
    const mirror = wire('United', '10 Nov. 2024', 'The delegation was led by chief executive Omar Berrada on Sunday.');
    assert.deepEqual(titles(ts), [['chief operating officer', 'chief operating officer']]);
    assert.deepEqual(titles(mirror), [['chief executive', 'chief executive']]);
    assert.deepEqual(offices({ 'ts.txt': ts, 'mirror.txt': mirror }), ['mirror.txt: chief executive / ts.txt: chief operating officer']);
    assert.deepEqual(offices({ 'ts.txt': ts, 'ceo.txt': wire('United', '12 Nov. 2024', 'The club\'s CEO Omar Berrada spoke.') }), ['ceo.txt: CEO / ts.txt: chief operating officer']);
    // Weeks apart, the chief operating officer may have been made chief executive.
    assert.deepEqual(offices({ 'ts.txt': ts, 'later.txt': wire('United', '20 Dec. 2024', 'The delegation was led by chief executive Omar Berrada on Sunday.') }), []);
    // Two posts at once: "CFO and COO" is no chief financial officer alone.
    assert.deepEqual(offices({ 'ts.txt': ts, 'two.txt': wire('United', '12 Nov. 2024', 'The club\'s CFO and COO Omar Berrada spoke.') }), []);
    // "OpenAI's chief financial officer, Brad Lightcap, told staff": a lower-case role, owned, opening the sentence.
    const cfo = wire('OpenAI', '19 Nov. 2023', "OpenAI's chief financial officer, Brad Lightcap, told staff in a memo on Saturday.");
    const coo = wire('OpenAI', '18 Nov. 2023', 'Chief Operating Officer Brad Lightcap wrote the memo.');
    assert.deepEqual(titles(cfo), [['chief financial officer', 'chief financial officer']]);
    assert.deepEqual(offices({ 'cfo.txt': cfo, 'coo.txt': coo }), ['cfo.txt: chief financial officer / coo.txt: Chief Operating Officer']);
    assert.deepEqual(titles(wire('Apple', '19 Nov. 2023', "The company's chief executive, Tim Cook, said so.")), [['chief executive', 'chief executive']]);
    // Not the object of what opens the sentence: "After meeting the chief executive, John Smith said" names two people.
    assert.deepEqual(titles(wire('Apple', '19 Nov. 2023', 'After meeting the chief executive, John Smith said no.')), []);
    // "who currently serves as" gives the post as "who is" does.
    const cs = analyze('cs.md', wire('Nissan', '11 March 2025', "Ivan Espinosa will lead Nissan. Espinosa, who currently serves as Nissan's chief performance officer, spoke to reporters."));
    assert.deepEqual(cs.facts.flatMap((f) => (f.type === 'title' ? [[f.title.text, f.title.status]] : [])), [["Nissan's chief performance officer", 'current']]);
  });
});

describe('conflicts: offices joined, listed and below another', () => {
  // The Herald (Harare): "SPORT, Recreation, Arts and Culture Minister Kirsty Coventry" was read as the "Arts and
  // Culture Minister", against every outlet's sports minister: five wrong warnings. IOL's "Coventry, Zimbabwe's
  // deputy sports minister" the same day was the real slip.
  it('a ministry\'s portfolios listed before its title are the title\'s, and its deputy\'s post disagrees with it', () => {
    const herald = wire('IOC', '21 March 2025', 'ZIMBABWE erupted in celebration last night after Sport, Recreation, Arts and Culture Minister Kirsty Coventry was elected.');
    assert.deepEqual(titles(herald), [['Sport, Recreation, Arts and Culture Minister', 'sport recreation arts culture minister']]);
    assert.deepEqual(titles(wire('Z', '1 Aug. 2025', 'Lands, Agriculture, Fisheries, Water and Rural Development Minister Anxious Masuka said.')), [
      ['Lands, Agriculture, Fisheries, Water and Rural Development Minister', 'lands agriculture fisheries water rural development minister'],
    ]);
    // A name before the comma is no portfolio: "Ramaphosa, Trade and Industry Minister Parks Tau".
    assert.deepEqual(titles(wire('Z', '1 Aug. 2025', 'The meeting was attended by Ramaphosa, Trade and Industry Minister Parks Tau and others.')), [['Trade and Industry Minister', 'trade industry minister']]);
    const ap = wire('IOC', '19 March 2025', 'Kirsty Coventry, the Zimbabwean sports minister, is among seven candidates.');
    const iol = wire('IOC', '21 March 2025', "Kirsty Coventry won 49 of the 97 votes. Coventry, Zimbabwe's deputy sports minister and a former swimmer, thanked members.");
    assert.deepEqual(offices({ 'herald.txt': herald, 'ap.txt': ap }), []);
    assert.deepEqual(offices({ 'herald.txt': herald, 'iol.txt': iol }), ["herald.txt: Sport, Recreation, Arts and Culture Minister / iol.txt: Zimbabwe's deputy sports minister"]);
    // A deputy of another ministry is another post, which this rule leaves alone.
    const culture = wire('IOC', '21 March 2025', 'Kirsty Coventry, the deputy finance minister, won 49 of the 97 votes.');
    assert.deepEqual(offices({ 'herald.txt': herald, 'c.txt': culture }), []);
  });

  // Al Jazeera: "represented by Second Vice President and Economy Minister Nadia Calviño", against the Hindustan
  // Times' "Spain's First Vice-President Nadia Calviño" the next day; only the ministry was read.
  it('a numbered deputy\'s post before "and" and a ministry is held too', () => {
    const aj = wire('G20', '8 Sept. 2023', 'Spain will be represented by Second Vice President and Economy Minister Nadia Calviño.');
    const ht = wire('G20', '9 Sept. 2023', "Spain's First Vice-President Nadia Calviño arrived on Friday.");
    assert.deepEqual(titles(aj), [['Economy Minister', 'economy minister'], ['Second Vice President', 'second vice president']]);
    assert.deepEqual(offices({ 'aj.txt': aj, 'ht.txt': ht }), ['aj.txt: Second Vice President / ht.txt: First Vice-President']);
    // Reuters' "Spain's Third Deputy Prime Minister Teresa Ribera" was read as a deputy prime minister of no number.
    assert.deepEqual(titles(wire('EU', '13 Nov. 2024', "The party demanded that Spain's Third Deputy Prime Minister Teresa Ribera appear.")), [['Third Deputy Prime Minister', 'third deputy prime minister']]);
    assert.deepEqual(offices({ 'r.txt': wire('EU', '13 Nov. 2024', "Spain's Third Deputy Prime Minister Teresa Ribera spoke."), 'a.txt': wire('EU', '14 Nov. 2024', 'Fourth Deputy Prime Minister Teresa Ribera spoke.') }), [
      'a.txt: Fourth Deputy Prime Minister / r.txt: Third Deputy Prime Minister',
    ]);
    // Another's deputy: "her Vice President and …" is someone else's post.
    assert.deepEqual(titles(wire('G20', '8 Sept. 2023', 'Spain will be represented by her Vice President and Economy Minister Nadia Calviño.')), [['Economy Minister', 'economy minister']]);
    // "Minister of Economic Affairs and Digital Transformation": the last word of what the ministry is of, no name.
    const ep = analyze('ep.txt', wire('G20', '9 Sept. 2023', 'Nadia Calviño spoke to the Minister of Economic Affairs and Digital Transformation, who arrived on Friday.'));
    assert.deepEqual(ep.mentions.filter((m) => m.kind === 'person').map((m) => m.text), ['Nadia Calviño']);
  });

  // Nordisk Morgon: "deputy state epidemiologist Magnus Gisslén told Nordisk Morgon", against Eurohealth's "state
  // epidemiologist Magnus Gisslén told a press conference" the day before: "epidemiologist" was no role.
  it('a state epidemiologist and the deputy disagree; a committee\'s chair ends before "that"', () => {
    const eh = wire('Mpox', '15 Aug. 2024', '"The risk is very low," state epidemiologist Magnus Gisslén told a press conference.');
    const nm = wire('Mpox', '16 Aug. 2024', '"It came sooner," deputy state epidemiologist Magnus Gisslén told Nordisk Morgon on Friday.');
    assert.deepEqual(titles(eh), [['state epidemiologist', 'state epidemiologist']]);
    assert.deepEqual(offices({ 'eh.txt': eh, 'nm.txt': nm }), ['eh.txt: state epidemiologist / nm.txt: deputy state epidemiologist']);
    // A profession alone is no post.
    assert.deepEqual(titles(wire('Mpox', '16 Aug. 2024', 'Epidemiologist John Doe, of Karolinska, disagreed.')), []);
    assert.deepEqual(titles(wire('Mpox', '22 Aug. 2024', 'Professor Dimie Ogoina, vice-chair of the IHR Emergency Committee that met on Aug. 14, spoke.')), [
      ['Professor', 'professor'], ['vice-chair of the IHR Emergency Committee', 'ihr emergency committee vice chair'],
    ]);
  });

  // Pilbara News: "Committee deputy chair Warren Entsch, the Liberal MP who has led much of the questioning", against
  // the ABC's "Committee chair Warren Entsch" and "Liberal MP Warren Entsch": the role before the name was dropped for
  // the description after it, and both calling him a Liberal MP was taken for agreement on the chair.
  it('a role before a name and a description after its comma are both read; agreeing on another post is no agreement on this one', () => {
    const pilbara = wire('Inquiry', '12 Aug. 2020', 'Committee deputy chair Warren Entsch, the Liberal MP who has led much of the questioning, told the hearing.');
    const abc = wire('Inquiry', '7 Aug. 2020', 'Committee chair Warren Entsch says the company got it wrong. Liberal MP Warren Entsch opened proceedings.');
    assert.deepEqual(titles(pilbara), [['the Liberal MP', 'liberal mp'], ['Committee deputy chair', 'committee deputy chair']]);
    assert.deepEqual(offices({ 'pilbara.txt': pilbara, 'abc.txt': abc }), ['abc.txt: Committee chair / pilbara.txt: Committee deputy chair']);
    // A post taken after "as" is not the role before's: "appointed former opposition leader X as vice-president".
    assert.deepEqual(titles(wire('Gabon', '5 May 2025', 'The president appointed opposition leader Alexandre Barro Chambrier as vice-president of the government.')).length, 1);
  });

  // Euronews: "Teresa Ribera, 55, currently Spain's fourth vice-president", against El País's "Teresa Ribera (Madrid,
  // 1969), Third Vice-President of the Government": an age, "currently" and a bracket before the description hid both.
  it('a description after an age, "currently", "until now" or a bracket of birth, party or script is read', () => {
    assert.deepEqual(titles(wire('EU', '17 Sept. 2024', "Teresa Ribera, 55, currently Spain's fourth vice-president and minister for the ecological transition, spoke.")), [
      ["Spain's fourth vice-president", 'spain fourth vice president'],
    ]);
    const ep = wire('EU', '17 Sept. 2024', 'Teresa Ribera (Madrid, 1969), Third Vice-President of the Government, is the candidate.');
    assert.deepEqual(analyze('ep.txt', ep).facts.flatMap((f) => (f.type === 'title' ? [[f.title.text, f.title.status]] : [])), [['Third Vice-President of the Government', 'current']]);
    assert.deepEqual(offices({ 'ep.txt': ep, 'eu.txt': wire('EU', '17 Sept. 2024', "Teresa Ribera, 55, Spain's fourth vice-president, spoke.") }), [
      "ep.txt: Third Vice-President of the Government / eu.txt: Spain's fourth vice-president",
    ]);
    // Le Monde: "Ronald Lamola, 40, until now minister of justice and correctional services, becomes …": held before.
    const lm = analyze('lm.txt', wire('SA', '2 July 2024', 'Ronald Lamola, 40, until now minister of justice and correctional services, becomes foreign minister.'));
    assert.deepEqual(lm.facts.flatMap((f) => (f.type === 'title' ? [[f.title.text, f.title.status]] : [])), [['minister of justice', 'past']]);
    // A list's portfolio in brackets is no aside: the next name's title stays its own.
    const list = analyze('l.txt', wire('IN', '11 July 2021', 'They are Rajya Sabha member Rajeev Chandrasekhar (Skill Development), Chitradurga MP A Narayanaswamy (Social Justice) and others.'));
    assert.deepEqual(list.facts.flatMap((f) => (f.type === 'title' ? [f.key.replace(/^person@.*:/, 'person:')] : [])), ['person:narayanaswamy']);
    // A term of office in brackets is no aside; a year in brackets after no name is no year of birth.
    assert.deepEqual(titles(wire('UK', '2 Dec. 2024', 'Tony Blair (1997–2007), the Labour prime minister, said on Monday he would go.')), []);
    const doha = analyze('d.txt', wire('QA', '2 Dec. 2024', 'Finance Minister John Smith signed the Doha accord (2009) with Qatar.'));
    assert.deepEqual(doha.facts.flatMap((f) => (f.type === 'title' ? [f.title.status] : [])), ['past']);
    // Another script with an age: Asahi's "Ivan Espinosa (イバン・エスピノーサ, 46), the executive officer in charge of planning".
    assert.deepEqual(titles(wire('JP', '12 March 2025', 'He will be succeeded by Ivan Espinosa (イバン・エスピノーサ, 46), the executive officer in charge of planning.')).length, 1);
    // "was appointed commander-in-chief in July 2021": when is no part of the post.
    assert.deepEqual(titles(wire('UA', '9 Feb. 2024', 'Valerii Zaluzhnyi, 50, was appointed commander-in-chief in July 2021.')), [['commander-in-chief', 'commander-in-chief']]);
  });

  // Le Monde: "Brig. Gen. (res.) Nitzan Alon", against the Times of Israel's "Maj. Gen. (res.) Nitzan Alon": the period
  // of "(res.)" ended the sentence, and the note stood between the rank and the name.
  it('a reserve officer\'s rank ("Maj. Gen. (res.) Nitzan Alon") is the rank', () => {
    const toi = wire('Hostages', '16 Jan. 2025', 'Maj. Gen. (res.) Nitzan Alon, who heads the hostage file, spoke.');
    const lm = wire('Hostages', '17 Jan. 2025', 'Brig. Gen. (res.) Nitzan Alon spoke to the cabinet.');
    assert.deepEqual(analyze('toi.txt', toi).facts.flatMap((f) => (f.type === 'title' ? [[slice(toi, f.span), f.title.rank]] : [])), [['Maj. Gen. (res.) Nitzan Alon', 'major general']]);
    assert.deepEqual(conflictSides(corpusOf({ 'toi.txt': toi, 'lm.txt': lm }).corpus), [['person:nitzanalon', ['lm.txt=brigadier general', 'toi.txt=major general']]]);
  });

  // Indian outlets: "CJI Sanjiv Khanna", "DGP Rashmi Shukla", "CDS Gen Anil Chauhan": the initials were read as a given
  // name ("Cji Khanna") or the whole as nobody.
  it('an office written as its initials before a name is the office', () => {
    assert.deepEqual(titles(wire('SC', '13 May 2025', 'CJI Sanjiv Khanna said the bench would sit.')), [['CJI', 'india chief justice']]);
    assert.deepEqual(titles(wire('SC', '13 May 2025', 'DGP Rashmi Shukla ordered a probe.')), [['DGP', 'police director-general']]);
    assert.deepEqual(titles(wire('SC', '13 May 2025', 'CDS Gen Anil Chauhan spoke.')), [['CDS Gen', 'defense staff chief']]);
    assert.deepEqual(offices({ 'a.txt': wire('SC', '13 May 2025', 'CJI Sanjiv Khanna said so.'), 'b.txt': wire('SC', '13 May 2025', 'Chief Justice of India Sanjiv Khanna said so.') }), []);
    // Only as the whole office: "ACP Secretary-General" is the African, Caribbean and Pacific group's.
    assert.deepEqual(titles(wire('SC', '13 May 2025', 'ACP Secretary-General Georges Chikoti spoke.')), [['ACP Secretary-General', 'acp secretary-general']]);
    // "Chief Election Commissioner" is an office, not an election.
    const ec = analyze('ec.txt', wire('EC', '16 May 2022', 'Chief Election Commissioner Rajiv Kumar said on Monday that polls would be held.'));
    assert.deepEqual(ec.mentions.filter((m) => m.kind === 'meeting').map((m) => m.text), []);
    assert.deepEqual(ec.facts.flatMap((f) => (f.type === 'title' ? [f.title.office] : [])), ['chief election commissioner']);
  });

  // "They include Spain's fourth deputy prime minister, Teresa Ribera, who …": an owned role in lower case
  // mid-sentence, before the name's aside, had been read only when it opened the sentence.
  it('an owned role before a name between commas is read mid-sentence, with a deputy\'s number', () => {
    const eu = wire('EU', '13 Nov. 2024', "The nominees include Spain's fourth deputy prime minister, Teresa Ribera, who faces a hearing.");
    assert.deepEqual(titles(eu), [['fourth deputy prime minister', 'fourth deputy prime minister']]);
    assert.deepEqual(offices({ 'eu.txt': eu, 'r.txt': wire('EU', '13 Nov. 2024', "Spain's Third Deputy Prime Minister Teresa Ribera spoke.") }), [
      'eu.txt: fourth deputy prime minister / r.txt: Third Deputy Prime Minister',
    ]);
    assert.deepEqual(titles(wire('NG', '5 Aug. 2024', "Officials met the country's finance minister, Wale Edun, on Tuesday.")), [['finance minister', 'finance minister']]);
    // Before a verb of the name's the role may end a clause of its own: two people.
    assert.deepEqual(titles(wire('NG', '5 Aug. 2024', "After meeting Spain's prime minister, John Smith said the talks went well.")), []);
    // So may a clause that opens the sentence, whatever follows the name.
    assert.deepEqual(titles(wire('NG', '5 Aug. 2024', "After meeting Spain's prime minister, Joe Biden, who arrived on Tuesday, flew to Rome.")), []);
    assert.deepEqual(titles(wire('NG', '5 Aug. 2024', "Asked about Israel's prime minister, Bernie Sanders, who has long criticised the war, said no.")), []);
    // A fronted clause closed by its comma is over.
    assert.deepEqual(titles(wire('NG', '5 Aug. 2024', "In the meantime, Bolton's deputy, Charles Kupperman, will serve.")), [['deputy', 'deputy']]);
  });
});

describe('conflicts: undated sources and the days they recall', () => {
  // Found on two undated scrapes three months apart: both recalled "the Oct. 7, 2023 attack"
  // further down, so both counted as of that day, and "foreign minister Israel Katz" (November
  // 2024) disagreed with "defense minister Israel Katz" (February 2025).
  it('only a day stated in the lead places an undated source; a day recalled further down does not', () => {
    const history = 'Hamas attacked on Oct. 7, 2023, and the war began that day, killing many people in the south of Israel.';
    const fired = `Protests erupt\n\nBy Chris Summers\n\nNetanyahu decided on Tuesday to dismiss Gallant and replace him with foreign minister Israel Katz, his office said.\n\nThousands of protesters gathered in Tel Aviv, bringing traffic to a standstill in the city center.\n\n${history}\n`;
    const chief = `New military chief\n\nNetanyahu has appointed Maj Gen Eyal Zamir as the next chief of staff, the office said on Saturday.\n\nAlong with him, defense minister Israel Katz had shortlisted two other generals for the role.\n\n${history}\n`;
    const { corpus, analysis } = corpusOf({ 'fired.txt': fired, 'chief.txt': chief });
    assert.deepEqual([analysis('fired.txt').statedDay, analysis('chief.txt').statedDay], [undefined, undefined]);
    assert.deepEqual(corpus.allConflicts(), []);
    // The same day in the lead still places it.
    const lead = `New military chief\n\nOn Feb. 1, 2025, defense minister Israel Katz shortlisted two generals for the role of chief of staff.\n\n${history}\n`;
    assert.equal(corpusOf({ 'lead.txt': lead }).analysis('lead.txt').statedDay, '2025-02-01');
  });
});

describe('conflicts: a grade below one post, the body written apart', () => {
  // The mpox set: the IHR Emergency Committee's chair, "vice-chair" in one science site.
  it('a vice-chair of a body named by its initials disagrees with the chair of the body written out', () => {
    const chair = wire('WHO', '14 Aug. 2024', 'Dimie Ogoina, chair of the International Health Regulations Emergency Committee on the upsurge of mpox, spoke on Wednesday.');
    const vice = wire('WHO', '16 Aug. 2024', 'Dimie Ogoina, vice-chair of the IHR Emergency Committee, said on Thursday the risk was high.');
    assert.deepEqual(offices({ 'chair.txt': chair, 'vice.txt': vice }), [
      'chair.txt: chair of the International Health Regulations Emergency Committee on the upsurge of mpox / vice.txt: vice-chair of the IHR Emergency Committee',
    ]);
    // "The committee's chair, Professor Dimie Ogoina, said": a role a body owns, before the name.
    assert.deepEqual(titles(wire('WHO', '14 Aug. 2024', "The committee's chair, Dimie Ogoina, said the risk was high. The sports council's president, Víctor Francos, said no.")), [['chair', 'chair'], ['president', 'president']]);
    // A committee's chair alone may be another committee's; a sub-committee's chair is another post;
    // a deputy prime minister for a portfolio may be its minister too.
    const bare = wire('WHO', '16 Aug. 2024', 'Jane Roe, committee chair, said on Thursday the risk was high.');
    const bareVice = wire('WHO', '17 Aug. 2024', 'Jane Roe, vice-chair of the IHR Emergency Committee, said on Friday the risk was high.');
    assert.deepEqual(offices({ 'bare.txt': bare, 'vice.txt': bareVice }), []);
    const audit = wire('Co', '16 Aug. 2024', 'John Doe, chair of the board audit committee, said on Thursday the accounts were clean.');
    const board = wire('Co', '17 Aug. 2024', 'John Doe, vice chair of the board, said on Friday the accounts were clean.');
    assert.deepEqual(offices({ 'audit.txt': audit, 'board.txt': board }), []);
    const dpm = wire('EU', '10 Sep. 2024', "Spain's deputy prime minister for ecological transition, Teresa Ribera, said on Tuesday the plan stood.");
    const min = wire('EU', '11 Sep. 2024', 'Ecological transition minister Teresa Ribera said on Wednesday the plan stood.');
    assert.deepEqual(offices({ 'dpm.txt': dpm, 'min.txt': min }), []);
  });

  // The Maharashtra set: "Joint Chief Electoral Officer S. Chockalingam" in one paper, the state's Chief Electoral Officer.
  it('a joint or an additional officer, a principal secretary, is a grade below the post, and law officers are two; a joint chief executive is none', () => {
    const ceo = wire('Polls', '20 Nov. 2024', 'Chief Electoral Officer S. Chockalingam told reporters on Wednesday that turnout was high.');
    const joint = wire('Polls', '21 Nov. 2024', 'Joint Chief Electoral Officer S. Chockalingam told reporters on Thursday that turnout was high.');
    assert.deepEqual(offices({ 'ceo.txt': ceo, 'joint.txt': joint }), [
      'ceo.txt: Chief Electoral Officer / joint.txt: Joint Chief Electoral Officer',
    ]);
    const asg = wire('Court', '20 Nov. 2024', 'Additional Solicitor General Tushar Rao argued on Wednesday.');
    const sg = wire('Court', '21 Nov. 2024', 'Solicitor General Tushar Rao argued on Thursday.');
    assert.equal(offices({ 'asg.txt': asg, 'sg.txt': sg }).length, 1);
    const co = wire('Co', '20 Nov. 2024', 'Joint chief executive Ann Lee said on Wednesday that sales rose.');
    const ce = wire('Co', '21 Nov. 2024', 'Chief executive Ann Lee said on Thursday that sales rose.');
    assert.deepEqual(offices({ 'co.txt': co, 'ce.txt': ce }), []);
    // Dawn's "Attorney General Tushar Mehta" at a hearing where he argued as India's Solicitor General.
    const ag = wire('Court', '18 Apr. 2025', 'Attorney General Tushar Mehta told the bench on Thursday that the law was valid.');
    const sgen = wire('Court', '17 Apr. 2025', 'Solicitor General Tushar Mehta told the bench on Thursday that the law was valid.');
    assert.deepEqual(offices({ 'ag.txt': ag, 'sg.txt': sgen }), ['ag.txt: Attorney General / sg.txt: Solicitor General']);
    const former = wire('Court', '18 Apr. 2025', 'Former Attorney General Tushar Mehta told the bench on Thursday that the law was valid.');
    assert.deepEqual(offices({ 'former.txt': former, 'sg.txt': sgen }), []);
    // Kenya's Treasury: a Principal Secretary serves under the Cabinet Secretary.
    const ps = wire('Budget', '19 Jun. 2024', 'Treasury Principal Secretary Chris Kiptoo told reporters on Wednesday that revenue fell.');
    const cs = wire('Budget', '22 Jun. 2024', 'National Treasury Cabinet Secretary Chris Kiptoo told senators on Thursday that revenue fell.');
    assert.deepEqual(offices({ 'ps.txt': ps, 'cs.txt': cs }), ['cs.txt: National Treasury Cabinet Secretary / ps.txt: Treasury Principal Secretary']);
    const judge = wire('Court', '20 Nov. 2024', 'Additional Judge Ravi Menon heard the case on Wednesday.');
    const plain = wire('Court', '21 Nov. 2024', 'Judge Ravi Menon heard the case on Thursday.');
    assert.deepEqual(offices({ 'judge.txt': judge, 'plain.txt': plain }), []);
  });
});

describe('conflicts: one name with its middle name left out, and the Curia', () => {
  // The conclave set: "Cardinal Robert Prevost, secretary of the Dicastery for Bishops" in one paper,
  // "Robert Francis Prevost, the Prefect of the Dicastery for Bishops" in another, on the same day.
  it('a middle name one source leaves out is one name; a secretary is not the prefect of his dicastery', () => {
    const a = wire('Conclave', '6 May 2025', 'Cardinal Robert Prevost, secretary of the Dicastery for Bishops in the Vatican, will enter the Sistine Chapel tomorrow.');
    const b = wire('Conclave', '6 May 2025', 'Robert Francis Prevost, the Prefect of the Dicastery for Bishops, spoke on Tuesday.');
    assert.deepEqual(offices({ 'a.txt': a, 'b.txt': b }), ['a.txt: secretary of the Dicastery for Bishops in the Vatican / b.txt: the Prefect of the Dicastery for Bishops']);
    // Another dicastery's secretary is another post; two longer names that shorten alike are two people.
    const other = wire('Conclave', '6 May 2025', 'Cardinal Robert Prevost, secretary of the Dicastery for the Clergy, will enter the Sistine Chapel tomorrow.');
    assert.deepEqual(offices({ 'other.txt': other, 'b.txt': b }), []);
    const c = wire('Conclave', '6 May 2025', 'Robert James Prevost, a secretary of the Dicastery for Bishops, spoke on Tuesday.');
    assert.deepEqual(offices({ 'a.txt': a, 'b.txt': b, 'c.txt': c }).length, 0);
  });

  it('a post held until a death or an ouster, or someone\'s last, is a past one', () => {
    assert.deepEqual(titles(wire('Conclave', '1 May 2025', "Cardinal Arthur Roche, Prefect of the Dicastery for Divine Worship until the Pope's death, will vote.")), [
      ['Cardinal', 'cardinal'], ['Prefect of the Dicastery for Divine Worship', 'dicastery divine worship prefect'],
    ]);
    const a = analyze('a.txt', wire('Conclave', '1 May 2025', "Cardinal Arthur Roche, Prefect of the Dicastery for Divine Worship until the Pope's death, will vote."));
    assert.deepEqual(a.facts.flatMap((f) => (f.type === 'title' ? [f.title.status] : [])), ['current', 'past']);
    const b = analyze('b.txt', wire('Talks', '4 Nov. 2024', "Michael McGrath, Ireland's finance minister until June, said on Monday he would go."));
    assert.deepEqual(b.facts.flatMap((f) => (f.type === 'title' ? [f.title.text, f.title.status] : [])), ["Ireland's finance minister", 'current']);
    // MercoPress: "Alicia Bárcena, López Obrador's last foreign minister, who now heads the Environment Ministry".
    const c = analyze('c.txt', wire('Mexico', '2 Oct. 2024', "The ministry passes from Alicia Bárcena, López Obrador's last foreign minister, to Juan Ramón de la Fuente."));
    assert.deepEqual(c.facts.flatMap((f) => (f.type === 'title' ? [f.title.text, f.title.status] : [])), ["López Obrador's last foreign minister", 'past']);
    const env = wire('Mexico', '3 Oct. 2024', 'Environment Secretary Alicia Bárcena spoke on Thursday.');
    assert.deepEqual(offices({ 'c.txt': wire('Mexico', '2 Oct. 2024', "The ministry passes from Alicia Bárcena, López Obrador's last foreign minister, to Juan Ramón de la Fuente."), 'env.txt': env }), []);
  });
});

describe('conflicts: posts listed after semicolons', () => {
  // The Lok Sabha's list of new ministers: "Shri Anurag Singh Thakur, Minister of Information and Broadcasting;
  // and Minister of Youth Affairs and Sports" against Sportstar's "Sports Minister Anurag Thakur".
  it('each post after a semicolon that opens with the first one\'s office word is the person\'s too', () => {
    const list = 'Ministers introduced\nPublished: 19 Jul. 2021, 10:00\n\nShri Anurag Singh Thakur, Minister of Information and Broadcasting; and Minister of Youth Affairs and Sports\n\nG. Kishan Reddy, Minister of Culture; Minister of Tourism; and Minister of Development of North Eastern Region\n\nJohn Smith, Minister of Finance; Jane Doe, Minister of Health.\n';
    assert.deepEqual(titles(list), [
      ['Minister of Information and Broadcasting', 'information broadcasting minister'], ['Minister of Youth Affairs and Sports', 'youth affairs sports minister'],
      ['Minister of Culture', 'culture minister'], ['Minister of Tourism', 'tourism minister'], ['Minister of Development of North Eastern Region', 'development eastern region minister'],
      ['Minister of Finance', 'finance minister'], ['Minister of Health', 'health minister'],
    ]);
    const sport = wire('Olympics', '24 Jul. 2021', 'Sports Minister Anurag Thakur congratulated the lifter on Saturday.');
    assert.deepEqual(offices({ 'list.txt': list, 'sport.txt': sport }), []);
  });
});

describe('conflicts: what the grade and body rules leave alone', () => {
  it('another body, a place, a sub-body or a kind of body alone is another post; a principal secretary alone heads a department', () => {
    // (No one is a state's attorney general and a solicitor general at once, of one government or two: see above.)
    const pair = (a: string, b: string) => offices({ 'a.txt': wire('X', '14 Aug. 2024', `${a} said on Wednesday the plan stood.`), 'b.txt': wire('X', '15 Aug. 2024', `${b} said on Thursday the plan stood.`) });
    assert.deepEqual(pair('John Cornyn, vice president of the Republican Party,', 'John Cornyn, president of the Republican Party of Texas,'), []);
    assert.deepEqual(pair('Paul Mashatile, deputy president of the ANC,', 'Paul Mashatile, president of the ANC Youth League,'), []);
    assert.deepEqual(pair('Luis Tagle, Prefect of the Dicastery,', 'Luis Tagle, Secretary of the Dicastery for Evangelization,'), []);
    assert.deepEqual(pair('Health Principal Secretary Amit Mohan Prasad', 'Health Secretary Amit Mohan Prasad'), []);
    // A health minister and another named by the first two of his names are two people.
    assert.deepEqual(pair('Health Minister Robert Francis Prevost', 'Education Minister Robert Francis'), []);
    // "Advocate General" written apart is the office with its grade below.
    assert.equal(pair('Additional Advocate General Ravi Menon', 'Advocate General Ravi Menon').length, 1);
  });

  it('only the first post\'s office word opens another after a semicolon; "until" a thing to come, or the season, ends nothing', () => {
    assert.deepEqual(titles(wire('Budget', '1 Feb. 2025', 'Nirmala Sitharaman, the finance minister; the defence minister; and the home minister attended.')), [['the finance minister', 'finance minister']]);
    const a = analyze('a.txt', wire('X', '4 Nov. 2024', 'Jane Doe, interim president until the fall, said no. John Smith, chief executive until his resignation takes effect in March, said no.'));
    assert.deepEqual(a.facts.flatMap((f) => (f.type === 'title' ? [`${f.title.text}: ${f.title.status}`] : [])), ['interim president: acting', 'chief executive: current']);
  });
});

describe('conflicts: a body\'s head and its secretary, an associate\'s grade', () => {
  const pair = (a: string, b: string) => offices({ 'a.txt': wire('X', '14 Aug. 2024', `${a} said on Wednesday the plan stood.`), 'b.txt': wire('X', '15 Aug. 2024', `${b} said on Thursday the plan stood.`) });
  // Al Jazeera's "BCCI president Jay Shah", the board's secretary; the Odisha paper's "Additional Principal Secretary" Das.
  it('the head of a named body is not its secretary; an additional principal secretary is below the principal secretary', () => {
    assert.deepEqual(pair('Jay Shah, president of the BCCI,', 'Jay Shah, secretary of the BCCI,'), ['a.txt: president of the BCCI / b.txt: secretary of the BCCI']);
    // The body's initials before a role in lower case are the role's.
    assert.deepEqual(pair('BCCI president Jay Shah', 'BCCI secretary Jay Shah'), ['a.txt: BCCI president / b.txt: BCCI secretary']);
    assert.deepEqual(pair('US president Joe Biden', 'President Joe Biden'), []);
    assert.equal(pair('Shaktikanta Das, Additional Principal Secretary to the Prime Minister,', 'Shaktikanta Das, Principal Secretary to the Prime Minister,').length, 1);
    // A party named by its kind alone may be two parties; an associate justice is a justice.
    assert.deepEqual(pair('Party president John Doe', 'Party secretary John Doe'), []);
    assert.deepEqual(pair('Associate Justice Jane Roe', 'Justice Jane Roe'), []);
  });

  // The Chandrayaan-3 sets: "associate project director Kalpana K." against "the project director".
  it('an associate is a grade below the post, and apart from a deputy', () => {
    assert.deepEqual(pair('Kalpana K., associate project director of Chandrayaan-3,', 'Kalpana K., the project director of Chandrayaan-3,'), [
      'a.txt: associate project director of Chandrayaan-3 / b.txt: the project director of Chandrayaan-3',
    ]);
  });
});

describe('conflicts: posts one person holds at once, a head and a secretary apart', () => {
  const pair = (a: string, b: string) => offices({ 'a.txt': wire('X', '14 Aug. 2024', `${a} said on Wednesday the plan stood.`), 'b.txt': wire('X', '15 Aug. 2024', `${b} said on Thursday the plan stood.`) });
  it('a party\'s general secretary chairs its military commission and may be the country\'s president; an associate justice or professor is one', () => {
    assert.deepEqual(pair('Xi Jinping, general secretary of the CPC,', 'Xi Jinping, chairman of the CPC Central Military Commission,'), []);
    assert.deepEqual(pair('Vietnam President To Lam', 'Vietnam General Secretary To Lam'), []);
    assert.deepEqual(pair('Cuba First Secretary Miguel Díaz-Canel', 'Cuba President Miguel Díaz-Canel'), []);
    assert.deepEqual(pair('Mark Rutte, NATO Secretary General,', 'Mark Rutte, chairman of the NATO Nuclear Planning Group,'), []);
    assert.deepEqual(pair('Associate Supreme Court Justice Sonia Sotomayor', 'Supreme Court Justice Sonia Sotomayor'), []);
    assert.deepEqual(pair('Jane Roe, an associate law professor at Yale,', 'Jane Roe, a law professor at Yale,'), []);
    assert.deepEqual(pair('Jane Roe, an associate fellow at Chatham House,', 'Jane Roe, a fellow at Chatham House,'), []);
  });
});

describe('titles: portfolios that open with an adjective', () => {
  // The Lok Sabha's list: "Minister of New and Renewable Energy" was read "Minister of New".
  it('"New and Renewable Energy", "Micro, Small and Medium Enterprises" are whole portfolios', () => {
    assert.deepEqual(titles(wire('Cabinet', '19 Jul. 2021', 'Pralhad Joshi, Minister of New and Renewable Energy, said no. Narayan Rane, Minister of Micro, Small and Medium Enterprises, said no.')), [
      ['Minister of New and Renewable Energy', 'new renewable energy minister'], ['Minister of Micro, Small and Medium Enterprises', 'micro small medium enterprises minister'],
    ]);
  });
});

/** Two wire stories on one topic, "a.txt" and "b.txt", each published on its day with its body. */
function twoWires(headline: string, a: [string, string], b: [string, string]): Record<string, string> {
  return { 'a.txt': wire(headline, ...a), 'b.txt': wire(headline, ...b) };
}

describe('conflicts: a company\'s chair and its chief executive', () => {
  // Le Temps's "UBS chief executive Colm Kelleher" two days after Reuters's "UBS Chairman Colm Kelleher" and
  // "Chief Executive Ralph Hamers"; Yonhap's "Credit Suisse Chairman Ulrich Körner" against the CEO's memo.
  it('disagree where a source of about then gives one of the two posts to someone else', () => {
    assert.deepEqual(offices({
      'reuters.txt': wire('UBS', '19 Mar. 2023', 'UBS Chairman Colm Kelleher and UBS Chief Executive Ralph Hamers spoke in Bern on Sunday.'),
      'letemps.txt': wire('UBS', '21 Mar. 2023', 'UBS chief executive Colm Kelleher promised to keep jobs in Geneva.'),
    }), ['letemps.txt: UBS chief executive / reuters.txt: UBS Chairman']);
  });

  it('agree where nobody else is given either post, or only weeks apart, or of another company', () => {
    // "Chairman and chief executive Jamie Dimon": one person may hold both.
    assert.deepEqual(offices(twoWires('Bank', ['19 Mar. 2023', 'JPMorgan chairman Jamie Dimon spoke on Sunday.'], ['20 Mar. 2023', 'JPMorgan CEO Jamie Dimon spoke on Monday.'])), []);
    assert.deepEqual(offices(twoWires('Bank', ['1 Mar. 2023', 'UBS Chairman Colm Kelleher and UBS CEO Ralph Hamers spoke on Sunday.'], ['21 Mar. 2023', 'UBS chief executive Colm Kelleher spoke on Monday.'])), []);
    // A chief executive of another company, or of none named, is no holder of this one's post.
    assert.deepEqual(offices(twoWires('Bank', ['19 Mar. 2023', 'JPMorgan Chairman Jamie Dimon and Chief Executive Jane Fraser of Citigroup spoke.'], ['20 Mar. 2023', 'JPMorgan CEO Jamie Dimon spoke on Monday.'])), []);
    assert.deepEqual(offices(twoWires('Bank', ['19 Mar. 2023', 'UBS Chairman Colm Kelleher and Credit Suisse CEO Ulrich Koerner spoke on Sunday.'], ['20 Mar. 2023', 'UBS chief executive Colm Kelleher spoke on Monday.'])), []);
  });
});

describe('conflicts: a minister of state and the minister', () => {
  // Pune News's "Civil Aviation Minister Murlidhar Mohol", the minister of state, while PTI and Reuters name
  // Ram Mohan Naidu the civil aviation minister.
  it('disagree where a source of about then names someone else the minister', () => {
    assert.deepEqual(offices({
      'pti.txt': wire('Crash', '13 Jun. 2025', 'Minister of State for Civil Aviation Murlidhar Mohol and Civil Aviation Minister Ram Mohan Naidu briefed reporters.'),
      'pune.txt': wire('Crash', '15 Jun. 2025', 'Civil Aviation Minister Murlidhar Mohol visited Pune on Saturday.'),
    }), ['pti.txt: Minister of State for Civil Aviation / pune.txt: Civil Aviation Minister']);
    // One portfolio however it is called: "External Affairs" is the foreign ministry.
    assert.deepEqual(offices({
      'hindu.txt': wire('Dhaka', '10 Jul. 2024', 'Minister of State for External Affairs Kirti Vardhan Singh and Foreign Minister S. Jaishankar met envoys.'),
      'star.txt': wire('Dhaka', '11 Jul. 2024', 'Foreign Minister Kirti Vardhan Singh held talks in Dhaka.'),
    }), ['hindu.txt: Minister of State for External Affairs / star.txt: Foreign Minister']);
  });

  it('agree where nobody else is the minister, or only the minister of another country, or of state security', () => {
    // Japan's ministers of state sit in its cabinet: "Minister of State for Economic and Fiscal Policy" is its minister.
    assert.deepEqual(offices(twoWires('Tokyo', ['13 Jun. 2025', 'Minister of State for Economic and Fiscal Policy Ryosei Akazawa spoke.'], ['14 Jun. 2025', 'Economic and Fiscal Policy Minister Ryosei Akazawa spoke.'])), []);
    assert.deepEqual(offices(twoWires('Trade', ['13 Jun. 2025', 'Minister of State for Trade Douglas Alexander met Indian Trade Minister Piyush Goyal.'], ['14 Jun. 2025', 'Trade Minister Douglas Alexander spoke.'])), []);
    // "State Health Minister" is an Indian state's minister, no minister of state.
    assert.deepEqual(offices(twoWires('Kerala', ['13 Jun. 2025', 'State Health Minister Veena George and Union Health Minister J P Nadda reviewed the outbreak.'], ['14 Jun. 2025', 'Health Minister Veena George said so.'])), []);
    assert.deepEqual(offices(twoWires('Beijing', ['13 Jun. 2025', 'Minister of State Security Chen Yixin and Security Minister Wang Xiaohong spoke.'], ['14 Jun. 2025', 'Security Minister Chen Yixin spoke.'])), []);
  });
});

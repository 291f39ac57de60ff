// Annual meetings named head first ("the 55th Annual Meeting of the World Economic Forum") and
// the offices of the bodies that hold them ("the Executive Chair of the World Economic Forum").

import * as assert from 'assert';
import { analyze, corpusOf } from './helpers';

describe('annual meetings: one series however it is written', () => {
  // AP writes "the Group of 20 summit" and "the Group of Seven summit": they named no meeting.
  it('a summit of the "Group of" a number is the G20\'s, the G7\'s', () => {
    const a = analyze('g20.txt', 'Summit\nPublished: 2025-12-03\n\nThe Group of 20 summit in Johannesburg was held on Nov. 22-23. Leaders attended the Group of Seven summit in Kananaskis. The Group of 77 met.\n');
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'meeting' || m.kind === 'organization').map((m) => [m.kind, m.text, m.key]), [
      ['meeting', 'Group of 20 summit', 'meeting:g20 summit'], ['meeting', 'Group of Seven summit', 'meeting:g7 summit'], ['organization', 'Group of 77', 'org:group of 77'],
    ]);
  });

  // "the 2025 Annual Meeting of the World Economic Forum" keyed as a series "meeting of world
  // economic forum", apart from "the 55th Annual Meeting of …" ("world economic forum meeting").
  it('an adjective before a head-first meeting does not change its series', () => {
    const t = [
      'Davos opens',
      'Published: 2025-01-20',
      '',
      'The 55th Annual Meeting of the World Economic Forum was officially opened on Monday. The 2025 Annual Meeting of the World Economic Forum runs to Friday.',
      '',
    ].join('\n');
    const a = analyze('davos.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'meeting').map((m) => m.key), ['meeting:world economic forum meeting#55', 'meeting:world economic forum meeting~2025']);
  });

  // "the Executive Chair of the World Economic Forum (WEF)" was a meeting of that name, and the
  // acronym went with it.
  it('an office of two words before "of" is the office of the body after it', () => {
    const t = 'Twitter CEO\nPublished: 2023-05-12\n\nLinda Yaccarino is the Executive Chair of the World Economic Forum (WEF). The WEF met.\n';
    const a = analyze('chair.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind !== 'person' && m.kind !== 'date').map((m) => [m.text, m.key]), [
      ['World Economic Forum', 'meeting:world economic forum'], ['WEF', 'meeting:world economic forum'], ['WEF', 'meeting:world economic forum'],
    ]);
  });
});

describe('annual meetings: sessions of a numbered body', () => {
  const npc = (year: number, nth: string) => `NPC opens\nPublished: ${year}-03-05\n\nThe ${nth} session of the 14th National People's Congress opened on March 5, ${year} in Beijing.\n`;

  // The 14th NPC's second session (2024) and third (2025) were one meeting "14th National
  // People's Congress", and their opening days a conflict.
  it('the 14th NPC\'s second and third sessions are two meetings, named as sessions, and their days do not conflict', () => {
    const { corpus, analysis } = corpusOf({ 'a.txt': npc(2024, 'second'), 'b.txt': npc(2025, 'third') });
    const keys = ['a.txt', 'b.txt'].map((f) => analysis(f).mentions.find((m) => m.kind === 'meeting')!.key);
    assert.deepEqual(keys, ['meeting:national people congress#14 session#2', 'meeting:national people congress#14 session#3']);
    assert.deepEqual(keys.map((k) => corpus.nameOf(k)), ["2nd session of the 14th National People's Congress", "3rd session of the 14th National People's Congress"]);
    assert.deepEqual(corpus.conflictsIn('file:///fixtures/a.txt'), []);
  });

  it('two sources on one session still disagree on its opening day', () => {
    const { corpus } = corpusOf({ 'a.txt': npc(2025, 'third'), 'b.txt': npc(2025, 'third').replace('March 5, 2025', 'March 6, 2025') });
    assert.deepEqual(corpus.conflictsIn('file:///fixtures/a.txt').map((c) => c.sides.map((s) => s.value).sort()), [['March 5, 2025', 'March 6, 2025']]);
  });

  it('a session of a meeting is part of it: "the second session of the 32nd APEC Economic Leaders\' Meeting"', () => {
    const t = "APEC\nPublished: 2025-11-01\n\nSpeaking at the second session of the 32nd APEC Economic Leaders' Meeting on Saturday, Xi said so.\n";
    assert.deepEqual(analyze('apec.txt', t).mentions.filter((m) => m.kind === 'meeting').map((m) => m.key), ['meeting:apec economic leader meeting#32']);
  });
});

describe('annual meetings: weeks of events', () => {
  // "the 80th U.N. General Assembly High-Level Week" was a person "High-Level Week" with the
  // title "U.N. General Assembly".
  it('a "Week" is an event, not a person', () => {
    const t = "UNGA\nPublished: 2025-09-21\n\nHe met Guterres before the start of this week's 80th U.N. General Assembly High-Level Week in New York City. Paris Fashion Week began.\n";
    const a = analyze('week.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'person').map((m) => m.text), []);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'meeting').map((m) => [m.text, m.key]), [
      ['U.N. General Assembly High-Level Week', 'meeting:general assembly week#80'], ['Paris Fashion Week', 'meeting:paris fashion week'],
    ]);
  });
});

describe('meetings of a standing organ', () => {
  // "the 156th session of the World Health Organization's (WHO) Executive Board" was a "156th World
  // Health Organization Session", and the "WHO Executive Board" another series than the "Executive Board".
  it('a numbered session of an organ is one meeting with or without the body it serves, and after its possessive', () => {
    const { corpus } = corpusOf({
      'a.txt': 'Geneva\nPublished: 2025-02-12\n\nThe 156th session of the World Health Organization’s (WHO) Executive Board convened in Geneva from February 4 to 11, 2025.\n',
      'b.txt': 'Geneva\nPublished: 2025-02-03\n\nThe 156th session of the WHO Executive Board opened in Geneva on February 3, 2025.\n',
      'c.txt': 'Geneva\nPublished: 2025-02-03\n\nThe 156th Session of the Executive Board opened on Monday.\n',
    });
    const key = 'meeting:executive board session#156';
    assert.deepEqual(corpus.sourcesOf(key).map((s) => s.label), ['a.txt', 'b.txt', 'c.txt']);
    assert.deepEqual(corpus.conflictsIn('file:///fixtures/a.txt').map((c) => [c.id, c.sides.map((s) => s.value).sort()]), [
      [`${key}|date`, ['February 3, 2025', 'February 4 to 11, 2025', 'Monday']],
    ]);
  });
});

describe('meetings: large ordinals', () => {
  // "the 1,000th meeting" was the 0th: the thousands before the comma were left out.
  it('"the 1,000th meeting of the IAEA Board of Governors" is the 1000th, with or without the IAEA', () => {
    const a = analyze('k.txt', 'Vienna\nPublished: 2025-03-03\n\nThe 1,000th meeting of the IAEA Board of Governors opened on Monday. The 1000th Meeting of the Board of Governors was short.\n');
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'meeting').map((m) => m.key), ['meeting:board of governor meeting#1000', 'meeting:board of governor meeting#1000']);
  });
});

// "the 25th China-EU Summit" was no meeting at all (both sides are places, dropped as qualifiers,
// leaving only "summit"), and "the 4th EU-CELAC summit" was apart from "the 4th CELAC-EU Summit".
describe('summits named by their two sides', () => {
  const keys = (sentence: string) => analyze('s.txt', `Summit\nPublished: 2025-07-24\n\n${sentence}\n`).mentions.filter((m) => m.kind === 'meeting').map((m) => m.key);

  it('two places and a summit: the places are the series, in either order', () => {
    assert.deepEqual(keys('The 25th China-EU Summit opened. The 25th EU-China summit closed.'), ['meeting:china-eu summit#25', 'meeting:china-eu summit#25']);
    assert.deepEqual(keys('The 4th CELAC-EU Summit opened. The 4th EU-CELAC summit closed.'), ['meeting:celac-eu summit#4', 'meeting:celac-eu summit#4']);
  });

  it('a pair before a series with a name of its own still only qualifies it', () => {
    assert.deepEqual(keys('The 22nd Korea-U.S. Integrated Defense Dialogue met.'), ['meeting:integrated defense dialogue#22']);
    assert.deepEqual(keys('The 22nd Integrated Defense Dialogue met.'), ['meeting:integrated defense dialogue#22']);
  });
});

// "the 4th International Conference on Financing for Development" was "International Conference#4",
// the same key as any 4th international conference, and "the Forum on China-Africa Cooperation" no
// meeting at all.
describe('meetings named by their topic', () => {
  const keys = (sentence: string) => analyze('t.txt', `Conference\nPublished: 2025-06-30\n\n${sentence}\n`).mentions.filter((m) => m.kind === 'meeting').map((m) => [m.text, m.key]);

  it('"on" and the topic are part of the name and of the series', () => {
    assert.deepEqual(keys('The 4th International Conference on Financing for Development opened in Seville.'), [
      ['International Conference on Financing for Development', 'meeting:international conference on financing for development#4'],
    ]);
    assert.deepEqual(keys('The 9th International Conference on Population closed.'), [['International Conference on Population', 'meeting:international conference on population#9']]);
  });

  it('a head first with its topic is the topic\'s forum: "Forum on China-Africa Cooperation" is the "China-Africa Cooperation Forum"', () => {
    assert.deepEqual(keys('Xi opened the Forum on China-Africa Cooperation (FOCAC) in Beijing. The FOCAC ended.').map(([, k]) => k), ['meeting:cooperation forum', 'meeting:cooperation forum', 'meeting:cooperation forum']);
    assert.deepEqual(keys('The China-Africa Cooperation Forum opened.').map(([, k]) => k), ['meeting:cooperation forum']);
  });

  it('a topic keeps its nationality words, and the UN\'s conference on climate change is the COP', () => {
    assert.deepEqual(keys('The Extraordinary Arab Summit on the Palestinian Cause opened in Cairo.').map(([, k]) => k), ['meeting:arab summit on palestinian cause']);
    assert.deepEqual(keys('The 30th United Nations Conference on Climate Change (COP30) opened in Belem.').map(([, k]) => k), ['meeting:conference of parties#30', 'meeting:conference of parties#30']);
  });

  it('a day after "on" is no topic', () => {
    assert.deepEqual(keys('The Summit on Monday was long. The Asia Forum on Tuesday was short.').map(([, k]) => k), ['meeting:asia forum']);
  });
});

// "the fourth plenary session of the 20th CPC Central Committee" was a body, "CPC Central
// Committee", and no meeting: its day was no fact, and each plenum was the same thing.
describe('a plenary session of a party\'s central committee', () => {
  const keys = (sentence: string) => analyze('p.txt', `Plenum\nPublished: 2025-10-24\n\n${sentence}\n`).mentions.filter((m) => m.kind === 'meeting').map((m) => m.key);

  it('is a session of the committee of that term, however the party is written', () => {
    assert.deepEqual(keys('The fourth plenary session of the 20th CPC Central Committee opened on Monday.'), ['meeting:cpc central committee#20 session#4']);
    assert.deepEqual(keys('The Fourth Plenary Session of the 20th Central Committee of the Communist Party of China ended on Thursday.'), ['meeting:cpc central committee#20 session#4']);
    assert.deepEqual(keys('The third plenary session of the 20th CPC Central Committee was held in July 2024.'), ['meeting:cpc central committee#20 session#3']);
  });

  // Reuters' "The fourth plenum of the party's 20th Central Committee" named no meeting, and
  // "the fourth plenum of the Communist Party of China's 20th Central Committee" the party's fourth plenum.
  it('the party\'s name as the committee\'s owner, between the session and the term, is no meeting of the party\'s', () => {
    assert.deepEqual(keys('The fourth plenum of the party\'s 20th Central Committee is expected to approve the plan.'), ['meeting:central committee#20 session#4']);
    assert.deepEqual(keys('The so-called Fourth Plenum of the party\'s 20th Central Committee adopted it.'), ['meeting:central committee#20 session#4']);
    assert.deepEqual(keys('The fourth plenum of the Communist Party of China\'s 20th Central Committee closed on Thursday.'), ['meeting:central committee#20 session#4']);
    // Without an owner's number after it, the body is the meeting's: "the 47th summit of the Association of Southeast Asian Nations".
    assert.deepEqual(keys('The 47th summit of the Association of Southeast Asian Nations opened.'), ['meeting:asean summit#47']);
  });

  it('its day is a fact, and sources that leave the party out name the same session', () => {
    const a = 'Plenum\nPublished: 2025-10-24\n\nThe fourth plenary session of the 20th CPC Central Committee opened on Monday in Beijing.\n';
    const b = 'Plenum\nPublished: 2025-10-23\n\nThe fourth plenary session of the 20th Central Committee closed on Thursday.\n';
    const c = 'Plenum\nPublished: 2024-07-18\n\nThe third plenary session of the 20th Central Committee closed on Thursday.\n';
    const { corpus, uri } = corpusOf({ 'a.txt': a, 'b.txt': b, 'c.txt': c });
    assert.deepEqual(corpus.get(uri('a.txt'))!.facts.map((f) => f.type === 'eventDate' && [f.key, f.day, f.aspect]), [['meeting:cpc central committee#20 session#4', '2025-10-20', 'start']]);
    const fourth = corpus.mentionAt(uri('b.txt'), b.indexOf('Central Committee') + 1)!;
    assert.deepEqual(corpus.sourcesOf(fourth.entity).map((s) => s.label), ['a.txt', 'b.txt']);
    const third = corpus.mentionAt(uri('c.txt'), c.indexOf('Central Committee') + 1)!;
    assert.deepEqual(corpus.sourcesOf(third.entity).map((s) => s.label), ['c.txt']);
  });
});

// "the 78th Cannes Film Festival" and "the 69th Eurovision Song Contest" were people's names
// (unconfirmed, so unseen) and no events.
describe('numbered festivals and contests', () => {
  const keys = (sentence: string) => analyze('f.txt', `Festival\nPublished: 2025-05-25\n\n${sentence}\n`).mentions.filter((m) => m.kind !== 'date').map((m) => [m.kind, m.key]);

  it('are meetings with their number', () => {
    assert.deepEqual(keys('The 78th Cannes Film Festival closed on Saturday.'), [['meeting', 'meeting:cannes film festival#78']]);
    assert.deepEqual(keys('The 69th Eurovision Song Contest final was held on May 17.'), [['meeting', 'meeting:eurovision song contest#69']]);
  });

  it('two sources disagreeing on the day a numbered festival closed is a conflict', () => {
    const a = 'Palme\nPublished: 2025-05-25\n\nThe 78th Cannes Film Festival closed on Saturday.\n';
    const b = 'Palme\nPublished: 2025-05-26\n\nThe 78th Cannes Film Festival closed on May 25.\n';
    const { corpus } = corpusOf({ 'a.txt': a, 'b.txt': b });
    assert.deepEqual(corpus.allConflicts().map((c) => [c.key, c.sides.map((s) => `${s.label}=${s.norm}`).sort()]), [['meeting:cannes film festival#78', ['a.txt=<2025-05-24', 'b.txt=<2025-05-25']]]);
  });
});

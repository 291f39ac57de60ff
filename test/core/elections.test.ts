// Elections named with where they are held are dated like meetings: "Iraq's parliamentary
// election", "the Tuscany regional election", "the provincial election in Buenos Aires", "the
// Legislative Council election". Without a place, "the election" may be any.

import { strict as assert } from 'assert';
import { conflictDiagnostics } from '../../server/src/core/service/diagnostics';
import { packAnalysis, StoredArticle } from '../../server/src/core/storedArticle';
import { analyze, corpusOf, DEFAULT_DIAGNOSTICS, slice } from './helpers';

function wire(day: string, body: string): string {
  return `Vote\nPublished: ${day}, 10:00\n\n${body}\n`;
}

/** The article's elections as [text, key]. */
function elections(day: string, body: string): [string, string][] {
  return analyze('e.txt', wire(day, body)).mentions.filter((m) => m.kind === 'meeting').map((m) => [m.text, m.key]);
}

/** The corpus's conflicts as [id, each side's "file=day", sorted]. */
function conflictRows(built: ReturnType<typeof corpusOf>): [string, string[]][] {
  return built.corpus.allConflicts().map((c) => [c.id, c.sides.map((sd) => `${sd.label}=${sd.norm}`).sort()]);
}

/** The article's dated events as [key, day, last day, where]. */
function dated(day: string, body: string): [string, string, string | null, string | null][] {
  return analyze('e.txt', wire(day, body)).facts.flatMap((f) => (f.type === 'eventDate' ? [[f.key, f.day, f.lastDay ?? null, f.where ?? null]] : []));
}

describe('elections named with their place', () => {
  it('keys an election by its place and kind, however the place is written', () => {
    assert.deepEqual(elections('12 Nov. 2025', "Iraq's parliamentary election was calm."), [["Iraq's parliamentary election", 'meeting:iraq parliamentary election']]);
    // A people's name is its country's, where the gazetteer knows the country: "Iraqi" is Iraq's.
    assert.deepEqual(elections('12 Nov. 2025', 'The Iraqi general election was calm.'), [['Iraqi general election', 'meeting:iraq parliamentary election']]);
    assert.deepEqual(elections('9 Sept. 2025', 'Milei lost the provincial election in Buenos Aires.'), [['provincial election in Buenos Aires', 'meeting:buenos aires regional election']]);
    // A region no gazetteer knows, after "the".
    assert.deepEqual(elections('14 Oct. 2025', 'The Tuscany regional election returned Giani.'), [['Tuscany regional election', 'meeting:tuscany regional election']]);
    // A legislature is where its members are elected.
    assert.deepEqual(elections('8 Dec. 2025', 'Turnout in the Legislative Council election was low.'), [['Legislative Council election', 'meeting:legislative council election']]);
    // Capitalised, the place is kept in the key too: two countries' parliamentary elections are two.
    assert.deepEqual(elections('12 Nov. 2025', 'The Iraqi Parliamentary Election went ahead.'), [['Iraqi Parliamentary Election', 'meeting:iraq parliamentary election']]);
  });

  it('names no election where the words only qualify another noun, or name no place, or two elections', () => {
    for (const body of [
      "Iraq's election commission said on November 12 that turnout was 56%.",
      "Turnout in Sunday's election was low.",
      "Milei's election in 2023 surprised many.",
      'The election was held on Sunday.',
      "Chile's presidential and parliamentary elections were held on Sunday.",
      "Italy's regional elections were held this autumn.",
      "Britain's Labour leadership election was held on Saturday.",
      // A round of it is not the election: "France's legislative election runoff on Sunday".
      "France's legislative election runoff was held on July 7.",
      "Chile's presidential election run-off is set for December 14.",
    ]) assert.deepEqual(elections('17 Nov. 2025', body), [], body);
  });

  it('dates an election by the day written with it', () => {
    assert.deepEqual(dated('9 Sept. 2025', 'Milei lost the September 8 provincial election in Buenos Aires.'), [['meeting:buenos aires regional election', '2025-09-08', null, 'place:buenos aires']]);
    assert.deepEqual(dated('8 Dec. 2025', "Turnout in Sunday's Legislative Council election was 31.9%."), [['meeting:legislative council election', '2025-12-07', null, 'org:legislative council']]);
    assert.deepEqual(dated('14 Oct. 2025', 'The Tuscany regional election was held on 12-13 October.'), [['meeting:tuscany regional election', '2025-10-12', '2025-10-13', 'place:tuscany']]);
    assert.deepEqual(dated('12 Nov. 2025', "Iraq's parliamentary election on Tuesday, November 11, drew a 56% turnout."), [['meeting:iraq parliamentary election', '2025-11-11', null, 'place:iraq']]);
    assert.deepEqual(dated('30 Oct. 2025', 'The Dutch parliamentary election was held on Wednesday.'), [['meeting:dutch parliamentary election', '2025-10-29', null, 'place:dutch']]);
  });

  // Reuters, 30 Oct. 2025: "D66 and the PVV were tied on 26 seats each in the Dutch parliamentary
  // election on Thursday" gave the count's day as the election's (a Wednesday).
  it('takes no weekday after an election for its day unless a verb says it was held then', () => {
    assert.deepEqual(dated('30 Oct. 2025', 'D66 and the PVV were tied on 26 seats each in the Dutch parliamentary election on Thursday, with votes still being counted.'), []);
    // A day written in full says which election.
    assert.deepEqual(dated('30 Oct. 2025', 'D66 won the most seats in the Dutch parliamentary election on October 29.'), [['meeting:dutch parliamentary election', '2025-10-29', null, 'place:dutch']]);
    // A round of an election is not the election.
    assert.deepEqual(dated('17 Nov. 2025', "The first round of Chile's presidential election on November 16 gave Jara the lead."), []);
  });

  it('reports two sources that date one election a day apart, and names it once', () => {
    const slip = wire('9 Sept. 2025', 'Milei lost the September 8 provincial election in Buenos Aires by 13 points.');
    const ap = wire('10 Sept. 2025', 'The Buenos Aires provincial election of Sept. 7 was a blow to Milei.');
    const built = corpusOf({ 'slip.txt': slip, 'ap.txt': ap });
    assert.deepEqual(conflictRows(built), [
      ['meeting:buenos aires regional election|date@place:buenos aires', ['ap.txt=2025-09-07', 'slip.txt=2025-09-08']],
    ]);
    const [d] = conflictDiagnostics(built.corpus, built.uri('slip.txt'), DEFAULT_DIAGNOSTICS);
    assert.equal(d.message, "provincial election in Buenos Aires: 'September 8' here, 'Sept. 7' in ap.txt for the date");
    assert.equal(slice(slip, d.span), 'September 8');
  });

  it('takes "the election" for the one election the article names with its place, and not for another', () => {
    const body = "Iraq's parliamentary election drew a 56% turnout. The election, held on Tuesday, was calm. The 2021 election was not. The next election is due in 2029.";
    assert.deepEqual(elections('12 Nov. 2025', body), [["Iraq's parliamentary election", 'meeting:iraq parliamentary election'], ['election', 'meeting:iraq parliamentary election']]);
    assert.deepEqual(dated('12 Nov. 2025', body), [['meeting:iraq parliamentary election', '2025-11-11', null, 'place:iraq']]);
    // "Sunday's election" and "the December 14 election" are bare too.
    assert.deepEqual(dated('9 Dec. 2025', "Turnout in the Legislative Council election was 31.9%. Sunday's election drew criticism."), [['meeting:legislative council election', '2025-12-07', null, 'org:legislative council']]);
    // Of another kind, or with two elections named, it is none of them.
    assert.deepEqual(elections('12 Nov. 2025', "Iraq's parliamentary election drew a 56% turnout. The presidential election was held on Tuesday."), [["Iraq's parliamentary election", 'meeting:iraq parliamentary election']]);
    assert.deepEqual(elections('12 Nov. 2025', "Chile's presidential election and Peru's presidential election were far apart. The election was held on Sunday."), [
      ["Chile's presidential election", 'meeting:chile presidential election'], ["Peru's presidential election", 'meeting:peru presidential election'],
    ]);
    // With no election named with its place, "the election" is no one's.
    assert.deepEqual(elections('12 Nov. 2025', 'The election was held on Tuesday.'), []);
  });

  // Found in real-style sets: "The previous parliamentary elections in the Republic of Moldova took place on
  // 11 July 2021"; Xinhua's caption "a billboard promoting the upcoming general election in Yangon, Myanmar,
  // Aug. 18, 2025"; "split the provincial vote from the national midterm elections on October 26".
  it('takes no day for another election than the story\'s, nor a caption\'s for one still ahead', () => {
    assert.deepEqual(dated('29 Sept. 2025', 'The previous parliamentary elections in the Republic of Moldova took place on 11 July 2021.'), []);
    assert.deepEqual(dated('18 Aug. 2025', 'People walk past a billboard promoting the upcoming general election in Yangon, Myanmar, Aug. 18, 2025.'), []);
    assert.deepEqual(dated('18 Aug. 2025', 'The upcoming general election in Myanmar is set for Dec. 28.'), [['meeting:myanmar parliamentary election', '2025-12-28', null, 'place:myanmar']]);
    const provincial = 'Milei lost the legislative elections in Buenos Aires province on Sept. 7. Kicillof chose to split the provincial vote from the national midterm elections on October 26.';
    assert.deepEqual(dated('9 Sept. 2025', provincial), [['meeting:buenos aires parliamentary election', '2025-09-07', null, 'place:buenos aires']]);
  });

  // Kyodo: "Official campaigning began Friday for the Tokyo Metropolitan Assembly election" dated the election.
  it('an assembly\'s election is of its own kind; a day before "for the election" is not its day', () => {
    assert.deepEqual(elections('23 June 2025', "Sunday's Tokyo Metropolitan Assembly election was a blow."), [['Tokyo Metropolitan Assembly election', 'meeting:tokyo assembly election']]);
    assert.deepEqual(elections('12 Nov. 2025', 'The Bihar state assembly election was held in two phases.'), [['Bihar state assembly election', 'meeting:bihar assembly election']]);
    assert.deepEqual(dated('13 June 2025', 'Official campaigning began Friday for the Tokyo Metropolitan Assembly election.'), []);
    assert.deepEqual(dated('23 June 2025', "Vote counting is under way in Sunday's Tokyo Metropolitan Assembly election."), [['meeting:tokyo assembly election', '2025-06-22', null, 'place:tokyo']]);
  });

  it('"held in" may stand before the place, and "the Republic of" is no part of its name', () => {
    assert.deepEqual(dated('29 Sept. 2025', 'Romania welcomes the parliamentary elections held in the Republic of Moldova on 28 September 2025.'), [
      ['meeting:moldova parliamentary election', '2025-09-28', null, 'place:moldova'],
    ]);
  });

  // Al Jazeera's explainer: "the December 14 Legislative Council election", a week late; elections fall on
  // one day of the week, so a slip is a week. France's legislative elections have rounds a week apart.
  it('compares an election\'s days up to a week apart, unless a source speaks of its rounds', () => {
    const hkfp = wire('30 Nov. 2025', 'Campaigning for the December 7 Legislative Council election remains suspended.');
    const aj = wire('1 Dec. 2025', 'Turnout in the December 14 Legislative Council election will be watched closely.');
    const both = corpusOf({ 'hkfp.txt': hkfp, 'aj.txt': aj });
    assert.deepEqual(both.corpus.allConflicts().map((c) => c.sides.map((sd) => `${sd.label}=${sd.norm}`).sort()), [['aj.txt=2025-12-14', 'hkfp.txt=2025-12-07']]);
    assert.deepEqual(conflictDiagnostics(both.corpus, both.uri('aj.txt'), DEFAULT_DIAGNOSTICS).map((d) => d.message), ["Legislative Council election: 'December 14' here, 'December 7' in hkfp.txt for the date"]);
    const preview = wire('20 June 2024', "France's legislative elections on June 30 are the first test, with a runoff a week later.");
    const result = wire('8 July 2024', "The left came first in France's legislative elections on July 7, a week after the first round.");
    assert.deepEqual(corpusOf({ 'preview.txt': preview, 'result.txt': result }).corpus.allConflicts(), []);
    // Stored and read back, a source's rounds are kept.
    const a = analyze('p.txt', preview);
    assert.deepEqual(a.facts.map((f) => f.type === 'eventDate' && f.rounds), [true]);
    assert.deepStrictEqual(new StoredArticle(packAnalysis(a)).facts, a.facts);
  });

  // India votes in phases: "the Bihar assembly election on November 6" and "… on November 11" are both right.
  it('does not compare the days of an election a source says is held in phases', () => {
    const first = wire('7 Nov. 2025', 'Turnout in the Bihar assembly election on November 6 was 64.7%, the first of two phases.');
    const second = wire('12 Nov. 2025', 'Turnout in the Bihar assembly election on November 11 was 68.8%.');
    const a = analyze('f.txt', first);
    assert.deepEqual(a.facts.map((f) => f.type === 'eventDate' && [f.day, f.phases ?? null]), [['2025-11-06', true]]);
    assert.deepStrictEqual(new StoredArticle(packAnalysis(a)).facts, a.facts);
    assert.deepEqual(corpusOf({ 'first.txt': first, 'second.txt': second }).corpus.allConflicts(), []);
  });

  // Korea's election commission: "Early Voting for the 21st Presidential Election to Be Held on May 29-30";
  // "Seven candidates registered for the 21st Presidential Election on 10-11 May".
  it('takes no day of what goes before an election, its early voting, registration or campaign', () => {
    assert.deepEqual(dated('28 May 2025', 'Early Voting for the 21st Presidential Election to Be Held on May 29-30.'), []);
    assert.deepEqual(dated('28 May 2025', 'Seven candidates registered for the 21st Presidential Election on 10-11 May.'), []);
    assert.deepEqual(dated('4 June 2025', 'Lee won the 21st Presidential Election on June 3.'), [['meeting:presidential election#21', '2025-06-03', null, null]]);
  });

  it('keeps elections of two places, or two rounds weeks apart, apart', () => {
    const czech = wire('5 Oct. 2025', 'The Czech parliamentary election was held on 3-4 October 2025.');
    const norway = wire('9 Sept. 2025', 'The Norwegian parliamentary election was held on 8 September 2025.');
    const both = corpusOf({ 'cz.txt': czech, 'no.txt': norway });
    assert.deepEqual(both.corpus.allConflicts(), []);
    assert.notEqual(both.entityAt('cz.txt', 'election'), both.entityAt('no.txt', 'election'));
    const first = wire('17 Nov. 2025', "Chile's presidential election was held on November 16.");
    const runoff = wire('15 Dec. 2025', "Chile's presidential election was held on December 14, and Kast won.");
    assert.deepEqual(corpusOf({ 'first.txt': first, 'runoff.txt': runoff }).corpus.allConflicts(), []);
  });
});

// Canadian coverage of Pierre Poilievre's return: the Edmonton Journal's "won the Aug. 19 byelection in
// Battle River–Crowfoot" against "the Battle River-Crowfoot byelection on Monday, Aug. 18" went unseen.
describe('by-elections, named by their seat', () => {
  it('keys a by-election by its seat, known or not, written before or after "in"', () => {
    assert.deepEqual(elections('19 Aug. 2025', 'Poilievre won the Battle River–Crowfoot byelection on Monday.'), [['Battle River–Crowfoot byelection', 'meeting:battle river crowfoot by-election']]);
    assert.deepEqual(elections('2 May 2025', 'Reform UK won the Runcorn and Helsby by-election by six votes.'), [['Runcorn and Helsby by-election', 'meeting:runcorn and helsby by-election']]);
    // A seat no gazetteer knows, after "in", is no person's name.
    const after = analyze('e.txt', wire('20 Aug. 2025', 'Poilievre won the Aug. 19 byelection in Battle River-Crowfoot with 80 per cent.'));
    assert.deepEqual(after.mentions.map((m) => [m.kind, m.text, m.key]), [
      ['date', 'Aug. 19', 'date:2025-08-19'], ['meeting', 'byelection in Battle River-Crowfoot', 'meeting:battle river crowfoot by-election'],
    ]);
    assert.deepEqual(elections('20 Aug. 2025', 'A by-election in Alberta is due.'), [['by-election in Alberta', 'meeting:alberta by-election']]);
    // Not a by-election's count, nor one without a seat.
    assert.deepEqual(elections('20 Aug. 2025', 'The byelection result gave him momentum. He must win a byelection first.'), []);
  });

  it('reports two sources a day apart, named once; "the Aug. 18 byelection" is the article\'s one', () => {
    const cp = wire('19 Aug. 2025', 'Poilievre speaks after winning the Battle River-Crowfoot byelection on Monday, Aug. 18, 2025.');
    const journal = wire('19 Aug. 2025', 'Pierre Poilievre won the Aug. 19 byelection in Battle River–Crowfoot with about 80 per cent of the vote.');
    const built = corpusOf({ 'cp.txt': cp, 'journal.txt': journal });
    assert.deepEqual(conflictRows(built), [
      ['meeting:battle river crowfoot by-election|date@place:battle river crowfoot', ['cp.txt=2025-08-18', 'journal.txt=2025-08-19']],
    ]);
    const [d] = conflictDiagnostics(built.corpus, built.uri('journal.txt'), DEFAULT_DIAGNOSTICS);
    assert.equal(d.message, "byelection in Battle River–Crowfoot: 'Aug. 19' here, 'Monday, Aug. 18, 2025' in cp.txt for the date");
    // The day it was called is not its day (CBC: "Carney called the byelection on June 30"); called "for" a day, that is its day.
    assert.deepEqual(dated('1 July 2025', 'The Alberta byelection will be held on Aug. 18. Carney called the byelection on June 30.'), [['meeting:alberta by-election', '2025-08-18', null, 'place:alberta']]);
    assert.deepEqual(dated('1 July 2025', 'Carney called the Alberta byelection for Aug. 18.'), [['meeting:alberta by-election', '2025-08-18', null, 'place:alberta']]);
    assert.deepEqual(dated('29 Jan. 2025', 'Poland notes that the so-called presidential elections held in the Republic of Belarus on 26 January 2025 were not free.'), [
      ['meeting:belarus presidential election', '2025-01-26', null, 'place:belarus'],
    ], '"so-called" calls nothing');
    assert.deepEqual(dated('20 Aug. 2025', 'The Battle River–Crowfoot byelection drew a crowd. Poilievre won the Aug. 18 byelection easily.'), [
      ['meeting:battle river crowfoot by-election', '2025-08-18', null, 'place:battle river crowfoot'],
    ]);
  });

  // Al Jazeera: "Lindsay Whittle speaks after winning the Caerphilly by-election in Wales, October 24, 2025
  // [Handout/Plaid Cymru]" under "*Photo caption:*" was read as text and dated the vote of the 23rd to the
  // photograph's day. A caption states no facts.
  it('"*Photo caption: …*" is a caption, and dates no by-election', () => {
    const text = (para: string) => analyze('c.txt', wire('24 Oct. 2025', `The count went on all night.\n\n${para}`));
    const days = (para: string) => text(para).facts.flatMap((f) => (f.type === 'eventDate' ? [f.day] : []));
    const caption = '*Photo caption: Whittle speaks after winning the Caerphilly by-election in Wales, October 24, 2025 [Handout/Plaid Cymru]*';
    assert.deepEqual([text(caption).blocks.at(-1)?.kind, text(caption).blocks.at(-1)?.reason], ['caption', 'photo caption']);
    assert.deepEqual(days(caption), []);
    assert.deepEqual(days('Whittle won the Caerphilly by-election on October 23, 2025.'), ['2025-10-23']);
  });
});

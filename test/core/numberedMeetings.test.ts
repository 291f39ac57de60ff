// One numbered meeting written with more or fewer of its body's words ("the 49th CARICOM Heads of
// Government Meeting", "the 49th Conference of Heads of Government of the Caribbean Community",
// "the 54th PIF Leaders Meeting" / "the 54th Pacific Islands Forum" in real coverage) was several
// meetings: references from one form missed the sources that wrote another.

import { strict as assert } from 'assert';
import * as v8 from 'v8';
import { Corpus, type CorpusSnapshot } from '../../server/src/core/corpus';
import { referencesAt } from '../../server/src/core/service/navigation';
import { packAnalysis } from '../../server/src/core/storedArticle';
import { analyze, corpusOf, offsetOf, uriOf } from './helpers';

const OPENS = 'Leaders gather\nPublished: 2 July 2025\n\nThe Southern Lakes Community (SOLAC) opens the 12th SOLAC Heads of Government Meeting in Kisumu on Sunday. The 11th SOLAC Heads of Government Meeting was held in Jinja.\n';
const ENDS = 'Summit ends\nPublished: 8 July 2025\n\nThe 12th Conference of Heads of Government of the Southern Lakes Community ended on Tuesday in Kisumu.\n';
const ARRIVES = 'Arrivals\nPublished: 3 July 2025\n\nPresident Amani Odera arrived for the 12th SOLAC Summit. Ministers attended the 12th Leaders\' Meeting.\n';
const FILES = { 'opens.txt': OPENS, 'ends.txt': ENDS, 'arrives.txt': ARRIVES };

/** The sources of the meeting named at `needle` in `file`. */
function sourcesAt(c: Corpus, file: string, text: string, needle: string): string[] {
  const m = c.mentionAt(uriOf(file), offsetOf(text, needle));
  assert.ok(m, `a mention at "${needle}"`);
  return c.sourcesOf(m.entity).map((a) => a.label);
}

describe('numbered meetings written more or less fully', () => {
  it('the same number with the body spelled out, by its acronym or with fewer words is one meeting; another number is not', () => {
    const { corpus: c } = corpusOf(FILES);
    const all = ['arrives.txt', 'ends.txt', 'opens.txt'];
    assert.deepEqual(sourcesAt(c, 'arrives.txt', ARRIVES, '12th SOLAC Summit'), all);
    assert.deepEqual(sourcesAt(c, 'ends.txt', ENDS, 'Conference of Heads'), all);
    assert.deepEqual(sourcesAt(c, 'opens.txt', OPENS, 'SOLAC Heads of Government Meeting in'), all);
    assert.deepEqual(sourcesAt(c, 'opens.txt', OPENS, '11th SOLAC'), ['opens.txt']);
    // "Leaders' Meeting" says who met, not which body's meeting it was.
    assert.deepEqual(sourcesAt(c, 'arrives.txt', ARRIVES, "Leaders' Meeting"), ['arrives.txt']);
    const m = c.mentionAt(uriOf('arrives.txt'), offsetOf(ARRIVES, '12th SOLAC Summit'))!;
    assert.deepEqual(c.rawKeys(m.entity).sort(), [
      'meeting:solac heads of government meeting#12', 'meeting:solac summit#12', 'meeting:southern lakes community conference#12',
    ]);
    assert.equal(c.nameOf(m.entity), '12th Heads of Government of the Southern Lakes Community Conference');
  });

  it('references from the shortest form reach every source, at the names as written', () => {
    const { corpus: c } = corpusOf(FILES);
    const refs = referencesAt(c, uriOf('arrives.txt'), offsetOf(ARRIVES, '12th SOLAC Summit'));
    const texts = FILES as Record<string, string>;
    assert.deepEqual(refs.map((r) => [r.uri.split('/').pop()!, texts[r.uri.split('/').pop()!].slice(r.span.start, r.span.end)]).sort(), [
      ['arrives.txt', 'SOLAC Summit'],
      // A meeting named head first is named at its head.
      ['ends.txt', 'Conference'],
      ['opens.txt', 'SOLAC Heads of Government Meeting'],
    ]);
  });

  it('a form within two meetings that are not one stays apart from both', () => {
    const t = 'Delta\nPublished: 3 July 2025\n\nThe 5th Delta Council Summit opened. The 5th Delta Council Economic Summit and the 5th Delta Council Security Summit follow.\n';
    const other = 'Delta again\nPublished: 4 July 2025\n\nThe 5th Delta Council Economic Summit closed.\n';
    const { corpus: c } = corpusOf({ 'delta.txt': t, 'other.txt': other });
    assert.deepEqual(sourcesAt(c, 'delta.txt', t, 'Delta Council Summit'), ['delta.txt']);
    assert.deepEqual(sourcesAt(c, 'delta.txt', t, 'Delta Council Economic'), ['delta.txt', 'other.txt']);
    assert.deepEqual(sourcesAt(c, 'delta.txt', t, 'Delta Council Security'), ['delta.txt']);
  });

  it('joins as articles come and go, in any order, as linking the remaining articles afresh gives', () => {
    const c = new Corpus();
    c.set(analyze('arrives.txt', ARRIVES));
    assert.deepEqual(sourcesAt(c, 'arrives.txt', ARRIVES, '12th SOLAC Summit'), ['arrives.txt']);
    // The article that says what SOLAC stands for joins the summit to the spelled-out conference.
    c.set(analyze('ends.txt', ENDS));
    assert.deepEqual(sourcesAt(c, 'arrives.txt', ARRIVES, '12th SOLAC Summit'), ['arrives.txt']);
    c.set(analyze('opens.txt', OPENS));
    assert.deepEqual(sourcesAt(c, 'arrives.txt', ARRIVES, '12th SOLAC Summit'), ['arrives.txt', 'ends.txt', 'opens.txt']);
    // Without the definition, "SOLAC" is no longer the Southern Lakes Community.
    c.set(analyze('opens.txt', OPENS.replace('The Southern Lakes Community (SOLAC) opens', 'It opens')));
    assert.deepEqual(sourcesAt(c, 'arrives.txt', ARRIVES, '12th SOLAC Summit'), ['arrives.txt', 'opens.txt']);
    assert.deepEqual(sourcesAt(c, 'ends.txt', ENDS, 'Conference of Heads'), ['ends.txt']);
    c.delete(uriOf('opens.txt'));
    assert.deepEqual(sourcesAt(c, 'arrives.txt', ARRIVES, '12th SOLAC Summit'), ['arrives.txt']);
  });

  it('a restored corpus joins what the saved one joined, and goes on joining', () => {
    const live = new Corpus();
    for (const [name, text] of Object.entries(FILES)) live.set(packAnalysis(analyze(name, text)));
    const saved = v8.deserialize(v8.serialize(live.snapshot())) as CorpusSnapshot;
    const packs = new Map(Object.entries(FILES).map(([name, text]) => [uriOf(name), packAnalysis(analyze(name, text))]));
    const again = new Corpus();
    assert.equal(again.restore(saved, (uri) => packs.get(uri)), true);
    assert.deepEqual(sourcesAt(again, 'arrives.txt', ARRIVES, '12th SOLAC Summit'), ['arrives.txt', 'ends.txt', 'opens.txt']);
    const late = 'Late\nPublished: 9 July 2025\n\nThe 12th SOLAC Heads of Government Meeting is over.\n';
    again.set(analyze('late.txt', late));
    assert.deepEqual(sourcesAt(again, 'arrives.txt', ARRIVES, '12th SOLAC Summit'), ['arrives.txt', 'ends.txt', 'late.txt', 'opens.txt']);
  });

  // Matangi Tonga's "the 54th Forum Leaders Meeting, held in Honiara from 9–13 September" against
  // everyone's "54th Pacific Islands Forum Leaders Meeting" from 8 September: two keys, no conflict.
  it('the days of one meeting written more or less fully are compared as one, as articles come and go and after a restore', () => {
    const full = 'Forum opens\nPublished: 8 Sept. 2025\n\nThe 54th Pacific Islands Forum Leaders Meeting opens in Honiara on Monday.\n';
    const short = 'Chair\nPublished: 13 Sept. 2025\n\nTonga handed over the chair at the opening of the 54th Forum Leaders Meeting, held in Honiara from 9–13 September.\n';
    const other = 'Last year\nPublished: 30 Aug. 2024\n\nThe 53rd Forum Leaders Meeting opened in Nuku\'alofa on Monday.\n';
    // (The fullest form, "PIF" spelled out, is what joins the two.)
    const pif = 'Arrivals\nPublished: 7 Sept. 2025\n\nThe Pacific Islands Forum (PIF) said leaders would attend the 54th PIF Leaders Meeting.\n';
    const ids = (c: Corpus) => c.allConflicts().map((x) => [x.id, x.sides.map((sd) => `${sd.label}=${sd.norm}`).sort()]);
    const expected = [['meeting:forum leader meeting#54|date', ['full.txt=>2025-09-08', 'short.txt=>2025-09-09']]];
    const c = new Corpus();
    c.set(analyze('short.txt', short));
    c.set(analyze('other.txt', other));
    c.set(analyze('pif.txt', pif));
    assert.deepEqual(ids(c), []);
    const added = c.set(analyze('full.txt', full));
    assert.deepEqual(ids(c), expected);
    assert.ok([uriOf('short.txt'), uriOf('full.txt')].every((u) => added.uris.has(u)), 'both sides are republished');
    // Saved and restored, the join still compares them; the full form gone, nothing is left to compare.
    const saved = v8.deserialize(v8.serialize(c.snapshot())) as CorpusSnapshot;
    const texts: Record<string, string> = { 'full.txt': full, 'short.txt': short, 'other.txt': other, 'pif.txt': pif };
    const again = new Corpus();
    assert.equal(again.restore(saved, (uri) => packAnalysis(analyze(uri.split('/').pop()!, texts[uri.split('/').pop()!]))), true);
    assert.deepEqual(ids(again), expected);
    const gone = again.delete(uriOf('full.txt'));
    assert.deepEqual(ids(again), []);
    assert.ok(gone.uris.has(uriOf('short.txt')), 'the side left is republished');
  });

  // SADC and Non-Aligned Movement coverage: "the 44th Ordinary Summit of the Heads of State and
  // Government of the Southern African Development Community (SADC)" made "Government of the
  // Southern African Development Community" a body that SADC stood for, and a meeting apart from
  // "the 44th SADC Summit"; "the Non-Aligned Movement" was no name at all ("-aligned" as in "Russia-aligned").
  it('"Heads of State and Government" are who meet: a summit of theirs "of" a body is that body\'s, by its acronym too', () => {
    const spelled = 'Summit\nPublished: 17 Aug. 2024\n\nThe 44th Ordinary Summit of the Heads of State and Government of the Southern African Development Community (SADC) was held in Harare. The 19th Summit of Heads of State and Government of the Non-Aligned Movement (NAM) was in Kampala.\n';
    const coded = 'Summit\nPublished: 18 Aug. 2024\n\nThe 44th SADC Summit opened in Harare on Saturday. Heads of State and Government arrived. The 19th NAM Summit was in Kampala.\n';
    const a = analyze('spelled.txt', spelled);
    assert.deepEqual(a.mentions.map((m) => [m.kind, m.text, m.key]), [
      ['meeting', 'Heads of State and Government of the Southern African Development Community Summit', 'meeting:southern africa development community summit#44'],
      ['term', 'Southern African Development Community', 'term:sadc'], ['term', 'SADC', 'term:sadc'],
      ['meeting', 'Heads of State and Government of the Non-Aligned Movement Summit', 'meeting:non-aligned movement summit#19'],
      ['organization', 'Non-Aligned Movement', 'org:non aligned movement'], ['organization', 'NAM', 'org:non aligned movement'],
    ]);
    // The people who meet are no body.
    assert.deepEqual(analyze('coded.txt', coded).mentions.filter((m) => m.kind !== 'date').map((m) => m.text), ['SADC Summit', 'NAM Summit']);
    // AU coverage: the 38th session of the AU Assembly had four keys, one per way of writing whose assembly it is.
    const au = 'Summit\nPublished: 16 Feb. 2025\n\nThe 38th Ordinary Session of the Assembly of the African Union concluded today. The 38th Ordinary Session of the AU Assembly closed. ' +
      'The 38th Ordinary Session of the Assembly of Heads of State and Government of the African Union ended. The 38th Ordinary Session of the Assembly of the AU ended.\n';
    assert.deepEqual(analyze('au.txt', au).mentions.filter((m) => m.kind === 'meeting').map((m) => m.key), Array(4).fill('meeting:au assembly session#38'));
    // ECOWAS coverage: the acronym spells the words after an "of" before the last one ("…of
    // West African States"), and stood for "Authority of Heads of State and Government of the …".
    const ecowas = 'Summit\nPublished: 16 Dec. 2024\n\nThe Authority of Heads of State and Government of the Economic Community of West African States (ECOWAS) met in Abuja.\n';
    assert.deepEqual(analyze('ecowas.txt', ecowas).mentions.map((m) => [m.kind, m.text, m.key]), [
      ['organization', 'Economic Community of West African States', 'org:economic community of west african states'], ['organization', 'ECOWAS', 'org:economic community of west african states'],
    ]);
    for (const order of [['spelled.txt', 'coded.txt'], ['coded.txt', 'spelled.txt']]) {
      const texts: Record<string, string> = { 'spelled.txt': spelled, 'coded.txt': coded };
      const { corpus: c } = corpusOf(Object.fromEntries(order.map((f) => [f, texts[f]])));
      assert.deepEqual(sourcesAt(c, 'coded.txt', coded, 'SADC Summit'), ['coded.txt', 'spelled.txt'], order.join());
      assert.deepEqual(sourcesAt(c, 'coded.txt', coded, 'NAM Summit'), ['coded.txt', 'spelled.txt'], order.join());
    }
    // Two names joined by a hyphen stay one word: the 28th ASEAN-Japan Summit is no 28th ASEAN Summit.
    const pair = 'Summit\nPublished: 27 Oct. 2025\n\nThe 28th ASEAN-Japan Summit opened in Kuala Lumpur on Monday.\n';
    const bloc = 'Summit\nPublished: 7 Sept. 2016\n\nThe 28th ASEAN Summit opened in Vientiane on Tuesday.\n';
    const { corpus: c } = corpusOf({ 'pair.txt': pair, 'bloc.txt': bloc });
    assert.deepEqual(sourcesAt(c, 'pair.txt', pair, 'ASEAN-Japan Summit'), ['pair.txt']);
  });

  // IOC coverage: "The 141st session of the IOC will be held in Mumbai from 15th to 17th October"
  // named no meeting (a body by its acronym alone after "session of the"), so its dates met nothing.
  it('a numbered meeting "of the" body by its acronym is that body\'s meeting, and its dates are compared; not when the acronym qualifies a noun after it', () => {
    const quint = 'IOC in Mumbai\nPublished: 14 Oct. 2023\n\nThe 141st session of the IOC will be held in Mumbai from 15th to 17th October.\n';
    const other = 'IOC in Mumbai\nPublished: 13 Oct. 2023\n\nThe 141st IOC Session will be held in Mumbai from October 20 to 22.\n';
    // Days that overlap may both be right (an opening ceremony the day before): no conflict. As
    // many days from another day are the same days told wrong ("from October 14 to 16").
    const overlapping = 'IOC in Mumbai\nPublished: 13 Oct. 2023\n\nThe 141st IOC Session will be held in Mumbai from October 14 to 17.\n';
    const shifted = 'IOC in Mumbai\nPublished: 13 Oct. 2023\n\nThe 141st IOC Session will be held in Mumbai from October 14 to 16.\n';
    const a = analyze('quint.txt', quint);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'meeting').map((m) => [m.text, m.key, quint.slice(m.span.start, m.span.end)]), [['IOC Session', 'meeting:ioc session#141', 'session']]);
    assert.deepEqual(a.facts.map((f) => f.type === 'eventDate' && [f.key, f.day, f.lastDay]), [['meeting:ioc session#141', '2023-10-15', '2023-10-17']]);
    const { corpus: c } = corpusOf({ 'quint.txt': quint, 'other.txt': other });
    const conflicts = c.allConflicts();
    assert.deepEqual(conflicts.map((k) => [k.key, k.sides.map((sd) => sd.value).sort()]), [['meeting:ioc session#141', ['15th to 17th October', 'October 20 to 22']]]);
    assert.equal(corpusOf({ 'quint.txt': quint, 'overlapping.txt': overlapping }).corpus.allConflicts().length, 0);
    assert.equal(corpusOf({ 'quint.txt': quint, 'shifted.txt': shifted }).corpus.allConflicts().length, 1);
    // "the IMF board", "the SCO member states": the acronym names what follows, not who meets.
    for (const text of ['It was the 5th meeting of the IMF board on Monday.', 'The 20th summit of the SCO member states opened on Monday.', 'He marked the 75th anniversary of the UN on Monday.']) {
      const b = analyze('b.txt', `Board\nPublished: 9 Oct. 2023\n\n${text}\n`);
      assert.deepEqual(b.mentions.filter((m) => m.kind === 'meeting').map((m) => m.text), [], text);
    }
  });

  // ECOWAS and EAC coverage: the 66th session of the Authority was four meetings by the way who
  // meets was written around it; "announced … on Sunday, December 15, in Abuja during the 66th
  // Ordinary Session" and "The 23rd Ordinary Summit of the East African Community (EAC) Heads of
  // State, held on November 24, 2023" dated nothing.
  it('a session of a bloc\'s Authority is one meeting however who meets is written; a day "in a place during" a meeting, and one after "(EAC) Heads of State, held on", date it', () => {
    const forms = ['the ECOWAS Authority of Heads of State and Government', 'the Authority of ECOWAS Heads of State and Government', 'the Authority of Heads of State and Government of ECOWAS', 'the ECOWAS Authority'];
    for (const form of forms) {
      const a = analyze('a.txt', `ECOWAS\nPublished: 16 Dec. 2024\n\nThe 66th Ordinary Session of ${form} opened on Sunday.\n`);
      assert.deepEqual(a.facts.map((f) => f.type === 'eventDate' && [f.key, f.day, f.aspect]), [['meeting:ecowas authority session#66', '2024-12-15', 'start']], form);
    }
    const during = 'ECOWAS\nPublished: 16 Dec. 2024\n\nOmar Touray announced the decision on Sunday, December 15, in Abuja during the 66th Ordinary Session of the Authority of ECOWAS Heads of State and Government.\n';
    assert.deepEqual(analyze('d.txt', during).facts.map((f) => f.type === 'eventDate' && [f.key, f.day, f.aspect ?? 'held']), [['meeting:ecowas authority session#66', '2024-12-15', 'held']]);
    // A journey's day is not the meeting's, with a place between or not.
    const arrived = 'ECOWAS\nPublished: 16 Dec. 2024\n\nHe arrived on Sunday in Abuja for the 66th Ordinary Session of the ECOWAS Authority.\n';
    assert.deepEqual(analyze('r.txt', arrived).facts, []);
    // Without the bloc's name it is the same session, where the corpus knows one bloc's 66th.
    const bare = 'ECOWAS\nPublished: 16 Dec. 2024\n\nThe 66th Ordinary Session of the Authority of Heads of State and Government opened on Sunday.\n';
    const named = 'ECOWAS\nPublished: 16 Dec. 2024\n\nThe 66th Ordinary Session of the ECOWAS Authority closed on Sunday.\n';
    assert.deepEqual(sourcesAt(corpusOf({ 'bare.txt': bare, 'named.txt': named }).corpus, 'bare.txt', bare, 'Session'), ['bare.txt', 'named.txt']);
    const eac = 'EAC\nPublished: 25 Nov. 2023\n\nThe 23rd Ordinary Summit of the East African Community (EAC) Heads of State, held on November 24, 2023, in Arusha, Tanzania, admitted Somalia.\n';
    assert.deepEqual(analyze('e.txt', eac).facts.map((f) => f.type === 'eventDate' && [f.key, f.day]), [['meeting:east africa community summit#23', '2023-11-24']]);
  });
});

describe('numbered meetings: extraordinary ones numbered apart', () => {
  const wire = (day: string, body: string) => `ECOWAS\nPublished: ${day}, 10:00\n\nABUJA (Reuters) -- ${body}\n`;
  // ECOWAS's second extraordinary summit on Niger (10 August 2023) is not its second summit; nor is the AU
  // Assembly's 2nd Extraordinary Session its 2nd (ordinary) one.
  it('an extraordinary, special or emergency meeting with a number is keyed and joined apart from the ordinary one', () => {
    const a = wire('11 Aug. 2023', 'The second ECOWAS Extraordinary Summit was held in Abuja on August 10.');
    const b = wire('6 Mar. 2023', 'The second ECOWAS summit was held in Abuja on March 5.');
    const c = wire('11 Aug. 2023', 'The 2nd Extraordinary Session of the AU Assembly was held on August 10.');
    const d = wire('6 Mar. 2023', 'The 2nd Ordinary Session of the AU Assembly was held on March 5.');
    const e = wire('12 Aug. 2023', 'The second extraordinary ECOWAS summit was held in Abuja on August 11.');
    assert.deepEqual([a, b, c, d, e].map((t) => analyze('x.txt', t).mentions.filter((m) => m.kind === 'meeting').map((m) => m.key)), [
      ['meeting:ecowas extraordinary summit#2'], ['meeting:ecowas summit#2'], ['meeting:au assembly extraordinary session#2'], ['meeting:au assembly session#2'], ['meeting:ecowas extraordinary summit#2'],
    ]);
    assert.deepEqual(corpusOf({ 'a.txt': a, 'b.txt': b, 'c.txt': c, 'd.txt': d, 'e.txt': e }).corpus.allConflicts().map((x) => [x.key, x.sides.map((s) => `${s.label}: ${s.value}`)]), [
      ['meeting:ecowas extraordinary summit#2', ['a.txt: August 10', 'e.txt: August 11']],
    ]);
  });
});

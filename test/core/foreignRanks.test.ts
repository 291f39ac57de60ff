// Ranks written as one German word ("Generalleutnant") and misspelt ranks ("Superintendant").

import * as assert from 'assert';
import { analyze, corpusOf } from './helpers';

describe('foreign ranks: German ranks in one word', () => {
  // "Generalleutnant Armeegeneral …" became part of the name ("Armeegeneral Thierry Burkhard").
  it('"Generalleutnant", "Vizeadmiral" and "Armeegeneral" are the ranks other sources write in English', () => {
    const t = 'Bundeswehr\nPublished: 2023-03-15\n\nGeneralleutnant Carsten Breuer wird Generalinspekteur. Vizeadmiral Jan Christian Kaack und Armeegeneral Thierry Burkhard gratulierten.\n';
    const a = analyze('de.txt', t);
    assert.deepEqual(a.facts.flatMap((f) => (f.type === 'title' ? [[f.key, f.title.text, f.title.rank]] : [])), [
      ['person:carstenbreuer', 'Generalleutnant', 'lieutenant general'], ['person:janchristiankaack', 'Vizeadmiral', 'vice admiral'],
      ['person:thierryburkhard', 'Armeegeneral', 'general'],
    ]);
  });

  it('a German source\'s "Generalleutnant" and an English source\'s "Major General" disagree; "Lt. Gen." agrees', () => {
    const { corpus } = corpusOf({
      'de.txt': 'Bundeswehr\nPublished: 2023-03-15\n\nGeneralleutnant Carsten Breuer wird Generalinspekteur.\n',
      'en.txt': 'Bundeswehr\nPublished: 2023-03-14\n\nMajor General Carsten Breuer is planned as the successor.\n',
      'ru.txt': 'Bundeswehr\nPublished: 2023-03-15\n\nLt. Gen. Carsten Breuer spoke on Wednesday.\n',
    });
    const conflicts = corpus.conflictsIn('file:///fixtures/de.txt');
    assert.deepEqual(conflicts.map((c) => [c.fact, c.sides.map((s) => s.value).sort()]), [['rank', ['Generalleutnant', 'Lt. Gen.', 'Major General']]]);
  });
});

describe('foreign ranks: misspelt ranks', () => {
  it('"Detective Chief Superintendant" is the office of a superintendent, and the name is hers', () => {
    const t = 'Parade\nPublished: 2025-05-27\n\nDetective Chief Superintendant Karen Jaundrill said so.\n';
    const a = analyze('supt.txt', t);
    assert.deepEqual(a.facts.flatMap((f) => (f.type === 'title' ? [[f.key, f.title.office]] : [])), [['person:karenjaundrill', 'detective chief superintendent']]);
  });
});

describe('foreign ranks: grades are no ranks', () => {
  // "Vice Adm. Kim Myung-soo, a three-star general," gave the admiral the rank "general".
  it('"a three-star general" after a name says his grade, not a rank to compare', () => {
    const t = 'Reshuffle\nPublished: 2023-10-30\n\nThe promotion of Naval Operations Commander Vice Adm. Kim Myung-soo, a three-star general, was noted. John Smith, a retired general, spoke.\n';
    const a = analyze('grade.txt', t);
    assert.deepEqual(a.facts.flatMap((f) => (f.type === 'title' ? [[f.key, f.title.text, f.title.rank]] : [])), [
      ['person:kimyunksu', 'Naval Operations Commander Vice Adm.', 'vice admiral'], ['person:kimyunksu', 'a three-star general', undefined],
      ['person:johnsmith', 'a retired general', undefined],
    ]);
  });
});

describe('foreign ranks: Commonwealth grades', () => {
  // "chaired by Brigadier Freeman Mugabe" named no one: "Brigadier" was read only as the start of "Brigadier General".
  it('"Brigadier" and "Brig" alone are a rank, and the name after them a person\'s', () => {
    const t = 'Court martial\nPublished: 2024-11-20\n\nThe court, chaired by Brigadier Freeman Mugabe, sat. Brig Robert Freeman said little.\n';
    const a = analyze('brig.txt', t);
    assert.deepEqual(a.facts.flatMap((f) => (f.type === 'title' ? [[f.key, f.title.text, f.title.rank]] : [])), [
      ['person:freemanmugabe', 'Brigadier', 'brigadier general'], ['person:robertfreeman', 'Brig', 'brigadier general'],
    ]);
  });

  it('a "Brigadier" is the "Brigadier-General" of another source, and not a "Major General"', () => {
    const { corpus } = corpusOf({
      'a.txt': 'Court martial\nPublished: 2024-11-20\n\nThe court, chaired by Brigadier Freeman Mugabe, sat on Wednesday.\n',
      'b.txt': 'Court martial\nPublished: 2024-11-20\n\nThe court, presided over by Brigadier-General Freeman Mugabe, sat.\n',
      'c.txt': 'Court martial\nPublished: 2024-11-21\n\nMajor General Freeman Mugabe chaired the court martial.\n',
    });
    assert.deepEqual(corpus.conflictsIn('file:///fixtures/a.txt').map((c) => [c.fact, c.sides.map((s) => s.value).sort()]), [
      ['rank', ['Brigadier', 'Brigadier General', 'Major General']],
    ]);
    corpus.delete('file:///fixtures/c.txt');
    assert.deepEqual(corpus.conflictsIn('file:///fixtures/a.txt'), []);
  });
});

describe('foreign ranks: "Senior" before a rank', () => {
  // Vietnamese coverage: "Senior Lieutenant General Luong Tam Quang" was a "Lieutenant General"
  // (the "Senior" stripped as an opening word), and the Chinese "Senior Colonel Wu Qian" a "Colonel".
  it('"Senior Colonel", "Senior Lieutenant" and "Senior Lieutenant General" are ranks of their own', () => {
    const t = 'Hanoi\nPublished: 2024-08-04\n\nSenior Lieutenant General Luong Tam Quang spoke. He met Senior Colonel Wu Qian and Senior Lieutenant Ivan Petrov. Senior officials agreed.\n';
    assert.deepEqual(analyze('vn.txt', t).facts.flatMap((f) => (f.type === 'title' ? [[f.key, f.title.text, f.title.rank]] : [])), [
      ['person:luongtamquang', 'Senior Lieutenant General', 'colonel general'], ['person:wuqian', 'Senior Colonel', 'senior colonel'],
      ['person:ivanpetrov', 'Senior Lieutenant', 'senior lieutenant'],
    ]);
  });

  it('a "Senior Lieutenant General" is the "Colonel General" of another translation, and not a "Lieutenant General"', () => {
    const { corpus } = corpusOf({
      'a.txt': 'Hanoi\nPublished: 2024-08-04\n\nSenior Lieutenant General Luong Tam Quang spoke on Saturday.\n',
      'b.txt': 'Hanoi\nPublished: 2024-08-05\n\nColonel General Luong Tam Quang spoke on Sunday.\n',
      'c.txt': 'Hanoi\nPublished: 2024-08-06\n\nLieutenant General Luong Tam Quang spoke on Monday.\n',
    });
    assert.deepEqual(corpus.conflictsIn('file:///fixtures/a.txt').map((c) => [c.fact, c.sides.map((s) => s.value).sort()]), [
      ['rank', ['Colonel General', 'Lieutenant General', 'Senior Lieutenant General']],
    ]);
    corpus.delete('file:///fixtures/c.txt');
    assert.deepEqual(corpus.conflictsIn('file:///fixtures/a.txt'), []);
  });
});

describe('ranks whose last word is elsewhere a post\'s', () => {
  // A Florida paper's "Wing Commander Shubhanshu Shukla" against every Indian source's "Group Captain".
  it('"Wing Commander", "Lieutenant Commander" and "Squadron Leader" are ranks; "Commander" alone stays a post', () => {
    const t = 'Ax-4\nPublished: 2025-06-25\n\nPilot Wing Commander Shubhanshu Shukla flew. Lieutenant Commander Ann Loe and Squadron Leader Jane Doe watched. Commander John Roe spoke.\n';
    const a = analyze('ax4.txt', t);
    assert.deepEqual(a.facts.flatMap((f) => (f.type === 'title' ? [[f.key, f.title.text, f.title.rank ?? null, f.title.office ?? null]] : [])), [
      ['person:shubhanshushukla', 'Pilot Wing Commander', 'wing commander', null], ['person:annloe', 'Lieutenant Commander', 'lieutenant commander', null],
      ['person:janedoe', 'Squadron Leader', 'squadron leader', null], ['person:johnroe', 'Commander', null, 'commander'],
    ]);
  });

  it('"Wing Commander" and "Group Captain" of one officer on one day disagree', () => {
    const { corpus } = corpusOf({
      'hindu.txt': 'Ax-4\nPublished: 2025-06-25\n\nGroup Captain Shubhanshu Shukla lifted off on Wednesday.\n',
      'florida.txt': 'Ax-4\nPublished: 2025-06-25\n\nPilot Wing Commander Shubhanshu Shukla of the Indian Air Force lifted off on Wednesday.\n',
    });
    assert.deepEqual(corpus.allConflicts().map((c) => [c.fact, c.sides.map((s) => s.value).sort()]), [['rank', ['Group Captain', 'Wing Commander']]]);
  });
});

describe('foreign ranks: Francophone Africa\'s "Colonel-Major"', () => {
  // A Malian liveblog's "Colonel-Major Ismaël Wagué" was keyed "colonelmajorismaelwague", apart from
  // "Col.-Maj. Ismael Wague" (read as a major), so his two posts were never compared.
  it('"Colonel-Major" and "Col.-Maj." are one grade before the name, which a "Colonel" does not contradict; a "Major" does', () => {
    const t = 'Bamako\nPublished: 2020-08-19\n\nColonel-Major Ismaël Wagué, the deputy chief of staff of the air force, read the statement. Col.-Maj. Ann Roe spoke.\n';
    const a = analyze('ml.txt', t);
    assert.deepEqual(a.facts.flatMap((f) => (f.type === 'title' ? [[f.key, f.title.text, f.title.rank ?? f.title.office]] : [])), [
      ['person:ismaelwague', 'Colonel-Major', 'colonel major'], ['person:ismaelwague', 'the deputy chief of staff of the air force', 'staff air force deputy chief'],
      ['person:annroe', 'Col.-Maj.', 'colonel major'],
    ]);
    const { corpus } = corpusOf({
      'ml.txt': t,
      'fr.txt': 'Bamako\nPublished: 2020-08-19\n\nColonel Ismael Wague, the air force chief of staff, and Major Ann Roe read it.\n',
    });
    assert.deepEqual(corpus.allConflicts().map((c) => [c.key, c.fact, c.sides.map((s) => s.value).sort()]), [
      ['person:ismaelwague', 'office', ['the air force chief of staff', 'the deputy chief of staff of the air force']],
      ['person:annroe', 'rank', ['Col. Maj.', 'Major']],
    ]);
  });
});

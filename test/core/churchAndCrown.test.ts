// Popes, monarchs and clergy: regnal names, styles ("the Right Reverend"), dioceses and synods.

import * as assert from 'assert';
import { analyze, corpusOf, titleFacts } from './helpers';
import type { ArticleAnalysis } from '../../server/src/core/model';

const titles = titleFacts;
const named = (a: ArticleAnalysis, kinds: string[]) => a.mentions.filter((m) => kinds.includes(m.kind)).map((m) => [m.kind, m.text]);

describe('church and crown: regnal names', () => {
  // "Archbishop Francis Leo of Toronto … Pope Francis": the pope was read as the archbishop,
  // who then carried the title "Pope".
  it('"Pope Francis" is not a fuller "Francis Leo"; "King Charles" is "King Charles III"', () => {
    const t = [
      'New cardinals',
      'Published: 2024-12-07',
      '',
      'Archbishop Francis Leo of Toronto was made a cardinal by Pope Francis. Charles Michel was there, and King Charles III spoke. Later King Charles left.',
      '',
    ].join('\n');
    const a = analyze('regnal.txt', t);
    assert.deepEqual(titles(a), [
      ['person:francisleo', 'Archbishop'], ['person:popefrancis', 'Pope'], ['person:charlesiii', 'King'], ['person:charlesiii', 'King'],
    ]);
  });

  it('a pope named by one name is one person across sources, and the article\'s later "Francis" is his', () => {
    const { corpus, analysis } = corpusOf({
      'a.txt': 'Consistory\nPublished: 2024-12-07\n\nPope Francis created 21 cardinals on Saturday. Francis urged them to be humble.\n',
      'b.txt': 'Consistory\nPublished: 2024-12-08\n\nPope Francis elevated 21 prelates in St. Peter\'s Basilica.\n',
    });
    const keys = analysis('a.txt').mentions.filter((m) => m.kind === 'person').map((m) => [m.text, m.key]);
    assert.deepEqual(keys, [['Francis', 'person:popefrancis'], ['Francis', 'person:popefrancis']]);
    assert.deepEqual(corpus.sourcesOf('person:popefrancis').map((s) => s.label).sort(), ['a.txt', 'b.txt']);
    // Shown with the office as written, not as a bare "Francis".
    assert.equal(corpus.nameOf('person:popefrancis'), 'Pope Francis');
  });

  // "in St. Peter's Square for Pope Leo XIV's inauguration" gave Leo the title "St. Peter's Square for Pope".
  it('after "for", a title and a name start a chunk of their own', () => {
    const t = [
      'Inauguration',
      'Published: 2025-05-18',
      '',
      "Thousands gathered in St. Peter's Square for Pope Leo XIV's inauguration Mass. She spoke in Representatives Hall Thursday for Gov. Kelly Ayotte's inauguration.",
      '',
      'The Minister for Foreign Affairs Penny Wong said so.',
      '',
    ].join('\n');
    const a = analyze('for.txt', t);
    assert.deepEqual(titles(a), [['person:leoxiv', 'Pope'], ['person:kellyayotte', 'Gov.'], ['person:pennywong', 'Minister for Foreign Affairs']]);
    assert.deepEqual(named(a, ['place']), [['place', "St. Peter's Square"]]);
  });
});

describe('church and crown: styles and bodies', () => {
  // "the Right Reverend and Right Honourable Dame Sarah Mullally" gave her the title "Right"
  // and made "Right Reverend" a person.
  it('"Right Reverend", "Rt Hon", "Most Rev." are styles: no title, no person', () => {
    const t = [
      'Canterbury',
      'Published: 2025-10-03',
      '',
      'The King approved the nomination of the Right Reverend and Right Honourable Dame Sarah Mullally. The Rt Revd and Rt Hon Dame Sarah Mullally said so.',
      '',
      'The Very Rev. John Smith and Most Rev. Timothy Broglio spoke, as did Archbishop of York Stephen Cottrell.',
      '',
    ].join('\n');
    const a = analyze('styles.txt', t);
    assert.deepEqual(named(a, ['person']).map(([, n]) => n), ['Sarah Mullally', 'Sarah Mullally', 'John Smith', 'Timothy Broglio', 'Stephen Cottrell']);
    assert.deepEqual(titles(a), [['person:stevencottrell', 'Archbishop of York']]);
  });

  // A State Department release: "to attend the Inauguration of His Excellency Rodrigo Paz Pereira
  // as President" gave him the title "Inauguration of His".
  it('what "of His Excellency" or "of Her Majesty" follows is the occasion or the thing, no title', () => {
    const t = 'Delegation\nPublished: 6 Nov. 2025\n\nThe delegation will attend the Inauguration of His Excellency Rodrigo Paz Pereira as President of Bolivia. A portrait of Her Majesty Queen Camilla hung in the hall. The Office of His Highness Sheikh Mohammed bin Rashid Al Maktoum said so.\n';
    const a = analyze('inauguration.txt', t);
    assert.deepEqual(named(a, ['person']).map(([, n]) => n), ['Rodrigo Paz Pereira', 'Camilla', 'Mohammed bin Rashid Al Maktoum']);
    assert.deepEqual(titles(a), [['person:queencamilla', 'Queen']]);
  });

  // Coverage of Leo XIV's first Sunday: "he recited the Regina Caeli prayer" made a person
  // "Regina Caeli", in six sources.
  it('a prayer or a blessing ("the Regina Caeli", "Urbi et Orbi", "the Angelus") is no person; "Regina Smith" is', () => {
    const t = 'Sunday\nPublished: 11 May 2025\n\nPope Leo XIV recited the Regina Caeli prayer, gave the Urbi et Orbi blessing and led the Angelus. Regina Smith, a pilgrim from Ohio, watched.\n';
    const a = analyze('prayers.txt', t);
    assert.deepEqual(named(a, ['person']).map(([, n]) => n), ['Leo XIV', 'Regina Smith']);
  });

  // "the General Synod" was a general named Synod; "the Archbishop of The Roman Catholic
  // Archdiocese of Washington" a person "Roman Catholic Archdiocese".
  it('a diocese, an archdiocese, a synod and a dicastery are bodies', () => {
    const t = [
      'Installed',
      'Published: 2025-03-11',
      '',
      'Cardinal McElroy, the Archbishop of The Roman Catholic Archdiocese of Washington, spoke after the General Synod voted and the Diocese of San Diego and the Dicastery for Evangelisation sent greetings.',
      '',
    ].join('\n');
    const a = analyze('bodies.txt', t);
    assert.deepEqual(named(a, ['organization', 'person']), [
      ['person', 'McElroy'], ['organization', 'Roman Catholic Archdiocese of Washington'], ['organization', 'General Synod'],
      ['organization', 'Diocese of San Diego'], ['organization', 'Dicastery for Evangelisation'],
    ]);
  });
});

describe('church and crown: a royal style of two words', () => {
  // Jordanian and Liechtenstein coverage: "Queen Dowager Noor" and "Prince Regent Luis" were people named "Dowager Noor" and "Regent Luis".
  it('"Dowager" and "Regent" after a royal title are part of it, not the name', () => {
    const a = analyze('royal.txt', 'Royals\nPublished: 3 May 2025\n\nQueen Dowager Noor came and Prince Regent Luis spoke. Regent Street was busy.\n');
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'person').map((m) => [m.text, m.title?.text]), [['Noor', 'Queen Dowager'], ['Luis', 'Prince Regent']]);
    assert.deepEqual(named(a, ['place']), [['place', 'Regent Street']]);
  });

  // Conclave coverage: "Luis Antonio Cardinal Tagle" had the title "Luis Antonio Cardinal", an
  // office no "Cardinal Luis Antonio Tagle" of another source holds.
  it('"Given Cardinal Surname", the old style, is the cardinal of that given name and surname, one person with "Cardinal Given Surname"', () => {
    const t = 'Conclave\nPublished: 2025-05-06\n\nThe favourites were Luis Antonio Cardinal Tagle of the Philippines and Pietro Cardinal Parolin. The Stanford Cardinal won again.\n';
    const a = analyze('old.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'person').map((m) => [m.text, m.key, t.slice(m.span.start, m.span.end), t.slice(m.fullSpan.start, m.fullSpan.end), m.title?.text]), [
      ['Luis Antonio Tagle', 'person:luisantoniotagle', 'Luis Antonio Cardinal Tagle', 'Luis Antonio Cardinal Tagle', 'Cardinal'],
      ['Pietro Parolin', 'person:pietroparolin', 'Pietro Cardinal Parolin', 'Pietro Cardinal Parolin', 'Cardinal'],
    ]);
    const { corpus } = corpusOf({
      'a.txt': t,
      'b.txt': 'Conclave\nPublished: 2025-05-06\n\nCardinal Luis Antonio Tagle, the pro-prefect, arrived in Rome.\n',
    });
    assert.deepEqual(corpus.sourcesOf(corpus.entityOf('person:luisantoniotagle')).map((s) => s.label).sort(), ['a.txt', 'b.txt']);
    assert.deepEqual(corpus.allConflicts(), []);
  });

  // A State Department release: "the Embassy of His Majesty King Charles III" gave him the office
  // "Embassy of His Majesty King".
  it('a body before "of His Majesty" is no part of the title of the one the style names', () => {
    const t = 'Reception\nPublished: 2025-06-02\n\nA reception was held at the Embassy of His Majesty King Charles III in Washington. The Government of His Majesty King Mohammed VI welcomed it.\n';
    const a = analyze('embassy.txt', t);
    assert.deepEqual(titles(a), [['person:charlesiii', 'King'], ['person:mohammedvi', 'King']]);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'person').map((m) => t.slice(m.fullSpan.start, m.fullSpan.end)), ['King Charles III', 'King Mohammed VI']);
  });
});

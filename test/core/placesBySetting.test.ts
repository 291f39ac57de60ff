// A two-word name nothing marks as a person's ("Mae Sot", "Siem Reap": "Mae" and "Siem" are
// given names too) is a place when its setting says so: a place noun after it, or a list of places.

import * as assert from 'assert';
import { analyze } from './helpers';

const kinds = (sentence: string) => analyze('p.txt', `Head line\nPublished: 2025-07-25\n\n${sentence}\n`).mentions
  .filter((m) => m.kind !== 'date').map((m) => [m.kind, m.text]);

describe('places by their setting', () => {
  it('"in Siem Reap province", "Kanchanaburi and Ubon Ratchathani provinces": a place noun after the name', () => {
    assert.deepEqual(kinds('The withdrawal reached Banteay Srei District in Siem Reap province.'), [['place', 'Banteay Srei District'], ['place', 'Siem Reap']]);
    assert.deepEqual(kinds('Shelling hit Kanchanaburi and Ubon Ratchathani provinces.'), [['place', 'Ubon Ratchathani']]);
  });

  it('"in Bangkok, Chiang Mai, and Mae Sot": the items of a list of places', () => {
    assert.deepEqual(kinds('The tremor was felt in Bangkok, Chiang Mai, and Mae Sot.'), [['place', 'Bangkok'], ['place', 'Chiang Mai'], ['place', 'Mae Sot']]);
  });

  it('a comma after a place, or one place and a name, makes no list', () => {
    assert.deepEqual(kinds('It was signed by the President of Colombia, Gustavo Petro, and others.'), [['place', 'Colombia'], ['person', 'Gustavo Petro']]);
    assert.deepEqual(kinds('Talks between Thailand and Hun Manet began on Monday.'), [['place', 'Thailand'], ['person', 'Hun Manet']]);
    assert.deepEqual(kinds('In Moldova, Alexandr Stoianoglo, acknowledged defeat.'), [['place', 'Moldova'], ['person', 'Alexandr Stoianoglo']]);
  });

  it('"state" after a name is no place noun: "a state visit", "Le Moniteur states"', () => {
    const m = analyze('s.txt', 'Head line\nPublished: 2025-07-25\n\nThe Emmanuel Macron state visit was cut short.\n').mentions.find((x) => x.text === 'Emmanuel Macron');
    assert.equal(m?.kind, 'person');
  });

  // "in Palm Beach, Florida" and "the Welcoming Dinner at Ayana Komodo Waecicu Beach" were people.
  it('a beach is a place, however many words name it', () => {
    assert.deepEqual(kinds('The president spoke in Palm Beach, Florida, on Friday.'), [['place', 'Palm Beach'], ['place', 'Florida']]);
    assert.deepEqual(kinds('The dinner was held at Ayana Komodo Waecicu Beach.'), [['place', 'Ayana Komodo Waecicu Beach']]);
  });

  // "Sultan of Brunei Darussalam Hassanal Bolkiah" was a person "Darussalam Hassanal Bolkiah".
  it('"Brunei Darussalam" is the country, not the start of the name after it', () => {
    assert.deepEqual(kinds('The Sultan of Brunei Darussalam Hassanal Bolkiah arrived.').filter(([k]) => k === 'person'), [['person', 'Hassanal Bolkiah']]);
    assert.deepEqual(kinds("Brunei Darussalam's Sultan Hassanal Bolkiah arrived."), [['place', 'Brunei Darussalam'], ['person', 'Hassanal Bolkiah']]);
  });

  // "Commonwealth Secretary-General Patricia Scotland" and "Prime Minister Luis Montenegro" named no one.
  it('a country\'s name after a title and a given name is a surname', () => {
    assert.deepEqual(kinds('Commonwealth Secretary-General Patricia Scotland spoke, and so did Prime Minister Luis Montenegro.'), [['person', 'Patricia Scotland'], ['person', 'Luis Montenegro']]);
    // Without a title, a given name before a country may be a city's name run into it.
    assert.deepEqual(kinds('He flew to Florence Italy on Monday.'), []);
  });

});

// A titled surname an article never names in full ("President Trump") is joined, for hover and
// navigation only, to the one person of that surname the corpus gives that title.

import { strict as assert } from 'assert';
import * as v8 from 'v8';
import { Corpus, type CorpusSnapshot } from '../../server/src/core/corpus';
import { hoverAt } from '../../server/src/core/service/hover';
import { definitionAt, referencesAt } from '../../server/src/core/service/navigation';
import { packAnalysis } from '../../server/src/core/storedArticle';
import { analyze, corpusOf, offsetOf, slice, uriOf } from './helpers';

const PRESIDENT = 'Tariffs\nPublished: 3 March 2025\n\nPresident Donald Trump signed the order on Monday. Melania Trump said she was proud.\n';
const TITLED = 'Tariffs stay\nPublished: 4 March 2025\n\nPresident Trump said on Tuesday that the tariffs would stay. Trump said talks with Canada went well.\n';

describe('titled surnames joined across the corpus', () => {
  it('"President Trump" in an article that never names him goes to the one Trump the corpus calls President: hover, definition, references', () => {
    const { corpus: c, uri: u } = corpusOf({ 'a.txt': PRESIDENT, 'b.txt': TITLED });
    const h = hoverAt(c, u('b.txt'), offsetOf(TITLED, 'Trump said'))!;
    assert.equal(slice(TITLED, h.span), 'Trump');
    assert.equal(h.markdown.split('\n')[0], '**Donald Trump** · person · 2 sources · 3 mentions');
    assert.ok(h.markdown.includes('- `b.txt` (2025-03-04): President'), h.markdown);
    const defs = definitionAt(c, u('b.txt'), offsetOf(TITLED, 'Trump said talks'));
    assert.deepEqual(defs.map((d) => [d.uri, slice(PRESIDENT, d.span)]), [[u('a.txt'), 'Donald Trump']]);
    const refs = referencesAt(c, u('a.txt'), offsetOf(PRESIDENT, 'Donald Trump'));
    assert.deepEqual(refs.map((r) => [r.uri.split('/').pop(), slice(r.uri === u('a.txt') ? PRESIDENT : TITLED, r.span)]), [['a.txt', 'Donald Trump'], ['b.txt', 'Trump'], ['b.txt', 'Trump']]);
    assert.equal(refs[1].span.start, TITLED.indexOf('Trump said'));
    // Melania Trump is a Trump too, but not the one called President.
    assert.notEqual(c.mentionAt(u('b.txt'), offsetOf(TITLED, 'Trump said'))!.entity, c.mentionAt(u('a.txt'), offsetOf(PRESIDENT, 'Melania'))!.entity);
    // The counts and the name the corpus shows are the full name's, and no conflict comes of the join.
    assert.equal(c.nameOf(c.mentionAt(u('b.txt'), offsetOf(TITLED, 'Trump said'))!.entity), 'Donald Trump');
    assert.deepEqual(c.allConflicts(), []);
  });

  it('a surname two people carry goes to the one of that office; with another office, or a deputy\'s, to no one', () => {
    const a = 'Arrest\nPublished: 11 March 2025\n\nPresident Ferdinand Marcos Jr. spoke on Tuesday. Sen. Imee Marcos criticised the arrest.\n';
    const b = 'Hearing\nPublished: 13 March 2025\n\nSen. Marcos opened the hearing on Thursday.\n';
    const d = 'Hearing\nPublished: 12 March 2025\n\nSen. Imee Marcos called a hearing.\n';
    const z = 'EPA\nPublished: 13 March 2025\n\nAdministrator Lee Zeldin spoke on Thursday.\n';
    const e = 'Visit\nPublished: 13 March 2025\n\nPresident Lee arrived in Tokyo on Thursday.\n';
    const f = 'Manila\nPublished: 14 March 2025\n\nVice President Marcos said on Friday she would attend.\n';
    const { corpus: c, uri: u } = corpusOf({ 'a.txt': a, 'b.txt': b, 'd.txt': d, 'e.txt': e, 'f.txt': f, 'z.txt': z });
    const at = (name: string, text: string, needle: string) => c.mentionAt(u(name), offsetOf(text, needle))!;
    assert.equal(at('b.txt', b, 'Marcos opened').entity, at('a.txt', a, 'Imee Marcos').entity);
    assert.equal(at('e.txt', e, 'Lee arrived').entity, 'person@file:///fixtures/e.txt:lee');
    assert.equal(at('f.txt', f, 'Marcos said').entity, 'person@file:///fixtures/f.txt:marcos');
    assert.equal(definitionAt(c, u('e.txt'), offsetOf(e, 'Lee arrived')).length, 0);
  });

  it('a bearer named by one source, without a given name the lists know, is no one to go to: it may be words read as a name', () => {
    const a = 'Arrest\nPublished: 11 March 2025\n\nPresident Ferdinand Marcos Jr. spoke on Tuesday. Sen. Imee Marcos criticised the arrest.\n';
    const b = 'Hearing\nPublished: 13 March 2025\n\nSen. Marcos opened the hearing on Thursday.\n';
    const { corpus: c, uri: u } = corpusOf({ 'a.txt': a, 'b.txt': b });
    assert.equal(c.mentionAt(u('b.txt'), offsetOf(b, 'Marcos opened'))!.entity, 'person@file:///fixtures/b.txt:marcos');
    // "Ferdinand" is a given name the lists know: named once is enough.
    const p = 'Speech\nPublished: 13 March 2025\n\nPresident Marcos spoke on Thursday.\n';
    const g = corpusOf({ 'a.txt': a, 'p.txt': p });
    assert.equal(g.corpus.mentionAt(g.uri('p.txt'), offsetOf(p, 'Marcos spoke'))!.entity, g.corpus.mentionAt(g.uri('a.txt'), offsetOf(a, 'Ferdinand'))!.entity);
  });

  it('follows the corpus: a second bearer of the office makes the surname no one\'s, and removing it gives it back', () => {
    const w = 'Iraq\nPublished: 20 March 2003\n\nPresident George W. Bush ordered the invasion.\n';
    const hw = 'Gulf\nPublished: 17 Jan. 1991\n\nPresident George H.W. Bush ordered the strikes.\n';
    const local = 'Speech\nPublished: 21 March 2003\n\nPresident Bush spoke on Friday.\n';
    const c = new Corpus();
    c.set(analyze('w.txt', w));
    c.set(analyze('local.txt', local));
    const bush = () => c.mentionAt(uriOf('local.txt'), offsetOf(local, 'Bush spoke'))!.entity;
    const wEntity = c.mentionAt(uriOf('w.txt'), offsetOf(w, 'George W.'))!.entity;
    assert.equal(bush(), wEntity);
    assert.deepEqual(c.sourcesOf(wEntity).map((a) => a.label), ['local.txt', 'w.txt']);
    c.set(analyze('hw.txt', hw));
    assert.equal(bush(), 'person@file:///fixtures/local.txt:bush');
    assert.deepEqual(c.sourcesOf(wEntity).map((a) => a.label), ['w.txt']);
    c.delete(uriOf('hw.txt'));
    assert.equal(bush(), wEntity);
    assert.deepEqual(c.sourcesOf(wEntity).map((a) => a.label), ['local.txt', 'w.txt']);
    // And the article naming the president goes: the surname is its own article's again.
    c.delete(uriOf('w.txt'));
    assert.equal(bush(), 'person@file:///fixtures/local.txt:bush');
  });

  it('a restored corpus joins as the live one did, and keeps following changes', () => {
    const live = new Corpus();
    const packs = new Map([['a.txt', PRESIDENT], ['b.txt', TITLED]].map(([n, t]) => [uriOf(n), packAnalysis(analyze(n, t))]));
    for (const p of packs.values()) live.set(p);
    const s = v8.deserialize(v8.serialize(live.snapshot())) as CorpusSnapshot;
    const again = new Corpus();
    assert.equal(again.restore(s, (uri) => packs.get(uri)), true);
    const at = (c: Corpus) => c.mentionAt(uriOf('b.txt'), offsetOf(TITLED, 'Trump said'))!.entity;
    assert.equal(at(again), at(live));
    assert.notEqual(at(again), 'person@file:///fixtures/b.txt:trump');
    assert.deepEqual(again.sourcesOf(at(again)).map((a) => a.label), ['a.txt', 'b.txt']);
    again.delete(uriOf('a.txt'));
    assert.equal(at(again), 'person@file:///fixtures/b.txt:trump');
  });
});

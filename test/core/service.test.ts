import { strict as assert } from 'assert';
import { hoverAt } from '../../server/src/core/service/hover';
import { definitionAt, highlightsAt, referencesAt } from '../../server/src/core/service/navigation';
import { documentSymbols, EntitySearch } from '../../server/src/core/service/symbols';
import { headlineLens, relativeDateHints } from '../../server/src/core/service/editorAids';
import { corpusOf, offsetOf, seedCorpus, SEED_000, SEED_004, slice, spanOf } from './helpers';

describe('language service on the seeds', () => {
  const { corpus, uri, text } = seedCorpus();
  const t0 = text(SEED_000);
  const t4 = text(SEED_004);

  it('hover on "Hegseth" lists both source file names and both titles', () => {
    const at = t0.indexOf('with Hegseth') + 'with '.length + 1;
    const h = hoverAt(corpus, uri(SEED_000), at)!;
    assert.ok(h);
    assert.equal(slice(t0, h.span), 'Hegseth');
    assert.ok(h.markdown.startsWith('**Pete Hegseth** · person · 2 sources'), h.markdown);
    assert.ok(h.markdown.includes(`\`${SEED_000}\``));
    assert.ok(h.markdown.includes(`\`${SEED_004}\``));
    assert.ok(h.markdown.includes('U.S. Defense Secretary'));
    assert.ok(h.markdown.includes('US Defence Secretary'));
    assert.ok(!h.markdown.includes('⚠️'), 'no conflict warning for Hegseth');
  });

  it('hover on Jin in 004 shows the rank conflict', () => {
    const h = hoverAt(corpus, uri(SEED_004), offsetOf(t4, 'Jin and Caine'))!;
    assert.ok(h.markdown.includes('⚠️ Jin Yong-sung: sources disagree on the rank'), h.markdown);
    assert.ok(h.markdown.includes("'Lt. Gen.'"));
  });

  it('hover on an acronym no source spells out counts its sources and says it is not spelled out; once one does, the body it stands for', () => {
    const a = 'Summit\nPublished: 9 Sept. 2023\n\nThe IAEA met on Monday.\n';
    const b = 'Summit\nPublished: 9 Sept. 2023\n\nThe IAEA agreed.\n';
    const { corpus: c, uri: u } = corpusOf({ 'a.txt': a, 'b.txt': b });
    const h = hoverAt(c, u('a.txt'), offsetOf(a, 'IAEA'))!;
    assert.equal(h.markdown.split('\n').slice(0, 3).join('\n'), '**IAEA** · term · 2 sources · 2 mentions\n\n*No source spells it out.*');
    assert.equal(referencesAt(c, u('a.txt'), offsetOf(a, 'IAEA')).length, 2);
    const { corpus: c2, uri: u2 } = corpusOf({ 'a.txt': a, 'd.txt': 'Summit\nPublished: 9 Sept. 2023\n\nThe International Atomic Energy Agency (IAEA) agreed.\n' });
    const h2 = hoverAt(c2, u2('a.txt'), offsetOf(a, 'IAEA'))!;
    assert.ok(h2.markdown.startsWith('**International Atomic Energy Agency** · organisation · 2 sources'), h2.markdown);
    assert.ok(!h2.markdown.includes('spells'));
  });

  // Found in OpenAI board coverage: "OpenAI" said no source spelled it out, as if it were short for something.
  it('hover on a name in mixed case that no source defines ("OpenAI") links its sources but does not call it unspelled', () => {
    const a = 'Board\nPublished: 22 Nov. 2023\n\nOpenAI reinstated its chief on Wednesday.\n';
    const b = 'Board\nPublished: 22 Nov. 2023\n\nThe board of OpenAI agreed.\n';
    const { corpus: c, uri: u } = corpusOf({ 'a.txt': a, 'b.txt': b });
    const h = hoverAt(c, u('b.txt'), offsetOf(b, 'OpenAI'))!;
    assert.equal(h.markdown.split('\n')[0], '**OpenAI** · term · 2 sources · 2 mentions');
    assert.ok(!h.markdown.includes('spells'), h.markdown);
  });

  // Found in Boeing, OpenAI and Apple coverage: "CEO" was one term across eleven sources and companies.
  it('a role, a measure or a label in capitals ("CEO", "GDP", "PHOTOS") and an amount ("R64,000") link nothing; "G20" still does', () => {
    const a = 'PHOTOS: Summit ends\nPublished: 9 Sept. 2023\n\nThe CEO said GDP grew in Q4. The G20 met at 9 a.m. ET. It costs R64,000.\n';
    const b = 'Summit ends\nPublished: 9 Sept. 2023\n\nThe CEO of the bank said GDP fell. The G20 agreed.\n';
    const { corpus: c, uri: u } = corpusOf({ 'a.txt': a, 'b.txt': b });
    for (const w of ['PHOTOS', 'CEO', 'GDP', 'Q4', 'ET', 'R64']) assert.equal(hoverAt(c, u('a.txt'), offsetOf(a, w)), undefined, w);
    assert.equal(referencesAt(c, u('a.txt'), offsetOf(a, 'CEO')).length, 0);
    assert.deepEqual(referencesAt(c, u('a.txt'), offsetOf(a, 'G20')).map((l) => l.uri.split('/').pop()).sort(), ['a.txt', 'b.txt']);
  });

  it('hover on a relative date names the calendar day', () => {
    const h = hoverAt(corpus, uri(SEED_004), offsetOf(t4, 'Tuesday'))!;
    assert.ok(h.markdown.includes('**Tuesday, November 4, 2025**'), h.markdown);
  });

  it('hover on a numbered meeting gives each source\'s day: a day it opens, a span of days', () => {
    const opened = 'Summit opens\nPublished: October 22, 2024\n\nThe 16th BRICS Summit opened in Kazan on Tuesday.\n';
    const preview = 'Summit preview\nPublished: October 20, 2024\n\nThe 16th BRICS Summit is set to take place in Kazan, Russia, on October 22-24.\n';
    const { corpus: c, uri: u } = corpusOf({ 'opened.txt': opened, 'preview.txt': preview });
    const h = hoverAt(c, u('opened.txt'), offsetOf(opened, 'BRICS Summit'))!;
    const rows = h.markdown.split('\n');
    const at = rows.indexOf('**Date by source**');
    assert.deepEqual(rows.slice(at + 1, at + 3), [
      '- `opened.txt` (2024-10-22): opens 2024-10-22 ("Tuesday")',
      '- `preview.txt` (2024-10-20): 2024-10-22 to 2024-10-24 ("October 22-24")',
    ]);
  });

  it('hover on plain words gives nothing', () => {
    assert.equal(hoverAt(corpus, uri(SEED_004), offsetOf(t4, 'meaningful progress')), undefined);
    assert.equal(hoverAt(corpus, 'file:///fixtures/missing.txt', 0), undefined);
  });

  it('definition from "Jin" in 004 goes to the Jin Yong-sung mention in 000', () => {
    const d = definitionAt(corpus, uri(SEED_004), offsetOf(t4, 'Jin and Caine'));
    assert.deepEqual(d, [{ uri: uri(SEED_000), span: spanOf(t0, 'Jin Yong-sung') }]);
  });

  it('definition from the 57th SCM in 000 goes to 004', () => {
    const d = definitionAt(corpus, uri(SEED_000), offsetOf(t0, 'Security Consultative Meeting (SCM)'));
    assert.equal(d.length, 1);
    assert.equal(d[0].uri, uri(SEED_004));
    assert.equal(slice(t4, d[0].span), 'Security Consultative Meeting');
  });

  it('references for Ahn: 3 mentions in 000, 1 in 004', () => {
    const r = referencesAt(corpus, uri(SEED_004), offsetOf(t4, 'Ahn Gyu-back'));
    const by = (u: string) => r.filter((x) => x.uri === u).map((x) => slice(u === uri(SEED_000) ? t0 : t4, x.span));
    assert.deepEqual(by(uri(SEED_000)), ['Ahn Gyu-back', 'Ahn']);
    assert.deepEqual(by(uri(SEED_004)), ['Ahn Gyu-back']);
    const noDecl = referencesAt(corpus, uri(SEED_004), offsetOf(t4, 'Ahn Gyu-back'), false);
    assert.equal(noDecl.length, r.length - 1);
  });

  it('highlights for Jin in 004 are the four mentions in 004', () => {
    const h = highlightsAt(corpus, uri(SEED_004), offsetOf(t4, 'Jin Yong-sung'));
    assert.deepEqual(h.map((s) => slice(t4, s)), ['Jin Yong-sung', 'Jin', 'Jin', 'Jin']);
  });

  it('document symbols group people, with Jin Yong-sung among them', () => {
    const s = documentSymbols(corpus, uri(SEED_004));
    const people = s.find((g) => g.name === 'People')!;
    assert.ok(people);
    const jin = people.children.find((c) => c.name === 'Jin Yong-sung')!;
    assert.equal(jin.detail, '4 mentions');
    assert.deepEqual(jin.selection, spanOf(t4, 'Jin Yong-sung'));
    const meetings = s.find((g) => g.name === 'Meetings and events')!;
    assert.ok(meetings.children.some((c) => c.name === 'Security Consultative Meeting'));
  });

  it('entity search finds Hegseth by a misspelling', () => {
    const hits = new EntitySearch(corpus).search('Hegsett', 5);
    assert.equal(hits[0]?.name, 'Pete Hegseth');
    assert.equal(hits[0].sourceCount, 2);
    assert.equal(hits[0].kind, 'person');
  });

  it('relative date hints in 004: "Monday" → 2025-11-03, "Tuesday" → 2025-11-04', () => {
    const hints = relativeDateHints(corpus, uri(SEED_004), { start: 0, end: t4.length });
    const labels = hints.map((h) => [t4.slice(h.offset - 7, h.offset).trim(), h.label]);
    assert.deepEqual(labels, [['Monday', ' → 2025-11-03'], ['Monday', ' → 2025-11-03'], ['Tuesday', ' → 2025-11-04']]);
    assert.equal(hints[2].offset, spanOf(t4, 'Tuesday').end);
  });

  it('relative date hints respect the range', () => {
    const s = spanOf(t4, 'Defence Minister Ahn Gyu-back');
    const hints = relativeDateHints(corpus, uri(SEED_004), { start: s.start, end: t4.length });
    assert.equal(hints.length, 1);
    assert.equal(hints[0].label, ' → 2025-11-04');
  });

  it('headline lens on 000 reads "2 sources · 1 conflict" at the headline', () => {
    const l = headlineLens(corpus, uri(SEED_000))!;
    assert.equal(l.title, '2 sources · 1 conflict');
    assert.deepEqual(l.span, { start: 0, end: 0 });
  });

  it('headline lens on 004 (no headline) sits on the first body paragraph', () => {
    const l = headlineLens(corpus, uri(SEED_004))!;
    assert.equal(l.title, '2 sources · 1 conflict');
    assert.equal(l.span.start, t4.indexOf('The top military officers'));
  });
});

describe('hover: titles not (or no longer) held', () => {
  it('says "acting or incoming" for a President-elect and "formerly" for a former title, per source', () => {
    const a = 'Credit\nPublished: 16 Jan. 2025\n\nPresident-elect Donald Trump took credit for the deal.\n';
    const b = 'Deal\nPublished: 20 Jan. 2025\n\nFormer President Donald Trump spoke on Monday.\n';
    const { corpus, uri } = corpusOf({ 'elect.txt': a, 'former.txt': b });
    const h = hoverAt(corpus, uri('elect.txt'), a.indexOf('Donald Trump') + 2)!;
    assert.ok(h.markdown.startsWith('**Donald Trump** · person · 2 sources'), h.markdown);
    assert.ok(h.markdown.includes('`elect.txt` (2025-01-16): acting or incoming: President-elect'), h.markdown);
    assert.ok(h.markdown.includes('`former.txt` (2025-01-20): formerly President'), h.markdown);
  });

  it('does not say "formerly" before a title that says "former" itself', () => {
    const a = 'Charges\nPublished: 29 June 2024\n\nPete Arredondo, the former police chief of the Uvalde school district, was charged.\n';
    const { corpus, uri } = corpusOf({ 'uvalde.txt': a });
    const h = hoverAt(corpus, uri('uvalde.txt'), a.indexOf('Pete Arredondo') + 2)!;
    assert.ok(h.markdown.includes('`uvalde.txt` (2024-06-29): the former police chief of the Uvalde school district'), h.markdown);
    assert.ok(!h.markdown.includes('formerly'), h.markdown);
  });
});

import { strict as assert } from 'assert';
import { analyze, blockAt, fixture, mentionAtText, seed, SEED_000, SEED_004, slice, spanOf } from './helpers';

describe('parseArticle: seeds', () => {
  const t0 = seed(SEED_000);
  const t4 = seed(SEED_004);
  const a0 = analyze(SEED_000, t0);
  const a4 = analyze(SEED_004, t4);

  it('reads the headline and the publication day of 000', () => {
    assert.equal(a0.meta.headline?.text, 'Opcon transfer progress top of agenda for Seoul-Washington security meeting');
    assert.deepEqual(a0.meta.headline?.span, spanOf(t0, 'Opcon transfer progress top of agenda for Seoul-Washington security meeting'));
    assert.equal(a0.meta.published?.day, '2025-10-27');
    assert.equal(a0.meta.published?.from, 'published');
    assert.equal(a0.meta.updated?.day, '2025-10-27');
    assert.equal(a0.meta.byline?.text, 'SHIM SEOK-YONG');
  });

  it('reads 004 as published 2025-11-03 from its "date 2025-11-03 Seoul, Nov 3" dateline', () => {
    assert.equal(a4.meta.published?.day, '2025-11-03');
    assert.equal(a4.meta.published?.from, 'dateline');
    assert.equal(slice(t4, a4.meta.published!.span), '2025-11-03');
  });

  it('004 has no headline made up from page furniture', () => {
    const h = a4.meta.headline?.text ?? '';
    assert.ok(!/Standards Board|date 2025/.test(h), `headline was ${JSON.stringify(h)}`);
  });

  it('photo captions in 000 are captions, not body', () => {
    for (const needle of ['Then-Defense Minister Kim Yong-hyun', 'Yoon Bong-hee, acting director general']) {
      const b = blockAt(a0, t0.indexOf(needle));
      assert.equal(b?.kind, 'caption', needle);
      assert.equal(b?.reason, 'photo caption');
    }
  });

  it('the translation note, the comment prompt and the disclaimer are boilerplate', () => {
    assert.equal(blockAt(a0, t0.indexOf('This article was originally written in Korean'))?.kind, 'boilerplate');
    assert.equal(blockAt(a0, t0.indexOf('To write comments, please log in'))?.kind, 'boilerplate');
    assert.equal(blockAt(a4, t4.indexOf('Disclaimer: This post has been auto-published'))?.kind, 'boilerplate');
  });

  // Bangladeshi coverage: "Related topic: Quota reform movement, Sheikh Hasina, Army chief" made
  // Hasina the army chief.
  it('a page\'s labels ("Related topic:", "Tags:") are site furniture, and give no titles', () => {
    const t = 'Hasina resigns\nPublished: 5 Aug. 2024\n\nSheikh Hasina resigned on Monday.\nRelated topic: Quota reform movement, Sheikh Hasina, Army chief\nTags: Bangladesh, Dhaka\nRelated stories\n';
    const a = analyze('labels.txt', t);
    assert.deepEqual(['Related topic', 'Tags:', 'Related stories'].map((s) => blockAt(a, t.indexOf(s))?.kind), ['boilerplate', 'boilerplate', 'boilerplate']);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'person').map((m) => [m.text, m.title?.text]), [['Hasina', undefined], ['Hasina', undefined]]);
  });

  // A broadsheet's "An earlier version said that Nawrocki was sworn in on 5 August" dated the swearing-in wrong.
  it('a correction note, in Markdown\'s emphasis or not, is boilerplate: the wrong fact it quotes is no source\'s', () => {
    const t = 'Nawrocki\nPublished: 5 Dec. 2025\n\nKarol Nawrocki was sworn in on 6 August.\n\n**This article was amended on 5 December 2025.** An earlier version said that Nawrocki was sworn in on 5 August.\n\n**Correction:** An earlier version of this story gave the wrong day.\n\nAn earlier version of this article misstated his age.\n\nThis story has been corrected to show that he is 42.\n';
    const a = analyze('amended.md', t);
    assert.deepEqual(['**This article', '**Correction', 'An earlier version of this article', 'This story has'].map((s) => blockAt(a, t.indexOf(s))?.kind), ['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']);
    assert.deepEqual(a.facts.flatMap((f) => (f.type === 'eventDate' ? [f.day] : [])), ['2025-08-06']);
  });

  it('a body sentence ending "declined to comment." is body, not a comment prompt', () => {
    const t = 'Ministers meet\nPublished: 5 Nov. 2025\n\nDefense Minister Ahn Gyu-back met U.S. Defense Secretary Pete Hegseth in Seoul.\n\nA spokesperson for Gen. Dan Caine declined to comment.\n\nTo comment on this article, please log in.\n';
    const a = analyze('declined.txt', t);
    assert.equal(blockAt(a, t.indexOf('A spokesperson'))?.kind, 'body');
    assert.equal(blockAt(a, t.indexOf('To comment on this'))?.kind, 'boilerplate');
  });

  it('the byline of 000 is a byline block, not body', () => {
    assert.equal(blockAt(a0, t0.indexOf('BY SHIM SEOK-YONG'))?.kind, 'byline');
  });

  it('the story paragraphs are body', () => {
    assert.equal(blockAt(a0, t0.indexOf('Defense Minister Ahn Gyu-back and U.S.'))?.kind, 'body');
    assert.equal(blockAt(a0, t0.indexOf('At a parliamentary audit on Oct. 14'))?.kind, 'body');
    assert.equal(blockAt(a4, t4.indexOf('The top military officers of South Korea'))?.kind, 'body');
    assert.equal(blockAt(a4, t4.indexOf('Defence Minister Ahn Gyu-back and US'))?.kind, 'body');
  });

  it('no mention comes from boilerplate, byline or metadata', () => {
    for (const a of [a0, a4]) {
      for (const m of a.mentions) assert.ok(['headline', 'body', 'caption'].includes(m.block), `${m.text} in ${m.block}`);
    }
  });

  it('blocks never overlap and lie inside the text', () => {
    for (const [a, t] of [[a0, t0], [a4, t4]] as const) {
      const bs = [...a.blocks].sort((x, y) => x.span.start - y.span.start);
      for (let i = 0; i < bs.length; i++) {
        assert.ok(bs[i].span.start < bs[i].span.end && bs[i].span.end <= t.length);
        if (i) assert.ok(bs[i - 1].span.end <= bs[i].span.start, `${bs[i - 1].kind} overlaps ${bs[i].kind}`);
      }
    }
  });
});

describe('parseArticle: Markdown clippings with front matter', () => {
  it('takes title, published, author and the source host from YAML front matter', () => {
    const t = fixture('clipping-yonhap-scm.md');
    const a = analyze('clipping-yonhap-scm.md', t);
    assert.equal(a.meta.format, 'markdown');
    assert.equal(a.meta.headline?.text, 'Allies agree to speed up wartime command transfer at annual defense talks');
    assert.equal(a.meta.published?.day, '2025-11-04');
    assert.equal(a.meta.published?.from, 'frontmatter');
    assert.equal(slice(t, a.meta.published!.span), '2025-11-04');
    assert.equal(a.meta.byline?.text, 'Kim Soo-yeon');
    assert.equal(a.meta.outlet?.text, 'en.yna.co.kr');
    assert.equal(a.blocks[0].kind, 'frontmatter');
    assert.equal(a.warnings.length, 0);
  });

  it('the created: clipping date is never the publication date', () => {
    const t = fixture('clipping-created-only.md');
    const a = analyze('clipping-created-only.md', t);
    assert.equal(a.meta.published, undefined);
    assert.equal(a.meta.headline?.text, 'Hegseth arrives in Seoul ahead of security talks');
    // Without a publication date "on Monday" cannot be placed, and must not be placed on the clipping week.
    assert.ok(!a.mentions.some((m) => m.kind === 'date'), JSON.stringify(a.mentions.filter((m) => m.kind === 'date')));
  });

  // Clipped pages often carry their day only in the address ("https://www.cnn.com/2023/09/13/…"), and then relative dates went unplaced.
  it('the day in the article\'s own address is its publication day when nothing else gives one; a link further down is another page\'s', () => {
    const md = '---\ntitle: "Talks"\nsource: "https://www.cnn.com/2023/09/13/world/kim-putin/index.html"\n---\n\n# Talks\n\nKim met Putin on Wednesday.\n';
    const a = analyze('url.md', md);
    assert.deepEqual([a.meta.published?.day, a.meta.published?.from, slice(md, a.meta.published!.span)], ['2023-09-13', 'url', '2023/09/13']);
    assert.equal(a.mentions.find((m) => m.kind === 'date')?.date?.value, '2023-09-13');
    const stated = md.replace('---\n\n', 'published: 2023-09-14\n---\n\n');
    assert.deepEqual([analyze('stated.md', stated).meta.published?.day, analyze('stated.md', stated).meta.published?.from], ['2023-09-14', 'frontmatter']);
    const txt = 'Talks\n\nhttps://www.theguardian.com/world/2024-02-16/munich\n\nThe 60th Munich Security Conference opened on Friday.\n';
    assert.equal(analyze('url.txt', txt).meta.published?.day, '2024-02-16');
    const below = 'Talks\n\nThe 60th Munich Security Conference opened on Friday.\n\nhttps://example.com/2019/01/01/old\n';
    assert.equal(analyze('below.txt', below).meta.published, undefined);
  });

  // MarkDownload keeps the page's <title>, site name and all, and Al Jazeera's addresses have no zeros ("/2025/1/9/").
  it('a page title\'s site name is not part of the headline, and "/2025/1/9/" in the address is 9 January', () => {
    const md = '---\ncreated: 2025-01-12T09:14:03 (UTC +01:00)\ntags: []\nsource: https://www.aljazeera.com/news/2025/1/9/lebanon-elects-joseph-aoun-president\nauthor: Al Jazeera Staff\n---\n\n' +
      '# Lebanon elects army chief Joseph Aoun as president | Politics News | Al Jazeera\n\nThe vote took place on Thursday in Beirut.\n';
    const a = analyze('markdownload.md', md);
    assert.equal(a.meta.headline?.text, 'Lebanon elects army chief Joseph Aoun as president');
    assert.deepEqual(a.meta.headline?.span, spanOf(md, 'Lebanon elects army chief Joseph Aoun as president'));
    assert.deepEqual([blockAt(a, md.indexOf('| Politics'))?.kind, blockAt(a, md.indexOf('| Politics'))?.reason], ['metadata', 'site name']);
    assert.ok(!a.mentions.some((m) => /Politics News|Al Jazeera/.test(m.text)), a.mentions.map((m) => m.text).join(', '));
    assert.deepEqual([a.meta.published?.day, a.meta.published?.from, slice(md, a.meta.published!.span)], ['2025-01-09', 'url', '2025/1/9']);
    assert.equal(a.mentions.find((m) => m.kind === 'date')?.date?.value, '2025-01-09');
  });

  it('after a dash only the outlet\'s own name is cut; a plain-text scrape\'s bars are cut without knowing the outlet', () => {
    const fm = (title: string, source: string) => `---\ntitle: "${title}"\nsource: "${source}"\n---\n\nAoun spoke.\n`;
    assert.equal(analyze('bbc.md', fm('Joseph Aoun elected Lebanon president - BBC News', 'https://www.bbc.co.uk/news/articles/c1')).meta.headline?.text, 'Joseph Aoun elected Lebanon president');
    assert.equal(analyze('cnn.md', fm('Aoun wins second round - CNN', 'https://edition.cnn.com/2025/01/09/x')).meta.headline?.text, 'Aoun wins second round');
    // A dash inside a headline, or before words that are not the outlet, stays.
    assert.equal(analyze('dash.md', fm('Lebanon votes - and elects a general', 'https://www.reuters.com/x')).meta.headline?.text, 'Lebanon votes - and elects a general');
    assert.equal(analyze('short.md', fm('Aoun - Reuters', 'https://www.reuters.com/x')).meta.headline?.text, 'Aoun - Reuters');
    const txt = 'Interpol elects emirate general accused of torture president | World\n\nThe Interpol General Assembly met in Istanbul.\n';
    const t = analyze('bars.txt', txt);
    assert.equal(t.meta.headline?.text, 'Interpol elects emirate general accused of torture president');
    assert.equal(blockAt(t, txt.indexOf('| World'))?.kind, 'metadata');
  });

  // Jina Reader's scrapes label their fields: "Title:", "URL Source:", "Published Time:", then "Markdown Content:".
  it('reads a Jina Reader scrape: its labelled title, address and time, and the dateline after the content label', () => {
    const t = 'Title: Lebanon elects army chief Joseph Aoun as president | AP News\n\nURL Source: https://apnews.com/article/lebanon-aoun-5d7f6e2\n\n' +
      'Published Time: 2025-01-09T14:32:11Z\n\nMarkdown Content:\nBEIRUT (AP) — Lebanon’s parliament elected the army commander, Gen. Joseph Aoun, as head of state Thursday.\n';
    const a = analyze('jina.md', t);
    assert.equal(a.meta.headline?.text, 'Lebanon elects army chief Joseph Aoun as president');
    assert.deepEqual(a.meta.headline?.span, spanOf(t, 'Lebanon elects army chief Joseph Aoun as president'));
    assert.deepEqual([a.meta.published?.day, slice(t, a.meta.published!.span)], ['2025-01-09', '2025-01-09T14:32:11Z']);
    assert.deepEqual(['Title:', 'URL Source', 'Published Time', 'Markdown Content', 'BEIRUT'].map((w) => blockAt(a, t.indexOf(w))?.kind), ['metadata', 'metadata', 'metadata', 'metadata', 'metadata']);
    assert.ok(!a.mentions.some((m) => /Markdown|Content|AP News/.test(m.text)), a.mentions.map((m) => m.text).join(', '));
    assert.equal(a.mentions.find((m) => m.kind === 'date')?.date?.value, '2025-01-09');
    assert.deepEqual(a.facts.filter((f) => f.type === 'title').map((f) => [f.key, slice(t, f.span)]), [['person:josephaoun', 'Gen. Joseph Aoun']]);
  });

  it('a date line with plain dashes between its parts ("Jakarta Post - September 14, 2023") is the publication day', () => {
    const t = 'Jokowi hands over the ASEAN chair\n\nJakarta Post - September 14, 2023\n\nPresident Joko Widodo spoke on Thursday.\n';
    const a = analyze('dash-date.txt', t);
    assert.deepEqual([a.meta.published?.day, slice(t, a.meta.published!.span)], ['2023-09-14', 'September 14, 2023']);
    assert.equal(blockAt(a, t.indexOf('Jakarta Post'))?.kind, 'metadata');
    assert.ok(!a.mentions.some((m) => m.text === 'Jakarta Post'));
    // A sentence with a dash and a date is text, not a date line.
    const body = 'Talks open\n\nThe ministers met in Jakarta - on September 14, 2023 they signed a long and detailed accord.\n';
    assert.equal(analyze('dash-body.txt', body).meta.published, undefined);
  });

  it('created: before published: in front matter does not shadow published:', () => {
    const t = '---\ncreated: 2026-01-15\ntitle: Talks end\npublished: 2025-11-04\n---\n\nThe talks ended on Tuesday.\n';
    const a = analyze('order.md', t);
    assert.equal(a.meta.published?.day, '2025-11-04');
  });

  it('a created: line in a plain-text scrape is not the publication date either', () => {
    const t = 'Ministers meet in Seoul\nCreated: 9 Nov. 2025\n\nDefense Minister Ahn Gyu-back met reporters on Monday.\n';
    const a = analyze('created-line.txt', t);
    assert.equal(a.meta.published, undefined);
    assert.equal(blockAt(a, t.indexOf('Created:'))?.kind, 'metadata');
  });

  it('date: in front matter is the publication date', () => {
    const t = '---\ntitle: "Ahn, Hegseth meet"\ndate: 2025-11-04\nsource: https://www.koreatimes.co.kr/www/nation/2025/11/113_1.html\n---\nDefense Minister Ahn Gyu-back met U.S. Defense Secretary Pete Hegseth on Tuesday.\n';
    const a = analyze('date-key.md', t);
    assert.equal(a.meta.published?.day, '2025-11-04');
    assert.equal(a.meta.outlet?.text, 'koreatimes.co.kr');
    const tuesday = a.mentions.find((m) => m.kind === 'date' && m.text === 'Tuesday');
    assert.equal(tuesday?.date?.value, '2025-11-04');
  });

  it('an H1 that repeats the front-matter title is the headline, not body', () => {
    const t = fixture('clipping-yonhap-scm.md');
    const a = analyze('clipping-yonhap-scm.md', t);
    const h1 = t.indexOf('# Allies agree');
    assert.equal(blockAt(a, h1 + 2)?.kind, 'headline');
  });

  it('the first hard-wrapped body line after front matter continues into the next line', () => {
    const t = fixture('clipping-created-only.md');
    const a = analyze('clipping-created-only.md', t);
    const first = blockAt(a, t.indexOf('U.S. Defense Secretary Pete Hegseth arrived'));
    const second = blockAt(a, t.indexOf('Security Consultative Meeting with'));
    assert.equal(first?.kind, 'body');
    assert.equal(first, second, 'one paragraph, one block');
  });

  it('a hard-wrapped paragraph is one body block', () => {
    const t = fixture('clipping-yonhap-scm.md');
    const a = analyze('clipping-yonhap-scm.md', t);
    const b = blockAt(a, t.indexOf('South Korea and the United States agreed'));
    assert.equal(b?.kind, 'body');
    assert.ok(b!.span.end >= t.indexOf('in Seoul.') + 'in Seoul.'.length);
  });

  // Core bug: items of a list were one paragraph, so "previously chief cabinet secretary" ran on
  // into the next item's "Economy minister" and a title read across them.
  it('each item of a list is a paragraph of its own', () => {
    const t = 'Cabinet named\n\nPublished: 21 Oct. 2025\n\nThe new cabinet:\n\n- **Internal affairs minister:** Yoshimasa Hayashi, previously chief cabinet secretary\n' +
      '- **Economy minister:** Ryosei Akazawa\n1. Finance Minister Satsuki Katayama\n';
    const a = analyze('list.md', t);
    const items = ['- **Internal affairs', '- **Economy', '1. Finance'].map((s) => blockAt(a, t.indexOf(s)));
    assert.deepEqual(items.map((b) => b && slice(t, b.span)), ['- **Internal affairs minister:** Yoshimasa Hayashi, previously chief cabinet secretary', '- **Economy minister:** Ryosei Akazawa', '1. Finance Minister Satsuki Katayama']);
    const hayashi = mentionAtText(a, t, 'Yoshimasa Hayashi');
    assert.deepEqual([hayashi?.title?.text, hayashi?.title?.status], ['previously chief cabinet secretary', 'past']);
  });

  // Core bug: a scrape's photo credit without a stop ("… on Friday. Joint Press Corps") ran on into
  // the next line's paragraph, and Rhee Chang-yong became "Joint Press Corps Governor".
  it('in a text written a paragraph to a line, a line runs on only into a lower-case word', () => {
    const long = 'The Bank of Korea cut its benchmark interest rate by 25 basis points to 3.25 percent on Friday, the first reduction in four years and five months, citing slowing growth at home and the need to support domestic demand as exports cool.';
    const t = `BOK cuts rate\nPublished: 11 Oct. 2024\n${long}\nBOK Governor Rhee Chang-yong presides over the board meeting in Seoul on Friday. Joint Press Corps\n` +
      `Governor Rhee Chang-yong said the need for easing had grown as uncertainties surrounding the growth outlook increased, and that the board would watch housing prices in Seoul and household lending closely in the months ahead.\n` +
      `The decision, which was widely expected by the market, came as inflation slowed to 1.6 percent in September and household debt growth began to moderate across the country\nand the regions.\n`;
    const a = analyze('unwrapped.txt', t);
    const credit = blockAt(a, t.indexOf('Joint Press Corps'));
    const next = blockAt(a, t.indexOf('Governor Rhee Chang-yong said'));
    assert.notEqual(credit, next);
    assert.equal(next && slice(t, next.span).slice(0, 28), 'Governor Rhee Chang-yong sai');
    assert.equal(blockAt(a, t.indexOf('and the regions')), blockAt(a, t.indexOf('The decision, which')), 'a lower-case line still runs on');
    assert.deepEqual(a.mentions.filter((m) => m.text === 'Rhee Chang-yong').map((m) => m.title?.text), ['BOK Governor', 'Governor']);
  });

  // Africanews coverage: "Published: 12/02/2025" was 2 December, and "runs until Thursday" 4 December.
  it('a numeric date read either way is read as the text\'s own dates say: day first when they name its month', () => {
    const pub = (meta: string, body: string) => {
      const a = analyze('n.txt', `AU Executive Council meets\n${meta}\n${body}\n`);
      return [a.meta.published?.day, a.meta.updated?.day];
    };
    assert.deepEqual(pub('Published: 12/02/2025 - 16:05\nUpdated: 12/02/2025 - 18:40', 'The ministers meet ahead of the leaders\' summit on February 15 and 16.'), ['2025-02-12', '2025-02-12']);
    assert.deepEqual(pub('Published: 11/01/2025 11:18 AM', 'Taipei, Nov. 1 (CNA) Lin Hsin-i met Japan\'s prime minister on Saturday.'), ['2025-11-01', undefined]);
    // When the text says nothing, the day first (a guess, see below): of thirteen such pages across our sets, all wrote the day first.
    assert.deepEqual(pub('Published: 11/01/2025 11:18 AM', 'Lin Hsin-i met Japan\'s prime minister on Saturday.'), ['2025-01-11', undefined]);
    assert.deepEqual(pub('Published: 25/03/2025', 'The changes take effect on Monday.'), ['2025-03-25', undefined], 'a first number over 12 is the day');
  });

  // Kuwait Times: "Published: 02/12/2024" (2 December) read as 12 February put "inaugurated on Sunday
  // the 45th session of the GCC" on 11 February, against KUNA's "will be held on December 1".
  it('a numeric date nothing in the article reads either way is a guess, and no meeting day counted from it is a fact', () => {
    const t = 'Amir opens GCC summit\nPublished: 02/12/2024\n\nThe Amir inaugurated on Sunday the 45th GCC Summit at Bayan Palace.\n';
    const a = analyze('kt.txt', t);
    assert.deepEqual([a.meta.published?.day, a.meta.published?.guessed], ['2024-12-02', true], 'the day first, as most of the world writes it, and only guessed');
    assert.deepEqual(a.facts.filter((f) => f.type === 'eventDate'), []);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.date?.value]), [['Sunday', '2024-12-01']], 'still a date to hover');
    // The web address tells which reading it is.
    const u = analyze('kt.txt', t.replace('\n\n', '\nhttps://www.kuwaittimes.com/2024/12/02/amir-gcc-summit/\n\n'));
    assert.deepEqual([u.meta.published?.day, u.meta.published?.guessed, u.facts.filter((f) => f.type === 'eventDate').map((f) => f.type === 'eventDate' && f.day)], ['2024-12-02', undefined, ['2024-12-01']]);
    // Named months in the text decide, as before: no guess.
    const m = analyze('kt.txt', t.replace('at Bayan Palace.', 'at Bayan Palace, as planned on December 1.'));
    assert.deepEqual([m.meta.published?.day, m.meta.published?.guessed], ['2024-12-02', undefined]);
  });

  // Tuoi Tre: "Published: 04/08/2024 09:20 GMT+7" (4 August) was 8 April, and "on Saturday" 6 April.
  it('the time zone beside a numeric date says its order, before the months of the text', () => {
    const pub = (line: string) => {
      const a = analyze('z.txt', `To Lam elected\nPublished: ${line}\n\nHe was elected head of state in May. The committee met on Saturday.\n`);
      return [a.meta.published?.day, a.meta.published?.guessed];
    };
    assert.deepEqual(pub('04/08/2024 09:20 GMT+7'), ['2024-08-04', undefined]);
    assert.deepEqual(pub('04/08/2024 16:02 CET'), ['2024-08-04', undefined]);
    assert.deepEqual(pub('04/08/2024 10:15 (IST)'), ['2024-08-04', undefined]);
    assert.deepEqual(pub('04/08/2024 9:20 a.m. ET'), ['2024-04-08', undefined]);
    // UTC+8 is the Philippines' (month first) and Singapore's (day first): a guess, as without a zone.
    assert.deepEqual(pub('04/08/2024 09:20 GMT+8'), ['2024-08-04', true]);
    const a = analyze('z.txt', 'To Lam elected\nPublished: 04/08/2024 09:20 GMT+7\n\nThe committee met on Saturday.\n');
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.date?.value]), [['Saturday', '2024-08-03']]);
  });

  it('reads a "SEOUL, Nov. 4 (Yonhap) --" dateline as metadata and Yonhap as the outlet', () => {
    const t = 'Talks end in Seoul\n\nSEOUL, Nov. 4 (Yonhap) -- Defense Minister Ahn Gyu-back said the talks went well.\n';
    const a = analyze('dl.txt', t);
    assert.equal(blockAt(a, t.indexOf('SEOUL, Nov. 4'))?.kind, 'metadata');
    assert.equal(a.meta.outlet?.text, 'Yonhap');
    assert.equal(blockAt(a, t.indexOf('Defense Minister Ahn'))?.kind, 'body');
  });

  // Found in clippings of many outlets: a bare date line under the headline was body text, so
  // "on Tuesday" resolved to nothing and the source had no date to compare titles by.
  it('a date line under the headline, alone or with the outlet, a byline or a reading time, is the publication date; a sentence with a date is not', () => {
    const cases: [string, string | undefined][] = [
      ['December 13, 2023', '2023-12-13'], ['Reuters · 13 December 2023', '2023-12-13'], ['China Daily (Xinhua) · Updated: 2024-09-11 09:16', '2024-09-11'],
      ['13 Dec 2023 · 4 min read', '2023-12-13'], ['Wednesday, December 13, 2023 at 10:00 AM EST', '2023-12-13'], ['By Jane Doe | Dec. 13, 2023', '2023-12-13'],
      ['The summit opened on December 13, 2023.', undefined], ['Leaders met in Dubai · 13 December 2023 was the day the talks began', undefined],
    ];
    for (const [line, day] of cases) {
      const t = `Talks end\n${line}\n\nThe 16th BRICS Summit, which officially began on Tuesday, ended.\n`;
      const a = analyze('dl.txt', t);
      assert.equal(a.meta.published?.day, day, line);
      if (day) assert.ok(/\d{4}/.test(slice(t, a.meta.published!.span)) && !/Reuters|Xinhua|Updated|Jane|read/.test(slice(t, a.meta.published!.span)), `${line}: the span is the date alone`);
    }
    const t = 'Photos: Kazan welcomes guests\nSputnik · 2024-10-22\n\nThe 16th BRICS Summit, which officially began on Tuesday, ended.\n';
    const a = analyze('kazan.txt', t);
    assert.equal(blockAt(a, t.indexOf('Sputnik'))?.kind, 'metadata');
    assert.deepEqual(a.facts.map((f) => f.type === 'eventDate' && `${f.key}=${f.day}`), ['meeting:brics summit#16=2024-10-22']);
  });

  // Found in USA Today's Biden–Xi coverage: after a deck, "WOODSIDE" was an acronym no source spelled out.
  it('a dateline after a deck is metadata too; a shouted word with a dash deep in the text is not', () => {
    const t = 'Biden, Xi meet\n\nLeaders agree to tackle fentanyl, resume military talks\n\nWOODSIDE, Calif. – President Joe Biden met Xi Jinping.\n\n' +
      'Biden spoke.\n\nXi spoke.\n\nNEWSOM – the governor – stayed away.\n';
    const a = analyze('deck.txt', t);
    assert.equal(blockAt(a, t.indexOf('WOODSIDE'))?.kind, 'metadata');
    assert.equal(blockAt(a, t.indexOf('President Joe Biden'))?.kind, 'body');
    assert.deepEqual(a.mentions.filter((m) => m.text === 'WOODSIDE'), []);
    assert.equal(blockAt(a, t.indexOf('NEWSOM'))?.kind, 'body');
  });

  // Found in Dawn, New Straits Times and Bernama copy: "LAHORE:" was an acronym no source spells out.
  it('a place in capitals closed by a colon opens the text as a dateline; a label in capitals before lower case does not', () => {
    const t = 'Strikes hit mosques\n\nLAHORE: Four missiles struck the mosque, officials said.\n\nNEW DELHI: India denied it.\n\nLater, the army spoke.\n\nWATCH: the video.\n';
    const a = analyze('colon.txt', t);
    assert.deepEqual(['LAHORE', 'Four', 'NEW DELHI', 'India', 'WATCH'].map((w) => blockAt(a, t.indexOf(w))?.kind), ['metadata', 'body', 'metadata', 'body', 'body']);
    assert.deepEqual(a.mentions.filter((m) => /LAHORE|DELHI/.test(m.text)), []);
  });

  // Web clippers keep the page's links and its italic date line.
  it('a Markdown link\'s brackets and address are no part of the text: a title before a linked name is its title; an italic date line is the publication date', () => {
    const t = '# Lee meets Ishiba\n\n*Published: June 23, 2025 · By [Jane Kim](https://example.com/authors/Jane-Kim)*\n\n' +
      'South Korean President [Lee Jae-myung](https://en.wikipedia.org/wiki/Lee_(politician)) met Japanese Prime Minister Shigeru Ishiba on Monday, said [Yonhap](https://en.yna.co.kr/view/AEN1 "Yonhap").\n\n*Seoul is cold*\n';
    const a = analyze('links.md', t);
    assert.equal(a.meta.published?.day, '2025-06-23');
    assert.equal(blockAt(a, t.indexOf('Published'))?.kind, 'metadata');
    assert.equal(blockAt(a, t.indexOf('Seoul is'))?.kind, 'body');
    const lee = mentionAtText(a, t, 'Lee Jae-myung');
    assert.deepEqual([lee?.kind, lee?.text, lee?.title?.text, slice(t, lee!.fullSpan)], ['person', 'Lee Jae-myung', 'South Korean President', 'South Korean President [Lee Jae-myung']);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.date?.value]), [['Monday', '2025-06-23']]);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'organization').map((m) => m.text), ['Yonhap']);
    assert.deepEqual(a.mentions.filter((m) => /wiki|politician|yna|AEN/.test(m.text)), []);
  });

  // Raw scrapes keep HTML's non-breaking spaces: "President&nbsp;Lee" cut the title off the name.
  it('a space written as an HTML entity separates words like a space; "AT&T" stays one word', () => {
    const t = 'Talks\nPublished: 4 June 2025\n\nSouth Korean President&nbsp;Lee Jae-myung met Defense Minister&#160;Ahn Gyu-back at [the ministry](https://x.com)&nbsp;on Monday. AT&T chief John Stankey came.\n';
    const a = analyze('nbsp.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'person').map((m) => [m.text, m.title?.text, slice(t, m.fullSpan)]), [
      ['Lee Jae-myung', 'South Korean President', 'South Korean President&nbsp;Lee Jae-myung'], ['Ahn Gyu-back', 'Defense Minister', 'Defense Minister&#160;Ahn Gyu-back'], ['John Stankey', 'chief', 'chief John Stankey'],
    ]);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.date?.value]), [['Monday', '2025-06-02']]);
  });

  it('a "Source:" line above the text names the outlet (its name up to a separator, else the address\'s host) and is metadata, not text', () => {
    const t = 'Maduro sworn in\nPublished: 10 Jan. 2025\nSource: CBC News https://www.cbc.ca/news/world/venezuela-1.7279405\n\nPresident Nicolás Maduro was sworn in on Friday.\n';
    const a = analyze('src.txt', t);
    assert.equal(blockAt(a, t.indexOf('Source:'))?.kind, 'metadata');
    assert.equal(a.meta.outlet?.text, 'CBC News');
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'organization').map((m) => m.text), []);
    const u = 'Maduro sworn in\n\nSource: https://www.reuters.com/world/americas/x\n\nPresident Nicolás Maduro was sworn in.\n';
    assert.equal(analyze('src2.txt', u).meta.outlet?.text, 'reuters.com');
    const v = 'Parliament dissolved\nPublished: August 06, 2024 16:14 IST\n\nSource: PTI   -  Edited By: Hemant Waje\n\nPresident Mohammed Shahabuddin dissolved the parliament.\n\nSource: X / NATO\n';
    const c = analyze('src3.txt', v);
    assert.equal(c.meta.outlet?.text, 'PTI', 'what comes after a separator is not the outlet');
    assert.equal(blockAt(c, v.indexOf('Source: X'))?.kind, 'body', 'below the text a "Source:" credits a photo or a quote');
  });

  // Found in clippings that keep the page's address: a slug's hyphenated words ran into the
  // next line's "Date" and made a person; "Date (from URL): 2024/10/11" was body text.
  it('a web address on a line of its own is metadata; a labelled date line with a note or a year-first date is the publication date; words in an address name no one', () => {
    const t = 'Hidankyo wins\nURL: https://gulftoday.ae/News/2024/10/11/Japanese-group-Nihon-Hidankyo-wins-Nobel-Peace-Prize\nDate (from URL): 2024/10/11\n<https://example.com/Kim-Jong-Un>\n\n' +
      'The prize was awarded on Friday. Read it at https://www.nobelprize.org/Peace-Prize/Jorgen-Frydnes or www.Example.com/Mimaki-Toshiyuki, said Jorgen Watne Frydnes.\n';
    const a = analyze('url.txt', t);
    assert.deepEqual([t.indexOf('URL:'), t.indexOf('Date ('), t.indexOf('<https')].map((at) => [blockAt(a, at)?.kind, blockAt(a, at)?.reason]),
      [['metadata', 'link'], ['metadata', 'Date line'], ['metadata', 'link']]);
    assert.equal(a.meta.published?.day, '2024-10-11');
    assert.deepEqual(a.mentions.filter((m) => m.kind !== 'date').map((m) => [m.kind, m.text]), [['person', 'Jorgen Watne Frydnes']]);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.date?.value]), [['Friday', '2024-10-11']]);
    const b = analyze('ymd.txt', 'Summit\nPublished: 2024.9.3\n\nLeaders met.\n');
    assert.equal(b.meta.published?.day, '2024-09-03');
  });

  // An Anadolu scrape (headline, deck, "Anadolu Ajansı | 28.10.2025 - Update : …", byline, dateline,
  // text) had no publication day, and everything after its byline was read as page furniture.
  it('a byline in the first half does not end the article; a date line under the deck, numeric or with a zone and an "Updated … ago", is the publication day', () => {
    // (Paragraphs a line each, as scrapes have them: lines of a paragraph of two are not hard-wrapped text.)
    const body = 'US President Donald Trump and Japanese Prime Minister Sanae Takaichi on Tuesday signed a framework agreement on securing the supply of critical minerals and rare earths, as the two allies seek to reduce their reliance on China.\n\n' +
      'Japanese Finance Minister Ryosei Akazawa, who led the tariff negotiations, has said that Japan and the US have identified potential investment projects in sectors including energy, artificial intelligence and shipbuilding.\n\nTrump called Japan a great ally.\n';
    const t = `Trump, Takaichi sign critical minerals deal\nUS president hails 'great ally' as Japan's first woman premier seeks to build personal ties\nAnadolu Ajansı | 28.10.2025 - Update : 28.10.2025 15:40\n\nBy Saadet Yıldırım\n\nISTANBUL\n\n${body}`;
    const a = analyze('aa.txt', t);
    assert.equal(a.meta.published?.day, '2025-10-28');
    assert.deepEqual([blockAt(a, t.indexOf('By Saadet'))?.kind, blockAt(a, t.indexOf('Japanese Finance'))?.kind], ['byline', 'body']);
    assert.deepEqual(a.facts.flatMap((f) => (f.type === 'title' ? [f.title.text] : [])), ['US President', 'Japanese Prime Minister', 'Japanese Finance Minister']);
    const r = analyze('r.txt', `Coalition pact signed\nBy Yuki Tanabe\nOctober 20, 2025 1:22 PM GMT+1 Updated 2 hours ago\n\nTOKYO, Oct 20 (Reuters) - ${body}`);
    assert.equal(r.meta.published?.day, '2025-10-20');
    // A date that reads both ways is a guess, unless written with dots: Europe's and Türkiye's, day first.
    assert.deepEqual(analyze('x.txt', `Deal signed\nA deck line\nAgency | 02/10/2025\n\n${body}`).meta.published, { day: '2025-10-02', from: 'published', guessed: true, span: { start: 33, end: 43 } });
    assert.equal(analyze('x.txt', `Deal signed\nA deck line\nAgency | 02.10.2025\n\n${body}`).meta.published?.day, '2025-10-02');
    // Daily Trust's "Fri, 14 Feb 2025 6:02:11 WAT", and APA's dateline "APA-Bamako (Mali) May 23, 2025".
    assert.equal(analyze('dt.txt', `Traders fear for future\nBy Abubakar Sadiq Dange, Sokoto\nFri, 14 Feb 2025 6:02:11 WAT\n\n${body}`).meta.published?.day, '2025-02-14');
    assert.equal(analyze('apa.txt', `ECOWAS and AES hold first consultations\nAPA-Bamako (Mali) May 23, 2025\n\n${body}`).meta.published?.day, '2025-05-23');
    assert.equal(analyze('s.txt', `Talks held\nThe talks ended badly, on May 23, 2025\n\n${body}`).meta.published, undefined);
    // Eight sets of coverage in outlets' styles left 58 of 288 articles undated; these forms were most of them.
    const dated = (header: string) => analyze('h.txt', `Headline of the story\n${header}\n\n${body}`).meta.published?.day;
    assert.deepEqual([
      'By Daniel Okafor\nAssociated Press\nUpdated 9:37 AM GMT+9, May 2, 2025',
      'By Chinedu Okonkwo\n21st November 2025',
      'By: Katrina Villanueva - Reporter\nPhilippine Daily Inquirer / 05:14 AM November 16, 2025',
      'MercoPress, South Atlantic News Agency\nWednesday, October 15th 2025 - 08:51 UTC',
      'PTI | New Delhi | Updated: 22-07-2025 19:48 IST',
      'REPUBLIC OF KOREA\nPRESS RELEASE\nFor immediate release: May 11, 2025 (Sun.) 18:30',
      'NHK WORLD-JAPAN\nOctober 10, 2025 18:47 JST (updated 22:10 JST)',
      'By Kwasi Adjei-Boateng\nJanuary 7, 2025 3:41 PM GMT  Updated January 7, 2025',
      'The Philippine Star\nBy Ramon C. Cuevas and Pia Lorenzo-Tan | October 8, 2025 | 12:00am',
      'BERNAMA\n26/10/2025 09:55 PM',
      'Vietnam News / VNA\nThursday, May 29, 2025 - 16:47',
      'Agencia Peruana de Noticias ANDINA\nLima, May 9, 2025 | 08:40 a.m.',
      'By Daniel Marsh and Priya Venkat\nSeptember 19, 2025 4:57 PM EDT Updated September 19, 2025',
      'Wahyu Kartasasmita\nIndonesia Correspondent\nUPDATED SEP 17, 2025, 07:15 PM',
      'Source: Xinhua | 2025-05-27 18:36:05 | Editor: Huaxia',
      'AFP\nPublished on 05/05/2025 at 17:55 (Paris time) – Modified at 19:30',
      // Seven more sets: Tasnim, The Hindu (an "Updated" line, then "Published"), Press TV, PAP, broadcasts.
      'June, 13, 2025 - 16:45',
      'The students were moved by road from Urmia to Armenia and flown out of Yerevan, officials said on Thursday night\nSpecial Correspondent\nUpdated - June 19, 2025 10:42 am IST\nPublished - June 18, 2025 03:05 am IST - NEW DELHI',
      'Thursday, 26 June 2025 2:37 PM  [ Last Update: Thursday, 26 June 2025 4:10 PM ]',
      'PAP - Polish Press Agency\n25.06.2025, 18:20\nAuthor: Marta Zielińska (PAP), The Hague',
      'Broadcast date: Monday, 17 November 2025',
      'Broadcast: Saturday 1 November 2025, 17:00 GMT edition',
      'Sunday 22 June 2025, 07:00-07:12 BST',
      // Six more: Greater Kashmir, The Tribune, a ministry's release, DW.
      'Zahoor Malik\nPoonch, Publish Date: May 9, 2025, 12:41 AM',
      'Gurpreet Sandhu\nTribune News Service\nFerozepur/Amritsar, Updated At: 05:30 AM May 14, 2025 IST',
      'PRESS RELEASE\nRelease: Upon delivery, November 4, 2025 (Tuesday)',
      'DW News\nEurope\nDate 02.06.2025',
      // The Nairobian, teleSUR, PBS, France 24's broadcast, Onlinekhabar.
      'The Nairobian\nBy Nairobian Reporter\nThursday, October 16th 2025 at 22:10 GMT +3',
      'Published 16 September 2025 (5 hours 12 minutes ago)\nteleSUR/ JF',
      'Air date: Monday, December 1, 2025',
      'Transcript excerpt - Broadcast: 22 July 2025, 19:00 Paris time',
      'Onlinekhabar English\n2025 Sep 11, 14:20\nKathmandu, September 11',
      // Deccan Herald, the Borneo Post.
      'DHNS\nBengaluru, Last Updated: 05 September 2025, 07:12 IST',
      'Posted on October 30, 2025, Thursday\nBy Jonathan Ling',
      // Hungary Today's year first, with its trailing dot.
      'Hungary Today\nBy Dániel Kovács\n2025.10.05. 09:48',
    ].map(dated), ['2025-05-02', '2025-11-21', '2025-11-16', '2025-10-15', '2025-07-22', '2025-05-11', '2025-10-10', '2025-01-07', '2025-10-08', '2025-10-26', '2025-05-29', '2025-05-09', '2025-09-19', '2025-09-17', '2025-05-27', '2025-05-05',
      '2025-06-13', '2025-06-18', '2025-06-26', '2025-06-25', '2025-11-17', '2025-11-01', '2025-06-22', '2025-05-09', '2025-05-14', '2025-11-04', '2025-06-02',
      '2025-10-16', '2025-09-16', '2025-12-01', '2025-07-22', '2025-09-11', '2025-09-05', '2025-10-30', '2025-10-05']);
    // France 24's "published: 01/10/2025 - 04:37" beside "date: 2025-10-01"; alone, the page's address settles it.
    assert.equal(analyze('f24.md', `---\ntitle: Quantico\ndate: 2025-10-01\npublished: "01/10/2025 - 04:37"\n---\n\n${body}`).meta.published?.day, '2025-10-01');
    assert.equal(analyze('f24.md', `---\ntitle: Quantico\npublished: "01/10/2025 - 04:37"\nurl: https://www.france24.com/en/americas/20251001-trump-hegseth\n---\n\n${body}`).meta.published?.day, '2025-10-01');
    // Front matter's time with its zone is that day there, not in UTC.
    assert.equal(analyze('fm.md', `---\ntitle: Komeito leaves\ndate: 2025-10-11T07:00:00+09:00\n---\n\n${body}`).meta.published?.day, '2025-10-11');
  });

  it('unreadable front matter gives a warning and the article is still analysed', () => {
    const t = '---\ntitle: [unclosed\npublished: 2025-11-04\n---\nDefense Minister Ahn Gyu-back spoke.\n';
    const a = analyze('bad-fm.md', t);
    assert.equal(a.warnings.length, 1);
    assert.match(a.warnings[0].message, /^Front matter could not be read/);
    assert.ok(a.mentions.some((m) => m.text === 'Ahn Gyu-back'));
  });

  it('---js front matter is never evaluated', () => {
    (globalThis as Record<string, unknown>).__corroboratePwned = undefined;
    const t = '---js\n{ title: (globalThis.__corroboratePwned = "yes") }\n---\nDefense Minister Ahn Gyu-back spoke.\n';
    analyze('js-fm.md', t);
    assert.equal((globalThis as Record<string, unknown>).__corroboratePwned, undefined);
  });
});

describe('parseArticle: a caption credited "(Agency/Photographer)"', () => {
  // Xinhua coverage of the Fourth Plenum: a caption "… at a press conference … from the fourth plenary
  // session … on Oct. 24, 2025. (Xinhua/Jin Liangkuai)" dated the session to the press conference's day.
  it('a paragraph ending "(Xinhua/Jin Liangkuai)" is a caption and states no meeting\'s day; "(Reuters/Ipsos)" ends no caption', () => {
    const t = 'Plenum\nPublished: October 24, 2025\n\nHan Wenxiu speaks at a press conference on the principles from the fourth plenary session of the 20th CPC Central Committee on Oct. 24, 2025. (Xinhua/Jin Liangkuai)\n\nSupport for the plan rose, a poll found (Reuters/Ipsos)\n';
    const a = analyze('xinhua-caption.txt', t);
    assert.equal(blockAt(a, t.indexOf('Han Wenxiu'))?.kind, 'caption');
    assert.equal(blockAt(a, t.indexOf('Support for the plan'))?.kind, 'body');
    assert.deepEqual(a.facts.filter((f) => f.type === 'eventDate'), []);
  });
});

describe('parseArticle: a date line with its hour under a deck and the outlet\'s name', () => {
  // A SurreyLive scrape: headline, a deck of 89 characters, a byline, "Aldershot News & Mail / SurreyLive",
  // then "15:02, 16 SEP 2025  Updated 16:48, 16 SEP 2025". The deck and the outlet's line made too
  // much text above it for an unlabelled date line, and the article had no day.
  const head = 'Aldershot\'s Nepali community holds candlelit vigil\nHundreds gathered at the Princes Hall steps on Sunday evening to remember those who died\nBy Hannah Lowe, Local Democracy Reporter\nAldershot News & Mail / SurreyLive\n';
  const body = '\nHundreds of people from Aldershot\'s large Nepali community came together on Sunday evening to remember the young people killed in Nepal.\n';
  it('"15:02, 16 SEP 2025" is the publication day, and so is a date alone under a header\'s lines; not under a sentence', () => {
    assert.equal(analyze('surreylive.txt', `${head}15:02, 16 SEP 2025  Updated 16:48, 16 SEP 2025\n${body}`).meta.published?.day, '2025-09-16');
    assert.equal(analyze('surreylive.txt', `${head}16 SEP 2025\n${body}`).meta.published?.day, '2025-09-16');
    // Under a deck that ends as a sentence, then the byline, it is still the page's; under the text's sentences, it is the text's.
    const sentence = head.replace('on Sunday evening to remember those who died', 'on Sunday evening to remember those who died.');
    assert.equal(analyze('surreylive.txt', `${sentence}16 SEP 2025\n${body}`).meta.published?.day, '2025-09-16');
    const text = 'Aldershot\'s Nepali community holds candlelit vigil\n\nHundreds gathered at the Princes Hall steps on Sunday evening.\n\nThe vigil was organised by the Greater Rushmoor Nepali Community.\n\n16 SEP 2025\n';
    assert.equal(analyze('surreylive.txt', `${text}${body}`).meta.published?.day, undefined);
  });
});

describe('parseArticle: date lines of more house styles', () => {
  const body = '\nTEGUCIGALPA, Dec 1 (EFE).- The two candidates remained in a technical tie on Monday in the count of the presidential election of November 30.\n\nThe council said it would publish the next bulletin at midday.\n';
  const day = (head: string) => {
    const a = analyze('d.txt', `Asfura and Nasralla in technical tie\n\n${head}\n${body}`);
    return [a.meta.published?.day, a.meta.updated?.day, a.meta.published?.guessed];
  };

  // EFE's "12/01/2025 - 14:32 (CST)", AFP's "Published on 02/12/2025 - 03:18 GMT": read either way,
  // they had no day; the zone or the text's own days now say which reading it is.
  it('a numeric date line that reads both ways is read by its zone or the days the text names', () => {
    assert.deepEqual(day('12/01/2025 - 14:32 (CST)'), ['2025-12-01', undefined, undefined]);
    assert.deepEqual(day('Published on 02/12/2025 - 03:18 GMT'), ['2025-12-02', undefined, undefined], '"Dec 1" and "November 30" in the text');
    assert.deepEqual(day('Published on 08/09/2025 at 17:22 GMT'), ['2025-09-08', undefined, true], 'nothing says which: the day first, guessed');
    // AFP's "Published on 08/09/2025" over "THE HAGUE, Sept 8, 2025 (AFP)": the day the text names decides,
    // where the months beside each reading (August, September) said as much for both.
    const hague = analyze('h.txt', 'ICC postpones hearing\n\nPublished on 08/09/2025 at 17:22 GMT | Updated 08/09/2025 at 19:05 GMT\n\nTHE HAGUE, Sept 8, 2025 (AFP) - The court on Monday postponed a hearing scheduled to open on September 23.\n');
    assert.deepEqual([hague.meta.published?.day, hague.meta.published?.guessed], ['2025-09-08', undefined]);
  });

  it('"This content was published on", an hour before the day, and "25-Jun-2025"', () => {
    assert.deepEqual(day('This content was published on January 17, 2025 - 10:05'), ['2025-01-17', undefined, undefined]);
    assert.deepEqual(day('Updated 21:40, 25-Jun-2025'), ['2025-06-25', undefined, undefined]);
    assert.deepEqual(day('Updated: 08:31 GMT, 14 November 2025'), [undefined, '2025-11-14', undefined]);
  });

  // The Express Tribune's and a Peshawar paper's header: a deck, "Our Correspondent" or "Staff
  // Reporter", the paper's name, then the date alone. Three short lines above it made it no date line.
  it('a date alone under a header\'s lines (deck, credit, the paper\'s name) is the publication day', () => {
    const t = 'Kabul accuses Pakistan of Khost strikes; military denies\nTen killed, including nine children, say Taliban; FC HQ attack toll rises to three\nStaff Reporter\nThe Frontier Gazette, Peshawar\nWednesday, November 26, 2025\n\nPESHAWAR: The Afghan Taliban government on Tuesday accused Pakistan of carrying out air strikes.\n';
    const a = analyze('fg.txt', t);
    assert.equal(a.meta.published?.day, '2025-11-26');
    assert.equal(blockAt(a, t.indexOf('Wednesday, November 26'))?.kind, 'metadata');
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'date').map((m) => [m.text, m.date?.value]), [['Tuesday', '2025-11-25']]);
    // Under a paragraph that ends as a sentence does, a date alone is the text's, not the page's.
    const said = t.replace('toll rises to three', 'toll rises to three, police said.');
    assert.equal(analyze('fg.txt', said).meta.published?.day, undefined);
  });

  // Translated and foreign pages keep their own date lines: L'Équipe's "Publié le 17 septembre 2024 à 18h02",
  // Marca's "Actualizado 18/09/2024 - 13:05 CEST", a Tamil paper's date with its English in brackets; and
  // clippings put Markdown's emphasis round them. Of 224 articles of six new sets, 60 had no day; 25 now do.
  it('date lines in French, Spanish, Portuguese, Italian and German, restated in brackets, or in emphasis', () => {
    assert.deepEqual(day('Publié le 17 septembre 2024 à 18h02'), ['2024-09-17', undefined, undefined]);
    assert.deepEqual(day('Publicado: 16/01/2025 10:42 CET   |   Actualizado: 16/01/2025 12:05 CET'), ['2025-01-16', undefined, undefined]);
    assert.deepEqual(day('Veröffentlicht am 12. März 2025, 14:30 Uhr'), ['2025-03-12', undefined, undefined]);
    assert.deepEqual(day('Pubblicato il 12 marzo 2025 alle 14:30'), ['2025-03-12', undefined, undefined]);
    assert.deepEqual(day('Published on 2 May 2023 at 05h30, updated at 08h12'), ['2023-05-02', undefined, undefined]);
    assert.deepEqual(day('Chennai | Published: ஜூலை 09, 2021 05:30 (July 09, 2021 05:30 IST)'), ['2021-07-09', undefined, undefined]);
    assert.deepEqual(day('2021年7月9日 19:30 [有料会員限定] (July 9, 2021, 19:30 JST, members only)'), ['2021-07-09', undefined, undefined]);
    assert.deepEqual(day('**Published Tue, Feb 14 2023 1:32 AM EST** · Updated Tue, Feb 14 2023 3:05 AM EST'), ['2023-02-14', undefined, undefined]);
    assert.deepEqual(day('*The Guardian · Science · Wed 23 Aug 2023 15.49 BST*'), ['2023-08-23', undefined, undefined]);
    assert.deepEqual(day('March 7, 2023 (Mainichi Japan)'), ['2023-03-07', undefined, undefined]);
    // Politico's "01/20/2025 09:12 PM EST": the day as written, not the day in UTC (chrono's date was the 21st).
    assert.deepEqual(day('01/20/2025 09:12 PM EST'), ['2025-01-20', undefined, undefined]);
    assert.deepEqual(day('2023-02-14 21:06:15 (北京时间 2023年02月14日 21:06)'), ['2023-02-14', undefined, undefined]);
    assert.deepEqual(day('21 February 2023, Tuesday 10:42'), ['2023-02-21', undefined, undefined]);
    // Thairath's "23 มิ.ย. 2568 08:45 น." (a year of the Buddhist era), then "(23 June 2025, 08:45)" on its own line.
    assert.deepEqual(day('23 มิ.ย. 2568 08:45 น.\n(23 June 2025, 08:45)'), ['2025-06-23', undefined, undefined]);
    assert.deepEqual(day('3 min read . Updated: 24 Jun 2021, 10:41 PM IST'), ['2021-06-24', undefined, undefined]);
    // A label's article is a word of its own: "Aggiornato alle" was read "Updated lle".
    assert.deepEqual(day('Aggiornato alle 14:30, 12 marzo 2025'), ['2025-03-12', undefined, undefined]);
    // The span is the line as written, wherever its words were put in English.
    const fr = 'Lappartient\n\nPublié le 17 septembre 2024 à 18h02\n\nHe has never hidden it: David Lappartient likes to win elections.\n';
    const frA = analyze('fr.txt', fr);
    assert.equal(slice(fr, frA.meta.published!.span), 'Publié le 17 septembre 2024 à 18h02');
    // A month's name of another language with no year, or a sentence, is no date line.
    assert.deepEqual(day('Publié le 17 septembre à 18h02'), [undefined, undefined, undefined]);
    assert.deepEqual(day('Le ministre a été nommé le 17 septembre 2024 à Paris, a-t-il dit.'), [undefined, undefined, undefined]);
    // Le Monde's front matter: "published: "Publié le 09 juillet 2021 à 11h02 - Mis à jour …"".
    const fm = analyze('lm.md', '---\ntitle: "In India, Modi reshuffles"\npublished: "Publié le 09 juillet 2021 à 11h02 - Mis à jour le 09 juillet 2021 à 14h37"\n---\n\nIt is a reshuffle of rare scope.\n');
    assert.deepEqual([fm.meta.published?.day, fm.meta.published?.from], ['2021-07-09', 'frontmatter']);
    // tagesschau's "published: "Stand: 08.03.2025 17:56 Uhr"": with dots, the day first (chrono read 3 August).
    const ts = analyze('ts.md', '---\ntitle: "Union and SPD conclude talks"\npublished: "Stand: 08.03.2025 17:56 Uhr"\n---\n\nThe talks ended.\n');
    assert.equal(ts.meta.published?.day, '2025-03-08');
  });

  // Ynetnews' "Published: 03.06.25, 07:15" was 6 March 2025, read as 3 June: it put Zamir's taking office "on Wednesday" on 28 May.
  it('a dotted date with a year of two digits is the day first, month first where the text names that day; where only its months lean so, a guess', () => {
    const pub = (head: string, text: string) => {
      const a = analyze('y.txt', `Zamir takes office\n\nYoav Zitun |\n${head}\n\n${text}\n`);
      return [a.meta.published?.day, a.meta.published?.guessed];
    };
    assert.deepEqual(pub('Itai Shalev | Published: 03.09.25, 19:30', 'The change was announced on March 9.'), ['2025-03-09', undefined]);
    assert.deepEqual(pub('Published: 03.06.25, 07:15', 'Zamir took office on March 6 at the Kirya.'), ['2025-03-06', undefined]);
    // (Only the months the text names lean to March: the day first, guessed, so no weekday is counted from it.)
    assert.deepEqual(pub('Published: 03.06.25, 07:15', 'He replaces Herzi Halevi, who resigned on January 21. Zamir was named on February 1.'), ['2025-06-03', true]);
    // (A Berlin page of 7 May that looks ahead to July and August is still of 7 May.)
    assert.deepEqual(pub('Published: 07.05.25', 'The summit is set for July 24, and talks resume on August 1.'), ['2025-05-07', true]);
    // (Nothing either way: the day first, as Europe writes dots.)
    assert.deepEqual(pub('Itai Shalev | Published: 03.09.25, 19:30', 'The change was announced on Sunday.'), ['2025-09-03', undefined]);
    // (With the year whole, the day first: "08.03.2025".)
    assert.deepEqual(pub('Published: 03.09.2025, 19:30', 'The change was announced on March 9.'), ['2025-09-03', undefined]);
  });

  // "Published 01.08.21" and tagesschau's "Stand: 08.03.25 17:56 Uhr" under a headline: a year of two digits, and
  // "Stand:" (as of), were no date line; "Published: 01.08.21 14:05" was read month first by chrono, as 8 January.
  it('a labelled numeric date with a year of two digits, German "Stand:" and Nordic and Dutch labels are date lines', () => {
    // (A dotted date with a year of two digits reads either way, as the text's own days say: see below.)
    const dayIn = (head: string, text: string) => {
      const a = analyze('d.txt', `Talks end\n\n${head}\n\n${text}\n`);
      return [a.meta.published?.day, a.meta.updated?.day, a.meta.published?.guessed];
    };
    assert.deepEqual(dayIn('Published 01.08.21', 'The talks ended on Sunday, August 1.'), ['2021-08-01', undefined, undefined]);
    assert.deepEqual(dayIn('Published: 01.08.21 14:05', 'The talks began on July 30.'), ['2021-08-01', undefined, undefined]);
    assert.deepEqual(dayIn('Stand: 08.03.25 17:56 Uhr', 'Die Gespräche begannen am 28. Februar. The talks began on February 28.'), ['2025-03-08', undefined, undefined]);
    assert.deepEqual(day('Stand: 08.03.2025 17:56 Uhr'), ['2025-03-08', undefined, undefined]);
    assert.deepEqual(dayIn('Veröffentlicht am 12.03.25', 'Die Gespräche endeten am 11. März. The talks ended on March 11.'), ['2025-03-12', undefined, undefined]);
    const t = 'Talks end\n\nPosted 3/12/24\n\nThe talks ended on Monday, March 11.\n';
    assert.equal(analyze('p.txt', t).meta.published?.day, '2024-03-12');
    // Swedish, Danish, Norwegian and Dutch labels and months, and "kl."/"om" before the hour.
    assert.deepEqual(day('Publicerad 16 augusti 2024 kl. 07.30 | Uppdaterad 16 augusti 2024 kl. 11.02'), ['2024-08-16', undefined, undefined]);
    assert.deepEqual(day('Publiceret 12. marts 2024 kl. 08.15'), ['2024-03-12', undefined, undefined]);
    assert.deepEqual(day('Gepubliceerd op 3 maart 2025 om 14:05'), ['2025-03-03', undefined, undefined]);
    // The Paper's "2024年1月3日 10:21  来源：澎湃新闻": the spaces before the source were taken for the hour's.
    assert.deepEqual(day('2024年1月3日 10:21  来源：澎湃新闻'), ['2024-01-03', undefined, undefined]);
    assert.deepEqual(day('2024-01-03 10:21  Source: The Paper'), ['2024-01-03', undefined, undefined]);
    // Korean pages' "입력" (entered) and "수정" (revised), with 오전/오후 before the hour.
    assert.deepEqual(day('입력 2024년 12월 6일 오전 9:12  |  수정 2024년 12월 6일 오후 2:40'), ['2024-12-06', undefined, undefined]);
    // An update after a comma, or glued to what stands before it: Le Monde, ABC, the Boston Globe, Reuters.
    assert.deepEqual(day('Published on January 4, 2024, at 6:30 pm (Paris), updated on January 5, 2024, at 10:02 am'), ['2024-01-04', undefined, undefined]);
    assert.deepEqual(day('Posted Sat 2 Mar 2024 at 4:31pm, updated Sat 2 Mar 2024 at 6:05pm'), ['2024-03-02', undefined, undefined]);
    assert.deepEqual(day('By Maura Callahan and Jeremy Fong Globe Staff,Updated January 3, 2024, 7:44 p.m.')[0], '2024-01-03');
    assert.deepEqual(day('January 2, 2024 3:27 PM ESTUpdated 3 hours ago'), ['2024-01-02', undefined, undefined]);
    // WAM's "ABU DHABI, 26th February, 2024 (WAM) --": a dateline with the day first.
    const wam = analyze('wam.txt', 'WTO conference opens\n\nABU DHABI, 26th February, 2024 (WAM) -- The conference opened today in Abu Dhabi.\n');
    assert.deepEqual([wam.meta.published?.day, wam.meta.published?.from, wam.meta.outlet?.text], ['2024-02-26', 'dateline', 'WAM']);
    // "approx." before the hour, a two-digit year before an hour after a byline, ideographic spaces between parts,
    // emphasis round the date only, a Spanish weekday and "hrs.".
    assert.deepEqual(day('Saturday, 2 March 2024, approx. 06:45 GST'), ['2024-03-02', undefined, undefined]);
    assert.deepEqual(day('BY GRANT W. MERCER, OPINION CONTRIBUTOR - 12/14/23 9:30 AM ET')[0], '2023-12-14');
    assert.deepEqual(day('2024年8月16日 08:45　来源：中华健康报　编辑：李静 (Li Jing)'), ['2024-08-16', undefined, undefined]);
    assert.deepEqual(day('*March 29, 2019* — Aviation Week staff'), ['2019-03-29', undefined, undefined]);
    assert.deepEqual(day('Publicado: Lunes 14 de septiembre de 2020 a las 04:00 hrs.'), ['2020-09-14', undefined, undefined]);
    const prn = analyze('prn.txt', 'Boeing statement\n\nCHICAGO, April 4, 2019 /PRNewswire/ -- Boeing issued the following statement today.\n');
    assert.deepEqual([prn.meta.published?.day, prn.meta.outlet?.text], ['2019-04-04', 'PRNewswire']);
    // More house styles: Le Monde's "modifié le", the Süddeutsche's reading time, a Spanish weekday and "a. m.", Sky's
    // ", UK", Corriere's "(modifica il …)", a weekday before a numeric date, months in lower case, The Register's "//",
    // an Italian month alone, "2. Dec", Reuters' hour run into the year, a Swahili date restated in English.
    for (const [line, want] of [
      ['Publié le 24 avril 2025 à 06h00, modifié le 24 avril 2025 à 10h12', '2025-04-24'], ['30.04.2025, 17:21 Uhr  |  Lesezeit: 5 Min.', '2025-04-30'],
      ['Martes, 6 de mayo de 2025 | 08:45 a. m.', '2025-05-06'], ['Thursday 8 May 2025 20:41, UK', '2025-05-08'],
      ['6 maggio 2025 (modifica il 6 maggio 2025 | 21:18)', '2025-05-06'], ['Thu, 13/02/2025 - 17:48', '2025-02-13'], ['Bruselas - 11 sept 2024 - 05:30 CEST', '2024-09-11'],
      ['Mon 23 Sep 2024 // 10:14 UTC', '2024-09-23'], ['25 settembre 2024', '2024-09-25'], ['Brussels, 2. Dec 2024, 17:32', '2024-12-02'],
      ['29. nov. 2024 kl. 06.00 · Opdateret 29. nov. 2024 kl. 09.14 · 6 min. læsetid', '2024-11-29'], ['April 10, 20224:12 AM GMTUpdated', '2022-04-10'],
      ['Jumatatu, Julai 1, 2024 (Monday, July 1, 2024)', '2024-07-01'],
      // The Telegraph (India)'s label after parts, with a two-digit year; the paper's name after the hour; a zone's offset run into "Updated".
      ['Saturday December 07 2024, 10.00pm GMT, The Times', '2024-12-07'],
      ['June 2, 20247:58 PM GMT+2Updated June 2, 2024', '2024-06-02'],
    ]) assert.equal(day(line)[0], want, line);
    // (A dotted date with a year of two digits is read as the text's days say; see above.)
    const patna = analyze('t.txt', 'Nitish sworn in\n\nOur Special Correspondent  |  Patna  |  Published 01.08.21, 01:15 AM\n\nThe assembly met on July 31.\n');
    assert.equal(patna.meta.published?.day, '2021-08-01');
    // A quoted post's day is the post's, not the page's.
    assert.deepEqual(day('> **Claudia Sheinbaum Pardo** ✔️ @Claudiashein · 5 oct. 2024, 22:41'), [undefined, undefined, undefined]);
    // Without a label, three numbers are no date line: a score, a code.
    assert.deepEqual(day('12/03/24'), [undefined, undefined, undefined]);
  });

  // Al Jazeera's "Published On 29 Apr 2023" under menus, a section, the headline, a deck and a note; the New York
  // Times' "March 22, 2025" under the byline and "Reporting from …"; CNA's "05 Feb 2025 06:00AM" under its author.
  it('a date alone under a page\'s menus, a deck and a byline is the publication day', () => {
    const menus = 'Al Jazeera\nNews  Middle East  Explained  Opinion  Sport  Video  More\nLive\n\nEconomy\n\nJapan\'s new central bank chief sticks with ultra-easy money\n\nKazuo Ueda keeps negative rates at his first meeting as governor, but a change in wording hints at what may come next.\n\n';
    const para = '\nThe Bank of Japan kept its ultra-low interest rates on Friday, as widely expected.\n';
    assert.equal(analyze('aj.txt', `${menus}Published On 29 Apr 2023\n${para}`).meta.published?.day, '2023-04-29');
    const nyt = 'The New York Times\nSPORTS | OLYMPICS\n\nCoventry\'s Landslide Was a Vote for Continuity\n\nHer first-round victory surprised even some of her supporters.\n\nBy Tariq Panja\nReporting from Costa Navarino, Greece\nMarch 22, 2025\nUpdated 9:18 a.m. ET\n';
    assert.equal(analyze('nyt.txt', `${nyt}${para}`).meta.published?.day, '2025-03-22');
    const cna = 'CNA\nSingapore  Asia  East Asia  World  Commentary\nAsia\n\nEXPLAINER\n\nFrom martial law to the dock\n\nWith five hearings down, the court is moving faster than many expected.\n\nLee Ga-young\n05 Feb 2025 06:00AM (Updated: 05 Feb 2025 09:41AM)\n';
    assert.equal(analyze('cna.txt', `${cna}${para}`).meta.published?.day, '2025-02-05');
    // Without the hour, the label or the author above it, a date under a sentence is the text's.
    assert.equal(analyze('cna.txt', `${cna.replace('Lee Ga-young\n05 Feb 2025 06:00AM (Updated: 05 Feb 2025 09:41AM)', 'The court sits again next week.\n\n05 Feb 2025')}${para}`).meta.published?.day, undefined);
  });

  // The Asahi's English pages: the site's name and menu, the section, the headline, "THE ASAHI SHIMBUN",
  // then "2023年4月9日 17時30分 (April 9, 2023 at 17:30 JST)". The article had no day, and its "took office
  // on April 9" none either.
  it('a date written in Chinese characters or Hangul, under a site\'s menu, is the publication day', () => {
    const t = 'The Asahi Shimbun | ASIA & JAPAN WATCH\n朝日新聞\nPOLITICS | BUSINESS | SOCIETY | CULTURE | TRAVEL | SCIENCE | SPORTS | OPINION | PHOTO\n\nBUSINESS\n\nUeda takes helm at BOJ, ending Kuroda\'s decade of easing\n\nTHE ASAHI SHIMBUN\n2023年4月9日 17時30分 (April 9, 2023 at 17:30 JST)\n\nEconomist Kazuo Ueda took office as governor of the Bank of Japan on Sunday, becoming the first academic to head the central bank in the postwar era and taking charge of an institution still committed to easing.\n\nUeda, 71, succeeds Haruhiko Kuroda, whose two five-year terms made him the longest-serving governor in the bank\'s history, and whose bond buying swelled the balance sheet to more than the size of the whole Japanese economy.\n';
    const a = analyze('asahi.txt', t);
    assert.equal(a.meta.published?.day, '2023-04-09');
    assert.equal(blockAt(a, t.indexOf('POLITICS'))?.reason, 'site menu');
    assert.equal(blockAt(a, t.indexOf('2023年'))?.kind, 'metadata');
    assert.deepEqual(a.facts.flatMap((f) => f.type === 'eventDate' ? [[f.key, f.event, f.day]] : []), [['person:kazuoueda', 'took office', '2023-04-09']]);
    assert.deepEqual(day('2025년 3월 4일 (화) 09:12'), ['2025-03-04', undefined, undefined]);
    assert.deepEqual(day('2023年9月10日'), ['2023-09-10', undefined, undefined]);
    // A menu of four sections or fewer, or with a number, is no menu: "Reuters | Markets | 3 min read".
    const b = analyze('m.txt', 'Headline here\n\nMarkets | Asia | Japan\n\nThe Bank of Japan kept rates on hold on Friday.\n');
    assert.equal(blockAt(b, b.length - 20)?.kind, 'body');
    assert.notEqual(blockAt(b, 'Headline here\n\n'.length)?.reason, 'site menu');
  });
});

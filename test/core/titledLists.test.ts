// Lists of titled names as Indian and US outlets write them: initials for given names
// ("JP Nadda", "N.V. Ramana"), "CM" for chief minister, titles for several ("Chief Ministers").

import * as assert from 'assert';
import { analyze, corpusOf, titleFacts } from './helpers';
import type { ArticleAnalysis } from '../../server/src/core/model';

const titles = titleFacts;
const people = (a: ArticleAnalysis) => a.mentions.filter((m) => m.kind === 'person').map((m) => m.text);

describe('titled lists: names that open with initials', () => {
  // "Amit Shah, BJP national president JP Nadda, …" gave Shah the title "BJP national president
  // JP Nadda", and Nadda was no one.
  it('a title and an initialled name in a list are the next person, not the one before', () => {
    const t = [
      'Fadnavis sworn in',
      'Published: 2024-12-05',
      '',
      'Apart from Modi, Union Home Minister Amit Shah, BJP national president JP Nadda, defence minister Rajnath Singh and others attended.',
      '',
      'Rajnath Singh, party president J.P. Nadda and chief ministers of BJP-led states were on stage.',
      '',
    ].join('\n');
    const a = analyze('nadda.txt', t);
    assert.deepEqual(titles(a), [
      ['person:amitshah', 'Union Home Minister'], ['person:jpnadda', 'BJP national president'], ['person:rajnathsingh', 'defence minister'],
      ['person:jpnadda', 'party president'],
    ]);
  });

  it('initials after what an office is of start the name; a middle initial stays in it', () => {
    const t = [
      'Naidu sworn in',
      'Published: 2024-06-12',
      '',
      'Guests included former Chief Justice of India N.V. Ramana, Deputy CM of Karnataka DK Shivakumar, and President George H.W. Bush.',
      '',
    ].join('\n');
    const a = analyze('initials.txt', t);
    assert.deepEqual(titles(a), [
      ['person:nvramana', 'Chief Justice of India'], ['person:dkshivakumar', 'Deputy CM of Karnataka'], ['person:georgehwbush', 'President'],
    ]);
    // Not "Karnataka DK Shivakumar", and "Deputy CM …" is not the Chief Justice's title.
    assert.deepEqual(people(a), ['N.V. Ramana', 'DK Shivakumar', 'George H.W. Bush']);
  });

  // "Kharge, Leader of Opposition in Lok Sabha Rahul Gandhi, …" and "Rajnath Singh, health
  // minister and party president Jagat Prakash Nadda, …" gave the titles to the one before.
  it('a title held "in" a house, or titles joined by "and", before a name in a list are the next person\'s', () => {
    const t = [
      'Oath',
      'Published: 2024-10-16',
      '',
      'Congress president Mallikarjun Kharge, Leader of Opposition in Lok Sabha Rahul Gandhi, and others came.',
      '',
      'Defence minister Rajnath Singh, health minister and party president Jagat Prakash Nadda, chief ministers and top leaders came.',
      '',
      'Jagat Prakash Nadda, health minister and party president, said so. Eric Garcetti, former Los Angeles mayor and a close ally of President Joe Biden, was confirmed.',
      '',
    ].join('\n');
    assert.deepEqual(titles(analyze('house.txt', t)), [
      ['person:mallikarjunkharge', 'president'], ['person:rajnathsingh', 'Defence minister'], ['person:jagatprakashnadda', 'party president'],
      ['person:jagatprakashnadda', 'health minister'], ['person:ericgarcetti', 'former Los Angeles mayor'], ['person:josephbiden', 'President'],
    ]);
  });

  it('two initials and a surname are a person only after a role ("JP Morgan" alone may be a bank)', () => {
    const t = 'Polls\nPublished: 2025-02-08\n\nBJP president JP Nadda said the party would win. The bank\'s chief executive JP Morgan said so.\n';
    assert.deepEqual(people(analyze('role.txt', t)), ['JP Nadda']);
  });
});

describe('titled lists: "CM" is a chief minister', () => {
  it('"CM Siddaramaiah" holds an office, the one "Chief Minister" names', () => {
    const t = 'Cabinet\nPublished: 2023-05-20\n\nKarnataka CM Siddaramaiah and Deputy CM DK Shivakumar took oath.\n';
    const a = analyze('cm.txt', t);
    const offices = a.facts.flatMap((f) => (f.type === 'title' ? [[f.title.text, f.title.office]] : []));
    assert.deepEqual(offices, [['Karnataka CM', 'karnataka chief minister'], ['Deputy CM', 'deputy chief minister']]);
  });

  it('a deputy chief minister in one source and the chief minister in another disagree; "CM" and "Chief Minister" agree', () => {
    const day = 'Published: 2024-12-05\n\n';
    const { corpus } = corpusOf({
      'a.txt': `Oath\n${day}Deputy CM Eknath Shinde took oath on Thursday.\n`,
      'b.txt': `Oath\n${day}Chief Minister Eknath Shinde took oath on Thursday.\n`,
      'c.txt': `Oath\n${day}Deputy Chief Minister Eknath Shinde took oath on Thursday.\n`,
    });
    const conflicts = corpus.conflictsIn('file:///fixtures/b.txt');
    assert.deepEqual(conflicts.map((c) => [c.fact, c.sides.map((s) => s.value).sort()]), [['office', ['Chief Minister', 'Deputy CM', 'Deputy Chief Minister']]]);
    assert.equal(corpus.conflictsIn('file:///fixtures/a.txt').length, 1);
  });
});

describe('titled lists: what a title runs over', () => {
  // "von der Leyen, President Javier Milei of Argentina, …" gave her Milei's title; "the head of
  // global advertising" ended at "advertising", read as a verb.
  it('a title, a name and the place it is of are the next person in a list', () => {
    const t = 'Davos\nPublished: 2025-01-21\n\nLeaders included Ursula von der Leyen, President Javier Milei of Argentina, and Chinese Vice Premier Ding Xuexiang.\n';
    assert.deepEqual(titles(analyze('milei.txt', t)), [['person:javiermilei', 'President'], ['person:dingxuexiang', 'Chinese Vice Premier']]);
  });

  // "Spokesman for President Putin Dmitry Peskov" was one person "Putin Dmitry Peskov".
  it('an office "for" or "to" someone names him by one word; the holder\'s name starts at a given name', () => {
    const t = 'Talks\nPublished: 2025-05-16\n\nSpokesman for President Putin Dmitry Peskov said so. Adviser to President Zelensky Andriy Yermak agreed. Chief of Staff to President Lee Jae Myung came.\n';
    assert.deepEqual(titles(analyze('for.txt', t)), [
      ['person:dmitrypeskov', 'Spokesman for President Putin'], ['person:andreiyermak', 'Adviser to President Zelensky'], ['person:licamyunk', 'President'],
    ]);
  });

  // "White House Special Envoy to the Middle East Steve Witkoff" was a person "Middle East Steve
  // Witkoff" and a body "White House Special"; "Chief Investment Officer of Key Square Capital
  // Management" a person "Capital Management".
  it('a place after an office\'s "to" is the post\'s; "Special" is the office\'s; a "Management" is a body', () => {
    const t = [
      'Envoys',
      'Published: 2025-04-12',
      '',
      'White House Special Envoy to the Middle East Steve Witkoff and Czech Ambassador to the United Kingdom Michael Zantovsky met. He was Chief Investment Officer of Key Square Capital Management.',
      '',
    ].join('\n');
    const a = analyze('to.txt', t);
    assert.deepEqual(titles(a), [
      ['person:stevenwitkoff', 'White House Special Envoy to the Middle East'], ['person:michaelzantovsky', 'Czech Ambassador to the United Kingdom'],
    ]);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'organization').map((m) => m.text), ['White House', 'Key Square Capital Management']);
  });

  // "Commander-in-Chief Oleksandr Syrskyi", "Presidential Aide Vladimir Medinsky" were people of
  // those names, title and all.
  it('"Commander-in-Chief", "Editor-in-Chief" and "Aide" are offices', () => {
    const t = 'Talks\nPublished: 2025-05-16\n\nCommander-in-Chief Oleksandr Syrskyi, Presidential Aide Vladimir Medinsky and Atlantic Editor-in-Chief Jeffrey Goldberg spoke. Kremlin aide Yuri Ushakov said so.\n';
    assert.deepEqual(titles(analyze('inchief.txt', t)), [
      ['person:alexandersyrskyi', 'Commander-in-Chief'], ['person:vladimirmedinsky', 'Presidential Aide'], ['person:jeffreygoldberg', 'Atlantic Editor-in-Chief'],
      ['person:yuriushakov', 'aide'],
    ]);
  });

  it('portfolios in -ing ("advertising", "nursing") and a role\'s acronym in parentheses stay in the title', () => {
    const t = [
      'Appointments',
      'Published: 2025-09-01',
      '',
      'Linda Yaccarino, the head of global advertising and partnerships at NBCUniversal, joined. Sarah Mullally, a former chief nursing officer for England, was named.',
      '',
      'Nestle has dismissed its chief executive officer (CEO) Laurent Freixe. Oliver Mintzlaff, CEO Corporate Projects and Investments, said so. Executive Chairman of the Presidium Li Hongzhong spoke.',
      '',
    ].join('\n');
    assert.deepEqual(titles(analyze('long.txt', t)), [
      ['person:lindayaccarino', 'the head of global advertising and partnerships at NBCUniversal'], ['person:sarahmullally', 'a former chief nursing officer for England'],
      ['person:laurentfreixe', 'chief executive officer'], ['person:olivermintzlaff', 'CEO Corporate Projects'], ['person:lihongzhong', 'Executive Chairman of the Presidium'],
    ]);
  });
});

describe('titled lists: "deputy" in lower case', () => {
  // "the finance minister and deputy Prime Minister Choi Sang-mok" read as "Prime Minister", and
  // against "Deputy Prime Minister Choi Sang-mok" elsewhere made a false conflict.
  it('"deputy" or "vice" in lower case before a capitalised office is part of it', () => {
    const t = 'Acting president\nPublished: 2025-03-24\n\nThe finance minister and deputy Prime Minister Choi Sang-mok had served. South Africa\'s former deputy President Phumzile Mlambo-Ngcuka mediated. He met his deputy Ahmed Khan.\n';
    const a = analyze('deputy.txt', t);
    assert.deepEqual(a.facts.flatMap((f) => (f.type === 'title' ? [[f.key, f.title.text, f.title.office, f.title.status]] : [])), [
      ['person:coisankmok', 'deputy Prime Minister', 'deputy prime minister', 'current'],
      ['person:phumzilemlambongcuka', 'deputy President', 'deputy president', 'past'],
      ['person:ahmedkhan', 'deputy', 'deputy', 'current'],
    ]);
  });

  it('so a source\'s "deputy Prime Minister" agrees with another\'s "Deputy Prime Minister"', () => {
    const { corpus } = corpusOf({
      'a.txt': 'Court\nPublished: 2025-03-24\n\nThe finance minister and deputy Prime Minister Choi Sang-mok has been serving as acting president.\n',
      'b.txt': 'Court\nPublished: 2025-05-01\n\nDeputy Prime Minister Choi Sang-mok resigned on Thursday.\n',
    });
    assert.deepEqual(corpus.conflictsIn('file:///fixtures/a.txt'), []);
  });
});

describe('titled lists: a name, then the body the person is with', () => {
  // "Sheila Dikshit of the Congress", "John Mahama of the National Democratic Congress" were
  // bodies of those names: a "Congress" is read as a meeting's head before anything else.
  it('a whole name from a given name on, then "of the" and a body, is the person and the body', () => {
    const t = 'Delhi\nPublished: 2025-02-20\n\nIt was Sheila Dikshit of the Congress who won. John Mahama of the National Democratic Congress won too. Bank of America sued.\n';
    const a = analyze('of.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'person' || m.kind === 'organization').map((m) => [m.kind, m.text]), [
      ['person', 'Sheila Dikshit'], ['person', 'John Mahama'], ['organization', 'National Democratic Congress'], ['organization', 'Bank of America'],
    ]);
  });
});

describe('titled lists: bodies inside a title', () => {
  // "Union Home Minister Amit Shah" made a body "Union Home" in eight Indian sources.
  it('a body\'s word and a portfolio after it are the office\'s; a bank named head first is a body', () => {
    const t = 'Oath\nPublished: 2024-12-05\n\nUnion Home Minister Amit Shah, Party General Secretary To Lam and Bank Negara Governor Abdul Rasheed Ghaffour attended.\n';
    const a = analyze('union.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'organization').map((m) => m.text), ['Bank Negara']);
    assert.deepEqual(titles(a), [
      ['person:amitshah', 'Union Home Minister'], ['person:tolam', 'Party General Secretary'], ['person:abdulrasheedghaffour', 'Bank Negara Governor'],
    ]);
  });
});

describe('titled lists: titles for several', () => {
  // "Chief Ministers from the BJP-ruled states" was a person "Ministers" with the title "Chief";
  // "Nadda, chief ministers and deputy chief ministers of BJP-led states" Nadda's title.
  it('a plural title is no one\'s name and no one\'s appositive title', () => {
    const t = [
      'Oath',
      'Published: 2025-02-20',
      '',
      'Prime Minister Narendra Modi, along with Chief Ministers from the BJP-ruled states, was on stage.',
      '',
      'Party president Jagat Prakash Nadda, chief ministers and deputy chief ministers of BJP-led states, and top leaders came.',
      '',
      'Giorgia Meloni, President of the Council of Ministers, and Dan Caine, the Joint Chiefs chairman, came too.',
      '',
    ].join('\n');
    const a = analyze('plural.txt', t);
    assert.deepEqual(people(a), ['Narendra Modi', 'Jagat Prakash Nadda', 'Giorgia Meloni', 'Dan Caine']);
    assert.deepEqual(titles(a), [
      ['person:narendramodi', 'Prime Minister'], ['person:jagatprakashnadda', 'Party president'],
      ['person:giorgiameloni', 'President of the Council of Ministers'], ['person:danielcaine', 'the Joint Chiefs chairman'],
    ]);
  });

  it('"Representatives of the …", "Heads of State of the …" speak for the body after them', () => {
    const t = 'Talks\nPublished: 2022-11-02\n\nRepresentatives of the Ethiopian Government and the TPLF met. Members of the Electoral College voted. The Heads of Government Meeting opened.\n';
    const a = analyze('sent.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'organization' || m.kind === 'meeting').map((m) => [m.kind, m.text]), [
      ['organization', 'Ethiopian Government'], ['organization', 'Electoral College'], ['meeting', 'Heads of Government Meeting'],
    ]);
  });

  it('"Superintendent of Public Instruction Mo Green": the portfolio ends the title, the name is his', () => {
    const t = 'Stein sworn in\nPublished: 2025-01-01\n\nStein was sworn in by Superintendent of Public Instruction Mo Green on Wednesday.\n';
    assert.deepEqual(titles(analyze('dpi.txt', t)), [['person:mogreen', 'Superintendent of Public Instruction']]);
  });
});

// "was FIA World Motor Sport Council Vice President for Middle East" was one body, office and all
// (3 sources); "White House Chief of Staff" was a body too.
describe('titled lists: an office after a body\'s name, then what it is for', () => {
  const orgs = (s: string) => analyze('o.txt', `Head line\nPublished: 2021-12-17\n\n${s}\n`).mentions.filter((m) => m.kind === 'organization').map((m) => m.text);

  it('ends the body\'s name at the office', () => {
    assert.deepEqual(orgs('He was FIA World Motor Sport Council Vice President for Middle East from 2008.'), ['FIA World Motor Sport Council']);
    assert.deepEqual(orgs('The new White House Chief of Staff arrived.'), ['White House']);
  });

  it('a body named by what it is of keeps its name', () => {
    assert.deepEqual(orgs('The Department of Justice acted, and the Office of the President replied.'), ['Department of Justice', 'Office of the President']);
  });
});

// "Afterwards Ms Truss, who was joined by her husband …" gave Truss the title "Afterwards".
describe('titled lists: an adverb opening a sentence', () => {
  it('is no title of the name after it', () => {
    const a = analyze('adv.txt', 'Head line\nPublished: 2022-09-06\n\nAfterwards Ms Truss, who was joined by her husband Hugh O\'Leary, said she was honoured. Separately Mr Smith spoke.\n');
    assert.deepEqual(titles(a), []);
  });
});

// A Commonwealth press release: "…, the President of Rwanda, H.E. Paul Kagame, the Commonwealth
// Secretary-General, the Rt Hon Patricia Scotland QC, …" made Kagame the Secretary-General.
describe('titled lists: each title before its name, in a formal list', () => {
  it('a title after a name, then "the" and a style, is the next guest\'s', () => {
    for (const s of [
      'Remarks came from the President of Rwanda, H.E. Paul Kagame, the Commonwealth Secretary-General, the Rt Hon Patricia Scotland QC, and others.',
      'Remarks came from the President of Rwanda, Paul Kagame, the Commonwealth Secretary-General, the Rt Hon Patricia Scotland, and others.',
    ]) assert.deepEqual(titles(analyze('list.txt', `Head line\nPublished: 2022-06-24\n\n${s}\n`)).filter(([k]) => k === 'person:paulkagame'), [], s);
  });

  // The Guardian: "…his son-in-law Jared Kushner, Qatar's prime minister, Sheikh Mohammed bin
  // Abdulrahman al-Thani, and the head of Turkish intelligence, İbrahim Kalın" made Kushner Qatar's prime minister.
  it('a title between two names of a list, the next with no title after it, is neither\'s', () => {
    const a = analyze('list.txt', "Head line\nPublished: 2025-10-09\n\nThe deal followed the arrival of Trump's envoy Steve Witkoff, his son-in-law Jared Kushner, Qatar's prime minister, Sheikh Mohammed bin Abdulrahman al-Thani, and the head of Turkish intelligence, İbrahim Kalın.\n");
    assert.deepEqual(titles(a), [['person:stevenwitkoff', 'envoy']]);
    assert.deepEqual(people(a), ['Steve Witkoff', 'Jared Kushner', 'Mohammed bin Abdulrahman al-Thani', 'İbrahim Kalın']);
  });

  it('a title after a name, then the next name without a style, is still the name\'s own', () => {
    const a = analyze('list.txt', 'Head line\nPublished: 2022-06-24\n\nLeaders included Joe Biden, the US president, Xi Jinping, the Chinese leader, and others.\n');
    assert.deepEqual(titles(a), [['person:josephbiden', 'the US president'], ['person:xijinping', 'the Chinese leader']]);
  });

  // Moroccan and Botswanan coverage: "…, the Head of Government, Mr. Aziz Akhannouch, the Minister of
  // the Interior, Mr. Abdelouafi Laftit" made Akhannouch the interior minister.
  it('a title after a name, then "Mr." and a name, is the next one\'s', () => {
    const a = analyze('list.txt', 'Quake\nPublished: 2023-09-09\n\nThe session was attended by the Head of Government, Mr. Aziz Akhannouch, the Minister of the Interior, Mr. Abdelouafi Laftit, and others.\n');
    assert.deepEqual(titles(a).filter(([k]) => k === 'person:azizakhannouch'), []);
    assert.deepEqual(people(a), ['Aziz Akhannouch', 'Abdelouafi Laftit']);
  });

  // IOC coverage: David Lappartient's title was "HRH Prince Feisal Al Hussein", the name before his.
  it('a styled name before a comma is the one before in a list, not the next one\'s title', () => {
    const a = analyze('list.txt', 'Vote\nPublished: 2025-03-20\n\nThe order of candidates is: HRH Prince Feisal Al Hussein, David Lappartient, Johan Eliasch, the IOC said. The President of ECOWAS, Omar Alieu Touray, said no.\n');
    assert.deepEqual(titles(a), [['person:feisalalhussein', 'HRH Prince'], ['person:omaralieutouray', 'President of ECOWAS']]);
    // Mid-day: "PM Modi, Amit Shah, NDA chief ministers …" made Amit Shah "PM Modi".
    const b = analyze('list.txt', 'Oath\nPublished: 2024-06-09\n\nPM Modi, Amit Shah, NDA chief ministers and others attended.\n');
    assert.deepEqual(titles(b).filter(([k]) => k === 'person:amitshah'), []);
  });
});

// Venice coverage: Jarmusch's film "Father Mother Sister Brother" was a person in 6 sources.
describe('titled lists: words of kin', () => {
  const people = (s: string) => analyze('kin.txt', `Head line\nPublished: 2025-09-07\n\n${s}\n`).mentions.filter((m) => m.kind === 'person').map((m) => m.text);

  it('words of kin only name no one; a title of kin before a name still does', () => {
    assert.deepEqual(people('The Golden Lion went to Jim Jarmusch’s Father Mother Sister Brother.').filter((t) => /Mother|Brother/.test(t)), []);
    assert.deepEqual(people('His film Father Mother Sister Brother won.'), []);
    assert.deepEqual(people('Mother Teresa spoke.'), ['Mother Teresa']);
  });

});

describe('titled lists: a post, a colon and its holder', () => {
  // A cabinet's list in a Kyodo story: "- Defense Minister: Shinjiro Koizumi" gave no title, and its
  // lines, all capitalised, were read as Title Case subheadings whose names were only tentative.
  it('a list line of a post, a colon or a dash, and its holder gives the holder that title', () => {
    const t = 'Cabinet\nPublished: 2025-10-21\n\nTakaichi named her cabinet on Tuesday.\n\n- Chief Cabinet Secretary: Minoru Kihara\n- Economy, Trade and Industry Minister: Ryosei Akazawa\n\n**Minister of Defense — Shinjiro Koizumi, 44 (LH)**\n\nThe reason: Koizumi agreed. Note: Toshimitsu Motegi spoke.\n';
    const a = analyze('list.txt', t);
    assert.deepEqual(titles(a), [['person:minorukihara', 'Chief Cabinet Secretary'], ['person:ryoseiakazawa', 'Economy, Trade and Industry Minister'], ['person:shinjirokoizumi', 'Minister of Defense']]);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'person' && !m.tentative).map((m) => t.slice(m.span.start, m.span.end)), ['Minoru Kihara', 'Ryosei Akazawa', 'Shinjiro Koizumi', 'Koizumi']);
  });

  // Kyodo and the Nigerian press: "the Cabinet of Prime Minister Sanae Takaichi" gave her the office
  // "Cabinet of Prime Minister", and an organisation "Cabinet of Prime"; "the Government of President Bola Tinubu" likewise.
  it('a body before "of" and a whole title after it is the holder\'s body, no part of the title', () => {
    const a = analyze('body.txt', 'Head line\nPublished: 2025-10-21\n\nThe Cabinet of Prime Minister Sanae Takaichi met. The Federal Government of President Bola Tinubu said so. The Ministry of Foreign Affairs Spokesperson Mao Ning said so.\n');
    assert.deepEqual(titles(a), [['person:sanaetakaichi', 'Prime Minister'], ['person:bolatinubu', 'President'], ['person:maoning', 'Ministry of Foreign Affairs Spokesperson']]);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'organization').map((m) => m.text), ['Federal Government', 'Ministry of Foreign Affairs']);
  });
});

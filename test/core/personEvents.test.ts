// The day a person took office or died, as each source states it, and the sources that disagree.
// Real coverage had them: a Hampshire paper's "Sushila Karki was sworn in as interim prime
// minister on Thursday, September 11" against every other source's Friday the 12th; Anadolu's
// "Dan took office on May 27" against "Dan was sworn in on 26 May".

import { strict as assert } from 'assert';
import { conflictDiagnostics } from '../../server/src/core/service/diagnostics';
import { conflictSentence } from '../../server/src/core/service/hover';
import { packAnalysis, StoredArticle } from '../../server/src/core/storedArticle';
import { analyze, corpusOf, DEFAULT_DIAGNOSTICS, slice } from './helpers';

function wire(headline: string, day: string, body: string): string {
  return `${headline}\nPublished: ${day}, 10:00\n\nKATHMANDU (AP) -- ${body}\n`;
}

/** Each person event a text states: key, event, post, day, date as written, plan. */
function events(body: string, day = '15 Sept. 2025'): string[] {
  const a = analyze('a.txt', wire('Nepal', day, body));
  return a.facts.flatMap((f) => f.type === 'eventDate' && f.event ? [`${f.key} ${f.event} [${f.post ?? ''}] ${f.day} "${f.dateText}"${f.planned ? ' planned' : ''}`] : []);
}

/** The conflicts among these articles: id, and each side's "file=day". */
function conflicts(files: Record<string, string>): [string, string[]][] {
  return corpusOf(files).corpus.allConflicts().map((c) => [c.id, c.sides.map((sd) => `${sd.label}=${sd.norm}`).sort()]);
}

describe('person events: the day a person took office or died', () => {
  it('reads the name as subject, the verb, the post after "as", and the first day after them', () => {
    assert.deepEqual(events('Sushila Karki was sworn in as interim prime minister on Friday at the president\'s office.'), [
      'person:sushilakarki took office [interim prime minister] 2025-09-12 "Friday"',
    ]);
    assert.deepEqual(events('Former chief justice Sushila Karki, 73, was sworn in on Thursday, September 11, becoming the first woman to hold the role.'), [
      'person:sushilakarki took office [] 2025-09-11 "Thursday, September 11"',
    ]);
    assert.deepEqual(events('Mark Carney, who was sworn in March 15 at Rideau Hall, named no ministers from Alberta.'), [
      'person:markcarney took office [] 2025-03-15 "March 15"',
    ]);
    assert.deepEqual(events('President Nicusor Dan took office on May 26. Pope Francis died on Easter Monday, April 21.'), [
      'person:nicusordan took office [] 2025-05-26 "May 26"', 'person:popefrancis died [] 2025-04-21 "Monday, April 21"',
    ]);
  });

  it('the event as a noun of the name\'s: "Mahama\'s inauguration on 7 January", "Francis\' death on April 21"; not an anniversary\'s day', () => {
    assert.deepEqual(events('President John Dramani Mahama\'s inauguration on 7 January drew leaders from the region. Pope Francis\' death on April 21 stunned Catholics.', '1 May 2025'), [
      'person:johndramanimahama took office [] 2025-01-07 "7 January"', 'person:popefrancis died [] 2025-04-21 "April 21"',
    ]);
    // No one's death is planned: a day ahead is a day misread.
    assert.deepEqual(events('Pope Francis\' death on May 5 stunned Catholics.', '1 May 2025'), []);
    // Ahead of the source, a noun's day is a plan ("ahead of Lee's inauguration on June 4"); so is one "scheduled for" a day.
    assert.deepEqual(events('Crowds gathered ahead of President Lee Jae-myung\'s inauguration on June 4. President Nicusor Dan\'s swearing-in is scheduled for May 26.', '21 May 2025'), [
      'person:licamyunk took office [] 2025-06-04 "June 4" planned', 'person:nicusordan took office [] 2025-05-26 "May 26" planned',
    ]);
    assert.deepEqual(events('On the tenth anniversary of President Nelson Mandela\'s death on Dec. 5, crowds gathered.', '6 Dec. 2023'), []);
  });

  it('the day between the name and its verb ("Nitish Kumar on Thursday took oath as the chief minister"); the times taken and "took oath" itself', () => {
    // (A term of more words, and the oaths of allegiance and office: Jamaican coverage of Andrew Holness.)
    assert.deepEqual(events('Prime Minister Andrew Holness, who was sworn in for a third consecutive term on Sept. 12, spoke. Prime Minister Andrew Holness took the oaths of allegiance and office as Prime Minister of Jamaica on Friday.', '13 Sept. 2025'), [
      'person:andrewholness took office [] 2025-09-12 "Sept. 12"', 'person:andrewholness took office [jamaica prime minister] 2025-09-12 "Friday"',
    ]);
    assert.deepEqual(events('Chief Minister Nitish Kumar on Thursday took oath as the chief minister of Bihar. Chief Minister Hemant Soren on Thursday said he took oath on Monday.', '21 Nov. 2025'), [
      'person:nitishkumar took office [bihar chief minister] 2025-11-20 "Thursday"',
    ]);
    assert.deepEqual(events('Chief Minister Nitish Kumar, 74, took oath as Chief Minister of Bihar for the TENTH time on Wednesday, November 19, at Gandhi Maidan.', '21 Nov. 2025'), [
      'person:nitishkumar took office [bihar chief minister] 2025-11-19 "Wednesday, November 19"',
    ]);
  });

  it('an aside that ends in "who" is the name\'s own clause; one about someone else is not', () => {
    assert.deepEqual(events('Interim Prime Minister Sushila Karki, the 73-year-old former chief justice who was sworn in on Thursday, September 11, has six months.', '19 Sept. 2025'), [
      'person:sushilakarki took office [] 2025-09-11 "Thursday, September 11"',
    ]);
    assert.deepEqual(events('Interim Prime Minister Sushila Karki, a friend of the man who was sworn in on Thursday, September 11, has six months.', '19 Sept. 2025'), []);
    // A participle of the name's own is; a name that ends an aside is not the verb's subject.
    assert.deepEqual(events('Interim Prime Minister Sushila Karki, sworn in on 12 September, has six months.', '26 Sept. 2025'), ['person:sushilakarki took office [] 2025-09-12 "12 September"']);
    assert.deepEqual(events('Karol Nawrocki, a historian backed by U.S. President Donald Trump, was sworn in on Wednesday as president.', '7 Aug. 2025'), []);
  });

  it('a day ahead is a plan; a plan written as one is marked so', () => {
    assert.deepEqual(events('Former Chief Justice Sushila Karki is expected to be sworn in on Sunday. Prime Minister Ali Rana will take office on Oct. 1.'), [
      'person:sushilakarki took office [] 2025-09-21 "Sunday" planned', 'person:alirana took office [] 2025-10-01 "Oct. 1" planned',
    ]);
  });

  it('no day across a clause, another person or a day read ahead of the source', () => {
    assert.deepEqual(events('Prime Minister Ali Khan was sworn in, and the protests ended on Tuesday.'), []);
    assert.deepEqual(events('Prime Minister Ali Khan was sworn in after Defence Minister Reza Shah arrived on Tuesday.'), []);
    // ("on Wednesday" after a comma is read as the Wednesday ahead of a Monday source: not a day he died.)
    assert.deepEqual(events('Opposition leader Raila Odinga, 80, died in a hospital in Kerala, India, on Wednesday morning.'), []);
    // The name's own act: "inaugurated the bridge", "elected a speaker", with or without the day first.
    assert.deepEqual(events('President Joko Widodo inaugurated the new bridge on Monday. King Abdullah II on Sunday inaugurated the session. Speaker Ali Khan elected Ram Rana as his deputy on Monday.'), []);
    // "Last Saturday" on a Sunday: the day before, or the week before's?
    assert.deepEqual(events('Sanae Takaichi, elected LDP leader just last Saturday, may become prime minister.', '12 Oct. 2025'), []);
    // Punch: "sworn in by President Bola Tinubu two weeks ago, on October 23": about then, no day to hold it to.
    assert.deepEqual(events('INEC Chairman Joash Amupitan, who was sworn in by President Bola Tinubu two weeks ago, on October 23, faces a test.', '7 Nov. 2025'), []);
    // Who gave the oath is no second subject: "sworn in by King Philippe on Monday 3 February".
    assert.deepEqual(events('Bart De Wever led the talks. De Wever, who was sworn in by King Philippe on Monday 3 February, spoke. Jim Roe was sworn in with Ann Doe on Monday.', '8 Feb. 2025'), [
      'person:bartdewever took office [] 2025-02-03 "Monday 3 February"',
    ]);
    // Said of him by someone else, or in a quotation: not the source's statement.
    assert.deepEqual(events('Speaker Dev Raj Ghimire said Prime Minister Ali Khan "was sworn in on Friday".'), []);
  });

  it('two sources a day apart disagree, with a message that says what happened', () => {
    const aljazeera = wire('Profile', '13 Sept. 2025', 'Sushila Karki, a former chief justice, was sworn in late on Friday to head an interim government.');
    const afp = wire('Vote', '21 Sept. 2025', 'Sushila Karki was sworn in as interim prime minister on September 12, and set elections for March.');
    const local = wire('Vigil', '16 Sept. 2025', 'Former chief justice Sushila Karki was sworn in as interim prime minister on Thursday, September 11, becoming the first woman to hold the role.');
    const built = corpusOf({ 'aljazeera.txt': aljazeera, 'afp.txt': afp, 'local.txt': local });
    assert.deepEqual(conflicts({ 'aljazeera.txt': aljazeera, 'afp.txt': afp, 'local.txt': local }), [
      ['person:sushilakarki|date:took office', ['afp.txt=2025-09-12', 'aljazeera.txt=2025-09-12', 'local.txt=2025-09-11']],
    ]);
    const [d] = conflictDiagnostics(built.corpus, built.uri('local.txt'), DEFAULT_DIAGNOSTICS);
    assert.equal(d.code, 'dateConflict');
    assert.equal(d.message, `Sushila Karki took office: 'Thursday, September 11' here, 'September 12' in afp.txt, 'Friday' in aljazeera.txt for the date`);
    assert.equal(slice(local, d.span), 'Thursday, September 11');
    const c = built.corpus.allConflicts()[0];
    assert.equal(conflictSentence(c, 'Sushila Karki'), `Sushila Karki: sources disagree on the day of taking office: 'September 12' in \`afp.txt\`, 'Friday' in \`aljazeera.txt\`, 'Thursday, September 11' in \`local.txt\``);
    // Switched off with the other date conflicts.
    assert.deepEqual(conflictDiagnostics(built.corpus, built.uri('local.txt'), { ...DEFAULT_DIAGNOSTICS, dateConflict: { enabled: false, severity: 'warning' } }), []);
    assert.deepEqual(conflicts({ 'aljazeera.txt': aljazeera, 'afp.txt': afp }), []);
  });

  it('elected, only to a post named, and compared only with the same post', () => {
    assert.deepEqual(events('Sussan Ley was elected leader of the Liberal Party on May 14. Sussan Ley was elected Liberal leader on May 13. Prime Minister Ana Paz was elected on May 12.', '21 May 2025'), [
      'person:sussanley elected [liberal party leader] 2025-05-14 "May 14"', 'person:sussanley elected [liberal leader] 2025-05-13 "May 13"',
    ]);
    const aa = wire('Coalition', '21 May 2025', 'Sussan Ley, who was elected leader of the Liberal Party on May 14, became the first woman to lead it.');
    const aap = wire('Frontbench', '28 May 2025', 'Sussan Ley, who was elected Liberal leader on May 13, said the Coalition would reunite.');
    assert.deepEqual(conflicts({ 'aa.txt': aa, 'aap.txt': aap }), [['person:sussanley|date:elected', ['aa.txt=2025-05-14', 'aap.txt=2025-05-13']]]);
    const built = corpusOf({ 'aa.txt': aa, 'aap.txt': aap });
    assert.deepEqual(conflictDiagnostics(built.corpus, built.uri('aa.txt'), DEFAULT_DIAGNOSTICS).map((d) => d.message), [`Sussan Ley was elected: 'May 14' here, 'May 13' in aap.txt for the date`]);
    // Elected to the party's lead, then to the government's: two posts.
    const ldp = wire('LDP', '5 Oct. 2025', 'Sanae Takaichi was elected LDP president on Oct. 4.');
    const diet = wire('Diet', '22 Oct. 2025', 'Sanae Takaichi was elected prime minister on Oct. 21.');
    assert.deepEqual(conflicts({ 'ldp.txt': ldp, 'diet.txt': diet }), []);
  });

  it('sworn in and took office are one day; died is another event', () => {
    const ecfr = wire('Romania', '1 June 2025', 'Nicusor Dan, the new president, was sworn in on 26 May. Prime Minister Marcel Ciolacu resigned.');
    const aa = wire('Romania', '23 June 2025', 'President Nicusor Dan took office on May 27, the ministry said.');
    assert.deepEqual(conflicts({ 'ecfr.txt': ecfr, 'aa.txt': aa }), [['person:nicusordan|date:took office', ['aa.txt=2025-05-27', 'ecfr.txt=2025-05-26']]]);
    const died = wire('Obituary', '20 June 2025', 'Former president Nicusor Dan died on May 27, the ministry said.');
    assert.deepEqual(conflicts({ 'ecfr.txt': ecfr, 'died.txt': died }), []);
  });

  it('two posts, two terms or a plan kept are no disagreement', () => {
    const acting = wire('Nepal', '10 Sept. 2025', 'Ram Chandra Poudel was sworn in as acting president on Tuesday.');
    const full = wire('Nepal', '15 Sept. 2025', 'Ram Chandra Poudel was sworn in as president on Friday.');
    assert.deepEqual(conflicts({ 'acting.txt': acting, 'full.txt': full }), []);
    // Without a post on one side, the two days are compared.
    const bare = wire('Nepal', '15 Sept. 2025', 'Ram Chandra Poudel was sworn in on Friday.');
    assert.deepEqual(conflicts({ 'acting.txt': acting, 'bare.txt': bare }).map(([id]) => id), ['person:ramchandrapoudel|date:took office']);
    // A party's leadership is not the office sworn into: "took over as Liberal leader on March 9",
    // "was sworn in on March 14" (as prime minister).
    const leader = wire('Canada', '29 April 2025', 'Mark Carney, who took over as Liberal leader on March 9, will name a cabinet.');
    const sworn = wire('Canada', '16 Sept. 2025', 'Freeland returned to cabinet when Mark Carney was sworn in on March 14.');
    assert.deepEqual(events('Mark Carney, who took over as Liberal leader on March 9, will name a cabinet.', '29 April 2025'), ['person:markcarney took office [liberal leader] 2025-03-09 "March 9"']);
    assert.deepEqual(conflicts({ 'leader.txt': leader, 'sworn.txt': sworn }), []);
    const early = wire('Canada', '16 Sept. 2025', 'Prime Minister Mark Carney was sworn in on March 13.');
    assert.deepEqual(conflicts({ 'early.txt': early, 'sworn.txt': sworn }).map(([id]) => id), ['person:markcarney|date:took office']);
    // Days more than a month apart are two occasions: "sworn in for a seventh term".
    const term = wire('Cameroon', '7 Nov. 2025', 'President Paul Biya was sworn in on Thursday, 6 November 2025, for an eighth term.');
    const first = wire('Cameroon', '7 Nov. 2025', 'President Paul Biya was sworn in on 6 November 1982 after Ahidjo resigned.');
    assert.deepEqual(conflicts({ 'term.txt': term, 'first.txt': first }), []);
    // Reappointed a month on: Sébastien Lecornu took office on 10 September and again on 10 October.
    const sept = wire('France', '11 Sept. 2025', 'Prime Minister Sébastien Lecornu took office on Wednesday at Matignon.');
    const oct = wire('France', '13 Oct. 2025', 'Prime Minister Sébastien Lecornu took office on Oct. 10 after his reappointment.');
    assert.deepEqual(conflicts({ 'sept.txt': sept, 'oct.txt': oct }), []);
    // A slip of days is still one: the 1st for the 10th.
    assert.deepEqual(conflicts({ 'sept.txt': sept, 'x.txt': wire('France', '25 Sept. 2025', 'Prime Minister Sébastien Lecornu took office on Sept. 1 at Matignon.') }).map(([id]) => id), ['person:sebastienlecornu|date:took office']);
    // "will be sworn in on Nov. 8", reported a day before it happened on Nov. 8: one day.
    const plan = wire('Bolivia', '20 Oct. 2025', 'President-elect Rodrigo Paz will be sworn in on Nov. 8, officials said.');
    const done = wire('Bolivia', '9 Nov. 2025', 'Rodrigo Paz was sworn in on Saturday in La Paz.');
    assert.deepEqual(conflicts({ 'plan.txt': plan, 'done.txt': done }), []);
  });

  it('confirmed by a legislature or in a post; not "confirmed dead", nor the speaker\'s "confirmed on Tuesday that"', () => {
    assert.deepEqual(events('Prime Minister Kim Min-seok, who was confirmed by the National Assembly on July 2, toured Sejong. Pete Hegseth was confirmed as defense secretary on Friday.', '21 July 2025'), [
      'person:kiminsuk confirmed [] 2025-07-02 "July 2"', 'person:peterhegseth confirmed [defense secretary] 2025-07-18 "Friday"',
    ]);
    assert.deepEqual(events('Secretary of State Marco Rubio confirmed on Tuesday that talks would go on. The hostage Eli Sharabi was confirmed dead on Friday. Secretary Jane Roe was confirmed by the plenum on Monday.', '21 July 2025'), []);
    // In apposition to the sentence's first words; not inside a longer opening.
    // (And the verb after "and" too.)
    assert.deepEqual(events('Han\'s successor, Kim Min-seok, was confirmed by the National Assembly on July 3 and took office on Monday.', '12 July 2025'), [
      'person:kiminsuk confirmed [] 2025-07-03 "July 3"', 'person:kiminsuk took office [] 2025-07-07 "Monday"',
    ]);
    assert.deepEqual(events('Kim Min-seok, a lawmaker backed by President Lee Jae-myung, was confirmed by the National Assembly on July 3.', '12 July 2025'), []);
    const punch = wire('Cabinet', '21 July 2025', 'Prime Minister Kim Min-seok, who was confirmed by the National Assembly on July 2, has been in office for less than three weeks.');
    const hankyoreh = wire('Han', '12 July 2025', 'Han\'s successor, Kim Min-seok, was confirmed by the National Assembly on July 3 and held his inauguration ceremony on Monday.');
    assert.deepEqual(conflicts({ 'punch.txt': punch, 'hankyoreh.txt': hankyoreh }), [['person:kiminsuk|date:confirmed', ['hankyoreh.txt=2025-07-03', 'punch.txt=2025-07-02']]]);
    const built = corpusOf({ 'punch.txt': punch, 'hankyoreh.txt': hankyoreh });
    assert.deepEqual(conflictDiagnostics(built.corpus, built.uri('punch.txt'), DEFAULT_DIAGNOSTICS).map((d) => d.message), [`Kim Min-seok was confirmed: 'July 2' here, 'July 3' in hankyoreh.txt for the date`]);
    assert.equal(conflictSentence(built.corpus.allConflicts()[0], 'Kim Min-seok'), `Kim Min-seok: sources disagree on the day of confirmation: 'July 3' in \`hankyoreh.txt\`, 'July 2' in \`punch.txt\``);
  });

  it('a name known by its shape alone dates its events; they are compared once some source names the person with evidence', () => {
    // The Inquirer's headline "Marcos congratulates Takaichi" leaves every "Takaichi" of its article tentative.
    const inquirer = (day: string) => `# Marcos congratulates Takaichi\nPublished: 8 Oct. 2025, 10:00\n\nMANILA -- Marcos congratulated Sanae Takaichi on her election.\n\nTakaichi, 64, was elected LDP president on ${day}, in a runoff.\n`;
    assert.equal(analyze('inquirer.md', inquirer('Oct. 4')).mentions.find((m) => m.text === 'Sanae Takaichi')?.tentative, true);
    const built = corpusOf({ 'inquirer.md': inquirer('Sunday, October 5'), 'manila.md': inquirer('Oct. 4') });
    assert.deepEqual(built.corpus.allConflicts(), []);
    // A source that names her with evidence: she is someone, and her sources disagree.
    built.corpus.set(analyze('evidence.txt', wire('Tokyo', '21 Oct. 2025', 'Prime Minister Sanae Takaichi met reporters on Tuesday.')));
    assert.deepEqual(built.corpus.allConflicts().map((c) => [c.id, c.sides.map((sd) => `${sd.label}=${sd.norm}`).sort()]), [
      ['person:sanaetakaichi|date:elected', ['inquirer.md=2025-10-05', 'manila.md=2025-10-04']],
    ]);
    built.corpus.delete(built.uri('evidence.txt'));
    assert.deepEqual(built.corpus.allConflicts(), []);
  });

  // Anadolu's "Duterte was impeached by the House of Representatives on Feb. 6" against everyone's 5 February.
  it('impeached, in the passive, by a legislature or as a participle; not the speaker\'s "impeached" of another', () => {
    assert.deepEqual(events('Vice President Sara Duterte was impeached by the House of Representatives on Feb. 6. The House impeached Sara Duterte on Feb. 5, 2025. Sara Duterte, impeached on Feb. 5, said nothing. Donald Trump impeached Jane Roe on Monday.', '6 Aug. 2025'), [
      'person:saraduterte impeached [] 2025-02-06 "Feb. 6"', 'person:saraduterte impeached [] 2025-02-05 "Feb. 5, 2025"', 'person:saraduterte impeached [] 2025-02-05 "Feb. 5"',
    ]);
    const built = corpusOf({
      'ap.txt': wire('Court', '25 July 2025', 'The House impeached Sara Duterte on Feb. 5.'),
      'anadolu.txt': wire('Senate', '6 Aug. 2025', 'Sara Duterte was impeached by the House of Representatives on Feb. 6.'),
    });
    assert.deepEqual(conflictDiagnostics(built.corpus, built.uri('anadolu.txt'), DEFAULT_DIAGNOSTICS).map((d) => d.message), [`Sara Duterte was impeached: 'Feb. 6' here, 'Feb. 5' in ap.txt for the date`]);
    assert.equal(conflictSentence(built.corpus.allConflicts()[0], 'Sara Duterte'), `Sara Duterte: sources disagree on the day of impeachment: 'Feb. 6' in \`anadolu.txt\`, 'Feb. 5' in \`ap.txt\``);
  });

  it('a legislature that confirmed the name: the day before the verb or after the name, its post and the tally; not a committee, nor a day of another clause', () => {
    assert.deepEqual(events('The US Senate on Thursday confirmed Mike Waltz, President Donald Trump\'s former national security adviser, as the country\'s ambassador to the UN.', '20 Sept. 2025'), [
      'person:michaelwaltz confirmed [] 2025-09-18 "Thursday"',
    ]);
    assert.deepEqual(events('The US Senate confirmed Pete Hegseth, a former television host and Army veteran, in a 51-50 vote on Friday. Senators voted 52-48 to confirm Tulsi Gabbard as director of national intelligence on Wednesday.', '20 Sept. 2025'), [
      'person:peterhegseth confirmed [] 2025-09-19 "Friday"', 'person:tulsigabbard confirmed [] 2025-09-17 "Wednesday"',
    ]);
    assert.deepEqual(events('The Senate this afternoon confirmed Pam Bondi as attorney general, 54-46. The Senate Judiciary Committee on Tuesday confirmed Kash Patel. The Senate confirmed Marco Rubio, who resigned his seat, on Monday.', '20 Sept. 2025'), []);
    // Elected by a legislature, with the post: the day opening the sentence too. Not the White House.
    assert.deepEqual(events('On Thursday, 13 November, the lower house elected **Włodzimierz Czarzasty**, co-leader of the New Left, as **Marshal of the Sejm**, by 236 votes to 209. Parliament on Friday elected John Roe, a lawyer. The White House on Tuesday confirmed Jane Doe as ambassador.', '21 Nov. 2025'), [
      'person:wlodzimierzczarzasty elected [marshal sejm] 2025-11-13 "Thursday, 13 November"',
    ]);
    // The body's name whole ("House of Representatives", "Chamber of Deputies"), so its day is the one right after it; re-elected too.
    assert.deepEqual(events('The House of Representatives on Friday re-elected Mike Johnson as speaker. The Chamber of Deputies on Wednesday elected Tomio Okamura, the SPD leader, as its Speaker.', '7 Nov. 2025'), [
      'person:michaeljohnson elected [speaker] 2025-11-07 "Friday"', 'person:tomiookamura elected [speaker] 2025-11-05 "Wednesday"',
    ]);
    // The Hindu's bracketed date after the weekday, a long aside, and one post however the next holder is called.
    assert.deepEqual(events('Greece\'s Parliament on Thursday (February 13, 2025) elected Konstantinos Tasoulas, a former Speaker of the House and a senior member of Prime Minister Kyriakos Mitsotakis\'s conservative New Democracy party, as the country\'s new President. Greece\'s parliament on Wednesday elected Constantine Tassoulas, a former speaker, as the country\'s next president.', '14 Feb. 2025'), [
      'person:constantinetasoulas elected [president] 2025-02-13 "Thursday (February 13, 2025)"', 'person:constantinetassoulas elected [president] 2025-02-12 "Wednesday"',
    ]);
    // Asahi's and Le Monde's: a style the name leaves out ("Sir"), the name in its own script in brackets, an
    // age and a party between commas, and an ordinal or "its" before the post, which is the one post "speaker".
    assert.deepEqual(events('LONDON -- The British House of Commons on November 5 elected Sir Lindsay Hoyle (リンゼー・ホイル), 62, of the opposition Labour Party, as its new Speaker. On Monday 4 November, the House of Commons elected Dame Ann Roe, 62, a Labour MP from Lancashire, as its 158th Speaker.', '6 Nov. 2019'), [
      'person:lindsayhoyle elected [speaker] 2019-11-05 "November 5"', 'person:annroe elected [speaker] 2019-11-04 "Monday 4 November"',
    ]);
    const ap = wire('Waltz', '19 Sept. 2025', 'The Senate on Friday confirmed Mike Waltz to be the U.S. ambassador to the United Nations.');
    const anadolu = wire('Waltz', '20 Sept. 2025', 'The US Senate on Thursday confirmed Mike Waltz as the country\'s ambassador to the UN.');
    assert.deepEqual(conflicts({ 'ap.txt': ap, 'anadolu.txt': anadolu }), [['person:michaelwaltz|date:confirmed', ['anadolu.txt=2025-09-18', 'ap.txt=2025-09-19']]]);
  });

  // The Citizen (Tanzania): "the swearing-in ceremony of Seychelles' new President, Dr Patrick Herminie, held at
  // Unity Stadium in Victoria on Saturday, October 25, 2025", against Africanews's "sworn in on Sunday" (the 26th).
  it('the ceremony as a noun before the name: the day it was held; not an anniversary, nor another day after the name', () => {
    assert.deepEqual(events('Kassim Majaliwa was at the swearing-in ceremony of Seychelles\' new President, Dr Patrick Herminie, held at Unity Stadium in Victoria on Saturday, October 25, 2025. Leaders attended the inauguration of President John Roe on Sunday.', '27 Oct. 2025'), [
      'person:patrickherminie took office [] 2025-10-25 "Saturday, October 25, 2025"', 'person:johnroe took office [] 2025-10-26 "Sunday"',
    ]);
    assert.deepEqual(events('They marked the anniversary of the inauguration of Jim Doe on Monday. The inauguration of Ann Roe, elected on Monday, was delayed. He met at the inauguration of the bridge, Jim Roe said on Friday.', '27 Oct. 2025'), []);
    assert.deepEqual(events('The inauguration of President Ann Roe is scheduled for Nov. 3.', '27 Oct. 2025'), ['person:annroe took office [] 2025-11-03 "Nov. 3" planned']);
    const africanews = wire('Herminie', '26 Oct. 2025', 'Patrick Herminie was sworn in on Sunday as the sixth president of Seychelles.');
    const citizen = wire('Majaliwa', '27 Oct. 2025', 'Kassim Majaliwa attended the swearing-in ceremony of Seychelles\' new President, Dr Patrick Herminie, held at Unity Stadium in Victoria on Saturday, October 25, 2025.');
    assert.deepEqual(conflicts({ 'africanews.txt': africanews, 'citizen.txt': citizen }), [['person:patrickherminie|date:took office', ['africanews.txt=2025-10-26', 'citizen.txt=2025-10-25']]]);
  });

  it('buried, said as done in an article that tells of a death; not a burial planned, nor a defeat', () => {
    assert.deepEqual(events('Former President Muhammadu Buhari, 82, was buried in Daura on Tuesday after he died in London. Former Prime Minister Raila Odinga was laid to rest at his family home in Bondo on Sunday.', '16 July 2025'), [
      'person:muhammadubuhari buried [] 2025-07-15 "Tuesday"', 'person:railaodinga buried [] 2025-07-13 "Sunday"',
    ]);
    // A burial is often moved: a plan says nothing of the day it happened.
    assert.deepEqual(events('Former President Muhammadu Buhari, who died in London, will be buried in Daura on Monday.', '14 July 2025'), []);
    // No death in the article: "buried" is a defeat.
    assert.deepEqual(events('Former Governor Andrew Cuomo got buried on Tuesday night. Former Governor Andrew Cuomo was buried in a landslide on Tuesday.', '6 Nov. 2025'), []);
    const slip = wire('Daura', '22 July 2025', 'Former President Muhammadu Buhari, whose death stunned Nigeria, was buried in Daura on Monday, July 14.');
    const wire2 = wire('Daura', '16 July 2025', 'Former President Muhammadu Buhari, 82, was buried in Daura on Tuesday, two days after he died in London.');
    assert.deepEqual(conflicts({ 'slip.txt': slip, 'wire.txt': wire2 }), [['person:muhammadubuhari|date:buried', ['slip.txt=2025-07-14', 'wire.txt=2025-07-15']]]);
  });

  // Nepal's Onlinekhabar: "Prime Minister Sushila Karki formally assumed office on Sunday, two days after she
  // was sworn in" against "sworn in … on Friday night"; and the Daily Express's "sworn in as interim leader
  // of the Himalayan nation on Thursday night" was another post than "interim prime minister", not compared.
  it('taking office told apart from the oath dates nothing; a nation\'s leader is no post of its own', () => {
    assert.deepEqual(events('Prime Minister Sushila Karki formally assumed office on Sunday, two days after she was sworn in.'), []);
    assert.deepEqual(events('Prime Minister Sushila Karki formally assumed office on Sunday at Singha Durbar.'), ['person:sushilakarki took office [] 2025-09-14 "Sunday"']);
    assert.deepEqual(events('Sushila Karki was sworn in as interim leader of the Himalayan nation on Thursday night.'), ['person:sushilakarki took office [] 2025-09-11 "Thursday"']);
    assert.deepEqual(events('Sushila Karki was sworn in as interim leader on Thursday night.'), ['person:sushilakarki took office [] 2025-09-11 "Thursday"']);
    const slip = wire('Nepal', '13 Sept. 2025', 'Sushila Karki was sworn in as interim leader of the Himalayan nation on Thursday night.');
    const oath = wire('Nepal', '12 Sept. 2025', 'Sushila Karki was sworn in as interim Prime Minister on Friday night.');
    assert.deepEqual(conflicts({ 'slip.txt': slip, 'oath.txt': oath }), [['person:sushilakarki|date:took office', ['oath.txt=2025-09-12', 'slip.txt=2025-09-11']]]);
    // A party's leader is a post: "elected leader of the Liberal Party" is not the day he took office as prime minister.
    assert.deepEqual(events('Mark Carney was sworn in as leader of the Liberals on Sunday.'), ['person:markcarney took office [liberals leader] 2025-09-14 "Sunday"']);
  });

  // Reuters: "Czech lawmakers on Wednesday elected Tomio Okamura, leader of the anti-EU, anti-immigration
  // Freedom and Direct Democracy party (SPD), as speaker of the lower house" dated nothing (a comma and
  // brackets in the aside), and Euronews's "elected Speaker of the Chamber of Deputies on 6 November" was
  // another post than "speaker of the lower house".
  it('an aside may hold a comma and an acronym in brackets; one post whose body sources name apart is one post', () => {
    const reuters = wire('Speaker', '5 Nov. 2025', 'Czech lawmakers on Wednesday elected Tomio Okamura, leader of the anti-EU, anti-immigration Freedom and Direct Democracy party (SPD), as speaker of the lower house of parliament.');
    const euronews = wire('Babis', '9 Dec. 2025', 'Tomio Okamura was elected Speaker of the Chamber of Deputies on 6 November.');
    assert.deepEqual(conflicts({ 'reuters.txt': reuters, 'euronews.txt': euronews }), [['person:tomiookamura|date:elected', ['euronews.txt=2025-11-06', 'reuters.txt=2025-11-05']]]);
    // (An aside with a clause of its own is none: "…, who leads the SPD, as speaker".)
    assert.deepEqual(events('Czech lawmakers on Wednesday elected Tomio Okamura, who leads the anti-EU, anti-immigration SPD, as speaker of the lower house.', '5 Nov. 2025'), []);
    // A deputy's post and the post are two: "deputy speaker" in one, "speaker" in the other.
    const deputy = wire('Speaker', '5 Nov. 2025', 'Tomio Okamura was elected deputy speaker of the lower house on Tuesday.');
    assert.deepEqual(conflicts({ 'deputy.txt': deputy, 'euronews.txt': euronews }), []);
  });

  // Hankyung: "Sanjay Malhotra (산제이 말호트라), a veteran bureaucrat who until this week ran the Indian finance ministry's
  // revenue department, took office on 12 December" dated nothing: the aside ran past 80 characters.
  it('an aside of a hundred-odd characters, with a clause of its own, before the verb', () => {
    assert.deepEqual(events('Arun Mehra (아룬 메라), a veteran bureaucrat who until this week ran the finance ministry\'s revenue department, took office on 12 December as governor.', '14 Dec. 2024'), [
      'person:arunmehra took office [governor] 2024-12-12 "12 December"',
    ]);
    // (With someone else named in the aside, the verb may be theirs: no one's day.)
    assert.deepEqual(events('Arun Mehra, a veteran bureaucrat who until this week served Prime Minister Rajiv Rao at the finance ministry\'s revenue department, took office on 12 December.', '14 Dec. 2024'), []);
  });

  // The Guardian's live blog: "Vasques, who was appointed by Bolsonaro, posted on Instagram yesterday" dated his appointment.
  it('a clause after the verb\'s own ends at a comma and a verb: its day is not the event\'s', () => {
    assert.deepEqual(events('Silvio Vargas, who was appointed by Bolsonaro, posted on Instagram yesterday a message.', '30 Oct. 2022'), []);
    assert.deepEqual(events('Silvio Vargas died in a hospital in Recife, Brazil, on October 26.', '30 Oct. 2022'), ['person:silviovargas died [] 2022-10-26 "October 26"']);
  });

  // France 24's "Halevi, who took over from Aviv Kochavi on January 17, 2023" against the BBC's "took over as chief of
  // staff on 16 January 2023"; the Economic Times' "who succeeded Shaktikanta Das on December 11".
  it('succeeding a predecessor named after the verb takes office; "chief of staff" is a post; not in the passive', () => {
    assert.deepEqual(events('Governor Arun Mehra, who succeeded Shaktikanta Das on December 11, spoke. Lt. Gen. Herzi Halevi took over from Lt. Gen. Aviv Kochavi on January 17, 2023.', '30 Jan. 2025'), [
      'person:arunmehra took office [] 2024-12-11 "December 11"', 'person:herzihalevi took office [] 2023-01-17 "January 17, 2023"',
    ]);
    assert.deepEqual(events('Herzi Halevi took over as chief of staff on 16 January 2023. Eyal Zamir took office as the IDF\'s 24th chief of the general staff on March 5.', '30 Mar. 2025'), [
      'person:herzihalevi took office [staff chief] 2023-01-16 "16 January 2023"', 'person:eyalzamir took office [general staff idf 24th chief] 2025-03-05 "March 5"',
    ]);
    // The one succeeded, or replaced by the one who appoints ("Zelenskiy on Thursday replaced … Zaluzhnyi, with … Syrskyi"), takes no office;
    // nor does one who "succeeded Monday in persuading" anyone.
    assert.deepEqual(events('Ravi Rao was succeeded by John Doe on Monday. President Ivan Petrenko on Thursday replaced General Ivan Zalen with General Oleh Syrko. Prime Minister Mark Carney succeeded Monday in persuading the premiers.', '30 Jan. 2025'), []);
    // (The predecessor's title is no post taken: "succeeded Prime Minister Shigeru Ishiba on October 21".)
    assert.deepEqual(events('Sanae Takaichi succeeded Prime Minister Shigeru Ishiba on October 21.', '30 Oct. 2025'), ['person:sanaetakaichi took office [] 2025-10-21 "October 21"']);
    const bbc = wire('Army', '22 Jan. 2025', 'Lt Gen Herzi Halevi, a former paratrooper, took over as chief of staff on 16 January 2023, succeeding Aviv Kochavi.');
    const france24 = wire('Army', '4 Mar. 2025', 'Herzi Halevi, who took over from Aviv Kochavi on January 17, 2023, steps down on Wednesday.');
    assert.deepEqual(conflicts({ 'bbc.txt': bbc, 'france24.txt': france24 }), [['person:herzihalevi|date:took office', ['bbc.txt=2023-01-16', 'france24.txt=2023-01-17']]]);
  });

  // Euronews: "Israel Katz announced on Sunday, 2 February, that retired Major General Eyal Zamir will become the new
  // chief of staff", against Reuters' "Katz on Saturday named Eyal Zamir … as the country's next military chief".
  it('an appointment announced: its day before the name, the post the name will become; not a visit, nor a guess "said"', () => {
    assert.deepEqual(events('Defence Minister Dan Levy announced on Sunday, 2 February, that retired Major General Eyal Amir will become the new chief of staff. The board on Monday announced that Jane Roe would be its next chief executive.', '4 Feb. 2025'), [
      'person:eyalamir appointed [staff chief] 2025-02-02 "Sunday, 2 February"', 'person:janeroe appointed [chief executive] 2025-02-03 "Monday"',
    ]);
    assert.deepEqual(events('Dan Levy announced on Sunday that Eyal Amir will visit Gaza. Dan Levy said on Sunday that Eyal Amir will become the new chief of staff.', '4 Feb. 2025'), []);
    const reuters = wire('Army', '1 Feb. 2025', 'Defence Minister Dan Levy on Saturday named Eyal Amir, a retired major general, as the country\'s next military chief.');
    const euronews = wire('Army', '3 Feb. 2025', 'Dan Levy announced on Sunday, 2 February, that retired Major General Eyal Amir will become the new chief of staff.');
    assert.deepEqual(conflicts({ 'reuters.txt': reuters, 'euronews.txt': euronews }), [['person:eyalamir|date:appointed', ['euronews.txt=2025-02-02', 'reuters.txt=2025-02-01']]]);
    // Announced, then approved by the government a week later: two steps.
    const approved = wire('Army', '10 Feb. 2025', 'Eyal Amir was appointed chief of staff by the government on February 9.');
    assert.deepEqual(conflicts({ 'approved.txt': approved, 'euronews.txt': euronews }), []);
  });

  // "Ngozi Okonjo-Iweala was on Tuesday appointed", "Thomas Bach was today re-elected": the day between the auxiliary and the verb.
  it('a day between the auxiliary and the verb is the verb\'s; not a day of an aside before them; "director-general" is a post', () => {
    assert.deepEqual(events('Ngozi Okonjo-Iweala was on Tuesday appointed as director-general of the WTO. Ann Roe was today re-elected as president of the committee.', '13 Nov. 2025'), [
      'person:ngoziokonjoiweala appointed [wto director-general] 2025-11-11 "Tuesday"', 'person:annroe elected [committee president] 2025-11-13 "today"',
    ]);
    assert.deepEqual(events('Yoon Suk Yeol, who declared martial law on Dec 3, was impeached on Dec 14. Ann Roe, whose party won on Saturday, was sworn in on Monday.', '13 Nov. 2025'), [
      'person:yunsukyul impeached [] 2024-12-14 "Dec 14"', 'person:annroe took office [] 2025-11-10 "Monday"',
    ]);
  });

  // Xinhua: "Sanae Takaichi, president of Japan's ruling Liberal Democratic Party (LDP), was elected as the
  // country's 104th prime minister on Tuesday" dated nothing: the acronym in the aside, the possessive and the
  // ordinal in the post.
  it('an aside with an acronym in brackets, and a post with a possessive and an ordinal', () => {
    assert.deepEqual(events("Sanae Takaichi, president of Japan's ruling Liberal Democratic Party (LDP), was elected as the country's 104th prime minister on Tuesday.", '21 Oct. 2025'), [
      'person:sanaetakaichi elected [prime minister] 2025-10-21 "Tuesday"',
    ]);
    const xinhua = wire('Takaichi', '21 Oct. 2025', "Sanae Takaichi, president of Japan's ruling Liberal Democratic Party (LDP), was elected as the country's 104th prime minister on Tuesday.");
    const slip = wire('Okinawa', '24 Oct. 2025', 'Sanae Takaichi, who was elected prime minister by the Diet on October 20, spoke.');
    assert.deepEqual(conflicts({ 'xinhua.txt': xinhua, 'slip.txt': slip }), [['person:sanaetakaichi|date:elected', ['slip.txt=2025-10-20', 'xinhua.txt=2025-10-21']]]);
  });

  it('resigned or stepped down, with the post after "as"; not "from" a body, nor a resignation submitted or planned', () => {
    assert.deepEqual(events('Guillermo Francos resigned as Cabinet Chief on Friday, five days after the vote. Foreign Minister Gerardo Werthein resigned on Tuesday, Oct. 21.', '1 Nov. 2025'), [
      'person:guillermofrancos resigned [cabinet chief] 2025-10-31 "Friday"', 'person:gerardowerthein resigned [] 2025-10-21 "Tuesday, Oct. 21"',
    ]);
    assert.deepEqual(events('Angela Rayner resigned from the cabinet on Friday. Gerardo Werthein submitted his resignation on Monday. Keir Starmer will step down on Friday.', '7 Sept. 2025'), []);
    const reuters = wire('Werthein', '21 Oct. 2025', 'Foreign Minister Gerardo Werthein resigned on Tuesday, the presidential office said.');
    const tabloid = wire('Werthein', '24 Oct. 2025', 'Foreign Minister Gerardo Werthein stepped down on Monday, Oct. 20, days before the vote.');
    assert.deepEqual(conflicts({ 'reuters.txt': reuters, 'tabloid.txt': tabloid }), [['person:gerardowerthein|date:resigned', ['reuters.txt=2025-10-21', 'tabloid.txt=2025-10-20']]]);
    const built = corpusOf({ 'reuters.txt': reuters, 'tabloid.txt': tabloid });
    assert.deepEqual(conflictDiagnostics(built.corpus, built.uri('tabloid.txt'), DEFAULT_DIAGNOSTICS).map((d) => d.message), [`Gerardo Werthein resigned: 'Monday, Oct. 20' here, 'Tuesday' in reuters.txt for the date`]);
    // Two posts left on two days are no disagreement: "as party leader" on April 9, "as acting president" on May 1.
    const party = wire('Lee', '27 Apr. 2025', 'Lee Jae-myung stepped down as party leader on April 9 to run.');
    const acting = wire('Han', '3 May 2025', 'Lee Jae-myung stepped down as acting president on Thursday.');
    assert.deepEqual(conflicts({ 'party.txt': party, 'acting.txt': acting }), []);
  });

  // The Telegram (St. John's): "Less than two weeks after he was sworn in as premier on Oct. 28, Tony
  // Wakeham says …", against CP's "Tony Wakeham was sworn in Wednesday" (29 October).
  it('a clause before the name whose subject is a pronoun for it dates the event; not with another name between, or two names after', () => {
    assert.deepEqual(events('Less than two weeks after he was sworn in as premier on Oct. 28, Premier Tony Wakeham says his government is working.', '7 Nov. 2025'), [
      'person:anthonywakeham took office [premier] 2025-10-28 "Oct. 28"',
    ]);
    assert.deepEqual(events('After he met Premier Doug Ford on Oct. 28, Premier Tony Wakeham said so. Since he was sworn in on Oct. 28, Premier Doug Ford and Premier Tony Wakeham have met. After he left. Then he was sworn in on Oct. 28, Premier Tony Wakeham said.', '7 Nov. 2025'), []);
  });

  // Israeli coverage: "Zamir took command on Wednesday 5 March 2025" against Anadolu's "Zamir, who took office on March 6".
  it('a command taken is an office taken; "took over" only with the post or the predecessor named', () => {
    assert.deepEqual(events('Lt. Gen. Eyal Zamir took command of the Israel Defense Forces on March 5. Senate Speaker Ilie Bolojan took over as interim president on Wednesday. Lt. Gen. Eyal Zamir took over on March 6.', '10 Mar. 2025'), [
      'person:eyalzamir took office [] 2025-03-05 "March 5"', 'person:iliebolojan took office [interim president] 2025-03-05 "Wednesday"',
    ]);
    // (Markdown's emphasis around the day is no word between: "took command on **March 5**".)
    assert.deepEqual(events('Lt. Gen. Eyal Zamir took command on **March 5**, replacing Halevi.', '10 Mar. 2025'), ['person:eyalzamir took office [] 2025-03-05 "March 5"']);
    const idf = wire('Zamir', '5 Mar. 2025', 'Lt. Gen. Eyal Zamir took command on March 5, replacing Halevi.');
    const aa = wire('Zamir', '10 Mar. 2025', 'Lt. Gen. Eyal Zamir, who took office on March 6 after Halevi resigned, toured Gaza.');
    assert.deepEqual(conflicts({ 'idf.txt': idf, 'aa.txt': aa }), [['person:eyalzamir|date:took office', ['aa.txt=2025-03-06', 'idf.txt=2025-03-05']]]);
  });

  // Reuters on Dick Cheney: "…, defense secretary under George H.W. Bush, during the 1991 Gulf War, died on
  // Nov. 3" gave the day to Bush. An ABC list's "former industry and science minister Ed Husic" gave a
  // current science minister.
  it('a name after a preposition is no subject of the verb after it', () => {
    assert.deepEqual(events('Richard Cheney, defense secretary under President George H.W. Bush, during the Gulf War, died on Nov. 3.', '5 Nov. 2025'), []);
    assert.deepEqual(events('Richard Cheney said so.\nPresident George H.W. Bush died on Nov. 30, 2018.', '5 Nov. 2025'), ['person:georgehwbush died [] 2018-11-30 "Nov. 30, 2018"']);
    // Xinhua: the government of a titled name resigned, past the title's "former".
    assert.deepEqual(events('The government of former Prime Minister Gintautas Paluckas formally resigned on Aug. 4. Former Prime Minister Ann Roe resigned on Aug. 4.', '14 Aug. 2025'), ['person:annroe resigned [] 2025-08-04 "Aug. 4"']);
  });

  // CNN: "the first under Kazuo Ueda, a 71-year-old academic who took office as governor on April 8", against
  // every other source's April 9. After a preposition the name is no subject, but the clause is its own.
  it('a name after a preposition, with a clause of its own ("under X, a … who took office on")', () => {
    assert.deepEqual(events('The decision was the first under Kazuo Ueda, a 71-year-old academic who took office as governor on April 8, replacing Haruhiko Kuroda.', '28 April 2023'), [
      'person:kazuoueda took office [governor] 2023-04-08 "April 8"',
    ]);
    assert.deepEqual(events('The meeting was chaired by Kazuo Ueda, who took office on April 9 to succeed Haruhiko Kuroda.', '28 April 2023'), ['person:kazuoueda took office [] 2023-04-09 "April 9"']);
    // (Not a clause of someone else's, after the name: "under Ueda, a friend of the man who took office".)
    assert.deepEqual(events('The decision was the first under Kazuo Ueda, a friend of the man who took office on April 8.', '28 April 2023'), []);
    assert.deepEqual(events('The decision was the first under Kazuo Ueda, who said Kuroda took office on April 8.', '28 April 2023'), []);
  });

  // Premium Times: "Cyril Ramaphosa, who was re-elected by the National Assembly on June 14 and inaugurated on June
  // 19", against Anadolu's "took the oath of office … on June 20": only the first verb was read.
  it('a second verb joined by "and" after the first one\'s day is the name\'s too', () => {
    assert.deepEqual(events('President Cyril Ramaphosa, who was re-elected by the National Assembly on June 14 and inaugurated on June 19 in a ceremony, has assembled a cabinet.', '5 July 2024'), [
      'person:cyrilramaphosa took office [] 2024-06-19 "June 19"',
    ]);
    assert.deepEqual(events('John Smith resigned on Monday and died on Tuesday.', '5 July 2024'), ['person:johnsmith resigned [] 2024-07-01 "Monday"', 'person:johnsmith died [] 2024-07-02 "Tuesday"']);
    // Someone else inaugurated, after the shared "was": no event of the name's.
    assert.deepEqual(events('William Ruto was sworn in on Tuesday and inaugurated John Smith on Wednesday.', '5 July 2024'), ['person:williamruto took office [] 2024-07-02 "Tuesday"']);
  });

  it('an event and its post stay so through packing', () => {
    const a = analyze('karki.txt', wire('Nepal', '13 Sept. 2025', 'Sushila Karki was sworn in as interim prime minister on Friday. Pope Francis died on April 21. Pope Francis was buried on April 26. Kim Min-seok was confirmed by parliament on July 3.'));
    assert.deepEqual(a.facts.flatMap((f) => f.type === 'eventDate' ? [[f.event, f.post ?? null]] : []), [['took office', 'interim prime minister'], ['died', null], ['buried', null], ['confirmed', null]]);
    assert.deepStrictEqual(new StoredArticle(packAnalysis(a)).facts, a.facts);
  });
});

describe('person events: the day a person was appointed', () => {
  // The Local France: "Barnier, who was appointed on Friday, September 6" against Le Monde's "Michel
  // Barnier was appointed prime minister on Thursday, September 5"; the Daily Mail's "Babiš was
  // appointed on Monday, December 8" against the Castle's Tuesday the 9th.
  it('"was appointed (post) on" dates an appointment, compared like taking office', () => {
    assert.deepEqual(events('Michel Barnier was appointed prime minister on Thursday, September 5, by Emmanuel Macron.', '6 Sept. 2024'), [
      'person:michelbarnier appointed [prime minister] 2024-09-05 "Thursday, September 5"',
    ]);
    assert.deepEqual(events('Michel Barnier, who was appointed on Friday, September 6, met Attal.', '9 Sept. 2024'), ['person:michelbarnier appointed [] 2024-09-06 "Friday, September 6"']);
    // Someone's act, not what happened to the name: "Macron appointed Barnier".
    assert.deepEqual(events('Emmanuel Macron appointed Michel Barnier on Thursday.', '6 Sept. 2024'), []);
    const files = {
      'lemonde.txt': wire('PM', '6 Sept. 2024', 'Michel Barnier was appointed prime minister on Thursday, September 5.'),
      'local.txt': wire('PM', '9 Sept. 2024', 'Michel Barnier, who was appointed on Friday, September 6, met Attal.'),
    };
    assert.deepEqual(conflicts(files), [['person:michelbarnier|date:appointed', ['lemonde.txt=2024-09-05', 'local.txt=2024-09-06']]]);
    const built = corpusOf(files);
    assert.deepEqual(conflictDiagnostics(built.corpus, built.uri('local.txt'), DEFAULT_DIAGNOSTICS).map((d) => d.message), [
      "Michel Barnier was appointed: 'Friday, September 6' here, 'Thursday, September 5' in lemonde.txt for the date",
    ]);
    // Stored and read back, the event is the same.
    const a = analyze('l.txt', files['local.txt']);
    assert.deepStrictEqual(new StoredArticle(packAnalysis(a)).facts, a.facts);
  });

  // Reuters: "World Trade Organization members on Friday reappointed Ngozi Okonjo-Iweala as director-general";
  // only a legislature's act had been read before the name.
  it('anyone\'s act of appointing the name to a post dates it: "members on Friday reappointed X as director-general"', () => {
    assert.deepEqual(events('World Trade Organization members on Friday reappointed Ngozi Okonjo-Iweala as director-general for a second term.', '29 Nov. 2024'), [
      'person:ngoziokonjoiweala appointed [director-general] 2024-11-29 "Friday"',
    ]);
    assert.deepEqual(events('The board of the company appointed Ivan Espinosa as chief executive on March 11.', '12 March 2025'), [
      'person:ivanespinosa appointed [chief executive] 2025-03-11 "March 11"',
    ]);
    // Named by those who say who someone is, or to a post held before, is no appointment.
    assert.deepEqual(events('Prosecutors on Monday named John Doe as head of the unit.', '12 March 2025'), []);
    assert.deepEqual(events('Shell on Monday appointed Wael Sawan as the former head of the unit.', '12 March 2025'), []);
    assert.deepEqual(events('Rio Tinto on Tuesday named Jakob Stausholm as its new chief executive.', '2 Dec. 2020'), ['person:jakobstausholm appointed [chief executive] 2020-12-01 "Tuesday"']);
    // Without a post, "appointed Smith" may be to anything.
    assert.deepEqual(events('The board on Tuesday appointed Ivan Espinosa after a long meeting.', '12 March 2025'), []);
    const files = {
      'reuters.txt': wire('WTO', '29 Nov. 2024', 'World Trade Organization members on Friday reappointed Ngozi Okonjo-Iweala as director-general.'),
      'euractiv.txt': wire('WTO', '3 March 2025', 'Members reappointed Ngozi Okonjo-Iweala as director-general on 28 November 2024.'),
    };
    assert.deepEqual(conflicts(files), [['person:ngoziokonjoiweala|date:appointed', ['euractiv.txt=2024-11-28', 'reuters.txt=2024-11-29']]]);
  });
});

describe('person events: a day that opens the sentence, and a resignation handed in', () => {
  // The Paper: "On January 3, Harvard University President Claudine Gay (克劳丁·盖伊) announced her resignation",
  // against every other source's 2 January; the Statesman: "Shinde, who handed his resignation to Governor C.P.
  // Radhakrishnan on November 25". Neither the opening day nor a resignation announced or handed in was read.
  it('"On Friday, X was sworn in" and "X announced her resignation" date the event; a clause of the name\'s own does not take the opening day', () => {
    assert.deepEqual(events('On Friday, Sushila Karki was sworn in as interim prime minister.'), ['person:sushilakarki took office [interim prime minister] 2025-09-12 "Friday"']);
    assert.deepEqual(events('On January 3, Harvard University President Claudine Gay (克劳丁·盖伊) announced her resignation in a letter.', '4 Jan. 2024'), [
      'person:claudinegay resigned [] 2024-01-03 "January 3"',
    ]);
    assert.deepEqual(events('Chief Minister Eknath Shinde handed his resignation to Governor C.P. Radhakrishnan on November 26.', '27 Nov. 2024'), [
      'person:eknathshinde resigned [] 2024-11-26 "November 26"',
    ]);
    // A resignation announced to take effect later is not dated by the announcement.
    assert.deepEqual(events('John Smith announced his resignation on February 22, effective March 1.', '23 Feb. 2025'), []);
    // The opening day is the main verb's: "visited", not the clause's "sworn in".
    assert.deepEqual(events('On Friday, Sushila Karki, who was sworn in last week, visited the hospital.'), []);
    // A day after the verb is the verb's, whatever opens the sentence.
    assert.deepEqual(events('On Friday, Sushila Karki said she was sworn in on Thursday.'), []);
    assert.deepEqual(events('On Friday, Sushila Karki resigned on the spot.'), ['person:sushilakarki resigned [] 2025-09-12 "Friday"']);
  });
});

describe('person events: a post written as its initials', () => {
  // Deccan Herald: "Justice Khanna, who was sworn in as the 51st CJI on November 10, 2024", against Scroll's "Khanna
  // took oath as the 51st Chief Justice of India on November 11, 2024": the initials were read as no post.
  it('"sworn in as the 51st CJI" is the post of "the 51st Chief Justice of India"; "MP" is not "PM"', () => {
    assert.deepEqual(events('Chief Justice Sanjiv Khanna, who was sworn in as the 51st CJI on November 10, 2024, retired.', '13 May 2025'), [
      'person:sanjivkhanna took office [india chief justice] 2024-11-10 "November 10, 2024"',
    ]);
    // Initials no list holds: their letters are the other's words'.
    const ec = wire('EC', '16 May 2022', 'Rajiv Kumar was appointed as the 25th CEC on May 15. Kumar said he was honoured.');
    const ec2 = wire('EC', '16 May 2022', 'Rajiv Kumar was appointed the 25th Chief Election Commissioner on May 14. Kumar said he was honoured.');
    assert.deepEqual(conflicts({ 'ec.txt': ec, 'ec2.txt': ec2 }), [['person:rajivkumar|date:appointed', ['ec.txt=2022-05-15', 'ec2.txt=2022-05-14']]]);
    const dh = wire('CJI', '13 May 2025', 'Chief Justice Sanjiv Khanna, who was sworn in as the 51st CJI on November 10, 2024, retired.');
    const scroll = wire('CJI', '12 May 2025', 'Sanjiv Khanna took oath as the 51st Chief Justice of India on November 11, 2024.');
    assert.deepEqual(conflicts({ 'dh.txt': dh, 'scroll.txt': scroll }), [['person:sanjivkhanna|date:took office', ['dh.txt=2024-11-10', 'scroll.txt=2024-11-11']]]);
    // A body's initials before the post are no post: "took over as BP CEO".
    assert.deepEqual(events('Jane Roe took over as BP CEO on Monday.', '13 May 2025'), []);
    // Two letters say too little: sworn in as an MP and taking office as prime minister are two occasions.
    const mp = wire('UK', '10 July 2024', 'Keir Starmer was sworn in as MP on July 9.');
    const pm = wire('UK', '6 July 2024', 'Keir Starmer took office as prime minister on July 5.');
    assert.deepEqual(conflicts({ 'mp.txt': mp, 'pm.txt': pm }), []);
  });
});

describe('person events: appointments and resignations as nouns, a commander-in-chief', () => {
  // The Sheinbaum cabinet set: "Sheinbaum announced García Harfuch's appointment on June 26" against AP's Thursday the 27th.
  it('"X\'s appointment on June 26" and "X\'s resignation on Monday" date the appointment and the resignation', () => {
    assert.deepEqual(events("Sheinbaum announced Omar García Harfuch's appointment on June 26, in her second round of picks. The board accepted John Smith's resignation on Monday.", '1 Oct. 2024'), [
      'person:omargarciaharfuch appointed [] 2024-06-26 "June 26"',
      'person:johnsmith resigned [] 2024-09-30 "Monday"',
    ]);
    // Nor is one asked for or turned down, nor an appointment the name made ("… of Pete Hegseth").
    assert.deepEqual(events("Protesters demanded President William Ruto's resignation on Tuesday. The board rejected John Mahama's resignation on Monday. President Donald Trump's appointment on Monday of Pete Hegseth surprised many.", '27 Nov. 2024'), []);
    // A resignation that takes effect later is not dated by it.
    assert.deepEqual(events("Jones Smith's resignation, effective March 1, was accepted on Monday.", '1 Oct. 2024'), []);
    const ap = wire('Mexico', '27 Jun. 2024', 'Claudia Sheinbaum on Thursday appointed Omar García Harfuch as security secretary.');
    const explainer = wire('Mexico', '1 Oct. 2024', "Sheinbaum announced Omar García Harfuch's appointment on June 26, in her second round of picks.");
    assert.deepEqual(conflicts({ 'ap.txt': ap, 'explainer.txt': explainer }), [
      ['person:omargarciaharfuch|date:appointed', ['ap.txt=2024-06-27', 'explainer.txt=2024-06-26']],
    ]);
  });

  // Le Monde's "appointed commander-in-chief on 28 July 2021" against the Guardian's 27th.
  it('a post in "-in-chief" is a post the person was appointed to', () => {
    assert.deepEqual(events('General Valerii Zaluzhnyi, appointed commander-in-chief on 28 July 2021, was dismissed.', '20 Feb. 2024'), [
      'person:valeryzaluzhnyi appointed [commander-in-chief] 2021-07-28 "28 July 2021"',
    ]);
  });
});

describe('person events: a return to a post', () => {
  // The OpenAI set: "formally returned as CEO on November 29" against "formally reinstated on Thursday, Nov. 30".
  it('"returned as CEO" and "was reinstated as CEO" take the post again; "returned as a hero", "reinstated to the squad" and "reinstated in principle" do not', () => {
    // In the passive, returned by the voters: elected.
    assert.deepEqual(events('Jeremy Corbyn was returned as MP on July 4. Marcus Rashford was reinstated to the squad on Friday.', '10 Jul. 2024'), [
      'person:jeremycorbyn elected [mp] 2024-07-04 "July 4"',
    ]);
    assert.deepEqual(events('Sam Altman formally returned as CEO on November 29. Jane Roe returned as a hero on Friday. John Doe, who had been reinstated in principle on Nov. 21, spoke.', '4 Dec. 2023'), [
      'person:samaltman took office [ceo] 2023-11-29 "November 29"',
    ]);
    const a = wire('OpenAI', '30 Nov. 2023', 'Sam Altman formally returned as CEO on November 29, the company said.');
    const b = wire('OpenAI', '4 Dec. 2023', 'When Sam Altman was formally reinstated as chief executive on Thursday, Nov. 30, the company said it had a new board.');
    assert.deepEqual(conflicts({ 'a.txt': a, 'b.txt': b }), [['person:samaltman|date:took office', ['a.txt=2023-11-29', 'b.txt=2023-11-30']]]);
  });
});

describe('person events: taking charge', () => {
  // Xinhua's "was elected on Monday as the new speaker" against Asahi's "on November 5 elected … as its new Speaker";
  // Yonhap's "was elected president of the organizing committee at an extraordinary board meeting on Feb. 17".
  it('the post after the day ("elected on Monday as the new speaker"); a body in lower case after the post, and the meeting that elected', () => {
    assert.deepEqual(events('Lindsay Hoyle (林赛·霍伊尔), a veteran lawmaker from the opposition Labour Party, was elected on Monday as the new speaker of the British House of Commons.', '5 Nov. 2019'), [
      'person:lindsayhoyle elected [house speaker] 2019-11-04 "Monday"',
    ]);
    // "as" for "while" is no post: "as Prime Minister Shigeru Ishiba looked on", "as voters rejected the governor".
    assert.deepEqual(events('Sanae Takaichi was elected on Saturday as Prime Minister Shigeru Ishiba looked on. Jane Roe was elected on Monday as voters rejected the incumbent governor.', '6 Oct. 2025'), []);
    assert.deepEqual(events('Seiko Hashimoto (하시모토 세이코, 橋本聖子), a former speed skater and cyclist who competed in seven Olympics, was elected president of the organizing committee at an extraordinary board meeting on Feb. 17, replacing Yoshiro Mori.', '19 Feb. 2021'), [
      'person:seikohashimoto elected [organizing committee president] 2021-02-17 "Feb. 17"',
    ]);
    // Not a post after the day's clause, nor a body that is no body ("president of the country").
    assert.deepEqual(events('Jane Roe was elected on Monday, as her party had hoped. John Doe was elected president of the country at a rally on Friday.', '5 Nov. 2019'), []);
    const yonhap = wire('Tokyo 2020', '19 Feb. 2021', 'Seiko Hashimoto was elected president of the organizing committee at an extraordinary board meeting on Feb. 17, replacing Yoshiro Mori.');
    const kyodo = wire('Tokyo 2020', '3 Mar. 2021', 'Seiko Hashimoto leads the committee. Hashimoto, 56, was elected president on Feb. 18, replacing Yoshiro Mori.');
    assert.deepEqual(conflicts({ 'yonhap.txt': yonhap, 'kyodo.txt': kyodo }), [['person:seikohashimoto|date:elected', ['kyodo.txt=2021-02-18', 'yonhap.txt=2021-02-17']]]);
  });

  // Amar Ujala's "took charge … on 12 December" against the RBI's "assumed charge … today, December 11, 2024".
  it('"took charge as" and "assumed charge as" a post take office; "took charge of" anything else does not', () => {
    assert.deepEqual(events('Sanjay Malhotra took charge as the 26th Governor of the Reserve Bank of India on 12 December. John Smith took charge of the investigation on Monday. Jane Roe took charge on Monday.', '20 Dec. 2024'), [
      'person:sanjaymalhotra took charge [reserve bank governor] 2024-12-12 "12 December"',
    ]);
    const rbi = wire('RBI', '11 Dec. 2024', 'Shri Sanjay Malhotra assumed charge as the 26th Governor of the Reserve Bank of India today, December 11, 2024.');
    const hindi = wire('RBI', '13 Dec. 2024', 'Sanjay Malhotra took charge as the 26th Governor of the Reserve Bank of India on 12 December.');
    assert.deepEqual(conflicts({ 'rbi.txt': rbi, 'hindi.txt': hindi }), [['person:sanjaymalhotra|date:took charge', ['hindi.txt=2024-12-12', 'rbi.txt=2024-12-11']]]);
  });
});

describe('person events: taking charge is not the oath', () => {
  // India's ministers take charge at their ministries days after the oath.
  it('"took charge as Defence Minister" on the 13th does not disagree with "sworn in" on the 9th', () => {
    const oath = wire('India', '10 Jun. 2024', 'Rajnath Singh was sworn in as a Cabinet minister on Sunday, June 9.');
    const desk = wire('India', '14 Jun. 2024', 'Rajnath Singh took charge as Defence Minister on Thursday, June 13.');
    assert.deepEqual(conflicts({ 'oath.txt': oath, 'desk.txt': desk }), []);
    assert.deepEqual(events('Rajnath Singh took charge as Defence Minister on Thursday, June 13.', '14 Jun. 2024'), ['person:rajnathsingh took charge [defense minister] 2024-06-13 "Thursday, June 13"']);
  });
});

describe('person events: a ceremony held days after taking office', () => {
  // The Chosun Ilbo: "Chief Justice Cho Hee-de, who took office on Friday and held his inauguration ceremony on
  // Monday"; the Korea Herald: "on the day of Cho's inauguration, Dec. 11"; Yonhap: "took office on Dec. 8".
  const both = wire('Court', '12 Dec. 2023', 'Chief Justice Park Min-jun, who took office on Friday and held his inauguration ceremony on Monday, faces a long list.');
  const ceremony = wire('Court', '22 Dec. 2023', 'The minister spoke on the day of Chief Justice Park Min-jun\'s inauguration, Dec. 11, and pledged to cooperate.');
  const office = wire('Court', '2 Jan. 2024', 'Chief Justice Park Min-jun, who took office on Dec. 8 after the vote, has begun the search.');

  it('reads the ceremony after "and held his", on its own day', () => {
    assert.deepEqual(events('Chief Justice Park Min-jun, who took office on Friday and held his inauguration ceremony on Monday, faces a long list.', '12 Dec. 2023'), [
      'person:palkmincun took office [] 2023-12-08 "Friday"', 'person:palkmincun took office [] 2023-12-11 "Monday"',
    ]);
  });

  it('where a source dates the ceremony apart from taking office, a ceremony is compared with ceremonies only', () => {
    assert.deepEqual(conflicts({ 'chosun.txt': both, 'herald.txt': ceremony, 'yonhap.txt': office }), []);
    // With no source that tells them apart, an inauguration is the day of taking office.
    assert.deepEqual(conflicts({ 'herald.txt': ceremony, 'yonhap.txt': office }), [['person:palkmincun|date:took office', ['herald.txt=2023-12-11', 'yonhap.txt=2023-12-08']]]);
    // Nor does a source of two occasions months apart ("took office in 2017 … his inauguration on Jan. 20, 2025").
    const twoTerms = wire('Court', '22 Dec. 2023', 'Park Min-jun took office on June 8, 2023 as a justice, and held his inauguration ceremony on Dec. 11 as chief justice.');
    assert.deepEqual(conflicts({ 'terms.txt': twoTerms, 'herald.txt': ceremony, 'yonhap.txt': office }).map(([id]) => id), ['person:palkmincun|date:took office']);
  });

  it('the ceremony stays one through packing', () => {
    const a = analyze('a.txt', both);
    const stored = new StoredArticle(packAnalysis(a));
    assert.deepEqual(stored.facts.flatMap((f) => f.type === 'eventDate' && f.ceremony ? [f.day] : []), ['2023-12-11']);
  });
});

// Word lists the recogniser relies on. Data only: general English news vocabulary,
// never names or phrases taken from particular articles.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Month abbreviations that are also given names or name syllables ("Maeng Yeon Jun", "Jan
 * Lipavsky", "Ahn Gyu Jun."): names without a period, and with one unless a day's number follows.
 */
/** The months by their first three letters, in order: a month's index in the year. */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const NAME_SYLLABLE_MONTHS = new Set(['Jun', 'Jan']);

/** Abbreviations whose trailing period is part of the word, not a sentence end. */
export const ABBREVIATIONS = words(`
  Lt Gen Maj Brig Adm Col Capt Cmdr Cdr Sgt Cpl Pvt Gov Sen Rep Dr Mr Mrs Ms Prof St Jr Sr Rev Hon
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
  No Nos Inc Co Corp Ltd Bros vs etc Dept Gov Mt Ft Ave Blvd Rd Amb Supt Insp Det Lieut Gens Adms Atty Sens Reps Govs Smt Sh Shri Vice
`);

/** Offices written as capitals, told apart from words of the same letters ("DA Alvin Bragg", not "Da Nang"). */
export const OFFICE_ACRONYMS: Readonly<Record<string, string>> = { DA: 'd.a' };

/**
 * Capitals that name no one thing across sources, so link nothing: a role (Boeing's "CEO" is
 * not OpenAI's), a measure ("GDP"), a period ("Q4"), a time zone ("ET") or a section label ("PHOTOS: …").
 */
export const GENERIC_CAPITALS = new Set(`
  CEO CFO COO CTO CIO CMO CSO CPO VP SVP EVP GM PM CM MP AM GDP GNP CPI PMI TV HR PR PC HQ ID FAQ IPO ETF FY
  Q1 Q2 Q3 Q4 H1 H2 ET EST EDT CT CST CDT PT PST PDT GMT BST CET CEST UTC JST KST IST
  PHOTO PHOTOS VIDEO VIDEOS WATCH LIVE BREAKING UPDATE UPDATED EXCLUSIVE OPINION ANALYSIS EXPLAINER LISTEN
`.trim().split(/\s+/));

/**
 * German ranks written as one word, as the English ranks they are: "Generalleutnant Carsten
 * Breuer" is the "Lt. Gen. Carsten Breuer" of other sources.
 */
const FOREIGN_RANKS_IN_ONE_WORD: Readonly<Record<string, string>> = {
  generalleutnant: 'lieutenant general', generalmajor: 'major general', brigadegeneral: 'brigadier general', generaloberst: 'colonel general',
  armeegeneral: 'general', vizeadmiral: 'vice admiral', konteradmiral: 'rear admiral', flottillenadmiral: 'commodore',
  oberstleutnant: 'lieutenant colonel', oberst: 'colonel',
};

export const RANK_EXPANSIONS: Record<string, string> = {
  lt: 'lieutenant', lieut: 'lieutenant', gen: 'general', maj: 'major', brig: 'brigadier',
  adm: 'admiral', col: 'colonel', capt: 'captain', cmdr: 'commander', cdr: 'commander',
  sgt: 'sergeant', cpl: 'corporal', pvt: 'private', gens: 'general', adms: 'admiral',
  // Air forces' grades as South Asian and Commonwealth outlets write them: "Wg Cdr", "Gp Capt", "Air Cdre", "Sqn Ldr", "Flt Lt".
  wg: 'wing', gp: 'group', cdre: 'commodore', sqn: 'squadron', ldr: 'leader', flt: 'flight',
  // Before a list of names: "Sens. Susan Collins and Lisa Murkowski", "Senators Andy Kim, …".
  sens: 'sen', reps: 'rep', govs: 'gov', senators: 'senator', justices: 'justice',
  generals: 'general', admirals: 'admiral', colonels: 'colonel', majors: 'major', captains: 'captain',
  superintendant: 'superintendent', // a common misspelling: "Detective Chief Superintendant Karen Jaundrill"
  ...FOREIGN_RANKS_IN_ONE_WORD,
};
/**
 * A prefix and its hyphen ("Non-Aligned", "anti-war", "pro-Russian"): no name before a name's
 * adjective ending, and one word with what follows it in a name.
 */
export const HYPHEN_PREFIX = /^(?:non|anti|pro)[-‐‑]/i;

/** Rank words after abbreviation expansion. A rank ends in one of RANK_HEADS. */
export const RANK_HEADS = new Set([...words(`
  general admiral colonel major captain lieutenant sergeant marshal corporal private ensign commodore brigadier
`), ...Object.values(FOREIGN_RANKS_IN_ONE_WORD)]);
/**
 * Senior officers' grades by their stars, across services and armies: a promotion on taking a
 * post is one step ("Air Marshal" to "Air Chief Marshal", "Lt. Gen." to "Gen.", "Rear Admiral"
 * to "Vice Admiral").
 */
export const RANK_STARS: Readonly<Record<string, number>> = {
  colonel: 0, 'brigadier general': 1, commodore: 1, 'air commodore': 1,
  'major general': 2, 'rear admiral': 2, 'air vice marshal': 2,
  'lieutenant general': 3, 'vice admiral': 3, 'air marshal': 3,
  general: 4, admiral: 4, 'air chief marshal': 4, 'field marshal': 5,
};
/** Ranks one army writes alone that are the grade another names in full (a Commonwealth "Brigadier"), and one grade's two translations. */
export const RANK_GRADES: Readonly<Record<string, string>> = {
  brigadier: 'brigadier general',
  // Vietnam's thượng tướng, translated both ways (by VNA and by VnExpress); not a lieutenant general.
  'senior lieutenant general': 'colonel general',
};
export const RANK_MODIFIERS = words(`lieutenant major brigadier vice rear staff master first second chief air field sergeant command fleet wing flight gunnery sub`);

/** Which words may stand before which rank head: "Lt. Gen.", "Staff Sgt.", never "Staff Gen.". */
export const RANK_MODIFIERS_OF: Record<string, Set<string>> = {
  general: words('lieutenant major brigadier colonel'),
  admiral: words('vice rear fleet'),
  // "Senior Colonel" (China), "Senior Lieutenant" and "Senior Lieutenant General" (Vietnam, Russia).
  colonel: words('lieutenant senior'),
  commander: words('lieutenant wing'),
  leader: words('squadron'),
  sergeant: words('staff master first command gunnery sergeant'),
  // "Colonel-Major" ("Col.-Maj."): Francophone Africa's grade between colonel and brigadier general.
  major: words('sergeant command colonel'),
  marshal: words('field air chief vice'),
  // "Air Chief Marshal", "Air Vice Marshal": the modifier takes one of its own.
  chief: words('air'),
  vice: words('air'),
  lieutenant: words('first second flight sub senior'),
  captain: words('group senior'),
  commodore: words('air'),
};

/** "General" after these is part of an office ("Attorney General"), not a rank. */
export const GENERAL_AS_OFFICE = words(`attorney atty secretary director surgeon inspector consul governor solicitor postmaster auditor advocate`);

/** Capitalised words that head an office or role written before a name. */
export const OFFICE_HEADS = words(`
  president vice-president vice-chancellor vice-premier vice-chairman vice-chairwoman vice-chairperson vice-chair vice-governor premier minister secretary undersecretary under-secretary under-secretary-general undersecretary-general chairman chairwoman chair
  chairperson chief director ambassador spokesperson spokesman spokeswoman senator representative
  congressman congresswoman lawmaker legislator governor mayor commander commissioner administrator adviser
  advisor envoy chancellor king queen prince princess emperor empress pope judge justice speaker
  leader head ceo cfo coo founder professor advocate barrister dean prosecutor counselor councillor councilor
  attorney-general secretary-general director-general inspector-general surgeon-general solicitor-general governor-general
  auditor-general comptroller-general consul-general adjutant-general postmaster-general prosecutor-general procurator-general
  sheriff superintendent inspector provost rector prefect fellow observer informateur formateur
  sen rep gov amb prof supt emir sultan ruler whip editor mp mep msp mla mk member officer scientist economist cto attorney negotiator pm cm cji dgp igp adgp dcp acp ssp cds coas
  detective trooper constable councilman councilwoman councilmember councilperson alderman assemblyman assemblywoman assemblymember assemblyperson atty d.a manager coach boss
  cardinal archbishop bishop rabbi imam patriarch pontiff protodeacon camerlengo nuncio chaplain vicar abbot consort dowager regent primate pastor priest
  treasurer controller registrar ombudsman ombudswoman ombudsperson aide editor-in-chief commander-in-chief general-in-chief counsel
  taoiseach tanaiste tánaiste
`);

/** Honorifics mark a person but are not a title worth comparing. */
export const HONORIFICS = words(`mr mrs ms miss mme mlle dr sir dame lord lady baroness viscount viscountess rev reverend revd venerable honourable honorable hon asiwaju shree shri sh smt h.h sheikh sheik shaikh shaykh datuk dato tun tunku tengku seri panglima ayatollah hojatoleslam doctor excellency holiness majesty highness eminence beatitude comrade cde monsignor msgr hajji alhaji alhaja daw afioga susuga kompol kombes bripka briptu bripda aipda iptu irjen brigjen komjen
  samdech moha borvor thipadei techo akka padei`); // Khmer styles: "Samdech Moha Borvor Thipadei Hun Manet", "Samdech Techo Hun Sen"

/** Lower-case role words that open an appositive title: "John Noh, U.S. deputy assistant secretary". */
export const ROLE_WORDS = words(`
  president vice premier minister secretary undersecretary chairman chairwoman chair chairperson
  chief director ambassador spokesperson spokesman spokeswoman senator representative lawmaker
  governor mayor commander commissioner administrator adviser advisor envoy chancellor head leader
  ceo founder professor dean prosecutor deputy assistant general admiral colonel negotiator mediator editor
  judge sheriff officer detective manager coach boss speaker ruler whip aide epidemiologist
`);

/**
 * Lower-case nouns that only stand before a person's name and are no title: "centrist ally
 * Francois Bayrou", "veteran lawyer Amal Clooney". (Not "rival": "rival Samsung Electronics".)
 */
export const PERSON_NOUNS = words(`
  ally counterpart politician activist candidate veteran centrist conservative socialist nationalist successor predecessor
  hardliner dissident journalist reporter author writer novelist lawyer economist analyst businessman
  businesswoman billionaire tycoon entrepreneur actor actress singer cleric scholar researcher scientist
  physician nurse teacher mother father son daughter wife husband brother sister widow hostage hostages
  captive detainee prisoner soldier attorney
  champion seed player striker midfielder goalkeeper defender winger skipper finalist semifinalist
  medalist medallist teammate opponent filmmaker rapper musician comedian producer presenter mogul
  laureate newcomer challenger rival contender frontrunner front-runner incumbent nominee aide adviser advisor confidant
  substitute philosopher poet painter historian photographer athlete swimmer sprinter gymnast boxer
  fisherman shopkeeper vendor trader contractor developer engineer architect banker farmer miner driver pilot
  pensioner retiree grandmother grandfather grandma grandad granddad granny grandson granddaughter
  mum dad widower student pupil voter resident shopper commuter carer volunteer
`);

/** Creeds before a name, of a person or a party alike ("Marxist Anura Kumara Dissanayake", "leftist JVP"): no part of it. */
export const CREEDS = words(`marxist communist maoist leftist rightist populist islamist nationalist socialist centrist`);

/**
 * Nouns for people in crime and court stories. Before a name in lower case they say it is a
 * person's ("suspect Luigi Mangione"); capitalised they also start programmes and plans
 * ("Witness Protection Program", "Student Loan Forgiveness"), so they never lead one.
 */
export const CASE_NOUNS = words(`student suspect victim defendant gunman survivor witness`);

/** Last words of the names of programmes, plans and observances, never of a person's: "Teacher Appreciation Week". */
export const PROGRAMME_HEADS = words(`week day month program programme plan fund act bill scheme award prize initiative project policy strategy show`);

/**
 * Verbs of headlines, third person present: capitalised in a Title Case headline or caption
 * they part two phrases ("President Yoon Visits Camp David", "Ishiba Beats Takaichi"). Not
 * "Heads", which names people too ("Heads of State").
 */
export const HEADLINE_VERBS = words(`
  visits meets arrives urges vows warns slams rejects denies resigns returns joins seeks tells asks agrees
  accepts announces launches unveils appoints fires ousts wins loses beats defeats condemns welcomes
  praises criticizes criticises calls holds faces signs backs leads opens begins pledges promises
  threatens dies steps hosts plans sparks eyes nominates elects reacts responds blasts quits confirms
  admits reveals defends hails mourns dismisses accuses sues demands speaks thanks becomes takes congratulates
  elected named impeached arrested indicted charged convicted sentenced acquitted sworn detained
  retires cuts raises hikes lowers acknowledges declares concedes re-elected reelected inaugurated installed found
  assumes receives gives
`);

/** Markers that a written title is not the person's current one. */
export const PAST_MARKERS = words(`former formerly previously ex then late retired outgoing erstwhile onetime one-time previous ousted deposed toppled sacked`);
/** A past marker joined to the word after it: "then-Defense", "ex-minister", "former-President". */
export const PAST_PREFIX = /^(?:then|ex|former)[-‐]/i;
export const ACTING_MARKERS = words(`acting interim caretaker incoming designate nominee`);

/** Country codes, demonyms and country names that qualify a title without changing it. */
export const NATIONALITIES = words(`
  us u.s. usa u.s.a. uk u.k. eu un rok dprk prc american south north korean korea korea's chinese china japanese
  japan british french german russian ukrainian israeli palestinian indian australian canadian
  taiwanese philippine filipino vietnamese iranian saudi turkish italian spanish polish swedish
  finnish norwegian dutch belgian swiss austrian brazilian mexican argentine argentinian egyptian
  syrian iraqi afghan pakistani indonesian malaysian thai singaporean mongolian european asian
  african panamanian colombian venezuelan chilean peruvian cuban ecuadorian bolivian uruguayan
  paraguayan guatemalan honduran salvadoran nicaraguan dominican haitian jamaican nigerian
  kenyan ethiopian south-african ghanaian moroccan algerian tunisian libyan sudanese somali
  lebanese jordanian qatari emirati kuwaiti bahraini omani yemeni greek cypriot bulgarian romanian
  hungarian czech slovak slovenian croatian serbian bosnian albanian macedonian montenegrin estonian
  latvian lithuanian belarusian moldovan georgian armenian azerbaijani kazakh uzbek kyrgyz tajik
  turkmen nepali bangladeshi lankan burmese myanmar cambodian lao laotian bruneian zealand
  irish scottish welsh english danish icelandic portuguese belgian luxembourgish maltese
  samoan fijian tongan papuan nauruan tuvaluan vanuatuan marshallese micronesian palauan timorese
  bhutanese maldivian zimbabwean zambian malawian mozambican angolan namibian tanzanian ugandan
  rwandan burundian congolese cameroonian gabonese chadian nigerien malian senegalese gambian
  guinean ivorian liberian leonean togolese beninese burkinabe mauritanian eritrean djiboutian
  malagasy mauritian seychellois comoran kosovar andorran monegasque barbadian bahamian trinidadian
  grenadian belizean guyanese surinamese rican azeri slovene luxembourger greenlandic
  beijing washington moscow tokyo seoul pyongyang
`);

/** Words that make a capitalised phrase an organisation. */
export const ORG_HEADS = words(`
  ministry department agency administration command forces force army navy corps guard guards committee structure
  commission council office bureau service staff chiefs assembly parliament congress senate party circuit
  union association organization organisation institute institution university college school academy nations
  associations organizations organisations institutions federations cabinets administrations ministries committees
  bank fund group corporation corp company co inc ltd holdings foundation center centre court
  tribunal cabinet government police authority board federation alliance league network
  broadcasting television radio daily herald times post journal press agency agence kremlin pentagon news shimbun pravda
  hospital monitor observatory sabha museum gallery library exchange church partido partito parti iglesia
  secretariat directorate headquarters house movement chamber coalition confederation mission missions cartel reporters
  steel motor motors electronics airlines airways chemicals pharmaceuticals therapeutics biotherapeutics biosciences biologics semiconductor telecom securities systems
  insurance industries shipbuilding technologies products racing trustees regents platforms
  partners ventures investments entertainment entertainments studios pictures brands foods survey laboratory laboratories enterprises online khural hural
  hotspur wanderers rovers albion team squad division regiment brigade battalion squadron brotherhood unit society societies
  diocese archdiocese eparchy synod dicastery curia presidium management municipality patriarchate patriarchates diwan
  banco grupo ministerio gobierno consejo fundacion universidad asociacion sociedad empresa compania comision electrica
`);

/** Well-known organisations written without a head word. */
export const KNOWN_ORGS = new Set([
  ...words(`Pentagon Kremlin NATO Reuters Yonhap Xinhua Interpol Europol UNESCO UNICEF ASEAN OPEC TASS Kyodo Bernama`),
  // Parliaments called by their own name, which reads like a person's ("Verkhovna Rada").
  ...words(`Knesset Bundestag Bundesrat Duma Rada Sejm Storting Riksdag Folketing Majlis Oireachtas`),
  'State Duma', 'Verkhovna Rada', 'Jatiya Sangsad',
  // Armed groups and movements named by one word that reads like a name.
  ...words(`Hezbollah Hamas Taliban Houthis`),
  // Outlets whose names read like an Arabic personal name ("Al Gore" is a person).
  'Al Jazeera', 'Al Arabiya', 'Al-Jazeera', 'Al-Arabiya',
  // Firms named after their founders, which read as a person's name.
  'Goldman Sachs', 'Morgan Stanley', 'Wells Fargo', 'Merrill Lynch', 'Charles Schwab', 'Dow Jones', 'Raymond James', 'Edward Jones', 'Jones Day', 'Baker McKenzie',
  'Eli Lilly', 'Novo Nordisk', 'Aston Martin', 'Rolls-Royce', 'Johnson & Johnson', 'Freddie Mac', 'Fannie Mae',
  // Parties named in their own language, which read as a person's name ("Fine Gael").
  'Fianna Fáil', 'Fianna Fail', 'Fine Gael', 'Sinn Féin', 'Sinn Fein', 'Plaid Cymru',
  // A cross and a crescent are no heads of other bodies' names.
  'Red Cross', 'Red Crescent', 'Shin Bet', 'Mossad', 'Getty Images',
]);

/**
 * Lower-case nouns that say the capitalised name after them is a business: "pager firm Gold
 * Apollo said", "Chinese carmaker BYD". After an article the name may be a person's ("a
 * company Elon Musk founded").
 */
export const COMPANY_NOUNS = words(`
  firm company maker manufacturer producer supplier startup start-up conglomerate giant lender insurer
  carrier airline broadcaster newspaper outlet chipmaker carmaker automaker retailer operator developer
  brand distributor exporter importer subsidiary
`);

/**
 * Meetings numbered by their acronym ("COP29", "WHA77"): the acronym's full name,
 * so "COP29" and "the 29th Conference of the Parties" are one meeting.
 */
export const NUMBERED_MEETING_ACRONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  COP: 'Conference of the Parties', CMP: 'Meeting of the Parties to the Kyoto Protocol', CMA: 'Meeting of the Parties to the Paris Agreement',
  WHA: 'World Health Assembly', UNGA: 'General Assembly', MOP: 'Meeting of the Parties', HRC: 'Human Rights Council',
}));

/**
 * Endings that make a name an adjective, "Pennsylvania-based", "Iran-backed", "Hamas-run", "a
 * Taylor Swift-themed dance": the name is who is behind the thing, the ending no part of a name.
 */
export const NAME_ADJECTIVE_ENDINGS = `based headquartered backed led run linked owned allied affiliated funded sponsored brokered born
  friendly aligned leaning controlled dominated themed style styled inspired era made`.split(/\s+/);

/**
 * Conventions other than the climate convention (UNFCCC, whose COP a bare "COP29" is) that
 * number their conferences of the parties too: "UNCCD COP16" is not the CBD's COP16.
 */
export const OTHER_CONVENTIONS = words('unccd cbd cites cms ramsar brs');

/** Offices held under a regnal name: "Pope Leo XIV", "King Charles III". */
export const REGNAL_OFFICES = words('pope pontiff king queen emperor empress sultan');

/** Words that make a capitalised phrase a meeting or event. */
export const MEETING_HEADS = words(`
  meeting meetings dialogue summit conference talks forum consultations consultation session
  exercise exercises drill drills games olympics convention symposium negotiations plenum plenary
  expo workshop hearing election elections ceremony congress cup cups summits conferences week festival contest
`);

/**
 * Meeting heads that more often name a standing body: "African National Congress", "Nigeria
 * Labour Congress", "World Uyghur Congress" are organisations; numbered, "the 20th National
 * Congress" is a meeting.
 */
export const BODY_UNLESS_NUMBERED = words(`congress`);

const UNIT_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
};
const TENS: [string, string, number][] = [['twenty', 'twentieth', 20], ['thirty', 'thirtieth', 30], ['forty', 'fortieth', 40], ['fifty', 'fiftieth', 50],
  ['sixty', 'sixtieth', 60], ['seventy', 'seventieth', 70], ['eighty', 'eightieth', 80], ['ninety', 'ninetieth', 90]];

/** Ordinals in words, up to the ninety-ninth: "the Fifty-Sixth Special Session". */
export const WORD_ORDINALS: Record<string, number> = {
  ...UNIT_ORDINALS,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  ...Object.fromEntries(TENS.flatMap(([ten, nth, n]) => [[nth, n], ...Object.entries(UNIT_ORDINALS).map(([u, k]) => [`${ten}-${u}`, n + k])])),
};

/** Adjectives allowed between an ordinal and a meeting name: "the 57th annual ...". */
export const MEETING_ADJECTIVES = words(`annual biennial biannual regular ordinary extraordinary special inaugural emergency plenary high-level ministerial bilateral trilateral related`);

/** Words that end a street's name: "King Road", "Pennsylvania Avenue". */
export const STREET_HEADS = words(`road street avenue boulevard lane highway`);

/** Suffixes that make a capitalised phrase a place. */
export const PLACE_HEADS = words(`
  district province county city prefecture peninsula island islands sea strait gulf bay ocean river lake
  mountains mountain valley region oblast borough township village harbor harbour port
  tomb temple shrine palace museum stadium arena airport street avenue square boulevard
  chapel basilica cathedral mosque hosseiniyeh husseiniya republic seaboard bhavan bhawan niwas nivas hotel jail prison territory krai
  bridge dam tunnel canal refinery auditorium complex base tower beach empire station throne memorial circle area lodge basin crater plateau desert glacier canyon reef gardens offices barracks sector heights ${[...STREET_HEADS].join(' ')}
`);

/**
 * First words that make a name a place, with how many words may follow them: "Camp David",
 * "Fort McNair", "Mount Everest", "Kibbutz Kfar Aza" (not "Camp David Accords").
 */
export const PLACE_LEADS: ReadonlyMap<string, number> = new Map([['camp', 1], ['fort', 1], ['mount', 1], ['lake', 1], ['cape', 1], ['kibbutz', 2], ['schloss', 1], ['palazzo', 2], ['palais', 2], ['rue', 2]]);

export const PLACES = new Set([
  // Countries and common short forms.
  ...`Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas
  Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei
  Bulgaria Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus
  Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France
  Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland
  India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo
  Kuwait Kyrgyzstan Vatican Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg
  Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco
  Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria
  Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania
  Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname
  Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Türkiye Turkiye Turkmenistan Burma Swaziland
  Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Britain
  England Scotland Wales Korea America Europe Asia Africa Oceania Antarctica Arctic Crimea Gaza Donbas Rafah Jabalia Nuseirat
  Tibet Xinjiang Hokkaido Okinawa Guam Hawaii Alaska Kashmir Balkans Caucasus Scandinavia Siberia`.split(/\s+/),
  // Capitals and large cities that appear in datelines; names of more than one word are in
  // MULTIWORD_PLACES (split here, "Hong" was a place, and "Adm. Hong" nobody).
  ...`Seoul Pyongyang Busan Incheon Daegu Daejeon Gwangju Ulsan Sejong Suwon Pyeongtaek Osan Yongsan Jeju
  Tokyo Osaka Kyoto Yokohama Beijing Shanghai Shenzhen Guangzhou Macau Taipei Manila Hanoi
  Bangkok Jakarta Singapore Delhi Mumbai Kolkata Islamabad Karachi Kabul Tehran Baghdad
  Damascus Beirut Jerusalem Amman Riyadh Doha Dubai Sharjah Ajman Fujairah Cairo Ankara Istanbul Moscow Kyiv
  Kiev Minsk Warsaw Berlin Paris London Brussels Amsterdam Vienna Rome Madrid Lisbon Stockholm Oslo
  Helsinki Copenhagen Prague Budapest Athens Geneva Zurich Washington York Chicago Boston Houston Dallas
  Atlanta Miami Seattle Denver Phoenix Honolulu Ottawa Toronto Montreal Vancouver Canberra Sydney
  Melbourne Auckland Wellington Nairobi Lagos Johannesburg Pretoria Khartoum Tripoli Tunis
  Algiers Rabat Dakar Accra Kinshasa Brasilia Santiago Lima Bogota
  Caracas Havana Panama Quito Anchorage Vladivostok Pentagon Hamburg Munich Frankfurt Milan
  Naples Barcelona Lyon Marseille Manchester Glasgow Dublin Edinburgh Belgrade Bucharest Sofia Zagreb
  Riga Vilnius Tallinn Tbilisi Yerevan Baku Tashkent Astana Almaty Ulaanbaatar Dhaka Colombo Kathmandu
  Yangon Naypyitaw Naypyidaw Mandalay Vientiane Hiroshima Nagasaki Nagoya Sapporo Fukuoka Wuhan Chengdu Chongqing Tianjin
  Nanjing Hangzhou Dalian Shenyang Kaesong Panmunjom Wonsan Sinuiju Hamhung Gangneung Paju Cheorwon`.split(/\s+/),
  // US states.
  ...`Alabama Arizona Arkansas California Colorado Connecticut Delaware Florida Idaho Illinois Indiana Iowa
  Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
  Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming`.split(/\s+/),
  // Provinces and states that outlets write after an office without "of" ("Chief Minister
  // Punjab Maryam Nawaz", "Governor Kano …"), and datelines name.
  ...`Punjab Sindh Balochistan Baluchistan Assam Bihar Chhattisgarh Goa Gujarat Haryana Jharkhand Karnataka Kerala
  Maharashtra Manipur Meghalaya Mizoram Nagaland Odisha Rajasthan Sikkim Telangana Tripura Uttarakhand Ladakh Puducherry
  Kano Kaduna Borno Ogun Oyo Enugu Anambra Ontario Quebec Alberta Manitoba Saskatchewan Queensland Tasmania`.split(/\s+/),
]);

/**
 * Letters written after a name for honours, degrees, seats and services: "Admiral David Johnston
 * AC RAN", "Jane Smith OBE", "Keir Starmer KC MP", "Bola Ahmed Tinubu GCFR", "Gen. Upendra
 * Dwivedi PVSM AVSM". As written, in capitals.
 */
export const POST_NOMINALS = new Set(`AC AO AM OAM KC QC SC MP MLA MEP MSP MHK OBE MBE CBE KBE DBE GBE CH OM KG KT CMG KCMG GCMG
  CVO KCVO GCVO LVO MVO DSO DSC DFC MC CSC CSM DSM VC GC FRS FRSE FREng PhD OON GCON CON OFR CFR GCFR PVSM AVSM UYSM YSM SM VSM
  ADC RAN RAAF RN RNZN RCN`.split(/\s+/));

/** The POST_NOMINALS for a seat in a parliament: after a place they are a role ("the Birmingham Ladywood MP"). */
export const SEAT_LETTERS: ReadonlySet<string> = new Set(['MP', 'MLA', 'MEP', 'MSP', 'MHK']);

/** Multi-word places that are not built from a head word. */
export const MULTIWORD_PLACES = new Set([
  'south korea', 'north korea', 'united states', 'united kingdom', 'new york', 'hong kong',
  'brunei darussalam', 'prince edward island', 'turks and caicos', 'turks and caicos islands', 'saint kitts and nevis', 'st kitts and nevis', 'st. kitts and nevis', 'saint vincent and the grenadines', 'st vincent and the grenadines', 'st. vincent and the grenadines', 'bandar seri begawan', 'dar es salaam', 'trinidad and tobago', 'bosnia and herzegovina', 'antigua and barbuda', 'viet nam', 'timor-leste', 'timor leste', 'cabo verde', 'kuala lumpur', 'tel aviv', 'abu dhabi', 'addis ababa', 'buenos aires', 'sao paulo', 'new delhi',
  'south africa', 'new zealand', 'saudi arabia', 'sri lanka', 'east asia', 'southeast asia',
  'middle east', 'far east', 'near east', 'indo-pacific', 'asia-pacific', 'korean peninsula', 'east china sea',
  'south china sea', 'yellow sea', 'sea of japan', 'east sea', 'taiwan strait', 'west bank',
  'los angeles', 'san francisco', 'san diego', 'las vegas', 'phnom penh', 'rio de janeiro',
  'mexico city', 'new jersey', 'new mexico', 'north carolina', 'south carolina', 'north dakota',
  'south dakota', 'west virginia', 'rhode island', 'new hampshire', 'latin america', 'north america',
  'south america', 'central asia', 'the hague', 'demilitarized zone', 'camp humphreys',
  'costa rica', 'puerto rico', 'el salvador', 'dominican republic', 'burkina faso', 'sierra leone',
  'ivory coast', 'cape verde', 'east timor', 'papua new guinea', 'san jose', 'santo domingo', 'port-au-prince',
  'west africa', 'east africa', 'north africa', 'sub-saharan africa', 'persian gulf', 'red sea', 'gaza strip',
  'st. petersburg', 'st petersburg', 'saint petersburg', 'rostov-on-don', 'washington dc', 'washington d.c.',
  'khyber pakhtunkhwa', 'gilgit-baltistan', 'azad kashmir', 'andhra pradesh', 'arunachal pradesh', 'himachal pradesh', 'madhya pradesh',
  'uttar pradesh', 'tamil nadu', 'west bengal', 'jammu and kashmir', 'british columbia', 'nova scotia', 'new south wales', 'akwa ibom',
  'united arab emirates', 'ras al khaimah', 'ras al-khaimah', 'umm al quwain', 'umm al-quwain', 'line of actual control', 'khan younis', 'khan yunis', 'deir al-balah', 'deir el-balah', 'beit lahia', 'beit hanoun',
  'nay pyi taw', 'ho chi minh city', 'kota kinabalu', 'novi sad', 'banja luka', 'jackson hole', 'ann arbor', 'san juan',
]);

/** Participles that give someone the post after them: "was named defense minister" (appositive, extractFacts). */
export const NAMING_VERBS = ['named', 'appointed', 'nominated', 'elected', 'confirmed', 'installed'];

/** Participles of taking a post, before the post: "Mel Stride, appointed shadow chancellor,". */
export const APPOINTED_PARTICIPLES = ['appointed', 'named', 'elected', 'nominated', 'designated', 'reappointed', 're-elected'];

/** An exercise's head, which news write in lower case after its name: "the Han Kuang exercises". */
export const EXERCISE_HEADS = new Set(['exercise', 'exercises', 'drill', 'drills']);

/** East Asian surnames: names starting with one are written surname first ("Jin Yong-sung"). */
export const SURNAME_FIRST = words(`
  Kim Lee Yi Rhee Park Pak Bak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han
  Oh Seo Suh Shin Sin Kwon Hwang Ahn An Song Jeon Chun Jun Hong Yoo Yu Ko Go Moon Mun Yang Son Bae
  Baek Paik Heo Huh Nam Noh Roh Rho Ha Kwak Sung Seong Cha Joo Ju Woo Koo Ku Min Ryu Jin Chin Ji Chi Um
  Eom Byun Byeon Chae Won Bang Pyo Gil Do Ma Na Ra Wi Yeo Shim Sim Hyun Hyeon Maeng Gong Kong Yeom Ok
  Tak Seol Goh Xi Li Wang Zhang Liu Chen Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Luo Liang
  Zheng Xie Tang Feng Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding Wei
  Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Hao Bai Cui Mao Qiu
  Qin Shao Wan Gu Lai Wen Qian Hou Duan Lei Long Tao Mo Yin You
`);

/** Capitalised words that start sentences or phrases but never start a name. */
export const STOPWORDS = words(`
  The A An In On At By For From To Of And Or But Nor So Yet As If When While After Before During Since
  With Was Were Is Are Be Been Being Has Have Had Would Could Should Might Must Does Did Than
  Up Down Out Off Until Though Although Because Unless Whether This That These Those It Its He She They We You I His Au Aux À Una Almighty
  Her Their Our Your My Me Him Them Us There Here Then Now Still Also Both Either Neither Each Every
  All Any Some Many Much Most More Less Few Several Such Other Another Same No Not Only Just Even Going
  However Meanwhile Moreover Furthermore Nevertheless Nonetheless Instead Otherwise Thus Therefore Afterwards Afterward Separately Additionally
  Accordingly According Despite Amid Among Against Between Within Without Under Over Above Below Into
  Aboard Tempore Onto Upon Through Throughout Across Along Alongside Around Behind Beyond Inside Outside Near Toward Towards Via Per About Like Meet
  Unlike What Which Who Whom Whose Why How Where Whatever Whoever Wherever Yes Last Next Earlier Later
  Previously Currently Recently Already Once Twice Today Tonight Yesterday Tomorrow Established Asked
  Speaking Citing Noting Adding Describing Including Regarding Following Given Based Read Related
  Photo Photos Image Video Watch Listen Subscribe Share Click Sign Log See Please Note Editor Editors
  Disclaimer Copyright Advertisement Sponsored Update Updated Published Posted Source Sources Credit
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
  August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Mr Mrs Ms Dr Sir Chapter Section Part Article Page Figure Table Top Full Second Third Fourth Fifth
  First New Old Big Small High Low Senior Junior Deputy Assistant Acting Former Interim Several Two
  Three Four Five Six Seven Eight Nine Ten Hundreds Thousands Millions Dozens Officials Experts Critics
  Million Billion Billions Trillion Trillions Crore Crores Lakh Lakhs
  Muslims Christians Catholics Jews Hindus Buddhists Sikhs Protestants Shiites Sunnis Ismailis
  Analysts Residents Citizens People Lawmakers Sources Observers Some Talks Meanwhile Elsewhere
`);

export const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday`);
export const MONTHS_AND_DAYS = new Set([...WEEKDAYS, ...words(`
  january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
`)]);

/** Verbs of saying: "X said" / "said X" marks X as a person. */
export const SPEECH_VERBS = words(`said says told added noted stressed explained argued warned claimed wrote asked replied insisted emphasized emphasised stated announced remarked declared`);

/** British → American spellings applied to keys so "Defence" and "Defense" link. */
export const SPELLING_VARIANTS: Record<string, string> = {
  defence: 'defense', defences: 'defenses', organisation: 'organization', organisations: 'organizations',
  programme: 'program', programmes: 'programs', centre: 'center', centres: 'centers', labour: 'labor',
  honour: 'honor', harbour: 'harbor', modernisation: 'modernization', cooperation: 'cooperation',
  'co-operation': 'cooperation', offence: 'offense', licence: 'license', catalogue: 'catalog',
  councillor: 'councilor', counsellor: 'counselor', judgement: 'judgment', travelling: 'traveling',
};

/** Comment prompts, disclaimers, translation notes and other non-article text. */
export const BOILERPLATE_PATTERNS: { pattern: RegExp; reason: string }[] = [
  { pattern: /^\s*to (?:comment|leave a comment|post a comment|join the discussion)\b.{0,60}\b(?:log ?in|sign ?in|register|subscribe)\b/i, reason: 'comment prompt' },
  { pattern: /\b(to write comments|(?:log|sign) in to (?:comment|post|reply)|to comment,? please|leave a comment|log in to (one of )?(the|your) accounts?|comments? (are|is) (closed|moderated)|join the conversation)\b/i, reason: 'comment prompt' },
  { pattern: /^\s*(?:\*\*|__|[*_])?\s*(disclaimer|editor'?s note|correction|clarification)\s*(?:\*\*|__|[*_])?\s*:/i, reason: 'disclaimer' },
  // "This article was amended on 5 December 2025. An earlier version said that Nawrocki was sworn in on 5 August.":
  // the wrong fact is quoted to be put right.
  { pattern: /^\s*(?:\*\*|__|[*_])?\s*(?:this (?:article|story|report|piece) (?:was|has been) (?:amended|corrected|updated to (?:correct|clarify))\b|an earlier version of this (?:article|story|report|piece)\b)/i, reason: 'correction note' },
  { pattern: /\b(auto-published from (an|a) (agency )?feed|has not been (edited|reviewed) by|views expressed (here|in this)|does not necessarily reflect)\b/i, reason: 'disclaimer' },
  { pattern: /\b(originally (written|published) in [A-Z][a-z]+ and translated|AI-assisted translation|with the help of generative AI|machine[- ]translated)\b|^\s*(?:this (?:article|story) (?:was|has been) )?translated (?:from [A-Z][a-z]+ )?by\b/i, reason: 'translation note' },
  { pattern: /^\s*(©|\(c\)\s|copyright\b|all rights reserved)/i, reason: 'copyright notice' },
  { pattern: /\b(all rights reserved|unauthori[sz]ed reproduction|may not be (reproduced|republished|redistributed))\b/i, reason: 'copyright notice' },
  { pattern: /^\s*(subscribe|sign up|newsletter|advertisement|sponsored|read more|related (articles?|stor(y|ies)|topics?|coverage|content|news|links?|reading)|recommended|most (read|popular)|share (this|on)|follow us|click here|download (the|our) app)\b/i, reason: 'site furniture' },
  // "Related topic: Quota reform movement, Sheikh Hasina, Army chief", "Tags: …": a page's labels.
  { pattern: /^\s*(tags?|topics?|keywords)\s*:/i, reason: 'site furniture' },
  // "POLITICS | BUSINESS | SOCIETY | CULTURE | TRAVEL": a site's menu, four bars or more between sections of a few
  // words each. (The spaces round a bar are the sections' own: a "\s*" of its own made the pattern backtrack without end.)
  { pattern: /^\s*(?:[^\d|•\n.!?]{1,24}[|•]){4,}[^\d|•\n.!?]{0,24}$/, reason: 'site menu' },
  { pattern: /^\s*(standards board policy|terms of (use|service)|privacy policy|cookie)/i, reason: 'site furniture' },
  // "THIS IS A BREAKING NEWS UPDATE.", "Breaking News. Picture: Global"; not "Breaking news: PM resigns".
  { pattern: /^\s*(?:this is a )?breaking (?:news|story)(?: update)?(?:[.!]|\s*$)/i, reason: 'site furniture' },
  { pattern: /^\s*(reporting by|additional reporting|editing by|writing by|compiled by|produced by|graphics? by)\b|\bcontributed to this report\b/i, reason: 'credits' },
  { pattern: /^\s*\(?(end|ends|more|ap|afp|yonhap|reuters)\)?\s*$/i, reason: 'wire marker' },
  // A feed's footer repeats the headline: "The post <headline> appeared first on <site>.",
  // "<headline> was originally published on <site>".
  { pattern: /^\s*the post .{1,300} appeared first on [^.,;]{1,80}\.?\s*$|^.{1,300} was originally published (?:on|at) \S+\.[a-z]{2,}\S*\s*$/i, reason: 'feed footer' },
];

/**
 * Short forms of given names that stand for one full name: "Dan Driscoll" and "Daniel
 * Driscoll", "Pete Hegseth" and "Peter Hegseth" are one person. Forms shared by several
 * names ("Chris", "Alex", "Sam", "Pat") or names in their own right ("Will") are left out.
 */
export const GIVEN_NAME_FORMS: ReadonlyMap<string, string> = new Map(Object.entries({
  dan: 'daniel', danny: 'daniel', mike: 'michael', mick: 'michael', bob: 'robert', rob: 'robert', bobby: 'robert',
  bill: 'william', billy: 'william', jim: 'james', jimmy: 'james', tom: 'thomas', tommy: 'thomas',
  steve: 'steven', stephen: 'steven', pete: 'peter', jeff: 'jeffrey', joe: 'joseph', tony: 'anthony',
  matt: 'matthew', ben: 'benjamin', nick: 'nicholas', andy: 'andrew', dave: 'david', ed: 'edward',
  larry: 'lawrence', chuck: 'charles', charlie: 'charles', rick: 'richard', ron: 'ronald', doug: 'douglas',
  greg: 'gregory', tim: 'timothy', ken: 'kenneth', liz: 'elizabeth', jenny: 'jennifer', jen: 'jennifer', jenni: 'jennifer',
  becky: 'rebecca', vicky: 'victoria', chris: 'christopher', rich: 'richard', terry: 'terrence', pam: 'pamela',
  fred: 'frederick', frederic: 'frederick', fredrik: 'frederick',
  // Hebrew given names and their English forms: "Yitzhak Amit" is "Isaac Amit", as "Isaac Herzog" is "Yitzhak Herzog".
  yitzhak: 'isaac', yitzchak: 'isaac',
  // The Ukrainian and Russian forms of one East Slavic given name: TASS writes "Vladimir
  // Zelensky" for Volodymyr Zelenskyy, "Alexander Syrsky" for Oleksandr Syrskyi.
  volodymyr: 'vladimir', oleksandr: 'alexander', aleksandr: 'alexander', oleksiy: 'alexei', oleksii: 'alexei',
  alexey: 'alexei', aleksei: 'alexei', dmytro: 'dmitry', dmitri: 'dmitry', mykola: 'nikolai', mykhailo: 'mikhail',
  andriy: 'andrei', andrii: 'andrei', andrey: 'andrei', serhiy: 'sergei', serhii: 'sergei', sergey: 'sergei',
  yuriy: 'yuri', yurii: 'yuri', yury: 'yuri', vasyl: 'vasily', hennadiy: 'gennady', hennadii: 'gennady',
  maksim: 'maxim', maksym: 'maxim', yevgeniy: 'yevgeny', evgeny: 'yevgeny', evgeniy: 'yevgeny', yevhen: 'yevgeny',
  anatoliy: 'anatoly', anatolii: 'anatoly', vitaliy: 'vitaly', vitalii: 'vitaly', valeriy: 'valery', valerii: 'valery',
  ihor: 'igor', oleh: 'oleg', pavlo: 'pavel', vadym: 'vadim', denys: 'denis', kyrylo: 'kirill',
  // Greek given names, as written at home and abroad: "Giorgos Gerapetritis" is "George Gerapetritis".
  giorgos: 'george', georgios: 'george', yiorgos: 'george', nikolaos: 'nicholas', nikos: 'nicholas',
  konstantinos: 'constantine', kostas: 'constantine', costas: 'constantine', ioannis: 'john', giannis: 'john', yannis: 'john', yiannis: 'john',
}));

/**
 * Places that are also given names or surnames ("Chad Wolf", "Jim Jordan", "Santiago Peña"):
 * read as part of a name when a name word stands next to them.
 */
export const NAME_PLACES = new Set(`Chad Jordan Georgia Sofia Santiago Paris Israel Houston Washington London Lima Sydney Dallas Denver Chelsea Riyadh Wellington Victoria Florence Austin Charlotte Lincoln Adelaide Orlando Madison Savannah Virginia Carolina Alexandria Regina`.split(' '));

/**
 * Honorifics written as the first word of a name: "Begum Khaleda Zia" is Khaleda Zia, "Sayyed
 * Hassan Nasrallah" Hassan Nasrallah. Left out of a name's key only before two more words:
 * "Shamima Begum" and "Sayed Kashua" keep them.
 */
export const NAME_HONORIFICS = words(`begum sayyed sayed sayyid seyyed seyed syed madam mawlawi maulvi molvi maulana mawlana mullah haji hajji alhaji`);

/**
 * Lower-case words inside a personal name: "Ursula von der Leyen", "Lula da Silva", "Mohammed bin
 * Salman", and the Turkic "son of" / "daughter of" after a father's name ("Ilham Heydar oglu Aliyev").
 */
export const NAME_PARTICLES = words(`de del da van von der den al bin bint ibn la dela le du do dos das oglu ogly qizi gizi kyzy uulu ap arap`);

/**
 * Arabic, Persian and Turkic given names. After one, the next word is often a father's name
 * and a swapped pair another person ("Mohammed Bello" / "Bello Mohammed", "Ali Hosseini
 * Khamenei" is not "Ali Hosseini").
 */
export const ARABIC_GIVEN_NAMES = words(`
  abdul abdullah abdulaziz abdulrahman ahmad ahmed ahmet ali amir amr anwar ayman bashar bilal fahad
  faisal farid fatima hamad hamid hamza hassan hasan hussein hussain ibrahim imran ismail jamal karim
  khaled khalid mahmoud mahmud majid mansour marwan mohamed mohammad mohammed muhammad mustafa mostafa
  nabil nasser omar osman rashid saad salem salman sami samir tariq walid yahya yasser youssef yusuf
  zaid ziad idris musa yakubu usman umar abubakar aliyu sani reza hossein mehdi masoud javad sultan
`);

/**
 * Women's given names after which the next word is a father's or a husband's: "Maryam Nawaz
 * Sharif" is Nawaz Sharif's daughter. (After a man's the next word is as often the name he goes
 * by: "Recep Tayyip Erdoğan", "Karim Aga Khan", "Muhammad Shehbaz Sharif".)
 */
export const FATHERS_NAME_AFTER = words(`maryam mariam ayesha aisha zainab khadija amina bushra asma fatima fatema sana hina`);

/**
 * Common given names across the languages news is written about, folded to lower case. Not a
 * census: it tells "of Donald Trump" (a whole name after "of") from "of Samsung Lee" (a body,
 * then a surname), and keeps "Ali Hassan" and "Hassan Ali" apart as two people.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...ARABIC_GIVEN_NAMES, ...words(`
  aaron adam adrian alan albert alex alexander alexandra alexei alice alan amanda amy andrea andrew
  andrei angela ann anna anne anthony antonio barack benjamin bernard bernie beth betty boris brian
  bruce carl carlos carol caroline catherine charles charlotte chris christian christine christopher
  claire claude daniel david dean deborah dennis diana donald dmitry dolores douglas edward elena elizabeth
  emily emma emmanuel eric erik frank francois francesco franz frederick gabriel gary george gerald
  gina giorgia gordon grace gregory hannah harold harry heinrich helen henry hillary howard hugo ivan
  iain ian jack jacob james jane janet jason jean jennifer jeremy jessica joan joe joel johann john jonathan
  jorge jose joseph joshua juan julia julian justin karen karl kate katherine keith kelly kevin
  kristina laura lawrence leon linda lisa louis lucas luis maria marie mark martin mary matthew
  maurice melissa michael michel michelle miguel nancy natalia nathan nicholas nicolas nikolai olaf
  oliver olivia pablo patricia patrick paul pedro peter philip pierre rachel ralph raymond rebecca
  richard robert roger ronald rose ruth ryan samuel sandra sarah scott sean sergei sharon simon sophie
  stephen steven susan thomas timothy victor viktor vladimir walter william xavier yuri
  amit anil arjun deepak rahul rajesh ravi sanjay sunil vijay narendra
  petr pavel tomas jiri vaclav ondrej jakub lukas milos andrej piotr pawel tomasz krzysztof andrzej marek
  zbigniew wojciech mateusz radoslaw giorgi irakli levan mikheil nikol ilham aleksandar dmitry mikhail
  alejandro ricardo enrique ernesto emilio hernando eduardo fernando manuel francisco rafael sergio alberto
  roberto andres javier diego gustavo alfonso ramon arturo alfredo guillermo ignacio rodrigo gonzalo
  orlando joao paulo sebastian mauricio cesar oscar
  kofi kwame kwabena kwaku kwasi kwesi kweku kojo kobina yaw ekow akua abena adwoa afua efua akosua yaa
`)]);


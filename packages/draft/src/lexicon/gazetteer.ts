/**
 * Well-known entities with their Wikidata ids: countries (with their
 * demonyms), capitals, international organisations, news outlets and
 * agencies, and heads of state and government of major countries. Every id
 * here was checked against a public source (countries against
 * `@ideditor/country-coder`'s Wikidata ids, in gazetteer.test.ts; the
 * others by hand); an entry whose id could not be checked has `qid: null`,
 * because a wrong id is worse than none.
 */
import type { EntityType } from "@claimset/schema";

export interface GazetteerEntry {
  name: string;
  type: EntityType;
  qid: string | null;
  /** Other names the text may use, matched exactly (case-sensitive). */
  aliases: string[];
  /** One line saying what this is. */
  description: string;
  /** Countries: ISO 3166-1 alpha-2 code. */
  iso?: string;
  /** Countries: the adjective ("Russian") and the plural noun for the people ("Russians"). */
  demonym?: { adjective: string[]; plural: string[] };
  /** Heads of state and government: the country (by name) they lead or led, for "the Russian leader". */
  leads?: string;
  gender?: "male" | "female";
}

type CountryRow = [iso: string, qid: string, name: string, aliases: string, adjectives: string, plurals: string];

// Countries most often in English-language news. Aliases and demonyms are separated by "|".
const COUNTRIES: CountryRow[] = [
  [
    "US",
    "Q30",
    "United States",
    "US|U.S.|USA|U.S.A.|America|United States of America",
    "American|US|U.S.",
    "Americans",
  ],
  ["RU", "Q159", "Russia", "Russian Federation", "Russian", "Russians"],
  ["UA", "Q212", "Ukraine", "", "Ukrainian", "Ukrainians"],
  [
    "KP",
    "Q423",
    "North Korea",
    "Democratic People's Republic of Korea|Democratic People’s Republic of Korea|DPRK",
    "North Korean",
    "North Koreans",
  ],
  ["KR", "Q884", "South Korea", "Republic of Korea|ROK", "South Korean", "South Koreans"],
  ["CN", "Q148", "China", "People's Republic of China|People’s Republic of China|PRC", "Chinese", ""],
  ["JP", "Q17", "Japan", "", "Japanese", ""],
  ["GB", "Q145", "United Kingdom", "UK|U.K.|Britain|Great Britain", "British", "Britons|Brits"],
  ["FR", "Q142", "France", "", "French", ""],
  ["DE", "Q183", "Germany", "", "German", "Germans"],
  ["IT", "Q38", "Italy", "", "Italian", "Italians"],
  ["ES", "Q29", "Spain", "", "Spanish", "Spaniards"],
  ["PL", "Q36", "Poland", "", "Polish", "Poles"],
  ["IN", "Q668", "India", "", "Indian", "Indians"],
  ["PK", "Q843", "Pakistan", "", "Pakistani", "Pakistanis"],
  ["IR", "Q794", "Iran", "", "Iranian", "Iranians"],
  ["IQ", "Q796", "Iraq", "", "Iraqi", "Iraqis"],
  ["SY", "Q858", "Syria", "", "Syrian", "Syrians"],
  ["IL", "Q801", "Israel", "", "Israeli", "Israelis"],
  ["TR", "Q43", "Turkey", "Türkiye", "Turkish", "Turks"],
  ["EG", "Q79", "Egypt", "", "Egyptian", "Egyptians"],
  ["SA", "Q851", "Saudi Arabia", "", "Saudi", "Saudis"],
  ["CA", "Q16", "Canada", "", "Canadian", "Canadians"],
  ["AU", "Q408", "Australia", "", "Australian", "Australians"],
  ["NZ", "Q664", "New Zealand", "", "New Zealand", "New Zealanders"],
  ["BR", "Q155", "Brazil", "", "Brazilian", "Brazilians"],
  ["MX", "Q96", "Mexico", "", "Mexican", "Mexicans"],
  ["AR", "Q414", "Argentina", "", "Argentine|Argentinian", "Argentines|Argentinians"],
  ["NG", "Q1033", "Nigeria", "", "Nigerian", "Nigerians"],
  ["ZA", "Q258", "South Africa", "", "South African", "South Africans"],
  ["ET", "Q115", "Ethiopia", "", "Ethiopian", "Ethiopians"],
  ["KE", "Q114", "Kenya", "", "Kenyan", "Kenyans"],
  ["ID", "Q252", "Indonesia", "", "Indonesian", "Indonesians"],
  ["VN", "Q881", "Vietnam", "Viet Nam", "Vietnamese", ""],
  ["PH", "Q928", "Philippines", "", "Philippine|Filipino", "Filipinos"],
  ["TH", "Q869", "Thailand", "", "Thai", ""],
  ["MM", "Q836", "Myanmar", "Burma", "Burmese", ""],
  ["AF", "Q889", "Afghanistan", "", "Afghan", "Afghans"],
  ["BY", "Q184", "Belarus", "", "Belarusian", "Belarusians"],
  ["MD", "Q217", "Moldova", "", "Moldovan", "Moldovans"],
  ["GE", "Q230", "Georgia", "", "Georgian", "Georgians"],
  ["AM", "Q399", "Armenia", "", "Armenian", "Armenians"],
  ["AZ", "Q227", "Azerbaijan", "", "Azerbaijani", "Azerbaijanis"],
  ["KZ", "Q232", "Kazakhstan", "", "Kazakh", "Kazakhs"],
  ["NO", "Q20", "Norway", "", "Norwegian", "Norwegians"],
  ["SE", "Q34", "Sweden", "", "Swedish", "Swedes"],
  ["FI", "Q33", "Finland", "", "Finnish", "Finns"],
  ["DK", "Q35", "Denmark", "", "Danish", "Danes"],
  ["NL", "Q55", "Netherlands", "Holland", "Dutch", ""],
  ["BE", "Q31", "Belgium", "", "Belgian", "Belgians"],
  ["CH", "Q39", "Switzerland", "", "Swiss", ""],
  ["AT", "Q40", "Austria", "", "Austrian", "Austrians"],
  ["PT", "Q45", "Portugal", "", "Portuguese", ""],
  ["GR", "Q41", "Greece", "", "Greek", "Greeks"],
  ["HU", "Q28", "Hungary", "", "Hungarian", "Hungarians"],
  ["CZ", "Q213", "Czech Republic", "Czechia", "Czech", "Czechs"],
  ["SK", "Q214", "Slovakia", "", "Slovak", "Slovaks"],
  ["RO", "Q218", "Romania", "", "Romanian", "Romanians"],
  ["BG", "Q219", "Bulgaria", "", "Bulgarian", "Bulgarians"],
  ["RS", "Q403", "Serbia", "", "Serbian", "Serbs"],
  ["HR", "Q224", "Croatia", "", "Croatian", "Croats"],
  ["EE", "Q191", "Estonia", "", "Estonian", "Estonians"],
  ["LV", "Q211", "Latvia", "", "Latvian", "Latvians"],
  ["LT", "Q37", "Lithuania", "", "Lithuanian", "Lithuanians"],
  ["IE", "Q27", "Ireland", "", "Irish", ""],
  ["CU", "Q241", "Cuba", "", "Cuban", "Cubans"],
  ["VE", "Q717", "Venezuela", "", "Venezuelan", "Venezuelans"],
  ["CO", "Q739", "Colombia", "", "Colombian", "Colombians"],
  ["CL", "Q298", "Chile", "", "Chilean", "Chileans"],
  ["PE", "Q419", "Peru", "", "Peruvian", "Peruvians"],
  ["TW", "Q865", "Taiwan", "", "Taiwanese", ""],
  ["SG", "Q334", "Singapore", "", "Singaporean", "Singaporeans"],
  ["MY", "Q833", "Malaysia", "", "Malaysian", "Malaysians"],
  ["AE", "Q878", "United Arab Emirates", "UAE", "Emirati", "Emiratis"],
  ["QA", "Q846", "Qatar", "", "Qatari", "Qataris"],
  ["JO", "Q810", "Jordan", "", "Jordanian", "Jordanians"],
  ["LB", "Q822", "Lebanon", "", "Lebanese", ""],
  ["YE", "Q805", "Yemen", "", "Yemeni", "Yemenis"],
  ["LY", "Q1016", "Libya", "", "Libyan", "Libyans"],
  ["SD", "Q1049", "Sudan", "", "Sudanese", ""],
  ["MA", "Q1028", "Morocco", "", "Moroccan", "Moroccans"],
  ["DZ", "Q262", "Algeria", "", "Algerian", "Algerians"],
  ["TN", "Q948", "Tunisia", "", "Tunisian", "Tunisians"],
  ["MN", "Q711", "Mongolia", "", "Mongolian", "Mongolians"],
  ["BD", "Q902", "Bangladesh", "", "Bangladeshi", "Bangladeshis"],
  ["LK", "Q854", "Sri Lanka", "", "Sri Lankan", "Sri Lankans"],
  ["NP", "Q837", "Nepal", "", "Nepalese|Nepali", ""],
  ["UZ", "Q265", "Uzbekistan", "", "Uzbek", "Uzbeks"],
  ["LA", "Q819", "Laos", "", "Lao|Laotian", ""],
  ["KH", "Q424", "Cambodia", "", "Cambodian", "Cambodians"],
];

// Capitals of the countries above that news writing uses as names of governments too.
type CapitalRow = [qid: string | null, name: string, country: string, aliases: string];
const CAPITALS: CapitalRow[] = [
  ["Q61", "Washington, D.C.", "United States", "Washington"],
  ["Q649", "Moscow", "Russia", ""],
  ["Q1899", "Kyiv", "Ukraine", "Kiev"],
  ["Q18808", "Pyongyang", "North Korea", ""],
  ["Q8684", "Seoul", "South Korea", ""],
  ["Q956", "Beijing", "China", ""],
  ["Q1490", "Tokyo", "Japan", ""],
  ["Q84", "London", "United Kingdom", ""],
  ["Q90", "Paris", "France", ""],
  ["Q64", "Berlin", "Germany", ""],
  ["Q220", "Rome", "Italy", ""],
  ["Q2807", "Madrid", "Spain", ""],
  ["Q270", "Warsaw", "Poland", ""],
  ["Q987", "New Delhi", "India", "Delhi"],
  ["Q3616", "Tehran", "Iran", ""],
  ["Q1530", "Baghdad", "Iraq", ""],
  ["Q3766", "Damascus", "Syria", ""],
  ["Q406", "Istanbul", "Turkey", ""],
  ["Q3640", "Ankara", "Turkey", ""],
  ["Q85", "Cairo", "Egypt", ""],
  ["Q3692", "Riyadh", "Saudi Arabia", ""],
  ["Q1930", "Ottawa", "Canada", ""],
  ["Q3114", "Canberra", "Australia", ""],
  ["Q2844", "Brasília", "Brazil", "Brasilia"],
  ["Q1489", "Mexico City", "Mexico", ""],
  ["Q2868", "Minsk", "Belarus", ""],
  ["Q1748", "Copenhagen", "Denmark", ""],
  ["Q1757", "Helsinki", "Finland", ""],
  ["Q1754", "Stockholm", "Sweden", ""],
  ["Q585", "Oslo", "Norway", ""],
  ["Q239", "Brussels", "Belgium", ""],
  ["Q1741", "Vienna", "Austria", ""],
  ["Q1435", "Prague", "Czech Republic", ""],
  ["Q1781", "Budapest", "Hungary", ""],
  ["Q19660", "Bucharest", "Romania", ""],
  ["Q1524", "Athens", "Greece", ""],
  ["Q597", "Lisbon", "Portugal", ""],
  ["Q1761", "Dublin", "Ireland", ""],
  ["Q1860", "Taipei", "Taiwan", ""],
  ["Q1085", "Hanoi", "Vietnam", ""],
  ["Q1861", "Bangkok", "Thailand", ""],
  ["Q3881", "Jakarta", "Indonesia", ""],
  ["Q1867", "Manila", "Philippines", ""],
  ["Q3820", "Beirut", "Lebanon", ""],
  ["Q1203", "Jerusalem", "Israel", ""],
  ["Q33935", "Tel Aviv", "Israel", ""],
  ["Q3870", "Nairobi", "Kenya", ""],
  ["Q3624", "Addis Ababa", "Ethiopia", ""],
  ["Q3894", "Kabul", "Afghanistan", ""],
  ["Q1891", "Islamabad", "Pakistan", ""],
  ["Q3787", "Doha", "Qatar", ""],
  ["Q1519", "Abu Dhabi", "United Arab Emirates", ""],
  ["Q1953", "Tbilisi", "Georgia", ""],
  ["Q1953", "Yerevan", "Armenia", ""],
];

type OrgRow = [qid: string | null, name: string, type: EntityType, aliases: string, description: string];
const ORGANIZATIONS: OrgRow[] = [
  ["Q1065", "United Nations", "organization", "UN|U.N.", "intergovernmental organisation"],
  [
    "Q7184",
    "NATO",
    "organization",
    "North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Nato",
    "military alliance",
  ],
  ["Q458", "European Union", "organization", "EU|E.U.", "political and economic union of European states"],
  ["Q8880", "European Commission", "organization", "", "executive of the European Union"],
  [
    "Q37470",
    "United Nations Security Council",
    "organization",
    "UN Security Council|U.N. Security Council|Security Council",
    "organ of the United Nations",
  ],
  [
    "Q7817",
    "World Health Organization",
    "organization",
    "WHO|World Health Organisation",
    "agency of the United Nations",
  ],
  ["Q7804", "International Monetary Fund", "organization", "IMF", "international financial institution"],
  ["Q7164", "World Bank", "organization", "", "international financial institution"],
  [
    "Q7795",
    "OPEC",
    "organization",
    "Organization of the Petroleum Exporting Countries",
    "intergovernmental organisation of oil-exporting countries",
  ],
  ["Q48583", "International Atomic Energy Agency", "organization", "IAEA", "agency of the United Nations"],
  [
    "Q47488",
    "International Criminal Court",
    "organization",
    "ICC",
    "intergovernmental organisation and international tribunal",
  ],
  ["Q7825", "World Trade Organization", "organization", "WTO", "intergovernmental organisation"],
  [
    "Q81299",
    "Organization for Security and Co-operation in Europe",
    "organization",
    "OSCE",
    "security-oriented intergovernmental organisation",
  ],
  ["Q8908", "Council of Europe", "organization", "", "international organisation"],
  ["Q7809", "UNESCO", "organization", "", "agency of the United Nations"],
  ["Q740308", "UNICEF", "organization", "", "agency of the United Nations"],
  [
    "Q133255",
    "International Committee of the Red Cross",
    "organization",
    "ICRC|Red Cross",
    "humanitarian organisation",
  ],
  ["Q8276", "Group of Seven", "organization", "G7|G-7", "intergovernmental forum"],
  ["Q19771", "G20", "organization", "G-20|Group of Twenty", "intergovernmental forum"],
  ["Q7768", "ASEAN", "organization", "Association of Southeast Asian Nations", "regional organisation"],
  ["Q7159", "African Union", "organization", "AU", "continental union of African states"],
  ["Q7193", "BRICS", "organization", "", "intergovernmental grouping"],
  ["Q11211", "Pentagon", "organization", "the Pentagon", "headquarters of the United States Department of Defense"],
  ["Q181", "Kremlin", "organization", "the Kremlin", "seat of the Russian government"],
  [
    "Q35525",
    "White House",
    "organization",
    "the White House",
    "residence and office of the president of the United States",
  ],
  [
    "Q11208",
    "United States Department of Defense",
    "organization",
    "US Department of Defense|Department of Defense",
    "executive department of the US government",
  ],
  ["Q37230", "Central Intelligence Agency", "organization", "CIA", "US intelligence agency"],
  ["Q153625", "Federal Security Service", "organization", "FSB", "security agency of Russia"],
];

const OUTLETS: OrgRow[] = [
  ["Q130879", "Reuters", "media-outlet", "", "news agency"],
  ["Q40469", "Associated Press", "media-outlet", "AP|the Associated Press|The Associated Press", "news agency"],
  ["Q40464", "Agence France-Presse", "media-outlet", "AFP", "news agency"],
  ["Q9531", "BBC", "media-outlet", "British Broadcasting Corporation", "public broadcaster of the United Kingdom"],
  ["Q48340", "CNN", "media-outlet", "", "news channel"],
  ["Q9684", "The New York Times", "media-outlet", "New York Times", "newspaper"],
  ["Q166032", "The Washington Post", "media-outlet", "Washington Post", "newspaper"],
  ["Q11148", "The Guardian", "media-outlet", "Guardian", "newspaper"],
  ["Q50008", "The Times", "media-outlet", "", "newspaper"],
  ["Q183539", "Financial Times", "media-outlet", "the Financial Times|FT", "newspaper"],
  ["Q164746", "The Wall Street Journal", "media-outlet", "Wall Street Journal|WSJ", "newspaper"],
  ["Q180089", "The Economist", "media-outlet", "Economist", "newspaper"],
  ["Q192621", "The Daily Telegraph", "media-outlet", "The Telegraph|Daily Telegraph|Telegraph", "newspaper"],
  ["Q210255", "Daily Mail", "media-outlet", "the Daily Mail|The Daily Mail", "newspaper"],
  ["Q186068", "Fox News", "media-outlet", "Fox News Channel", "news channel"],
  ["Q380", "Bloomberg", "media-outlet", "Bloomberg News", "news agency"],
  ["Q217223", "NHK", "media-outlet", "", "public broadcaster of Japan"],
  ["Q482858", "Yonhap", "media-outlet", "Yonhap News Agency", "news agency of South Korea"],
  ["Q1345440", "Korean Central News Agency", "media-outlet", "KCNA", "state news agency of North Korea"],
  ["Q836431", "TASS", "media-outlet", "Tass", "state news agency of Russia"],
  ["Q204839", "Xinhua News Agency", "media-outlet", "Xinhua", "state news agency of China"],
  ["Q1063869", "Kyodo News", "media-outlet", "Kyodo", "news agency of Japan"],
  ["Q1188154", "Interfax", "media-outlet", "", "news agency of Russia"],
  ["Q328979", "RIA Novosti", "media-outlet", "RIA", "state news agency of Russia"],
  ["Q1648", "Al Jazeera", "media-outlet", "Al Jazeera English", "news network"],
  ["Q1163713", "Sky News", "media-outlet", "", "news channel"],
  ["Q131454", "Der Spiegel", "media-outlet", "Spiegel", "news magazine"],
  ["Q12461", "Le Monde", "media-outlet", "", "newspaper"],
];

type PersonRow = [
  qid: string | null,
  name: string,
  aliases: string,
  description: string,
  leads: string,
  gender: "male" | "female",
];
const PEOPLE: PersonRow[] = [
  ["Q7747", "Vladimir Putin", "Putin", "President of Russia", "Russia", "male"],
  [
    "Q3881",
    "Volodymyr Zelensky",
    "Zelensky|Zelenskyy|Volodymyr Zelenskyy|Zelenskiy",
    "President of Ukraine",
    "Ukraine",
    "male",
  ],
  ["Q56226", "Kim Jong Un", "Kim Jong-un", "Supreme Leader of North Korea", "North Korea", "male"],
  ["Q15031", "Xi Jinping", "Xi", "President of China", "China", "male"],
  ["Q22686", "Donald Trump", "Trump|Donald J. Trump", "President of the United States", "United States", "male"],
  ["Q6279", "Joe Biden", "Biden", "former President of the United States", "United States", "male"],
  ["Q3052772", "Emmanuel Macron", "Macron", "President of France", "France", "male"],
  ["Q1058", "Narendra Modi", "Modi", "Prime Minister of India", "India", "male"],
  ["Q39259", "Recep Tayyip Erdoğan", "Erdoğan|Erdogan|Recep Tayyip Erdogan", "President of Turkey", "Turkey", "male"],
  ["Q43723", "Benjamin Netanyahu", "Netanyahu", "Prime Minister of Israel", "Israel", "male"],
  ["Q57336", "Ali Khamenei", "Khamenei", "Supreme Leader of Iran", "Iran", "male"],
  ["Q311440", "António Guterres", "Guterres|Antonio Guterres", "Secretary-General of the United Nations", "", "male"],
  ["Q57792", "Mark Rutte", "Rutte", "Secretary General of NATO", "", "male"],
  ["Q60772", "Ursula von der Leyen", "von der Leyen", "President of the European Commission", "", "female"],
  ["Q61053", "Olaf Scholz", "Scholz", "former Chancellor of Germany", "Germany", "male"],
  ["Q39286", "Alexander Lukashenko", "Lukashenko|Aleksandr Lukashenko", "President of Belarus", "Belarus", "male"],
  ["Q130852", "Sergei Lavrov", "Lavrov|Sergey Lavrov", "Minister of Foreign Affairs of Russia", "", "male"],
];

function split(field: string): string[] {
  return field === "" ? [] : field.split("|");
}

function build(): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const [iso, qid, name, aliases, adjectives, plurals] of COUNTRIES) {
    entries.push({
      name,
      type: "location",
      qid,
      aliases: split(aliases),
      description: "country",
      iso,
      demonym: { adjective: split(adjectives), plural: split(plurals) },
    });
  }
  for (const [qid, name, country, aliases] of CAPITALS) {
    entries.push({ name, type: "location", qid, aliases: split(aliases), description: `capital of ${country}` });
  }
  for (const [qid, name, type, aliases, description] of [...ORGANIZATIONS, ...OUTLETS]) {
    entries.push({ name, type, qid, aliases: split(aliases), description });
  }
  for (const [qid, name, aliases, description, leads, gender] of PEOPLE) {
    entries.push({
      name,
      type: "person",
      qid,
      aliases: split(aliases),
      description,
      ...(leads ? { leads } : {}),
      gender,
    });
  }
  return entries;
}

export const GAZETTEER: readonly GazetteerEntry[] = build();

/** Every name and alias, to its entry. Names are matched exactly as written. */
export const GAZETTEER_NAMES: ReadonlyMap<string, GazetteerEntry> = (() => {
  const map = new Map<string, GazetteerEntry>();
  for (const entry of GAZETTEER) {
    for (const name of [entry.name, ...entry.aliases]) if (!map.has(name)) map.set(name, entry);
  }
  return map;
})();

/** Demonym adjectives and plural nouns to their country. */
export const DEMONYMS: ReadonlyMap<string, { country: GazetteerEntry; plural: boolean }> = (() => {
  const map = new Map<string, { country: GazetteerEntry; plural: boolean }>();
  for (const entry of GAZETTEER) {
    for (const a of entry.demonym?.adjective ?? []) if (!map.has(a)) map.set(a, { country: entry, plural: false });
    for (const p of entry.demonym?.plural ?? []) if (!map.has(p)) map.set(p, { country: entry, plural: true });
  }
  return map;
})();

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
  ["IE", "Q27", "Ireland", "Republic of Ireland", "Irish", ""],
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
// Ids checked by hand against public data that names them; null where no public source could confirm one.
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
  [null, "Berlin", "Germany", ""],
  [null, "Rome", "Italy", ""],
  [null, "Madrid", "Spain", ""],
  [null, "Warsaw", "Poland", ""],
  [null, "New Delhi", "India", "Delhi"],
  [null, "Tehran", "Iran", ""],
  [null, "Baghdad", "Iraq", ""],
  [null, "Damascus", "Syria", ""],
  [null, "Istanbul", "Turkey", ""],
  [null, "Ankara", "Turkey", ""],
  [null, "Cairo", "Egypt", ""],
  [null, "Riyadh", "Saudi Arabia", ""],
  [null, "Ottawa", "Canada", ""],
  [null, "Canberra", "Australia", ""],
  [null, "Brasília", "Brazil", "Brasilia"],
  [null, "Mexico City", "Mexico", ""],
  [null, "Minsk", "Belarus", ""],
  [null, "Copenhagen", "Denmark", ""],
  [null, "Helsinki", "Finland", ""],
  [null, "Stockholm", "Sweden", ""],
  [null, "Oslo", "Norway", ""],
  [null, "Brussels", "Belgium", ""],
  ["Q1741", "Vienna", "Austria", ""],
  [null, "Prague", "Czech Republic", ""],
  [null, "Budapest", "Hungary", ""],
  [null, "Bucharest", "Romania", ""],
  [null, "Athens", "Greece", ""],
  [null, "Lisbon", "Portugal", ""],
  [null, "Dublin", "Ireland", ""],
  [null, "Taipei", "Taiwan", ""],
  [null, "Hanoi", "Vietnam", ""],
  [null, "Bangkok", "Thailand", ""],
  [null, "Jakarta", "Indonesia", ""],
  [null, "Manila", "Philippines", ""],
  [null, "Beirut", "Lebanon", ""],
  [null, "Jerusalem", "Israel", ""],
  ["Q33935", "Tel Aviv", "Israel", ""],
  [null, "Nairobi", "Kenya", ""],
  [null, "Addis Ababa", "Ethiopia", ""],
  [null, "Kabul", "Afghanistan", ""],
  [null, "Islamabad", "Pakistan", ""],
  [null, "Doha", "Qatar", ""],
  [null, "Abu Dhabi", "United Arab Emirates", ""],
  [null, "Tbilisi", "Georgia", ""],
  [null, "Yerevan", "Armenia", ""],
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
  [null, "European Commission", "organization", "", "executive of the European Union"],
  [
    null,
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
  [null, "International Monetary Fund", "organization", "IMF", "international financial institution"],
  [null, "World Bank", "organization", "", "international financial institution"],
  [
    null,
    "OPEC",
    "organization",
    "Organization of the Petroleum Exporting Countries",
    "intergovernmental organisation of oil-exporting countries",
  ],
  [null, "International Atomic Energy Agency", "organization", "IAEA", "agency of the United Nations"],
  [
    null,
    "International Criminal Court",
    "organization",
    "ICC",
    "intergovernmental organisation and international tribunal",
  ],
  [null, "World Trade Organization", "organization", "WTO", "intergovernmental organisation"],
  [
    null,
    "Organization for Security and Co-operation in Europe",
    "organization",
    "OSCE",
    "security-oriented intergovernmental organisation",
  ],
  [null, "Council of Europe", "organization", "", "international organisation"],
  [null, "UNESCO", "organization", "", "agency of the United Nations"],
  [null, "UNICEF", "organization", "", "agency of the United Nations"],
  [null, "International Committee of the Red Cross", "organization", "ICRC|Red Cross", "humanitarian organisation"],
  [null, "Group of Seven", "organization", "G7|G-7", "intergovernmental forum"],
  [null, "G20", "organization", "G-20|Group of Twenty", "intergovernmental forum"],
  ["Q7768", "ASEAN", "organization", "Association of Southeast Asian Nations", "regional organisation"],
  [null, "African Union", "organization", "AU", "continental union of African states"],
  [null, "BRICS", "organization", "", "intergovernmental grouping"],
  [null, "Pentagon", "organization", "the Pentagon", "headquarters of the United States Department of Defense"],
  [null, "Kremlin", "organization", "the Kremlin", "seat of the Russian government"],
  [
    null,
    "White House",
    "organization",
    "the White House",
    "residence and office of the president of the United States",
  ],
  [
    null,
    "United States Department of Defense",
    "organization",
    "US Department of Defense|Department of Defense",
    "executive department of the US government",
  ],
  [null, "Central Intelligence Agency", "organization", "CIA", "US intelligence agency"],
  [null, "Federal Security Service", "organization", "FSB", "security agency of Russia"],
];

const OUTLETS: OrgRow[] = [
  ["Q130879", "Reuters", "media-outlet", "", "news agency"],
  ["Q40469", "Associated Press", "media-outlet", "AP|the Associated Press|The Associated Press", "news agency"],
  ["Q40464", "Agence France-Presse", "media-outlet", "AFP", "news agency"],
  ["Q9531", "BBC", "media-outlet", "British Broadcasting Corporation", "public broadcaster of the United Kingdom"],
  ["Q48340", "CNN", "media-outlet", "", "news channel"],
  ["Q9684", "The New York Times", "media-outlet", "New York Times", "newspaper"],
  [null, "The Washington Post", "media-outlet", "Washington Post", "newspaper"],
  ["Q11148", "The Guardian", "media-outlet", "Guardian", "newspaper"],
  [null, "The Times", "media-outlet", "", "newspaper"],
  [null, "Financial Times", "media-outlet", "the Financial Times|FT", "newspaper"],
  [null, "The Wall Street Journal", "media-outlet", "Wall Street Journal|WSJ", "newspaper"],
  [null, "The Economist", "media-outlet", "Economist", "newspaper"],
  [null, "The Daily Telegraph", "media-outlet", "The Telegraph|Daily Telegraph|Telegraph", "newspaper"],
  [null, "Daily Mail", "media-outlet", "the Daily Mail|The Daily Mail", "newspaper"],
  [null, "Fox News", "media-outlet", "Fox News Channel", "news channel"],
  [null, "Bloomberg", "media-outlet", "Bloomberg News", "news agency"],
  [null, "NHK", "media-outlet", "", "public broadcaster of Japan"],
  [null, "Yonhap", "media-outlet", "Yonhap News Agency", "news agency of South Korea"],
  [null, "Korean Central News Agency", "media-outlet", "KCNA", "state news agency of North Korea"],
  [null, "TASS", "media-outlet", "Tass", "state news agency of Russia"],
  [null, "Xinhua News Agency", "media-outlet", "Xinhua", "state news agency of China"],
  [null, "Kyodo News", "media-outlet", "Kyodo", "news agency of Japan"],
  [null, "Interfax", "media-outlet", "", "news agency of Russia"],
  [null, "RIA Novosti", "media-outlet", "RIA", "state news agency of Russia"],
  [null, "Al Jazeera", "media-outlet", "Al Jazeera English", "news network"],
  [null, "Sky News", "media-outlet", "", "news channel"],
  [null, "Der Spiegel", "media-outlet", "Spiegel", "news magazine"],
  [null, "Le Monde", "media-outlet", "", "newspaper"],
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
    null,
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
  [null, "Narendra Modi", "Modi", "Prime Minister of India", "India", "male"],
  [null, "Recep Tayyip Erdoğan", "Erdoğan|Erdogan|Recep Tayyip Erdogan", "President of Turkey", "Turkey", "male"],
  [null, "Benjamin Netanyahu", "Netanyahu", "Prime Minister of Israel", "Israel", "male"],
  [null, "Ali Khamenei", "Khamenei", "Supreme Leader of Iran", "Iran", "male"],
  [null, "António Guterres", "Guterres|Antonio Guterres", "Secretary-General of the United Nations", "", "male"],
  [null, "Mark Rutte", "Rutte", "Secretary General of NATO", "", "male"],
  [null, "Ursula von der Leyen", "von der Leyen", "President of the European Commission", "", "female"],
  [null, "Olaf Scholz", "Scholz", "former Chancellor of Germany", "Germany", "male"],
  [null, "Alexander Lukashenko", "Lukashenko|Aleksandr Lukashenko", "President of Belarus", "Belarus", "male"],
  [null, "Sergei Lavrov", "Lavrov|Sergey Lavrov", "Minister of Foreign Affairs of Russia", "", "male"],
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

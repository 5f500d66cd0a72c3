/**
 * Word lists of English news writing. Every entry is a general word of the
 * language or of the genre; none is taken from a particular article.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Abbreviations that end in a period without ending the sentence. */
export const ABBREVIATIONS = set(`
  mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr cdr brig rev fr st sen rep gov pres supt insp det
  jr sr co corp inc ltd no nos vol fig approx est dept univ ave blvd mt ft vs etc al
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Words that may start a sentence capitalized without being a name. */
export const FUNCTION_WORDS = set(`
  a an the this that these those there here it its it's he his him she her hers they them their theirs we us our
  you your i me my mine who whom whose which what when where why how whether if unless because since as while
  after before during until till though although however but and or nor so yet for with without within into onto
  on in at by of off from to over under above below between among across through throughout against about around
  near beyond despite instead meanwhile moreover furthermore also even still just only already again ever never
  now then today yesterday tomorrow tonight earlier later soon once both each every all any some many most much
  more less few several other others another such no not yes one two three four five six seven eight nine ten
  first second third last next new old former latter according asked speaking writing meanwhile overall indeed
  perhaps maybe though whatever whoever wherever whenever nonetheless nevertheless besides otherwise thus hence
  therefore accordingly unlike like given following amid amidst towards toward upon via per including although
  let let's can could would should will shall may might must do does did done is are was were be been being have
  has had having get got make made say says said see seen look watch please thank thanks yes okay ok oh well
  elsewhere back away up down out inside outside nearly almost about around roughly some
`);

/** Verbs and phrases that introduce reported speech, in every form news writing uses. */
const REPORTING_STEMS = `
  say:said:says:saying tell:told:tells:telling add:added:adds:adding explain:explained:explains:explaining
  claim:claimed:claims:claiming state:stated:states:stating write:wrote:writes:writing:written
  post:posted:posts:posting declare:declared:declares:declaring announce:announced:announces:announcing
  warn:warned:warns:warning insist:insisted:insists:insisting argue:argued:argues:arguing note:noted:notes:noting
  reveal:revealed:reveals:revealing confirm:confirmed:confirms:confirming deny:denied:denies:denying
  admit:admitted:admits:admitting ask:asked:asks:asking reply:replied:replies:replying
  respond:responded:responds:responding continue:continued:continues:continuing recall:recalled:recalls:recalling
  describe:described:describes:describing urge:urged:urges:urging vow:vowed:vows:vowing
  boast:boasted:boasts:boasting suggest:suggested:suggests:suggesting report:reported:reports:reporting
  allege:alleged:alleges:alleging maintain:maintained:maintains:maintaining
  acknowledge:acknowledged:acknowledges:acknowledging comment:commented:comments:commenting
  remark:remarked:remarks:remarking shout:shouted:shouts:shouting scream:screamed:screams:screaming
  joke:joked:jokes:joking complain:complained:complains:complaining lament:lamented:laments:lamenting
  stress:stressed:stresses:stressing emphasise:emphasised:emphasises:emphasising
  emphasize:emphasized:emphasizes:emphasizing predict:predicted:predicts:predicting
  promise:promised:promises:promising threaten:threatened:threatens:threatening
  estimate:estimated:estimates:estimating assert:asserted:asserts:asserting
  contend:contended:contends:contending observe:observed:observes:observing
  concede:conceded:concedes:conceding mutter:muttered:mutters:muttering whisper:whispered:whispers:whispering
  cry:cried:cries:crying yell:yelled:yells:yelling exclaim:exclaimed:exclaims:exclaiming
  tweet:tweeted:tweets:tweeting quip:quipped:quips:quipping hail:hailed:hails:hailing
  praise:praised:praises:praising accuse:accused:accuses:accusing
  inform:informed:informs:informing assure:assured:assures:assuring
  testify:testified:testifies:testifying brief:briefed:briefs:briefing
  pledge:pledged:pledges:pledging demand:demanded:demands:demanding
  propose:proposed:proposes:proposing recount:recounted:recounts:recounting
  reiterate:reiterated:reiterates:reiterating agree:agreed:agrees:agreeing
  believe:believed:believes:believing think:thought:thinks:thinking
  indicate:indicated:indicates:indicating show:showed:shows:showing
  conclude:concluded:concludes:concluding find:found:finds:finding
  laugh:laughed:laughs:laughing smile:smiled:smiles:smiling sigh:sighed:sighs:sighing grin:grinned:grins:grinning
  chuckle:chuckled:chuckles:chuckling sob:sobbed:sobs:sobbing beam:beamed:beams:beaming
  call:called:calls:calling dub:dubbed:dubs:dubbing brand:branded:brands:branding label:labelled:labeled:labels:labelling
  quote:quoted:quotes:quoting cite:cited:cites:citing
`;

export interface ReportingVerb {
  lemma: string;
  /** Verbs of belief and finding report a claim, but rarely introduce a direct quote. */
  weak: boolean;
}

const WEAK = new Set([
  "believe",
  "think",
  "indicate",
  "show",
  "conclude",
  "find",
  "agree",
  "hail",
  "praise",
  "accuse",
  "call",
  "dub",
  "brand",
  "label",
  "quote",
  "cite",
  "smile",
  "beam",
]);

export const REPORTING_VERBS: ReadonlyMap<string, ReportingVerb> = (() => {
  const map = new Map<string, ReportingVerb>();
  for (const group of REPORTING_STEMS.trim().split(/\s+/)) {
    const forms = group.split(":");
    const lemma = forms[0]!;
    for (const form of forms) map.set(form, { lemma, weak: WEAK.has(lemma) });
  }
  return map;
})();

/** Verbs that take the hearer as their object: "told The Times", "informed reporters". */
export const TELL_VERBS = set(
  "tell told tells telling inform informed informs informing brief briefed briefs briefing assure assured assures assuring",
);

/** Participles that introduce a claim after a comma: "…, claiming that …". */
export const PARTICIPLE_CUES = set(
  "saying claiming adding warning insisting arguing noting stating explaining suggesting alleging stressing declaring vowing boasting asking calling describing admitting denying",
);

/** Adverbs that may stand between a speaker and the cue: "he later said". */
export const CUE_ADVERBS = set(
  "also later then further previously earlier once repeatedly reportedly allegedly simply recently quickly angrily proudly flatly bluntly separately publicly privately openly again had has have was is would will",
);

/** Title words that precede a name and are part of how the text names a person. */
export const TITLES = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady king queen prince princess emperor pope
  president vice prime minister premier chancellor secretary general gen gen. lieutenant lt lt. colonel col col.
  major maj maj. captain capt capt. sergeant sgt sgt. corporal cpl cpl. private pvt pvt. admiral adm adm. commander
  cmdr cmdr. marshal field brigadier brig brig. senator sen sen. representative rep rep. governor gov gov. mayor
  ambassador envoy chairman chairwoman chair director chief spokesman spokeswoman spokesperson judge justice
  inspector detective officer agent supreme leader deputy foreign defence defense interior finance health
  state security intelligence army navy air force military national first lady pastor father rev rev. bishop
  archbishop cardinal sheikh ayatollah imam rabbi comrade councillor councilor commissioner minister-president
  crown speaker
`);

/** Titles that say a person's gender. */
export const MALE_TITLES = set("mr mr. sir lord king prince emperor father sheikh");
export const FEMALE_TITLES = set("mrs mrs. ms ms. miss dame lady queen princess");

/** Role nouns that can refer back to a titled or described person: "the colonel", "the minister". */
export const ROLE_NOUNS: ReadonlyMap<string, string> = new Map([
  ["colonel", "colonel"],
  ["col", "colonel"],
  ["col.", "colonel"],
  ["lieutenant", "lieutenant"],
  ["lt", "lieutenant"],
  ["lt.", "lieutenant"],
  ["general", "general"],
  ["gen", "general"],
  ["gen.", "general"],
  ["major", "major"],
  ["maj", "major"],
  ["maj.", "major"],
  ["captain", "captain"],
  ["capt", "captain"],
  ["capt.", "captain"],
  ["sergeant", "sergeant"],
  ["sgt", "sergeant"],
  ["sgt.", "sergeant"],
  ["admiral", "admiral"],
  ["commander", "commander"],
  ["marshal", "marshal"],
  ["president", "president"],
  ["minister", "minister"],
  ["premier", "premier"],
  ["chancellor", "chancellor"],
  ["secretary", "secretary"],
  ["senator", "senator"],
  ["governor", "governor"],
  ["mayor", "mayor"],
  ["ambassador", "ambassador"],
  ["envoy", "envoy"],
  ["chairman", "chairman"],
  ["chairwoman", "chairwoman"],
  ["director", "director"],
  ["spokesman", "spokesman"],
  ["spokeswoman", "spokeswoman"],
  ["spokesperson", "spokesperson"],
  ["judge", "judge"],
  ["king", "king"],
  ["queen", "queen"],
  ["pope", "pope"],
  ["leader", "leader"],
  ["dictator", "leader"],
  ["soldier", "soldier"],
  ["officer", "officer"],
  ["commissioner", "commissioner"],
  ["professor", "professor"],
  ["analyst", "analyst"],
  ["researcher", "researcher"],
  ["expert", "expert"],
  ["official", "official"],
  ["diplomat", "diplomat"],
  ["journalist", "journalist"],
  ["reporter", "reporter"],
  ["correspondent", "correspondent"],
  ["doctor", "doctor"],
  ["lawyer", "lawyer"],
  ["prosecutor", "prosecutor"],
  ["veteran", "veteran"],
  ["activist", "activist"],
  ["author", "author"],
  ["historian", "historian"],
  ["pilot", "pilot"],
  ["fighter", "fighter"],
  ["commentator", "commentator"],
  ["blogger", "blogger"],
  ["deputy", "deputy"],
]);

/** Heads of descriptions that point back at an organisation, a place or a group. */
export const PLACE_NOUNS = set(
  "country nation state republic kingdom capital city town village region province territory island peninsula",
);
export const ORG_NOUNS = set(
  "ministry agency company firm party government regime administration army military organisation organization alliance bloc council committee group outlet newspaper broadcaster network agency service institute",
);

/** Nouns for people, for normalising the unit of a count: "troops" → person. */
export const PERSON_NOUNS = set(`
  people person persons troops troop soldiers soldier men man women woman children child kids civilians civilian
  fighters fighter servicemen serviceman servicemembers personnel workers worker residents resident citizens citizen
  casualties casualty victims victim deaths dead wounded injured killed refugees refugee migrants migrant prisoners
  prisoner detainees hostages hostage members member officers officer officials official deputies lawmakers voters
  students student patients patient staff employees employee volunteers volunteer recruits recruit conscripts
  mercenaries sailors marines pilots guards police policemen protesters protestors demonstrators spectators fans
  participants delegates diplomats journalists reporters veterans survivors passengers inhabitants adults teenagers
  babies boys girls families households visitors tourists athletes players crew crews users customers
`);

/** Time units of durations, singular form by plural and singular. */
export const TIME_UNITS: ReadonlyMap<string, { unit: string; iso: string; time: boolean }> = new Map([
  ["second", { unit: "second", iso: "S", time: true }],
  ["seconds", { unit: "second", iso: "S", time: true }],
  ["minute", { unit: "minute", iso: "M", time: true }],
  ["minutes", { unit: "minute", iso: "M", time: true }],
  ["hour", { unit: "hour", iso: "H", time: true }],
  ["hours", { unit: "hour", iso: "H", time: true }],
  ["day", { unit: "day", iso: "D", time: false }],
  ["days", { unit: "day", iso: "D", time: false }],
  ["week", { unit: "week", iso: "W", time: false }],
  ["weeks", { unit: "week", iso: "W", time: false }],
  ["month", { unit: "month", iso: "M", time: false }],
  ["months", { unit: "month", iso: "M", time: false }],
  ["year", { unit: "year", iso: "Y", time: false }],
  ["years", { unit: "year", iso: "Y", time: false }],
  ["decade", { unit: "decade", iso: "Y", time: false }],
  ["decades", { unit: "decade", iso: "Y", time: false }],
  ["century", { unit: "century", iso: "Y", time: false }],
  ["centuries", { unit: "century", iso: "Y", time: false }],
]);

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["april", 4],
  ["may", 5],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["september", 9],
  ["october", 10],
  ["november", 11],
  ["december", 12],
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["sept", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
]);

export const WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday");

/** Pronouns by what they can refer to. */
export const PRONOUNS: ReadonlyMap<string, { gender: "male" | "female" | "plural" | "neuter" | "first" }> = new Map([
  ["he", { gender: "male" }],
  ["him", { gender: "male" }],
  ["his", { gender: "male" }],
  ["himself", { gender: "male" }],
  ["she", { gender: "female" }],
  ["her", { gender: "female" }],
  ["hers", { gender: "female" }],
  ["herself", { gender: "female" }],
  ["they", { gender: "plural" }],
  ["them", { gender: "plural" }],
  ["their", { gender: "plural" }],
  ["themselves", { gender: "plural" }],
  ["its", { gender: "neuter" }],
  ["i", { gender: "first" }],
  ["me", { gender: "first" }],
  ["my", { gender: "first" }],
  ["myself", { gender: "first" }],
]);

/** Words for unnamed sources: "officials said", "a source told". */
export const UNNAMED_SOURCE_HEADS = set(`
  official officials source sources people person witness witnesses resident residents observer observers analyst
  analysts expert experts diplomat diplomats insider insiders aide aides spokesman spokeswoman spokesperson
  report reports statement statements media outlet outlets authorities authority government ministry soldier soldiers
  officer officers commander commanders activist activists relative relatives friend friends neighbour neighbours
  neighbor neighbors critic critics someone somebody colleague colleagues doctor doctors agency agencies military
  army police investigators prosecutors intelligence study survey poll data figures estimates
`);

/** Nouns that make a demonym plus noun a collective: "North Korean troops". */
export const GROUP_NOUNS = set(
  "troops soldiers forces fighters servicemen military army units personnel officers commanders conscripts recruits sailors marines pilots",
);

/** Words after a name that mark a person: ", 35," is handled by the number stage. */
export const PERSON_APPOSITION_HEADS = set(
  "soldier officer commander veteran resident spokesman spokeswoman analyst expert journalist reporter professor researcher doctor lawyer activist student worker pilot fighter father mother son daughter wife husband brother sister man woman leader minister president official diplomat general colonel blogger author historian",
);

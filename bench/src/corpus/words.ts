// Word lists for synthetic articles. The apostrophes are typographic (’),
// as in the real article, so every corpus file carries non-ASCII text.

export const FILLER = (
  "the and of to in a that was were for on with as had has by from at their his its after more than " +
  "troops parade front line fighting border forces officials report reports army soldiers war weapons " +
  "capital ceremony square march units regime state media region battle losses casualties attack defence " +
  "allies treaty talks summit visit week month year morning night heavy artillery drones shells tanks " +
  "would could might should reportedly allegedly apparently officially openly quietly already still " +
  "Moscow’s Kremlin’s army’s regime’s didn’t wasn’t couldn’t it’s " +
  "new old first last next local foreign northern southern eastern western military political " +
  "propaganda footage images statement briefing interview analysts experts observers diplomats " +
  "deployed sent moved held claimed denied warned promised praised condemned marched fought lost"
).split(" ");

export const SYLLABLES =
  "ka ri mo sun pak lee vol dim ser gei an dro bel ou sov kur sk zel en sky yo ng hwa pyo chol min ta ras ivan ko ol ga nik".split(
    " ",
  );

export const NOMINAL: Record<string, readonly string[]> = {
  person: ["the commander", "the minister", "the general", "the spokesman", "the leader", "the officer"],
  group: ["the troops", "the soldiers", "the conscripts", "the volunteers"],
  location: ["the region", "the city", "the village", "the country", "the border town"],
  other: ["the programme", "the scheme", "the deal"],
  "military-unit": ["the brigade", "the battalion", "the regiment", "the unit"],
  event: ["the parade", "the offensive", "the ceremony", "the war"],
  organization: ["the ministry", "the agency", "the alliance"],
  "media-outlet": ["the newspaper", "the broadcaster", "the channel"],
  weapon: ["the howitzer", "the launcher", "the missile"],
  artifact: ["the banner", "the medal"],
  facility: ["the square", "the base"],
};

export const PRONOUN: Record<string, readonly string[]> = {
  person: ["he", "she", "his", "her"],
  group: ["they", "their", "them"],
};

export const NAME_SUFFIX: Record<string, readonly string[]> = {
  person: [""],
  group: [" soldiers", " volunteers", " conscripts", "ans"],
  location: ["sk", "ovo", " region", " Oblast", "grad"],
  other: [" programme", " initiative"],
  "military-unit": [" Brigade", " Battalion", " Corps", " Regiment"],
  event: [" offensive", " parade", " summit", " Day"],
  organization: [" Ministry", " Agency", " Council"],
  "media-outlet": [" Times", " News", " Herald"],
  weapon: [" howitzer", " launcher", " missile"],
  artifact: [" banner", " medal"],
  facility: [" Square", " Base"],
};

export const CUES = ["said", "told", "claimed", "revealed", "added", "warned", "insisted", "wrote"];

export const UNITS = [
  ["troops", "person"],
  ["soldiers", "person"],
  ["tanks", "tank"],
  ["shells", "shell"],
  ["countries", "country"],
  ["drones", "drone"],
] as const;

export const ORDINALS = ["first", "second", "third", "fourth", "fifth", "tenth"];
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September"];

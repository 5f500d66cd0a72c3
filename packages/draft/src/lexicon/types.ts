/**
 * Words inside a name that say what sort of thing it names: "Ministry of
 * Defence" is an organisation, "Red Square" a facility, "Second World War"
 * an event. Checked on the last word first, then on any word.
 */
import type { EntityType } from "@claimset/schema";

const list = (type: EntityType, words: string) =>
  words
    .trim()
    .split(/\s+/)
    .map((w) => [w, type] as const);

export const TYPE_KEYWORDS: ReadonlyMap<string, EntityType> = new Map([
  ...list(
    "organization",
    `ministry department agency council committee commission party parliament assembly congress senate duma
     court government administration office bureau service institute institution university college school
     academy foundation fund bank company corporation corp inc ltd llc plc group holdings association union
     federation league alliance organisation organization coalition front movement society church club
     authority board cabinet kremlin pentagon politburo secretariat network guard police programme program
     initiative mission force forces navy army command ministries regime junta`,
  ),
  ...list(
    "military-unit",
    "brigade regiment division battalion corps squadron fleet platoon detachment legion flotilla",
  ),
  ...list(
    "facility",
    `square palace airport airbase base station stadium bridge hospital prison jail plant factory cathedral
     tower building hall arena museum embassy consulate headquarters port harbour harbor dam reactor mine camp
     centre center mall market theatre theater park cemetery monument memorial`,
  ),
  ...list(
    "location",
    `region oblast krai province county district state city town village island islands peninsula river sea ocean
     gulf bay lake mountains mountain valley desert coast strait canal street avenue road border territory
     republic kingdom emirates`,
  ),
  ...list(
    "event",
    `war parade summit conference election elections revolution festival games olympics cup championship
     offensive operation battle invasion ceremony day anniversary crisis talks treaty agreement accord protest
     protests uprising massacre attack bombing earthquake hurricane storm pandemic marathon race tournament
     referendum`,
  ),
]);

/** Words that, right after a name, say it is a weapon: "Iskander missiles", "T-90 tanks". */
export const WEAPON_NOUNS = new Set(
  `missile missiles rocket rockets tank tanks drone drones jet jets fighter fighters bomber bombers howitzer howitzers
   rifle rifles launcher launchers gun guns helicopter helicopters warship warships submarine submarines
   torpedo torpedoes bomb bombs shell shells artillery mortar mortars grenade grenades system systems interceptor
   interceptors aircraft warhead warheads vehicle vehicles`
    .trim()
    .split(/\s+/),
);

/** Words of a newspaper's name: "The Sunday Times", "Daily Mail". */
export const OUTLET_WORDS = new Set(
  `times post journal herald telegraph guardian mail news gazette tribune independent observer standard express
   mirror sun chronicle daily weekly review economist star record courier inquirer bulletin dispatch monitor
   today radio television tv broadcasting press wire`
    .trim()
    .split(/\s+/),
);

/**
 * Common given names in English-language news, with the gender they usually
 * carry. A name here only makes a capitalised word look like a person and
 * guides "he"/"she"; it never decides an identity.
 */
const list = (words: string) => words.trim().split(/\s+/);

const MALE = list(`
  james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
  donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
  nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
  jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian
  keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe
  logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene
  boris vladimir volodymyr dmitry dmitri sergei sergey andrei andriy oleksandr alexander alexei alexey mikhail
  nikolai ivan igor yuri yevgeny evgeny viktor pavel oleg maxim valery valeriy kirill anatoly vitaly vitali ruslan
  denys denis mykola petro taras bogdan bohdan vasyl stepan arseniy volodymyr ramzan yevgeniy leonid gennady
  emmanuel olaf friedrich rishi keir nigel tony gordon emmanuel narendra recep benjamin bibi yoav mohammed
  muhammad mohammad ahmed ahmad ali hassan hussein omar khalid abdullah ibrahim mahmoud yusuf mustafa hamid
  xi li wang jun hiroshi shinzo fumio shigeru yoshihide kazuo takeshi moon yoon lee jae hyun min sung chul
  luiz lula javier pedro carlos jair emmanuel giorgio sergio matteo mario luigi antonio francesco pope francis
  joe barack bill hunter elon jeff tim sundar satya mark warren lloyd antony jake marco pete jd
`);

const FEMALE = list(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
  kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
  amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine
  carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn
  judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice
  madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany
  natalie isabella charlotte rose alexis kayla
  olga natalia natalya tatiana tatyana irina svetlana elena yelena maria marina ekaterina yekaterina anastasia
  yulia yuliya oksana olena iryna daria darya valentina lyudmila galina larisa alla ksenia kateryna
  ursula angela annalena kamala hillary nancy theresa liz kemi giorgia marine jacinda sanna mette kaja
  fatima aisha maryam layla zainab
  yuko yoko akiko keiko sanae yumi mei ling hui
`);

export const GIVEN_NAMES: ReadonlyMap<string, "male" | "female"> = (() => {
  const map = new Map<string, "male" | "female">();
  for (const name of FEMALE) map.set(name, "female");
  // A name on both lists (Kim, Jean) says nothing about gender; none is listed twice here.
  for (const name of MALE) if (!map.has(name)) map.set(name, "male");
  return map;
})();

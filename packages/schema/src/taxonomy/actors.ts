import type { ActorInput, TermInput } from "../actor.js";

/**
 * One office: whom it speaks for, as what, from and to (inclusive; YYYY-MM when only the month is
 * known), and the titles the news gives the office without a name ("the Kremlin spokesman").
 */
const term = (
  affiliation: string,
  role: string,
  from: string | null,
  to: string | null = null,
  titles: string[] = [],
): TermInput => ({ affiliation, role, from, to, titles });

// Office titles as the news writes them without a name, shared by successive holders. Each names
// one office of one state: "Ukraine's foreign minister" is Kuleba in 2023 and Sybiha in 2025. Not
// the bare "foreign minister" (whose?), nor a negotiator's role a holder had only for some months.
const T = {
  usPresident: ["US president", "U.S. president", "American president"],
  usSecState: ["US secretary of state", "U.S. secretary of state", "America's top diplomat"],
  usDefSec: ["US defense secretary", "U.S. defense secretary", "US defence secretary"],
  whPress: ["White House press secretary"],
  // Not for Rubio, acting adviser from May 2025 beside his own office: after Waltz nobody is named.
  usNsa: ["US national security adviser", "U.S. national security adviser", "White House national security adviser"],
  usUn: [
    "US ambassador to the UN",
    "U.S. ambassador to the UN",
    "US ambassador to the United Nations",
    "U.S. ambassador to the United Nations",
  ],
  usArmy: ["Army secretary", "US Army secretary", "U.S. Army secretary", "secretary of the Army"],
  stateSpox: ["State Department spokesman", "State Department spokeswoman", "State Department spokesperson"],
  ruPresident: ["Russian president"],
  ruForeign: ["Russian foreign minister", "Russia's foreign minister", "Russia's top diplomat"],
  ruDefence: [
    "Russian defence minister",
    "Russian defense minister",
    "Russia's defence minister",
    "Russia's defense minister",
  ],
  ruSecCouncil: ["secretary of Russia's Security Council", "secretary of the Russian Security Council"],
  kremlinSpox: [
    "Kremlin spokesman",
    "Kremlin spokesperson",
    "Kremlin's spokesman",
    "Kremlin press secretary",
    "Putin's spokesman",
    "Putin's press secretary",
  ],
  ruMfaSpox: [
    "Russian foreign ministry spokeswoman",
    "Russia's foreign ministry spokeswoman",
    "Russian foreign ministry spokesperson",
    "Russia's foreign ministry spokesperson",
  ],
  ruForeignAide: [
    "Kremlin foreign policy aide",
    "Kremlin's foreign policy aide",
    "Putin's foreign policy aide",
    "Kremlin foreign policy adviser",
    "Putin's foreign policy adviser",
  ],
  ruNegotiator: ["Russia's chief negotiator", "Russia's top negotiator", "head of the Russian delegation"],
  ruUnAmbassador: ["Russia's UN ambassador", "Russian ambassador to the UN", "Russia's ambassador to the UN"],
  ruUsAmbassador: [
    "Russian ambassador to the US",
    "Russia's ambassador to the US",
    "Russia's ambassador in Washington",
  ],
  uaPresident: ["Ukrainian president"],
  uaPm: ["Ukrainian prime minister", "Ukraine's prime minister"],
  uaForeign: ["Ukrainian foreign minister", "Ukraine's foreign minister", "Ukraine's top diplomat"],
  uaDefence: [
    "Ukrainian defence minister",
    "Ukrainian defense minister",
    "Ukraine's defence minister",
    "Ukraine's defense minister",
  ],
  uaOfficeHead: [
    "head of Ukraine's presidential office",
    "head of the Ukrainian presidential office",
    "head of Ukraine's Presidential Office",
    "head of the presidential office",
    "head of the Office of the President",
    "head of Zelensky's office",
    "Zelensky's chief of staff",
    "Ukraine's presidential chief of staff",
  ],
  uaNsdc: [
    "secretary of Ukraine's National Security and Defence Council",
    "secretary of Ukraine's Security Council",
    "secretary of the National Security and Defence Council",
  ],
  uaUnAmbassador: ["Ukraine's UN ambassador", "Ukrainian ambassador to the UN", "Ukraine's ambassador to the UN"],
  uaUsAmbassador: [
    "Ukrainian ambassador to the US",
    "Ukraine's ambassador to the US",
    "Ukraine's ambassador in Washington",
  ],
  uaMfaSpox: [
    "Ukrainian foreign ministry spokesman",
    "Ukraine's foreign ministry spokesman",
    "Ukrainian foreign ministry spokesperson",
    "Ukraine's foreign ministry spokesperson",
  ],
  uaCommander: [
    "commander-in-chief of Ukraine's armed forces",
    "Ukraine's commander-in-chief",
    "Ukraine's top general",
  ],
  uaIntel: ["head of Ukraine's military intelligence", "Ukraine's military intelligence chief"],
} as const;
const titles = (...lists: ReadonlyArray<readonly string[]>): string[] => lists.flat();

const day = (d: string, end: boolean): string => {
  if (d.length !== 7) return d;
  if (!end) return `${d}-01`;
  const [y, m] = d.split("-").map(Number) as [number, number];
  return `${d}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
};

/**
 * A person and their terms of office, oldest first. `affiliation`/`role` name the latest office and
 * `validFrom`/`validTo` the outer bounds, for readers that do not look at `terms`.
 */
const person = (id: string, name: string, aliases: string[], ...terms: TermInput[]): ActorInput => {
  const first = terms[0];
  const last = terms[terms.length - 1];
  if (!first || !last) throw new Error(`actor ${id}: a person needs at least one term`);
  return {
    id,
    name,
    kind: "person",
    aliases,
    affiliation: last.affiliation,
    role: last.role,
    validFrom: first.from ? day(first.from, false) : null,
    validTo: last.to ? day(last.to, true) : null,
    terms,
  };
};

/** Someone quoted in coverage who speaks for no tracked state (a dissident, a warlord, an analyst). */
const nobody = (id: string, name: string, aliases: string[]): ActorInput => ({ id, name, kind: "person", aliases });

// Inauguration days: a term ending on one overlaps the next term starting on it, and the later
// term wins on that day (termAt looks at later terms first).
const BIDEN_END = "2025-01-20";
const TRUMP_START = "2025-01-20";

/**
 * The default registry: the three tracked states, the people and seats that speak for them with
 * their terms of office (2022–2026 and the offices held just before), and the other parties that
 * appear in coverage but whose words are not a tracked actor's position.
 * Aliases are matched case-sensitively as whole words; spelling variants and transliterations are
 * listed so they resolve to one actor. Bare surnames that are also common words or first names
 * ("Price", "Bruce", "Singh", "Johnson") are left out: only the full name identifies the official.
 * The first actor to list an alias keeps it, so order matters where names clash.
 */
export const defaultActors: readonly ActorInput[] = [
  {
    id: "US",
    name: "United States",
    kind: "state",
    tracked: true,
    aliases: [
      "United States",
      "U.S.",
      "US",
      "USA",
      "America",
      "American",
      "Americans",
      "Washington",
      "White House",
      "State Department",
      "Department of State",
      "Pentagon",
      "U.S. administration",
      "US administration",
      "the administration",
      // holders10: "The administration imposed …" opens a sentence; "The Treasury sanctioned …" (the
      // British one is "Britain's Treasury", "the UK Treasury"). "The administration of the occupied
      // region" is left out where mentions are found (actors.ts, `NOT_THE_ADMINISTRATION`).
      "The administration",
      "the Treasury",
      "The Treasury",
      "Treasury Department",
      "US Treasury",
      "U.S. Treasury",
      "Department of the Treasury",
      // holders17: "the U.S. Treasury Department announced sanctions …": the longer name, so that "U.S.
      // Treasury" is not read as a modifier of "Department"; the Pentagon by its other names.
      "U.S. Treasury Department",
      "US Treasury Department",
      "Defense Department",
      "U.S. Defense Department",
      "US Defense Department",
      "Department of Defense",
    ],
  },
  {
    id: "RU",
    name: "Russia",
    kind: "state",
    tracked: true,
    aliases: ["Russia", "Russian Federation", "Russian", "Russians", "Moscow", "Kremlin", "Russian side"],
  },
  {
    id: "UA",
    name: "Ukraine",
    kind: "state",
    tracked: true,
    aliases: ["Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev", "Ukrainian side", "Bankova"],
  },

  // An administration speaks for the state only while in office: "the Biden administration" in 2025
  // is the previous one.
  {
    id: "biden-administration",
    name: "Biden administration",
    kind: "institution",
    aliases: ["Biden administration", "Biden White House"],
    terms: [term("US", "Administration", "2021-01-20", BIDEN_END)],
  },
  {
    id: "trump-administration",
    name: "Trump administration",
    kind: "institution",
    aliases: ["Trump administration", "Trump White House"],
    terms: [term("US", "Administration", "2017-01-20", "2021-01-20"), term("US", "Administration", TRUMP_START)],
  },
  // ── United States ────────────────────────────────────────────────────────────────────────────
  person(
    "trump",
    "Donald Trump",
    ["Donald Trump", "Donald J. Trump", "Trump"],
    term("US", "President", "2017-01-20", "2021-01-20"),
    // 2021–2025 a former president and candidate: his words then are not the administration's.
    term("US", "President", TRUMP_START, null, titles(T.usPresident)),
  ),
  person(
    "vance",
    "JD Vance",
    ["JD Vance", "J.D. Vance", "J. D. Vance", "Vance"],
    term("US-CONGRESS", "Senator", "2023-01-03", "2025-01-10"),
    term("US", "Vice President", TRUMP_START),
  ),
  person(
    "rubio",
    "Marco Rubio",
    ["Marco Rubio", "Marko Rubio", "Rubio"],
    term("US-CONGRESS", "Senator", "2011-01-03", "2025-01-20"),
    // Also acting National Security Adviser from 2025-05-01.
    term("US", "Secretary of State", "2025-01-21", null, titles(T.usSecState)),
  ),
  person(
    "waltz",
    "Mike Waltz",
    ["Mike Waltz", "Michael Waltz", "Waltz"],
    term("US-CONGRESS", "Representative", "2019-01-03", "2025-01-20"),
    term("US", "National Security Adviser", TRUMP_START, "2025-05-01", titles(T.usNsa)),
    // May–September 2025 a nominee, not in office.
    term("US", "UN ambassador", "2025-09-19", null, titles(T.usUn)),
  ),
  person(
    "hegseth",
    "Pete Hegseth",
    ["Pete Hegseth", "Hegseth"],
    term("US", "Secretary of Defense", "2025-01-25", null, titles(T.usDefSec)),
  ),
  person(
    "leavitt",
    "Karoline Leavitt",
    ["Karoline Leavitt", "Leavitt"],
    term("US", "White House press secretary", TRUMP_START, null, titles(T.whPress)),
  ),
  person(
    "witkoff",
    "Steve Witkoff",
    ["Steve Witkoff", "Steven Witkoff", "Witkoff"],
    term("US", "Special envoy", TRUMP_START),
  ),
  // Reported in November 2025 to leave the post in January 2026 (month precision).
  person(
    "kellogg",
    "Keith Kellogg",
    ["Keith Kellogg", "Kellogg"],
    term("US", "Special envoy for Ukraine and Russia", TRUMP_START, "2026-01"),
  ),
  person("bessent", "Scott Bessent", ["Scott Bessent", "Bessent"], term("US", "Treasury Secretary", "2025-01-28")),
  person("wiles", "Susie Wiles", ["Susie Wiles", "Wiles"], term("US", "White House chief of staff", TRUMP_START)),
  person(
    "landau",
    "Christopher Landau",
    ["Christopher Landau", "Landau"],
    term("US", "Deputy Secretary of State", "2025-03-25"),
  ),
  // Month precision: ambassador to NATO from spring 2025.
  person(
    "whitaker",
    "Matthew Whitaker",
    ["Matthew Whitaker", "Matt Whitaker", "Whitaker"],
    term("US", "Ambassador to NATO", "2025-04"),
  ),
  // State Department spokesperson from January 2025, nominated deputy UN ambassador in August 2025.
  person("bruce", "Tammy Bruce", ["Tammy Bruce"], term("US", "State Department spokesperson", "2025-01")),
  person(
    "pigott",
    "Tommy Pigott",
    ["Tommy Pigott", "Thomas Pigott", "Pigott"],
    term("US", "State Department deputy spokesperson, then spokesperson", "2025-01"),
  ),
  person("parnell", "Sean Parnell", ["Sean Parnell", "Parnell"], term("US", "Pentagon chief spokesman", "2025-01")),
  // Acting UN ambassador until Waltz took up the post, then deputy.
  person("shea", "Dorothy Shea", ["Dorothy Shea"], term("US", "Acting UN ambassador, then deputy", TRUMP_START)),
  person(
    "driscoll",
    "Dan Driscoll",
    ["Dan Driscoll", "Daniel Driscoll", "Driscoll"],
    term("US", "Secretary of the Army", "2025-02-25", null, titles(T.usArmy)),
  ),
  person("kushner", "Jared Kushner", ["Jared Kushner", "Kushner"], term("US", "Envoy", "2025-10-01")),
  person(
    "stephen-miller",
    "Stephen Miller",
    ["Stephen Miller"],
    term("US", "White House deputy chief of staff", TRUMP_START),
  ),
  // registry7: the Pentagon podium and the military chain under Hegseth (months where only the month
  // is sure): Wilson at the Pentagon press office from the start of the administration, Caine
  // chairman of the Joint Chiefs after Brown's dismissal, Feinberg and Colby confirmed in spring 2025.
  person(
    "kingsley-wilson",
    "Kingsley Wilson",
    ["Kingsley Wilson"],
    term("US", "Pentagon deputy press secretary, then press secretary", "2025-01"),
  ),
  person(
    "caine",
    "Dan Caine",
    ["Dan Caine", "John Daniel Caine", "Daniel Caine", "Caine"],
    term("US", "Chairman of the Joint Chiefs of Staff", "2025-04"),
  ),
  person(
    "feinberg",
    "Steve Feinberg",
    ["Steve Feinberg", "Stephen Feinberg", "Feinberg"],
    term("US", "Deputy Secretary of Defense", "2025-03"),
  ),
  person(
    "colby",
    "Elbridge Colby",
    ["Elbridge Colby", "Bridge Colby", "Colby"],
    term("US", "Under Secretary of Defense for Policy", "2025-04"),
  ),

  person(
    "biden",
    "Joe Biden",
    ["Joe Biden", "Biden"],
    term("US", "President", "2021-01-20", BIDEN_END, titles(T.usPresident)),
  ),
  person("harris", "Kamala Harris", ["Kamala Harris", "Harris"], term("US", "Vice President", "2021-01-20", BIDEN_END)),
  person(
    "blinken",
    "Antony Blinken",
    ["Antony Blinken", "Anthony Blinken", "Tony Blinken", "Blinken"],
    term("US", "Secretary of State", "2021-01-26", BIDEN_END, titles(T.usSecState)),
  ),
  // "Austin" alone: in this coverage the city in Texas hardly appears.
  person(
    "austin",
    "Lloyd Austin",
    ["Lloyd Austin", "Lloyd J. Austin", "Austin"],
    term("US", "Secretary of Defense", "2021-01-22", BIDEN_END, titles(T.usDefSec)),
  ),
  person(
    "sullivan",
    "Jake Sullivan",
    ["Jake Sullivan", "Sullivan"],
    term("US", "National Security Adviser", "2021-01-20", BIDEN_END, titles(T.usNsa)),
  ),
  // Moved from the Pentagon podium to the National Security Council in May 2022 (month precision).
  person(
    "kirby",
    "John Kirby",
    ["John Kirby", "Kirby"],
    term("US", "Pentagon press secretary", "2021-01-20", "2022-05"),
    term("US", "National Security Council spokesman", "2022-05", BIDEN_END),
  ),
  // recall4: the National Security Council's spokespeople beside Kirby ("National Security Council
  // spokeswoman Adrienne Watson said on Tuesday …"); full names only for Watson, a surname shared widely.
  person(
    "adrienne-watson",
    "Adrienne Watson",
    ["Adrienne Watson"],
    term("US", "National Security Council spokeswoman", "2021-01-20", BIDEN_END),
  ),
  person(
    "savett",
    "Sean Savett",
    ["Sean Savett", "Savett"],
    term("US", "National Security Council spokesman", "2023-01", BIDEN_END),
  ),
  person(
    "psaki",
    "Jen Psaki",
    ["Jen Psaki", "Psaki"],
    term("US", "White House press secretary", "2021-01-20", "2022-05-13", titles(T.whPress)),
  ),
  person(
    "jean-pierre",
    "Karine Jean-Pierre",
    ["Karine Jean-Pierre", "Jean-Pierre"],
    term("US", "White House principal deputy press secretary", "2021-01-20", "2022-05-13"),
    term("US", "White House press secretary", "2022-05-13", BIDEN_END, titles(T.whPress)),
  ),
  // Hand-over between Price and Miller at the State Department podium in March 2023 (month precision).
  person(
    "price",
    "Ned Price",
    ["Ned Price"],
    term("US", "State Department spokesperson", "2021-01-20", "2023-03", titles(T.stateSpox)),
  ),
  person(
    "matthew-miller",
    "Matthew Miller",
    ["Matthew Miller", "Matt Miller", "Miller"],
    term("US", "State Department spokesperson", "2023-03", BIDEN_END, titles(T.stateSpox)),
  ),
  person(
    "patel",
    "Vedant Patel",
    ["Vedant Patel"],
    term("US", "State Department principal deputy spokesperson", "2021-01-20", BIDEN_END),
  ),
  person(
    "thomas-greenfield",
    "Linda Thomas-Greenfield",
    ["Linda Thomas-Greenfield", "Thomas-Greenfield"],
    term("US", "UN ambassador", "2021-02-25", BIDEN_END, titles(T.usUn)),
  ),
  // Announced her retirement in early March 2024, leaving later that month (month precision).
  person(
    "nuland",
    "Victoria Nuland",
    ["Victoria Nuland", "Nuland"],
    term("US", "Under Secretary of State for Political Affairs", "2021-05-03", "2024-03"),
  ),
  person(
    "sherman",
    "Wendy Sherman",
    ["Wendy Sherman", "Sherman"],
    term("US", "Deputy Secretary of State", "2021-04-14", "2023-07-28"),
  ),
  person(
    "finer",
    "Jon Finer",
    ["Jon Finer", "Finer"],
    term("US", "Deputy National Security Adviser", "2021-01-20", BIDEN_END),
  ),
  person(
    "yellen",
    "Janet Yellen",
    ["Janet Yellen", "Yellen"],
    term("US", "Treasury Secretary", "2021-01-26", BIDEN_END),
  ),
  // Sanctions architect, out of the White House from mid-2022 to early 2024 (month precision).
  person(
    "daleep-singh",
    "Daleep Singh",
    ["Daleep Singh"],
    term("US", "Deputy National Security Adviser for International Economics", "2021-02", "2022-06"),
    term("US", "Deputy National Security Adviser for International Economics", "2024-02", BIDEN_END),
  ),
  person(
    "sabrina-singh",
    "Sabrina Singh",
    ["Sabrina Singh"],
    term("US", "White House, then Pentagon deputy press secretary", "2021-01-20", BIDEN_END),
  ),
  // Pentagon press secretary from August 2022 into January 2025 (month precision).
  person(
    "ryder",
    "Pat Ryder",
    ["Pat Ryder", "Patrick Ryder", "Ryder"],
    term("US", "Pentagon press secretary", "2022-08", "2025-01"),
  ),
  person(
    "milley",
    "Mark Milley",
    ["Mark Milley", "Milley"],
    term("US", "Chairman of the Joint Chiefs of Staff", "2019-10-01", "2023-09-30"),
  ),
  person(
    "cq-brown",
    "Charles Q. Brown",
    ["Charles Q. Brown", "CQ Brown", "C.Q. Brown"],
    term("US", "Chairman of the Joint Chiefs of Staff", "2023-10-01", "2025-02-21"),
  ),
  person(
    "klain",
    "Ron Klain",
    ["Ron Klain", "Klain"],
    term("US", "White House chief of staff", "2021-01-20", "2023-02-08"),
  ),
  person(
    "zients",
    "Jeff Zients",
    ["Jeff Zients", "Zients"],
    term("US", "White House chief of staff", "2023-02-08", BIDEN_END),
  ),
  // Ambassador in Kyiv from May 2022, resigned in April 2025 (month precision).
  person(
    "brink",
    "Bridget Brink",
    ["Bridget Brink", "Brink"],
    term("US", "Ambassador to Ukraine", "2022-05-30", "2025-04"),
  ),
  // Ambassador in Moscow from January 2023, left in June 2025 (month precision).
  person("tracy", "Lynne Tracy", ["Lynne Tracy"], term("US", "Ambassador to Russia", "2023-01-30", "2025-06")),
  // Ambassador in Moscow until September 2022 (month precision).
  person(
    "john-sullivan",
    "John Sullivan",
    ["John Sullivan", "John J. Sullivan"],
    term("US", "Ambassador to Russia", "2020-02", "2022-09"),
  ),
  person(
    "pritzker",
    "Penny Pritzker",
    ["Penny Pritzker", "Pritzker"],
    term("US", "Special Representative for Ukraine's Economic Recovery", "2023-09-14", BIDEN_END),
  ),
  // Sanctions coordinator from 2022, then Assistant Secretary for Europe (month precision).
  person(
    "obrien",
    "James O'Brien",
    ["James O'Brien", "James O’Brien"],
    term("US", "Sanctions coordinator, then Assistant Secretary of State for Europe", "2022-03", BIDEN_END),
  ),
  // registry7: Biden-era officials quoted on the war: the deputy secretaries of state and defense,
  // the Treasury's sanctions deputy, the ambassador to NATO, the Pentagon's policy chief.
  person(
    "campbell",
    "Kurt Campbell",
    ["Kurt Campbell"],
    term("US", "Indo-Pacific coordinator, National Security Council", "2021-01-20", "2024-02"),
    term("US", "Deputy Secretary of State", "2024-02", BIDEN_END),
  ),
  person(
    "hicks",
    "Kathleen Hicks",
    ["Kathleen Hicks"],
    term("US", "Deputy Secretary of Defense", "2021-02-09", BIDEN_END),
  ),
  person(
    "adeyemo",
    "Wally Adeyemo",
    ["Wally Adeyemo", "Adewale Adeyemo", "Adeyemo"],
    term("US", "Deputy Treasury Secretary", "2021-03", BIDEN_END),
  ),
  person(
    "julianne-smith",
    "Julianne Smith",
    ["Julianne Smith"],
    term("US", "Ambassador to NATO", "2021-11", BIDEN_END),
  ),
  person(
    "kahl",
    "Colin Kahl",
    ["Colin Kahl", "Kahl"],
    term("US", "Under Secretary of Defense for Policy", "2021-04", "2023-07"),
  ),
  person("pence", "Mike Pence", ["Mike Pence", "Pence"], term("US", "Vice President", "2017-01-20", "2021-01-20")),

  // ── Russia ───────────────────────────────────────────────────────────────────────────────────
  person(
    "putin",
    "Vladimir Putin",
    ["Vladimir Putin", "Vladimir Vladimirovich Putin", "Putin", "Władimir Putin"],
    term("RU", "President", "2012-05-07", null, titles(T.ruPresident)),
  ),
  person(
    "mishustin",
    "Mikhail Mishustin",
    ["Mikhail Mishustin", "Mishustin"],
    term("RU", "Prime Minister", "2020-01-16"),
  ),
  person(
    "lavrov",
    "Sergey Lavrov",
    ["Sergey Lavrov", "Sergei Lavrov", "Lavrov", "Ławrow"],
    term("RU", "Foreign Minister", "2004-03-09", null, titles(T.ruForeign)),
  ),
  person(
    "shoigu",
    "Sergei Shoigu",
    ["Sergei Shoigu", "Sergey Shoigu", "Shoigu"],
    term("RU", "Defence Minister", "2012-11-06", "2024-05-12", titles(T.ruDefence)),
    term("RU", "Secretary of the Security Council", "2024-05-12", null, titles(T.ruSecCouncil)),
  ),
  person(
    "belousov",
    "Andrei Belousov",
    ["Andrei Belousov", "Andrey Belousov", "Belousov"],
    term("RU", "First Deputy Prime Minister", "2020-01-21", "2024-05-14"),
    term("RU", "Defence Minister", "2024-05-14", null, titles(T.ruDefence)),
  ),
  person(
    "patrushev",
    "Nikolai Patrushev",
    ["Nikolai Patrushev", "Nikolay Patrushev", "Patrushev"],
    term("RU", "Secretary of the Security Council", "2008-05-12", "2024-05-12", titles(T.ruSecCouncil)),
    term("RU", "Presidential aide", "2024-05-14"),
  ),
  person(
    "peskov",
    "Dmitry Peskov",
    ["Dmitry Peskov", "Dmitri Peskov", "Dmitriy Peskov", "Peskov"],
    term("RU", "Kremlin spokesman", "2012-05", null, titles(T.kremlinSpox)),
  ),
  person(
    "zakharova",
    "Maria Zakharova",
    ["Maria Zakharova", "Mariya Zakharova", "Zakharova"],
    term("RU", "Foreign Ministry spokeswoman", "2015-08-10", null, titles(T.ruMfaSpox)),
  ),
  person(
    "ushakov",
    "Yuri Ushakov",
    ["Yuri Ushakov", "Yury Ushakov", "Yuriy Ushakov", "Ushakov"],
    term("RU", "Presidential aide for foreign policy", "2012-05-21", null, titles(T.ruForeignAide)),
  ),
  // Culture minister until January 2020, then presidential aide; led the delegation in 2022 and 2025.
  person(
    "medinsky",
    "Vladimir Medinsky",
    ["Vladimir Medinsky", "Medinsky"],
    term("RU", "Presidential aide, head of the negotiating delegation", "2020-01", null, titles(T.ruNegotiator)),
  ),
  // Head of the state investment fund RDIF since 2011; special presidential envoy from February 2025.
  person(
    "dmitriev",
    "Kirill Dmitriev",
    ["Kirill Dmitriev", "Kirill Dmitriyev", "Dmitriev"],
    term("RU", "Head of the Russian Direct Investment Fund", "2011-06", "2025-02"),
    term("RU", "Special presidential envoy for economic cooperation", "2025-02"),
  ),
  person(
    "nebenzya",
    "Vassily Nebenzia",
    ["Vassily Nebenzia", "Vasily Nebenzya", "Vasily Nebenzia", "Vassily Nebenzya", "Nebenzia", "Nebenzya"],
    term("RU", "UN ambassador", "2017-07-27", null, titles(T.ruUnAmbassador)),
  ),
  person(
    "polyansky",
    "Dmitry Polyansky",
    ["Dmitry Polyansky", "Dmitri Polyansky", "Dmitry Polyanskiy", "Dmitriy Polyanskiy", "Polyansky", "Polyanskiy"],
    term("RU", "First deputy UN ambassador", "2017-06"),
  ),
  // Ambassador in Washington until October 2024 (month precision); "Antonov" the aircraft maker is
  // listed below so that "Antonov airport" is not him.
  person(
    "antonov",
    "Anatoly Antonov",
    ["Anatoly Antonov", "Anatoliy Antonov", "Antonov"],
    term("RU", "Ambassador to the United States", "2017-08-21", "2024-10", titles(T.ruUsAmbassador)),
  ),
  // A Russian diplomat throughout: ambassador to Canada, head of the ministry's North America
  // department, ambassador in Washington from March 2025 (month precision).
  person(
    "darchiev",
    "Alexander Darchiev",
    ["Alexander Darchiev", "Aleksandr Darchiev", "Darchiev"],
    term("RU", "Foreign Ministry: North America department", "2014-01", "2025-03"),
    term("RU", "Ambassador to the United States", "2025-03", null, titles(T.ruUsAmbassador)),
  ),
  // Deputy foreign minister (CIS countries) from around the turn of 2021–22 (month approximate).
  person(
    "galuzin",
    "Mikhail Galuzin",
    ["Mikhail Galuzin", "Galuzin"],
    term("RU", "Deputy Foreign Minister", "2021-12"),
  ),
  person(
    "ryabkov",
    "Sergei Ryabkov",
    ["Sergei Ryabkov", "Sergey Ryabkov", "Ryabkov"],
    term("RU", "Deputy Foreign Minister", "2008-08"),
  ),
  person(
    "grushko",
    "Alexander Grushko",
    ["Alexander Grushko", "Aleksandr Grushko", "Grushko"],
    term("RU", "Deputy Foreign Minister", "2018-01-22"),
  ),
  person(
    "rudenko",
    "Andrei Rudenko",
    ["Andrei Rudenko", "Andrey Rudenko"],
    term("RU", "Deputy Foreign Minister", "2016-01"),
  ),
  person(
    "ulyanov",
    "Mikhail Ulyanov",
    ["Mikhail Ulyanov", "Ulyanov"],
    term("RU", "Permanent representative to international organisations in Vienna", "2018-01"),
  ),
  // Left the Kremlin in September 2025 (month precision).
  person(
    "kozak",
    "Dmitry Kozak",
    ["Dmitry Kozak", "Dmitri Kozak", "Kozak"],
    term("RU", "Deputy head of the presidential administration", "2020-01-24", "2025-09"),
  ),
  person("vaino", "Anton Vaino", ["Anton Vaino", "Vaino"], term("RU", "Kremlin chief of staff", "2016-08-12")),
  person(
    "kiriyenko",
    "Sergei Kiriyenko",
    ["Sergei Kiriyenko", "Sergey Kiriyenko", "Kiriyenko"],
    term("RU", "First deputy head of the presidential administration", "2016-10-05"),
  ),
  person(
    "medvedev",
    "Dmitry Medvedev",
    ["Dmitry Medvedev", "Dmitri Medvedev", "Medvedev"],
    term("RU", "Deputy Chairman of the Security Council", "2020-01-16"),
  ),
  person(
    "gerasimov",
    "Valery Gerasimov",
    ["Valery Gerasimov", "Valeriy Gerasimov", "Gerasimov"],
    term("RU", "Chief of the General Staff", "2012-11-09"),
  ),
  person(
    "fomin",
    "Alexander Fomin",
    ["Alexander Fomin", "Aleksandr Fomin"],
    term("RU", "Deputy Defence Minister", "2017-01"),
  ),
  person(
    "kostyukov",
    "Igor Kostyukov",
    ["Igor Kostyukov", "Kostyukov"],
    term("RU", "Head of military intelligence (GRU)", "2018-11"),
  ),
  person(
    "bortnikov",
    "Alexander Bortnikov",
    ["Alexander Bortnikov", "Bortnikov"],
    term("RU", "Director of the FSB", "2008-05-12"),
  ),
  person(
    "lvova-belova",
    "Maria Lvova-Belova",
    ["Maria Lvova-Belova", "Lvova-Belova"],
    term("RU", "Children's rights commissioner", "2021-10-27"),
  ),
  person(
    "moskalkova",
    "Tatyana Moskalkova",
    ["Tatyana Moskalkova", "Tatiana Moskalkova", "Moskalkova"],
    term("RU", "Human rights commissioner", "2016-04-22"),
  ),
  // registry7: Russian officials quoted in 2022–2026 coverage. Konashenkov briefs for the defence
  // ministry throughout the period (start left open); Surovikin, Aerospace Forces commander (start
  // left open), commanded the forces in Ukraine from October 2022 until Gerasimov took over in
  // January 2023, then stayed a deputy until his removal in August 2023.
  person(
    "naryshkin",
    "Sergei Naryshkin",
    ["Sergei Naryshkin", "Sergey Naryshkin", "Naryshkin"],
    term("RU", "Director of the Foreign Intelligence Service (SVR)", "2016-10-05"),
  ),
  person(
    "konashenkov",
    "Igor Konashenkov",
    ["Igor Konashenkov", "Konashenkov"],
    term("RU", "Defence Ministry spokesman", null),
  ),
  person("siluanov", "Anton Siluanov", ["Anton Siluanov", "Siluanov"], term("RU", "Finance Minister", "2011-12-16")),
  person(
    "novak",
    "Alexander Novak",
    ["Alexander Novak", "Aleksandr Novak"],
    term("RU", "Energy Minister", "2012-05-21", "2020-11-10"),
    term("RU", "Deputy Prime Minister", "2020-11-10"),
  ),
  person(
    "surovikin",
    "Sergei Surovikin",
    ["Sergei Surovikin", "Sergey Surovikin", "Surovikin"],
    term(
      "RU",
      "Aerospace Forces commander (commander of the forces in Ukraine 2022-10-08 to 2023-01-11)",
      null,
      "2023-08",
    ),
  ),
  person(
    "kelin",
    "Andrei Kelin",
    ["Andrei Kelin", "Andrey Kelin", "Kelin"],
    term("RU", "Ambassador to the United Kingdom", "2019-11"),
  ),
  // holders23: Russian diplomats quoted in the readable sets, career diplomats of the ministry
  // throughout 2022–2026 (start left open: their words speak for Russia whatever post they held).
  // Alipov, ambassador to India from 2022 ("Russia's Ambassador to India Denis Alipov spoke to …");
  // Kuzmin, a deputy UN ambassador ("Russia's deputy ambassador, Gennady Kuzmin, called the move …").
  person(
    "alipov",
    "Denis Alipov",
    ["Denis Alipov", "Alipov"],
    term("RU", "Diplomat; ambassador to India from 2022", null),
  ),
  person("kuzmin", "Gennady Kuzmin", ["Gennady Kuzmin", "Gennadiy Kuzmin"], term("RU", "Deputy UN ambassador", null)),

  // ── Ukraine ──────────────────────────────────────────────────────────────────────────────────
  person(
    "zelensky",
    "Volodymyr Zelensky",
    [
      "Volodymyr Zelensky",
      "Volodymyr Zelenskyy",
      "Volodymyr Zelenskiy",
      "Volodymyr Zelenskyi",
      "Vladimir Zelensky",
      "Volodymyr Zelenski",
      // Polish spelling, in English-language Polish outlets.
      "Wołodymyr Zełenski",
      "Zelensky",
      "Zelenski",
      "Zełenski",
      "Zelenskyy",
      "Zelenskiy",
      "Zelenskyi",
    ],
    term("UA", "President", "2019-05-20", null, titles(T.uaPresident)),
  ),
  // Moved to defence in July 2025 and, in the January 2026 reshuffle, to energy (month precision).
  person(
    "shmyhal",
    "Denys Shmyhal",
    ["Denys Shmyhal", "Denis Shmyhal", "Denys Shmygal", "Denis Shmygal", "Shmyhal", "Shmygal"],
    term("UA", "Prime Minister", "2020-03-04", "2025-07-16", titles(T.uaPm)),
    term("UA", "Defence Minister", "2025-07-17", "2026-01", titles(T.uaDefence)),
    term("UA", "First Deputy Prime Minister, Energy Minister", "2026-01"),
  ),
  person(
    "svyrydenko",
    "Yulia Svyrydenko",
    ["Yulia Svyrydenko", "Yuliia Svyrydenko", "Yuliya Svyrydenko", "Svyrydenko"],
    term("UA", "First Deputy Prime Minister, Economy Minister", "2021-11-04", "2025-07-17"),
    term("UA", "Prime Minister", "2025-07-17", null, titles(T.uaPm)),
  ),
  person(
    "kuleba",
    "Dmytro Kuleba",
    ["Dmytro Kuleba", "Dmitry Kuleba", "Dmitro Kuleba", "Kuleba"],
    term("UA", "Foreign Minister", "2020-03-04", "2024-09-04", titles(T.uaForeign)),
  ),
  // Deputy head of the Presidential Office from 2022, first deputy foreign minister from April 2024
  // (months approximate), foreign minister from September 2024.
  person(
    "sybiha",
    "Andrii Sybiha",
    ["Andrii Sybiha", "Andriy Sybiha", "Andrij Sybiha", "Andrii Sybiga", "Andriy Sybiga", "Sybiha", "Sybiga"],
    term("UA", "Deputy head of the Presidential Office", "2022-05", "2024-04"),
    term("UA", "First Deputy Foreign Minister", "2024-04", "2024-09-05"),
    term("UA", "Foreign Minister", "2024-09-05", null, titles(T.uaForeign)),
  ),
  person(
    "reznikov",
    "Oleksii Reznikov",
    ["Oleksii Reznikov", "Oleksiy Reznikov", "Olexiy Reznikov", "Alexei Reznikov", "Reznikov"],
    term("UA", "Deputy Prime Minister for reintegration", "2020-03-04", "2021-11-03"),
    term("UA", "Defence Minister", "2021-11-04", "2023-09-05", titles(T.uaDefence)),
  ),
  // In the negotiating delegation from the first round (28 February 2022) while still a legislator.
  person(
    "umerov",
    "Rustem Umerov",
    ["Rustem Umerov", "Rustam Umerov", "Umerov"],
    term("UA", "Member of the negotiating delegation", "2022-02-28", "2022-09-07"),
    term("UA", "Head of the State Property Fund", "2022-09-07", "2023-09-06"),
    term("UA", "Defence Minister", "2023-09-06", "2025-07-17", titles(T.uaDefence)),
    // Ukraine's chief negotiator in the talks with the US and Russia from the autumn of 2025.
    term(
      "UA",
      "Secretary of the National Security and Defence Council",
      "2025-07-17",
      null,
      titles(T.uaNsdc, ["Ukraine's chief negotiator", "Ukraine's top negotiator", "head of the Ukrainian delegation"]),
    ),
  ),
  person(
    "yermak",
    "Andriy Yermak",
    ["Andriy Yermak", "Andrii Yermak", "Andrij Yermak", "Andrey Yermak", "Yermak"],
    term("UA", "Head of the Presidential Office", "2020-02-11", "2025-11-28", titles(T.uaOfficeHead)),
  ),
  // Adviser to the head of the Presidential Office since 2020 (month approximate).
  person(
    "podolyak",
    "Mykhailo Podolyak",
    [
      "Mykhailo Podolyak",
      "Mykhaylo Podolyak",
      "Mykhailo Podoliak",
      "Mykhaylo Podoliak",
      "Mikhail Podolyak",
      "Podolyak",
      "Podoliak",
    ],
    term("UA", "Adviser to the head of the Presidential Office", "2020-05"),
  ),
  // Leader of the ruling party's faction, who headed the state's delegation from February 2022.
  person(
    "arakhamia",
    "David Arakhamia",
    ["David Arakhamia", "Davyd Arakhamia", "David Arakhamiya", "Arakhamia", "Arakhamiya"],
    term("UA", "Head of the negotiating delegation", "2022-02-28"),
  ),
  // Ambassador in London from July 2020 (month precision) until his dismissal in July 2023.
  person(
    "prystaiko",
    "Vadym Prystaiko",
    ["Vadym Prystaiko", "Vadim Prystaiko", "Prystaiko"],
    term("UA", "Foreign Minister", "2019-08-29", "2020-03-04"),
    term("UA", "Ambassador to the United Kingdom", "2020-07", "2023-07-21"),
  ),
  // Ambassador in Washington until her recall in August 2025 (month precision).
  person(
    "markarova",
    "Oksana Markarova",
    ["Oksana Markarova", "Markarova"],
    term("UA", "Ambassador to the United States", "2021-02-25", "2025-08", titles(T.uaUsAmbassador)),
  ),
  person(
    "stefanishyna",
    "Olha Stefanishyna",
    ["Olha Stefanishyna", "Olga Stefanishyna", "Stefanishyna"],
    term("UA", "Deputy Prime Minister for European integration", "2020-06-04", "2025-07-17"),
    term("UA", "Ambassador to the United States", "2025-08", null, titles(T.uaUsAmbassador)),
  ),
  // Military intelligence chief until January 2026, then head of the Presidential Office.
  person(
    "budanov",
    "Kyrylo Budanov",
    ["Kyrylo Budanov", "Kirill Budanov", "Budanov"],
    term("UA", "Head of military intelligence (HUR)", "2020-08-05", "2026-01-02", titles(T.uaIntel)),
    term("UA", "Head of the Presidential Office", "2026-01-02", null, titles(T.uaOfficeHead)),
  ),
  // Commander-in-chief until February 2024; ambassador in London from May 2024 (month precision).
  person(
    "zaluzhnyi",
    "Valerii Zaluzhnyi",
    ["Valerii Zaluzhnyi", "Valeriy Zaluzhnyi", "Valery Zaluzhny", "Valeriy Zaluzhny", "Zaluzhnyi", "Zaluzhny"],
    term("UA", "Commander-in-chief of the armed forces", "2021-07-27", "2024-02-08", titles(T.uaCommander)),
    term("UA", "Ambassador to the United Kingdom", "2024-05"),
  ),
  person(
    "syrskyi",
    "Oleksandr Syrskyi",
    ["Oleksandr Syrskyi", "Oleksandr Syrsky", "Alexander Syrsky", "Syrskyi", "Syrsky"],
    term("UA", "Commander of the Ground Forces", "2019-08-05", "2024-02-08"),
    term("UA", "Commander-in-chief of the armed forces", "2024-02-08", null, titles(T.uaCommander)),
  ),
  // UN ambassador from January 2020 to December 2024, then first deputy foreign minister (months).
  person(
    "kyslytsya",
    "Serhiy Kyslytsya",
    [
      "Serhiy Kyslytsya",
      "Serhii Kyslytsya",
      "Sergiy Kyslytsya",
      "Serhiy Kyslytsia",
      "Serhii Kyslytsia",
      "Sergiy Kyslytsia",
      "Kyslytsya",
      "Kyslytsia",
    ],
    term("UA", "UN ambassador", "2020-01", "2024-12", titles(T.uaUnAmbassador)),
    term("UA", "First Deputy Foreign Minister", "2024-12"),
  ),
  // A diplomat throughout: ambassador to Germany (to October 2022), deputy foreign minister,
  // ambassador to Brazil, UN ambassador from December 2024 (months approximate).
  person(
    "melnyk",
    "Andriy Melnyk",
    ["Andriy Melnyk", "Andrii Melnyk", "Andrij Melnyk", "Melnyk"],
    term("UA", "Ambassador and deputy foreign minister", "2014-12", "2024-12"),
    term("UA", "UN ambassador", "2024-12", null, titles(T.uaUnAmbassador)),
  ),
  person(
    "danilov",
    "Oleksiy Danilov",
    ["Oleksiy Danilov", "Oleksii Danilov", "Danilov"],
    term("UA", "Secretary of the National Security and Defence Council", "2019-10-03", "2024-03-26", titles(T.uaNsdc)),
  ),
  person(
    "lytvynenko",
    "Oleksandr Lytvynenko",
    ["Oleksandr Lytvynenko"],
    term("UA", "Secretary of the National Security and Defence Council", "2024-03-26", "2025-07-17", titles(T.uaNsdc)),
  ),
  person(
    "vereshchuk",
    "Iryna Vereshchuk",
    ["Iryna Vereshchuk", "Vereshchuk"],
    term("UA", "Deputy Prime Minister for reintegration", "2021-11-04", "2024-09-04"),
    term("UA", "Deputy head of the Presidential Office", "2024-09"),
  ),
  person(
    "lubinets",
    "Dmytro Lubinets",
    ["Dmytro Lubinets", "Lubinets"],
    term("UA", "Human rights commissioner", "2022-07-01"),
  ),
  // Foreign ministry spokespeople: hand-over in early 2024 (months approximate).
  person(
    "nikolenko",
    "Oleg Nikolenko",
    ["Oleg Nikolenko", "Oleh Nikolenko", "Nikolenko"],
    term("UA", "Foreign Ministry spokesman", "2020-03", "2024-03", titles(T.uaMfaSpox)),
  ),
  person(
    "tykhyi",
    "Heorhii Tykhyi",
    ["Heorhii Tykhyi", "Heorhiy Tykhyi", "Georgii Tykhyi", "Heorhiy Tykhy", "Tykhyi", "Tykhy"],
    term("UA", "Foreign Ministry spokesman", "2024-02", null, titles(T.uaMfaSpox)),
  ),
  person(
    "nykyforov",
    "Serhiy Nykyforov",
    ["Serhiy Nykyforov", "Sergii Nykyforov", "Nykyforov"],
    term("UA", "Presidential press secretary", "2019-06"),
  ),
  person(
    "zhovkva",
    "Ihor Zhovkva",
    ["Ihor Zhovkva", "Igor Zhovkva", "Zhovkva"],
    term("UA", "Deputy head of the Presidential Office", "2019-06"),
  ),
  // Digital minister, then defence minister in the January 2026 reshuffle (month precision).
  person(
    "fedorov",
    "Mykhailo Fedorov",
    ["Mykhailo Fedorov", "Mykhaylo Fedorov"],
    term("UA", "Minister of Digital Transformation", "2019-08-29", "2026-01"),
    term("UA", "Defence Minister", "2026-01", null, titles(T.uaDefence)),
  ),
  // registry7: the deputy defence minister who briefed on the front until her dismissal in
  // September 2023 (in office throughout 2022; start left open), and the infrastructure minister of
  // the grain corridor, deputy prime minister for restoration until May 2024.
  person(
    "maliar",
    "Hanna Maliar",
    ["Hanna Maliar", "Hanna Malyar", "Anna Malyar", "Maliar", "Malyar"],
    term("UA", "Deputy Defence Minister", null, "2023-09-18"),
  ),
  person(
    "kubrakov",
    "Oleksandr Kubrakov",
    ["Oleksandr Kubrakov", "Kubrakov"],
    term("UA", "Infrastructure Minister, then Deputy Prime Minister for Restoration", "2022-05", "2024-05-09"),
  ),
  // holders23: Ukrainian office holders quoted in the readable sets. Kostin, prosecutor general from
  // July 2022 until his resignation in October 2025 (month precision; full name only: "Andrei Kostin"
  // of VTB is another man); Halushchenko, energy minister
  // from April 2021, justice minister in the July 2025 government until his dismissal in November
  // 2025 (month precision); Solskyi, agriculture minister from March 2022 until his dismissal in May
  // 2024. Diplomats of the foreign ministry throughout (start left open, as for Melnyk): Betsa, a
  // deputy foreign minister in 2025; Tsymbaliuk, permanent representative to the OSCE; Filipenko,
  // permanent representative in Geneva; Yurash, ambassador to the Holy See. Usov, secretary of the
  // Coordination Headquarters for the Treatment of Prisoners of War (a state body from March 2022;
  // his start left open).
  person(
    "kostin",
    "Andriy Kostin",
    ["Andriy Kostin", "Andrii Kostin"],
    term("UA", "Prosecutor General", "2022-07-27", "2025-10"),
  ),
  person(
    "halushchenko",
    "Herman Halushchenko",
    ["Herman Halushchenko", "German Galushchenko", "German Halushchenko", "Halushchenko", "Galushchenko"],
    term("UA", "Energy Minister", "2021-04-29", "2025-07-17"),
    term("UA", "Justice Minister", "2025-07-17", "2025-11"),
  ),
  person(
    "solskyi",
    "Mykola Solskyi",
    ["Mykola Solskyi", "Mykola Solsky", "Solskyi"],
    term("UA", "Agriculture Minister", "2022-03-24", "2024-05-09"),
  ),
  person(
    "betsa",
    "Mariana Betsa",
    ["Mariana Betsa", "Maryana Betsa", "Betsa"],
    term("UA", "Diplomat; deputy foreign minister", null),
  ),
  person(
    "tsymbaliuk",
    "Yevhenii Tsymbaliuk",
    ["Yevhenii Tsymbaliuk", "Yevhen Tsymbaliuk", "Tsymbaliuk"],
    term("UA", "Diplomat; permanent representative to the OSCE", null),
  ),
  person(
    "filipenko",
    "Yevheniia Filipenko",
    ["Yevheniia Filipenko", "Yevhenia Filipenko", "Filipenko"],
    term("UA", "Diplomat; permanent representative to the UN in Geneva", null),
  ),
  person(
    "yurash",
    "Andrii Yurash",
    ["Andrii Yurash", "Andriy Yurash", "Yurash"],
    term("UA", "Ambassador to the Holy See", null),
  ),
  person(
    "usov",
    "Dmytro Usov",
    ["Dmytro Usov"],
    term("UA", "Secretary of the Coordination Headquarters for the Treatment of Prisoners of War", null),
  ),

  // ── Other parties: recognised so their words are never a tracked state's ─────────────────────
  {
    id: "EU",
    name: "European Union",
    kind: "bloc",
    aliases: ["European Union", "EU", "Brussels", "European Commission", "Europe", "Europeans"],
  },
  { id: "NATO", name: "NATO", kind: "bloc", aliases: ["NATO", "North Atlantic Treaty Organization", "Alliance"] },
  { id: "CN", name: "China", kind: "state", aliases: ["China", "Chinese", "Beijing"] },
  { id: "TR", name: "Turkey", kind: "state", aliases: ["Turkey", "Türkiye", "Turkiye", "Turkish", "Ankara"] },
  {
    id: "GB",
    name: "United Kingdom",
    kind: "state",
    aliases: ["United Kingdom", "UK", "Britain", "British", "London"],
  },
  { id: "FR", name: "France", kind: "state", aliases: ["France", "French", "Paris", "Élysée", "Elysee"] },
  { id: "DE", name: "Germany", kind: "state", aliases: ["Germany", "German", "Berlin"] },
  { id: "UN", name: "United Nations", kind: "institution", aliases: ["United Nations", "UN", "U.N."] },
  { id: "HU", name: "Hungary", kind: "state", aliases: ["Hungary", "Hungarian"] },
  { id: "BY", name: "Belarus", kind: "state", aliases: ["Belarus", "Belarusian", "Minsk"] },
  { id: "IN", name: "India", kind: "state", aliases: ["India", "Indian"] },
  { id: "RS", name: "Serbia", kind: "state", aliases: ["Serbia", "Serbian", "Belgrade"] },
  { id: "IL", name: "Israel", kind: "state", aliases: ["Israel", "Israeli"] },
  {
    id: "US-CONGRESS",
    name: "US Congress",
    kind: "institution",
    aliases: [
      "Senate",
      "US Senate",
      "U.S. Senate",
      "Congress",
      "House of Representatives",
      "senators",
      "senator",
      "Senator",
      "Senators",
      "lawmakers",
      "congressman",
      "Congressman",
      "congresswoman",
      "Congresswoman",
    ],
  },
  // Intelligence assessments are not the administration's stated position.
  {
    id: "US-INTEL",
    name: "US intelligence",
    kind: "institution",
    aliases: [
      "US intelligence",
      "U.S. intelligence",
      "American intelligence",
      "CIA",
      "Central Intelligence Agency",
      "Director of National Intelligence",
    ],
  },
  // Legislatures: a speaker or a committee head is not the government.
  {
    id: "RU-PARLIAMENT",
    name: "Russian parliament",
    kind: "institution",
    aliases: ["State Duma", "Duma", "Federation Council"],
  },
  { id: "UA-PARLIAMENT", name: "Ukrainian parliament", kind: "institution", aliases: ["Verkhovna Rada", "Rada"] },
  {
    id: "ISW",
    name: "Institute for the Study of War",
    kind: "organization",
    aliases: ["Institute for the Study of War", "ISW"],
  },
  // Think tanks and pollsters, several named after a state ("Russian International Affairs Council").
  {
    id: "RESEARCH",
    name: "Think tanks and pollsters",
    kind: "organization",
    aliases: [
      "Russian International Affairs Council",
      "Russian Council on Foreign and Defense Policy",
      "Valdai Discussion Club",
      "Valdai Club",
      "Carnegie Endowment",
      "Carnegie Russia Eurasia Center",
      "Carnegie Moscow Center",
      "Chatham House",
      "Royal United Services Institute",
      "RUSI",
      "Atlantic Council",
      "Council on Foreign Relations",
      "American Enterprise Institute",
      "Brookings Institution",
      "Heritage Foundation",
      "Quincy Institute",
      "RAND Corporation",
      "Levada Center",
      "Levada Centre",
      "Kyiv International Institute of Sociology",
      "Razumkov Centre",
      "Razumkov Center",
      "Ukrainian Institute for the Future",
      "New Europe Center",
    ],
  },
  // News outlets and schools named after a capital or a state ("The Kyiv Independent said Ukraine
  // needs shells"): what they write or say is theirs, never the state's. State-run outlets included:
  // a news agency reporting is not the government stating.
  {
    id: "MEDIA",
    name: "News outlets and schools",
    kind: "organization",
    aliases: [
      "Washington Post",
      "Washington Times",
      "Washington Examiner",
      "Washington Free Beacon",
      "New York Times",
      "Wall Street Journal",
      "Voice of America",
      "Radio Free Europe",
      "Radio Liberty",
      "Kyiv Independent",
      "Kyiv Post",
      "Kiev Post",
      "Ukrainska Pravda",
      "Ukrainian Pravda",
      "Ukrinform",
      "Moscow Times",
      "Russia Today",
      "RT",
      "TASS",
      "RIA Novosti",
      "RIA",
      "Interfax",
      "Interfax-Ukraine",
      "Kommersant",
      "Izvestia",
      "Komsomolskaya Pravda",
      "Novaya Gazeta",
      "Meduza",
      "Kyiv School of Economics",
      "Kyiv-Mohyla Academy",
      "Moscow State University",
      "Moscow State Institute of International Relations",
      "MGIMO",
      "American University",
      "America First",
    ],
  },
  // The aircraft maker and its airfield near Kyiv, so that "Antonov airport" is not the ambassador.
  {
    id: "ANTONOV-CO",
    name: "Antonov (aircraft maker)",
    kind: "organization",
    aliases: [
      "Antonov airport",
      "Antonov Airport",
      "Antonov airfield",
      "Antonov International Airport",
      "Antonov An-225",
    ],
  },

  person(
    "graham",
    "Lindsey Graham",
    ["Lindsey Graham", "Linsey Graham", "Graham"],
    term("US-CONGRESS", "Senator", null),
  ),
  person(
    "blumenthal",
    "Richard Blumenthal",
    ["Richard Blumenthal", "Blumenthal"],
    term("US-CONGRESS", "Senator", null),
  ),
  person("dan-sullivan", "Dan Sullivan", ["Dan Sullivan"], term("US-CONGRESS", "Senator", null)),
  person("mike-johnson", "Mike Johnson", ["Mike Johnson"], term("US-CONGRESS", "Speaker of the House", "2023-10-25")),
  person(
    "mccarthy",
    "Kevin McCarthy",
    ["Kevin McCarthy", "McCarthy"],
    term("US-CONGRESS", "Speaker of the House", "2023-01-07", "2023-10-03"),
  ),
  person("schumer", "Chuck Schumer", ["Chuck Schumer", "Schumer"], term("US-CONGRESS", "Senate leader", null)),
  person("mcconnell", "Mitch McConnell", ["Mitch McConnell", "McConnell"], term("US-CONGRESS", "Senate leader", null)),
  person(
    "burns",
    "William Burns",
    ["William Burns", "Bill Burns", "Burns"],
    term("US-INTEL", "CIA Director", "2021-03-19", BIDEN_END),
  ),
  person(
    "haines",
    "Avril Haines",
    ["Avril Haines", "Haines"],
    term("US-INTEL", "Director of National Intelligence", "2021-01-21", BIDEN_END),
  ),
  person(
    "ratcliffe",
    "John Ratcliffe",
    ["John Ratcliffe", "Ratcliffe"],
    term("US-INTEL", "CIA Director", "2025-01-23"),
  ),
  person(
    "gabbard",
    "Tulsi Gabbard",
    ["Tulsi Gabbard", "Gabbard"],
    term("US-INTEL", "Director of National Intelligence", "2025-02-12"),
  ),
  person(
    "volodin",
    "Vyacheslav Volodin",
    ["Vyacheslav Volodin", "Volodin"],
    term("RU-PARLIAMENT", "Duma speaker", "2016-10-05"),
  ),
  person(
    "slutsky",
    "Leonid Slutsky",
    ["Leonid Slutsky", "Slutsky"],
    term("RU-PARLIAMENT", "Duma committee chair", null),
  ),
  person(
    "kosachev",
    "Konstantin Kosachev",
    ["Konstantin Kosachev", "Kosachev"],
    term("RU-PARLIAMENT", "Senator", null),
  ),
  person(
    "matviyenko",
    "Valentina Matviyenko",
    ["Valentina Matviyenko", "Matviyenko"],
    term("RU-PARLIAMENT", "Federation Council speaker", null),
  ),
  person(
    "stefanchuk",
    "Ruslan Stefanchuk",
    ["Ruslan Stefanchuk", "Stefanchuk"],
    term("UA-PARLIAMENT", "Speaker", "2021-10-08"),
  ),
  person("rutte", "Mark Rutte", ["Mark Rutte", "Rutte"], term("NATO", "Secretary General", "2024-10-01")),
  person(
    "stoltenberg",
    "Jens Stoltenberg",
    ["Jens Stoltenberg", "Stoltenberg"],
    term("NATO", "Secretary General", "2014-10-01", "2024-10-01"),
  ),
  person(
    "erdogan",
    "Recep Tayyip Erdogan",
    ["Recep Tayyip Erdogan", "Erdogan", "Erdoğan"],
    term("TR", "President", null),
  ),
  person("fidan", "Hakan Fidan", ["Hakan Fidan", "Fidan"], term("TR", "Foreign Minister", "2023-06-04")),
  person(
    "cavusoglu",
    "Mevlut Cavusoglu",
    ["Mevlut Cavusoglu", "Mevlüt Çavuşoğlu", "Cavusoglu", "Çavuşoğlu"],
    term("TR", "Foreign Minister", "2015-11-24", "2023-06-04"),
  ),
  person("xi", "Xi Jinping", ["Xi Jinping", "Xi"], term("CN", "President", null)),
  person("wang-yi", "Wang Yi", ["Wang Yi"], term("CN", "Foreign Minister", null)),
  person("macron", "Emmanuel Macron", ["Emmanuel Macron", "Macron"], term("FR", "President", null)),
  person("starmer", "Keir Starmer", ["Keir Starmer", "Starmer"], term("GB", "Prime Minister", "2024-07-05")),
  person("sunak", "Rishi Sunak", ["Rishi Sunak", "Sunak"], term("GB", "Prime Minister", "2022-10-25", "2024-07-05")),
  person(
    "boris-johnson",
    "Boris Johnson",
    ["Boris Johnson", "Johnson"],
    term("GB", "Prime Minister", "2019-07-24", "2022-09-06"),
  ),
  person(
    "truss",
    "Liz Truss",
    ["Liz Truss", "Truss"],
    term("GB", "Foreign Secretary, then Prime Minister", "2021-09-15", "2022-10-25"),
  ),
  person(
    "cleverly",
    "James Cleverly",
    ["James Cleverly", "Cleverly"],
    term("GB", "Foreign Secretary", "2022-09-06", "2023-11-13"),
  ),
  person(
    "cameron",
    "David Cameron",
    ["David Cameron", "Cameron"],
    term("GB", "Foreign Secretary", "2023-11-13", "2024-07-05"),
  ),
  person("lammy", "David Lammy", ["David Lammy", "Lammy"], term("GB", "Foreign Secretary", "2024-07-05", "2025-09")),
  person("wallace", "Ben Wallace", ["Ben Wallace"], term("GB", "Defence Secretary", "2019-07-24", "2023-08-31")),
  person("merz", "Friedrich Merz", ["Friedrich Merz", "Merz"], term("DE", "Chancellor", "2025-05-06")),
  person("scholz", "Olaf Scholz", ["Olaf Scholz", "Scholz"], term("DE", "Chancellor", "2021-12-08", "2025-05-06")),
  person("kallas", "Kaja Kallas", ["Kaja Kallas", "Kallas"], term("EU", "High Representative", "2024-12-01")),
  person(
    "borrell",
    "Josep Borrell",
    ["Josep Borrell", "Borrell"],
    term("EU", "High Representative", "2019-12-01", "2024-11-30"),
  ),
  person(
    "vonderleyen",
    "Ursula von der Leyen",
    ["Ursula von der Leyen", "von der Leyen"],
    term("EU", "Commission President", "2019-12-01"),
  ),
  person(
    "costa",
    "António Costa",
    ["António Costa", "Antonio Costa"],
    term("EU", "European Council President", "2024-12-01"),
  ),
  person(
    "michel",
    "Charles Michel",
    ["Charles Michel"],
    term("EU", "European Council President", "2019-12-01", "2024-11-30"),
  ),
  person(
    "guterres",
    "António Guterres",
    ["António Guterres", "Antonio Guterres", "Guterres"],
    term("UN", "Secretary-General", "2017-01-01"),
  ),
  person("grossi", "Rafael Grossi", ["Rafael Grossi", "Grossi"], term("UN", "IAEA Director General", "2019-12-03")),
  person(
    "orban",
    "Viktor Orban",
    ["Viktor Orban", "Viktor Orbán", "Orban", "Orbán"],
    term("HU", "Prime Minister", null),
  ),
  person(
    "lukashenko",
    "Alexander Lukashenko",
    ["Alexander Lukashenko", "Alyaksandr Lukashenka", "Lukashenko", "Lukashenka"],
    term("BY", "President", null),
  ),
  person(
    "vucic",
    "Aleksandar Vucic",
    ["Aleksandar Vucic", "Aleksandar Vučić", "Aleksandar Vucić", "Vucic", "Vučić", "Vucić"],
    term("RS", "President", null),
  ),
  person("modi", "Narendra Modi", ["Narendra Modi", "Modi"], term("IN", "Prime Minister", null)),
  person(
    "bennett",
    "Naftali Bennett",
    ["Naftali Bennett", "Bennett"],
    term("IL", "Prime Minister", "2021-06-13", "2022-06-30"),
  ),
  // Quoted in coverage but speaking for no tracked state: dissidents, warlords, analysts, namesakes.
  nobody("kasparov", "Garry Kasparov", ["Garry Kasparov", "Kasparov"]),
  nobody("navalny", "Alexei Navalny", ["Alexei Navalny", "Alexey Navalny", "Navalny"]),
  nobody("khodorkovsky", "Mikhail Khodorkovsky", ["Mikhail Khodorkovsky", "Khodorkovsky"]),
  nobody("kadyrov", "Ramzan Kadyrov", ["Ramzan Kadyrov", "Kadyrov"]),
  nobody("prigozhin", "Yevgeny Prigozhin", ["Yevgeny Prigozhin", "Yevgeniy Prigozhin", "Prigozhin"]),
  nobody("jamie-shea", "Jamie Shea", ["Jamie Shea"]),
  nobody("taras-kozak", "Taras Kozak", ["Taras Kozak"]),
  nobody("medvedchuk", "Viktor Medvedchuk", ["Viktor Medvedchuk", "Medvedchuk"]),
  nobody("lenin", "Vladimir Lenin", ["Vladimir Lenin", "Vladimir Ulyanov", "Lenin"]),
];

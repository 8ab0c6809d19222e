import { describe, expect, it } from "vitest";
import {
  type Actor,
  ActorRegistry,
  actorForPerson,
  defaultTaxonomy,
  officeHolderAt,
  officeTitles,
  personByName,
  termAt,
  termEnd,
  titleHolderAt,
  trackedActorAt,
} from "../src/index.js";

const { actors } = defaultTaxonomy();

describe("terms of office", () => {
  it("a month bound covers the whole month, leap years included", () => {
    expect(termEnd("2024-02")).toBe("2024-02-29");
    expect(termEnd("2023-02")).toBe("2023-02-28");
    expect(termEnd("2024-03")).toBe("2024-03-31");
    expect(termEnd("2024-03-05")).toBe("2024-03-05");
  });

  it("a small registry: the later office wins on a hand-over day, nobody outside every term", () => {
    const reg = ActorRegistry.parse([
      { id: "UA", name: "Ukraine", kind: "state", tracked: true },
      { id: "PARL", name: "Parliament", kind: "institution" },
      {
        id: "kestrel",
        name: "Ilona Kestrel",
        kind: "person",
        terms: [
          { affiliation: "PARL", role: "Member of parliament", from: "2019-08", to: "2022-03-01" },
          { affiliation: "UA", role: "Defence minister", from: "2022-03-01", to: "2023-09" },
          { affiliation: "UA", role: "Envoy", from: "2024-02-10" },
        ],
      },
    ]) as Actor[];
    const kestrel = reg[2] as Actor;
    expect(termAt(kestrel, "2021-01-01")?.role).toBe("Member of parliament");
    expect(termAt(kestrel, "2022-03-01")?.role).toBe("Defence minister");
    expect(termAt(kestrel, "2023-09-30")?.role).toBe("Defence minister");
    expect(termAt(kestrel, "2023-10-01")).toBeNull();
    expect(termAt(kestrel, "2019-07-31")).toBeNull();
    expect(trackedActorAt(reg, "kestrel", "2021-01-01")).toBeNull();
    expect(trackedActorAt(reg, "kestrel", "2022-06-01")).toBe("UA");
    expect(trackedActorAt(reg, "kestrel", "2024-01-01")).toBeNull();
    expect(trackedActorAt(reg, "kestrel", "2026-01-01")).toBe("UA");
    // Unknown day: only the office still held counts.
    expect(termAt(kestrel, null)?.role).toBe("Envoy");
  });

  it("an entry written without terms keeps its affiliation and validFrom/validTo", () => {
    const reg = ActorRegistry.parse([
      { id: "RU", name: "Russia", kind: "state", tracked: true },
      {
        id: "envoy",
        name: "Old Envoy",
        kind: "person",
        affiliation: "RU",
        validFrom: "2020-01-01",
        validTo: "2022-12-31",
      },
    ]);
    expect(trackedActorAt(reg, "envoy", "2022-12-31")).toBe("RU");
    expect(trackedActorAt(reg, "envoy", "2023-01-01")).toBeNull();
    expect(trackedActorAt(reg, "envoy", null)).toBeNull();
  });
});

describe("the default registry", () => {
  // Who spoke for whom on which day, as a careful reader of the news would say.
  const cases: Array<[string, string, string | null]> = [
    ["Sergei Shoigu", "2023-03-14", "RU"], // defence minister
    ["Shoigu", "2025-02-01", "RU"], // Security Council secretary
    ["Andrei Belousov", "2024-06-01", "RU"],
    ["Joe Biden", "2024-12-01", "US"],
    ["Biden", "2025-03-01", null], // former president
    ["Donald Trump", "2023-06-01", null], // former president and candidate
    ["Trump", "2025-02-10", "US"],
    ["Kamala Harris", "2022-02-19", "US"],
    ["Harris", "2025-06-01", null],
    ["Antony Blinken", "2025-02-01", null],
    ["Marco Rubio", "2024-04-01", null], // a senator then
    ["Marco Rubio", "2025-04-01", "US"],
    ["JD Vance", "2024-06-01", null],
    ["J.D. Vance", "2025-02-14", "US"],
    ["Mike Waltz", "2025-03-01", "US"],
    ["Mike Waltz", "2025-07-01", null], // between two offices
    ["John Kirby", "2022-03-01", "US"],
    ["John Kirby", "2023-03-01", "US"],
    ["Jen Psaki", "2022-04-01", "US"],
    ["Jen Psaki", "2022-06-01", null],
    ["Victoria Nuland", "2024-03-20", "US"],
    ["Victoria Nuland", "2024-04-02", null],
    ["Oleksii Reznikov", "2023-05-01", "UA"],
    ["Reznikov", "2023-10-01", null],
    ["Rustem Umerov", "2024-01-01", "UA"],
    ["Dmytro Kuleba", "2024-10-01", null],
    ["Andrii Sybiha", "2024-10-01", "UA"],
    ["Valerii Zaluzhnyi", "2024-03-15", null], // between command and embassy
    ["Zaluzhny", "2023-01-01", "UA"],
    ["Vadym Prystaiko", "2023-09-01", null],
    ["Andriy Yermak", "2025-12-15", null],
    ["Zelenskyy", "2022-03-01", "UA"],
    ["Volodymyr Zelenskiy", "2025-08-01", "UA"],
    ["Mykhailo Podoliak", "2023-02-01", "UA"],
    ["Vladimir Putin", "2022-02-24", "RU"],
    ["Nebenzya", "2023-01-01", "RU"],
    ["Anatoly Antonov", "2025-01-10", null],
    ["Lindsey Graham", "2023-01-01", null], // a legislator
    ["Garry Kasparov", "2023-01-01", null], // a dissident
    ["Mike Pence", "2022-05-01", null],
    ["Jens Stoltenberg", "2023-01-01", null], // another party's official
    ["Nobody Known", "2023-01-01", null],
    // registry7: spellings in the news and officials added for 2022–2026.
    ["Andrii Sybiga", "2025-03-01", "UA"],
    ["Sybiga", "2025-03-01", "UA"],
    ["Serhii Kyslytsia", "2023-02-24", "UA"],
    ["Kyslytsia", "2025-06-01", "UA"], // first deputy foreign minister then
    ["Wołodymyr Zełenski", "2022-01-28", "UA"],
    ["Ławrow", "2022-01-28", "RU"],
    ["Heorhiy Tykhy", "2024-06-01", "UA"],
    ["Kurt Campbell", "2024-06-01", "US"],
    ["Kurt Campbell", "2025-06-01", null],
    ["Dan Caine", "2025-06-01", "US"],
    ["Dan Caine", "2024-06-01", null],
    ["Kingsley Wilson", "2025-06-01", "US"],
    ["Wally Adeyemo", "2023-02-24", "US"],
    ["Igor Konashenkov", "2022-03-01", "RU"],
    ["Sergei Naryshkin", "2024-01-01", "RU"],
    ["Anton Siluanov", "2022-04-01", "RU"],
    ["Surovikin", "2022-11-01", "RU"],
    ["Surovikin", "2023-10-01", null], // removed in August 2023
    ["Hanna Maliar", "2023-05-01", "UA"],
    ["Hanna Maliar", "2023-10-01", null], // dismissed in September 2023
    ["Oleksandr Kubrakov", "2023-07-20", "UA"],
    ["Kubrakov", "2024-06-01", null],
    ["Kyrylo Budanov", "2026-02-01", "UA"], // head of the Presidential Office
  ];
  it.each(cases)("%s on %s speaks for %s", (name, day, state) => {
    expect(actorForPerson(actors, name, day)).toBe(state);
  });

  it("an administration speaks for the state only while in office", () => {
    expect(trackedActorAt(actors, "biden-administration", "2024-05-01")).toBe("US");
    expect(trackedActorAt(actors, "biden-administration", "2025-05-01")).toBeNull();
    expect(trackedActorAt(actors, "trump-administration", "2023-05-01")).toBeNull();
    expect(trackedActorAt(actors, "trump-administration", "2025-05-01")).toBe("US");
  });

  it("names resolve with titles, accents and dots loosely", () => {
    expect(personByName(actors, "President Zelensky")?.id).toBe("zelensky");
    expect(personByName(actors, "former Secretary of State Antony Blinken")?.id).toBe("blinken");
    expect(personByName(actors, "mr  peskov")?.id).toBe("peskov");
    expect(personByName(actors, "Recep Tayyip Erdoğan")?.id).toBe("erdogan");
  });

  it("officeHolderAt names the office held that day", () => {
    const shoigu2023 = officeHolderAt(actors, "Shoigu", "2023-03-14");
    expect(shoigu2023?.term.role).toBe("Defence Minister");
    expect(shoigu2023?.state).toBe("RU");
    expect(officeHolderAt(actors, "Shoigu", "2024-06-01")?.term.role).toBe("Secretary of the Security Council");
    expect(officeHolderAt(actors, "Blinken", "2025-06-01")).toBeNull();
  });

  it("covers each tracked state with heads, ministers, spokespeople and envoys for 2022–2026", () => {
    const perState = new Map<string, number>();
    for (const a of actors) {
      if (a.kind !== "person") continue;
      const states = new Set(a.terms.map((t) => trackedActorAt(actors, t.affiliation, null)).filter(Boolean));
      for (const s of states) perState.set(s as string, (perState.get(s as string) ?? 0) + 1);
    }
    for (const s of ["US", "RU", "UA"]) expect(perState.get(s) ?? 0).toBeGreaterThanOrEqual(25);
    // Someone heads each state on every day of the period (no gap in the top office).
    for (const [state, heads] of [
      ["US", ["biden", "trump"]],
      ["RU", ["putin"]],
      ["UA", ["zelensky"]],
    ] as const) {
      for (let y = 2022; y <= 2026; y++) {
        for (const md of ["01-01", "01-20", "01-21", "06-30", "12-31"]) {
          const d = `${y}-${md}`;
          expect(
            heads.some((id) => trackedActorAt(actors, id, d) === state),
            `${state} head on ${d}`,
          ).toBe(true);
        }
      }
    }
  });

  // registry7: titles the news gives an office without its holder's name, resolved by the day.
  const holder = (title: string, day: string | null) => titleHolderAt(actors, title, day)?.actor?.id ?? null;
  it("the head of Ukraine's presidential office: Yermak in 2024, nobody named between, Budanov in 2026", () => {
    expect(holder("head of Ukraine's presidential office", "2024-05-10")).toBe("yermak");
    expect(holder("the head of Ukraine’s Presidential Office", "2025-12-15")).toBeNull();
    expect(titleHolderAt(actors, "head of Ukraine's presidential office", "2025-12-15")?.state).toBe("UA");
    expect(holder("head of Ukraine's presidential office", "2026-02-10")).toBe("budanov");
    expect(holder("Zelensky's chief of staff", "2023-03-01")).toBe("yermak");
  });

  it("ministers' titles follow the hand-overs", () => {
    expect(holder("Ukraine's foreign minister", "2024-09-04")).toBe("kuleba");
    expect(holder("Ukraine's foreign minister", "2024-09-05")).toBe("sybiha");
    expect(holder("Ukraine's defence minister", "2023-01-10")).toBe("reznikov");
    expect(holder("Ukraine's defence minister", "2024-01-10")).toBe("umerov");
    expect(holder("Ukraine's defence minister", "2025-09-10")).toBe("shmyhal");
    // A hand-over known only to the month: that month neither is named.
    expect(holder("Ukraine's defence minister", "2026-01-20")).toBeNull();
    expect(holder("Ukraine's defence minister", "2026-03-01")).toBe("fedorov");
    expect(holder("Russia's defence minister", "2023-03-01")).toBe("shoigu");
    expect(holder("Russian defence minister", "2024-06-01")).toBe("belousov");
    expect(holder("US secretary of state", "2024-06-01")).toBe("blinken");
    expect(holder("US secretary of state", "2025-06-01")).toBe("rubio");
    expect(holder("White House press secretary", "2022-04-01")).toBe("psaki");
    expect(holder("White House press secretary", "2023-04-01")).toBe("jean-pierre");
    expect(holder("White House press secretary", "2025-04-01")).toBe("leavitt");
    expect(holder("Kremlin spokesman", "2022-03-01")).toBe("peskov");
    expect(holder("US national security adviser", "2024-02-01")).toBe("sullivan");
    expect(holder("US national security adviser", "2025-03-01")).toBe("waltz");
    expect(holder("US national security adviser", "2025-08-01")).toBeNull(); // Rubio acting, beside his office
    expect(holder("US ambassador to the UN", "2023-02-01")).toBe("thomas-greenfield");
    expect(holder("US ambassador to the UN", "2025-10-01")).toBe("waltz");
    expect(holder("Army secretary", "2025-11-25")).toBe("driscoll");
    expect(holder("Ukraine's chief negotiator", "2025-12-01")).toBe("umerov");
    expect(holder("Ukraine's chief negotiator", "2022-03-01")).toBeNull();
    expect(titleHolderAt(actors, "Ukraine's chief negotiator", "2022-03-01")?.state).toBe("UA");
    expect(titleHolderAt(actors, "foreign minister", "2024-01-01")).toBeNull(); // whose? not a title
  });

  it("every title names one state's office, and no title is also a person's alias", () => {
    const aliases = new Set(actors.flatMap((a) => [a.name, ...a.aliases]));
    for (const title of officeTitles(actors)) {
      expect(aliases.has(title), title).toBe(false);
      const states = new Set(
        actors.flatMap((a) => a.terms.filter((t) => t.titles.includes(title)).map((t) => t.affiliation)),
      );
      expect([...states], title).toHaveLength(1);
    }
  });

  it("every person's terms are in order and do not overlap except on a hand-over day", () => {
    for (const a of actors) {
      for (let i = 1; i < a.terms.length; i++) {
        const prev = a.terms[i - 1];
        const cur = a.terms[i];
        expect(prev?.to, `${a.id} term ${i - 1} is closed`).not.toBeNull();
        expect((cur?.from ?? "") >= (prev?.to ?? "").slice(0, (cur?.from ?? "").length), `${a.id} term ${i}`).toBe(
          true,
        );
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import {
  type Actor,
  ActorRegistry,
  actorForPerson,
  defaultTaxonomy,
  officeHolderAt,
  personByName,
  termAt,
  termEnd,
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

import type { Actor, Term } from "./actor.js";

/**
 * Who speaks for whom on a given day: pure lookups over an actor registry's terms of office.
 * "Former Secretary of State Blinken said" in 2025 is nobody's position, and "Shoigu" in 2023 is
 * Russia's defence minister, so every answer depends on the day.
 */

/** The office a person held on a day, and the tracked state it speaks for (null if none). */
export interface OfficeHolding {
  actor: Actor;
  term: Term;
  /** The tracked actor (US, RU, UA …) the office speaks for, or null (a senator, the EU …). */
  state: string | null;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** First day a term bound covers: `2024-03` starts on `2024-03-01`. */
export function termStart(date: string): string {
  return date.length === 7 ? `${date}-01` : date;
}

/** Last day a term bound covers: `2024-02` ends on `2024-02-29` in a leap year, else the 28th. */
export function termEnd(date: string): string {
  if (date.length !== 7) return date;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
  return `${date}-${String(last).padStart(2, "0")}`;
}

/**
 * A person's offices: their `terms`, or for a registry entry written without terms, the one office
 * its `affiliation`/`validFrom`/`validTo` describe. Empty for actors that speak for themselves.
 */
export function officesOf(actor: Actor): readonly Term[] {
  if (actor.terms.length > 0) return actor.terms;
  if (!actor.affiliation) return [];
  return [
    {
      affiliation: actor.affiliation,
      role: actor.role ?? actor.kind,
      from: actor.validFrom,
      to: actor.validTo,
      titles: [],
    },
  ];
}

/**
 * The term an actor held on `day` (YYYY-MM-DD), or null outside all of them. With an unknown day
 * (null) only an open-ended term counts: the registry's current office holder, never a past one.
 */
export function termAt(actor: Actor, day: string | null): Term | null {
  const terms = officesOf(actor);
  // Later terms first: on a hand-over day ("until 2024-05-12", "from 2024-05-12") the new office wins.
  for (let i = terms.length - 1; i >= 0; i--) {
    const t = terms[i] as Term;
    if (day === null) {
      if (t.to === null) return t;
      continue;
    }
    if (t.from && day < termStart(t.from)) continue;
    if (t.to && day > termEnd(t.to)) continue;
    return t;
  }
  return null;
}

/** Index a registry once by id; lookups below accept either the list or this map. */
export type ActorsById = ReadonlyMap<string, Actor>;

const byIdCache = new WeakMap<readonly Actor[], ActorsById>();
function byIdOf(actors: readonly Actor[] | ActorsById): ActorsById {
  if (!Array.isArray(actors)) return actors as ActorsById;
  const list = actors as readonly Actor[];
  let map = byIdCache.get(list);
  if (!map) {
    map = new Map(list.map((a) => [a.id, a]));
    byIdCache.set(list, map);
  }
  return map;
}

/**
 * The tracked actor that `actorId` speaks for on `day`: a tracked state itself, or a person or
 * institution in office for one (following at most three affiliations). Null for everyone else:
 * other states, blocs, legislators, analysts, and officials outside their terms.
 */
export function trackedActorAt(
  actors: readonly Actor[] | ActorsById,
  actorId: string | null,
  day: string | null,
): string | null {
  const byId = byIdOf(actors);
  let actor = actorId ? byId.get(actorId) : undefined;
  for (let hops = 0; actor && hops < 4; hops++) {
    if (actor.tracked) return actor.id;
    if (officesOf(actor).length === 0) return null;
    const term = termAt(actor, day);
    if (!term) return null;
    actor = byId.get(term.affiliation);
  }
  return null;
}

/** Names compared loosely: case, accents, dots and spacing do not matter ("J.D. Vance" = "JD Vance"). */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’']/g, "'")
    .replace(/[.\s]+/g, " ")
    .trim()
    .toLowerCase();
}

// Titles a caller may leave on a name ("President Zelensky", "Mr Peskov").
const TITLES =
  /^(?:(?:former|ex-|then-|acting|deputy|first|us|u s|russian|ukrainian|president|prime minister|vice president|vice-president|foreign minister|defen[cs]e minister|secretary of state|secretary of defen[cs]e|secretary|minister|ambassador|envoy|special envoy|spokesman|spokeswoman|spokesperson|senator|sen|gen|general|mr|mrs|ms|dr)\s+)+/;

const byNameCache = new WeakMap<readonly Actor[], ReadonlyMap<string, Actor>>();
function byNameOf(actors: readonly Actor[]): ReadonlyMap<string, Actor> {
  let map = byNameCache.get(actors);
  if (!map) {
    const m = new Map<string, Actor>();
    for (const a of actors) {
      if (a.kind !== "person") continue;
      // The first person to claim a name keeps it, as in the extractor's alias index.
      for (const alias of [a.name, ...a.aliases]) {
        const key = normaliseName(alias);
        if (!m.has(key)) m.set(key, a);
      }
    }
    map = m;
    byNameCache.set(actors, map);
  }
  return map;
}

/** The registry person a name refers to (any listed spelling, with or without a title), or null. */
export function personByName(actors: readonly Actor[], name: string): Actor | null {
  const byName = byNameOf(actors);
  const key = normaliseName(name);
  return byName.get(key) ?? byName.get(key.replace(TITLES, "")) ?? null;
}

/**
 * The office the named person held on `day` and the tracked state it speaks for; null when the
 * name is unknown or the person held no office that day ("former", not yet appointed).
 */
export function officeHolderAt(actors: readonly Actor[], name: string, day: string | null): OfficeHolding | null {
  const actor = personByName(actors, name);
  if (!actor) return null;
  const term = termAt(actor, day);
  if (!term) return null;
  return { actor, term, state: trackedActorAt(actors, actor.id, day) };
}

/** The tracked state (US, RU, UA …) the named person spoke for on `day`, or null. */
export function actorForPerson(actors: readonly Actor[], name: string, day: string | null): string | null {
  return officeHolderAt(actors, name, day)?.state ?? null;
}

/** An office's title ("the Kremlin spokesman") compared loosely, without a leading article. */
export function normaliseTitle(title: string): string {
  return normaliseName(title).replace(/^the\s+/, "");
}

/** A title's holder on a day, or, when nobody held it that day, the state the office speaks for. */
export interface TitleHolding {
  /** The person holding the office that day, or null between two holders. */
  actor: Actor | null;
  term: Term | null;
  /** The tracked state the office speaks for (from its holders' terms), or null. */
  state: string | null;
}

const titleCache = new WeakMap<readonly Actor[], ReadonlyMap<string, Array<{ actor: Actor; term: Term }>>>();
function byTitleOf(actors: readonly Actor[]): ReadonlyMap<string, Array<{ actor: Actor; term: Term }>> {
  let map = titleCache.get(actors);
  if (!map) {
    const m = new Map<string, Array<{ actor: Actor; term: Term }>>();
    for (const actor of actors) {
      for (const term of actor.terms) {
        for (const title of term.titles ?? []) {
          const key = normaliseTitle(title);
          m.set(key, [...(m.get(key) ?? []), { actor, term }]);
        }
      }
    }
    map = m;
    titleCache.set(actors, map);
  }
  return map;
}

/** Every office title the registry lists, as written there (for building a matcher). */
export function officeTitles(actors: readonly Actor[]): string[] {
  return [...new Set(actors.flatMap((a) => a.terms.flatMap((t) => t.titles ?? [])))];
}

/**
 * Who "the head of Ukraine's presidential office" was on `day`: the person whose term lists the
 * title and covers the day (the latest to start, on a hand-over day), with the state the office
 * speaks for. Between two holders (or with an unknown day and no open term) the actor is null but
 * the office still speaks for its state. Null for a title the registry does not list.
 */
export function titleHolderAt(actors: readonly Actor[], title: string, day: string | null): TitleHolding | null {
  const holders = byTitleOf(actors).get(normaliseTitle(title));
  if (!holders || holders.length === 0) return null;
  const covering = holders.filter((h) =>
    day === null
      ? h.term.to === null
      : !(h.term.from !== null && day < termStart(h.term.from)) && !(h.term.to !== null && day > termEnd(h.term.to)),
  );
  let best: { actor: Actor; term: Term } | null = null;
  for (const h of covering) {
    if (!best || termStart(h.term.from ?? "0000-01") > termStart(best.term.from ?? "0000-01")) best = h;
  }
  // A hand-over known only to the month ("to 2026-01", "from 2026-01"): in that month either of the
  // two may have held the office, so neither is named; a hand-over day names the newcomer.
  const handOverMonth = covering.some(
    (h) => best && h.actor.id !== best.actor.id && (h.term.to?.length === 7 || best.term.from?.length === 7),
  );
  if (handOverMonth) best = null;
  const office = best ?? (holders[holders.length - 1] as { actor: Actor; term: Term });
  const state = trackedActorAt(actors, office.term.affiliation, null);
  return { actor: best?.actor ?? null, term: best?.term ?? null, state };
}

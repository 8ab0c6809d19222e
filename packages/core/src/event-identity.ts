import type { DateRef, Event } from "@stancewatch/schema";

/**
 * Events reported again in another article: how a store finds, among stored events, the one an
 * incoming event is (the store queries with `storedDateRange` and decides with
 * `isSameEventAcrossArticles`).
 */

const DAY_MS = 86_400_000;

/**
 * Whether two dates can name the same happening: two days at most one day apart (reports straddle
 * midnight and time zones), two equal months, or a day inside the month. Unknown dates never match:
 * without a date, "talks" in one article and "talks" in another may be months apart.
 */
export function datesCompatible(a: DateRef, b: DateRef): boolean {
  if (a.value === null || b.value === null) return false;
  if (a.precision === "day" && b.precision === "day") {
    return Math.abs(Date.parse(a.value) - Date.parse(b.value)) <= DAY_MS;
  }
  if (a.precision === "month" && b.precision === "month") return a.value === b.value;
  const [day, month] = a.precision === "day" ? [a.value, b.value] : [b.value, a.value];
  return day.startsWith(`${month}-`);
}

/** Whether the two events share at least one actor. */
export function actorsOverlap(a: readonly string[], b: readonly string[]): boolean {
  return a.some((actor) => b.includes(actor));
}

/**
 * Cross-article event identity: true when `incoming` (from the article being saved) reports the same
 * event as `stored` (from earlier articles): same type, compatible dates and at least one shared
 * actor. The same event in several articles is then one Event with several evidence items. Not to be
 * confused with ingest's in-article merge (`extract/events.ts`), which folds mentions within one text.
 */
export function isSameEventAcrossArticles(
  stored: Pick<Event, "type" | "date"> & { actorIds: readonly string[] },
  incoming: Pick<Event, "type" | "date" | "actors">,
): boolean {
  return (
    stored.type === incoming.type &&
    datesCompatible(stored.date, incoming.date) &&
    actorsOverlap(
      stored.actorIds,
      incoming.actors.map((a) => a.actor),
    )
  );
}

/**
 * Stored date values an event dated `value` may match (inclusive bounds): neighbouring days, or the
 * days of a month. A store also asks for events stored with the bare month (`monthOf(value)`).
 */
export function storedDateRange(value: string): [string, string] {
  if (value.length === 7) return [`${value}-01`, `${value}-31`];
  const t = Date.parse(value);
  return [new Date(t - DAY_MS).toISOString().slice(0, 10), new Date(t + DAY_MS).toISOString().slice(0, 10)];
}

export function monthOf(value: string): string {
  return value.slice(0, 7);
}

/**
 * The day an event is listed under: its own date when day-precise, else the reporting article's
 * publication day ("talks this week" reported on 2025-06-03), else none: an undated article gives its
 * undated events no day (never its fetch day).
 */
export function eventDay(event: Pick<Event, "date">, articleDay: string | null): string | null {
  return event.date.precision === "day" && event.date.value ? event.date.value : articleDay;
}

/** The event's actor ids, distinct and sorted: what identity compares and what a store keeps. */
export function eventActorIds(event: Pick<Event, "actors">): string[] {
  return [...new Set(event.actors.map((a) => a.actor))].sort();
}

import type { DateRef, Event } from "@stancewatch/schema";

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
 * True when `incoming` reports the same event as `stored`: same type, compatible dates and at least
 * one shared actor. The same event in several articles is then one Event with several evidence items.
 */
export function isSameEvent(
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

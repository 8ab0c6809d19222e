/** English month names, and the one reading of "Feb.", "Sept" or "February" that datelines and statements share. */
export const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** 0-based month of a name or abbreviation ("Feb." → 1, "Sept" → 8), or -1 when it is not one. */
export function monthIndex(word: string): number {
  const key = word.toLowerCase().replace(".", "").slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.startsWith(key));
}

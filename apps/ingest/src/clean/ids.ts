import { createHash } from "node:crypto";

export const sha256Hex = (s: string): string => createHash("sha256").update(s).digest("hex");

/** A stable article id from its canonical URL: the same URL always gives the same id. */
export function articleIdFor(canonicalUrl: string): string {
  return `a_${sha256Hex(canonicalUrl).slice(0, 16)}`;
}

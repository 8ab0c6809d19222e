import { createHash } from "node:crypto";

/**
 * Stable ids: derived from what they name, so re-extracting an article yields the same ids and a
 * re-save replaces rows instead of adding them.
 */

/** `prefix_` + 16 hex digits of the SHA-1 of the parts (e.g. `stableId("pos", "a_1f…", "UA|ceasefire|…")`). */
export function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}_${createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 16)}`;
}

/**
 * The position-id rule: a position's id is derived from its article's id and the position's key, so
 * two articles never share one. A store refuses a position whose id another article already owns.
 */
export function positionId(articleId: string, key: string): string {
  return stableId("pos", articleId, key);
}

/** Why a position id cannot be stored for `articleId` (another article owns it), or null. */
export function positionIdConflict(positionId: string, articleId: string, owner: string | null): string | null {
  if (owner === null || owner === articleId) return null;
  return `position id ${JSON.stringify(positionId)} of article ${JSON.stringify(articleId)} is already used by article ${JSON.stringify(owner)} (position ids must be unique, e.g. derived from the article id)`;
}

/**
 * How two recipient addresses are compared, for the send log and for duplicates in the list. The
 * domain is case-insensitive by definition (RFC 5321 §2.4), so "Ana@Example.ORG" after
 * "ana@example.org" is the same mailbox and must not get the week's briefing twice. The local part
 * may be case-sensitive by the standard but practically never is; `localPartCase` says which to use.
 * Pure.
 */
import { domainToASCII } from "node:url";

export type LocalPartCase = "insensitive" | "sensitive";

/** `Ana@Example.ORG` → `ana@example.org` (local part kept as written when `sensitive`). */
export function addressKey(email: string, localPartCase: LocalPartCase = "insensitive"): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf("@");
  if (at <= 0) return localPartCase === "sensitive" ? trimmed : trimmed.toLowerCase();
  const local = trimmed.slice(0, at);
  const domainRaw = trimmed.slice(at + 1);
  // IDN: "bücher.example" and "xn--bcher-kva.example" are one domain; domainToASCII also lower-cases.
  const domain = domainToASCII(domainRaw) || domainRaw.toLowerCase();
  return `${localPartCase === "sensitive" ? local : local.toLowerCase()}@${domain}`;
}

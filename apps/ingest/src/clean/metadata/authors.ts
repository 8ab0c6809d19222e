import { dateInText } from "./dates.js";

const PREFIX =
  /^(?:(?:written|posted|reported|text|story|words|photos?)\s+)?(?:by|par|von|por|di|door|av|od|от|автор)\s*[:\-–—]?\s+/iu;
const NOT_NAME =
  /^(?:by|staff|admin|administrator|editor|editors|unknown|anonymous|guest|follow(?: author)?|more|share|null|none|undefined|author)$/i;

/** A job title after a name ("Ben Silverman Games Editor"): not part of the name. */
const ROLE =
  /(?:\s*[,-]\s*|\s+)(?:(?:senior|chief|deputy|managing|executive|staff|contributing|political|foreign|games|news|business|science|tech(?:nology)?|health|sports?|culture|associate)\s+)*(?:editor|correspondent|reporter|writer|contributor|columnist|producer|analyst)s?$/i;

const ROLE_ONLY =
  /^(?:(?:senior|chief|deputy|managing|executive|staff|contributing|political|foreign|games|news|business|science|tech(?:nology)?|health|sports?|culture|associate)\s*)+$/i;

/**
 * Splits a byline into author names: drops a leading "By", trailing dates and roles, splits on
 * "and", "&" and commas, and rejects what cannot be a name (a URL, a date, "By" alone, a sentence).
 */
export function authorNames(raw: string | null | undefined): string[] {
  if (!raw) return [];
  let s = raw.replace(/\s+/g, " ").trim();
  if (!s || /^https?:\/\//i.test(s)) return [];
  s = s.replace(PREFIX, "");
  // A date or "Updated …" glued to the byline ends it.
  const cut = s.search(
    /\s*(?:\||•|·|—|–|\b[Uu]pdated\b|\b[Pp]ublished\b|\b[Pp]osted\b|\b[Ll]ast [Uu]pdated\b|\d{1,2}:\d{2}|\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})/,
  );
  if (cut === 0) return [];
  if (cut > 0) s = s.slice(0, cut);
  const parts = s
    // "&" joins two people ("Mara Voss & Tomas Lind"), not the parts of one name ("Mac & i").
    .split(/\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|\bи\b)\s*|\s+&\s+(?=\S+\s+\S)/i)
    .map((p) =>
      p
        .replace(PREFIX, "")
        .replace(/^[\s"'“”]+|[\s"'“”.,:|·•–—-]+$/g, "")
        .replace(ROLE, ""),
    )
    .filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    if (NOT_NAME.test(p) || p.length < 2 || p.length > 60) continue;
    // A degree ("MA", "PhD") or a bare job title left over from "Name, Senior Correspondent".
    if (/^(?:[A-Z]{1,4}|Ph\.?D\.?|M\.?D\.?)$/.test(p) || ROLE.test(` ${p}`) || ROLE_ONLY.test(p)) continue;
    if (/https?:|www\.|@|\d{3,}/i.test(p)) continue;
    if (dateInText(p)) continue;
    if (p.split(" ").length > 6) continue;
    if (!/\p{L}/u.test(p)) continue;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

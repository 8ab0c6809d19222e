import { dateInText } from "./dates.js";

const PREFIX =
  /^(?:(?:written|posted|reported|text|story|words|photos?)\s+)?(?:by|par|von|por|di|door|av|od|от|автор)\s*[:\-–—]?\s+/iu;
const NOT_NAME =
  /^(?:by|staff|admin|administrator|editor|editors|unknown|anonymous|guest|follow(?: author)?|more|share|null|none|undefined|author)$/i;

/** Link and button labels that sit where a byline goes ("Follow Author", "View profile", "More by"). */
const UI_LABEL =
  /^(?:follow|subscribe|contact|view|see|read|more|all|show|email|message)(?:\s+(?:the|all|more|author|authors|writer|profile|bio|posts?|articles?|stories|me|us|on|by|from|this))*$/i;

/** An unnamed desk rather than a person ("Our Foreign Staff", "From our correspondents"). */
const DESK = /^(?:(?:by|from)\s+)?our\b.*\b(?:staff|correspondents?|reporters?|team|desk)$/i;

/** Weekdays in English, French and German always end a name; in Spanish and Italian only before a date. */
const WEEKDAY =
  /(?<!\p{L})(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?!\p{L})|(?<!\p{L})(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)(?=,?\s*\d)/iu;

/** A second role after the writer ("Written by A Edited by B"): the names after it are not the writers. */
const OTHER_ROLE =
  /\s*\b(?:edited|reviewed|fact[- ]checked|illustrated|translated|photographed|produced|compiled|graphics|illustrations?|photos?|photography|video)\s+by\b/i;

/** A web address or e-mail in parentheses or angle brackets after a name: contact details, not the name. */
const CONTACT = /\s*[(<[]\s*(?:https?:\/\/|www\.|mailto:|[^\s()<>@]+@)[^)>\]]*[)>\]]/gi;

/** A job title after a name ("Orrin Vale Games Editor"): not part of the name. */
const ROLE =
  /(?:\s*[,-]\s*|\s+)(?:(?:senior|chief|deputy|managing|executive|staff|contributing|political|foreign|games|news|business|science|tech(?:nology)?|health|sports?|culture|associate)\s+)*(?:editor|correspondent|reporter|writer|contributor|columnist|producer|analyst)s?$/i;

const ROLE_ONLY =
  /^(?:(?:senior|chief|deputy|managing|executive|staff|contributing|political|foreign|games|news|business|science|tech(?:nology)?|health|sports?|culture|associate)\s*)+$/i;

const LATER_PREFIX = /\s(?:by|par|von|por|di|door|av|od)\s+(?=\p{Lu})/u;

/** Where the names of a byline end: at a separator, "Updated …", a time, a weekday or a date. */
function endOfNames(s: string): number {
  const at = s.search(
    /\s*(?:\||•|·|—|–|\b[Uu]pdated\b|\b[Pp]ublished\b|\b[Pp]osted\b|\b[Ll]ast [Uu]pdated\b|\d{1,2}:\d{2}|\b\d{1,2}\.?\s+\p{L}{3,9}\.?,?\s+\d{4}|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\b\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b)/u,
  );
  const day = s.search(WEEKDAY);
  if (day < 0) return at;
  const before = s.slice(0, day).replace(/[\s,]+$/, "").length;
  return at < 0 ? before : Math.min(at, before);
}

/**
 * Splits a byline into author names: drops a leading "By", trailing dates and roles, splits on
 * "and", "&" and commas, and rejects what cannot be a name (a URL, a date, "By" alone, a sentence).
 */
export function authorNames(raw: string | null | undefined): string[] {
  if (!raw) return [];
  let s = raw.replace(CONTACT, "").replace(/\s+/g, " ").trim();
  if (!s || /^https?:\/\//i.test(s)) return [];
  // Markup without spaces glues a name to the date after it ("Mara Voss22 May 2025").
  s = s.replace(/(\p{Ll})(\d)/gu, "$1 $2");
  s = s.replace(PREFIX, "");
  const role = s.search(OTHER_ROLE);
  if (role > 0) s = s.slice(0, role);
  let cut = endOfNames(s);
  if (cut === 0) {
    // A date first and the name after it ("Tuesday 3 June 2025 by Mara Voss").
    const later = LATER_PREFIX.exec(s);
    if (!later) return [];
    s = s.slice(later.index + later[0].length);
    cut = endOfNames(s);
    if (cut === 0) return [];
  }
  if (cut > 0) s = s.slice(0, cut);
  const parts = s
    // "&" joins two people ("Mara Voss & Tomas Lind"), not the parts of one name ("Mac & i").
    .split(/\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|\bи\b)\s*|\s+&\s+(?=\S+\s+\S)/i)
    .map((p) => p.replace(PREFIX, "").replace(/^[\s"'“”]+|[\s"'“”.,:|·•–—-]+$/g, ""))
    // Before the role is cut off: "From our correspondents" would otherwise leave "From our".
    .map((p) => (DESK.test(p) ? "" : p.replace(ROLE, "")))
    .filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    if (NOT_NAME.test(p) || UI_LABEL.test(p) || p.length < 2 || p.length > 60) continue;
    // Initials alone ("J J", "K.") are an avatar or a signature, not a name.
    if (p.split(" ").every((w) => /^\p{L}\.?$/u.test(w))) continue;
    // A degree ("MA", "PhD") or a bare job title left over from "Name, Senior Correspondent". An
    // agency's initials ("AFP") stand alone as the first part; a degree comes after a name.
    const degree = /^(?:Ph\.?D\.?|M\.?D\.?)$/.test(p) || (/^[A-Z]{1,4}$/.test(p) && (p !== parts[0] || p.length < 2));
    if (degree || ROLE.test(` ${p}`) || ROLE_ONLY.test(p)) continue;
    if (/https?:|www\.|@|\d{3,}/i.test(p)) continue;
    if (dateInText(p)) continue;
    if (p.split(" ").length > 6) continue;
    if (!/\p{L}/u.test(p)) continue;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

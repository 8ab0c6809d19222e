import type { ShiftKind, Stance } from "@stancewatch/schema";

/**
 * Noun phrases that make "supports …" / "opposes …" read as plain English for the default topics and
 * the four opt-in `extendedTopics` of `@stancewatch/schema`.
 * A topic another project brings falls back to its label.
 */
const TOPIC_OBJECTS: Readonly<Record<string, string>> = {
  ceasefire: "an immediate ceasefire",
  territory: "Ukraine ceding territory",
  sanctions: "more sanctions on Russia",
  security_guarantees: "Western security guarantees for Ukraine",
  foreign_troops: "foreign troops in Ukraine",
  negotiations: "direct negotiations",
  summit: "a leaders' summit",
  military_aid: "more military aid to Ukraine",
  neutrality: "Ukrainian neutrality outside NATO",
  prisoner_exchange: "prisoner exchanges",
  partial_ceasefire: "a local or humanitarian pause in the fighting",
  nuclear_weapons: "the threat or use of nuclear weapons",
  nato_posture: "more NATO forces on the alliance's eastern flank",
  guarantees_for_russia: "security guarantees for Russia",
};

/**
 * The noun phrase for "supports …": the topic's own `phrase` when the taxonomy gives one, a phrase
 * written for the default topics, else the label (so a config topic still reads as a sentence).
 */
export function topicObject(topic: string, label: string, phrase?: string | undefined): string {
  return phrase?.trim() || TOPIC_OBJECTS[topic] || label.toLowerCase();
}

/** "supports X", "opposes X", "supports X with conditions", "is undecided on X". */
export function stancePhrase(stance: Stance, object: string): string {
  switch (stance) {
    case "supports":
      return `supports ${object}`;
    case "opposes":
      return `opposes ${object}`;
    case "conditional":
      return `supports ${object} with conditions`;
    case "undecided":
      return `is undecided on ${object}`;
  }
}

/** "supporting it" etc., for "after opposing it on 12 May 2025". */
export function stanceGerund(stance: Stance): string {
  switch (stance) {
    case "supports":
      return "supporting it";
    case "opposes":
      return "opposing it";
    case "conditional":
      return "supporting it with conditions";
    case "undecided":
      return "being undecided";
  }
}

/** "opposes it", for "the Foreign Minister opposes it". */
function voicePhrase(stance: Stance): string {
  switch (stance) {
    case "supports":
      return "supports it";
    case "opposes":
      return "opposes it";
    case "conditional":
      return "supports it with conditions";
    case "undecided":
      return "is undecided";
  }
}

/** One word for a stance, for tables and cards. */
export function stanceWord(stance: Stance): string {
  switch (stance) {
    case "supports":
      return "Supports";
    case "opposes":
      return "Opposes";
    case "conditional":
      return "Conditional";
    case "undecided":
      return "Undecided";
  }
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2025-06-02` → `2 Jun 2025`; `2025-06` → `Jun 2025`. */
export function plainDate(day: string): string {
  const [y, m, d] = day.split("-");
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "United States" reads as "the United States" inside a sentence. */
export function actorSubject(name: string): string {
  return /^United\s/.test(name) ? `The ${name}` : name;
}

export interface SummaryInput {
  kind: ShiftKind;
  actorName: string;
  topic: string;
  topicLabel: string;
  topicPhrase?: string | undefined;
  /** Independent reports behind the settled stance (for `new` and `statement`). */
  reports?: number | undefined;
  stance: Stance;
  condition: string | null;
  previous: { stance: Stance; statedAt: string } | null;
  /** For `conflicting`: who said what, newest first. */
  voices: readonly { speaker: string | null; stance: Stance }[];
  /**
   * The week's other stances that do not contradict the settled one: a conditional beside an
   * unconditional stance ("supports a summit" and "would meet only if a deal is within reach").
   */
  alongside?: readonly { speaker: string | null; stance: Stance; condition: string | null }[] | undefined;
}

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/**
 * "Donald Trump also set a condition: only if a deal was within reach": a conditional stance beside
 * the settled one states its terms, and is said as such, never as a conflict.
 */
function alongsideClause(v: NonNullable<SummaryInput["alongside"]>[number], who: string): string {
  const speaker = v.speaker ?? `${who.replace(/^The /, "the ")} (as reported)`;
  switch (v.stance) {
    case "conditional":
      return v.condition
        ? `${speaker} also set a condition: ${clip(v.condition, 140)}`
        : `${speaker} also set conditions`;
    case "supports":
      return `${speaker} also backed it without conditions`;
    case "opposes":
      return `${speaker} also rejected it outright`;
    case "undecided":
      return `${speaker} also called it undecided`;
  }
}

/** One plain sentence saying what changed, used as the shift's summary and (for the top one) the subject. */
export function summarise(input: SummaryInput): string {
  const main = summariseKind(input);
  const alongside = input.kind === "conflicting" ? [] : (input.alongside ?? []);
  if (alongside.length === 0) return main;
  const who = actorSubject(input.actorName);
  return `${main.replace(/\.$/, "")}; ${alongside.map((v) => alongsideClause(v, who)).join("; ")}.`;
}

function summariseKind(input: SummaryInput): string {
  const who = actorSubject(input.actorName);
  const object = topicObject(input.topic, input.topicLabel, input.topicPhrase);
  const stated = stancePhrase(input.stance, object);
  // "now undecided on …" rather than "now is undecided on …".
  const now = stated.replace(/^is /, "");
  const before = input.previous
    ? `, after ${stanceGerund(input.previous.stance)} on ${plainDate(input.previous.statedAt)}`
    : "";
  switch (input.kind) {
    case "new":
      // Confirmed, but with no confirmed earlier stance to compare with: no claim that it is a change.
      return `${who} ${stated}.`;
    case "statement": {
      const n = input.reports ?? 1;
      const basis = n <= 1 ? "one report, not confirmed" : `${n} reports, not confirmed`;
      return `${who} ${stated} (${basis}).`;
    }
    case "reversed":
      return `${who} reversed: now ${now}${before}.`;
    case "toward_support":
      return `${who} moved toward support: now ${now}${before}.`;
    case "toward_opposition":
      return `${who} moved toward opposition: now ${now}${before}.`;
    case "condition_changed": {
      const terms = input.condition ? ` (${clip(input.condition, 140)})` : "";
      return `${who} changed its terms: now ${now}${terms}${before}.`;
    }
    case "reaffirmed":
      return `${who} reaffirmed that it ${stated}.`;
    case "conflicting": {
      const seen = new Set<string>();
      const voices = input.voices.filter((v) => {
        const key = `${v.speaker ?? ""}|${v.stance}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const said = voices
        .slice(0, 2)
        // A report without a named speaker is not "an official": say only that it was reported.
        .map((v) => `${v.speaker ?? `${who.replace(/^The /, "the ")} (as reported)`} ${voicePhrase(v.stance)}`)
        .join(", ");
      const rest = voices.length > 2 ? `, and ${voices.length - 2} more ${voices.length === 3 ? "view" : "views"}` : "";
      return `Conflicting statements from ${who.replace(/^The /, "the ")} on ${object}: ${said}${rest}.`;
    }
  }
}

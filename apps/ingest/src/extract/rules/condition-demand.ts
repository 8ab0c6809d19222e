import type { Stance } from "@stancewatch/schema";
import type { Analysis } from "../analysis.js";
import type { Rule } from "../engine.js";
import type { TopicCue } from "../topics.js";

/**
 * A condition Moscow sets on Kyiv for peace is Moscow's demand: "Putin said Russia would order a
 * ceasefire and start negotiations once Ukraine withdrew its troops from the Donetsk region and
 * abandoned its plans to join NATO" is Russia conditionally offering a ceasefire, and Russia wanting
 * the land and Ukraine's neutrality. The offer's own topic is read by the cue; this rule reads the
 * topics named inside its condition.
 */
export interface ConditionCtx {
  a: Analysis;
  si: number;
  /** The tracked state holding the conditional offer. */
  actor: string;
  /** The offer's topic (the cue's). */
  offered: string;
  /** The condition, as `conditionOf` gave it. */
  condition: string;
  /** The topics inside the condition that the rule turns into demands (filled by `conditionDemands`). */
  demanded: Array<{ topic: TopicCue; stance: Stance }>;
}

// What Moscow offers for its terms: a truce, talks, a leaders' meeting.
const OFFERS: ReadonlySet<string> = new Set(["ceasefire", "negotiations", "summit"]);
// What the terms may be about: the land and Ukraine's alliance (the demand is for the proposition).
const TERMS: ReadonlySet<string> = new Set(["territory", "neutrality"]);
// The condition's subject is Ukraine: "if Kyiv", "once Ukraine", "as soon as the Ukrainian forces".
const ON_UKRAINE =
  /^(?:if|once|when|as\s+soon\s+as|provided(?:\s+that)?|on\s+(?:the\s+)?condition\s+that|only\s+if|only\s+after|after)\s+(?:the\s+)?(?:Ukraine|Kyiv|Kiev|Kyiv\s+regime|Zelensky|(?:Ukrainian|Ukraine['’]s)\s+(?:forces|troops|army|armed\s+forces|side|authorities|leadership|government|units))\b/i;
// "once Ukraine refused to withdraw", "if Kyiv does not abandon": a condition on a refusal demands nothing.
const REFUSAL = /\b(?:not|never|no|refus\w*|reject\w*|fail\w*)\b|n['’]t\b/i;

function demandedIn(c: ConditionCtx): Array<{ topic: TopicCue; stance: Stance }> {
  const s = c.a.sentences[c.si];
  if (!s) return [];
  const at = c.a.text.indexOf(c.condition, s.start);
  if (at < 0 || at > s.end) return [];
  const end = at + c.condition.length;
  const out: Array<{ topic: TopicCue; stance: Stance }> = [];
  for (const t of c.a.topicsBySentence[c.si] ?? []) {
    if (t.start < at || t.end > end || !TERMS.has(t.topic) || t.inverse) continue;
    if (REFUSAL.test(c.a.text.slice(at, t.start))) continue;
    if (out.some((o) => o.topic.topic === t.topic)) continue;
    out.push({ topic: t, stance: "supports" });
  }
  return out;
}

export const conditionDemandRule: Rule<ConditionCtx> = {
  name: "condition-is-demand",
  why: "'Russia would order a ceasefire once Ukraine withdrew from the Donetsk region and renounced its plans to join NATO': the terms Moscow sets on Kyiv for a truce or talks are Moscow's demands, so it supports the land and the neutrality named in them (not a threat's condition, not a refusal in the condition, not terms on anyone else).",
  test: (c) => {
    if (c.actor !== "RU" || !OFFERS.has(c.offered) || !ON_UKRAINE.test(c.condition.trim())) return false;
    c.demanded = demandedIn(c);
    return c.demanded.length > 0;
  },
  examples: {
    fires: [
      "Putin said Russia would order a ceasefire and start negotiations once Ukraine withdrew its troops from the Donetsk and Luhansk regions.",
      "Putin said on Friday that Moscow was ready for talks if Kyiv formally abandoned its plans to join NATO.",
    ],
    passes: [
      "Putin said Russia would order a ceasefire once Ukraine stopped shelling its border towns.",
      "Putin said Russia would strike Kyiv if Ukraine withdrew from the grain deal.",
      "Putin said Moscow was ready for talks if Kyiv did not abandon its plans to join NATO.",
    ],
  },
};

/** The demands a conditional offer's condition names, when the rule fires (recorded in `trail`). */
export function conditionDemands(
  a: Analysis,
  si: number,
  actor: string,
  offered: string,
  condition: string,
  trail: string[],
): Array<{ topic: TopicCue; stance: Stance }> {
  const c: ConditionCtx = { a, si, actor, offered, condition, demanded: [] };
  if (!conditionDemandRule.test(c)) return [];
  trail.push(conditionDemandRule.name);
  return c.demanded;
}

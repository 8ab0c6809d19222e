import type { Topic } from "../topic.js";

/**
 * The default conflict taxonomy's topics (Russia–Ukraine diplomacy): the ten propositions of the
 * annotation guide, which is what the evaluation gold (and so every figure we publish) counts.
 */
export const defaultTopics = [
  {
    id: "ceasefire",
    label: "Ceasefire",
    proposition: "An immediate ceasefire or truce, including freezing the war along the current front line",
  },
  {
    id: "territory",
    label: "Territory",
    proposition: "Ukraine giving up or recognising the loss of territory (the four regions, Crimea, a buffer zone)",
  },
  { id: "sanctions", label: "Sanctions", proposition: "More sanctions, tariffs or economic pressure on Russia" },
  {
    id: "security_guarantees",
    label: "Security guarantees",
    proposition: "Security guarantees for Ukraine from Western states",
  },
  {
    id: "foreign_troops",
    label: "Foreign troops",
    proposition: "European or other foreign troops deployed in Ukraine",
  },
  {
    id: "negotiations",
    label: "Negotiations",
    proposition: "Direct talks and the negotiation process, and who mediates them",
  },
  {
    id: "summit",
    label: "Summit",
    proposition: "A leaders' meeting (Trump–Putin, Putin–Zelensky, trilateral)",
  },
  {
    id: "military_aid",
    label: "Military aid",
    proposition: "More weapons, intelligence or military support for Ukraine",
  },
  { id: "neutrality", label: "Neutrality", proposition: "Ukraine staying out of NATO, neutral or demilitarised" },
  {
    id: "prisoner_exchange",
    label: "Prisoner exchange",
    proposition: "Exchanges of prisoners and the return of people",
  },
] as const satisfies readonly Topic[];

export type DefaultTopicId = (typeof defaultTopics)[number]["id"];

/**
 * Four more propositions, opt-in (`taxonomy.extendedTopics: true` in the config): matters that recur
 * in the news and fit none of the ten, each worded so that supports/opposes is clear. Off by default
 * because the guide's gold predates them: a position on one of them counts as a false positive there.
 * The rules extractor recognises these matters whether or not they are tracked, so "a truce to collect
 * the wounded" or "a nuclear threat" is never forced onto `ceasefire` or `military_aid`.
 */
export const extendedTopics = [
  {
    id: "partial_ceasefire",
    label: "Partial ceasefire",
    proposition:
      "A local or humanitarian pause short of a general ceasefire (evacuation corridors, a truce to collect the wounded, an energy-strike or sea moratorium)",
  },
  {
    id: "nuclear_weapons",
    label: "Nuclear weapons",
    proposition: "The threat or use of nuclear weapons in the war",
  },
  {
    id: "nato_posture",
    label: "NATO posture",
    proposition: "More NATO forces and deployments on the alliance's eastern flank in Europe",
  },
  {
    id: "guarantees_for_russia",
    label: "Guarantees for Russia",
    proposition: "Security guarantees for Russia (NATO non-expansion, a pull-back of NATO forces)",
  },
] as const satisfies readonly Topic[];

export type ExtendedTopicId = (typeof extendedTopics)[number]["id"];

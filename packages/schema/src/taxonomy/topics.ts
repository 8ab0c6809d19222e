import type { Topic } from "../topic.js";

/** The default conflict taxonomy's topics (Russia–Ukraine diplomacy). */
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

// How the shipped JSON Schemas are made from the zod schemas. Shared by scripts/json-schema.mjs (which
// writes them from the built package) and the parity test (which regenerates them from src/).

/** Each shipped file is `schema/<name>.json`; the test suite checks this list against the files. */
export const TOP_LEVEL = [
  "Source",
  "Article",
  "Actor",
  "ActorRegistry",
  "Evidence",
  "Event",
  "Position",
  "Topic",
  "TopicRegistry",
  "Stance",
  "PositionShift",
  "Briefing",
];

/**
 * Parts that recur (a Briefing holds dozens of Citations and Evidence quotes) are written once, under
 * `$defs`, and referenced by name, so code generators make one type for each.
 */
export const SHARED = [
  "Evidence",
  "Citation",
  "DateRef",
  "Speaker",
  "Provenance",
  "EventActor",
  "StatedStance",
  "PositionShift",
  "StanceCell",
  "Stance",
  "Actor",
  "Topic",
];

/** What each type is, for readers of the JSON alone (the fields carry their own `.describe()` text). */
export const DESCRIPTIONS = {
  Position: "What a tracked actor holds on a topic, as one article reports it, with the quotes that show it.",
  Event: "Something that happened (or is planned) on a date, backed by one or more articles.",
  Briefing: "The weekly briefing: everything the email (or a dashboard) shows, each claim with its sources.",
  PositionShift: "How an actor's stance on a topic in the week compares with the last stance stated before it.",
  StatedStance: "One stance as stated, with where it was said.",
  Citation: "A cited article: enough to link and name it without the store.",
  DateRef: "A date as the text allows us to know it: a day (2025-06-02), a month (2025-06) or nothing (null).",
  Source: "A place articles come from: `url` for network sources, `path` for local files and folders.",
  Actor: "A party that can hold positions or take part in events; tracked actors are the ones a briefing reports on.",
  ActorRegistry: "A list of actors with unique ids, whose affiliations point at actors in the list.",
  Topic: "A question positions are taken on, stated as a proposition one can support or oppose.",
  TopicRegistry: "A list of topics with unique ids.",
  Speaker: "The person who voiced a position, when one did.",
  Provenance: "Where and when an article was read, and by which cleaner.",
  StanceCell: "One actor's latest stance on one topic, for the briefing's table.",
};

/**
 * The ids are given here, when the files are written, and never when the package is imported: zod's
 * global registry is shared by every copy of zod in a process and refuses a second schema with an id it
 * already has, so a consumer's own "Evidence" must not collide with ours.
 */
function register(z, api) {
  for (const id of SHARED) {
    const schema = api[id];
    const meta = z.globalRegistry.get(schema);
    if (meta?.id === id) continue;
    z.globalRegistry.add(schema, { ...meta, id, description: DESCRIPTIONS[id] ?? meta?.description });
  }
}

/** A root that zod wrote as `{ $ref: "#/$defs/Name" }` is inlined, so each file reads as its own type. */
function inlineRoot(json, name) {
  const self = `#/$defs/${name}`;
  if (json.$ref !== self) return json;
  const { [name]: body, ...defs } = json.$defs;
  const { $schema, $ref, $defs, ...rest } = json;
  const out = { $schema, ...rest, ...body };
  if (Object.keys(defs).length > 0) out.$defs = defs;
  return JSON.parse(JSON.stringify(out).replaceAll(`"$ref":"${self}"`, '"$ref":"#"'));
}

/** `{ Article: {...JSON Schema}, ... }` for every top-level type, as shipped in `schema/<name>.json`. */
export function jsonSchemas(z, api) {
  register(z, api);
  const out = {};
  for (const name of TOP_LEVEL) {
    // io "input": defaults make fields optional for producers, exactly as zod parses them.
    const json = z.toJSONSchema(api[name], { target: "draft-2020-12", io: "input", unrepresentable: "any" });
    const root = inlineRoot(json, name);
    const { $schema, $defs, description, ...body } = root;
    out[name] = {
      $schema,
      $id: `urn:stancewatch:schema:${name}`,
      title: name,
      description: description ?? DESCRIPTIONS[name],
      ...body,
      ...($defs ? { $defs } : {}),
    };
  }
  return out;
}

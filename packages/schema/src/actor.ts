import { z } from "zod/v4";
import { IsoDay, RegistryId } from "./primitives.js";

/**
 * A date bounding a term of office: a day (`2024-05-12`), or a month (`2024-03`) when only the month
 * is known ("she retired in March 2024"). A month `from` starts on its first day, a month `to` ends
 * on its last, so a term given by months is never shorter than the truth.
 */
export const TermDate = z
  .string()
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/, "must be YYYY-MM-DD or YYYY-MM");

/**
 * One office a person held: whom they spoke for (`affiliation`), as what, and when (inclusive;
 * null = open). "Shoigu, defence minister until May 2024, then Security Council secretary" is two
 * terms; outside every term a person speaks for nobody (a former official is not the state).
 */
export const Term = z
  .object({
    affiliation: RegistryId,
    role: z.string().min(1),
    from: TermDate.nullable().default(null),
    to: TermDate.nullable().default(null),
    /**
     * How the news names the office without its holder's name ("the Kremlin spokesman", "the head of
     * Ukraine's presidential office"): on a day inside the term such a title is this person. Matched
     * ignoring case and spacing, as whole words; only titles one person holds at a time.
     */
    titles: z.array(z.string().min(1)).default([]),
  })
  .superRefine((t, ctx) => {
    if (t.from && t.to && t.from.slice(0, t.to.length) > t.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "term ends before it starts" });
    }
  });
export type Term = z.infer<typeof Term>;
export type TermInput = z.input<typeof Term>;

export const ActorKind = z.enum(["state", "person", "institution", "bloc", "organization"]);
export type ActorKind = z.infer<typeof ActorKind>;

/**
 * A party that can hold positions or take part in events. Tracked actors (`tracked: true`) are the
 * ones a briefing reports on; the others are recognised so their words are not mistaken for a
 * tracked actor's (a senator is not the administration, an analyst is nobody's position).
 */
export const Actor = z
  .object({
    id: RegistryId.describe("Stable actor id, e.g. `US`, `RU`, `UA`."),
    name: z.string().min(1).describe("The actor's usual name."),
    kind: ActorKind.describe("What kind of party it is."),
    aliases: z.array(z.string().min(1)).default([]).describe("Other names the text may use for the actor."),
    /** For people and institutions: the id of the actor whose position they speak for. */
    affiliation: RegistryId.nullable()
      .default(null)
      .describe("For people and institutions: the id of the actor whose position they speak for."),
    /** For people: their office, e.g. "Secretary of State". */
    role: z.string().min(1).nullable().default(null).describe('For people: their office, e.g. "Secretary of State".'),
    /** People change office: the dates (inclusive) they spoke for `affiliation`. */
    validFrom: IsoDay.nullable().default(null).describe("First day (inclusive) they spoke for `affiliation`."),
    validTo: IsoDay.nullable().default(null).describe("Last day (inclusive) they spoke for `affiliation`."),
    /**
     * Terms of office, oldest first. When present they decide whom the person speaks for on a day
     * (and `affiliation`/`role` name the latest office, `validFrom`/`validTo` the outer bounds).
     */
    terms: z.array(Term).default([]),
    tracked: z.boolean().default(false).describe("True for the actors a briefing reports on."),
  })
  .superRefine((a, ctx) => {
    if (a.validFrom && a.validTo && a.validFrom > a.validTo) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "validTo is before validFrom" });
    }
  });
export type Actor = z.infer<typeof Actor>;
export type ActorInput = z.input<typeof Actor>;

/** A list of actors with unique ids, whose affiliations point at actors in the list. */
export const ActorRegistry = z.array(Actor).superRefine((actors, ctx) => {
  const ids = new Set<string>();
  actors.forEach((a, i) => {
    if (ids.has(a.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate actor id "${a.id}"` });
    ids.add(a.id);
  });
  actors.forEach((a, i) => {
    if (a.affiliation && !ids.has(a.affiliation)) {
      ctx.addIssue({
        code: "custom",
        path: [i, "affiliation"],
        message: `unknown actor "${a.affiliation}"`,
      });
    }
    a.terms.forEach((t, j) => {
      if (!ids.has(t.affiliation)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "terms", j, "affiliation"],
          message: `unknown actor "${t.affiliation}"`,
        });
      }
    });
  });
});
export type ActorRegistry = z.infer<typeof ActorRegistry>;

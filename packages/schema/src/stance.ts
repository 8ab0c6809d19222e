import { z } from "zod/v4";

/**
 * The fixed stance vocabulary. A demand is `supports` (with the demand in the statement); a refusal is
 * `opposes`; `conditional` supports only if named conditions are met; `undecided` is wait-and-see.
 */
export const Stance = z
  .enum(["supports", "opposes", "conditional", "undecided"])
  .describe("supports, opposes, conditional (supports only if named conditions are met) or undecided.");
export type Stance = z.infer<typeof Stance>;

/**
 * Stances on a line from opposition to support. `conditional` and `undecided` share the middle rank,
 * so moving between them is not a move toward either end.
 */
export const STANCE_RANK: Readonly<Record<Stance, number>> = Object.freeze({
  opposes: 0,
  conditional: 1,
  undecided: 1,
  supports: 2,
});

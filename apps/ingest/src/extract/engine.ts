/**
 * The small engine that runs named rules. A rule is data: a name, why it exists, a test, and the
 * example sentences it was written for (run as tests: every `fires` sentence must make it fire,
 * every `passes` sentence must not). The engine records, per candidate, which rules decided it.
 */
export interface Rule<C> {
  /** Kebab-case, unique across all rule lists: it is what `--explain` prints. */
  readonly name: string;
  /** Why the rule exists, with the kind of sentence it is for. */
  readonly why: string;
  readonly test: (c: C) => boolean;
  /** Invented sentences: `fires` make the rule fire; `passes` are near misses it must leave alone. */
  readonly examples: { readonly fires: readonly string[]; readonly passes?: readonly string[] };
  /** When it fires, the reason in words for `--explain`, recorded after the name ("another matter: …"). */
  readonly reason?: (c: C) => string;
}

/** A rule that changes the candidate when it fires (a stance flip, a new topic). */
export interface AdjustRule<C> extends Rule<C> {
  readonly apply: (c: C) => void;
}

/** The rules that decided one candidate, in the order they fired. */
export type Trail = string[];

/** The first rule of `rules` that fires on `ctx` (recorded in `trail`), or null when none does. */
export function firstFiring<C>(rules: readonly Rule<C>[], ctx: C, trail: Trail): Rule<C> | null {
  for (const rule of rules) {
    if (rule.test(ctx)) {
      trail.push(rule.name);
      if (rule.reason) trail.push(rule.reason(ctx));
      return rule;
    }
  }
  return null;
}

/** Applies every adjusting rule that fires, in order, recording each. */
export function applyAll<C>(rules: readonly AdjustRule<C>[], ctx: C, trail: Trail): void {
  for (const rule of rules) {
    if (rule.test(ctx)) {
      rule.apply(ctx);
      trail.push(rule.name);
    }
  }
}

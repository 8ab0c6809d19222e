export declare const TOP_LEVEL: readonly string[];
export declare const SHARED: readonly string[];
export declare const DESCRIPTIONS: Readonly<Record<string, string>>;
/** `{ Article: {...JSON Schema}, ... }` for every top-level type, as shipped in `schema/<name>.json`. */
export declare function jsonSchemas(
  z: typeof import("zod/v4").z,
  api: Record<string, unknown>,
): Record<string, Record<string, unknown>>;

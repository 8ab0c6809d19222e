export * from "./db-path.js";
export * from "./errors.js";
export * from "./sqlite-store.js";
export type * from "./types.js";

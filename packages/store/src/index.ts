export * from "./db-path.js";
export * from "./errors.js";
export { LATEST_VERSION, MIGRATIONS, type Migration } from "./migrations.js";
export * from "./sqlite-store.js";
export type * from "./types.js";

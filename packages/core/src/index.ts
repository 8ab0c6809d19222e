export * from "./candidate-rank.js";
export * from "./clustering.js";
export * from "./event-identity.js";
export * from "./evidence.js";
export * from "./ids.js";
export * from "./representative.js";
export * from "./similarity.js";

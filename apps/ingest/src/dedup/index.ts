export * from "./cluster.js";
export * from "./simhash.js";

/** `digest send` assembles the week exactly as `digest build` does. */
export { briefingFromStore } from "../briefing/from-store.js";

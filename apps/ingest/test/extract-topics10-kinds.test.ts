import { TOPICS10_READ_WORDS, TOPICS10_WORDS } from "../src/extract/lexicon/topics10.js";
import { describeNamings } from "./fixtures/extract/kinds.js";

describeNamings("topics10: common namings of the tracked propositions (invented examples)", [
  ...TOPICS10_WORDS,
  ...TOPICS10_READ_WORDS,
]);

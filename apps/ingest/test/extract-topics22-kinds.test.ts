import { TOPICS22_WORDS } from "../src/extract/lexicon/topics22.js";
import { describeNamings } from "./fixtures/extract/kinds.js";

describeNamings(
  "topics22: namings read from the no-topic misses of check25–check30 (invented examples)",
  TOPICS22_WORDS,
);

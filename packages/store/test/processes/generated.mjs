// Small, distinct, schema-valid articles for the multi-process tests.
import { createHash } from "node:crypto";

/** Article number `i` with one undated event and two positions, all quoting its text. */
export function generated(i) {
  const sha = (s) => createHash("sha256").update(s).digest("hex");
  const paragraphs = [
    `Report number ${1000 + i} from the invented wire desk, filed in the morning.`,
    `Negotiator Ilona Varga${i} said delegation ${i} would return with proposal ${2000 + i} on Thursday.`,
    `Observers counted ${3000 + i} vehicles near checkpoint ${4000 + i} before the talks resumed.`,
  ];
  const blocks = paragraphs.map((text) => ({ type: "paragraph", text }));
  const text = paragraphs.join("\n\n");
  const url = `https://wire.example/${i}`;
  const id = `w_${i}`;
  const publishedAt = new Date(Date.UTC(2025, 5, 2) + i * 60_000).toISOString();
  const quote = `proposal ${2000 + i}`;
  const start = text.indexOf(quote);
  const evidence = [{ articleId: id, quote, start, end: start + quote.length }];
  return {
    article: {
      id,
      url,
      canonicalUrl: url,
      site: { name: "Wire", domain: "wire.example" },
      title: `Report ${i}`,
      authors: [],
      publishedAt,
      modifiedAt: null,
      dateSources: { published: "meta", modified: null },
      language: "en",
      description: null,
      image: null,
      blocks,
      text,
      wordCount: text.split(/\s+/).length,
      contentHash: sha(text),
      fingerprint: sha(`f${text}`).slice(0, 16),
      clusterId: null,
      flags: [],
      provenance: {
        fetchedAt: publishedAt,
        httpStatus: 200,
        input: url,
        sourceId: null,
        extractor: { name: "worker", version: "1" },
      },
    },
    events: [
      {
        id: `w_${i}_ev`,
        type: "proposal",
        cameo: "03",
        status: "planned",
        date: { value: null, precision: "unknown" },
        location: null,
        actors: [{ actor: "UA", role: "initiator" }],
        summary: "A proposal.",
        evidence,
        confidence: 0.6,
        extractor: "worker",
      },
    ],
    positions: ["UA", "RU"].map((actor) => ({
      id: `w_${i}_${actor}`,
      actor,
      speaker: null,
      topic: "negotiations",
      stance: "supports",
      statement: "Supports talks.",
      condition: null,
      statedAt: publishedAt.slice(0, 10),
      evidence,
      confidence: 0.6,
      extractor: "worker",
    })),
  };
}

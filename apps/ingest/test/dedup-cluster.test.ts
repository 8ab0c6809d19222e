import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type ClusterableArticle, clusterArticles } from "../src/dedup/cluster.js";

// Invented reports (own words, invented outlets) of one prisoner exchange.
const report = [
  "Russia and Ukraine carried out their largest prisoner exchange of the summer on Thursday, returning 205 captives each at a crossing on the Belarusian border.",
  "The United Arab Emirates mediated the swap, its foreign ministry said, bringing the number of exchanges it has brokered since the invasion to 14.",
  "Among those freed were 37 defenders of the Azovstal steel plant in Mariupol, according to Ukraine's coordination headquarters for prisoners of war.",
  "President Volodymyr Zelensky said Kyiv would press for an all-for-all exchange at the next round of talks in Istanbul.",
  "Moscow's defence ministry said the returning Russian servicemen would receive medical treatment in Belarus before travelling home.",
].join("\n\n");

const retelling = [
  "At a Belarusian border crossing on Thursday, Kyiv and Moscow swapped 205 prisoners apiece, the biggest such exchange this summer.",
  "Ukraine's headquarters for prisoners of war said 37 of the freed Ukrainians had defended Mariupol's Azovstal works.",
  "Abu Dhabi's foreign ministry said the United Arab Emirates brokered the deal, its 14th mediation of the war.",
  "Zelensky vowed to seek an all-for-all swap when delegations meet again in Istanbul; Russia's defence ministry said its soldiers would be treated in Belarus first.",
].join("\n\n");

const spunCopy = [
  "Russia and Ukraine carried out their greatest prisoner trade of the summer time on Thursday, returning 205 captives every at a crossing on the Belarusian frontier.",
  "The United Arab Emirates mediated the change, its overseas ministry mentioned, bringing the variety of exchanges it has brokered because the invasion to 14.",
  "Amongst these freed had been 37 defenders of the Azovstal metal plant in Mariupol, in accordance with Ukraine's coordination headquarters for prisoners of warfare.",
  "President Volodymyr Zelensky mentioned Kyiv would press for an all-for-all change on the subsequent spherical of talks in Istanbul.",
  "Moscow's defence ministry mentioned the returning Russian servicemen would obtain medical remedy in Belarus earlier than travelling dwelling.",
].join("\n\n");

const otherStory = [
  "Families of missing Ukrainian soldiers gathered in Kyiv on Friday to demand faster identification of prisoners held in Russia.",
  "Relatives said the Red Cross had been refused access to several detention sites, and that letters from captives arrived months late.",
  "Ukraine's ombudsman Dmytro Lubinets said Moscow was holding back lists of names, while Russia's rights commissioner Tatyana Moskalkova blamed Kyiv for delays.",
  "Officials in Kyiv said further exchanges depended on talks in Istanbul and on mediation by Turkey and the United Arab Emirates.",
].join("\n\n");

function article(
  id: string,
  text: string,
  publishedAt: string,
  flags: ClusterableArticle["flags"] = [],
): ClusterableArticle {
  return {
    id,
    text,
    publishedAt,
    contentHash: createHash("sha256").update(text).digest("hex"),
    wordCount: text.split(/\s+/).length,
    flags,
    provenance: {
      fetchedAt: publishedAt,
      httpStatus: 200,
      input: `https://${id}.example/`,
      sourceId: null,
      extractor: { name: "test", version: "1" },
    },
  };
}

describe("clustering a batch of articles", () => {
  it("groups a retelling and a spun copy with the original report, and keeps another story apart", () => {
    const { clusters, clusterOf } = clusterArticles([
      article("spun", spunCopy, "2025-07-17T06:00:00Z", ["suspected_spun_text"]),
      article("retold", retelling, "2025-07-18T09:00:00Z"),
      article("other", otherStory, "2025-07-18T10:00:00Z"),
      article("report", report, "2025-07-17T08:00:00Z"),
    ]);
    expect(clusterOf.get("report")).toBe(clusterOf.get("spun"));
    expect(clusterOf.get("retold")).toBe(clusterOf.get("report"));
    expect(clusterOf.get("other")).not.toBe(clusterOf.get("report"));
    const story = clusters.find((c) => c.id === clusterOf.get("report"));
    // The spun copy came first, but the original stands for the story.
    expect(story).toEqual({
      id: clusterOf.get("report"),
      representativeId: "report",
      articleIds: ["spun", "report", "retold"],
    });
    expect(clusters).toHaveLength(2);
  });

  it("treats identical texts as one story and the first of them as the original", () => {
    const { clusters } = clusterArticles([
      article("syndicated", report, "2025-07-17T08:00:00Z"),
      article("first", report, "2025-07-17T08:00:00Z"),
    ]);
    expect(clusters).toEqual([
      { id: expect.stringMatching(/^cl_/), representativeId: "first", articleIds: ["first", "syndicated"] },
    ]);
  });

  it("does not join copies published further apart than the window", () => {
    const { clusterOf } = clusterArticles(
      [article("report", report, "2025-07-17T08:00:00Z"), article("retold", retelling, "2025-07-19T08:00:00Z")],
      { windowMs: 86_400_000 },
    );
    expect(clusterOf.get("report")).not.toBe(clusterOf.get("retold"));
  });
});

import { describe, expect, it } from "vitest";
import { original, rewrite, sameTalksOtherStory } from "../../core/test/fixtures/stories.js";
import { BACKENDS, freshStore } from "./backends.js";
import { makeArticle, makeEvent } from "./helpers.js";

describe.each(BACKENDS)("merging events reported by several articles (%s)", (backend) => {
  it("stores the same talks reported by two outlets as one event with both quotes", async () => {
    const { store } = await freshStore(backend);
    const a = makeArticle("https://danube-ledger.example/geneva", original);
    const b = makeArticle("https://harbour-courier.example/geneva", rewrite, { publishedAt: "2025-06-03T20:00:00Z" });
    await store.saveArticle({
      article: a,
      events: [makeEvent(a, "met in Geneva on Tuesday", { id: "ev-a" })],
      positions: [],
    });
    // A day later by the other outlet's reckoning, and naming only one of the two delegations.
    await store.saveArticle({
      article: b,
      events: [
        makeEvent(b, "sat down in Geneva on Tuesday", {
          id: "ev-b",
          date: { value: "2025-06-03", precision: "day" },
          actors: [{ actor: "UA", role: "participant" }],
        }),
      ],
      positions: [],
    });
    const events = await store.listEvents({});
    expect(events).toHaveLength(1);
    expect(events[0]?.id).toBe("ev-a");
    expect(events[0]?.evidence.map((e) => [e.articleId, e.quote])).toEqual([
      [a.id, "met in Geneva on Tuesday"],
      [b.id, "sat down in Geneva on Tuesday"],
    ]);
    for (const e of events[0]!.evidence) {
      const text = (await store.getArticle(e.articleId))!.text;
      expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it("keeps events apart when the type, the date or the actors differ", async () => {
    const { store } = await freshStore(backend);
    const a = makeArticle("https://danube-ledger.example/geneva", original);
    const b = makeArticle("https://steppe-review.example/analysis", sameTalksOtherStory);
    await store.saveArticle({
      article: a,
      events: [makeEvent(a, "met in Geneva", { id: "talks-0602" })],
      positions: [],
    });
    await store.saveArticle({
      article: b,
      events: [
        makeEvent(b, "The Geneva round", { id: "talks-0604", date: { value: "2025-06-04", precision: "day" } }),
        makeEvent(b, "The Geneva round", { id: "call-0602", type: "call" }),
        makeEvent(b, "The Geneva round", { id: "talks-us", actors: [{ actor: "US", role: "mediator" }] }),
        makeEvent(b, "The Geneva round", { id: "talks-undated", date: { value: null, precision: "unknown" } }),
      ],
      positions: [],
    });
    expect((await store.listEvents({})).map((e) => e.id).sort()).toEqual([
      "call-0602",
      "talks-0602",
      "talks-0604",
      "talks-undated",
      "talks-us",
    ]);
  });

  it("does not duplicate evidence when the same article reports an event twice, and drops it on update", async () => {
    const { store } = await freshStore(backend);
    const a = makeArticle("https://danube-ledger.example/geneva", original);
    const b = makeArticle("https://harbour-courier.example/geneva", rewrite);
    await store.saveArticle({
      article: a,
      events: [makeEvent(a, "met in Geneva", { id: "ev-a" }), makeEvent(a, "met in Geneva", { id: "ev-a2" })],
      positions: [],
    });
    await store.saveArticle({
      article: b,
      events: [makeEvent(b, "sat down in Geneva", { id: "ev-b" })],
      positions: [],
    });
    expect((await store.listEvents({}))[0]?.evidence).toHaveLength(2);

    // a's new version no longer reports the talks: its quote goes, b's stays, the event survives.
    const a2 = makeArticle(a.url, `${original}\n\nCorrection: an earlier version misstated the venue.`);
    await store.saveArticle({ article: a2, events: [], positions: [] });
    const [event] = await store.listEvents({});
    expect(event?.id).toBe("ev-a");
    expect(event?.evidence.map((e) => e.articleId)).toEqual([b.id]);
  });
});

import { describe, expect, it } from "vitest";
import { datesCompatible, isSameEvent } from "../src/index.js";
import { original, rewrite, sameTalksOtherStory } from "./fixtures/stories.js";
import { makeArticle, makeEvent, tempStore } from "./helpers.js";

describe("merging events reported by several articles", () => {
  it("stores the same talks reported by two outlets as one event with both quotes", () => {
    const { store } = tempStore();
    const a = makeArticle("https://danube-ledger.example/geneva", original);
    const b = makeArticle("https://harbour-courier.example/geneva", rewrite, { publishedAt: "2025-06-03T20:00:00Z" });
    store.saveArticle({
      article: a,
      events: [makeEvent(a, "met in Geneva on Tuesday", { id: "ev-a" })],
      positions: [],
    });
    // A day later by the other outlet's reckoning, and naming only one of the two delegations.
    store.saveArticle({
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
    const events = store.listEvents({});
    expect(events).toHaveLength(1);
    expect(events[0]?.id).toBe("ev-a");
    expect(events[0]?.evidence.map((e) => [e.articleId, e.quote])).toEqual([
      [a.id, "met in Geneva on Tuesday"],
      [b.id, "sat down in Geneva on Tuesday"],
    ]);
    for (const e of events[0]!.evidence) {
      const text = store.getArticle(e.articleId)!.text;
      expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it("keeps events apart when the type, the date or the actors differ", () => {
    const { store } = tempStore();
    const a = makeArticle("https://danube-ledger.example/geneva", original);
    const b = makeArticle("https://steppe-review.example/analysis", sameTalksOtherStory);
    store.saveArticle({ article: a, events: [makeEvent(a, "met in Geneva", { id: "talks-0602" })], positions: [] });
    store.saveArticle({
      article: b,
      events: [
        makeEvent(b, "The Geneva round", { id: "talks-0604", date: { value: "2025-06-04", precision: "day" } }),
        makeEvent(b, "The Geneva round", { id: "call-0602", type: "call" }),
        makeEvent(b, "The Geneva round", { id: "talks-us", actors: [{ actor: "US", role: "mediator" }] }),
        makeEvent(b, "The Geneva round", { id: "talks-undated", date: { value: null, precision: "unknown" } }),
      ],
      positions: [],
    });
    expect(
      store
        .listEvents({})
        .map((e) => e.id)
        .sort(),
    ).toEqual(["call-0602", "talks-0602", "talks-0604", "talks-undated", "talks-us"]);
  });

  it("does not duplicate evidence when the same article reports an event twice, and drops it on update", () => {
    const { store } = tempStore();
    const a = makeArticle("https://danube-ledger.example/geneva", original);
    const b = makeArticle("https://harbour-courier.example/geneva", rewrite);
    store.saveArticle({
      article: a,
      events: [makeEvent(a, "met in Geneva", { id: "ev-a" }), makeEvent(a, "met in Geneva", { id: "ev-a2" })],
      positions: [],
    });
    store.saveArticle({ article: b, events: [makeEvent(b, "sat down in Geneva", { id: "ev-b" })], positions: [] });
    expect(store.listEvents({})[0]?.evidence).toHaveLength(2);

    // a's new version no longer reports the talks: its quote goes, b's stays, the event survives.
    const a2 = makeArticle(a.url, `${original}\n\nCorrection: an earlier version misstated the venue.`);
    store.saveArticle({ article: a2, events: [], positions: [] });
    const [event] = store.listEvents({});
    expect(event?.id).toBe("ev-a");
    expect(event?.evidence.map((e) => e.articleId)).toEqual([b.id]);
  });

  it("matches dates of different precision only when they can be the same day", () => {
    expect(datesCompatible({ value: "2025-06-02", precision: "day" }, { value: "2025-06-03", precision: "day" })).toBe(
      true,
    );
    expect(datesCompatible({ value: "2025-06-02", precision: "day" }, { value: "2025-06-04", precision: "day" })).toBe(
      false,
    );
    expect(datesCompatible({ value: "2025-06-30", precision: "day" }, { value: "2025-07-01", precision: "day" })).toBe(
      true,
    );
    expect(datesCompatible({ value: "2025-06", precision: "month" }, { value: "2025-06-14", precision: "day" })).toBe(
      true,
    );
    expect(datesCompatible({ value: "2025-06", precision: "month" }, { value: "2025-07-01", precision: "day" })).toBe(
      false,
    );
    expect(datesCompatible({ value: null, precision: "unknown" }, { value: null, precision: "unknown" })).toBe(false);
    expect(
      isSameEvent(
        { type: "talks", date: { value: "2025-06", precision: "month" }, actorIds: ["RU", "UA"] },
        { type: "talks", date: { value: "2025-06-14", precision: "day" }, actors: [{ actor: "RU", role: "host" }] },
      ),
    ).toBe(true);
  });
});

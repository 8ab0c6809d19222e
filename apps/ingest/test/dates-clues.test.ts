import { describe, expect, it } from "vitest";
import { DATELINE_FORMS, datelineIn } from "../src/clean/metadata/dateline.js";
import { dateInUrl } from "../src/clean/metadata/dates.js";
import { choosePublished, type DateClues } from "../src/clean/published.js";
import { liveEntries, publishedAt, statementDay } from "../src/extract/dates.js";

const blocks = (...texts: string[]) => texts.map((text) => ({ text }));
const PROSE =
  "Officials from both delegations met again behind closed doors, and neither side briefed reporters after it.";

describe("a date written in the text (dateline, Published/Updated line)", () => {
  it("reads each form from its example", () => {
    for (const form of DATELINE_FORMS) {
      const found = datelineIn(blocks(form.example, PROSE));
      expect(found?.kind, form.example).toBe(form.kind);
    }
  });

  it("turns each into the day written, with the time when its zone is known", () => {
    const at = (...t: string[]) => datelineIn(blocks(...t))?.value ?? null;
    expect(at("KYIV, 6 February 2026 — Envoys met again.", PROSE)).toBe("2026-02-06T00:00:00Z");
    expect(at("Feb. 23, 2026", PROSE)).toBe("2026-02-23T00:00:00Z");
    expect(at("Updated 14:05 GMT, 3 March 2026", PROSE)).toBe("2026-03-03T14:05:00Z");
    expect(at("Published: 6 February 2026, 09:40 EET | By Olena Brook", PROSE)).toBe("2026-02-06T09:40:00+02:00");
    expect(at("Posted on Friday, March 6, 2026 at 2:15 pm EST", PROSE)).toBe("2026-03-06T14:15:00-05:00");
    // A time in a zone we cannot place keeps only its written day.
    expect(at("Published 06.02.2026, 23:50 Kyiv time", PROSE)).toBe("2026-02-06T00:00:00Z");
  });

  it("prefers a Published line to a dateline, and either to an Updated line", () => {
    const found = datelineIn(
      blocks(
        "Updated 10:00 GMT, 9 February 2026",
        "KYIV, 7 February 2026 — Envoys met again.",
        PROSE,
        "Published 6 February 2026",
      ),
    );
    expect(found).toMatchObject({ kind: "published", value: "2026-02-06T00:00:00Z" });
  });

  it("never reads a date out of running prose or an impossible date", () => {
    expect(
      datelineIn(blocks("The memorandum of 5 December 1994 — signed in Budapest — was cited again by Kyiv.", PROSE)),
    ).toBeNull();
    expect(datelineIn(blocks(`${PROSE} Published 6 February 2026`))).toBeNull();
    expect(datelineIn(blocks("Published 31 February 2026", PROSE))).toBeNull();
    // A dateline opens a story: deep in the text it is a quoted date, not the story's.
    const deep = [...Array(9).fill(PROSE), "KYIV, 6 February 2026 — an earlier dispatch said.", PROSE];
    expect(datelineIn(blocks(...deep))).toBeNull();
  });
});

describe("a date in the URL", () => {
  const fetched = "2026-02-14T12:00:00Z";
  it("reads /yyyy/mm/dd/ and yyyymmdd paths, but not one after the fetch", () => {
    expect(dateInUrl("https://ledger.example/world/2026/02/11/envoys", fetched)).toBe("2026-02-11T00:00:00Z");
    expect(dateInUrl("https://ledger.example/a/20260206/envoys", fetched)).toBe("2026-02-06T00:00:00Z");
    expect(dateInUrl("https://ledger.example/world/2026/03/11/envoys", fetched)).toBeNull();
  });

  it("reads a compact six-digit date in a slug only when one reading is plausible", () => {
    expect(dateInUrl("https://quay.example/news/talks-260202", fetched)).toBe("2026-02-02T00:00:00Z");
    expect(dateInUrl("https://quay.example/news/260209-lavrov-guarantees", fetched)).toBe("2026-02-09T00:00:00Z");
    // A bare number segment is an article id.
    expect(dateInUrl("https://quay.example/story/250611", fetched)).toBeNull();
    // 250126: 2025-01-26 (yymmdd) or 2026-01-25 (ddmmyy), both within reach: not guessed.
    expect(dateInUrl("https://quay.example/news/talks-250126", fetched)).toBeNull();
    // 999999 is no date at all; without a fetch time nothing compact is read.
    expect(dateInUrl("https://quay.example/news/talks-999999", fetched)).toBeNull();
    expect(dateInUrl("https://quay.example/news/talks-260202")).toBeNull();
  });
});

describe("choosing the publication date", () => {
  const base: DateClues = {
    given: null,
    metadata: null,
    listed: null,
    blocks: blocks("KYIV, 6 February 2026 — Envoys met again.", PROSE),
    url: "https://ledger.example/world/2026/02/05/envoys",
    lastModified: "Wed, 04 Feb 2026 10:00:00 GMT",
    fetchedAt: "2026-02-14T12:00:00Z",
  };

  it("believes the clues in order: given, metadata, feed, dateline, URL, Last-Modified", () => {
    const given = { value: "2026-02-01T00:00:00Z", source: "sidecar" as const };
    const metadata = { value: "2026-02-02T08:00:00Z", source: "meta" as const };
    const listed = { value: "2026-02-03T07:30:00Z", source: "feed" as const };
    expect(choosePublished({ ...base, given, metadata, listed })).toEqual(given);
    expect(choosePublished({ ...base, metadata, listed })).toEqual(metadata);
    expect(choosePublished({ ...base, listed })).toEqual(listed);
    expect(choosePublished(base)).toEqual({ value: "2026-02-06T00:00:00Z", source: "dateline" });
    expect(choosePublished({ ...base, blocks: blocks(PROSE) })).toEqual({
      value: "2026-02-05T00:00:00Z",
      source: "url",
    });
    expect(choosePublished({ ...base, blocks: blocks(PROSE), url: "https://ledger.example/world/envoys" })).toEqual({
      value: "2026-02-04T10:00:00Z",
      source: "http_header",
    });
  });

  it("finds nothing rather than the fetch time, and passes over a date after the fetch", () => {
    const none = { ...base, blocks: blocks(PROSE), url: "https://ledger.example/world/envoys", lastModified: null };
    expect(choosePublished(none)).toBeNull();
    // A Last-Modified the server stamps as the page is served is the fetch time in disguise.
    expect(choosePublished({ ...none, lastModified: "Sat, 14 Feb 2026 11:59:58 GMT" })).toBeNull();
    // So is a sitemap's lastmod stamped as the sitemap was generated; a feed item's date is believed.
    const stamped = { value: "2026-02-14T11:59:00Z", source: "sitemap" as const };
    expect(choosePublished({ ...none, listed: stamped })).toBeNull();
    expect(choosePublished({ ...none, listed: { ...stamped, source: "feed" } })?.source).toBe("feed");
    // A local file's path is where it was saved.
    expect(choosePublished({ ...none, url: "file:///crawl/2026/02/14/envoys.html" })).toBeNull();
    const future = { value: "2027-02-06T00:00:00Z", source: "jsonld" as const };
    expect(choosePublished({ ...none, metadata: future })).toBeNull();
    expect(choosePublished({ ...base, metadata: future })?.source).toBe("dateline");
  });
});

describe("the day a statement was made", () => {
  const day = (text: string, reference: string | null) =>
    statementDay(text, 0, text.length, reference === null ? null : new Date(reference));

  it("resolves 'said on Tuesday' against the publication, and takes the publication day when none is named", () => {
    // 12 February 2026 is a Thursday.
    expect(day("Peskov said on Tuesday that Moscow rejected a freeze.", "2026-02-12T09:00:00Z")).toBe("2026-02-10");
    expect(day("Peskov rejected a freeze.", "2026-02-12T09:00:00Z")).toBe("2026-02-12");
    // A date-only publication (a dateline) is not 'the small hours': Thursday is that Thursday.
    expect(day("Peskov said on Thursday that Moscow rejected a freeze.", "2026-02-12T00:00:00Z")).toBe("2026-02-12");
    expect(day("Lavrov said on 3 March 2024 that guarantees were unacceptable.", "2026-02-12T09:00:00Z")).toBe(
      "2024-03-03",
    );
  });

  it("prefers the day attached to the saying over another day in the sentence", () => {
    expect(
      day(
        "Recalling the talks of 2 February, Peskov said on Tuesday that Moscow rejected a freeze.",
        "2026-02-12T09:00:00Z",
      ),
    ).toBe("2026-02-10");
  });

  it("is unknown when the only day named is after publication, or when there is no publication date", () => {
    expect(day("Talks will resume on 20 February, Peskov said.", "2026-02-12T09:00:00Z")).toBeNull();
    expect(day("Peskov said on Tuesday that Moscow rejected a freeze.", null)).toBeNull();
    expect(day("Peskov rejected a freeze on 10 February 2026.", null)).toBeNull();
  });
});

describe("live-blog entries", () => {
  const blog = blocks(
    "Follow the talks with us.",
    "12 February 2026, 16:40 GMT",
    "Peskov said on Tuesday that Moscow rejected a freeze.",
    "09:15",
    "Sybiha said Kyiv wanted a truce first.",
    "11 February 2026, 18:00 EET — Late statement from Kyiv",
    "Zelensky spoke in the evening.",
  );
  const fetched = new Date("2026-02-14T12:00:00Z");
  const offsetOf = (i: number) => blog.slice(0, i).reduce((n, b) => n + b.text.length + 2, 0);

  it("dates each entry, a time-only one by the dated header before it", () => {
    const entries = liveEntries(blog, null, fetched);
    expect(entries.map((e) => e.at.toISOString())).toEqual([
      "2026-02-12T16:40:00.000Z",
      "2026-02-12T09:15:00.000Z",
      "2026-02-11T16:00:00.000Z",
    ]);
    expect(entries.map((e) => e.start)).toEqual([offsetOf(1), offsetOf(3), offsetOf(5)]);
    // Words take their entry's time; the standfirst before any entry, the page's.
    const page = new Date("2026-02-10T08:00:00Z");
    expect(publishedAt(entries, page, offsetOf(2))?.toISOString()).toBe("2026-02-12T16:40:00.000Z");
    expect(publishedAt(entries, page, offsetOf(6))?.toISOString()).toBe("2026-02-11T16:00:00.000Z");
    expect(publishedAt(entries, page, 0)).toBe(page);
  });

  it("is not a live blog with one time line, and drops entries after the fetch or with no day", () => {
    expect(liveEntries(blocks("12 February 2026, 16:40 GMT", "Peskov spoke."), null, fetched)).toEqual([]);
    expect(liveEntries(blocks("16:40", "Peskov spoke.", "09:15", "Sybiha spoke."), null, fetched)).toEqual([]);
    const late = liveEntries(
      blocks(
        "20 February 2026, 16:40 GMT",
        "a",
        "12 February 2026, 10:00 GMT",
        "b",
        "11 February 2026, 10:00 GMT",
        "c",
      ),
      null,
      fetched,
    );
    expect(late.map((e) => e.at.toISOString().slice(0, 10))).toEqual(["2026-02-12", "2026-02-11"]);
  });
});

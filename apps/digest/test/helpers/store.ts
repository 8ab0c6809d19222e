import { openStore } from "@stancewatch/store";
import type { FixtureWeek } from "../fixtures/week.js";

/** Saves a fixture week into a real SQLite store file, one transaction per article as ingest does. */
export async function seedStore(file: string, data: FixtureWeek): Promise<void> {
  const store = openStore({ path: file });
  try {
    for (const article of data.articles) {
      await store.saveArticle({
        article,
        events: data.events.filter((e) => e.evidence[0]!.articleId === article.id),
        positions: data.positions.filter((p) => p.evidence[0]!.articleId === article.id),
      });
    }
  } finally {
    await store.close();
  }
}

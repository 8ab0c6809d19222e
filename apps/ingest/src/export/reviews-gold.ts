import type { Article, Event, Position, ReviewDecision } from "@stancewatch/schema";
import type { Store } from "@stancewatch/store";

/**
 * Editors' decisions as evaluation data, in the gold format of `shared/eval/positions`
 * (`{ about, articles: { <id>: { publishedAt, positions, events } } }`). Every article an editor
 * decided on is listed with all its stored positions: approved ones as read and corrected ones as
 * corrected are required; rejected ones are left out (finding them again is a false positive);
 * positions nobody reviewed are `optional` (neither missed nor penalised). Stored events are listed
 * as optional: the review does not judge them.
 */
export interface GoldFile {
  about: string;
  articles: Record<
    string,
    {
      publishedAt: string | null;
      positions: { actor: string; topic: string; stance: string[]; evidence: string; optional: boolean }[];
      events: { type: string; date: string | null; status: string; evidence: string; optional: true }[];
    }
  >;
}

export async function reviewsAsGold(
  decisions: readonly ReviewDecision[],
  store: Pick<Store, "listArticles" | "listPositions" | "listEvents">,
): Promise<GoldFile> {
  const latest = new Map<string, ReviewDecision>();
  for (const d of decisions) if (d.target === "position") latest.set(d.targetId, d);
  const positions = await store.listPositions({});
  const byId = new Map(positions.map((p) => [p.id, p]));
  const articleIds = new Set<string>();
  for (const id of latest.keys()) {
    const p = byId.get(id);
    if (p) articleIds.add(p.evidence[0]!.articleId);
  }
  const articles: Article[] = articleIds.size ? await store.listArticles({ ids: [...articleIds] }) : [];
  const events: Event[] = articleIds.size ? await store.listEvents({}) : [];
  const out: GoldFile = {
    about:
      "Editors' review decisions from `digest review`, exported by `ingest export --type reviews --format gold`. Approved and corrected positions are required; rejected ones are absent; unreviewed ones and all events are optional.",
    articles: {},
  };
  for (const article of articles) {
    const own = positions.filter((p: Position) => p.evidence[0]!.articleId === article.id);
    const gold: GoldFile["articles"][string]["positions"] = [];
    for (const p of own) {
      const d = latest.get(p.id);
      if (d?.action === "reject") continue;
      const fix = d?.action === "correct" ? (d.correction ?? {}) : {};
      gold.push({
        actor: fix.actor ?? p.actor,
        topic: fix.topic ?? p.topic,
        stance: [fix.stance ?? p.stance],
        evidence: p.evidence[0]!.quote,
        optional: d === undefined,
      });
    }
    out.articles[article.id] = {
      publishedAt: article.publishedAt ? article.publishedAt.slice(0, 10) : null,
      positions: gold,
      events: events
        .filter((e) => e.evidence.some((ev) => ev.articleId === article.id))
        .map((e) => ({
          type: e.type,
          date: e.date.value,
          status: e.status,
          evidence: e.evidence.find((ev) => ev.articleId === article.id)!.quote,
          optional: true as const,
        })),
    };
  }
  return out;
}

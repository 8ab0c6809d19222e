/**
 * The stance-over-time chart of one actor on one topic, as numbers for an SVG template: one dated
 * point per stated stance, in a lane per stance, with a shape AND a colour per stance so it reads
 * without colour. Pure: positions in, geometry out.
 */
import type { Stance } from "@stancewatch/schema";

export const LANES: readonly Stance[] = ["supports", "conditional", "undecided", "opposes"];

/** Shape and colour per stance; the colours keep 4.5:1 contrast on white. */
export const STANCE_MARK: Readonly<
  Record<Stance, { shape: "circle" | "square" | "diamond" | "triangle"; colour: string; label: string }>
> = {
  supports: { shape: "circle", colour: "#1a7f37", label: "supports" },
  conditional: { shape: "diamond", colour: "#8a5a00", label: "supports with conditions" },
  undecided: { shape: "triangle", colour: "#57606a", label: "undecided" },
  opposes: { shape: "square", colour: "#b42318", label: "opposes" },
};

export interface TimelinePointInput {
  id: string;
  stance: Stance;
  /** YYYY-MM-DD */
  day: string;
  label: string;
  href: string;
}

export interface TimelinePoint extends TimelinePointInput {
  x: number;
  y: number;
  shape: string;
  colour: string;
  /** SVG points for polygons (diamond, triangle); empty for circle and square. */
  polygon: string;
}

export interface TimelineGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  lanes: { y: number; label: string; stance: Stance }[];
  ticks: { x: number; label: string }[];
  points: TimelinePoint[];
}

/** Short lane names that fit beside the chart. */
const LANE_LABEL: Record<Stance, string> = {
  supports: "supports",
  conditional: "conditional",
  undecided: "undecided",
  opposes: "opposes",
};
const WIDTH = 540;
const LEFT = 100;
const RIGHT = 24;
const TOP = 16;
const LANE = 40;
const R = 7;
const DAY = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
export const dayLabel = (day: string) => {
  const d = new Date(dayMs(day));
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

function polygonOf(shape: string, x: number, y: number): string {
  const f = (n: number) => n.toFixed(1);
  if (shape === "diamond")
    return `${f(x)},${f(y - R - 1)} ${f(x + R + 1)},${f(y)} ${f(x)},${f(y + R + 1)} ${f(x - R - 1)},${f(y)}`;
  if (shape === "triangle") return `${f(x)},${f(y - R - 1)} ${f(x + R + 1)},${f(y + R)} ${f(x - R - 1)},${f(y + R)}`;
  return "";
}

export function timelineGeometry(points: readonly TimelinePointInput[]): TimelineGeometry {
  const height = TOP + LANE * LANES.length + 36;
  const plot = { left: LEFT, right: WIDTH - RIGHT, top: TOP, bottom: TOP + LANE * LANES.length };
  const lanes = LANES.map((stance, i) => ({ stance, label: LANE_LABEL[stance], y: TOP + LANE * i + LANE / 2 }));
  const days = points.map((p) => dayMs(p.day));
  // A day's margin either side, so the first and last points are not cut by the frame.
  const min = days.length ? Math.min(...days) - DAY : 0;
  const max = days.length ? Math.max(...days) + DAY : DAY;
  const xOf = (ms: number) => plot.left + ((ms - min) / (max - min)) * (plot.right - plot.left);
  const ticks: TimelineGeometry["ticks"] = [];
  const count = 3;
  for (let i = 0; i <= count; i++) {
    const ms = min + ((max - min) * i) / count;
    const day = new Date(Math.round(ms / DAY) * DAY).toISOString().slice(0, 10);
    ticks.push({ x: xOf(ms), label: dayLabel(day) });
  }
  // Points on the same day and lane are fanned out so each stays clickable.
  const seen = new Map<string, number>();
  const placed = [...points]
    .sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id))
    .map((p) => {
      const key = `${p.day}|${p.stance}`;
      const k = seen.get(key) ?? 0;
      seen.set(key, k + 1);
      const x = xOf(dayMs(p.day)) + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * (R * 2 + 2);
      const lane = lanes.find((l) => l.stance === p.stance)!;
      const mark = STANCE_MARK[p.stance];
      return { ...p, x, y: lane.y, shape: mark.shape, colour: mark.colour, polygon: polygonOf(mark.shape, x, lane.y) };
    });
  return { width: WIDTH, height, plot, lanes, ticks, points: placed };
}

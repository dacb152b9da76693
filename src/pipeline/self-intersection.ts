/**
 * Self-intersection of a polygon's rings in O(n log n): every segment goes into a Flatbush index,
 * and each segment is tested only against the segments whose boxes overlap its own (turf's
 * `kinks` tests every pair: 264 s for 100,000 vertices).
 */
import Flatbush from 'flatbush';

type Pos = [number, number];

/** Orientation of c against the line a→b: >0 left, <0 right, 0 collinear. */
const cross = (a: Pos, b: Pos, c: Pos): number => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);

const onSegment = (a: Pos, b: Pos, p: Pos): boolean =>
  Math.min(a[0], b[0]) <= p[0] &&
  p[0] <= Math.max(a[0], b[0]) &&
  Math.min(a[1], b[1]) <= p[1] &&
  p[1] <= Math.max(a[1], b[1]);

/** Where segments a–b and c–d meet (any shared point, touching included), or null. */
export function segmentIntersection(a: Pos, b: Pos, c: Pos, d: Pos): Pos | null {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  }
  if (d1 === 0 && onSegment(c, d, a)) return a;
  if (d2 === 0 && onSegment(c, d, b)) return b;
  if (d3 === 0 && onSegment(a, b, c)) return c;
  if (d4 === 0 && onSegment(a, b, d)) return d;
  return null;
}

/**
 * The first point where a polygon's rings cross or touch themselves or each other, or null.
 * Neighbouring segments of one ring share a vertex: that is not a crossing.
 *
 * @param rings closed rings (first position repeated last), `[lng, lat]`
 * @returns the point, or null when the polygon is simple
 */
export function findSelfIntersection(rings: Pos[][]): Pos | null {
  const segs: { ring: number; i: number; n: number; a: Pos; b: Pos }[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i += 1)
      segs.push({ ring: r, i, n: ring.length - 1, a: ring[i]!, b: ring[i + 1]! });
  });
  if (segs.length === 0) return null;
  const index = new Flatbush(segs.length);
  for (const s of segs)
    index.add(Math.min(s.a[0], s.b[0]), Math.min(s.a[1], s.b[1]), Math.max(s.a[0], s.b[0]), Math.max(s.a[1], s.b[1]));
  index.finish();
  for (let k = 0; k < segs.length; k += 1) {
    const s = segs[k]!;
    const hits = index.search(
      Math.min(s.a[0], s.b[0]),
      Math.min(s.a[1], s.b[1]),
      Math.max(s.a[0], s.b[0]),
      Math.max(s.a[1], s.b[1]),
    );
    for (const j of hits) {
      if (j <= k) continue;
      const o = segs[j]!;
      if (o.ring === s.ring) {
        const gap = Math.abs(o.i - s.i);
        if (gap === 1 || gap === s.n - 1) {
          // Neighbours: they may only share their common vertex (unless they fold back on each other).
          // Segments are indexed in ring order, so o follows s: they share s's end, or (closing the ring) s's start.
          const shared = gap === 1 ? s.b : s.a;
          const p = segmentIntersection(s.a, s.b, o.a, o.b);
          if (p && !(p[0] === shared[0] && p[1] === shared[1])) return p;
          if (cross(s.a, s.b, o.a) === 0 && cross(s.a, s.b, o.b) === 0 && overlapsBeyondVertex(s.a, s.b, o.a, o.b))
            return shared;
          continue;
        }
      }
      const p = segmentIntersection(s.a, s.b, o.a, o.b);
      if (p) return p;
    }
  }
  return null;
}

/** Collinear neighbouring segments that overlap along a stretch (a spike folding back). */
function overlapsBeyondVertex(a: Pos, b: Pos, c: Pos, d: Pos): boolean {
  const axis = Math.abs(b[0] - a[0]) >= Math.abs(b[1] - a[1]) ? 0 : 1;
  const [lo1, hi1] = [Math.min(a[axis], b[axis]), Math.max(a[axis], b[axis])];
  const [lo2, hi2] = [Math.min(c[axis], d[axis]), Math.max(c[axis], d[axis])];
  return Math.min(hi1, hi2) - Math.max(lo1, lo2) > 0;
}

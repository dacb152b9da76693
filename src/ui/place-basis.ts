import type { PlaceRecord } from '../data/types';
import { LABELS, t, type Lang } from '../i18n';

/**
 * How a place was located, said for a reader in `lang`: where the geometry comes from, how far
 * it may be off, what its outline is, and the place's own note if it has one. The technical trail
 * (sources, reference rows, files) stays in `place.basis`, in the data and the exports.
 *
 * @example readerBasis({ precision: 'area', … }, 'en') // 'Placed in the right neighbourhood; it may be off by up to about 1 km.'
 */
export function readerBasis(place: Pick<PlaceRecord, 'precision' | 'outline' | 'osm' | 'note'>, lang: Lang): string {
  const parts: string[] = [];
  if (place.osm) {
    const what = place.outline === 'osm' ? (lang === 'zh' ? '轮廓' : 'outline') : lang === 'zh' ? '位置' : 'position';
    parts.push(
      lang === 'zh'
        ? `${what}取自 OpenStreetMap 的“${place.osm.name}”(${t(lang, 'osmCredit')})。`
        : `The ${what} of “${place.osm.name}” from OpenStreetMap (${t(lang, 'osmCredit')}).`,
    );
  } else {
    parts.push(LABELS.placedBy[place.precision][lang]);
  }
  if (place.outline) parts.push(LABELS.outlineSays[place.outline][lang]);
  if (place.note) parts.push(place.note[lang]);
  return parts.filter((p) => p !== '').join(lang === 'zh' ? '' : ' ');
}

import type { Category } from '../../data/types';

export interface SnapshotInput {
  mapCanvas: HTMLCanvasElement;
  title: string;
  /** Lines under the title: what is shown (filters, count), the data's dates, the view's link. */
  lines: string[];
  legend: { label: string; colour: [number, number, number] }[];
  attribution: string;
}

/**
 * A PNG of the map as shown, with a title, a legend and the attribution drawn onto it, for
 * printing or a slide. Call it inside the map's `render` event: the canvas keeps no drawing buffer
 * (`preserveDrawingBuffer` is off), so it is readable only until the frame is presented.
 */
export async function renderSnapshot(input: SnapshotInput): Promise<Blob> {
  const { mapCanvas } = input;
  const ratio = mapCanvas.width / mapCanvas.clientWidth || 1;
  const canvas = document.createElement('canvas');
  canvas.width = mapCanvas.width;
  canvas.height = mapCanvas.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.drawImage(mapCanvas, 0, 0);
  ctx.scale(ratio, ratio);
  const font = "system-ui, 'PingFang SC', 'Noto Sans SC', 'Noto Sans Hans', sans-serif";
  // Title block, top left: as wide as its longest line allows.
  ctx.font = `12px ${font}`;
  const blockW = Math.min(
    mapCanvas.clientWidth - 20,
    Math.max(360, ...input.lines.map((l) => ctx.measureText(l).width + 24)),
  );
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(10, 10, blockW, 38 + input.lines.length * 17);
  ctx.fillStyle = '#1f2328';
  ctx.font = `bold 18px ${font}`;
  ctx.fillText(input.title, 20, 34, blockW - 20);
  input.lines.forEach((line, i) => {
    ctx.font = `${i === 0 ? 'bold ' : ''}12px ${font}`;
    ctx.fillText(line, 20, 53 + i * 17, blockW - 20);
  });
  // Legend, bottom left.
  const rowH = 18;
  const height = input.legend.length * rowH + 12;
  const top = mapCanvas.clientHeight - height - 40;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(10, top, 200, height);
  input.legend.forEach((entry, i) => {
    ctx.fillStyle = `rgb(${entry.colour.join(',')})`;
    ctx.fillRect(18, top + 8 + i * rowH, 12, 12);
    ctx.fillStyle = '#1f2328';
    ctx.font = `12px ${font}`;
    ctx.fillText(entry.label, 38, top + 18 + i * rowH, 165);
  });
  // Attribution, bottom right.
  ctx.font = `11px ${font}`;
  const width = Math.min(ctx.measureText(input.attribution).width + 16, mapCanvas.clientWidth - 20);
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(mapCanvas.clientWidth - width - 10, mapCanvas.clientHeight - 26, width, 18);
  ctx.fillStyle = '#333';
  ctx.fillText(input.attribution, mapCanvas.clientWidth - width - 2, mapCanvas.clientHeight - 13, width - 10);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

export type { Category };

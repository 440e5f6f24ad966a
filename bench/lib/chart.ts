// The build-time chart of BENCHMARKS.md: build time against corpus size, both axes logarithmic, so
// that time proportional to size is a straight line of slope 1 (drawn dashed through the middle
// size for comparison) and a fixed cost shows as a flat start. Plain SVG, written by hand: one
// line, a few points and labels do not need a charting library.

export interface ChartPoint {
  explainers: number;
  seconds: number;
  label: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function buildTimeChart(points: readonly ChartPoint[], caption: string): string {
  const width = 640;
  const height = 380;
  const margin = { left: 70, right: 30, top: 40, bottom: 70 };
  const sorted = [...points].sort((a, b) => a.explainers - b.explainers);
  const xs = sorted.map((p) => Math.log10(p.explainers));
  const ys = sorted.map((p) => Math.log10(p.seconds));
  const xMin = Math.floor(Math.min(...xs)) - 0.15;
  const xMax = Math.ceil(Math.max(...xs)) + 0.15;
  const yMin = Math.floor(Math.min(...ys));
  const yMax = Math.ceil(Math.max(...ys) + 0.05);
  const x = (value: number) => margin.left + ((Math.log10(value) - xMin) / (xMax - xMin)) * (width - margin.left - margin.right);
  const y = (value: number) => height - margin.bottom - ((Math.log10(value) - yMin) / (yMax - yMin)) * (height - margin.top - margin.bottom);

  const parts: string[] = [];
  for (let exponent = yMin; exponent <= yMax; exponent++) {
    const value = 10 ** exponent;
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(value)}" y2="${y(value)}" stroke="#ddd"/>`,
      `<text x="${margin.left - 8}" y="${y(value) + 4}" text-anchor="end">${value >= 1 ? value : value.toFixed(1)} s</text>`,
    );
  }
  for (const point of sorted) {
    parts.push(
      `<line x1="${x(point.explainers)}" x2="${x(point.explainers)}" y1="${margin.top}" y2="${height - margin.bottom}" stroke="#eee"/>`,
      `<text x="${x(point.explainers)}" y="${height - margin.bottom + 18}" text-anchor="middle">${point.explainers.toLocaleString('en')}</text>`,
    );
  }
  // Time proportional to size, through the middle point: where the measured line bends below it,
  // the fixed cost (compile, type check) is still being spread.
  const anchor = sorted[Math.floor((sorted.length - 1) / 2)];
  if (anchor && sorted.length > 1) {
    const first = sorted[0] as ChartPoint;
    const last = sorted.at(-1) as ChartPoint;
    const at = (explainers: number) => (anchor.seconds * explainers) / anchor.explainers;
    parts.push(
      `<line x1="${x(first.explainers)}" y1="${y(Math.max(at(first.explainers), 10 ** yMin))}" x2="${x(last.explainers)}" y2="${y(Math.min(at(last.explainers), 10 ** yMax))}" stroke="#999" stroke-dasharray="6 4"/>`,
    );
  }
  parts.push(`<polyline fill="none" stroke="#b3261e" stroke-width="2.5" points="${sorted.map((p) => `${x(p.explainers)},${y(p.seconds)}`).join(' ')}"/>`);
  for (const [index, point] of sorted.entries()) {
    // The first label goes right of its point, the others left, so that none leaves the picture.
    const first = index === 0;
    parts.push(
      `<circle cx="${x(point.explainers)}" cy="${y(point.seconds)}" r="4.5" fill="#b3261e"/>`,
      `<text x="${x(point.explainers) + (first ? 8 : -8)}" y="${y(point.seconds) - 12}" text-anchor="${first ? 'start' : 'end'}">${escapeXml(point.label)}</text>`,
    );
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-label="${escapeXml(caption)}">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${margin.left}" y="22" font-size="14" font-weight="600">${escapeXml(caption)}</text>`,
    ...parts,
    `<text x="${(margin.left + width - margin.right) / 2}" y="${height - 30}" text-anchor="middle">explainers in the corpus (3 pages × ja + en each; log scale)</text>`,
    `<text x="${margin.left}" y="${height - 4}" fill="#777">dashed: time proportional to size, through the middle point</text>`,
    '</svg>',
    '',
  ].join('\n');
}

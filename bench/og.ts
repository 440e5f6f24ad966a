// Times the OG renderer: the first (cold) render in a fresh process, which opens the fonts and
// starts satori and resvg, then N warm renders each of a plain card and of the same card with
// both badges (the year of an old explainer and its update date), alternating, so that the
// badges' cost is a ratio measured in the same minute. Usage: tsx bench/og.ts [N]
import { renderExplainerOgImage } from '@/components/og/og-image';
import type { ExplainerOgImageProps } from '@/lib/og/cards';

const props: ExplainerOgImageProps = {
  locale: 'ja',
  siteName: 'Kaisetsu',
  explainerTitle: '北朝鮮・ロシア・中国の接近は何を意味するのか',
  pageTitle: 'なぜ今、3カ国は近づくのか',
  pageNumber: 2,
  pageCount: 3,
  text: '制裁と戦争が、それぞれの国に「相手を必要とする理由」を与えた。',
  textKind: 'teaser',
};
const badged: ExplainerOgImageProps = { ...props, yearBadge: '2024年', updatedBadge: '更新 2026年12月1日' };

async function renderOnce(card: ExplainerOgImageProps, variant: number): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  // A different page title each time, so no layer can hand back a cached result.
  const response = await renderExplainerOgImage({ ...card, pageTitle: `${card.pageTitle}（${variant}）` });
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - started, bytes };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 20);
  const cold = await renderOnce(props, 0);
  const warm: { plain: number[]; badged: number[] } = { plain: [], badged: [] };
  let badgedBytes = 0;
  for (let i = 1; i <= runs; i += 1) {
    // The order flips every round, so neither card always runs on the warmer heap.
    const order = i % 2 === 0 ? (['plain', 'badged'] as const) : (['badged', 'plain'] as const);
    for (const kind of order) {
      const result = await renderOnce(kind === 'plain' ? props : badged, i);
      warm[kind].push(result.ms);
      if (kind === 'badged') badgedBytes = result.bytes;
    }
  }
  const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
  const summary = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return { median: percentile(sorted, 0.5), text: `median ${fmt(percentile(sorted, 0.5))}, p90 ${fmt(percentile(sorted, 0.9))}, min ${fmt(sorted[0] ?? Number.NaN)}` };
  };
  const plain = summary(warm.plain);
  const withBadges = summary(warm.badged);
  console.log(`og bench: 1200×630 PNG, ${cold.bytes} bytes (with badges ${badgedBytes} bytes)`);
  console.log(`  cold (first render, fonts + wasm): ${fmt(cold.ms)}`);
  console.log(`  warm x${runs}: ${plain.text}`);
  console.log(`  warm x${runs} with badges: ${withBadges.text}; median ratio ${(withBadges.median / plain.median).toFixed(2)}`);
}

void main();

// Times the OG renderer: the first (cold) render in a fresh process, which opens the fonts and
// starts satori and resvg, then the median of N warm renders. Usage: tsx bench/og.ts [N]
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

async function renderOnce(variant: number): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  // A different page title each time, so no layer can hand back a cached result.
  const response = await renderExplainerOgImage({ ...props, pageTitle: `${props.pageTitle}（${variant}）` });
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - started, bytes };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 20);
  const cold = await renderOnce(0);
  const warm: number[] = [];
  for (let i = 1; i <= runs; i += 1) warm.push((await renderOnce(i)).ms);
  warm.sort((a, b) => a - b);
  const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
  console.log(`og bench: 1200×630 PNG, ${cold.bytes} bytes`);
  console.log(`  cold (first render, fonts + wasm): ${fmt(cold.ms)}`);
  console.log(
    `  warm x${runs}: median ${fmt(percentile(warm, 0.5))}, p90 ${fmt(percentile(warm, 0.9))}, min ${fmt(warm[0] ?? Number.NaN)}`,
  );
}

void main();

// Synthetic explainers for the benchmarks: N folders, each a 3-page explainer in ja and en (about
// the size of a real one) with one source image, valid for the content layer. Shared by
// `npm run bench:content` (parse time) and `npm run bench` (build time against corpus size).
import fs from 'node:fs';
import path from 'node:path';

/** Pages per synthetic explainer and locale: the build makes 3 pages + the all-pages view of each. */
export const SYNTHETIC_PAGES = 3;

// A 1×1 PNG, so that every explainer also exercises the image checks.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC',
  'base64',
);

const JA_SENTENCES = [
  '両国の首脳は会談を重ね、協力の範囲を広げてきました。',
  'その背景には、国際情勢の変化に対する警戒感があります。',
  '一方で、経済面での結びつきは思ったほど強まっていません。',
  '専門家の間では、今後の見通しについて意見が分かれています。',
];
const EN_SENTENCES = [
  'The two leaders have met repeatedly and widened their cooperation.',
  'Behind this lies a shared wariness of a changing world order.',
  'Economic ties, on the other hand, have grown less than expected.',
  'Experts disagree about where the relationship goes from here.',
];

// Real addresses, one per card of a file (n = 1…6): a published explainer may not cite a reserved
// example domain (CONTENT.md, "Before publishing"), nor one address on two cards, and the corpus
// must pass the checks a real one does. The two articles our explainer cites, and the front pages
// of public broadcasters and foreign ministries.
const SOURCES = [
  { name: '新潮社 Foresight', url: 'https://www.fsight.jp/articles/-/50692' },
  { name: '山陽新聞デジタル（さんデジ）', url: 'https://www.sanyonews.jp/article/1620217' },
  { name: 'NHK', url: 'https://www3.nhk.or.jp/news/' },
  { name: 'BBC News', url: 'https://www.bbc.com/news' },
  { name: '外務省', url: 'https://www.mofa.go.jp/mofaj/' },
  { name: 'Ministry of Foreign Affairs of Japan', url: 'https://www.mofa.go.jp/' },
] as const;

function paragraph(sentences: string[], seed: number, count: number, joiner: string): string {
  return Array.from({ length: count }, (_, i) => sentences[(seed + i) % sentences.length]).join(joiner);
}

export function explainerFile(locale: 'ja' | 'en', index: number): string {
  const ja = locale === 'ja';
  const s = ja ? JA_SENTENCES : EN_SENTENCES;
  const join = ja ? '' : ' ';
  // A year in the past, so that no explainer of the corpus is scheduled (left out of the build).
  const day = String((index % 28) + 1).padStart(2, '0');
  const month = String((index % 12) + 1).padStart(2, '0');
  const lines = [
    '---',
    `title: ${ja ? `合成された解説その${index}はどうなる?` : `What happens in synthetic explainer ${index}?`}`,
    `lead: ${paragraph(s, index, 3, join)}`,
    'keyPoints:',
    ...[0, 1, 2].map((k) => `  - ${s[(index + k) % s.length]}`),
    `published: 2025-${month}-${day}`,
    'topics: [benchmark, synthetic]',
    '---',
    '',
  ];
  for (let page = 1; page <= 3; page++) {
    lines.push(`::page{title="${ja ? `第${page}部` : `Part ${page}`}" teaser="${s[page % s.length]}"}`, '', paragraph(s, page, 2, join), '');
    for (let section = 1; section <= 2; section++) {
      const n = (page - 1) * 2 + section;
      lines.push(
        `## ${ja ? `論点${n}` : `Point ${n}`}`,
        '',
        `:::qa{question="${ja ? `論点${n}の答えは？` : `What about point ${n}?`}"}`,
        s[n % s.length] ?? '',
        ':::',
        '',
        paragraph(s, n, 4, join),
        '',
        `${ja ? '詳しくは' : 'See'} **${ja ? '資料' : 'the report'}** [${ja ? 'こちら' : 'here'}](${SOURCES[(index + n) % SOURCES.length]!.url}).`,
        '',
        `:::source{name="${SOURCES[(index + n) % SOURCES.length]!.name}" url="${SOURCES[(index + n) % SOURCES.length]!.url}"${n === 1 ? ` image="images/photo.png" alt="photo" credit="${SOURCES[(index + n) % SOURCES.length]!.name}"` : ''}}`,
        `- ${s[0]}`,
        `- ${s[1]}`,
        ':::',
        '',
        ':::commentary',
        paragraph(s, n + 1, 3, join),
        ':::',
        '',
        ':::voice',
        s[(n + 2) % s.length] ?? '',
        ':::',
        '',
        `- ${s[2]}`,
        `- ${s[3]}`,
        '',
      );
    }
  }
  return lines.join('\n');
}

export function writeCorpus(root: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const dir = path.join(root, 'explainers', `synthetic-${String(i).padStart(4, '0')}`);
    fs.mkdirSync(path.join(dir, 'images'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'ja.md'), explainerFile('ja', i));
    fs.writeFileSync(path.join(dir, 'en.md'), explainerFile('en', i));
    fs.writeFileSync(path.join(dir, 'images', 'photo.png'), PNG);
  }
}

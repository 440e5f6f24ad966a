// The editors' preview of one explainer, rendered to HTML as `npm run dev` renders it, with the
// site's own messages (next-intl's server helpers replaced by the same translator over
// messages/*.json): status, reading time, checker messages, share images, six link cards per page
// and the JSON-LD. The fixture content of the browser tests (tests/fixtures/content/site/).
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Locale } from '@/i18n/locales';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';

const messages = { ja, en } as const;

vi.mock('next-intl/server', async () => {
  const { createFormatter, createTranslator } = await import('next-intl');
  type Arg = string | { locale?: Locale; namespace?: string } | undefined;
  return {
    getTranslations: async (arg: Arg) => {
      const { locale = 'ja', namespace } = typeof arg === 'string' ? { namespace: arg } : (arg ?? {});
      return createTranslator({ locale, messages: messages[locale], ...(namespace ? { namespace } : {}) } as never);
    },
    getFormatter: async () => createFormatter({ locale: 'ja', timeZone: 'Asia/Tokyo' }),
    getLocale: async () => 'ja',
  };
});

let html: (slug: string) => Promise<string>;

beforeAll(async () => {
  vi.stubEnv('KAISETSU_CONTENT_DIR', path.join(__dirname, '../fixtures/content/site'));
  const { getExplainer, listContentIssues } = await import('@/lib/content');
  const { ExplainerPreview } = await import('@/components/preview/explainer-preview');
  html = async (slug) => {
    const explainer = getExplainer('ja', slug);
    if (!explainer) throw new Error(`no fixture explainer ${slug}`);
    return renderToStaticMarkup(await ExplainerPreview({ explainer, issues: listContentIssues(explainer) }));
  };
});

describe('the editors preview', () => {
  it('shows status, reading time, every page share image, six cards per page and the JSON-LD', async () => {
    const page = await html('city-library-move');
    expect(page).toContain('<h1 id="preview-title">編集者プレビュー:市立図書館はなぜ駅前に移るの？</h1>');
    expect(page).toMatch(/data-testid="preview-status">公開中</);
    expect(page).toMatch(/data-testid="preview-reading-time">約?\d+分/);
    // Three pages: three share images, three sets of six mock-ups.
    expect(page.match(/<img src="\/og\/opengraph-image\/ja-city-library-move-\d-[\w-]+\.png"/g)).toHaveLength(3 + 3 * 6);
    for (const service of ['X', 'Facebook', 'LINE', 'Slack', 'Discord', 'Hatena Bookmark']) {
      expect(page.match(new RegExp(`<figcaption class="share-mockup__service">${service}</figcaption>`, 'g'))).toHaveLength(3);
    }
    expect(page).toContain('&quot;@type&quot;: &quot;NewsArticle&quot;');
    expect(page).toContain('この解説への警告はありません。');
  });

  it('names a scheduled explainer as such, with the checker’s information line', async () => {
    const page = await html('harbor-festival-scheduled');
    expect(page).toMatch(/data-testid="preview-status">予約公開:2099年4月1日 7:00\(日本時間\)以降のビルドで公開</);
    expect(page).toContain('<li data-severity="info"><strong>お知らせ</strong>');
    expect(page).toContain('scheduled to go online with the first build on or after 2099-04-01 07:00 (Japan time)');
  });

  it('shows a draft, and the checker’s warnings for a file', async () => {
    expect(await html('river-cleanup-draft')).toMatch(/data-testid="preview-status">下書き</);
    expect(await html('bus-route-review')).toContain('no English translation (en.md) yet');
  });
});

import { getFormatter, getTranslations } from 'next-intl/server';
import type { ContentIssue, Explainer } from '@/lib/content';
import { explainerOgCard, ogImageOf } from '@/lib/og/cards';
import { explainerJsonLd } from '@/lib/seo/explainer-json-ld';
import { explainerPageMetadata } from '@/lib/seo/metadata';
import { explainerPagePath } from '@/lib/site/paths';
import { readingMinutes } from '@/lib/site/reading-time';
import { shareServices, imageBox } from '@/lib/site/share-previews';
import { siteUrl } from '@/lib/site/site-url';
import { ShareMockup, type MockupWords, type SharedPage } from './share-mockup';

/**
 * The editors' preview of one explainer (`npm run dev` only: app/[locale]/preview/): its status,
 * reading time, the checker's messages, every page's share image and link cards, and the JSON-LD.
 * Everything comes from the same functions the pages use, so what it shows is what ships.
 */
export async function ExplainerPreview({ explainer, issues }: { explainer: Explainer; issues: readonly ContentIssue[] }) {
  const [t, site, explainerT, format] = await Promise.all([
    getTranslations('Preview'),
    getTranslations('Site'),
    getTranslations('Explainer'),
    getFormatter(),
  ]);
  const domain = new URL(siteUrl()).host;
  const pages = await Promise.all(
    explainer.pages.map(async (page): Promise<{ number: number; title: string; path: string; shared: SharedPage }> => {
      const [metadata, card] = await Promise.all([explainerPageMetadata(explainer, page), explainerOgCard(explainer, page)]);
      const ogTitle = String(metadata.openGraph?.title ?? metadata.title ?? '');
      const label = metadata.other?.['twitter:label1'];
      const value = metadata.other?.['twitter:data1'];
      return {
        number: page.number,
        title: page.title,
        path: explainerPagePath(explainer.locale, explainer.slug, page.number),
        shared: {
          ogTitle,
          // The [locale] layout's title template.
          documentTitle: `${String(metadata.title ?? '')} | ${site('name')}`,
          description: String(metadata.description ?? ''),
          image: ogImageOf(card),
          domain,
          siteName: site('name'),
          ...(label !== undefined && value !== undefined ? { label: { name: String(label), value: String(value) } } : {}),
        },
      };
    }),
  );
  const jsonLd = JSON.stringify(await explainerJsonLd(explainer, explainer.pages[0]), null, 2);
  const minutes = readingMinutes(explainer.characterCount, explainer.locale);
  const status = explainer.draft
    ? t('statusDraft')
    : explainer.scheduled
      ? t('statusScheduled', { when: format.dateTime(new Date(explainer.publishAt), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }) })
      : t('statusPublished');
  const words = (service: (typeof shareServices)[number]): MockupWords => {
    const box = imageBox(service);
    return {
      titleNote: (shown, length, cut) => (cut ? t('titleCut', { shown, length }) : t('titleWhole', { length })),
      descriptionNote: (shown, length, cut) => (cut ? t('descriptionCut', { shown, length }) : t('descriptionWhole', { length })),
      noDescription: t('noDescription'),
      imageNote:
        service.image.mode === 'crop'
          ? t('imageCrop', { width: box.width, height: box.height })
          : t('imageFit', { width: box.width, height: box.height }),
    };
  };

  return (
    <article className="preview" aria-labelledby="preview-title">
      <p role="note" className="draft-banner">{t('notice')}</p>
      <h1 id="preview-title">{t('title', { title: explainer.title })}</h1>
      <dl className="preview__facts">
        <dt>{t('status')}</dt>
        <dd data-testid="preview-status">{status}</dd>
        <dt>{t('readingTime')}</dt>
        <dd data-testid="preview-reading-time">
          {explainerT('readingTime', { minutes })} ({t('characters', { count: explainer.characterCount })})
        </dd>
        <dt>{t('file')}</dt>
        <dd>
          <code>{explainer.sourcePath}</code>
        </dd>
      </dl>

      <section aria-labelledby="preview-checker">
        <h2 id="preview-checker">{t('checker')}</h2>
        {issues.length === 0 ? (
          <p>{t('noIssues')}</p>
        ) : (
          <ul className="preview__issues">
            {issues.map((issue) => (
              <li key={`${issue.path}:${issue.line}:${issue.column}:${issue.message}`} data-severity={issue.severity}>
                <strong>{t(`severity.${issue.severity}`)}</strong>{' '}
                <code>
                  {issue.path}:{issue.line}:{issue.column}
                </code>{' '}
                {issue.message} <span className="preview__hint">({issue.hint})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="preview-images">
        <h2 id="preview-images">{t('shareImages')}</h2>
        <ul className="preview__images">
          {pages.map((page) => (
            <li key={page.number}>
              <figure>
                {/* eslint-disable-next-line @next/next/no-img-element -- the prerendered card itself, at its real size ratio */}
                <img src={page.shared.image.url} alt={page.shared.image.alt} width={600} height={315} />
                <figcaption>
                  <a href={page.path}>{t('pageLabel', { page: page.number, title: page.title })}</a>{' '}
                  <code>{page.shared.image.url}</code> ({page.shared.image.width}×{page.shared.image.height})
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="preview-cards">
        <h2 id="preview-cards">{t('cards')}</h2>
        <p>{t('cardsIntro')}</p>
        {pages.map((page) => (
          <details key={page.number} open={page.number === 1} className="preview__page-cards">
            <summary>
              <h3 className="preview__summary-heading">{t('pageLabel', { page: page.number, title: page.title })}</h3>
            </summary>
            <div className="preview__mockups">
              {shareServices.map((service) => (
                <ShareMockup key={service.id} service={service} page={page.shared} words={words(service)} />
              ))}
            </div>
          </details>
        ))}
      </section>

      <section aria-labelledby="preview-json-ld">
        <h2 id="preview-json-ld">{t('jsonLd')}</h2>
        <pre className="preview__json" tabIndex={0} aria-labelledby="preview-json-ld" data-testid="preview-json-ld">
          {jsonLd}
        </pre>
      </section>
    </article>
  );
}

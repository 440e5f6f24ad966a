import { getTranslations } from 'next-intl/server';
import type { SourceSummary as SourceSummaryData } from '@/lib/content';
import { InlineContent } from './prose';

/** A cited article: the points taken from it, its name and a link to it. */
export async function SourceSummary({ source }: { source: SourceSummaryData }) {
  const t = await getTranslations('Source');
  return (
    <figure className="source-card">
      <p className="source-card__label">{t('label')}</p>
      <blockquote cite={source.url} className="source-card__quote">
        <ul className="source-card__points">
          {source.points.map((point, index) => (
            <li key={index}>
              <span aria-hidden="true" className="source-card__check">
                ✅
              </span>
              <span>
                <InlineContent nodes={point} />
              </span>
            </li>
          ))}
        </ul>
      </blockquote>
      {source.image && (
        // A plain <img>: the source images are small editor-supplied files served as they are.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={source.image.src} alt={source.image.alt} className="source-card__image" loading="lazy" />
      )}
      <figcaption className="source-card__caption">
        {t('readMore')} ⇒{' '}
        <cite>
          <a href={source.url} rel="noopener noreferrer" className="source-card__link">
            {source.name}
          </a>
        </cite>
        <span className="source-card__credit">
          {t('credit')}: <span className="source-card__url">{source.url}</span>
        </span>
        {source.image && <span className="source-card__credit">{t('imageCredit', { credit: source.image.credit })}</span>}
      </figcaption>
    </figure>
  );
}

import { getFormatter, getTranslations } from 'next-intl/server';
import { SiteLink } from '@/components/site/site-link';
import { getRelatedExplainers } from '@/lib/content';
import type { Explainer } from '@/lib/content';
import { explainerPagePath } from '@/lib/site/paths';
import { displayDate } from '@/lib/site/display-date';

/**
 * What to read next once an explainer is finished: explainers of the same edition sharing a topic,
 * newest first. Nothing at all when there is none.
 */
export async function RelatedExplainers({ explainer }: { explainer: Explainer }) {
  const related = getRelatedExplainers(explainer);
  if (related.length === 0) return null;
  const [t, home, format] = await Promise.all([getTranslations('Explainer'), getTranslations('Home'), getFormatter()]);
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading" className="related__heading">
        {t('related')}
      </h2>
      <ul className="related__list">
        {related.map((other) => {
          const foreign = other.locale !== explainer.locale;
          const date = other.updated ?? other.published;
          return (
            <li key={`${other.locale}/${other.slug}`} className="related__item">
              <SiteLink href={explainerPagePath(other.locale, other.slug)} lang={foreign ? other.locale : undefined} className="related__link">
                {other.title}
              </SiteLink>
              <span className="related__meta">
                <time dateTime={date}>{format.dateTime(displayDate(date), { dateStyle: 'medium' })}</time>
                {foreign && <span className="related__badge">{home('japaneseOnly')}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

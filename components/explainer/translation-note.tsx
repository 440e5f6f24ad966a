import { getFormatter, getTranslations } from 'next-intl/server';
import { defaultLocale } from '@/i18n/locales';
import type { Explainer } from '@/lib/content';
import { displayDate } from '@/lib/site/display-date';
import { explainerAllPath, explainerPagePath } from '@/lib/site/paths';

/**
 * "Translated from the Japanese edition of <date>" on a translation that names the version of
 * ja.md it was brought in step with (`translatedFrom:`, written by `npm run translation:mark`).
 * The words "the Japanese edition" link to the same page of it, when it is published.
 */
export async function TranslationNote({ explainer, page }: { explainer: Explainer; page: number | 'all' }) {
  const mark = explainer.translatedFrom;
  if (!mark || explainer.locale === defaultLocale) return null;
  const [t, format] = await Promise.all([getTranslations('Explainer'), getFormatter()]);
  const href = !explainer.translations.includes(defaultLocale)
    ? undefined
    : page === 'all'
      ? explainerAllPath(defaultLocale, explainer.slug)
      : explainerPagePath(defaultLocale, explainer.slug, page);
  return (
    <p className="translation-note">
      {t.rich('translatedFrom', {
        date: format.dateTime(displayDate(mark.date), { dateStyle: 'long' }),
        time: (chunks) => <time dateTime={mark.date}>{chunks}</time>,
        original: (chunks) =>
          href ? (
            <a href={href} hrefLang={defaultLocale}>
              {chunks}
            </a>
          ) : (
            chunks
          ),
      })}
    </p>
  );
}

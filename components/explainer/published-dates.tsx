import { getFormatter, getTranslations } from 'next-intl/server';
import { displayDate } from '@/lib/site/display-date';

/** 公開 / 更新 dates as <time> elements, formatted for the reader's locale. */
export async function PublishedDates({ published, updated }: { published: string; updated?: string }) {
  const [t, format] = await Promise.all([getTranslations('Explainer'), getFormatter()]);
  const style = { dateStyle: 'long' } as const;
  return (
    <p className="published-dates">
      <span>
        {t('published')} <time dateTime={published}>{format.dateTime(displayDate(published), style)}</time>
      </span>
      {updated && (
        <span>
          {t('updated')} <time dateTime={updated}>{format.dateTime(displayDate(updated), style)}</time>
        </span>
      )}
    </p>
  );
}

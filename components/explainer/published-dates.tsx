import { getFormatter, getTranslations } from 'next-intl/server';

/** 公開 / 更新 dates as <time> elements, formatted for the reader's locale. */
export async function PublishedDates({ published, updated }: { published: string; updated?: string }) {
  const [t, format] = await Promise.all([getTranslations('Explainer'), getFormatter()]);
  // Content dates are calendar dates (YYYY-MM-DD); format them at noon UTC so no time zone
  // shifts them to the previous or next day.
  const asDate = (iso: string) => new Date(`${iso}T12:00:00Z`);
  const style = { dateStyle: 'long' } as const;
  return (
    <p className="published-dates">
      <span>
        {t('published')} <time dateTime={published}>{format.dateTime(asDate(published), style)}</time>
      </span>
      {updated && (
        <span>
          {t('updated')} <time dateTime={updated}>{format.dateTime(asDate(updated), style)}</time>
        </span>
      )}
    </p>
  );
}

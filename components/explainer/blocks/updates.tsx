import { getFormatter, getTranslations } from 'next-intl/server';
import type { Update } from '@/lib/content';

const asDate = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** The latest update, one line under the title: "更新 2026年12月1日: …". */
export async function LatestUpdate({ updates }: { updates?: Update[] }) {
  const latest = updates?.[0];
  if (!latest) return null;
  const [t, format] = await Promise.all([getTranslations('Updates'), getFormatter()]);
  return (
    <p className="latest-update">
      {t('latest', { date: format.dateTime(asDate(latest.date), { dateStyle: 'long' }), text: latest.text })}
    </p>
  );
}

export const updatesAnchor = 'updates';

/** Every update, newest first, at the end of the explainer. */
export async function UpdateLog({ updates }: { updates?: Update[] }) {
  if (!updates || updates.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations('Updates'), getFormatter()]);
  return (
    <section id={updatesAnchor} aria-labelledby="updates-heading" className="update-log">
      <h2 id="updates-heading">{t('log')}</h2>
      <ul>
        {updates.map((update, index) => (
          <li key={index}>
            <time dateTime={update.date}>{format.dateTime(asDate(update.date), { dateStyle: 'medium' })}</time>
            <span>{update.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { getFormatter, getTranslations } from 'next-intl/server';
import type { Update } from '@/lib/content';
import { displayDate } from '@/lib/site/display-date';
import { DatedLog } from '../dated-log';

/** The latest update, one line under the title: "更新 2026年12月1日: …". */
export async function LatestUpdate({ updates }: { updates?: Update[] }) {
  const latest = updates?.[0];
  if (!latest) return null;
  const [t, format] = await Promise.all([getTranslations('Updates'), getFormatter()]);
  return (
    <p className="latest-update">
      {t('latest', { date: format.dateTime(displayDate(latest.date), { dateStyle: 'long' }), text: latest.text })}
    </p>
  );
}

export const updatesAnchor = 'updates';

/** Every update, newest first, at the end of the explainer. */
export async function UpdateLog({ updates }: { updates?: Update[] }) {
  if (!updates || updates.length === 0) return null;
  const t = await getTranslations('Updates');
  return <DatedLog id={updatesAnchor} className="update-log" heading={t('log')} entries={updates} />;
}

import { getFormatter, getTranslations } from 'next-intl/server';
import type { Timeline } from '@/lib/content';
import { InlineContent } from '../prose';

const STYLES = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { dateStyle: 'long' },
} as const;

/** Dated entries in order: an ordered list, each date a <time> as precise as the editor wrote it. */
export async function TimelineBlock({ timeline }: { timeline: Timeline }) {
  const [t, format] = await Promise.all([getTranslations('Timeline'), getFormatter()]);
  return (
    <div className="timeline" role="group" aria-label={t('label')}>
      <p className="timeline__label">{t('label')}</p>
      <ol className="timeline__list">
        {timeline.entries.map((entry, index) => {
          // Calendar dates at noon UTC, so that no time zone moves them to another day.
          const iso = entry.precision === 'year' ? `${entry.date}-07-01` : entry.precision === 'month' ? `${entry.date}-15` : entry.date;
          return (
            <li key={index} className="timeline__entry">
              <time dateTime={entry.date} className="timeline__date">
                {format.dateTime(new Date(`${iso}T12:00:00Z`), STYLES[entry.precision])}
              </time>
              <span className="timeline__text">
                <InlineContent nodes={entry.children} />
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

import { getFormatter, getTranslations } from 'next-intl/server';
import type { Correction } from '@/lib/content';
import { displayDate } from '@/lib/site/display-date';

/** The log's anchor: the header links here ("corrected") from every page. */
export const correctionsAnchor = 'corrections';

export async function Corrections({ corrections }: { corrections: Correction[] }) {
  if (corrections.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations('Explainer'), getFormatter()]);
  return (
    <section id={correctionsAnchor} aria-labelledby="corrections-heading" className="corrections">
      <h2 id="corrections-heading">{t('corrections')}</h2>
      <ul>
        {corrections.map((correction, index) => (
          <li key={index}>
            <time dateTime={correction.date}>
              {format.dateTime(displayDate(correction.date), { dateStyle: 'medium' })}
            </time>
            <span>{correction.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

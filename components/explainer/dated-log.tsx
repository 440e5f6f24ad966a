import { getFormatter } from 'next-intl/server';
import { displayDate } from '@/lib/site/display-date';

/**
 * A dated log at the end of an explainer, newest first as the content lists it: the update log and
 * the corrections. `id` is the anchor pages link to; its heading is `${id}-heading`.
 */
export async function DatedLog({ id, className, heading, entries }: { id: string; className: string; heading: string; entries: readonly { date: string; text: string }[] }) {
  if (entries.length === 0) return null;
  const format = await getFormatter();
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <ul>
        {entries.map((entry, index) => (
          <li key={index}>
            <time dateTime={entry.date}>{format.dateTime(displayDate(entry.date), { dateStyle: 'medium' })}</time>
            <span>{entry.text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

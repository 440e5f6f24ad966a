import { SiteLink } from '@/components/site/site-link';
import type { Locale } from '@/i18n/locales';
import { getTopic } from '@/lib/content';
import { topicPath } from '@/lib/site/paths';

/**
 * An explainer's topics as links to their pages, named in the reader's language (which may differ
 * from the explainer's: a Japanese-only explainer on /en). Names the topics file does not define
 * (the placeholder of a draft on the development server) are left out.
 */
export function TopicLinks({
  topics,
  readerLocale,
  label,
  className,
}: {
  topics: readonly string[];
  readerLocale: Locale;
  /** Accessible name of the list. */
  label: string;
  className?: string;
}) {
  const known = topics.flatMap((slug) => getTopic(readerLocale, slug) ?? []);
  if (known.length === 0) return null;
  return (
    <ul className={['topic-links', className].filter(Boolean).join(' ')} aria-label={label} lang={readerLocale}>
      {known.map((topic) => (
        <li key={topic.slug}>
          <SiteLink href={topicPath(readerLocale, topic.slug)} className="topic-links__link">
            {topic.name}
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}

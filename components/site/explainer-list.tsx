import type { Locale } from '@/i18n/locales';
import type { Explainer } from '@/lib/content';
import { ExplainerCard } from './explainer-card';

/** A list of explainer cards (home, topic pages), or the edition's "nothing yet" line. */
export function ExplainerList({
  explainers,
  readerLocale,
  emptyText,
}: {
  explainers: readonly Explainer[];
  readerLocale: Locale;
  emptyText: string;
}) {
  if (explainers.length === 0) return <p>{emptyText}</p>;
  return (
    <div className="explainer-list">
      {explainers.map((explainer) => (
        <ExplainerCard key={`${explainer.locale}/${explainer.slug}`} explainer={explainer} readerLocale={readerLocale} />
      ))}
    </div>
  );
}

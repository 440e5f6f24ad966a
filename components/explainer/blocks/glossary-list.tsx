import { getTranslations } from 'next-intl/server';
import type { GlossaryEntry } from '@/lib/content';
import { TermDefinition, TermName } from './term';

/** The terms a page (or the whole explainer) uses, with their definitions: for reading on, and for print. */
export async function GlossaryList({ entries, scope, headingId }: { entries: GlossaryEntry[]; scope: 'page' | 'all'; headingId: string }) {
  if (entries.length === 0) return null;
  const t = await getTranslations('Glossary');
  return (
    <section className="glossary-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{scope === 'page' ? t('pageTerms') : t('allTerms')}</h2>
      <dl>
        {entries.map((entry) => (
          <div key={entry.id} className="glossary-list__entry">
            <dt>
              <TermName entry={entry} />
            </dt>
            <dd>
              <TermDefinition entry={entry} sourceLabel={t('source')} withName={false} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

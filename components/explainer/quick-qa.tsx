import { getTranslations } from 'next-intl/server';
import type { QuickQA as QuickQAData } from '@/lib/content';
import { InlineContent } from './prose';

/** The section's opening question and its one-line answer, shown as a pair. */
export async function QuickQA({ qa }: { qa: QuickQAData }) {
  const t = await getTranslations('QuickQA');
  return (
    <dl className="quick-qa" aria-label={t('label')}>
      <div className="quick-qa__pair">
        <dt className="quick-qa__question">
          <span className="quick-qa__badge" aria-hidden="true">
            {t('question')}
          </span>
          <span className="sr-only">{t('question')}: </span>
          <span>{qa.question}</span>
        </dt>
        <dd className="quick-qa__answer">
          <span className="quick-qa__badge quick-qa__badge--answer" aria-hidden="true">
            {t('answer')}
          </span>
          <span className="sr-only">{t('answer')}: </span>
          <span>
            <InlineContent nodes={qa.answer} />
          </span>
        </dd>
      </div>
    </dl>
  );
}

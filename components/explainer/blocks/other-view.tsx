import { getTranslations } from 'next-intl/server';
import type { OtherView as OtherViewData } from '@/lib/content';
import { ProseBlocks } from '../prose';

/** How another side sees the story, under its label, always with the source it comes from. */
export async function OtherView({ view }: { view: OtherViewData }) {
  const t = await getTranslations('OtherViews');
  return (
    <figure className="other-view">
      <figcaption className="other-view__label">
        <span className="other-view__kind">{t('label')}</span> {view.label}
      </figcaption>
      <ProseBlocks blocks={view.children} />
      <p className="other-view__source">
        {t('source')}{' '}
        <a href={view.url} rel="noopener noreferrer" className="prose-link">
          {view.source}
        </a>
      </p>
    </figure>
  );
}

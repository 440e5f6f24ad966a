import { getTranslations } from 'next-intl/server';
import { absoluteUrl } from '@/lib/seo/absolute-url';
import { shareServices, shareUrl } from '@/lib/site/share-links';
import { CopyLinkButton } from './copy-link-button';

/**
 * Share links for one page: plain links to each service's share page with the page's canonical
 * absolute URL, and a copy-link button (the only client part, a leaf given plain strings).
 */
export async function ShareLinks({ path, title }: { path: string; title: string }) {
  const t = await getTranslations('Share');
  const url = absoluteUrl(path);
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading" className="share__heading">
        {t('heading')}
      </h2>
      <ul className="share__links">
        {shareServices.map((service) => (
          <li key={service}>
            <a href={shareUrl(service, url, title)} target="_blank" rel="noopener noreferrer" className="share__link" data-share={service}>
              {t(service)}
              <span className="sr-only">{t('newWindow')}</span>
            </a>
          </li>
        ))}
        <CopyLinkButton url={url} labels={{ copy: t('copy'), copied: t('copied'), failed: t('copyFailed') }} />
      </ul>
    </section>
  );
}

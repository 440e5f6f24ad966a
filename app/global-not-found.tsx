import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SiteLink } from '@/components/site/site-link';
import { defaultLocale, locales } from '@/i18n/locales';
import { homePath } from '@/lib/site/paths';
import './globals.css';

// Next answers every unknown URL with this one prerendered page (with dynamicParams = false it
// is also the 404 for an unknown slug or page under a locale), and it cannot see the path. The
// page carries both languages (messages' NotFound, each locale asked for by name); a small
// script keeps only the one of the URL's locale segment and sets <html lang>. Without JavaScript
// the reader sees both, Japanese first. The script is a file (public/not-found-language.js), not
// inline: the CSP allows no inline script.

function notFoundWords() {
  return Promise.all(locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: 'NotFound' }) })));
}

export async function generateMetadata(): Promise<Metadata> {
  const words = await notFoundWords();
  return { title: words.map(({ t }) => t('title')).join(' / ') };
}

export default async function GlobalNotFound() {
  const words = await notFoundWords();
  return (
    <html lang={defaultLocale}>
      <head>
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- it must hide the other language before the first paint */}
        <script src="/not-found-language.js" />
      </head>
      <body>
        <main id="main" className="site-main not-found">
          {words.map(({ locale, t }) => (
            <div key={locale} lang={locale} className={`not-found__${locale}`}>
              <h1>{t('title')}</h1>
              <p>{t('body')}</p>
              <p>
                <SiteLink href={homePath(locale)}>{t('home')}</SiteLink>
              </p>
            </div>
          ))}
        </main>
      </body>
    </html>
  );
}

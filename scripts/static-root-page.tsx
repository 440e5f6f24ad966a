// out/index.html of the static build: `/` has no edition, and a static host cannot run the proxy
// that negotiates one for `next start`. This page does the same in the browser: the NEXT_LOCALE
// cookie first (an earlier choice), then the browser's languages in order, else the default
// edition. Without JavaScript the reader picks from the list of editions. Words come from messages/.
import { createHash } from 'node:crypto';
import { renderToStaticMarkup } from 'react-dom/server';
import { defaultLocale, type Locale, locales } from '@/i18n/locales';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';

const messages: Record<Locale, typeof ja> = { ja, en };

/** The name of each locale's language in that language ("日本語", "English"): the other edition's switch label. */
function languageName(locale: Locale): string {
  const other = locales.find((candidate) => candidate !== locale) ?? locale;
  return messages[other].LocaleSwitcher.switchTo;
}

/**
 * The negotiation, as plain ES5 in a file of its own next to the page (the CSP allows no inline
 * script; lib/security/headers.ts). `location.replace` keeps `/` out of the history, like a redirect.
 */
function negotiationScript(cookieName: string): string {
  const config = JSON.stringify({ locales, fallback: defaultLocale, cookie: cookieName });
  return `(function(c){
var pick=function(tag){var p=String(tag||'').toLowerCase().split('-')[0];return c.locales.indexOf(p)>=0?p:null;};
var chosen=null,parts=document.cookie?document.cookie.split(';'):[];
for(var i=0;i<parts.length;i++){var kv=parts[i].split('=');if(kv[0].trim()===c.cookie){try{var v=decodeURIComponent(kv.slice(1).join('='));if(c.locales.indexOf(v)>=0)chosen=v;}catch(e){}}}
var prefs=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language];
for(var j=0;!chosen&&j<prefs.length;j++)chosen=pick(prefs[j]);
location.replace('/'+(chosen||c.fallback)+location.search+location.hash);
})(${config});`;
}

function RootPage({ scriptPath }: { scriptPath: string }) {
  const site = messages[defaultLocale].Site;
  return (
    <html lang={defaultLocale}>
      {/* A file written once by a script, not a Next page: next/head does not apply. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${site.name} ${site.nameLatin}`}</title>
        {locales.map((locale) => (
          <link key={locale} rel="alternate" hrefLang={locale} href={`/${locale}`} />
        ))}
        <link rel="alternate" hrefLang="x-default" href="/" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- it sends the reader on before anything paints */}
        <script src={`/${scriptPath}`} />
        <style>{'body{font-family:system-ui,sans-serif;line-height:1.8;max-width:40rem;margin:3rem auto;padding:0 1rem}li{margin:.5rem 0}'}</style>
      </head>
      <body>
        <main>
          <h1>
            {site.name} <span lang="en">{site.nameLatin}</span>
          </h1>
          <ul>
            {locales.map((locale) => (
              <li key={locale} lang={locale}>
                <a href={`/${locale}`} hrefLang={locale}>
                  {languageName(locale)}: {messages[locale].Home.heading}
                </a>
                <br />
                {messages[locale].Site.tagline}
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}

/** The page, and its script with the out/-relative path it goes to (named by its content). */
export function renderStaticRootPage(cookieName: string): { html: string; script: string; scriptPath: string } {
  const script = negotiationScript(cookieName);
  const scriptPath = `root-${createHash('sha256').update(script).digest('hex').slice(0, 16)}.js`;
  return { html: `<!DOCTYPE html>${renderToStaticMarkup(<RootPage scriptPath={scriptPath} />)}`, script, scriptPath };
}

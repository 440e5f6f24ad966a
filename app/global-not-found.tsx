import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = { title: 'ページが見つかりません / Page not found' };

// Next answers every unknown URL with this one prerendered page (with dynamicParams = false it
// is also the 404 for an unknown slug or page under a locale), and it cannot see the path. The
// page carries both languages; this script keeps only the one of the URL's locale segment and
// sets <html lang>. Without JavaScript the reader sees both, Japanese first.
const chooseLanguage = `(()=>{var m=location.pathname.match(/^\\/(ja|en)(?:\\/|$)/);if(!m)return;var l=m[1];document.documentElement.lang=l;document.documentElement.dataset.locale=l;})();`;

export default function GlobalNotFound() {
  return (
    <html lang="ja">
      <head>
        <script dangerouslySetInnerHTML={{ __html: chooseLanguage }} />
      </head>
      <body>
        <main id="main" className="site-main not-found">
          <div lang="ja" className="not-found__ja">
            <h1>ページが見つかりません</h1>
            <p>お探しのページは移動したか、存在しません。URLをご確認ください。</p>
            <p>
              <Link href="/ja">新着の解説へ</Link>
            </p>
          </div>
          <div lang="en" className="not-found__en">
            <h1>Page not found</h1>
            <p>The page you asked for has moved or never existed. Please check the address.</p>
            <p>
              <Link href="/en">Go to the latest explainers</Link>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}

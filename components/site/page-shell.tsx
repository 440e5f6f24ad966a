import type { ReactNode } from 'react';
import type { LocaleAlternate } from '@/lib/site/alternate';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Header, main landmark and footer around every page; the page says where the switcher leads. */
export function PageShell({ alternate, children }: { alternate: LocaleAlternate; children: ReactNode }) {
  return (
    <>
      <SiteHeader alternate={alternate} />
      <main id="main" className="site-main">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}

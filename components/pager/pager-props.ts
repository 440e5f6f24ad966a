// Plain, serializable props for the pager: the server parent resolves URLs and UI words, so the
// client bundle carries no messages and no content code.
export interface PagerPageLink {
  number: number;
  title: string;
  href: string;
}

export interface PagerLabels {
  /** Accessible name of the <nav>. */
  nav: string;
  /** Already formatted, e.g. "2/3ページ". */
  pageOf: string;
  previous: string;
  next: string;
  contents: string;
  current: string;
  keyboardHint: string;
}

export interface PagerProps {
  current: number;
  previous?: PagerPageLink;
  next?: PagerPageLink & { teaser: string };
  pages: PagerPageLink[];
  labels: PagerLabels;
}

import type { OgImage } from '@/lib/og/cards';
import { cutText, imageBox, type ShareService } from '@/lib/site/share-previews';

/** What a page gives every service: its tags as the metadata writes them (lib/seo/metadata.ts). */
export interface SharedPage {
  ogTitle: string;
  /** The document's <title>, with the site name (Hatena Bookmark reads this one). */
  documentTitle: string;
  description: string;
  /** The page's share image; its `url` is a site path the dev server serves. */
  image: OgImage;
  /** The site's host name, as the services print it. */
  domain: string;
  siteName: string;
  /** twitter:label1 / twitter:data1 (the reading time). */
  label?: { name: string; value: string };
}

export interface MockupWords {
  /** e.g. "title: 42 of 70 characters shown" — filled by the parent, which translates. */
  titleNote: (shown: number, length: number, cut: boolean) => string;
  descriptionNote: (shown: number, length: number, cut: boolean) => string;
  noDescription: string;
  imageNote: string;
}

/**
 * A link card as one service draws it: a mock-up in plain HTML and CSS, so an editor sees the cut
 * title and description and the cropped image at a glance. Not the service's real markup.
 */
export function ShareMockup({ service, page, words }: { service: ShareService; page: SharedPage; words: MockupWords }) {
  const title = cutText(service.title === 'document' ? page.documentTitle : page.ogTitle, service.titleLimit);
  const description = cutText(page.description, service.descriptionLimit);
  const box = imageBox(service);
  const showsDescription = service.descriptionLimit > 0;
  return (
    <figure className={`share-mockup share-mockup--${service.id}`}>
      <figcaption className="share-mockup__service">{service.name}</figcaption>
      <div className="share-mockup__card" style={{ maxWidth: service.id === 'hatena' ? undefined : `${box.width}px` }}>
        {/* The service's box, scaled down with the same proportions where the window is narrower. */}
        <div className="share-mockup__image" style={{ width: `min(100%, ${box.width}px)`, aspectRatio: `${box.width} / ${box.height}` }}>
          {/* eslint-disable-next-line @next/next/no-img-element -- a plain file of the dev server, cropped like the service does */}
          <img
            src={page.image.url}
            alt={page.image.alt}
            width={page.image.width}
            height={page.image.height}
            style={{ objectFit: service.image.mode === 'crop' ? 'cover' : 'contain' }}
          />
          {service.id === 'x' && <span className="share-mockup__overlay">{title.shown}</span>}
        </div>
        <div className="share-mockup__text">
          {service.id !== 'x' && service.id !== 'hatena' && <p className="share-mockup__site">{service.id === 'facebook' ? page.domain.toUpperCase() : page.siteName}</p>}
          {service.id !== 'x' && <p className="share-mockup__title">{title.shown}</p>}
          {showsDescription && <p className="share-mockup__description">{description.shown}</p>}
          {service.id === 'x' && <p className="share-mockup__site">{page.domain}</p>}
          {service.showsLabel && page.label && (
            <p className="share-mockup__label">
              <b>{page.label.name}</b> {page.label.value}
            </p>
          )}
        </div>
      </div>
      <ul className="share-mockup__notes">
        <li>{words.titleNote(Array.from(title.shown).length - (title.cut ? 1 : 0), title.length, title.cut)}</li>
        <li>{showsDescription ? words.descriptionNote(Array.from(description.shown).length - (description.cut ? 1 : 0), description.length, description.cut) : words.noDescription}</li>
        <li>{words.imageNote}</li>
      </ul>
    </figure>
  );
}

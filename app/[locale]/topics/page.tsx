import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SiteLink } from '@/components/site/site-link';
import { PageShell } from '@/components/site/page-shell';
import { listExplainersByTopic, listTopics } from '@/lib/content';
import { routeAlternate } from '@/lib/site/alternate';
import { topicsMetadata } from '@/lib/seo/metadata';
import { topicPath, topicsPath } from '@/lib/site/paths';

export async function generateMetadata(): Promise<Metadata> {
  return topicsMetadata(await getLocale());
}

/** Every topic that has explainers, in the order of content/topics.yaml, with how many. */
export default async function TopicsPage() {
  const locale = await getLocale();
  const t = await getTranslations('Topics');
  const topics = listTopics(locale);
  return (
    <PageShell alternate={routeAlternate(locale, topicsPath)}>
      <h1 className="home-heading">{t('title')}</h1>
      <p className="topics-intro">{t('description')}</p>
      <ul className="topic-index">
        {topics.map((topic) => (
          <li key={topic.slug} className="topic-index__item">
            <SiteLink href={topicPath(locale, topic.slug)} className="topic-index__name">
              {topic.name}
            </SiteLink>
            <span className="topic-index__count">{t('count', { count: listExplainersByTopic(locale, topic.slug).length })}</span>
            {topic.description && <p className="topic-index__description">{topic.description}</p>}
          </li>
        ))}
      </ul>
    </PageShell>
  );
}

import { getTranslations } from 'next-intl/server';

export async function KeyPoints({ points }: { points: readonly string[] }) {
  const t = await getTranslations('Explainer');
  return (
    <section aria-labelledby="key-points-heading" className="key-points">
      <h2 id="key-points-heading" className="key-points__heading">
        {t('keyPoints')}
      </h2>
      <ul className="key-points__list">
        {points.map((point, index) => (
          <li key={index}>
            <span aria-hidden="true" className="key-points__icon">
              💡
            </span>
            <span>{point}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

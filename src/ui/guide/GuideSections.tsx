import { useI18n } from '../../i18n/context';
import { scenarioAnchor, type ProseSection, type Scenario } from '../../guide/content';
import { SCENARIO_SHARE } from '../../figures/facts';

export function ScenarioSection({ scenario: s, hidden }: { scenario: Scenario; hidden: boolean }) {
  const { t } = useI18n();
  const anchor = scenarioAnchor(s.id);
  return (
    <section
      id={anchor}
      class="guide-section scenario"
      aria-labelledby={`${anchor}-title`}
      data-scenario={s.id}
      tabIndex={-1}
      hidden={hidden}
    >
      <h3 id={`${anchor}-title`}>
        <span class="scenario-number">{t('guide.scenarioNumber', { n: s.id })}</span> {t(s.title)}
      </h3>
      <p class="scenario-share" data-testid="scenario-share" data-share={SCENARIO_SHARE[s.id]}>
        {t('guide.shareLabel', { share: SCENARIO_SHARE[s.id] })}
      </p>
      <p class="scenario-what">{t(s.what)}</p>
      <h4>{t('guide.symptomsHeading')}</h4>
      <ul>
        {s.symptoms.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <h4>{t('guide.promptsHeading')}</h4>
      <p class="scenario-prompts">{t(s.prompts)}</p>
      <h4>{t('guide.fixesHeading')}</h4>
      <ol class="scenario-fixes">
        {s.fixes.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <p>
        <a href="#top">{t('guide.backToTop')}</a>
      </p>
    </section>
  );
}

export function ProseSectionView({ section, hidden }: { section: ProseSection; hidden: boolean }) {
  const { t } = useI18n();
  return (
    <section id={section.id} class="guide-section" aria-labelledby={`${section.id}-title`} tabIndex={-1} hidden={hidden}>
      <h2 id={`${section.id}-title`}>{t(section.title)}</h2>
      {section.paragraphs.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
      {section.link && (
        <p>
          <a href={section.link.href} target="_blank" rel="noopener" data-testid={section.link.testId}>
            {t(section.link.label)}
          </a>
        </p>
      )}
      {section.faq && (
        <dl class="faq">
          {section.faq.map(({ q, a }) => (
            <div key={q}>
              <dt>{t(q)}</dt>
              <dd>{t(a)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

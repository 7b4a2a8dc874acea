import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/context';
import type { ReportLike } from '../../checklist/verify';
import { Checklist } from '../checklist/Checklist';
import { loadBackgroundState } from '../popup/load';
import { INTRO, PROSE, SCENARIOS, scenarioAnchor, scenarioFromHash } from '../../guide/content';
import { SCENARIO_SHARE } from '../../figures/facts';
import { guideDocs, searchDocs } from '../../guide/search';
import { ScenarioSection, ProseSectionView } from './GuideSections';
import { OpenMatchLink } from '../match/OpenMatchLink';

export function GuideApp() {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [lastReport, setLastReport] = useState<ReportLike | null>(null);
  const search = useRef<HTMLInputElement>(null);

  const docs = useMemo(() => guideDocs(t), [t]);
  const matches = useMemo(() => {
    const ids = searchDocs(docs, query);
    return ids === null ? null : new Set(ids);
  }, [docs, query]);
  const shown = (id: string) => matches === null || matches.has(id);

  useEffect(() => {
    void loadBackgroundState().then((result) => {
      if (result.kind === 'ok') setLastReport(result.state.lastReport ?? null);
    });
  }, []);

  // Deep links (#scenario-N from a check's fix): clear any filter so the target is visible, then
  // move focus there so keyboard and screen-reader users land where sighted users do.
  useEffect(() => {
    const go = () => {
      const id = scenarioFromHash(location.hash);
      if (!id) return;
      setQuery('');
      requestAnimationFrame(() => {
        const target = document.getElementById(scenarioAnchor(id));
        target?.scrollIntoView({ block: 'start' });
        target?.focus({ preventScroll: true });
      });
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, []);

  return (
    <div class="guide">
      <a class="skip-link" href="#guide-main">{t('guide.scenariosHeading')}</a>
      <header class="guide-header">
        <h1 id="top" tabIndex={-1}>{t('guide.title')}</h1>
        <p>{t('guide.intro')}</p>
        <p class="muted">{t('guide.unofficial')}</p>
        <div class="guide-search" role="search">
          <label for="guide-search">{t('guide.searchLabel')}</label>
          <input
            id="guide-search"
            ref={search}
            type="search"
            value={query}
            aria-describedby="guide-search-hint"
            data-testid="guide-search"
            autoComplete="off"
            onInput={(event) => setQuery(event.currentTarget.value)}
            onKeyDown={(event) => event.key === 'Escape' && setQuery('')}
          />
          <small id="guide-search-hint" class="muted">{t('guide.searchHint')}</small>
          <p role="status" aria-live="polite" data-testid="guide-results">
            {matches === null
              ? t('guide.resultsAll')
              : matches.size === 0
                ? t('guide.noResults', { query: query.trim() })
                : matches.size === 1
                  ? t('guide.resultsOne')
                  : t('guide.results', { count: matches.size })}
          </p>
        </div>
      </header>
      <nav aria-labelledby="toc-title" class="guide-toc">
        <h2 id="toc-title">{t('guide.contents')}</h2>
        <ol>
          <li hidden={!shown(INTRO.id)}>
            <a href={`#${INTRO.id}`}>{t(INTRO.title)}</a>
          </li>
          {SCENARIOS.map((s) => (
            <li key={s.id} hidden={!shown(scenarioAnchor(s.id))}>
              <a href={`#${scenarioAnchor(s.id)}`}>
                {t('guide.scenarioNumber', { n: s.id })}: {t(s.title)} ({t('guide.shareLabelShort', { share: SCENARIO_SHARE[s.id] })})
              </a>
            </li>
          ))}
          {PROSE.map((p) => (
            <li key={p.id} hidden={!shown(p.id)}>
              <a href={`#${p.id}`}>{t(p.title)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <main id="guide-main">
        <ProseSectionView section={INTRO} hidden={!shown(INTRO.id)} />
        <h2>{t('guide.scenariosHeading')}</h2>
        {SCENARIOS.map((s) => (
          <Fragment key={s.id}>
            <ScenarioSection scenario={s} hidden={!shown(scenarioAnchor(s.id))} />
            {/* Scenario 3 is the face that does not match the ID photo: the match page checks exactly that. */}
            {s.id === 3 && shown(scenarioAnchor(s.id)) && <OpenMatchLink />}
          </Fragment>
        ))}
        {PROSE.map((p) => (
          <ProseSectionView key={p.id} section={p} hidden={!shown(p.id)} />
        ))}
        <div class="guide-checklist">
          <Checklist lastReport={lastReport} />
        </div>
        <footer class="muted" data-testid="guide-footer">
          <p>{t('common.privacyNote')}</p>
          <p>{t('common.notAffiliated')}</p>
        </footer>
      </main>
    </div>
  );
}

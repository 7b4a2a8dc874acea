import { Suspense } from 'preact/compat';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { BrowserAssessment } from '../../browser/types';
import { browser } from 'wxt/browser';
import { useI18n } from '../../i18n/context';
import { guideUrl } from '../../guide/links';
import { Checklist } from '../checklist/Checklist';
import { Button } from '../components/Button';
import { AttemptControls } from './AttemptControls';
import { LockoutBanner } from './LockoutBanner';
import { Glance } from './Glance';
import { LastResult } from './LastResult';
import {
  assessThisBrowser,
  loadBackgroundState,
  readCameraPermission,
  type BackgroundResult,
  type CameraPermission,
} from './load';
import { InlineFlow } from './inline-flow';
import { OpenReviewKitLink } from '../review-kit/OpenReviewKitLink';
import { extensionPageUrl } from '../../util/page-url';

/** Storage keys whose changes alter what the glance shows (the checklist watches its own). */
const IGNORED_KEYS = new Set(['checklist']);

export function PopupApp() {
  const { t } = useI18n();
  const [bg, setBg] = useState<BackgroundResult>({ kind: 'loading' });
  const [camera, setCamera] = useState<CameraPermission | null>(null);
  const [inline, setInline] = useState(false);
  const [now, setNow] = useState(() => Date.now());

  const refresh = useCallback(() => {
    setNow(Date.now());
    void loadBackgroundState().then(setBg);
  }, []);

  useEffect(() => {
    // The first render is already usable (the button works before any answer): mark it for the bench.
    performance.mark('popup-interactive');
    refresh();
    void readCameraPermission().then(setCamera);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((key) => !IGNORED_KEYS.has(key))) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refresh]);

  const state = bg.kind === 'ok' ? bg.state : null;
  const [localAssessment, setLocalAssessment] = useState<BrowserAssessment | null>(null);
  const needsLocal = bg.kind === 'error' || (bg.kind === 'ok' && !bg.state.browser);
  useEffect(() => {
    if (needsLocal && !localAssessment) void assessThisBrowser().then(setLocalAssessment);
  }, [needsLocal, localAssessment]);
  const assessment = state?.browser ?? localAssessment;
  const attempts = state?.attempts ?? null;
  const lastReport = state?.lastReport ?? null;
  const runsInline = camera === 'granted';

  const run = () => {
    if (runsInline) {
      setInline(true);
      return;
    }
    // A popup cannot show the camera prompt (it takes focus and closes the popup): ask once in a tab.
    void browser.tabs.create({ url: extensionPageUrl('preflight') });
    window.close();
  };

  if (inline) {
    return (
      <main class="popup popup-inline">
        <Button variant="link" onClick={() => { setInline(false); refresh(); }}>
          {t('popup.closeInline')}
        </Button>
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <InlineFlow />
        </Suspense>
      </main>
    );
  }

  return (
    <main class="popup" aria-busy={bg.kind === 'loading'}>
      <header class="popup-header">
        <div class="popup-title">
          <h1>{t('common.appName')}</h1>
          <nav class="popup-links">
            <a href={guideUrl()} target="_blank" rel="noopener">
              {t('popup.guide')}
              <span class="visually-hidden"> {t('ui.newTab')}</span>
            </a>
            <a href={extensionPageUrl('options')} target="_blank" rel="noopener">
              {t('popup.settings')}
              <span class="visually-hidden"> {t('ui.newTab')}</span>
            </a>
          </nav>
        </div>
        <p class="muted">{t('popup.privacy')}</p>
      </header>
      {attempts?.locked && attempts.unlockAt ? (
        <LockoutBanner unlockAt={attempts.unlockAt} onDone={refresh} action={<OpenReviewKitLink attempts={attempts} inline />} />
      ) : (
        <OpenReviewKitLink attempts={attempts} />
      )}
      <LastResult last={lastReport} now={now} />
      <section aria-labelledby="glance-title">
        <h2 id="glance-title" class="visually-hidden">{t('popup.glance')}</h2>
        <Glance browser={assessment} camera={camera} attempts={attempts} />
        {attempts && <AttemptControls attempts={attempts} onChange={refresh} />}
        {bg.kind === 'error' && (
          <p role="alert" class="card alert alert-warn" data-testid="background-error">
            {t('popup.backgroundDown')}
          </p>
        )}
      </section>
      <div class="popup-run">
        <Button variant="primary" size="large" data-testid="run-preflight" aria-describedby="run-hint" onClick={run}>
          {t('popup.runPreflight')}
        </Button>
        <p id="run-hint" class="muted">{t(runsInline ? 'popup.runHintInline' : 'popup.runHintTab')}</p>
      </div>
      <Checklist lastReport={lastReport} collapsed />
    </main>
  );
}


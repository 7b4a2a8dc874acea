import type { ComponentChildren } from 'preact';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/translate';
import type { BrowserAssessment } from '../../browser/types';
import type { AttemptStatus } from '../../lockout/types';
import { StatusBadge, type BadgeStatus } from '../components/StatusBadge';
import type { CameraPermission } from './load';

const CAMERA: Record<CameraPermission, [BadgeStatus, MessageKey]> = {
  granted: ['pass', 'popup.cameraGranted'],
  prompt: ['warn', 'popup.cameraPrompt'],
  denied: ['fail', 'popup.cameraDenied'],
  unsupported: ['unknown', 'popup.cameraUnsupported'],
};

function Row(props: { label: string; status: BadgeStatus; children: ComponentChildren; testId: string }) {
  return (
    <div class="glance-row" data-testid={props.testId} data-status={props.status}>
      <dt>{props.label}</dt>
      <dd>
        <StatusBadge status={props.status} />
        <span class="glance-value">{props.children}</span>
      </dd>
    </div>
  );
}

/** Splits a translated template around one {slot} so a live number can sit in its own element. */
export function withSlot(template: string, slot: string, node: ComponentChildren): ComponentChildren {
  const [before, after] = template.split(`{${slot}}`);
  return after === undefined ? template : [before, node, after];
}

interface Props {
  /** null until known (the background's answer or the local assessment). */
  browser: BrowserAssessment | null;
  camera: CameraPermission | null;
  attempts: AttemptStatus | null;
}

export function Glance({ browser, camera, attempts }: Props) {
  const { t } = useI18n();
  const name = browser?.browser.name
    ? [browser.browser.name, browser.browser.major].filter((part) => part !== undefined).join(' ')
    : t('popup.browserUnknownName');
  const browserKey = browser
    ? ({ pass: 'popup.browserPass', warn: 'popup.browserWarn', fail: 'popup.browserFail' } as const)[browser.status]
    : 'common.loading';
  const [cameraStatus, cameraKey] = camera ? CAMERA[camera] : (['unknown', 'common.loading'] as const);
  const attemptsStatus: BadgeStatus = !attempts
    ? 'unknown'
    : attempts.locked || attempts.left <= 0
      ? 'fail'
      : attempts.left === 1
        ? 'warn'
        : 'pass';

  return (
    <dl class="glance">
      <Row label={t('popup.browser')} status={browser?.status ?? 'unknown'} testId="glance-browser">
        {t(browserKey, { name })}
        {/* The reason and fix fold away: the popup must fit 600 px even when locked with a report (one line each). */}
        {browser && browser.status !== 'pass' && browser.summary && (
          <details class="glance-why" data-testid="browser-why">
            <summary>{t('popup.browserWhy')}</summary>
            <small>{t(browser.summary)}</small>
            {browser.fix && <small>{t(browser.fix)}</small>}
          </details>
        )}
        {/* A passing browser that is a few versions old: information with its fix, folded the same way. */}
        {browser && browser.status === 'pass' && browser.advice && (
          <details class="glance-why" data-testid="browser-advice">
            <summary>{t('popup.browserAdvice')}</summary>
            <small>{t(browser.advice.message)}</small>
            <small>{t(browser.advice.fix)}</small>
          </details>
        )}
      </Row>
      <Row label={t('popup.camera')} status={cameraStatus} testId="glance-camera">
        {t(cameraKey)}
      </Row>
      <Row label={t('popup.attempts')} status={attemptsStatus} testId="glance-attempts">
        {attempts
          ? withSlot(
              t('popup.attemptsLeft', { limit: attempts.limit }),
              'left',
              <strong data-testid="attempts-left">{attempts.left}</strong>,
            )
          : t('popup.attemptsUnknown')}
      </Row>
    </dl>
  );
}

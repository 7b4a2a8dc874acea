import { useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/context';
import { CHECKLIST, CHECKLIST_GROUPS, groupLabelKey, itemLabelKey } from '../../checklist/items';
import { doneCount, verifiedItems, type ReportLike } from '../../checklist/verify';
import { checklistItem, readChecklist, sanitizeChecklist, setTicked, type ChecklistState } from '../../storage/checklist';
import { formatClock } from '../components/time';
import { extensionPageUrl } from '../../util/page-url';
import { idMatchItem, readIdMatch, type StoredIdMatch } from '../../storage/id-match';

interface Props {
  /** The last stored pre-flight; its passing checks tick items automatically. */
  lastReport?: ReportLike | null;
  /** The popup: folded to its progress line, which opens it. */
  collapsed?: boolean;
}

export function Checklist({ lastReport, collapsed = false }: Props) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<ChecklistState | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    void readChecklist().then(setState);
    // Another open page (popup and guide) may tick items too: follow storage, not just our clicks.
    return checklistItem.watch((value) => setState(sanitizeChecklist(value)));
  }, []);

  // A "same" answer of the ID match page (less than a day old) ticks "You look like your ID photo".
  const [idMatch, setIdMatch] = useState<StoredIdMatch | null>(null);
  useEffect(() => {
    void readIdMatch().then(setIdMatch).catch(() => undefined);
    return idMatchItem.watch(() => void readIdMatch().then(setIdMatch).catch(() => undefined));
  }, []);
  const verified = useMemo(() => {
    const items = verifiedItems(lastReport);
    if (idMatch?.answer === 'same') items.add('app-id-match');
    return items;
  }, [lastReport, idMatch]);
  const ticked = new Set(Object.keys(state?.ticked ?? {}));

  const toggle = async (id: string, on: boolean) => {
    setState((s) => {
      const next = { ticked: { ...(s?.ticked ?? {}) } };
      if (on) next.ticked[id] = Date.now();
      else delete next.ticked[id];
      return next;
    });
    try {
      await setTicked(id, on);
      setSaveFailed(false);
    } catch {
      setSaveFailed(true);
    }
  };

  const progress = t('checklist.progress', { done: doneCount(ticked, verified), total: CHECKLIST.length });
  const items = (
    <>
      {verified.size > 0 && lastReport && (
        <p class="checklist-verified-note" data-testid="checklist-verified-note">
          {t('ui.checklist.verifiedOnce', { time: formatClock(lastReport.createdAt, locale) })}
        </p>
      )}
      {saveFailed && <p role="alert">{t('checklist.saveError')}</p>}
      {CHECKLIST_GROUPS.map((group) => (
        <fieldset key={group} class="checklist-group">
          <legend>{t(groupLabelKey(group))}</legend>
          <ul>
            {CHECKLIST.filter((item) => item.group === group).map((item) => {
              const auto = verified.has(item.id);
              const noteId = `checklist-note-${item.id}`;
              return (
                <li key={item.id} data-item={item.id} data-verified={auto ? 'true' : 'false'}>
                  <label>
                    {/* A confirmed item stays ticked (the pre-flight decides it), without looking disabled. */}
                    <input
                      type="checkbox"
                      checked={auto || ticked.has(item.id)}
                      disabled={state === null}
                      aria-describedby={auto ? noteId : undefined}
                      onClick={(event) => auto && event.preventDefault()}
                      onChange={(event) => !auto && void toggle(item.id, event.currentTarget.checked)}
                    />
                    <span>{t(itemLabelKey(item.id))}</span>
                    {auto && (
                      <small id={noteId} class="checklist-verified">
                        {t('ui.checklist.verified')}
                      </small>
                    )}
                  </label>
                  {item.checks.length === 0 && <small class="muted checklist-note">{t('checklist.manualOnly')}</small>}
                  {item.id === 'app-id-match' && (
                    <small class="checklist-note">
                      <a href={extensionPageUrl('match')} target="_blank" rel="noopener" data-testid="checklist-open-match">
                        {t('match.openMatch')}
                      </a>
                    </small>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </>
  );
  if (collapsed) {
    return (
      <details class="checklist checklist-collapsed" data-testid="checklist">
        <summary>
          <strong>{t('checklist.title')}</strong> · <span data-testid="checklist-progress">{progress}</span>
        </summary>
        {items}
      </details>
    );
  }
  return (
    <section class="checklist" aria-labelledby="checklist-title" data-testid="checklist">
      <h2 id="checklist-title">{t('checklist.title')}</h2>
      <p class="muted" data-testid="checklist-progress">
        {progress}
      </p>
      {items}
    </section>
  );
}

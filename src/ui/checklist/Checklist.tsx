import { useEffect, useMemo, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/context';
import { CHECKLIST, CHECKLIST_GROUPS, groupLabelKey, itemLabelKey } from '../../checklist/items';
import { doneCount, verifiedItems, type ReportLike } from '../../checklist/verify';
import { checklistItem, readChecklist, sanitizeChecklist, setTicked, type ChecklistState } from '../../storage/checklist';
import { formatClock } from '../components/time';

interface Props {
  /** The last stored pre-flight; its passing checks tick items automatically. */
  lastReport?: ReportLike | null;
}

export function Checklist({ lastReport }: Props) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<ChecklistState | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    void readChecklist().then(setState);
    // Another open page (popup and guide) may tick items too: follow storage, not just our clicks.
    return checklistItem.watch((value) => setState(sanitizeChecklist(value)));
  }, []);

  const verified = useMemo(() => verifiedItems(lastReport), [lastReport]);
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

  return (
    <section class="checklist" aria-labelledby="checklist-title" data-testid="checklist">
      <h2 id="checklist-title">{t('checklist.title')}</h2>
      <p class="muted" data-testid="checklist-progress">
        {t('checklist.progress', { done: doneCount(ticked, verified), total: CHECKLIST.length })}
      </p>
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
                    <input
                      type="checkbox"
                      checked={auto || ticked.has(item.id)}
                      disabled={auto || state === null}
                      aria-describedby={auto ? noteId : undefined}
                      onChange={(event) => void toggle(item.id, event.currentTarget.checked)}
                    />
                    <span>{t(itemLabelKey(item.id))}</span>
                  </label>
                  {item.checks.length === 0 && <small class="muted checklist-note">{t('checklist.manualOnly')}</small>}
                  {auto && lastReport && (
                    <small id={noteId} class="checklist-verified">
                      <span aria-hidden="true">✓ </span>
                      {t('checklist.verifiedAt', { time: formatClock(lastReport.createdAt, locale) })}
                    </small>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </section>
  );
}

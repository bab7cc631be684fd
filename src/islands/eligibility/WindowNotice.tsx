/** The application window on the day of viewing: closed first and loud, open as a quiet fact. */
import type { DeadlineStatus } from '../../checks/deadline.ts';
import { eligibility as t } from '../../ui/check-strings.ts';
import { Citation } from '../shared/Citation.tsx';

interface Props {
  deadlines: DeadlineStatus[];
  closed: boolean | null;
  /** One line without the citation, for the questions between the first and the result. */
  compact?: boolean;
}

export function WindowNotice({ deadlines, closed, compact = false }: Props) {
  if (deadlines.length === 0) return null;
  const last = deadlines[deadlines.length - 1]!;
  if (closed) {
    return (
      <div class="check-notice check-notice--closed" data-window="closed">
        <p>
          <strong>{compact ? t.windowClosedShort(last.date) : t.windowClosed(last.date)}</strong>
        </p>
        {compact ? null : <Citation citation={last.citation} about={last.text} />}
      </div>
    );
  }
  if (compact) return null;
  const open = deadlines.filter((d) => d.code === 'window-open');
  return (
    <div class="check-notice" data-window="open">
      {open.map((d) => (
        <p key={d.date}>{t.windowOpen(d.date, d.daysLeft)}</p>
      ))}
    </div>
  );
}

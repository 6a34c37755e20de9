import type { ActionStatus } from '@shared/model/annotation';
import { followUpUiText } from '@shared/text/exchange';
import { STATUS_CLASS } from '../../state/followups';

/** 완료 / 추진중 / 장기검토 / 미조치 / 계속추진 / 기타 as a chip (shape and text, not colour alone). */
export function StatusChip({ status }: { status?: ActionStatus }) {
  if (!status) return <span className="fu-chip fu-chip-unset">{followUpUiText.noStatus}</span>;
  return (
    <span className={`fu-chip fu-chip-${STATUS_CLASS[status]}`} data-status={status}>
      {status}
    </span>
  );
}

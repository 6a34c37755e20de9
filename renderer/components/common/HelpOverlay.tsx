import { useEffect, useRef } from 'react';
import { uiText } from '@shared/text/ui';
import { workspaceText } from '@shared/text/workspace';
import type { Action } from '../../actions/types';

/** The "?" overlay: every registered keyboard command with its keys. */
export function HelpOverlay({ actions, onClose }: { actions: readonly Action[]; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog help-dialog" aria-labelledby="help-title" onCancel={(e) => (e.preventDefault(), onClose())}>
      <h2 id="help-title">{workspaceText.help.title}</h2>
      <table className="help-table">
        <tbody>
          {actions.map((a) => (
            <tr key={a.name}>
              <th scope="row">
                {a.keys.map((k, i) => (
                  <span key={k}>
                    {i ? ' / ' : ''}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </th>
              <td>{a.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          {uiText.close}
        </button>
      </div>
    </dialog>
  );
}

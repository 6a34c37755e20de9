import { useEffect, useId, useRef, useState } from 'react';
import type { MemberEntry } from '@shared/model/member';
import { workspaceText } from '@shared/text/workspace';

interface Props {
  members: MemberEntry[];
  current: MemberEntry | null;
  onSwitch: (id: string) => void;
  onAdd: () => void;
}

function describe(m: MemberEntry): string {
  return [m.name, m.committee, m.role].filter(Boolean).join(' · ');
}

/** The profile button in the header: who is writing, and a menu to switch or add a profile. */
export function MemberSwitcher({ members, current, onSwitch, onAdd }: Props) {
  const t = workspaceText.members;
  const id = useId();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => !box.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  return (
    <div
      className="member-switcher"
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button type="button" className="member-button" aria-expanded={open} aria-controls={`${id}-menu`} onClick={() => setOpen(!open)} data-testid="member-button">
        <span className="sr-only">{t.switcherLabel}: </span>
        {current ? describe(current) : t.add}
      </button>
      {open ? (
        <div className="member-menu" id={`${id}-menu`} role="group" aria-label={t.menuLabel}>
          <ul>
            {members.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className={m.current ? 'ghost current' : 'ghost'}
                  aria-current={m.current ? 'true' : undefined}
                  onClick={() => (setOpen(false), !m.current && onSwitch(m.id))}
                >
                  {m.current ? '✓ ' : ''}
                  {describe(m)}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => (setOpen(false), onAdd())}>
            + {t.add}
          </button>
        </div>
      ) : null}
    </div>
  );
}

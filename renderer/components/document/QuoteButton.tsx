import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import { workspaceText } from '@shared/text/workspace';

/**
 * Watches the text selection inside `container`; while some text is selected, offers
 * "이 부분에 의견 쓰기" just below it. The quote is captured when the selection is made, so
 * pressing the button (which may move focus) cannot lose it.
 */
export function QuoteButton({ container, onQuote }: { container: RefObject<HTMLElement | null>; onQuote: (quote: string) => void }) {
  const [pending, setPending] = useState<{ text: string; top: number; left: number } | null>(null);
  useEffect(() => {
    const update = () => {
      const root = container.current;
      const sel = document.getSelection();
      if (!root || !sel || sel.isCollapsed || sel.rangeCount === 0 || !root.contains(sel.anchorNode) || !root.contains(sel.focusNode)) {
        setPending(null);
        return;
      }
      const text = sel.toString().replace(/\s+/g, ' ').trim().slice(0, 5000);
      if (!text) return setPending(null);
      const rect = sel.getRangeAt(0).getBoundingClientRect();
      const box = root.getBoundingClientRect();
      setPending({ text, top: rect.bottom - box.top + 6, left: Math.max(0, Math.min(rect.left - box.left, box.width - 240)) });
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [container]);
  if (!pending) return null;
  return (
    <button
      type="button"
      className="primary quote-button"
      style={{ top: `${pending.top}px`, left: `${pending.left}px` }}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        const text = pending.text;
        setPending(null);
        document.getSelection()?.removeAllRanges();
        onQuote(text);
      }}
    >
      {workspaceText.reader.quoteButton}
    </button>
  );
}

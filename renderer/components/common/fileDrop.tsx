/**
 * Choosing files: a button that opens the file dialog, and a whole-window drop target. Files
 * dropped anywhere are handed to the screen instead of being opened by the window itself.
 */
import { useEffect, useRef, useState } from 'react';
import type { Ref } from 'react';

/** Listens for files dropped on the window while mounted; returns whether files are being dragged over it. */
export function useWindowFileDrop(onFiles: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onFiles);
  latest.current = onFiles;
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      // relatedTarget is null only when the drag leaves the window, not when it moves between elements.
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) latest.current(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return dragging;
}

interface PickerProps {
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  testId?: string;
  buttonRef?: Ref<HTMLButtonElement>;
  onFiles: (files: File[]) => void;
}

/** A visible button; the native file input stays hidden (it is unreadable at large text sizes). */
export function FilePickerButton({ label, accept, multiple, disabled, testId, buttonRef, onFiles }: PickerProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="primary" ref={buttonRef} onClick={() => input.current?.click()} disabled={disabled}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        className="sr-only"
        accept={accept}
        multiple={multiple}
        tabIndex={-1}
        aria-label={label}
        data-testid={testId}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}

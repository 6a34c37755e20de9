/**
 * Display preferences of this device (text size, contrast), kept in localStorage: they belong
 * to the laptop and its reader, not to the shared data.
 */
import { useEffect, useState } from 'react';

// State
export interface Prefs {
  textScale: number; // percent, 100..200
  highContrast: boolean;
}

export function getDefaultPrefs(): Prefs {
  return { textScale: 100, highContrast: false };
}

const KEY = 'council-review-prefs';
export const TEXT_SCALES = [100, 125, 150, 175, 200] as const;

function load(): Prefs {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Prefs>;
    const defaults = getDefaultPrefs();
    return {
      textScale: TEXT_SCALES.includes(saved.textScale as never) ? (saved.textScale as number) : defaults.textScale,
      highContrast: saved.highContrast === true,
    };
  } catch {
    return getDefaultPrefs();
  }
}

// Actions
export function stepTextScale(current: number, direction: 1 | -1): number {
  const i = TEXT_SCALES.indexOf(current as (typeof TEXT_SCALES)[number]);
  const next = Math.min(TEXT_SCALES.length - 1, Math.max(0, (i < 0 ? 0 : i) + direction));
  return TEXT_SCALES[next];
}

/** Applies the preferences to the page and keeps them across restarts. */
export function usePrefs(): [Prefs, (change: Partial<Prefs>) => void] {
  const [prefs, setPrefs] = useState<Prefs>(load);
  useEffect(() => {
    document.documentElement.style.fontSize = `${prefs.textScale}%`;
    document.documentElement.dataset.contrast = prefs.highContrast ? 'high' : 'normal';
    localStorage.setItem(KEY, JSON.stringify(prefs));
  }, [prefs]);
  return [prefs, (change) => setPrefs((p) => ({ ...p, ...change }))];
}

import { workspaceText } from '@shared/text/workspace';
import { register } from './registry';

register({
  name: 'openSearch',
  label: workspaceText.commands.search,
  keys: ['/', 'Ctrl+K'],
  whileTyping: true,
  keyTest: (e) =>
    ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'k' || e.key === 'K' || e.code === 'KeyK')) ||
    (!e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey && e.key === '/' && !(e.target as HTMLElement | null)?.closest?.('input, textarea, select')),
  perform: (h) => h.openSearch?.(),
});

register({
  name: 'openHelp',
  label: workspaceText.commands.help,
  keys: ['?'],
  keyTest: (e) => !e.ctrlKey && !e.metaKey && !e.altKey && e.key === '?',
  perform: (h) => h.openHelp?.(),
});

register({
  name: 'closeOverlay',
  label: workspaceText.commands.close,
  keys: ['Esc'],
  whileTyping: true,
  keyTest: (e) => e.key === 'Escape',
  perform: (h) => h.closeOverlay?.(),
});

import { workspaceText } from '@shared/text/workspace';
import { register } from './registry';

const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
/** ↑/↓ move between projects only while focus is in the outline; elsewhere they scroll. */
const inOutline = (e: KeyboardEvent) => e.target instanceof Element && e.target.closest('.outline-scroll') !== null;

register({
  name: 'nextProject',
  label: workspaceText.commands.nextProject,
  keys: ['J', '↓ (목차에서)'],
  // e.code as well as e.key, so the key works with the Korean keyboard layout active (J → ㅓ).
  keyTest: (e) => plain(e) && !e.shiftKey && (e.key === 'j' || e.code === 'KeyJ' || (e.key === 'ArrowDown' && inOutline(e))),
  perform: (h) => h.nextProject?.(),
});

register({
  name: 'prevProject',
  label: workspaceText.commands.prevProject,
  keys: ['K', '↑ (목차에서)'],
  keyTest: (e) => plain(e) && !e.shiftKey && (e.key === 'k' || e.code === 'KeyK' || (e.key === 'ArrowUp' && inOutline(e))),
  perform: (h) => h.prevProject?.(),
});

import { correctionText } from '@shared/text/corrections';
import { register } from './registry';

// Not while typing: a text box keeps its own Ctrl+Z.
register({
  name: 'undoCorrection',
  label: correctionText.undoCommand,
  keys: ['Ctrl+Z'],
  keyTest: (e) => (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.key === 'z' || e.code === 'KeyZ'),
  perform: (h) => h.undoCorrection?.(),
});

import { workspaceText } from '@shared/text/workspace';
import { register } from './registry';

register({
  name: 'newAnnotation',
  label: workspaceText.commands.newAnnotation,
  keys: ['N'],
  keyTest: (e) => !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey && (e.key === 'n' || e.code === 'KeyN'),
  perform: (h) => h.newAnnotation?.(),
});

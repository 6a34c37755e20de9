/** User commands as data (house style #16): shortcuts and the help overlay read one list. */

/** What the screens currently offer; a command is enabled when its handler is present. */
export interface CommandHandlers {
  nextProject: () => void;
  prevProject: () => void;
  newAnnotation: () => void;
  openSearch: () => void;
  openHelp: () => void;
  closeOverlay: () => void;
  /** 구조 고치기: undo the document's last correction. */
  undoCorrection: () => void;
}

export interface Action {
  name: keyof CommandHandlers;
  /** Korean description for the help overlay. */
  label: string;
  /** Keys as shown to the user. */
  keys: string[];
  keyTest: (e: KeyboardEvent) => boolean;
  /** Also fires while typing in a text box (Ctrl+K, Esc). */
  whileTyping?: boolean;
  perform: (h: Partial<CommandHandlers>) => void;
}

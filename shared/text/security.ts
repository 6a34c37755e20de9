/**
 * Korean words of the PIN lock and encryption at rest: the service's messages
 * (electron/service/security.ts) and the lock screen and 보안 screen of the renderer.
 */
export const securityText = {
  // ── service messages ──
  locked: '잠겨 있습니다. PIN을 입력해 주세요.',
  wrongSecret: (attemptsLeft: number) =>
    attemptsLeft > 0 ? `PIN 또는 비밀번호가 맞지 않습니다. ${attemptsLeft}번 더 틀리면 잠시 기다려야 합니다.` : 'PIN 또는 비밀번호가 맞지 않습니다.',
  retryIn: (seconds: number) => `PIN을 여러 번 잘못 입력했습니다. ${seconds}초 후에 다시 시도하세요.`,
  badSecret: 'PIN은 숫자 4~8자리, 비밀번호는 8자 이상이어야 합니다.',
  sameSecret: '새 PIN이 지금 PIN과 같습니다.',
  alreadyOn: '이미 PIN 잠금을 쓰고 있습니다.',
  notOn: 'PIN 잠금을 쓰고 있지 않습니다. 먼저 보안 화면에서 PIN을 정하세요.',
  busy: '보안 설정을 바꾸는 중입니다. 잠시 후 다시 시도해 주세요.',
  settingsMissing: (path: string) =>
    `자료가 암호화되어 있지만 보안 설정 파일이 없습니다: ${path}. 이 파일 없이는 자료를 열 수 없습니다. 백업해 둔 보안 설정 파일을 제자리에 두고 다시 실행해 주세요.`,
  settingsDamaged: (path: string) => `보안 설정 파일이 손상되어 자료를 열 수 없습니다: ${path}. 지우지 말고 담당자에게 전달해 주세요.`,

  // ── lock screen ──
  lockHeading: '의정 검토가 잠겨 있습니다',
  lockIntro: '자료를 보려면 PIN 또는 비밀번호를 입력하세요.',
  secretLabel: 'PIN 또는 비밀번호',
  unlock: '잠금 풀기',
  unlocking: '확인하는 중…',
  waitCountdown: (seconds: number) => `${seconds}초 후에 다시 시도할 수 있습니다.`,
  forgotten: 'PIN을 잊으면 되살릴 방법이 없습니다. 담당자에게 문의하세요.',
  textSmallerGlyph: '가−',
  textLargerGlyph: '가+',

  // ── header ──
  lockNow: '지금 잠그기',
  lockNowLabel: '지금 잠그기: 다시 열려면 PIN이 필요합니다',

  // ── 보안 screen ──
  nav: '보안',
  heading: '보안',
  intro: 'PIN 잠금을 켜면 이 컴퓨터에 저장되는 문서와 의견이 모두 암호화되고, 프로그램을 열 때와 자리를 비운 뒤에 PIN을 물어봅니다.',
  statusOn: (kind: 'pin' | 'password' | null) => `PIN 잠금 사용 중 (${kind === 'password' ? '비밀번호' : 'PIN'}). 저장된 자료는 암호화되어 있습니다.`,
  statusOff: 'PIN 잠금을 쓰지 않습니다. 저장된 자료는 암호화되어 있지 않습니다.',
  warningTitle: '꼭 읽어 주세요',
  warning:
    'PIN이나 비밀번호를 잊으면 되살릴 방법이 없습니다. 담당자도, 개발사도 자료를 열 수 없습니다. 잊지 않을 PIN을 정하고, 필요하면 안전한 곳에 적어 두세요.',
  rules: 'PIN은 숫자 4~8자리, 비밀번호는 8자 이상(문자·숫자 섞어서)입니다. 숫자 PIN보다 비밀번호가 더 안전합니다.',
  enableHeading: 'PIN 잠금 켜기',
  newSecret: '새 PIN 또는 비밀번호',
  confirmSecret: '한 번 더 입력',
  currentSecret: '지금 PIN 또는 비밀번호',
  idle: '자리를 비우면 자동으로 잠그기',
  idleOption: (minutes: number) => (minutes === 0 ? '자동으로 잠그지 않음' : `${minutes}분 동안 쓰지 않으면`),
  understood: 'PIN을 잊으면 자료를 되살릴 수 없다는 것을 이해했습니다.',
  enable: 'PIN 잠금 켜기',
  enabling: '자료를 암호화하는 중…',
  enabled: 'PIN 잠금을 켰습니다. 저장된 자료를 모두 암호화했습니다.',
  changeHeading: 'PIN 바꾸기 · 자동 잠금 시간',
  change: '바꾸기',
  changed: '보안 설정을 바꿨습니다.',
  disableHeading: 'PIN 잠금 끄기',
  disableIntro: 'PIN 잠금을 끄면 저장된 자료를 모두 암호화하지 않은 상태로 되돌립니다.',
  disable: 'PIN 잠금 끄기',
  disabling: '암호화를 푸는 중…',
  disabled: 'PIN 잠금을 껐습니다. 저장된 자료는 이제 암호화되어 있지 않습니다.',
  mismatch: '두 번 입력한 PIN이 서로 다릅니다.',
  mustAcknowledge: 'PIN을 잊으면 되살릴 수 없다는 안내에 동의해 주세요.',
  nothingToChange: '새 PIN이나 자동 잠금 시간을 바꿔 주세요.',
  keepSecret: '(바꾸지 않으려면 비워 두세요)',
  currentRequired: '지금 PIN 또는 비밀번호를 입력해 주세요.',
} as const;

/** Minutes the idle lock may be set to (0 = never); the first non-zero one is the default. */
export const IDLE_CHOICES = [1, 5, 10, 15, 30, 60, 0] as const;
export const IDLE_DEFAULT_MINUTES = 10;

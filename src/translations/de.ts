import type { ShippedTranslation } from './translation.js';

/** German (Deutsch): every text of every element. */
const de: ShippedTranslation = {
  'audio-meter': {
    label: 'Mikrofonpegel',
    noSignal:
      'Vom Mikrofon kommt kein Ton. Prüfen Sie, ob es stummgeschaltet oder nicht angeschlossen ist.',
    suspended:
      'Der Pegel wird angezeigt, sobald Sie auf die Seite klicken oder eine Taste drücken.',
    unsupported: 'Dieser Browser kann den Mikrofonpegel nicht anzeigen.',
  },
  'device-select': {
    videoinput: 'Kamera',
    audioinput: 'Mikrofon',
    audiooutput: 'Lautsprecher',
    videoinputNoun: 'Kamera',
    audioinputNoun: 'Mikrofon',
    audiooutputNoun: 'Lautsprecher',
    videoinputPlural: 'Kameras',
    audioinputPlural: 'Mikrofone',
    audiooutputPlural: 'Lautsprecher',
    unnamed: '{device} {number}',
    needsPermission: 'Ihre {devices} werden angezeigt, sobald Sie den Zugriff erlauben.',
    empty:
      '{kind, select, videoinput {Keine {device} gefunden. Schließen Sie eine an, um sie zu verwenden.} audioinput {Kein {device} gefunden. Schließen Sie eines an, um es zu verwenden.} other {Kein {device} gefunden. Schließen Sie einen an, um ihn zu verwenden.}}',
    unsupported: 'Dieser Browser kann Ihre {devices} nicht auflisten.',
    unsupportedOutput:
      'Dieser Browser kann den Lautsprecher hier nicht auswählen. Der Ton kommt aus dem Lautsprecher, der in Ihrem System eingestellt ist.',
    noSource:
      'Auf dieser Seite wird {kind, select, videoinput {die {device}} audioinput {das {device}} other {der {device}}} noch nicht verwendet.',
    cannotSwitch:
      'Diese Seite kann {kind, select, videoinput {die {device}} audioinput {das {device}} other {den {device}}} nicht wechseln.',
    added: 'Verbunden: {label}.',
    removed: 'Getrennt: {label}.',
    fallback: '{label} ist nicht mehr verfügbar. Jetzt wird {fallback} verwendet.',
    failed: '{label} konnte nicht verwendet werden.',
  },
  'media-capture': {
    camera: 'Kamera',
    microphone: 'Mikrofon',
    cameraAndMicrophone: 'Kamera und Mikrofon',
    start: '{devices} einschalten',
    stop: '{devices} ausschalten',
    retry: 'Erneut versuchen',
    requesting:
      'Zugriff auf {kind, select, camera {die {devices}} microphone {das {devices}} other {{devices}}} wird angefordert…',
    live: '{kind, select, camera {Die {devices} wird jetzt verwendet.} microphone {Das {devices} wird jetzt verwendet.} other {{devices} werden jetzt verwendet.}}',
    stopped:
      '{kind, select, camera {Die {devices} wird nicht mehr verwendet.} microphone {Das {devices} wird nicht mehr verwendet.} other {{devices} werden nicht mehr verwendet.}}',
    denied:
      'Der Zugriff auf {kind, select, camera {die {devices}} microphone {das {devices}} other {{devices}}} ist blockiert.',
    deniedHelp:
      'So erlauben Sie den Zugriff: Öffnen Sie die Website-Einstellungen (das Symbol neben der Adressleiste), erlauben Sie {kind, select, camera {die {devices}} microphone {das {devices}} other {{devices}}} und versuchen Sie es dann erneut.',
    deniedHelpChromium:
      'So erlauben Sie den Zugriff: Wählen Sie links in der Adressleiste das Symbol aus, erlauben Sie {kind, select, camera {die {devices}} microphone {das {devices}} other {{devices}}} (oder öffnen Sie „Website-Einstellungen“) und versuchen Sie es dann erneut.',
    deniedHelpFirefox:
      'So erlauben Sie den Zugriff: Wählen Sie in der Adressleiste das Berechtigungssymbol aus, heben Sie die Blockierung für {kind, select, camera {die {devices}} microphone {das {devices}} other {{devices}}} auf und versuchen Sie es dann erneut.',
    deniedHelpSafari:
      'So erlauben Sie den Zugriff: Wählen Sie Safari › Einstellungen für diese Website, stellen Sie {kind, select, camera {die {devices}} microphone {das {devices}} other {{devices}}} auf „Erlauben“ und versuchen Sie es dann erneut.',
    deniedHelpSafariIos:
      'So erlauben Sie den Zugriff: Tippen Sie in der Adressleiste auf das Seitenmenü (aA), wählen Sie „Website-Einstellungen“, stellen Sie {kind, select, camera {die {devices}} microphone {das {devices}} other {{devices}}} auf „Erlauben“ und versuchen Sie es dann erneut.',
    systemHelp:
      'So erlauben Sie den Zugriff: Öffnen Sie die Datenschutzeinstellungen Ihres Systems, erlauben Sie dort, dass {browser} {kind, select, camera {die {devices}} microphone {das {devices}} other {{devices}}} verwendet, und versuchen Sie es dann erneut.',
    systemHelpMacos:
      'So erlauben Sie den Zugriff: Öffnen Sie Systemeinstellungen › Datenschutz & Sicherheit › {setting}, sorgen Sie dafür, dass {browser} dort eingeschaltet ist, und versuchen Sie es dann erneut.',
    systemHelpWindows:
      'So erlauben Sie den Zugriff: Öffnen Sie Einstellungen › Datenschutz und Sicherheit › {setting}, aktivieren Sie den Zugriff für Apps und für Desktop-Apps und versuchen Sie es dann erneut.',
    systemHelpIos:
      'So erlauben Sie den Zugriff: Öffnen Sie Einstellungen › {browser} › {setting}, wählen Sie „Erlauben“ und versuchen Sie es dann erneut.',
    systemHelpAndroid:
      'So erlauben Sie den Zugriff: Öffnen Sie Einstellungen › Apps › {browser} › Berechtigungen, erlauben Sie {kind, select, camera {die {devices}} microphone {das {devices}} other {{devices}}} und versuchen Sie es dann erneut.',
    yourBrowser: 'Ihr Browser',
    cameraSetting: 'Kamera',
    microphoneSetting: 'Mikrofon',
    cameraAndMicrophoneSetting: 'Kamera (und Mikrofon)',
    unsupported: 'Dieser Browser kann keine Kamera und kein Mikrofon verwenden.',
    'insecure-context': 'Kamera und Mikrofon funktionieren nur auf einer sicheren Seite (https).',
    'permission-denied':
      'Der Zugriff auf {kind, select, camera {die {devices}} microphone {das {devices}} other {{devices}}} ist blockiert.',
    'permission-dismissed':
      'Die Zugriffsanfrage für {kind, select, camera {die {devices}} microphone {das {devices}} other {{devices}}} wurde geschlossen.',
    'system-denied':
      'Ihre Systemeinstellungen verhindern, dass dieser Browser {kind, select, camera {die {devices}} microphone {das {devices}} other {{devices}}} verwendet.',
    'policy-blocked':
      'Diese Seite darf {kind, select, camera {die {devices}} microphone {das {devices}} other {{devices}}} nicht verwenden.',
    'not-found':
      '{kind, select, camera {Keine {devices} gefunden. Schließen Sie eine an und versuchen Sie es dann erneut.} microphone {Kein {devices} gefunden. Schließen Sie eines an und versuchen Sie es dann erneut.} other {{devices} nicht gefunden. Schließen Sie beide an und versuchen Sie es dann erneut.}}',
    'device-in-use':
      '{kind, select, camera {Die {devices} konnte nicht gestartet werden. Möglicherweise wird sie von einer anderen App verwendet: Schließen Sie diese App und versuchen Sie es dann erneut.} microphone {Das {devices} konnte nicht gestartet werden. Möglicherweise wird es von einer anderen App verwendet: Schließen Sie diese App und versuchen Sie es dann erneut.} other {{devices} konnten nicht gestartet werden. Möglicherweise werden sie von einer anderen App verwendet: Schließen Sie diese App und versuchen Sie es dann erneut.}}',
    overconstrained:
      '{kind, select, camera {Keine {devices} unterstützt die angeforderten Einstellungen.} microphone {Kein {devices} unterstützt die angeforderten Einstellungen.} other {{devices} unterstützen die angeforderten Einstellungen nicht.}}',
    'invalid-constraints':
      'Diese Seite ist falsch eingerichtet und kann {kind, select, camera {die {devices}} microphone {das {devices}} other {{devices}}} deshalb nicht verwenden. Bitte informieren Sie den Betreiber der Website.',
    timeout:
      '{kind, select, camera {Die {devices} ist nicht rechtzeitig gestartet.} microphone {Das {devices} ist nicht rechtzeitig gestartet.} other {{devices} sind nicht rechtzeitig gestartet.}}',
    'track-ended':
      '{kind, select, camera {Die {devices} ist unerwartet ausgefallen.} microphone {Das {devices} ist unerwartet ausgefallen.} other {{devices} sind unerwartet ausgefallen.}}',
    'gesture-required':
      'Wählen Sie die Schaltfläche aus, um {kind, select, camera {die {devices}} microphone {das {devices}} other {{devices}}} einzuschalten.',
    aborted: 'Die Anfrage wurde abgebrochen.',
    unknown:
      '{kind, select, camera {Die {devices} konnte nicht gestartet werden.} microphone {Das {devices} konnte nicht gestartet werden.} other {{devices} konnten nicht gestartet werden.}}',
  },
  'screen-capture': {
    start: 'Bildschirm freigeben',
    stop: 'Freigabe beenden',
    retry: 'Erneut auswählen',
    requesting: 'Wählen Sie einen Bildschirm, ein Fenster oder einen Tab zum Freigeben aus…',
    live: 'Ihr Bildschirm wird jetzt freigegeben.',
    stopped: 'Die Freigabe Ihres Bildschirms wurde beendet.',
    deniedHelp:
      'Es wird nichts freigegeben, bis Sie einen Bildschirm, ein Fenster oder einen Tab auswählen und „Teilen“ wählen.',
    systemHelpMacos:
      'So erlauben Sie den Zugriff: Öffnen Sie Systemeinstellungen › Datenschutz & Sicherheit › Aufnahme von Bildschirm & Systemaudio, sorgen Sie dafür, dass {browser} dort eingeschaltet ist, und versuchen Sie es dann erneut.',
    systemHelp:
      'So erlauben Sie den Zugriff: Öffnen Sie die Datenschutzeinstellungen Ihres Systems, erlauben Sie dort, dass {browser} den Bildschirm aufnimmt, und versuchen Sie es dann erneut.',
    yourBrowser: 'Ihr Browser',
    unsupported: 'Dieser Browser kann keinen Bildschirm freigeben.',
    'insecure-context': 'Die Bildschirmfreigabe funktioniert nur auf einer sicheren Seite (https).',
    'permission-denied': 'Die Bildschirmfreigabe wurde abgebrochen oder blockiert.',
    'permission-dismissed':
      'Das Auswahlfenster wurde geschlossen, ohne dass etwas ausgewählt wurde.',
    'system-denied':
      'Ihre Systemeinstellungen verhindern, dass dieser Browser den Bildschirm aufnimmt.',
    'policy-blocked': 'Diese Seite darf keinen Bildschirm freigeben.',
    'not-found': 'Es gibt keinen Bildschirm, kein Fenster und keinen Tab zum Freigeben.',
    'device-in-use':
      'Der Bildschirm konnte nicht aufgenommen werden. Möglicherweise blockiert eine andere App die Aufnahme: Schließen Sie diese App und versuchen Sie es dann erneut.',
    overconstrained:
      'Der Bildschirm kann mit den angeforderten Einstellungen nicht freigegeben werden.',
    'invalid-constraints':
      'Diese Seite ist falsch eingerichtet und kann deshalb keinen Bildschirm freigeben. Bitte informieren Sie den Betreiber der Website.',
    timeout: 'Die Bildschirmfreigabe hat nicht rechtzeitig begonnen.',
    'track-ended': 'Die Bildschirmfreigabe wurde unerwartet beendet.',
    'gesture-required':
      'Wählen Sie die Schaltfläche aus, um festzulegen, was Sie freigeben möchten.',
    aborted: 'Die Anfrage wurde abgebrochen.',
    unknown: 'Die Bildschirmfreigabe konnte nicht gestartet werden.',
  },
  'stream-mirror': {
    placeholder: 'Kein Video',
    play: 'Vorschau anzeigen',
    video: 'Kameravorschau',
  },
  'stream-recorder': {
    record: 'Aufnehmen',
    pause: 'Pausieren',
    resume: 'Fortsetzen',
    stop: 'Stoppen',
    recording: 'Aufnahme',
    paused: 'Pausiert',
    download: 'Aufnahme herunterladen ({time}, {size})',
    fileName: 'Aufnahme {date}',
    noStream: 'Schalten Sie die Kamera oder das Mikrofon ein, um aufzunehmen.',
    unsupported: 'Dieser Browser kann weder Video noch Ton aufnehmen.',
    error: 'Die Aufnahme konnte nicht gestartet werden. Versuchen Sie es erneut.',
    started: 'Aufnahme gestartet.',
    pausedAnnouncement: 'Aufnahme pausiert.',
    resumed: 'Aufnahme fortgesetzt.',
    stopped: 'Aufnahme beendet: {time} aufgenommen, bereit zum Herunterladen.',
    stoppedMaxDuration:
      'Aufnahme nach Erreichen der maximalen Länge beendet: {time} aufgenommen, bereit zum Herunterladen.',
    stoppedEnded:
      'Aufnahme beendet, weil die Kamera oder das Mikrofon nicht mehr aktiv ist: {time} aufgenommen, bereit zum Herunterladen.',
    stoppedStreamChange:
      'Aufnahme beendet, weil die Kamera oder das Mikrofon gewechselt wurde: {time} aufgenommen, bereit zum Herunterladen.',
    stoppedError:
      'Aufnahme wegen eines Fehlers beendet: {time} aufgenommen, bereit zum Herunterladen.',
  },
  'track-list': {
    list: 'Spuren',
    empty: 'Kein Stream',
    noTracks: 'Keine Spuren',
    video: 'Video',
    audio: 'Audio',
    camera: 'Kamera',
    microphone: 'Mikrofon',
    trackName: '{label} ({kind})',
    live: 'Läuft',
    ended: 'Beendet',
    muted: 'Kein Signal',
    off: 'Deaktiviert',
    toggle: 'Aktiviert',
    toggleLabel: '{track} aktiviert',
    stop: 'Beenden',
    stopLabel: '{track} beenden',
    size: '{width}×{height}',
    frameRate: '{fps} fps',
    sampleRate: '{khz} kHz',
    mono: 'Mono',
    stereo: 'Stereo',
    channels: '{count, plural, one {# Kanal} other {# Kanäle}}',
    separator: ' · ',
    added: '{track} hinzugefügt.',
    removed: '{track} entfernt.',
    endedAnnouncement: '{track} beendet.',
    mutedAnnouncement: '{track}: kein Signal.',
    unmutedAnnouncement: '{track}: Signal wiederhergestellt.',
    enabledAnnouncement: '{track} aktiviert.',
    disabledAnnouncement: '{track} deaktiviert.',
  },
  'track-toggle': {
    mute: 'Stummschalten',
    unmute: 'Stummschaltung aufheben',
    stopVideo: 'Video beenden',
    startVideo: 'Video starten',
    microphoneOn: 'Mikrofon ein',
    microphoneOff: 'Mikrofon aus',
    cameraOn: 'Kamera ein',
    cameraOff: 'Kamera aus',
    noSource: 'Nicht mit einer Kamera oder einem Mikrofon verbunden.',
    noMicrophone: 'Es ist kein Mikrofon eingeschaltet.',
    noCamera: 'Es ist keine Kamera eingeschaltet.',
    cannotRestart: 'Diese Seite kann das Gerät nicht wieder einschalten.',
    microphoneFailed: 'Das Mikrofon konnte nicht wieder eingeschaltet werden.',
    cameraFailed: 'Die Kamera konnte nicht wieder eingeschaltet werden.',
    speakingWhileMuted:
      'Sie sind stummgeschaltet. Heben Sie die Stummschaltung auf, damit man Sie hört.',
  },
};

export default de;

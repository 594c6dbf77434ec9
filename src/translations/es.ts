import type { ShippedTranslation } from './translation.js';

/** Spanish (español): every text of every element. */
const es: ShippedTranslation = {
  'audio-meter': {
    label: 'Nivel del micrófono',
    noSignal: 'No llega sonido del micrófono. Comprueba que no esté silenciado ni desconectado.',
    suspended: 'El nivel se mostrará cuando hagas clic o pulses una tecla en la página.',
    unsupported: 'Este navegador no puede mostrar el nivel del micrófono.',
  },
  'device-select': {
    videoinput: 'Cámara',
    audioinput: 'Micrófono',
    audiooutput: 'Altavoz',
    videoinputNoun: 'cámara',
    audioinputNoun: 'micrófono',
    audiooutputNoun: 'altavoz',
    videoinputPlural: 'cámaras',
    audioinputPlural: 'micrófonos',
    audiooutputPlural: 'altavoces',
    unnamed: '{device} {number}',
    needsPermission: 'Tus {devices} aparecerán en la lista cuando permitas el acceso.',
    empty:
      '{kind, select, videoinput {No se ha encontrado ninguna {device}. Conecta una para usarla.} other {No se ha encontrado ningún {device}. Conecta uno para usarlo.}}',
    unsupported: 'Este navegador no puede mostrar la lista de tus {devices}.',
    unsupportedOutput:
      'Este navegador no permite elegir el altavoz aquí: el sonido sale por el que está configurado en tu sistema.',
    noSource:
      'Todavía no hay nada en esta página que use {kind, select, videoinput {la {device}} other {el {device}}}.',
    cannotSwitch: 'Esta página no puede cambiar de {device}.',
    added: 'Dispositivo conectado: {label}.',
    removed: 'Dispositivo desconectado: {label}.',
    fallback: '{label} ya no está disponible. Ahora se usa {fallback}.',
    failed: 'No se ha podido usar {label}.',
  },
  'media-capture': {
    camera: 'cámara',
    microphone: 'micrófono',
    cameraAndMicrophone: 'cámara y micrófono',
    start: 'Activar {devices}',
    stop: 'Desactivar {devices}',
    retry: 'Reintentar',
    requesting:
      'Esperando acceso {kind, select, camera {a la {devices}} microphone {al {devices}} other {a la cámara y al micrófono}}…',
    live: '{kind, select, camera {Tu {devices} está en uso.} microphone {Tu {devices} está en uso.} other {Tu cámara y tu micrófono están en uso.}}',
    stopped:
      '{kind, select, camera {Tu {devices} ya no está en uso.} microphone {Tu {devices} ya no está en uso.} other {Tu cámara y tu micrófono ya no están en uso.}}',
    denied:
      'El acceso {kind, select, camera {a la {devices}} microphone {al {devices}} other {a la cámara y al micrófono}} está bloqueado.',
    deniedHelp:
      'Para permitirlo, abre la configuración del sitio (el icono junto a la barra de direcciones), permite el acceso {kind, select, camera {a la {devices}} microphone {al {devices}} other {a la cámara y al micrófono}} y vuelve a intentarlo.',
    deniedHelpChromium:
      'Para permitirlo, selecciona el icono a la izquierda de la barra de direcciones, permite el acceso {kind, select, camera {a la {devices}} microphone {al {devices}} other {a la cámara y al micrófono}} (o abre Configuración de sitios web) y vuelve a intentarlo.',
    deniedHelpFirefox:
      'Para permitirlo, selecciona el icono de permisos en la barra de direcciones, quita el bloqueo {kind, select, camera {de la {devices}} microphone {del {devices}} other {de la cámara y del micrófono}} y vuelve a intentarlo.',
    deniedHelpSafari:
      'Para permitirlo, elige Safari › Ajustes para este sitio web, selecciona Permitir para {kind, select, camera {la {devices}} microphone {el {devices}} other {la cámara y el micrófono}} y vuelve a intentarlo.',
    deniedHelpSafariIos:
      'Para permitirlo, toca el menú de la página (aA) en la barra de direcciones, elige Ajustes del sitio web, selecciona Permitir para {kind, select, camera {la {devices}} microphone {el {devices}} other {la cámara y el micrófono}} y vuelve a intentarlo.',
    systemHelp:
      'Para permitirlo, abre los ajustes de privacidad de tu sistema, permite que {browser} use {kind, select, camera {la {devices}} microphone {el {devices}} other {la cámara y el micrófono}} y vuelve a intentarlo.',
    systemHelpMacos:
      'Para permitirlo, abre Ajustes del Sistema › Privacidad y seguridad › {setting}, activa {browser} y vuelve a intentarlo.',
    systemHelpWindows:
      'Para permitirlo, abre Configuración › Privacidad y seguridad › {setting}, activa el acceso para las aplicaciones y para las aplicaciones de escritorio, y vuelve a intentarlo.',
    systemHelpIos:
      'Para permitirlo, abre Ajustes › {browser} › {setting}, elige Permitir y vuelve a intentarlo.',
    systemHelpAndroid:
      'Para permitirlo, abre Ajustes › Aplicaciones › {browser} › Permisos, permite el acceso {kind, select, camera {a la {devices}} microphone {al {devices}} other {a la cámara y al micrófono}} y vuelve a intentarlo.',
    yourBrowser: 'tu navegador',
    cameraSetting: 'Cámara',
    microphoneSetting: 'Micrófono',
    cameraAndMicrophoneSetting: 'Cámara (y Micrófono)',
    unsupported: 'Este navegador no puede usar la cámara ni el micrófono.',
    'insecure-context': 'La cámara y el micrófono solo funcionan en páginas seguras (https).',
    'permission-denied':
      'El acceso {kind, select, camera {a la {devices}} microphone {al {devices}} other {a la cámara y al micrófono}} está bloqueado.',
    'permission-dismissed':
      'Se ha cerrado la solicitud de acceso {kind, select, camera {a la {devices}} microphone {al {devices}} other {a la cámara y al micrófono}}.',
    'system-denied':
      'Los ajustes de tu sistema impiden que este navegador acceda {kind, select, camera {a la {devices}} microphone {al {devices}} other {a la cámara y al micrófono}}.',
    'policy-blocked':
      'Esta página no tiene permiso para usar {kind, select, camera {la {devices}} microphone {el {devices}} other {la cámara y el micrófono}}.',
    'not-found':
      '{kind, select, camera {No se ha encontrado ninguna {devices}. Conecta una y vuelve a intentarlo.} microphone {No se ha encontrado ningún {devices}. Conecta uno y vuelve a intentarlo.} other {No se ha encontrado la cámara o el micrófono. Conecta el que falte y vuelve a intentarlo.}}',
    'device-in-use':
      '{kind, select, camera {No se ha podido iniciar la {devices}. Puede que otra aplicación la esté usando: ciérrala y vuelve a intentarlo.} microphone {No se ha podido iniciar el {devices}. Puede que otra aplicación lo esté usando: ciérrala y vuelve a intentarlo.} other {No se han podido iniciar la cámara y el micrófono. Puede que otra aplicación los esté usando: ciérrala y vuelve a intentarlo.}}',
    overconstrained:
      '{kind, select, camera {Ninguna {devices} admite los ajustes solicitados.} microphone {Ningún {devices} admite los ajustes solicitados.} other {Ningún dispositivo admite los ajustes solicitados.}}',
    'invalid-constraints':
      'Esta página no está bien configurada, así que no puede usar {kind, select, camera {la {devices}} microphone {el {devices}} other {la cámara y el micrófono}}. Avisa al propietario del sitio.',
    timeout:
      '{kind, select, camera {La {devices} no se ha iniciado a tiempo.} microphone {El {devices} no se ha iniciado a tiempo.} other {La cámara y el micrófono no se han iniciado a tiempo.}}',
    'track-ended':
      '{kind, select, camera {La {devices} se ha detenido inesperadamente.} microphone {El {devices} se ha detenido inesperadamente.} other {La cámara y el micrófono se han detenido inesperadamente.}}',
    'gesture-required':
      'Selecciona el botón para activar {kind, select, camera {la {devices}} microphone {el {devices}} other {la cámara y el micrófono}}.',
    aborted: 'Se ha cancelado la solicitud.',
    unknown:
      '{kind, select, camera {No se ha podido iniciar la {devices}.} microphone {No se ha podido iniciar el {devices}.} other {No se han podido iniciar la cámara y el micrófono.}}',
  },
  'screen-capture': {
    start: 'Compartir pantalla',
    stop: 'Dejar de compartir',
    retry: 'Volver a elegir',
    requesting: 'Elige una pantalla, una ventana o una pestaña para compartir…',
    live: 'Estás compartiendo tu pantalla.',
    stopped: 'Has dejado de compartir tu pantalla.',
    deniedHelp:
      'No se comparte nada hasta que elijas una pantalla, una ventana o una pestaña y selecciones Compartir.',
    systemHelpMacos:
      'Para permitirlo, abre Ajustes del Sistema › Privacidad y seguridad › Grabación de pantalla y audio del sistema, activa {browser} y vuelve a intentarlo.',
    systemHelp:
      'Para permitirlo, abre los ajustes de privacidad de tu sistema, permite que {browser} grabe la pantalla y vuelve a intentarlo.',
    yourBrowser: 'tu navegador',
    unsupported: 'Este navegador no puede compartir la pantalla.',
    'insecure-context': 'Compartir pantalla solo funciona en páginas seguras (https).',
    'permission-denied': 'Se ha cancelado o bloqueado el uso compartido de la pantalla.',
    'permission-dismissed': 'Se ha cerrado el selector de pantalla sin elegir nada.',
    'system-denied': 'Los ajustes de tu sistema impiden que este navegador grabe la pantalla.',
    'policy-blocked': 'Esta página no tiene permiso para compartir la pantalla.',
    'not-found': 'No hay ninguna pantalla, ventana ni pestaña que compartir.',
    'device-in-use':
      'No se ha podido capturar la pantalla. Puede que otra aplicación lo esté impidiendo: ciérrala y vuelve a intentarlo.',
    overconstrained: 'No se puede compartir la pantalla con los ajustes solicitados.',
    'invalid-constraints':
      'Esta página no está bien configurada, así que no puede compartir la pantalla. Avisa al propietario del sitio.',
    timeout: 'El uso compartido de la pantalla no se ha iniciado a tiempo.',
    'track-ended': 'El uso compartido de la pantalla se ha detenido inesperadamente.',
    'gesture-required': 'Selecciona el botón para elegir qué compartir.',
    aborted: 'Se ha cancelado la solicitud.',
    unknown: 'No se ha podido empezar a compartir la pantalla.',
  },
  'stream-mirror': {
    placeholder: 'Sin vídeo',
    play: 'Mostrar la vista previa',
    video: 'Vista previa de la cámara',
  },
  'stream-recorder': {
    record: 'Grabar',
    pause: 'Pausar',
    resume: 'Reanudar',
    stop: 'Detener',
    recording: 'Grabando',
    paused: 'En pausa',
    download: 'Descargar la grabación ({time}, {size})',
    fileName: 'grabación {date}',
    noStream: 'Activa la cámara o el micrófono para grabar.',
    unsupported: 'Este navegador no puede grabar vídeo ni sonido.',
    error: 'No se ha podido iniciar la grabación. Inténtalo de nuevo.',
    started: 'Grabando.',
    pausedAnnouncement: 'Grabación en pausa.',
    resumed: 'Grabación reanudada.',
    stopped: 'Grabación detenida: duración {time}, lista para descargar.',
    stoppedMaxDuration:
      'Grabación detenida al alcanzar la duración máxima: {time}, lista para descargar.',
    stoppedEnded:
      'Grabación detenida porque la cámara o el micrófono se ha detenido: duración {time}, lista para descargar.',
    stoppedStreamChange:
      'Grabación detenida porque la cámara o el micrófono ha cambiado: duración {time}, lista para descargar.',
    stoppedError: 'Grabación detenida por un error: duración {time}, lista para descargar.',
  },
  'track-list': {
    list: 'Pistas',
    empty: 'Sin transmisión',
    noTracks: 'Sin pistas',
    video: 'Vídeo',
    audio: 'Audio',
    camera: 'Cámara',
    microphone: 'Micrófono',
    trackName: '{kind} {label}',
    live: 'En directo',
    ended: 'Finalizada',
    muted: 'Silenciada',
    off: 'Desactivada',
    toggle: 'Activada',
    toggleLabel: 'Pista activada: {track}',
    stop: 'Detener',
    stopLabel: 'Detener {track}',
    size: '{width}×{height}',
    frameRate: '{fps} fps',
    sampleRate: '{khz} kHz',
    mono: 'mono',
    stereo: 'estéreo',
    channels: '{count, plural, one {# canal} many {# de canales} other {# canales}}',
    separator: ' · ',
    added: 'Pista añadida: {track}.',
    removed: 'Pista eliminada: {track}.',
    endedAnnouncement: 'Pista finalizada: {track}.',
    mutedAnnouncement: 'Pista silenciada: {track}.',
    unmutedAnnouncement: 'Pista reanudada: {track}.',
    enabledAnnouncement: 'Pista activada: {track}.',
    disabledAnnouncement: 'Pista desactivada: {track}.',
  },
  'track-toggle': {
    mute: 'Silenciar',
    unmute: 'Activar sonido',
    stopVideo: 'Detener vídeo',
    startVideo: 'Iniciar vídeo',
    microphoneOn: 'Micrófono activado',
    microphoneOff: 'Micrófono desactivado',
    cameraOn: 'Cámara activada',
    cameraOff: 'Cámara desactivada',
    noSource: 'No está conectado a ninguna cámara ni micrófono.',
    noMicrophone: 'No hay ningún micrófono activado.',
    noCamera: 'No hay ninguna cámara activada.',
    cannotRestart: 'Esta página no puede volver a activar el dispositivo.',
    microphoneFailed: 'No se ha podido volver a activar el micrófono.',
    cameraFailed: 'No se ha podido volver a activar la cámara.',
    speakingWhileMuted: 'Tienes el micrófono silenciado. Activa el sonido para que te oigan.',
  },
};

export default es;

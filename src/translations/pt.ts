import type { ShippedTranslation } from './translation.js';

/** Brazilian Portuguese (português do Brasil): every text of every element. */
const pt: ShippedTranslation = {
  'audio-meter': {
    label: 'Nível do microfone',
    noSignal:
      'Nenhum som está vindo do microfone. Verifique se ele não está silenciado ou desconectado.',
    suspended: 'O nível aparece depois que você clicar ou pressionar uma tecla na página.',
    unsupported: 'Este navegador não consegue mostrar o nível do microfone.',
  },
  'device-select': {
    videoinput: 'Câmera',
    audioinput: 'Microfone',
    audiooutput: 'Alto-falante',
    videoinputNoun: 'câmera',
    audioinputNoun: 'microfone',
    audiooutputNoun: 'alto-falante',
    videoinputPlural: 'câmeras',
    audioinputPlural: 'microfones',
    audiooutputPlural: 'alto-falantes',
    unnamed: '{device} {number}',
    needsPermission:
      '{kind, select, videoinput {Suas {devices} vão aparecer} other {Seus {devices} vão aparecer}} na lista quando você permitir o acesso.',
    empty:
      '{kind, select, videoinput {Nenhuma {device} encontrada. Conecte uma para usá-la.} other {Nenhum {device} encontrado. Conecte um para usá-lo.}}',
    unsupported:
      'Este navegador não consegue listar {kind, select, videoinput {suas {devices}} other {seus {devices}}}.',
    unsupportedOutput:
      'Este navegador não permite escolher o alto-falante aqui: o som sai pelo que está definido no seu sistema.',
    noSource:
      'Ainda não há nada nesta página que use {kind, select, videoinput {a {device}} other {o {device}}}.',
    cannotSwitch: 'Esta página não pode trocar de {device}.',
    added: 'Dispositivo conectado: {label}.',
    removed: 'Dispositivo desconectado: {label}.',
    fallback: '{label} não está mais disponível. Em uso agora: {fallback}.',
    failed: 'Não foi possível usar {label}.',
  },
  'media-capture': {
    camera: 'câmera',
    microphone: 'microfone',
    cameraAndMicrophone: 'câmera e microfone',
    start: 'Ativar {devices}',
    stop: 'Desativar {devices}',
    retry: 'Tentar novamente',
    requesting:
      'Aguardando acesso {kind, select, camera {à {devices}} microphone {ao {devices}} other {à câmera e ao microfone}}…',
    live: '{kind, select, camera {Sua {devices} está em uso.} microphone {Seu {devices} está em uso.} other {Sua câmera e seu microfone estão em uso.}}',
    stopped:
      '{kind, select, camera {Sua {devices} não está mais em uso.} microphone {Seu {devices} não está mais em uso.} other {Sua câmera e seu microfone não estão mais em uso.}}',
    denied:
      'O acesso {kind, select, camera {à {devices}} microphone {ao {devices}} other {à câmera e ao microfone}} está bloqueado.',
    deniedHelp:
      'Para liberar o acesso, abra as configurações do site (o ícone ao lado da barra de endereço), permita o uso {kind, select, camera {da {devices}} microphone {do {devices}} other {da câmera e do microfone}} e tente novamente.',
    deniedHelpChromium:
      'Para liberar o acesso, selecione o ícone à esquerda da barra de endereço, permita o uso {kind, select, camera {da {devices}} microphone {do {devices}} other {da câmera e do microfone}} (ou abra Configurações do site) e tente novamente.',
    deniedHelpFirefox:
      'Para liberar o acesso, selecione o ícone de permissões na barra de endereço, remova o bloqueio {kind, select, camera {da {devices}} microphone {do {devices}} other {da câmera e do microfone}} e tente novamente.',
    deniedHelpSafari:
      'Para liberar o acesso, escolha Safari › Ajustes para Este Site, defina {kind, select, camera {a {devices}} microphone {o {devices}} other {a câmera e o microfone}} como Permitir e tente novamente.',
    deniedHelpSafariIos:
      'Para liberar o acesso, toque no menu da página (aA) na barra de endereço, escolha Ajustes do Site, defina {kind, select, camera {a {devices}} microphone {o {devices}} other {a câmera e o microfone}} como Permitir e tente novamente.',
    systemHelp:
      'Para liberar o acesso, abra as configurações de privacidade do sistema, permita que {browser} use {kind, select, camera {a {devices}} microphone {o {devices}} other {a câmera e o microfone}} e tente novamente.',
    systemHelpMacos:
      'Para liberar o acesso, abra Ajustes do Sistema › Privacidade e Segurança › {setting}, ative {browser} e tente novamente.',
    systemHelpWindows:
      'Para liberar o acesso, abra Configurações › Privacidade e segurança › {setting}, ative o acesso para aplicativos e para aplicativos da área de trabalho e tente novamente.',
    systemHelpIos:
      'Para liberar o acesso, abra Ajustes › {browser} › {setting}, escolha Permitir e tente novamente.',
    systemHelpAndroid:
      'Para liberar o acesso, abra Configurações › Apps › {browser} › Permissões, permita o uso {kind, select, camera {da {devices}} microphone {do {devices}} other {da câmera e do microfone}} e tente novamente.',
    yourBrowser: 'seu navegador',
    cameraSetting: 'Câmera',
    microphoneSetting: 'Microfone',
    cameraAndMicrophoneSetting: 'Câmera (e Microfone)',
    unsupported: 'Este navegador não consegue usar câmera nem microfone.',
    'insecure-context': 'A câmera e o microfone só funcionam em páginas seguras (https).',
    'permission-denied':
      'O acesso {kind, select, camera {à {devices}} microphone {ao {devices}} other {à câmera e ao microfone}} está bloqueado.',
    'permission-dismissed':
      'O pedido de acesso {kind, select, camera {à {devices}} microphone {ao {devices}} other {à câmera e ao microfone}} foi fechado sem resposta.',
    'system-denied':
      'As configurações do seu sistema impedem este navegador de acessar {kind, select, camera {a {devices}} microphone {o {devices}} other {a câmera e o microfone}}.',
    'policy-blocked':
      'Esta página não tem permissão para usar {kind, select, camera {a {devices}} microphone {o {devices}} other {a câmera e o microfone}}.',
    'not-found':
      '{kind, select, camera {Nenhuma {devices} foi encontrada. Conecte uma e tente novamente.} microphone {Nenhum {devices} foi encontrado. Conecte um e tente novamente.} other {A câmera ou o microfone não foi encontrado. Conecte o que estiver faltando e tente novamente.}}',
    'device-in-use':
      '{kind, select, camera {Não foi possível iniciar a {devices}. Talvez ela esteja sendo usada por outro aplicativo: feche-o e tente novamente.} microphone {Não foi possível iniciar o {devices}. Talvez ele esteja sendo usado por outro aplicativo: feche-o e tente novamente.} other {Não foi possível iniciar a câmera e o microfone. Talvez eles estejam sendo usados por outro aplicativo: feche-o e tente novamente.}}',
    overconstrained:
      '{kind, select, camera {Nenhuma {devices} é compatível com as configurações solicitadas.} microphone {Nenhum {devices} é compatível com as configurações solicitadas.} other {Nenhum dispositivo é compatível com as configurações solicitadas.}}',
    'invalid-constraints':
      'Esta página está configurada incorretamente e por isso não pode usar {kind, select, camera {a {devices}} microphone {o {devices}} other {a câmera e o microfone}}. Avise o responsável pelo site.',
    timeout:
      '{kind, select, camera {A {devices} não iniciou a tempo.} microphone {O {devices} não iniciou a tempo.} other {A câmera e o microfone não iniciaram a tempo.}}',
    'track-ended':
      '{kind, select, camera {A {devices} parou inesperadamente.} microphone {O {devices} parou inesperadamente.} other {A câmera e o microfone pararam inesperadamente.}}',
    'gesture-required':
      'Selecione o botão para ativar {kind, select, camera {a {devices}} microphone {o {devices}} other {a câmera e o microfone}}.',
    aborted: 'A solicitação foi cancelada.',
    unknown:
      'Não foi possível iniciar {kind, select, camera {a {devices}} microphone {o {devices}} other {a câmera e o microfone}}.',
  },
  'screen-capture': {
    start: 'Compartilhar tela',
    stop: 'Parar de compartilhar',
    retry: 'Escolher de novo',
    requesting: 'Escolha uma tela, janela ou guia para compartilhar…',
    live: 'Você está compartilhando sua tela.',
    stopped: 'Você parou de compartilhar sua tela.',
    deniedHelp:
      'Nada é compartilhado até você escolher uma tela, janela ou guia e selecionar Compartilhar.',
    systemHelpMacos:
      'Para liberar o acesso, abra Ajustes do Sistema › Privacidade e Segurança › Gravação de Tela e Áudio do Sistema, ative {browser} e tente novamente.',
    systemHelp:
      'Para liberar o acesso, abra as configurações de privacidade do sistema, permita que {browser} grave a tela e tente novamente.',
    yourBrowser: 'seu navegador',
    unsupported: 'Este navegador não consegue compartilhar a tela.',
    'insecure-context': 'O compartilhamento de tela só funciona em páginas seguras (https).',
    'permission-denied': 'O compartilhamento de tela foi cancelado ou bloqueado.',
    'permission-dismissed': 'O seletor de tela foi fechado sem que nada fosse escolhido.',
    'system-denied': 'As configurações do seu sistema impedem este navegador de gravar a tela.',
    'policy-blocked': 'Esta página não tem permissão para compartilhar a tela.',
    'not-found': 'Não há nenhuma tela, janela ou guia para compartilhar.',
    'device-in-use':
      'Não foi possível capturar a tela. Talvez outro aplicativo esteja bloqueando: feche-o e tente novamente.',
    overconstrained: 'Não é possível compartilhar a tela com as configurações solicitadas.',
    'invalid-constraints':
      'Esta página está configurada incorretamente e por isso não pode compartilhar a tela. Avise o responsável pelo site.',
    timeout: 'O compartilhamento de tela não começou a tempo.',
    'track-ended': 'O compartilhamento de tela parou inesperadamente.',
    'gesture-required': 'Selecione o botão para escolher o que compartilhar.',
    aborted: 'A solicitação foi cancelada.',
    unknown: 'Não foi possível iniciar o compartilhamento de tela.',
  },
  'stream-mirror': {
    placeholder: 'Sem vídeo',
    play: 'Mostrar a prévia',
    video: 'Prévia da câmera',
  },
  'stream-recorder': {
    record: 'Gravar',
    pause: 'Pausar',
    resume: 'Retomar',
    stop: 'Parar',
    recording: 'Gravando',
    paused: 'Em pausa',
    download: 'Baixar a gravação ({time}, {size})',
    fileName: 'gravação {date}',
    noStream: 'Ative a câmera ou o microfone para gravar.',
    unsupported: 'Este navegador não consegue gravar vídeo nem áudio.',
    error: 'Não foi possível iniciar a gravação. Tente novamente.',
    started: 'Gravando.',
    pausedAnnouncement: 'Gravação pausada.',
    resumed: 'Gravação retomada.',
    stopped: 'Gravação interrompida: duração {time}, pronta para baixar.',
    stoppedMaxDuration:
      'Gravação interrompida ao atingir a duração máxima: {time}, pronta para baixar.',
    stoppedEnded:
      'Gravação interrompida porque a câmera ou o microfone parou: duração {time}, pronta para baixar.',
    stoppedStreamChange:
      'Gravação interrompida porque a câmera ou o microfone mudou: duração {time}, pronta para baixar.',
    stoppedError: 'Gravação interrompida por um erro: duração {time}, pronta para baixar.',
  },
  'track-list': {
    list: 'Faixas',
    empty: 'Sem transmissão',
    noTracks: 'Nenhuma faixa',
    video: 'Vídeo',
    audio: 'Áudio',
    camera: 'Câmera',
    microphone: 'Microfone',
    trackName: '{kind} {label}',
    live: 'Ao vivo',
    ended: 'Encerrada',
    muted: 'Silenciada',
    off: 'Desativada',
    toggle: 'Ativada',
    toggleLabel: 'Faixa ativada: {track}',
    stop: 'Parar',
    stopLabel: 'Parar {track}',
    size: '{width}×{height}',
    frameRate: '{fps} fps',
    sampleRate: '{khz} kHz',
    mono: 'mono',
    stereo: 'estéreo',
    channels: '{count, plural, one {# canal} many {# de canais} other {# canais}}',
    separator: ' · ',
    added: 'Faixa adicionada: {track}.',
    removed: 'Faixa removida: {track}.',
    endedAnnouncement: 'Faixa encerrada: {track}.',
    mutedAnnouncement: 'Faixa silenciada: {track}.',
    unmutedAnnouncement: 'Faixa retomada: {track}.',
    enabledAnnouncement: 'Faixa ativada: {track}.',
    disabledAnnouncement: 'Faixa desativada: {track}.',
  },
  'track-toggle': {
    mute: 'Silenciar',
    unmute: 'Ativar som',
    stopVideo: 'Parar vídeo',
    startVideo: 'Iniciar vídeo',
    microphoneOn: 'Microfone ativado',
    microphoneOff: 'Microfone desativado',
    cameraOn: 'Câmera ativada',
    cameraOff: 'Câmera desativada',
    noSource: 'Não está conectado a nenhuma câmera nem microfone.',
    noMicrophone: 'Nenhum microfone está ativado.',
    noCamera: 'Nenhuma câmera está ativada.',
    cannotRestart: 'Esta página não consegue reativar o dispositivo.',
    microphoneFailed: 'Não foi possível reativar o microfone.',
    cameraFailed: 'Não foi possível reativar a câmera.',
    speakingWhileMuted: 'Seu microfone está silenciado. Ative o som para que possam ouvir você.',
  },
};

export default pt;

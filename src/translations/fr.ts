import type { ShippedTranslation } from './translation.js';

/** French (français): every text of every element. */
const fr: ShippedTranslation = {
  'audio-meter': {
    label: 'Niveau du micro',
    noSignal: 'Aucun son ne provient du micro. Vérifiez qu’il n’est ni coupé ni débranché.',
    suspended: 'Le niveau s’affichera après un clic ou l’appui sur une touche dans la page.',
    unsupported: 'Ce navigateur ne peut pas afficher le niveau du micro.',
  },
  'device-select': {
    videoinput: 'Caméra',
    audioinput: 'Micro',
    audiooutput: 'Haut-parleur',
    videoinputNoun: 'caméra',
    audioinputNoun: 'micro',
    audiooutputNoun: 'haut-parleur',
    videoinputPlural: 'caméras',
    audioinputPlural: 'micros',
    audiooutputPlural: 'haut-parleurs',
    unnamed: '{device} {number}',
    needsPermission: 'Vos {devices} apparaîtront dans la liste une fois l’accès autorisé.',
    empty:
      '{kind, select, videoinput {Aucune {device} trouvée. Branchez-en une pour l’utiliser.} other {Aucun {device} trouvé. Branchez-en un pour l’utiliser.}}',
    unsupported: 'Ce navigateur ne peut pas afficher la liste de vos {devices}.',
    unsupportedOutput:
      'Ce navigateur ne permet pas de choisir le haut-parleur ici : le son sort par celui défini dans votre système.',
    noSource:
      'Rien sur cette page ne peut encore utiliser {kind, select, videoinput {la {device}} other {le {device}}}.',
    cannotSwitch: 'Cette page ne peut pas changer de {device}.',
    added: 'Appareil connecté : {label}.',
    removed: 'Appareil déconnecté : {label}.',
    fallback: '{label} n’est plus disponible. Appareil utilisé désormais : {fallback}.',
    failed: 'Impossible d’utiliser {label}.',
  },
  'media-capture': {
    camera: 'caméra',
    microphone: 'micro',
    cameraAndMicrophone: 'caméra et micro',
    start:
      'Activer {kind, select, camera {la {devices}} microphone {le {devices}} other {la caméra et le micro}}',
    stop: 'Désactiver {kind, select, camera {la {devices}} microphone {le {devices}} other {la caméra et le micro}}',
    retry: 'Réessayer',
    requesting:
      'En attente de l’accès {kind, select, camera {à la {devices}} microphone {au {devices}} other {à la caméra et au micro}}…',
    live: '{kind, select, camera {Votre {devices} est maintenant utilisée.} microphone {Votre {devices} est maintenant utilisé.} other {Votre caméra et votre micro sont maintenant utilisés.}}',
    stopped:
      '{kind, select, camera {Votre {devices} n’est plus utilisée.} microphone {Votre {devices} n’est plus utilisé.} other {Votre caméra et votre micro ne sont plus utilisés.}}',
    denied:
      'L’accès {kind, select, camera {à la {devices}} microphone {au {devices}} other {à la caméra et au micro}} est bloqué.',
    deniedHelp:
      'Pour autoriser l’accès, ouvrez les paramètres du site (l’icône à côté de la barre d’adresse), autorisez {kind, select, camera {la {devices}} microphone {le {devices}} other {la caméra et le micro}}, puis réessayez.',
    deniedHelpChromium:
      'Pour autoriser l’accès, sélectionnez l’icône à gauche de la barre d’adresse, autorisez {kind, select, camera {la {devices}} microphone {le {devices}} other {la caméra et le micro}} (ou ouvrez Paramètres des sites), puis réessayez.',
    deniedHelpFirefox:
      'Pour autoriser l’accès, sélectionnez l’icône des permissions dans la barre d’adresse, supprimez le blocage {kind, select, camera {de la {devices}} microphone {du {devices}} other {de la caméra et du micro}}, puis réessayez.',
    deniedHelpSafari:
      'Pour autoriser l’accès, choisissez Safari › Réglages pour ce site web, réglez {kind, select, camera {la {devices}} microphone {le {devices}} other {la caméra et le micro}} sur Autoriser, puis réessayez.',
    deniedHelpSafariIos:
      'Pour autoriser l’accès, touchez le menu de la page (aA) dans la barre d’adresse, choisissez Réglages du site web, réglez {kind, select, camera {la {devices}} microphone {le {devices}} other {la caméra et le micro}} sur Autoriser, puis réessayez.',
    systemHelp:
      'Pour autoriser l’accès, ouvrez les paramètres de confidentialité de votre système, autorisez {browser} à utiliser {kind, select, camera {la {devices}} microphone {le {devices}} other {la caméra et le micro}}, puis réessayez.',
    systemHelpMacos:
      'Pour autoriser l’accès, ouvrez Réglages Système › Confidentialité et sécurité › {setting}, activez {browser}, puis réessayez.',
    systemHelpWindows:
      'Pour autoriser l’accès, ouvrez Paramètres › Confidentialité et sécurité › {setting}, activez l’accès pour les applications et pour les applications de bureau, puis réessayez.',
    systemHelpIos:
      'Pour autoriser l’accès, ouvrez Réglages › {browser} › {setting}, choisissez Autoriser, puis réessayez.',
    systemHelpAndroid:
      'Pour autoriser l’accès, ouvrez Paramètres › Applications › {browser} › Autorisations, autorisez {kind, select, camera {la {devices}} microphone {le {devices}} other {la caméra et le micro}}, puis réessayez.',
    yourBrowser: 'votre navigateur',
    cameraSetting: 'Caméra',
    microphoneSetting: 'Microphone',
    cameraAndMicrophoneSetting: 'Caméra (et Microphone)',
    unsupported: 'Ce navigateur ne peut utiliser ni caméra ni micro.',
    'insecure-context': 'La caméra et le micro ne fonctionnent que sur une page sécurisée (https).',
    'permission-denied':
      'L’accès {kind, select, camera {à la {devices}} microphone {au {devices}} other {à la caméra et au micro}} est bloqué.',
    'permission-dismissed':
      'La demande d’accès {kind, select, camera {à la {devices}} microphone {au {devices}} other {à la caméra et au micro}} a été fermée sans réponse.',
    'system-denied':
      'Les paramètres de votre système empêchent ce navigateur d’accéder {kind, select, camera {à la {devices}} microphone {au {devices}} other {à la caméra et au micro}}.',
    'policy-blocked':
      'Cette page n’est pas autorisée à utiliser {kind, select, camera {la {devices}} microphone {le {devices}} other {la caméra et le micro}}.',
    'not-found':
      '{kind, select, camera {Aucune {devices} n’a été trouvée. Branchez-en une, puis réessayez.} microphone {Aucun {devices} n’a été trouvé. Branchez-en un, puis réessayez.} other {La caméra ou le micro est introuvable. Branchez l’appareil manquant, puis réessayez.}}',
    'device-in-use':
      '{kind, select, camera {La {devices} n’a pas pu démarrer. Elle est peut-être utilisée par une autre application : fermez-la, puis réessayez.} microphone {Le {devices} n’a pas pu démarrer. Il est peut-être utilisé par une autre application : fermez-la, puis réessayez.} other {La caméra et le micro n’ont pas pu démarrer. Ils sont peut-être utilisés par une autre application : fermez-la, puis réessayez.}}',
    overconstrained:
      '{kind, select, camera {Aucune {devices} ne prend en charge les réglages demandés.} microphone {Aucun {devices} ne prend en charge les réglages demandés.} other {Aucun appareil ne prend en charge les réglages demandés.}}',
    'invalid-constraints':
      'Cette page est mal configurée et ne peut donc pas utiliser {kind, select, camera {la {devices}} microphone {le {devices}} other {la caméra et le micro}}. Prévenez le propriétaire du site.',
    timeout:
      '{kind, select, camera {La {devices} n’a pas démarré à temps.} microphone {Le {devices} n’a pas démarré à temps.} other {La caméra et le micro n’ont pas démarré à temps.}}',
    'track-ended':
      '{kind, select, camera {La {devices} s’est arrêtée de façon inattendue.} microphone {Le {devices} s’est arrêté de façon inattendue.} other {La caméra et le micro se sont arrêtés de façon inattendue.}}',
    'gesture-required':
      'Sélectionnez le bouton pour activer {kind, select, camera {la {devices}} microphone {le {devices}} other {la caméra et le micro}}.',
    aborted: 'La demande a été annulée.',
    unknown:
      '{kind, select, camera {La {devices} n’a pas pu démarrer.} microphone {Le {devices} n’a pas pu démarrer.} other {La caméra et le micro n’ont pas pu démarrer.}}',
  },
  'screen-capture': {
    start: 'Partager l’écran',
    stop: 'Arrêter le partage',
    retry: 'Choisir à nouveau',
    requesting: 'Choisissez un écran, une fenêtre ou un onglet à partager…',
    live: 'Votre écran est maintenant partagé.',
    stopped: 'Votre écran n’est plus partagé.',
    deniedHelp:
      'Rien n’est partagé tant que vous n’avez pas choisi un écran, une fenêtre ou un onglet et sélectionné Partager.',
    systemHelpMacos:
      'Pour autoriser l’accès, ouvrez Réglages Système › Confidentialité et sécurité › Enregistrement de l’écran et de l’audio du système, activez {browser}, puis réessayez.',
    systemHelp:
      'Pour autoriser l’accès, ouvrez les paramètres de confidentialité de votre système, autorisez {browser} à enregistrer l’écran, puis réessayez.',
    yourBrowser: 'votre navigateur',
    unsupported: 'Ce navigateur ne permet pas de partager l’écran.',
    'insecure-context': 'Le partage d’écran ne fonctionne que sur une page sécurisée (https).',
    'permission-denied': 'Le partage d’écran a été annulé ou bloqué.',
    'permission-dismissed': 'Le sélecteur d’écran a été fermé sans qu’aucun choix ne soit fait.',
    'system-denied':
      'Les paramètres de votre système empêchent ce navigateur d’enregistrer l’écran.',
    'policy-blocked': 'Cette page n’est pas autorisée à partager l’écran.',
    'not-found': 'Il n’y a aucun écran, aucune fenêtre ni aucun onglet à partager.',
    'device-in-use':
      'L’écran n’a pas pu être capturé. Une autre application le bloque peut-être : fermez-la, puis réessayez.',
    overconstrained: 'L’écran ne peut pas être partagé avec les réglages demandés.',
    'invalid-constraints':
      'Cette page est mal configurée et ne peut donc pas partager l’écran. Prévenez le propriétaire du site.',
    timeout: 'Le partage d’écran n’a pas démarré à temps.',
    'track-ended': 'Le partage d’écran s’est arrêté de façon inattendue.',
    'gesture-required': 'Sélectionnez le bouton pour choisir ce que vous voulez partager.',
    aborted: 'La demande a été annulée.',
    unknown: 'Le partage d’écran n’a pas pu démarrer.',
  },
  'stream-mirror': {
    placeholder: 'Aucune vidéo',
    play: 'Afficher l’aperçu',
    video: 'Aperçu de la caméra',
  },
  'stream-recorder': {
    record: 'Enregistrer',
    pause: 'Mettre en pause',
    resume: 'Reprendre',
    stop: 'Arrêter',
    recording: 'Enregistrement',
    paused: 'En pause',
    download: 'Télécharger l’enregistrement ({time}, {size})',
    fileName: 'enregistrement {date}',
    noStream: 'Activez la caméra ou le micro pour enregistrer.',
    unsupported: 'Ce navigateur ne peut enregistrer ni vidéo ni son.',
    error: 'L’enregistrement n’a pas pu démarrer. Réessayez.',
    started: 'Enregistrement en cours.',
    pausedAnnouncement: 'Enregistrement en pause.',
    resumed: 'Enregistrement repris.',
    stopped: 'Enregistrement arrêté : durée {time}, prêt à être téléchargé.',
    stoppedMaxDuration:
      'Enregistrement arrêté, durée maximale atteinte : {time}, prêt à être téléchargé.',
    stoppedEnded:
      'Enregistrement arrêté, car la caméra ou le micro s’est arrêté : durée {time}, prêt à être téléchargé.',
    stoppedStreamChange:
      'Enregistrement arrêté, car la caméra ou le micro a changé : durée {time}, prêt à être téléchargé.',
    stoppedError:
      'Enregistrement arrêté à cause d’une erreur : durée {time}, prêt à être téléchargé.',
  },
  'track-list': {
    list: 'Pistes',
    empty: 'Aucun flux',
    noTracks: 'Aucune piste',
    video: 'Vidéo',
    audio: 'Audio',
    camera: 'Caméra',
    microphone: 'Micro',
    trackName: '{kind} {label}',
    live: 'En direct',
    ended: 'Terminée',
    muted: 'Coupée',
    off: 'Désactivée',
    toggle: 'Activée',
    toggleLabel: 'Piste activée : {track}',
    stop: 'Arrêter',
    stopLabel: 'Arrêter {track}',
    size: '{width}×{height}',
    frameRate: '{fps} i/s',
    sampleRate: '{khz} kHz',
    mono: 'mono',
    stereo: 'stéréo',
    channels: '{count, plural, one {# canal} many {# de canaux} other {# canaux}}',
    separator: ' · ',
    added: 'Piste ajoutée : {track}.',
    removed: 'Piste retirée : {track}.',
    endedAnnouncement: 'Piste terminée : {track}.',
    mutedAnnouncement: 'Piste coupée : {track}.',
    unmutedAnnouncement: 'Piste rétablie : {track}.',
    enabledAnnouncement: 'Piste activée : {track}.',
    disabledAnnouncement: 'Piste désactivée : {track}.',
  },
  'track-toggle': {
    mute: 'Couper le micro',
    unmute: 'Réactiver le micro',
    stopVideo: 'Arrêter la vidéo',
    startVideo: 'Démarrer la vidéo',
    microphoneOn: 'Micro activé',
    microphoneOff: 'Micro désactivé',
    cameraOn: 'Caméra activée',
    cameraOff: 'Caméra désactivée',
    noSource: 'Aucune caméra ni aucun micro n’est associé.',
    noMicrophone: 'Aucun micro n’est activé.',
    noCamera: 'Aucune caméra n’est activée.',
    cannotRestart: 'Cette page ne peut pas réactiver l’appareil.',
    microphoneFailed: 'Le micro n’a pas pu être réactivé.',
    cameraFailed: 'La caméra n’a pas pu être réactivée.',
    speakingWhileMuted: 'Votre micro est coupé. Réactivez-le pour qu’on vous entende.',
  },
};

export default fr;

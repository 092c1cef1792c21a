import { fr as dateLocale } from 'date-fns/locale/fr';
import type { KindCounts } from '../event-kinds';

const count = new Intl.NumberFormat('fr-FR').format;

/** French is the source language: every other dictionary has exactly these keys. */
export const fr = {
  lang: 'fr',
  htmlLang: 'fr-FR',
  languageName: 'Français',
  dateLocale,
  skipToContent: 'Aller au contenu',
  /** The language switcher's link to this version, in its own language. */
  versionName: 'Version française',
  mapDescription: (mapName: string, bases: number, events: number) =>
    `${mapName} montrant ${bases} bases visées ; ${events} événements affichés. La liste des événements ci-dessous donne le même contenu.`,
  mapLoading: 'Chargement de la carte…',
  timelineLabel: (zoneName: string) => `Moment affiché (${zoneName})`,
  timeZoneNote: (zoneName: string, offset: string) => `Heures exprimées en ${zoneName} (${offset}).`,
  /** The readout: what has happened by the slider's time, by kind, and of how many events. */
  showing: (kinds: string, shown: number, total: number) =>
    `${kinds} (${count(shown)} événement${shown > 1 ? 's' : ''} sur ${count(total)})`,
  /** What screen readers hear when the slider rests: the time, then the readout. */
  announce: (time: string, readout: string) => `${time} : ${readout}`,
  kinds: ({ attacks, claims, falseAlarms }: KindCounts) => {
    const s = (n: number) => (n > 1 ? 's' : '');
    const parts = [
      attacks && `${count(attacks)} attaque${s(attacks)}`,
      claims && `${count(claims)} revendication${s(claims)} non confirmée${s(claims)}`,
      falseAlarms && `${count(falseAlarms)} fausse${s(falseAlarms)} alerte${s(falseAlarms)}`,
    ].filter(Boolean);
    return parts.length ? parts.join(', ') : 'aucun événement pour l’instant';
  },
  kindsNote: 'Attaques : événements confirmés ou contestés.',
  timelineKey: { tick: 'heure connue', span: 'jour connu, heure non précisée' },
  eventsHeading: 'Les événements',
  eventsNotYet: 'Pas encore survenu au moment affiché',
  atSite: (count: number) => `${count} événement${count > 1 ? 's' : ''}`,
  legendSize: 'Taille du cercle : nombre d’événements à la base ; une marque par événement, à son statut',
  legendSizeExample: (count: number) => `${count} événement${count > 1 ? 's' : ''}`,
  mapCredit: 'Fond de carte : Natural Earth. Villes : GeoNames (CC BY 4.0).',
  legendApproximate: 'Tirets : position approximative',
  statusCount: (status: 'confirmed' | 'disputed' | 'unconfirmed' | 'false-alarm', n: number) =>
    `${n} ${
      {
        confirmed: n > 1 ? 'confirmés' : 'confirmé',
        disputed: n > 1 ? 'contestés' : 'contesté',
        unconfirmed: n > 1 ? 'non confirmés' : 'non confirmé',
        'false-alarm': n > 1 ? 'fausses alertes' : 'fausse alerte',
      }[status]
    }`,
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  cooperativeGestures: {
    windows: 'Ctrl + molette pour zoomer sur la carte',
    mac: '⌘ + molette pour zoomer sur la carte',
    mobile: 'Deux doigts pour déplacer la carte',
  },
  selected: 'Événement sélectionné',
  closeSelection: 'Fermer',
  mapReady: 'Carte interactive : cliquez sur une base ou choisissez un événement dans la liste.',
  syntheticRecord: 'Enregistrement synthétique, généré pour tester le site : ce n’est pas un événement réel.',
  play: 'Lecture',
  pause: 'Pause',
  previousEventStep: 'Événement précédent',
  nextEventStep: 'Événement suivant',
  filtersHeading: 'Filtrer les événements',
  filterSites: 'Base',
  filterWeapons: 'Arme',
  filterStatuses: 'Statut',
  noWeaponReported: 'aucune arme rapportée',
  noMatch: 'Aucun événement ne correspond à ces filtres.',
  resetFilters: 'Tout afficher',
  showMore: (shown: number, total: number) => `Afficher plus (${shown} sur ${total})`,
  firstOfList: (shown: number, total: number) => `Les ${shown} premiers événements sur ${total} ; la liste complète est sur la page des événements.`,
  allEvents: 'Tous les événements',
  resetView: 'Revenir à la vue de toutes les bases',
  readMore: "Lire l'événement",
  permalink: 'Lien permanent',
  viewOnMap: 'Voir sur la carte',
  backToExplorer: 'Retour à la carte',
  previousEvent: 'Événement précédent',
  nextEvent: 'Événement suivant',
  status: {
    confirmed: 'Confirmé',
    disputed: 'Contesté',
    unconfirmed: 'Non confirmé',
    'false-alarm': 'Fausse alerte',
  },
  precision: {
    minute: 'heure exacte',
    hour: "à l'heure près",
    day: 'jour connu, heure non précisée',
    range: 'date incertaine, entre deux jours',
  },
  headings: {
    when: 'Quand',
    where: 'Où',
    status: 'Statut',
    weapons: 'Armes',
    outcome: 'Déroulement',
    casualties: 'Victimes',
    damage: 'Dégâts',
    claims: 'Revendication',
    accounts: 'Ce que disent les sources',
    sources: 'Sources',
    otherDates: 'Autres datations',
    stationed: 'Troupes présentes',
    corrections: 'Rectificatifs',
  },
  updatedOn: (day: string) => `Mis à jour le ${day}`,
  /** Marks a corrected entry in the feed, e.g. "Title (updated)". */
  updatedMark: 'mis à jour',
  correction: 'Rectificatif',
  notReported: 'Non rapporté',
  killed: (n: number) => `${n} mort${n > 1 ? 's' : ''}`,
  injured: (n: number) => `${n} blessé${n > 1 ? 's' : ''}`,
  countBySource: (count: number | null) => (count === null ? 'nombre non précisé' : String(count)),
  accordingTo: 'selon',
  quoted: (text: string) => `«\u00a0${text}\u00a0»`,
  /** Une source dont le titre n'est pas connu : notre description, entre crochets, jamais entre guillemets. */
  sourceDescription: (text: string) => `[${text}\u00a0; titre non connu]`,
  /**
   * The description `npm run import` gives a source it makes from a URL alone (headline not
   * known): the host, and the words of the address when it has some.
   */
  sourceFromUrl: (host: string, words?: string) =>
    words ? `Page de ${host} (mots de son adresse : ${words})` : `Page de ${host}`,
  colon: '\u00a0:',
  coordinates: { exact: 'Position exacte', approximate: 'Position approximative' },
  quoteIn: { fr: 'en français', en: 'en anglais', ar: 'en arabe', de: 'en allemand' },
  sourceLanguage: { fr: 'français', en: 'anglais', ar: 'arabe', de: 'allemand' },
  via: (agency: string, publisher: string) => `${agency}, repris par ${publisher}`,
  noLink: 'pas de lien enregistré',
  embedCredit: 'Sources et carte complète',
  share: {
    copyLink: 'Copier le lien',
    linkCopied: 'Lien copié.',
    copyLinkFailed: 'Copie impossible : copiez l’adresse de la page dans la barre du navigateur.',
    share: 'Partager…',
  },
  embed: {
    open: 'Intégrer la carte',
    dialogTitle: 'Intégrer la carte dans un article',
    intro:
      'Collez ce code dans un bloc HTML de votre article. La carte prend toute la largeur de la colonne ; le script ajuste la hauteur du cadre à son contenu.',
    language: 'Langue',
    event: 'Ouvrir sur',
    wholeMap: 'Toute la carte (aucun événement sélectionné)',
    autoHeight: 'Hauteur automatique (ajoute un script)',
    autoHeightHint: 'Sans le script, ou si votre CMS le retire, le cadre garde une hauteur fixe.',
    code: 'Code à coller',
    copy: 'Copier le code',
    copied: 'Code copié.',
    copyFailed: 'Copie impossible : le code est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).',
    preview: 'Aperçu dans un nouvel onglet',
    close: 'Fermer',
    readEvent: 'Lire l’événement en entier',
    showList: 'Afficher la liste des événements',
    hideList: 'Masquer la liste',
  },
  ogExplorerSummary: (events: number, bases: number) => `${events} événements sur ${bases} bases visées`,
  ogExplorerSpan: (days: string, zoneName: string) => `${days}, ${zoneName}`,
  ogExplorerAlt: (mapName: string, bases: number, events: number) =>
    `${mapName} : ${bases} bases visées, ${events} événements, chacun marqué selon son statut.`,
  ogImageAlt: (mapName: string, place: string, title: string) => `${mapName}, la base ${place} mise en évidence. ${title}`,
  downloads: {
    heading: 'Télécharger les données',
    intro:
      'Tous les événements de la carte, avec leur statut, la précision de leur date et de leur position et les sources citées.',
    json: 'les enregistrements complets, ce que dit chaque source compris',
    geojson: 'un point par événement, pour les logiciels de cartographie',
    csv: 'un événement par ligne, colonnes proches de celles d’ACLED',
    compiled:
      'Données compilées à partir des articles de presse et des déclarations officielles cités pour chaque événement. Notre compilation est publiée sous licence',
    licence: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
    credit: (siteName: string) =>
      `Créditez « ${siteName} » avec un lien vers cette page. Les courtes citations restent à leurs auteurs.`,
  },
  feedTitle: 'Flux Atom des événements',
  moved: {
    title: 'Page déplacée',
    text: 'Cet événement a une nouvelle adresse :',
  },
  notFoundTitle: 'Page introuvable',
  notFoundText: "Cette page n'existe pas ou a été déplacée.",
  notFoundBack: 'Revenir à la carte',
  formats: {
    day: 'EEEE d MMMM yyyy',
    dayShort: 'EEE d MMM',
    dayNarrow: 'd MMM',
    time: "HH 'h' mm",
    readoutDay: 'EEE d MMM',
    endOfDay: 'fin de journée',
    /** An hour-precision time: known to the hour, not the minute. */
    around: (time: string) => `vers ${time}`,
    between: (from: string, to: string) => `entre le ${from} et le ${to}`,
  },
} as const satisfies Record<string, unknown>;

/** A string or a string template, widened so other dictionaries may say it their way. */
type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : T extends string ? string : T;

export type Chrome = {
  [K in keyof typeof fr]: (typeof fr)[K] extends (...args: never[]) => string
    ? Widen<(typeof fr)[K]>
    : (typeof fr)[K] extends string
      ? string
      : (typeof fr)[K] extends Record<string, string | ((...args: never[]) => string)>
        ? { [P in keyof (typeof fr)[K]]: Widen<(typeof fr)[K][P]> }
        : (typeof fr)[K];
};

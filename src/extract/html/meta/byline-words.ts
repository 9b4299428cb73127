/**
 * Word lists the byline parser uses. Data only, lower-case, one concern per list.
 */

/** Words that introduce the names in a byline ("By", "Von", "Par"...), stripped from the start. */
export const BYLINE_LEAD_WORDS: readonly string[] = [
  'by', 'from', 'von', 'par', 'por', 'di', 'door', 'av', 'af', 'przez', 'от',
  'author', 'authors', 'autor', 'autora', 'autorin', 'auteur', 'autore', 'written by', 'words by',
  'story by', 'reporting by', 'reported by', 'text by', 'posted by', 'compiled by', 'text', 'texto', 'testo',
  'текст', 'автор', 'авторы',
];

/** Segments that credit someone other than an author ("Editing by ...", "Photos by ..."): dropped whole. */
export const NON_AUTHOR_CREDITS: readonly string[] = [
  'editing by', 'edited by', 'photo by', 'photos by', 'photographs by', 'photography by', 'illustration by',
  'illustrations by', 'video by', 'graphics by', 'design by', 'additional reporting by', 'fact-checked by',
  'reviewed by', 'translated by', 'produced by', 'фото',
];

/** Words that end the names: what follows is a date or a place ("By Jane Doe on January 30"). */
export const BYLINE_STOP_WORDS: readonly string[] = [
  'updated', 'last updated', 'published', 'posted', 'modified', 'first published', 'aktualisiert',
  'veröffentlicht', 'publié', 'mis à jour', 'publicado', 'actualizado', 'pubblicato', 'aggiornato',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'min read', 'minute read',
];

/** Connectors that may stand between names and a place or date, cut only before a capital or a digit. */
export const BYLINE_CUT_CONNECTORS: readonly string[] = ['on', 'in', 'at', 'for', 'le', 'am', 'el', 'il', 'em'];

/** Words joining two names ("Jane Doe and John Roe"), in the languages we see most. */
export const NAME_JOINERS: readonly string[] = ['and', '&', 'und', 'et', 'og', 'och', 'en', 'y', 'e', 'i', 'и', 'with'];

/** A job title or role: a name stops before it ("Jane Doe, Staff Writer"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors',
  'contributor', 'contributors', 'contributing', 'columnist', 'photographer', 'producer', 'journalist',
  'staff', 'senior', 'chief', 'deputy', 'associate', 'assistant', 'bureau', 'desk', 'team', 'newsroom',
  'intern', 'analyst', 'critic', 'admin', 'administrator', 'guest', 'freelance', 'freelancer',
  'political', 'business', 'sport', 'sports', 'science', 'technology', 'health', 'opinion', 'special',
  'redakteur', 'redakteurin', 'redaktion', 'korrespondent', 'korrespondentin', 'rédaction', 'correspondant',
  'correspondante', 'envoyé', 'envoyée', 'redacción', 'redactor', 'redactora', 'corresponsal', 'redazione',
  'redação', 'redactie', 'redaktør', 'redaktor', 'redakcja',
]);

/** News agencies and outlets named in bylines by one word: the name stops right before them ("Jane Doe Reuters"). */
export const OUTLET_NAMES: ReadonlySet<string> = new Set([
  'reuters', 'ap', 'afp', 'associated', 'agence', 'bloomberg', 'dpa', 'ansa', 'efe', 'xinhua', 'tass', 'pa',
  'upi', 'cnn', 'bbc', 'pti', 'ians',
]);

/**
 * Last words of outlet names ("Florida Today", "Detroit News", "European Space Agency"): the word
 * before them belongs to the outlet too, so the name stops one word earlier.
 */
export const OUTLET_SUFFIXES: ReadonlySet<string> = new Set([
  'press', 'news', 'times', 'post', 'today', 'agency', 'agencies', 'journal', 'herald', 'tribune', 'magazine',
  'gazette', 'daily', 'network', 'group', 'inc', 'ltd', 'llc', 'international', 'weekly', 'channel', 'media',
  'online', 'digital', 'tv', 'radio', 'wire', 'wires', 'service', 'board', 'editorial', 'agencia', 'agenzia',
]);

/** Lower-case words that belong inside names ("Ludwig van Beethoven", "Maria da Silva"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'bin',
  'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y', 'st', 'af',
]);

/** What may follow a comma and still be part of the name ("John Smith, Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md']);

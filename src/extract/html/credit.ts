/**
 * Splits a photo credit out of a caption: "Crowds at the rally. (Photo: Jane Doe/AP)" becomes the
 * caption "Crowds at the rally." and the credit "Jane Doe/AP". Credits come in a few shapes:
 * a trailing parenthesis or bracket, a labelled line ("Photo Credit: ...", "Credit: ..."), or a
 * trailing agency name ("... Jane Doe/Getty Images").
 */

export interface CaptionParts {
  caption: string | null;
  credit: string | null;
}

/** Words that introduce a credit ("Photo:", "Photo Credit:", "Image courtesy of", "Credit", "Foto:", "Фото:"). */
const CREDIT_LABEL = String.raw`(?:(?:photo(?:graph)?|image|picture|pic|video|illustration|graphic|foto|фото|bild|imagen|immagine|写真)s?\s*(?:credit|courtesy|by)?(?:\s+of)?|credits?|crédito|courtesy(?:\s+of)?|source)`;

/** "(Photo: X)", "[Credit: X]" at the end of the caption. */
const TRAILING_LABELLED = new RegExp(String.raw`\s*[(\[]\s*${CREDIT_LABEL}\s*[:\-–—]?\s*([^()\[\]]+?)\s*[)\]]\s*$`, 'i');

/** "Photo Credit: X" / "Credit: X" starting the caption, or after a sentence end. */
const LABELLED = new RegExp(String.raw`(?:^|(?<=[.!?”"’]\s*)|\s[|/]\s*)${CREDIT_LABEL}\s*[:\-–—]\s*(.+)$`, 'i');

/** Agencies whose name ends a credit ("Jane Doe/AFP via Getty Images", "(Reuters)"). */
const AGENCY = String.raw`(?:getty\s+images|afp|ap(?:\s+photo)?|reuters|shutterstock|epa(?:-efe)?|associated\s+press|istock(?:photo)?|alamy|bloomberg|xinhua|anadolu|pool|file)`;

/** "(AP Photo/Jane Doe)", "(Reuters)", "(Jane Doe/Getty Images)" at the end. */
const TRAILING_AGENCY_PAREN = new RegExp(String.raw`\s*[(\[]([^()\[\]]*\b${AGENCY}\b[^()\[\]]*)[)\]]\s*$`, 'i');

/** "... rally. Jane Doe/Getty Images" (the last sentence is only a name and an agency). */
const TRAILING_AGENCY = new RegExp(String.raw`(?:^|(?<=[.!?”"’]\s+))([^.!?]{0,80}\b${AGENCY}\b[^.!?]{0,40})$`, 'i');

function clean(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 0 ? t : null;
}

/** Caption and credit of one caption text. */
export function splitCredit(text: string): CaptionParts {
  const source = text.replace(/\s+/g, ' ').trim();
  for (const pattern of [TRAILING_LABELLED, TRAILING_AGENCY_PAREN, LABELLED, TRAILING_AGENCY]) {
    const m = pattern.exec(source);
    if (m && m[1] !== undefined) {
      return { caption: clean(source.slice(0, m.index)), credit: clean(m[1]) };
    }
  }
  return { caption: clean(source), credit: null };
}

/** A credit on its own ("Photo: Jane Doe/AP", "© Reuters") without its label. */
export function cleanCredit(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim().replace(/^[([]\s*|\s*[)\]]$/g, '');
  const labelled = new RegExp(String.raw`^(?:©\s*)?${CREDIT_LABEL}\s*[:\-–—]?\s*`, 'i');
  return clean(t.replace(labelled, '').replace(/^©\s*/, ''));
}

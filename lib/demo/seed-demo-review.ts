import type { Db } from '../../db/client';
import type { Actor } from '../access';
import { loadCurrentActor } from '../auth/load-actor';
import { resolveThread } from '../comments/resolve-threads';
import { addComment, replyToComment } from '../comments/write-comments';
import { buildTextMap } from '../comments/text-map';
import type { TiptapDoc, TiptapNode } from '../editor/types';
import { giveVerdict } from '../review/give-verdict';
import { findRevision, findSectionByKey } from '../sections/queries';
import { saveSectionDraft } from '../sections/save-section-draft';
import { requestChanges } from '../workflow/give-review-outcome';
import { submitConceptForReview } from '../workflow/submit-concept-for-review';

/**
 * The review loop under way on the Musterland demo concept, written through the same use cases
 * as real work: Fassung 1 submitted, the advisor's verdicts and comments, the district's replies
 * and dispositions (one hint detached because its passage was rewritten), a change requested.
 * A newcomer sees every part of the loop at once. Needs DATABASE_URL to point at `db`.
 */
export async function seedDemoReview(db: Db, ids: { conceptId: string; coordinatorId: string; editorId: string; advisorId: string }) {
  const [coordinator, editor, advisor] = await Promise.all([ids.coordinatorId, ids.editorId, ids.advisorId].map((userId) => loadCurrentActor(userId)));
  if (!coordinator || !editor || !advisor) throw new Error('Demo-Konten für den Beratungsablauf fehlen.');

  await submitConceptForReview(coordinator, {
    conceptId: ids.conceptId,
    note: 'Erste Fassung zur fachlichen Rückmeldung. Besonders wichtig sind uns die Beschwerdewege und die Risikoanalyse, die wir mit beiden Betreibern abgestimmt haben.',
  });

  const section = async (key: string) => {
    const row = await findSectionByKey(db, { conceptId: ids.conceptId, key });
    if (!row) throw new Error(`Demo-Abschnitt „${key}“ fehlt.`);
    const head = await findRevision(db, { sectionId: row.id, number: row.head_revision });
    return { id: row.id, revision: row.head_revision, content: head?.content as unknown as TiptapDoc };
  };
  /** A range comment on the first occurrence of `quote` in the section's saved text. */
  const commentOn = async (actor: Actor, key: string, quote: string, body: string, mentions: string[] = []) => {
    const s = await section(key);
    const text = buildTextMap(s.content).text;
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`Demo-Zitat „${quote}“ fehlt in „${key}“.`);
    return addComment(actor, { sectionId: s.id, body, mentions, range: { revision: s.revision, start, end: start + quote.length } });
  };

  const verdicts: Array<[string, 'erfuellt' | 'nachbessern' | 'offen' | 'entfaellt', string]> = [
    ['deckblatt', 'erfuellt', ''],
    ['praeambel', 'erfuellt', 'Klares Leitbild, gut verständlich auch für Betreiber.'],
    ['geltungsbereich', 'erfuellt', ''],
    ['gewaltbegriff', 'erfuellt', ''],
    ['verantwortlichkeiten', 'erfuellt', ''],
    ['risikoanalyse', 'nachbessern', 'Die Risiken für Kinder und für LSBTI*-Geflüchtete sind nur allgemein beschrieben; bitte je Unterkunft konkretisieren.'],
    ['bauliche-standards', 'offen', 'Ich möchte die Begehungsergebnisse abwarten.'],
    ['personal', 'nachbessern', 'Es fehlt, wie neue Mitarbeitende des Sicherheitsdienstes geschult werden, bevor sie eingesetzt werden.'],
    ['beschwerdemanagement', 'erfuellt', 'Vorbildlich: unabhängige Stelle, Fristen und Rückmeldung in der eigenen Sprache.'],
  ];
  for (const [key, verdict, note] of verdicts) await giveVerdict(advisor, { sectionId: (await section(key)).id, verdict, note });

  const mailbox = await commentOn(
    advisor,
    'beschwerdemanagement',
    'sie leert den Briefkasten wöchentlich, nicht das Personal der Unterkunft',
    'Sehr gut, dass das Personal den Briefkasten nicht leert. Wer vertritt die Koordination im Urlaub?',
  );
  await replyToComment(editor, {
    threadId: mailbox.threadId,
    body: '@Miriam Muster – sollen wir die Vertretung durch das Gleichstellungsbüro hier ausdrücklich nennen?',
    mentions: [coordinator.userId],
  });
  await replyToComment(coordinator, { threadId: mailbox.threadId, body: 'Ja, bitte ergänzen: Vertretung durch das Gleichstellungsbüro.' });

  const deadlines = await commentOn(
    advisor,
    'beschwerdemanagement',
    'Die Beschwerde wird innerhalb von vier Wochen bearbeitet.',
    'Vier Wochen sind für Beschwerden über Gewalt zu lang. Bitte eine kürzere Frist für diese Fälle vorsehen.',
  );
  await commentOn(
    advisor,
    'personal',
    'Der Sicherheitsdienst weist dem Landkreis vor jedem Einsatz neuer Kräfte die Einsichtnahme schriftlich nach.',
    'Das Führungszeugnis ist gut geregelt. Es fehlt aber, dass neue Kräfte des Sicherheitsdienstes vor dem ersten Einsatz zum Gewaltschutzkonzept geschult werden (siehe Bewertung).',
  );
  await addComment(advisor, {
    sectionId: (await section('risikoanalyse')).id,
    body: 'Bitte die Risikoanalyse je Unterkunft gemeinsam mit dem Bewohner:innenbeirat überprüfen und das Datum der Begehung nennen.',
  });

  await requestChanges(advisor, {
    conceptId: ids.conceptId,
    note: 'Vielen Dank für die sorgfältige erste Fassung. Vor der Befürwortung bitte: Risikoanalyse je Unterkunft konkretisieren, Schulung des Sicherheitsdienstes festlegen, kürzere Frist für Beschwerden über Gewalt.',
  });

  // The district works on the hints: the deadline sentence is rewritten (that hint's passage is gone and the
  // comment shows as detached with its quote), the mailbox hint is taken over.
  const complaints = await section('beschwerdemanagement');
  const rewritten = replaceText(
    complaints.content,
    'Die Beschwerde wird innerhalb von vier Wochen bearbeitet. Dauert es länger, erhält die Person einen Zwischenstand.',
    'Beschwerden über Gewalt oder Belästigung werden binnen fünf Werktagen bearbeitet, alle anderen binnen vier Wochen; dauert es länger, erhält die Person einen Zwischenstand.',
  );
  const withDeputy = replaceText(
    rewritten,
    'sie leert den Briefkasten wöchentlich, nicht das Personal der Unterkunft',
    'sie leert den Briefkasten wöchentlich, nicht das Personal der Unterkunft (im Urlaub vertreten durch das Gleichstellungsbüro)',
  );
  await saveSectionDraft(editor, { sectionId: complaints.id, baseRevision: complaints.revision, content: withDeputy });
  await resolveThread(editor, {
    threadId: mailbox.threadId,
    disposition: 'uebernommen',
    reason: 'Vertretung durch das Gleichstellungsbüro ergänzt.',
  });
  await resolveThread(coordinator, {
    threadId: deadlines.threadId,
    disposition: 'teilweise',
    reason: 'Für Beschwerden über Gewalt gilt jetzt eine Frist von fünf Werktagen; für alle anderen bleibt es bei vier Wochen, weil die Beschwerdestelle nur zwei Sprechtage hat.',
  });
}

/** The document with `from` replaced by `to` in the one text node that contains it. */
function replaceText(doc: TiptapDoc, from: string, to: string): TiptapDoc {
  let replaced = false;
  const visit = (node: TiptapNode): TiptapNode => {
    if (!replaced && node.type === 'text' && node.text?.includes(from)) {
      replaced = true;
      return { ...node, text: node.text.replace(from, to) };
    }
    return node.content ? { ...node, content: node.content.map(visit) } : node;
  };
  const result = visit(doc as unknown as TiptapNode) as unknown as TiptapDoc;
  if (!replaced) throw new Error(`Demo-Text „${from}“ nicht gefunden.`);
  return result;
}

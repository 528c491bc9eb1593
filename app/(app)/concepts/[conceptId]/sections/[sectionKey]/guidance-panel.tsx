import type { Block } from '@/lib/templates';
import { blocksToTiptap, type TextBlock } from '@/lib/templates';
import type { DataFieldValues } from '@/lib/editor/data-fields';
import type { InsertableDataTables } from '@/lib/sections/insertable-data-tables';
import { RichTextView } from '../../../../../_components/rich-text-view';
import { InsertButton } from './insert-button';

interface Props {
  purpose: string;
  guidance: Block[];
  questions: string[];
  textBlocks: TextBlock[];
  legalReferences: ReadonlyArray<{ key: string; label: string; title: string; verify: boolean }>;
  standardLabels: string[];
  fieldValues: DataFieldValues;
  /** TT.MM.JJJJ for `{{today}}` in text blocks. */
  today: string;
  /** null when the reader cannot edit. */
  dataTables: InsertableDataTables | null;
  canEdit: boolean;
}

/** Purpose, guidance, guiding questions and insertable text blocks of the template section. */
export function GuidancePanel(props: Props) {
  return (
    <aside className="guidance" aria-labelledby="hilfe-titel">
      <h2 id="hilfe-titel">Hilfe zu diesem Abschnitt</h2>
      <p>
        <strong>Worum es geht:</strong> {props.purpose}
      </p>
      {props.standardLabels.length > 0 && <p className="muted">Bezug: {props.standardLabels.join(' · ')}</p>}
      <details open>
        <summary>Hinweise zum Schreiben</summary>
        <RichTextView doc={blocksToTiptap(props.guidance)} tableContext="Hinweise zum Schreiben" />
      </details>
      <details open>
        <summary>Leitfragen</summary>
        <ul>
          {props.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </details>
      {props.textBlocks.length > 0 && (
        <details open>
          <summary>Textbausteine ({props.textBlocks.length})</summary>
          <p className="muted">
            Markierte Angaben wie der Name der Kommune oder die verantwortliche Stelle kommen aus den Eckdaten und bleiben nach dem
            Einfügen mit ihnen verbunden: Ändern sich die Eckdaten, ändert sich der Text mit.
          </p>
          {props.textBlocks.map((block) => {
            const doc = blocksToTiptap(block.blocks, { today: props.today });
            return (
              <div key={block.key} className="text-block">
                <h3>{block.title}</h3>
                <RichTextView doc={doc} tableContext={`Textbaustein „${block.title}“`} fieldValues={props.fieldValues} />
                {props.canEdit && (
                  <InsertButton
                    label="Einfügen"
                    accessibleLabel={`Textbaustein „${block.title}“ einfügen`}
                    description={`Der Textbaustein „${block.title}“`}
                    nodes={doc.content}
                  />
                )}
              </div>
            );
          })}
        </details>
      )}
      {props.canEdit && props.dataTables && (
        <details>
          <summary>Daten der Kommune als Tabelle</summary>
          <p className="muted">{scopeNote(props.dataTables)}</p>
          {props.dataTables.tables.map((table) => (
            <p key={table.key}>
              <InsertButton
                label={`${table.title} einfügen`}
                accessibleLabel={`Tabelle „${table.title}“ einfügen`}
                description={`Die Tabelle „${table.title}“`}
                nodes={table.nodes}
              />
            </p>
          ))}
        </details>
      )}
      {props.legalReferences.length > 0 && (
        <details>
          <summary>Rechtsgrundlagen</summary>
          <ul>
            {props.legalReferences.map((ref) => (
              <li key={ref.key}>
                <strong>{ref.label}</strong> – {ref.title}
                {ref.verify && <span className="badge">Stand prüfen</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </aside>
  );
}

/** Which facilities the tables contain: those of the concept's scope, as in the DOCX annex. */
function scopeNote({ facilitiesInScope: inScope, facilitiesOutOfScope: outside }: InsertableDataTables): string {
  const where = 'Den Geltungsbereich legt die Koordination unter „Eckdaten bearbeiten“ fest.';
  if (inScope === 0) {
    return outside > 0 ? `Im Geltungsbereich dieses Konzepts ist keine Unterkunft eingetragen. ${where}` : 'Es sind noch keine Unterkünfte erfasst.';
  }
  const covered = inScope === 1 ? 'die Unterkunft' : `die ${inScope} Unterkünfte`;
  const left = outside === 0 ? '' : outside === 1 ? ' Eine weitere Unterkunft der Kommune gehört nicht dazu.' : ` ${outside} weitere Unterkünfte der Kommune gehören nicht dazu.`;
  return `Die Tabellen zeigen ${covered} im Geltungsbereich dieses Konzepts.${left} ${where}`;
}

import type { BlockDiff } from '@/lib/diff/word-diff';

const KIND_LABELS: Record<string, string> = {
  heading: 'Überschrift',
  paragraph: 'Absatz',
  listItem: 'Listenpunkt',
  tableRow: 'Tabellenzeile',
  quote: 'Zitat',
};

/** Long runs of unchanged blocks are folded away, keeping one block of context on each side of a change. */
function collapseUnchanged(blocks: BlockDiff[]): Array<BlockDiff | { hidden: BlockDiff[] }> {
  const out: Array<BlockDiff | { hidden: BlockDiff[] }> = [];
  let run: BlockDiff[] = [];
  const flush = (isEnd: boolean) => {
    const keepBefore = out.length > 0 ? 1 : 0;
    const keepAfter = isEnd ? 0 : 1;
    if (run.length > keepBefore + keepAfter + 1) {
      out.push(...run.slice(0, keepBefore));
      out.push({ hidden: run.slice(keepBefore, run.length - keepAfter) });
      out.push(...run.slice(run.length - keepAfter));
    } else out.push(...run);
    run = [];
  };
  for (const block of blocks) {
    if (block.status === 'equal') run.push(block);
    else {
      flush(false);
      out.push(block);
    }
  }
  flush(true);
  return out;
}

function Block({ block }: { block: BlockDiff }) {
  return (
    <div className={`diff__block diff__block--${block.status}`}>
      {block.status !== 'equal' && (
        <span className="visually-hidden">
          {KIND_LABELS[block.kind] ?? 'Abschnitt'}{' '}
          {block.status === 'inserted' ? 'eingefügt' : block.status === 'deleted' ? 'gelöscht' : 'geändert'}:
        </span>
      )}
      {block.segments.map((segment, j) =>
        segment.type === 'insert' ? (
          <ins key={j}>
            <span className="visually-hidden">[eingefügt: </span>
            {segment.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : segment.type === 'delete' ? (
          <del key={j}>
            <span className="visually-hidden">[gelöscht: </span>
            {segment.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <span key={j}>{segment.text}</span>
        ),
      )}
    </div>
  );
}

/**
 * Word-level differences, readable without technical knowledge: insertions
 * underlined on green, deletions struck through on red, each also announced as
 * text ("eingefügt"/"gelöscht") so colour is never the only signal.
 */
export function DiffView({ blocks, caption }: { blocks: BlockDiff[]; caption?: string }) {
  const changed = blocks.filter((b) => b.status !== 'equal').length;
  return (
    <div className="diff">
      {caption && <p className="diff__caption">{caption}</p>}
      <p className="diff__legend">
        <ins>eingefügt</ins> <del>gelöscht</del> · {changed === 0 ? 'keine Unterschiede' : changed === 1 ? '1 geänderte Stelle' : `${changed} geänderte Stellen`}
      </p>
      {collapseUnchanged(blocks).map((item, i) =>
        'hidden' in item ? (
          <details key={i} className="diff__unchanged">
            <summary>{item.hidden.length === 1 ? '1 unveränderten Absatz' : `${item.hidden.length} unveränderte Absätze`} anzeigen</summary>
            {item.hidden.map((block, j) => (
              <Block key={j} block={block} />
            ))}
          </details>
        ) : (
          <Block key={i} block={item} />
        ),
      )}
    </div>
  );
}

import type { Actor } from '../../access';
import type { ChangeDocumentInput } from './change-model';
import { exportRedlineDocx } from './redline';
import { exportSynopseDocx } from './synopse';

/** `npm run export -- --synopse <n>` / `--redline <n>`: the same use cases as the download buttons. */
export function exportChangeDocumentForCli(actor: Actor, kind: 'synopse' | 'redline', input: ChangeDocumentInput) {
  return kind === 'synopse' ? exportSynopseDocx(actor, input) : exportRedlineDocx(actor, input);
}

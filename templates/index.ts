/**
 * Registry of all templates. Add new templates (or new versions) here;
 * they are validated when loaded through `getTemplate` (lib/templates).
 * Older versions stay registered: concepts are pinned to the version they were created with.
 */
import type { TemplateInput } from '../lib/templates/schema';
import { gewaltschutzGu } from './gewaltschutz-gu';
import { gewaltschutzGu2026_1 } from './gewaltschutz-gu/fassungen/2026-1';

export const templateRegistry: readonly TemplateInput[] = [gewaltschutzGu2026_1, gewaltschutzGu];

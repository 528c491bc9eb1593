/**
 * Registry of all templates. Add new templates (or new versions) here;
 * they are validated when loaded through `getTemplate` (lib/templates).
 */
import type { TemplateInput } from '../lib/templates/schema';
import { gewaltschutzGu } from './gewaltschutz-gu';

export const templateRegistry: readonly TemplateInput[] = [gewaltschutzGu];

/**
 * Fassung 2026.1 der Vorlage „Gewaltschutzkonzept für Gemeinschaftsunterkünfte“, eingefroren.
 *
 * Konzepte sind an die Vorlagenversion gebunden, mit der sie angelegt wurden (concepts.template_version):
 * Ihre Abschnitte, Gliederungsnummern und Checklisten kommen aus genau dieser Fassung. Deshalb bleibt
 * 2026.1 als unveränderliche Datenkopie registriert, während die Module in ../ die jeweils neueste
 * Fassung beschreiben. Diese Datei wird nie bearbeitet; Änderungen an der Vorlage ergeben eine neue Version.
 * Beim Laden wird sie wie jede Vorlage gegen das Schema geprüft (lib/templates).
 */
import type { TemplateInput } from '../../../lib/templates/schema';
import fassung from './2026-1.json';

export const gewaltschutzGu2026_1 = fassung as unknown as TemplateInput;

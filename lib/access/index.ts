export type { Actor } from './actor';
export * from './permissions';
export * from './concept-rules';

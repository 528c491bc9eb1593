export type { Actor } from './actor';
export * from './permissions';

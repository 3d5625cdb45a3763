export * from './position.ts';
export * from './diagnostic.ts';
export * from './reference.ts';
export * from './provision.ts';
export * from './regulation.ts';
export * from './metadata.ts';
export * from './corpus.ts';

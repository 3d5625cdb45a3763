import type { ActorEntry, ActorVocabulary, LevelEntry } from '../schemas/taxonomy.ts';

/** The actor vocabulary indexed for lookups. */
export interface ActorContext {
  vocab: ActorVocabulary;
  /** Alias → actor. */
  byAlias: Map<string, ActorEntry>;
  /** Actor id → actor. */
  byId: Map<string, ActorEntry>;
  /** Level aliases, longest first. */
  levels: Array<{ alias: string; level: LevelEntry }>;
  /** Level id → level. */
  levelById: Map<string, LevelEntry>;
  /** Head nouns, longest first. */
  heads: string[];
  /** Qualifier prefixes, longest first. */
  prefixes: string[];
  /** Stop words. */
  stopWords: string[];
  /** Joined names, longest first. */
  joined: string[];
}

const byLengthDesc = (a: string, b: string) => b.length - a.length;

/** Index an actor vocabulary; aliases must be unique across actors (the vocabulary test checks it). */
export function buildActorContext(vocab: ActorVocabulary): ActorContext {
  const byAlias = new Map<string, ActorEntry>();
  for (const actor of vocab.actors) for (const alias of actor.aliases) byAlias.set(alias, actor);
  const levels = vocab.levels.flatMap((level) => level.aliases.map((alias) => ({ alias, level }))).sort((a, b) => byLengthDesc(a.alias, b.alias));
  return {
    vocab,
    byAlias,
    byId: new Map(vocab.actors.map((a) => [a.id, a])),
    levels,
    levelById: new Map(vocab.levels.map((l) => [l.id, l])),
    heads: [...vocab.heads].sort(byLengthDesc),
    prefixes: [...vocab.prefixes].sort(byLengthDesc),
    stopWords: vocab.stopWords,
    joined: [...vocab.joined].sort(byLengthDesc),
  };
}

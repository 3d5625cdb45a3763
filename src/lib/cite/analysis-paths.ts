/** URL of a topic page: `/topics/telecom-fraud/`. */
export function topicPath(topicId: string): string {
  return `/topics/${topicId}/`;
}

/**
 * URL slug of a normalised actor key (`people-government@county-up` → `people-government--county-up`),
 * ASCII so links survive copying into documents.
 */
export function actorSlug(key: string): string {
  return key.replace(/@/g, '--');
}

/** URL of an actor page. */
export function actorPath(key: string): string {
  return `/actors/${actorSlug(key)}/`;
}

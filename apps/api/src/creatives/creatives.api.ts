/** What other modules may use of the creatives module: the pure wording lint. */
export { lintWording, type WordingFinding, type WordingText } from './wording/wording-lint';
export { CREATIVE_ORIGINS, type CreativeOrigin } from './copywriters/copywriter.port';

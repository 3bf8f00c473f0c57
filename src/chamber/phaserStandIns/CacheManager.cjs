/**
 * Phaser's game makes a cache for what its loader fetches (JSON, text, audio, fonts). The chamber
 * loads no files, so nothing is ever put in a cache or read from one.
 */
function CacheManagerStandIn() {}

module.exports = CacheManagerStandIn;

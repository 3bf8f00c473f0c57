/**
 * Stands in for Phaser's whole Math namespace where Phaser's own code reaches for it (its game
 * config seeds `RND`; tween and text settings may ask it for a random pick). The chamber's Phaser
 * needs only that generator; the rest of the namespace (noise, 3D matrices, quaternions) is not drawn.
 * CommonJS, because Phaser's sources require() it and mutate it.
 */
const RandomDataGenerator = require('../../../node_modules/phaser/src/math/random-data-generator/RandomDataGenerator.js');

module.exports = { RandomDataGenerator, RND: new RandomDataGenerator() };

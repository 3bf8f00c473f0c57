/**
 * Stands in for Phaser's whole Math namespace where Phaser's own code reaches for it (its game
 * config seeds `RND`; tween settings given as a list or a range ask it for a random pick). The
 * chamber never asks Phaser for a random number (its randomness is the engine's own, seeded), so
 * this generator answers the few questions Phaser's tweens could ask with Math.random, unseeded,
 * instead of Phaser's seeded generator; the rest of the namespace (noise, 3D matrices, quaternions)
 * is not drawn. CommonJS, because Phaser's sources require() it and mutate it.
 */
function RandomDataGenerator() {}
RandomDataGenerator.prototype.frac = function frac() { return Math.random(); };
RandomDataGenerator.prototype.realInRange = function realInRange(min, max) { return min + Math.random() * (max - min); };
RandomDataGenerator.prototype.integerInRange = function integerInRange(min, max) { return Math.floor(this.realInRange(0, max - min + 1) + min); };
RandomDataGenerator.prototype.between = RandomDataGenerator.prototype.integerInRange;
RandomDataGenerator.prototype.pick = function pick(array) { return array[this.integerInRange(0, array.length - 1)]; };

module.exports = { RandomDataGenerator, RND: new RandomDataGenerator() };

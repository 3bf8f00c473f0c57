/**
 * Steps of Phaser's start-up that the chamber turns off in its config, kept as functions that do
 * nothing: the console banner (`banner: false`) and the container for DOM game objects (the chamber
 * has none; its words are in the page itself).
 */
module.exports = function nothing() {};

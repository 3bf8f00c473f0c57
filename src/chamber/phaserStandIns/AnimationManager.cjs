/**
 * Phaser's game makes an animation manager for sprites' frame animations; the chamber draws only
 * Graphics and Text, which never animate frames (its movement is tweens), so nothing asks this one
 * for anything.
 */
function AnimationManagerStandIn() {}

module.exports = AnimationManagerStandIn;

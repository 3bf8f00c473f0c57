/**
 * Interpolation (linear, Bézier, Catmull-Rom) is for tweening through an array of values; the
 * chamber tweens each number from where it is to one target, so a tween never has an interpolation
 * and this answers "none". Asking for one fails plainly.
 */
module.exports = function GetInterpolationFunction(interpolation) {
  if (interpolation === null || interpolation === undefined) return null;
  throw new Error('The chamber\'s Phaser build has no tween interpolation: add tweens/builders/GetInterpolationFunction back in vite.config.ts.');
};

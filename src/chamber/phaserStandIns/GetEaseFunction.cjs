/**
 * Tweens look their ease up by name in Phaser's map of every easing curve (back, bounce, elastic,
 * expo...). The chamber eases with a few plain curves, so only those are kept; a name not here fails
 * plainly rather than quietly easing in a straight line. Custom ease functions and ease parameters
 * work as in Phaser.
 */
const Linear = require('../../../node_modules/phaser/src/math/easing/linear/Linear.js');
const Quad = require('../../../node_modules/phaser/src/math/easing/quadratic/index.js');
const Cubic = require('../../../node_modules/phaser/src/math/easing/cubic/index.js');
const Sine = require('../../../node_modules/phaser/src/math/easing/sine/index.js');

const EASES = {
  Power0: Linear, Linear,
  Power1: Quad.Out, Power2: Cubic.Out,
  Quad: Quad.Out, 'Quad.easeIn': Quad.In, 'Quad.easeOut': Quad.Out, 'Quad.easeInOut': Quad.InOut,
  Cubic: Cubic.Out, 'Cubic.easeIn': Cubic.In, 'Cubic.easeOut': Cubic.Out, 'Cubic.easeInOut': Cubic.InOut,
  Sine: Sine.Out, 'Sine.easeIn': Sine.In, 'Sine.easeOut': Sine.Out, 'Sine.easeInOut': Sine.InOut,
};

module.exports = function GetEaseFunction(ease, easeParams) {
  let easeFunction = Linear;
  if (typeof ease === 'function') easeFunction = ease;
  else if (typeof ease === 'string') {
    if (!Object.prototype.hasOwnProperty.call(EASES, ease)) {
      throw new Error(`The chamber's Phaser build has no ease '${ease}': add it to src/chamber/phaserStandIns/GetEaseFunction.cjs.`);
    }
    easeFunction = EASES[ease];
  }
  if (!easeParams) return easeFunction;
  const params = [0, ...easeParams];
  return function eased(v) {
    params[0] = v;
    return easeFunction.apply(this, params);
  };
};

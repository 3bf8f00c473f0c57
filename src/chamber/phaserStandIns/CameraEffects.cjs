/**
 * Every camera makes a fade, flash, shake, pan, rotation and zoom effect and updates them each frame;
 * the chamber's camera only zooms to the device's pixel ratio (setZoom) and never runs an effect.
 * Each of these does nothing, and starting one says so plainly.
 */
function CameraEffectStandIn() {
  this.isRunning = false;
}
CameraEffectStandIn.prototype.start = function start() {
  throw new Error('The chamber\'s Phaser build has no camera effects: add cameras/2d/effects back in vite.config.ts.');
};
CameraEffectStandIn.prototype.update = function update() {};
CameraEffectStandIn.prototype.preRender = function preRender() {};
CameraEffectStandIn.prototype.postRenderCanvas = function postRenderCanvas() {};
CameraEffectStandIn.prototype.reset = function reset() {};
CameraEffectStandIn.prototype.destroy = function destroy() {};

module.exports = {
  Fade: CameraEffectStandIn,
  Flash: CameraEffectStandIn,
  Pan: CameraEffectStandIn,
  Shake: CameraEffectStandIn,
  RotateTo: CameraEffectStandIn,
  Zoom: CameraEffectStandIn,
};

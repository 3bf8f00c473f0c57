/**
 * Phaser's device checks. The chamber's Phaser reads the operating system, browser, feature and
 * canvas checks (the renderer, blend modes, the scale manager), so those are Phaser's own; the audio
 * and video checks serve the sound system and loader, the input checks the input manager, and the
 * full-screen checks the scale manager's full-screen mode: none of these is in the chamber's build,
 * so they report "not available" without probing the browser.
 */
module.exports = {
  os: require('../../../node_modules/phaser/src/device/OS.js'),
  browser: require('../../../node_modules/phaser/src/device/Browser.js'),
  features: require('../../../node_modules/phaser/src/device/Features.js'),
  input: { gamepads: false, mspointer: false, touch: false, wheelEvent: null },
  audio: {},
  video: {},
  fullscreen: { available: false, active: false },
  canvasFeatures: require('../../../node_modules/phaser/src/device/CanvasFeatures.js'),
};

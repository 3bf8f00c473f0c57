/**
 * A scene's `this.scene` is Phaser's scene plugin: starting, stopping and switching scenes, with
 * transitions between them. The chamber's game has one scene, started by the game config and never
 * changed, so it gets this stand-in instead; the scene manager and the scene's systems read only
 * whether a transition is under way (never).
 */
const PluginCache = require('../../../node_modules/phaser/src/plugins/PluginCache.js');

function ScenePluginStandIn() {
  this._target = null;
  this._duration = 0;
}
ScenePluginStandIn.prototype.boot = function boot() {};

PluginCache.register('ScenePlugin', ScenePluginStandIn, 'scenePlugin');

module.exports = ScenePluginStandIn;

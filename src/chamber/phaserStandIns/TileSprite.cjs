/**
 * Phaser's texture manager makes one TileSprite when a scene starts, for the WebGL renderer's
 * dynamic textures. The chamber draws on a canvas and never repeats a texture, so it gets this
 * stand-in instead of TileSprite and the animation system TileSprite brings with it.
 */
function TileSpriteStandIn() {}
TileSpriteStandIn.prototype.setOrigin = function setOrigin() { return this; };
TileSpriteStandIn.prototype.destroy = function destroy() {};

module.exports = TileSpriteStandIn;

/**
 * When a scene starts, Phaser's texture manager makes an Image and a TileSprite for drawing into
 * dynamic textures (its stamp() and the WebGL renderer's repeated fills). The chamber draws on a
 * canvas, never stamps and never repeats a texture, so both get this stand-in instead of the game
 * objects, and the animation system TileSprite brings with it.
 */
function TileSpriteStandIn() {}
TileSpriteStandIn.prototype.setOrigin = function setOrigin() { return this; };
TileSpriteStandIn.prototype.destroy = function destroy() {};

module.exports = TileSpriteStandIn;

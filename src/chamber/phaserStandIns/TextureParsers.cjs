/**
 * The texture manager reads atlases, sprite sheets and compressed textures (PVR, KTX, Phaser's own
 * compact format) with these parsers; the chamber only has the textures Phaser makes for itself from
 * images (its default, missing and white textures) and the canvases its Text objects draw on, so only
 * the image parser is kept.
 */
module.exports = {
  Image: require('../../../node_modules/phaser/src/textures/parsers/Image.js'),
};

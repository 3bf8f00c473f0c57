/**
 * Dynamic textures (textures drawn into at run time) belong to the WebGL renderer's tools; the
 * chamber never makes one. Should a later change ask for one, this says so plainly.
 */
function DynamicTextureStandIn() {
  throw new Error('The chamber\'s Phaser build has no dynamic textures: add textures/DynamicTexture.js back in vite.config.ts.');
}

module.exports = DynamicTextureStandIn;

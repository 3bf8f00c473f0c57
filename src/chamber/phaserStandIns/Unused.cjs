/**
 * Parts that Phaser's own index files and managers list but nothing in the chamber's build uses:
 * game object components (mixins) that neither Graphics nor Text needs on a canvas (path following,
 * elapse timers, stencils, textures, texture crops and sizes set for images, tints and lighting,
 * which only the WebGL renderer draws, flips and bounds helpers), and the loader's file types and
 * event names (the chamber's scene has no loader: it loads no files). A method from one of these
 * that a later change calls is simply missing, and fails plainly.
 */
module.exports = {};

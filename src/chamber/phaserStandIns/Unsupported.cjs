/**
 * Parts of Phaser the chamber never asks for, though its core requires them: tween chains, counters
 * and staggers (the chamber tweens numbers and alphas with tweens.add), tweening a texture's frames,
 * snapshots of the canvas, ellipses (it draws circles, arcs and rounded rectangles), a rectangle's
 * edges and points, geometry masks, and textures already on a GPU (WebGL only). Should a later change
 * ask for one, this says so plainly.
 */
module.exports = function unsupported() {
  throw new Error('The chamber\'s Phaser build leaves this part of Phaser out (see STAND_INS in vite.config.ts).');
};

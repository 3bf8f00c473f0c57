/**
 * Filters (blur, glow, colour matrices, masks...) are shaders: only the WebGL renderer draws them,
 * and the chamber's build has only the Canvas one. Every camera still makes two filter lists, which
 * stay empty; adding a filter fails plainly.
 */
function FilterListStandIn() {
  this.list = [];
  this.length = 0;
}
FilterListStandIn.prototype.destroy = function destroy() {};

module.exports = FilterListStandIn;

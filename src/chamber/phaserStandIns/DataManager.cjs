/**
 * Phaser's game makes a data manager for its registry, and a game object makes one when asked to
 * keep data (setData, getData). The chamber keeps its state in the store, not in Phaser, so the
 * registry is made and never used; a call to any of its methods fails plainly.
 */
function DataManagerStandIn() {}
DataManagerStandIn.prototype.destroy = function destroy() {};

module.exports = DataManagerStandIn;

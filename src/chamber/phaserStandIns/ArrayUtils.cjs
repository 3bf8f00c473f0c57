/**
 * Phaser's array utilities, as its display lists (structs/List) and depth component reach for them:
 * only those two are in the chamber's build, so only the utilities they call are kept, not the
 * whole namespace (ranges, number arrays, quick select, rotations, matrices).
 */
module.exports = {
  Add: require('../../../node_modules/phaser/src/utils/array/Add.js'),
  AddAt: require('../../../node_modules/phaser/src/utils/array/AddAt.js'),
  BringToTop: require('../../../node_modules/phaser/src/utils/array/BringToTop.js'),
  CountAllMatching: require('../../../node_modules/phaser/src/utils/array/CountAllMatching.js'),
  GetAll: require('../../../node_modules/phaser/src/utils/array/GetAll.js'),
  GetFirst: require('../../../node_modules/phaser/src/utils/array/GetFirst.js'),
  GetRandom: require('../../../node_modules/phaser/src/utils/array/GetRandom.js'),
  MoveAbove: require('../../../node_modules/phaser/src/utils/array/MoveAbove.js'),
  MoveBelow: require('../../../node_modules/phaser/src/utils/array/MoveBelow.js'),
  MoveDown: require('../../../node_modules/phaser/src/utils/array/MoveDown.js'),
  MoveTo: require('../../../node_modules/phaser/src/utils/array/MoveTo.js'),
  MoveUp: require('../../../node_modules/phaser/src/utils/array/MoveUp.js'),
  Remove: require('../../../node_modules/phaser/src/utils/array/Remove.js'),
  RemoveAt: require('../../../node_modules/phaser/src/utils/array/RemoveAt.js'),
  RemoveBetween: require('../../../node_modules/phaser/src/utils/array/RemoveBetween.js'),
  Replace: require('../../../node_modules/phaser/src/utils/array/Replace.js'),
  SendToBack: require('../../../node_modules/phaser/src/utils/array/SendToBack.js'),
  SetAll: require('../../../node_modules/phaser/src/utils/array/SetAll.js'),
  Shuffle: require('../../../node_modules/phaser/src/utils/array/Shuffle.js'),
  Swap: require('../../../node_modules/phaser/src/utils/array/Swap.js'),
};

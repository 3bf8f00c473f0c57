/**
 * A scene's `this.make` builds game objects from config objects without adding them; the chamber
 * adds its Graphics and Text with `this.add`, so scenes get no `make`. Phaser's tweens and plugin
 * manager still register makers with it, which this accepts and forgets.
 */
module.exports = {
  register() {},
  remove() {},
};

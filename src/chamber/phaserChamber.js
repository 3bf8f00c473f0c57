/**
 * The part of Phaser the chamber draws with, built from Phaser's own sources. The published bundle
 * (about 350 KB compressed) carries every game object, the loader, input, sound and physics and
 * cannot be tree-shaken; the chamber needs a game, one scene, Graphics, Text, tweens and a camera.
 * The production build points `phaser` here (vite.config.ts), and switches the renderer flags to
 * plain booleans so that only the Canvas renderer is included. The types still come from `phaser`.
 */
import CONST from 'phaser-src/const.js';
import Game from 'phaser-src/core/Game.js';
import Scene from 'phaser-src/scene/Scene.js';
import ScaleModes from 'phaser-src/scale/const/SCALE_MODE_CONST.js';
import Vector2 from 'phaser-src/math/Vector2.js';
// Registering these with Phaser's plugin cache is what makes `this.add.graphics()`,
// `this.add.text()` and `this.tweens` exist in a scene.
import Graphics from 'phaser-src/gameobjects/graphics/Graphics.js';
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import Text from 'phaser-src/gameobjects/text/Text.js';
import 'phaser-src/gameobjects/text/TextFactory.js';
import 'phaser-src/tweens/TweenManager.js';
// The scene's own systems: each registers itself with the plugin cache when imported.
import 'phaser-src/events/EventEmitter.js';
import 'phaser-src/cameras/2d/CameraManager.js';
import 'phaser-src/gameobjects/GameObjectFactory.js';
import 'phaser-src/gameobjects/DisplayList.js';
import 'phaser-src/gameobjects/UpdateList.js';
// The scene plugin (starting and switching scenes) is a stand-in: the chamber has one scene.
import './phaserStandIns/ScenePlugin.cjs';

const Phaser = {
  ...CONST,
  Game,
  Scene,
  // `Phaser.Scale.NONE` is all the chamber asks of the Scale namespace.
  Scale: ScaleModes,
  Math: { Vector2 },
  GameObjects: { Graphics, Text },
};

export default Phaser;

// The yardstick: a default Phaser 4 + Vite page with one scene, measured beside the game in the same run.
import * as Phaser from 'phaser';

class One extends Phaser.Scene {
  create() {
    this.add.rectangle(200, 150, 200, 100, 0x3b5a80);
    this.add.text(120, 140, 'baseline', { color: '#ffffff' });
    // create() runs before the scene is first drawn: two animation frames later, it has been.
    requestAnimationFrame(() => requestAnimationFrame(() => { window.firstFrame = performance.now(); }));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 300, parent: 'game', scene: One });

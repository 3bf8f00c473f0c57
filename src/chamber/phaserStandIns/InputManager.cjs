/**
 * The canvas is a picture that takes no input: mount.ts turns Phaser's keyboard, mouse and touch
 * off, and every control is in the DOM. Phaser's game still makes an input manager, which would bring
 * the pointer, mouse, touch and keyboard managers; no scene has an input plugin, so nothing asks
 * this one for anything.
 */
function InputManagerStandIn() {}

module.exports = InputManagerStandIn;

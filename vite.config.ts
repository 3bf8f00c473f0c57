import { dirname, resolve as resolvePath } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import replace from '@rollup/plugin-replace';
import { languages } from './tools/build/languages';
import { assetFileName, chunkFileName, KEPT_ON_USE } from './tools/build/offline';

/**
 * The built site runs under a Content-Security-Policy: no inline script, nothing fetched or sent
 * outside the site. (Only the build: the development server injects inline scripts of its own.)
 */
const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "connect-src 'self'",
  "worker-src 'self' blob:", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'take-the-floor-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

// base './' makes the built site work from any sub-path (a school's intranet folder, a USB stick).
/**
 * The built site draws the chamber with a Phaser made from its sources (src/chamber/phaserChamber.js),
 * Canvas renderer only: about a third of the published bundle. Phaser's sources choose features with
 * `typeof FLAG` tests, which must become bare booleans to be dropped (a quoted 'false' is truthy).
 * The development server keeps the published bundle, which has every feature.
 */
const phaserSource = (path: string) => resolvePath('node_modules/phaser/src', path);
const STAND_INS: Record<string, string> = {
  // Phaser's game config and its settings reader import the whole Math namespace for one random generator.
  math: 'Math.cjs',
  // What the game sets up for things the chamber never does: input, sprite animations, loaded files,
  // a registry, the console banner, DOM game objects, `this.make`, and device checks for those.
  'input/InputManager': 'InputManager.cjs',
  'animations/AnimationManager': 'AnimationManager.cjs',
  'cache/CacheManager': 'CacheManager.cjs',
  'data/DataManager': 'DataManager.cjs',
  'core/DebugHeader': 'Nothing.cjs',
  'dom/CreateDOMContainer': 'Nothing.cjs',
  'gameobjects/GameObjectCreator': 'GameObjectCreator.cjs',
  'loader/events': 'Unused.cjs',
  'loader/FileTypesManager': 'Unused.cjs',
  device: 'Device.cjs',
  // Textures: only images and canvases; nothing stamped or drawn into at run time, nothing on a GPU.
  'textures/parsers': 'TextureParsers.cjs',
  'textures/DynamicTexture': 'DynamicTexture.cjs',
  'gameobjects/tilesprite/TileSprite': 'StampObjects.cjs',
  'gameobjects/image/Image': 'StampObjects.cjs',
  'renderer/webgl/wrappers/WebGLTextureWrapper': 'Unsupported.cjs',
  'renderer/snapshot/CanvasSnapshot': 'Unsupported.cjs',
  // Cameras: no effects, and no filters (shaders: WebGL only).
  'cameras/2d/effects': 'CameraEffects.cjs',
  'gameobjects/components/FilterList': 'FilterList.cjs',
  // Game object components that neither Graphics nor Text needs on a canvas.
  'gameobjects/components/ElapseTimer': 'Unused.cjs',
  'gameobjects/components/Flip': 'Unused.cjs',
  'gameobjects/components/GetBounds': 'Unused.cjs',
  'gameobjects/components/Lighting': 'Unused.cjs',
  'gameobjects/components/PathFollower': 'Unused.cjs',
  'gameobjects/components/Size': 'Unused.cjs',
  'gameobjects/components/StencilModifier': 'Unused.cjs',
  'gameobjects/components/Texture': 'Unused.cjs',
  'gameobjects/components/TextureCrop': 'Unused.cjs',
  'gameobjects/components/Tint': 'Unused.cjs',
  // Shapes the chamber never asks for: ellipses, a rectangle's edges and points, geometry masks.
  'geom/ellipse/Ellipse': 'Unsupported.cjs',
  'geom/line/Line': 'Unsupported.cjs',
  'geom/rectangle/GetPoint': 'Unsupported.cjs',
  'geom/rectangle/GetPoints': 'Unsupported.cjs',
  'geom/rectangle/Random': 'Unsupported.cjs',
  'display/mask/GeometryMask': 'Unsupported.cjs',
  // Tweens: single tweens of numbers with a few plain eases; no chains, counters, staggers or frames.
  'tweens/builders/GetEaseFunction': 'GetEaseFunction.cjs',
  'tweens/builders/GetInterpolationFunction': 'GetInterpolationFunction.cjs',
  'tweens/builders/NumberTweenBuilder': 'Unsupported.cjs',
  'tweens/builders/StaggerBuilder': 'Unsupported.cjs',
  'tweens/builders/TweenChainBuilder': 'Unsupported.cjs',
  'tweens/tween/TweenChain': 'Unsupported.cjs',
  'tweens/tween/TweenFrameData': 'Unsupported.cjs',
  // Only the array utilities the display list and depth component call.
  'utils/array': 'ArrayUtils.cjs',
};

function chamberPhaser(): Plugin[] {
  const used = new Set<string>();
  const flags = { CANVAS_RENDERER: true, WEBGL_RENDERER: false, WEBGL_DEBUG: false, FEATURE_SOUND: false, PLUGIN_CAMERA3D: false, PLUGIN_FBINSTANT: false };
  return [
    {
      name: 'take-the-floor-chamber-phaser',
      apply: 'build',
      config: () => ({
        resolve: {
          alias: [
            { find: /^phaser$/, replacement: resolvePath('src/chamber/phaserChamber.js') },
            { find: /^phaser-src\//, replacement: `${resolvePath('node_modules/phaser/src')}/` },
          ],
        },
      }),
    },
    {
      // Parts of Phaser that its core requires but the chamber never uses get small stand-ins
      // (src/chamber/phaserStandIns/, each saying why).
      name: 'take-the-floor-chamber-phaser-stand-ins',
      apply: 'build',
      enforce: 'pre',
      buildStart() { used.clear(); },
      resolveId(source, importer) {
        if (!importer || !source.startsWith('.') || !/node_modules[\\/]phaser[\\/]src[\\/]/.test(importer)) return null;
        const target = resolvePath(dirname(importer), source).replace(/(\/index)?\.js$/, '');
        const standIn = Object.entries(STAND_INS).find(([path]) => target === phaserSource(path));
        if (standIn) used.add(standIn[0]);
        return standIn ? resolvePath('src/chamber/phaserStandIns', standIn[1]) : null;
      },
      // A stand-in nothing asked for (Phaser moved or renamed the module) would quietly stop saving bytes.
      buildEnd() {
        const unused = Object.keys(STAND_INS).filter((path) => !used.has(path));
        if (used.size > 0 && unused.length > 0) this.warn(`STAND_INS entries no Phaser module imported: ${unused.join(', ')}`);
      },
    },
    {
      // Typed for Rollup; Vite 8 runs Rollup's transform hooks as they are.
      ...(replace({
        include: [/node_modules[\\/]phaser[\\/]src[\\/]/],
        preventAssignment: false,
        delimiters: ['', '\\b'],
        values: Object.fromEntries(Object.entries(flags).map(([flag, on]) => [`typeof ${flag}`, String(on)])),
      }) as unknown as Plugin),
      apply: 'build',
    },
  ];
}

export default defineConfig({
  base: './',
  // Icons and the manifest's images live in assets/ and are copied to the site as they are.
  publicDir: 'assets',
  plugins: [
    languages(),
    ...chamberPhaser(),
    contentSecurityPolicy(),
    // Installable, and playable with the network cut once loaded: every file of the game, the chamber
    // included, is kept by a service worker (registered from a file, so the CSP allows it).
    VitePWA({
      // Our own small worker (src/sw.ts) rather than Workbox's: the same behaviour, 5 KB (compressed) less.
      strategies: 'injectManifest', srcDir: 'src', filename: 'sw.ts',
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: {
        name: 'Take the Floor', short_name: 'Take the Floor',
        description: 'Represent a member of the UN Security Council at a real meeting, and build your delegation\'s statement.',
        start_url: './', scope: './', display: 'standalone', background_color: '#ffffff', theme_color: '#073561',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        ],
      },
      // The line to a class meeting needs the network anyway, so it is not kept for offline play; a
      // language's, the teacher's and a class meeting's files are kept once used (tools/build/offline.ts).
      injectManifest: { globPatterns: ['**/*.{js,css,html,png,webmanifest}'], globIgnores: KEPT_ON_USE, maximumFileSizeToCacheInBytes: 3_000_000 },
    }),
  ],
  build: {
    // Source maps are written for whoever debugs a build, but no file names them: each "//# sourceMappingURL"
    // line is bytes every student downloads and no student uses.
    target: 'es2022', sourcemap: 'hidden',
    // Every browser that runs es2022 preloads modules itself, or loads them when imported (older
    // Safari): Vite's preload polyfill would only cost bytes before the first control.
    modulePreload: { polyfill: false },
    // The students' keys for class meetings are class-only: like the line to the room, their file is
    // named connection-*, so only a class fetches it and the offline copy leaves it out.
    rolldownOptions: { output: { chunkFileNames: chunkFileName, assetFileNames: assetFileName, codeSplitting: { groups: [{ name: 'connection-keys', test: /[\\/]src[\\/]store[\\/]classKeys\.ts$/, includeDependenciesRecursively: false }] } } },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});

import { readFileSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import replace from '@rollup/plugin-replace';

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
 * The game shows where an entry comes from (its basis, the record it follows, an assumption's
 * rationale) only for the briefing pack's facts and the speakers' list (src/ui/parts/reference.ts);
 * the others (options, lines, replies: 30,000 characters) are for the scenario's readers and stay
 * in the YAML, not in every student's download.
 */
function shownRationalesOnly<T extends { facts: unknown; speakersList: unknown }>(scenario: T): T {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (!node || typeof node !== 'object') return node;
    // A string `record` names the record an entry follows (the scenario's reader's note); the
    // top-level `record` section, "What they actually said", is an object and stays.
    return Object.fromEntries(Object.entries(node)
      .filter(([k, v]) => k !== 'rationale' && k !== 'basis' && !(k === 'record' && typeof v === 'string'))
      .map(([k, v]) => [k, strip(v)]));
  };
  return { ...(strip(scenario) as T), facts: scenario.facts, speakersList: scenario.speakersList };
}

/**
 * Words the game never shows, only the scenario's reader: what each evidence level, certainty and
 * issue means (the rules use their ids and ranks) and the camps' names (the rules use their members).
 */
function shownWordsOnly<T extends Record<string, unknown>>(scenario: T): T {
  const without = (list: unknown, keys: string[]) => (Array.isArray(list)
    ? list.map((x: Record<string, unknown>) => Object.fromEntries(Object.entries(x).filter(([k]) => !keys.includes(k)))) : list);
  return {
    ...scenario,
    evidenceLevels: without(scenario.evidenceLevels, ['description']),
    certainties: without(scenario.certainties, ['description']),
    // An issue's label is shown: it says why a member objects in the consultations.
    issues: without(scenario.issues, ['description']),
    camps: without(scenario.camps, ['label', 'description']),
  };
}

/**
 * Every object's keys in alphabetical order: the same keys then come in the same order in every
 * option and line, which compresses about 650 bytes better. Nothing reads a scenario object's keys
 * in order (lists keep theirs).
 */
function keysInOrder(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(keysInOrder);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, keysInOrder(v)]));
}

/**
 * The scenario is checked and compiled when the site is built: the same load boundary and messages
 * as `npm run validate`, failing the build with every problem, so the browser receives plain JSON
 * and needs neither the YAML reader nor the schema library.
 */
function compiledScenario(relative: string): Plugin {
  // Absolute, or the development server takes the watched file for an import of the module.
  const file = resolvePath(relative);
  const full = 'virtual:scenario';
  const meta = 'virtual:scenario-meta';
  const check = async () => {
    const { loadScenarioText } = await import('./src/engine/scenario/load');
    return loadScenarioText(readFileSync(file, 'utf8'));
  };
  return {
    name: 'take-the-floor-scenario',
    resolveId: (source) => (source === full || source === meta ? `\0${source}` : null),
    async load(resolved) {
      if (resolved !== `\0${full}` && resolved !== `\0${meta}`) return null;
      this.addWatchFile(file);
      const loaded = await check();
      if (!loaded.ok) this.error(`${file} is not a valid scenario:\n${loaded.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
      // The title screen needs only the meeting's name and date: the rest comes in its own file.
      const value = resolved === `\0${meta}` ? { id: loaded.scenario.id, version: loaded.scenario.version, meta: loaded.scenario.meta } : keysInOrder(shownWordsOnly(shownRationalesOnly(loaded.scenario)));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}

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
    compiledScenario('scenarios/unsc-2024-10-30-ukraine-dprk.yaml'),
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
      // The line to a class meeting needs the network anyway, so it is not kept for offline play.
      injectManifest: { globPatterns: ['**/*.{js,css,html,png,webmanifest}'], globIgnores: ['**/connection-*.js'], maximumFileSizeToCacheInBytes: 3_000_000 },
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
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'connection-keys', test: /[\\/]src[\\/]store[\\/]classKeys\.ts$/, includeDependenciesRecursively: false }] } } },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});

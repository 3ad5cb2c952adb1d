// Installers: `npx electron-builder --linux AppImage deb | --win nsis | --mac dmg --x64 --arm64`.
// JavaScript rather than YAML because two switches come from the environment:
// CT_E2E_BUILD=1 keeps --inspect working (Playwright's _electron.launch attaches through it); never ship it.
// CSC_LINK (a signing certificate) turns on real macOS signing with the hardened runtime.
const e2e = process.env.CT_E2E_BUILD === '1';
const macSigning = Boolean(process.env.CSC_LINK);

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'io.github.containertalk.app',
  productName: 'Container Talk',
  copyright: 'Copyright © 2025 Container Talk contributors',
  directories: { buildResources: 'build', output: e2e ? 'dist/e2e' : 'dist' },
  // The default name has the product name's space in it.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: electron-builder's own placeholders.
  artifactName: '${name}-${version}-${os}-${arch}.${ext}',
  files: [
    'package.json',
    'out/**',
    // The main process finds resources/ by walking up from out/main, so it sits at the asar's root.
    'resources/**',
    '!**/*.map',
    // Browser mode's brotli/gzip copies of the renderer: the desktop window reads the files themselves.
    '!out/renderer/**/*.{br,gz}',
    // Type declarations and TypeScript sources (zod ships both): nothing loads them at run time.
    '!**/node_modules/**/*.{ts,cts,mts}',
    '!**/node_modules/@types/**',
    // ssh2's optional native add-ons, which npm ci builds for Node rather than Electron; ssh2 falls back
    // to JavaScript without them, so nothing needs rebuilding either.
    '!**/node_modules/{cpu-features,nan,buildcheck}/**',
    '!**/node_modules/ssh2/lib/protocol/crypto/{build,src}/**',
  ],
  asar: true,
  // Built into an image by the engine: tar-fs reads it from disk, which should not rely on asar patching.
  asarUnpack: ['resources/example-app/**'],
  npmRebuild: false,
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: e2e,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Education',
    executableName: 'container-talk',
    icon: 'build/icon.png',
    synopsis: 'Learn how Docker containers talk to each other',
    maintainer: 'Container Talk contributors',
  },
  win: { target: [{ target: 'nsis', arch: ['x64'] }], icon: 'build/icon.ico' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    category: 'public.app-category.education',
    icon: 'build/icon.icns',
    hardenedRuntime: macSigning,
    // Ad hoc: Apple silicon runs only signed code, and flipping the fuses breaks Electron's own signature.
    ...(macSigning ? {} : { identity: '-' }),
  },
};

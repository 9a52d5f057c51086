// Production and development build of the add-in pages (ESM: package.json has "type": "module").
//
//   npm run build                       → dist/ for https://localhost:3000/
//   ADDIN_BASE_URL=https://addins.example.ac.jp/upki-revoke/ npm run build
//                                       → dist/ whose manifests point there
//
// To add a page (the Outlook panes, the OnMessageSend runtime), append an entry to PAGES below.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import TerserPlugin from 'terser-webpack-plugin';
import webpack from 'webpack';

const require = createRequire(import.meta.url);
const root = path.dirname(fileURLToPath(import.meta.url));

/** The URL written in the manifests in the repository; rewritten to ADDIN_BASE_URL at build time. */
export const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * Content-Security-Policy of every page: scripts only from the add-in's own origin and Office's
 * script host (office.js), no other network at all. Styles allow 'unsafe-inline' because Fluent UI
 * (Griffel) inserts its CSS at run time.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "connect-src 'self'",
  // pdf.js's worker (dist/pdf.worker.min.js), for the PDF preview and text cross-check.
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * One entry per page. Fields:
 * - name: output name (`<name>.html`, `<name>.<hash>.js`); the manifests name the HTML;
 * - entry: the TypeScript entry;
 * - title: the HTML <title>;
 * - html: false for a script-only entry (e.g. Outlook's JavaScript-only OnMessageSend runtime);
 * - isolated: true to emit the entry as one self-contained file named `<name>.js` (no hash), as
 *   classic Outlook's JavaScript-only runtime requires; such an entry must not use import(),
 *   which would split it. (Every page's first load is one file: see splitChunks.)
 * - es: (isolated entries only) the ECMAScript version the emitted file must parse as; esbuild
 *   lowers the whole file to it (async functions become generators, `?.`/`??`/spread/class fields
 *   are rewritten), in development too. test/commands/onsend-bundle.test.ts parses the shipped file.
 */
export const PAGES = [
  { name: 'excel-taskpane', entry: './src/taskpane/excel/index.tsx', title: '申請書チェック' },
  { name: 'excel-commands', entry: './src/commands/commands.ts', title: 'upki-revoke (Excel commands)' },
  // Outlook (manifest.outlook.xml): compose pane, read pane, and the OnMessageSend runtime (its HTML
  // page for the web, new Outlook and Mac; outlook-onsend.js alone for classic Windows).
  { name: 'outlook-compose', entry: './src/taskpane/outlook/compose/index.tsx', title: '失効申請メールの準備' },
  { name: 'outlook-read', entry: './src/taskpane/outlook/read/index.tsx', title: '受け取った申請書の確認' },
  // `es`: classic Outlook on Windows before Version 2403 parses the handler as ES2016 (no async/await,
  // `?.`, `??`, object spread...): the whole emitted file is lowered to ES2016 by its own minimizer.
  { name: 'outlook-onsend', entry: './src/commands/onsend.ts', title: 'upki-revoke (Outlook send check)', isolated: true, es: 'es2016' },
];

/** Manifests copied to dist/ with DEV_BASE_URL rewritten (missing ones are skipped). */
export const MANIFESTS = ['manifest.xml', 'manifest.outlook.xml'];

/**
 * Writes dist/chunks.json: the files each page loads first, and the files of each named chunk
 * group loaded with import() (e.g. `checker`, which the Excel pane preloads at start).
 * scripts/size.mjs reads it.
 */
class ChunkManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ChunkManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ChunkManifestPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const files = (group) => [...new Set(group.chunks.flatMap((c) => [...c.files]))].filter((f) => f.endsWith('.js'));
          const out = { entries: {}, named: {} };
          for (const [name, ep] of compilation.entrypoints) out.entries[name] = files(ep);
          for (const group of compilation.chunkGroups) {
            if (group.name && !compilation.entrypoints.has(group.name)) out.named[group.name] = files(group);
          }
          compilation.emitAsset('chunks.json', new webpack.sources.RawSource(JSON.stringify(out, null, 2)));
        },
      );
    });
  }
}

export function baseUrl() {
  const url = process.env.ADDIN_BASE_URL?.trim() || DEV_BASE_URL;
  if (!/^https:\/\//.test(url) && !/^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// URL (got ${url})`);
  }
  return url.endsWith('/') ? url : `${url}/`;
}

export function rewriteManifest(xml, base = baseUrl()) {
  return xml.split(DEV_BASE_URL).join(base);
}

export default (_env, argv = {}) => {
  const production = argv.mode !== 'development';
  const isolated = new Set(PAGES.filter((p) => p.isolated).map((p) => p.name));
  const lowered = PAGES.filter((p) => p.isolated && p.es);
  const base = baseUrl();
  return {
    mode: production ? 'production' : 'development',
    context: root,
    target: ['web', 'es2020'],
    // No eval-based source maps: the pages' CSP has no 'unsafe-eval'.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: Object.fromEntries(PAGES.map((p) => [p.name, p.entry])),
    output: {
      path: path.join(root, 'dist'),
      filename: (data) => (isolated.has(data.chunk?.name) ? '[name].js' : '[name].[contenthash:8].js'),
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js'],
      // exceljs's browser build is used through package.json "browser"; nothing from Node is bundled.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: require.resolve('ts-loader'),
            options: {
              // Type checking is `npm run typecheck`; the build only transpiles.
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: 'esnext', sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // Always on: the isolated entries with `es` are lowered by their minimizer, also in development.
      minimize: true,
      minimizer: [
        ...(production
          ? [
              // terser (two compress passes) rather than esbuild's minifier: about 3% less gzip on
              // the first load.
              new TerserPlugin({
                exclude: lowered.map((p) => new RegExp(`^${p.name}\\.js$`)),
                minify: TerserPlugin.terserMinify,
                extractComments: false,
                terserOptions: { ecma: 2020, compress: { passes: 2 }, format: { comments: false } },
              }),
            ]
          : []),
        ...lowered.map(
          (p) =>
            new TerserPlugin({
              include: new RegExp(`^${p.name}\\.js$`),
              minify: TerserPlugin.esbuildMinify,
              // esbuild lowers syntax to `target`; in development it only lowers (no minify).
              terserOptions: production
                ? { legalComments: 'none', target: p.es }
                : { legalComments: 'none', target: p.es, minify: false },
            }),
        ),
      ],
      // Only chunks loaded with import() are split. Each page's first load is one file: gzip
      // compresses it better than the same code cut into shared chunks (issue 11: compose 116.6 →
      // 113.8 KB, Excel 128.9 → 127.7, read 125.1 → 121.7), at the price of no vendor chunk cached
      // across pages and releases. An isolated entry must not use import() anyway.
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false }, // `npm run size` enforces the budget
    plugins: [
      new ChunkManifestPlugin(),
      // Fluent's token table (name → `var(--name)`) computed instead of shipped (src/taskpane/shared/fluent-tokens.ts).
      new webpack.NormalModuleReplacementPlugin(/^\.\/tokens(\.js)?$/, (resource) => {
        if (/[\\/]@fluentui[\\/]tokens[\\/]lib$/.test(resource.context)) {
          resource.request = path.join(root, 'src/taskpane/shared/fluent-tokens.ts');
        }
      }),
      new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') }),
      ...PAGES.filter((p) => p.html !== false).map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: path.join(root, 'src/taskpane/shared/page.ejs'),
            chunks: [p.name],
            title: p.title,
            csp: CSP,
            scriptLoading: 'defer',
            minify: production ? { collapseWhitespace: true, removeComments: true } : false,
          }),
      ),
      new CopyPlugin({
        patterns: [
          ...MANIFESTS.map((m) => ({
            from: m,
            to: m,
            noErrorOnMissing: true,
            transform: (content) => rewriteManifest(content.toString('utf8'), base),
          })),
          { from: 'assets/*.png', to: 'assets/[name][ext]', noErrorOnMissing: true },
          // pdf.js's worker (an ES module), served from our own origin as .js, a type every web server knows
          // (src/pdf-form/browser.ts).
          { from: require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'), to: 'pdf.worker.min.js' },
          { from: 'assets/*.xlsx', to: 'assets/[name][ext]', noErrorOnMissing: true },
          // ES5, loaded by every page before its bundle (src/taskpane/shared/page.ejs); copied as is.
          { from: 'src/taskpane/shared/legacy-browser.js', to: 'legacy-browser.js' },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      host: 'localhost',
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      devMiddleware: { writeToDisk: false },
    },
  };
};

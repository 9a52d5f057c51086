// `npm start`: builds the add-in pages in development mode and serves them on
// https://localhost:3000 with the development certificates of office-addin-dev-certs, read
// directly from ~/.office-addin-dev-certs (generated there when missing; trusting the CA is a
// separate, manual step). Where HTTPS cannot be set up it serves http://127.0.0.1:3000 instead,
// which is enough for the standalone (browser) mode but not for Office.
//
// office-addin-dev-certs 3.x has no usage-data reporting (office-addin-usage-data is a no-op
// stub there); nothing is sent anywhere.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import makeConfig from '../webpack.config.js';

const require = createRequire(import.meta.url);
const PORT = Number(process.env.PORT ?? 3000);
const certDir = join(homedir(), '.office-addin-dev-certs');
const files = {
  ca: join(certDir, 'ca.crt'),
  cert: join(certDir, 'localhost.crt'),
  key: join(certDir, 'localhost.key'),
};

async function certificates() {
  if (!existsSync(files.cert) || !existsSync(files.key)) {
    try {
      // Only generates the files (no system trust store, no sudo, no network).
      const { generateCertificates } = require('office-addin-dev-certs/lib/generate.js');
      // The library announces the files itself; the banner says where they are, once.
      const log = console.log;
      console.log = () => {};
      try {
        await generateCertificates(files.ca, files.cert, files.key, 30);
      } finally {
        console.log = log;
      }
    } catch (e) {
      console.warn(`Could not create development certificates: ${e instanceof Error ? e.message : e}`);
      return null;
    }
  }
  try {
    return {
      key: readFileSync(files.key),
      cert: readFileSync(files.cert),
      ca: existsSync(files.ca) ? readFileSync(files.ca) : undefined,
    };
  } catch {
    return null;
  }
}

/** Says that the port is taken and how to choose another, then exits (no stack trace). */
function portTaken(host, detail) {
  const next = PORT + 1;
  const how =
    process.platform === 'win32'
      ? `  PowerShell: $env:PORT=${next}; npm start\n  cmd:        set PORT=${next} && npm start`
      : `  PORT=${next} npm start`;
  console.error(`
ポート ${PORT} は他のプログラムが使っています（${host}:${PORT}${detail ? `、${detail}` : ''}）。
Port ${PORT} is already in use (${host}:${PORT}${detail ? `, ${detail}` : ''}).

そのプログラム（以前に起動した npm start など）を止めるか、別のポートで起動してください:
Stop that program (an earlier npm start?) or start on another port:
${how}
（マニフェストの URL は https://localhost:3000/ です。別のポートでは Office へのサイドロードには使えず、
 ブラウザーでのスタンドアロン表示に使えます。/ The manifests name https://localhost:3000/: another port
 serves the standalone mode in a browser, not Office.)
`);
  process.exit(1);
}

/** Whether the port can be listened on (checked before webpack starts, for a clear message). */
function checkPort(host) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (e) => {
      if (e.code === 'EADDRINUSE' || e.code === 'EACCES')
        portTaken(host, e.code === 'EACCES' ? 'EACCES' : '');
      resolve(); // another error (e.g. no IPv6): let the dev server report it
    });
    probe.listen(PORT, host, () => probe.close(() => resolve()));
  });
}

const tls = await certificates();
const host = tls ? 'localhost' : '127.0.0.1';
await checkPort(host);
const config = makeConfig({}, { mode: 'development' });
// Only problems from webpack: its statistics would push the banner off the screen.
config.infrastructureLogging = { level: 'warn' };
config.stats = 'errors-warnings';
const compiler = webpack(config);
const devServer = {
  ...config.devServer,
  port: PORT,
  host,
  server: tls ? { type: 'https', options: tls } : { type: 'http' },
  devMiddleware: { ...config.devServer?.devMiddleware, stats: 'errors-warnings' },
};
const server = new WebpackDevServer(devServer, compiler);

const origin = tls ? `https://localhost:${PORT}` : `http://127.0.0.1:${PORT}`;

/** How to trust the development CA on this platform. */
function trustInstruction() {
  if (process.platform === 'win32')
    return `  Windows: certutil -user -addstore Root "${files.ca}"  （または / or: npx office-addin-dev-certs install）`;
  if (process.platform === 'darwin')
    return `  macOS: open "${files.ca}" → キーチェーンアクセスで「常に信頼」/ Keychain Access: "Always Trust"
         （または / or: npx office-addin-dev-certs install）`;
  return `  Linux: Office for Linux はないため、Office on the web を使うブラウザーに CA を登録します /
         there is no desktop Office on Linux: trust the CA in the browser that runs Office on the web:
         certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n upki-revoke-dev -i "${files.ca}"  (libnss3-tools)`;
}

function banner() {
  const lines = [
    '',
    `upki-revoke のアドインを配信しています / upki-revoke add-ins are served on ${origin}/`,
    `  Excel 作業ウィンドウ / task pane:   ${origin}/excel-taskpane.html  (ブラウザーではスタンドアロン / standalone in a browser)`,
    `  Outlook 作成画面 / compose pane:   ${origin}/outlook-compose.html`,
    `  Outlook 閲覧画面 / read pane:      ${origin}/outlook-read.html`,
    '  マニフェスト / manifests: manifest.xml (Excel), manifest.outlook.xml (Outlook) — URL は https://localhost:3000/',
    '',
  ];
  if (!tls) {
    lines.push(
      'HTTPS を用意できなかったため 127.0.0.1 で HTTP 配信しています。Office は HTTPS のアドインしか読み込みません。',
      'ブラウザーでのスタンドアロン表示に使うか、`npx office-addin-dev-certs install` で証明書を作ってから再度 `npm start` してください。',
      'HTTPS could not be set up, so the pages are served over plain HTTP on 127.0.0.1. Office only loads',
      'add-ins over HTTPS: use this for the standalone mode in a browser, or create the certificates with',
      '`npx office-addin-dev-certs install` and run `npm start` again.',
    );
  } else {
    lines.push(
      `開発用証明書 / development certificates: ${certDir}`,
      '開発用 CA を一度だけ信頼してください / Trust the development CA once:',
      trustInstruction(),
      '',
      'サイドロード（試用）/ Sideloading (docs/excel.md, docs/outlook.md):',
    );
    if (process.platform === 'win32')
      lines.push(
        '  Excel (Windows): manifest.xml を共有フォルダーに置き、[トラスト センター] > [信頼できるアドイン カタログ] に追加して Excel を再起動',
        '    (put manifest.xml in a shared folder, add it under Trust Center > Trusted Add-in Catalogs, restart Excel,',
        '     then Home > Add-ins > Advanced > Shared Folder)',
      );
    else if (process.platform === 'darwin')
      lines.push(
        '  Excel (Mac): manifest.xml を ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ にコピーして再起動',
        '    (copy manifest.xml there and restart Excel)',
      );
    lines.push(
      '  Excel on the web: [ホーム] > [アドイン] > [その他のアドイン] > [個人用アドイン] > [個人用アドインのアップロード] > manifest.xml',
      '    (Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in)',
      '  Outlook: [アドインを取得] > [個人用アドイン] > [カスタム アドインを追加] > [ファイルから追加] > manifest.outlook.xml',
      '    (Get Add-ins > My add-ins > Add a custom add-in > Add from file)',
    );
  }
  lines.push('停止は Ctrl+C / Stop with Ctrl+C.', '');
  console.log(lines.join('\n'));
}

// The banner once, after the first compile (later rebuilds print only their problems).
let bannerShown = false;
compiler.hooks.done.tap('upki-revoke-banner', (stats) => {
  if (bannerShown) return;
  bannerShown = true;
  if (stats.hasErrors())
    console.log('最初のビルドでエラーがありました（上を参照）/ The first build had errors (see above).');
  setImmediate(banner);
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // Never outlive npm: a hung connection must not keep the port.
  setTimeout(() => process.exit(0), 3000).unref();
  try {
    await server.stop();
  } finally {
    process.exit(0);
  }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
// When npm (or the shell between) goes away without passing the signal on, stop too, so no
// server is left on the port: this process is re-parented when its parent dies; on Linux the
// parent's parent (npm, when a shell runs the script) is watched as well.
const parent = process.ppid;
const grandparent = parentOf(parent);
function parentOf(pid) {
  try {
    // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) || undefined;
  } catch {
    return undefined;
  }
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}
setInterval(() => {
  if (process.ppid !== parent || (grandparent && grandparent > 1 && !alive(grandparent))) stop();
}, 500).unref();

try {
  await server.start();
} catch (e) {
  if (e?.code === 'EADDRINUSE' || e?.code === 'EACCES') portTaken(host, e.code === 'EACCES' ? 'EACCES' : '');
  throw e;
}

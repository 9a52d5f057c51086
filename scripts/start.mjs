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
      await generateCertificates(files.ca, files.cert, files.key, 30);
      console.log(`Created development certificates in ${certDir}`);
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

const tls = await certificates();
const config = makeConfig({}, { mode: 'development' });
const compiler = webpack(config);
const devServer = {
  ...config.devServer,
  port: PORT,
  host: tls ? 'localhost' : '127.0.0.1',
  server: tls ? { type: 'https', options: tls } : { type: 'http' },
};
const server = new WebpackDevServer(devServer, compiler);
await server.start();

const origin = tls ? `https://localhost:${PORT}` : `http://127.0.0.1:${PORT}`;
console.log(`
upki-revoke のアドインを配信しています / upki-revoke add-ins are served on ${origin}/
  Excel 作業ウィンドウ / task pane:   ${origin}/excel-taskpane.html  (ブラウザーではスタンドアロン / standalone in a browser)
  Outlook 作成画面 / compose pane:   ${origin}/outlook-compose.html
  Outlook 閲覧画面 / read pane:      ${origin}/outlook-read.html
  マニフェスト / manifests: manifest.xml (Excel), manifest.outlook.xml (Outlook) — URL は https://localhost:3000/
`);
if (!tls) {
  console.log(`HTTPS を用意できなかったため 127.0.0.1 で HTTP 配信しています。Office は HTTPS のアドインしか読み込みません。
ブラウザーでのスタンドアロン表示に使うか、\`npx office-addin-dev-certs install\` で証明書を作ってから再度 \`npm start\` してください。
HTTPS could not be set up, so the pages are served over plain HTTP on 127.0.0.1. Office only loads
add-ins over HTTPS: use this for the standalone mode in a browser, or create the certificates with
\`npx office-addin-dev-certs install\` and run \`npm start\` again.
`);
} else {
  console.log(`サイドロード（試用）/ Sideloading (docs/excel.md, docs/outlook.md):
  開発用 CA を一度だけ信頼 / Trust the development CA once: ${files.ca}
    (Windows: certutil -user -addstore Root "${files.ca}";
     macOS: キーチェーンアクセスで「常に信頼」/ Keychain Access "Always Trust"; or \`npx office-addin-dev-certs install\`)
  Excel on the web: [ホーム] > [アドイン] > [その他のアドイン] > [個人用アドイン] > [個人用アドインのアップロード] > manifest.xml
    (Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in)
  Excel (Windows): manifest.xml を共有フォルダーに置き、[トラスト センター] > [信頼できるアドイン カタログ] に追加して Excel を再起動
    (put manifest.xml in a shared folder, add it under Trust Center > Trusted Add-in Catalogs, restart Excel,
     then Home > Add-ins > Advanced > Shared Folder)
  Excel (Mac): manifest.xml を ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ にコピーして再起動
  Outlook (web / 新しい Outlook / Windows / Mac): [アドインを取得] > [個人用アドイン] > [カスタム アドインを追加] >
    [ファイルから追加] > manifest.outlook.xml  (Get Add-ins > My add-ins > Add a custom add-in > Add from file)
停止は Ctrl+C / Stop with Ctrl+C.
`);
}
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/*
 * Runs before the add-in's bundle, in ES5 only: volume-licensed Office 2019 and older show add-ins
 * in Internet Explorer 11 (Trident) or the old Microsoft Edge (EdgeHTML), where the ES2020 bundle
 * does not even parse (learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins,
 * .../develop/support-ie-11). There the pane would stay blank; this script says why and what to do
 * instead. Its own file, not inline: the pages' CSP allows scripts from the add-in's origin only.
 * test/taskpane/legacy-browser.test.ts parses it as ES5 and runs it.
 */
(function () {
  var ua = (typeof navigator !== 'undefined' && navigator.userAgent) || '';
  var trident = typeof document !== 'undefined' && !!document.documentMode;
  var edgeHtml = /\bEdge\/\d+/.test(ua);
  if (!trident && !edgeHtml) return;

  function show() {
    var root = document.getElementById('root');
    if (!root || root.getAttribute('data-legacy')) return;
    root.setAttribute('data-legacy', '1');
    var here = String(location.href).split('#')[0];
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.style.padding = '16px';
    box.style.fontSize = '14px';
    box.style.lineHeight = '1.6';
    var parts = [
      ['h1', 'この Office ではアドインが動きません'],
      [
        'p',
        'Office 2019 以前（特にボリューム ライセンス版）は、アドインの表示に Internet Explorer 11 または旧 Microsoft Edge を使うため、このアドインを実行できません。' +
          'Microsoft 365 または Office 2021 以降の Excel、または Excel on the web をお使いください。' +
          '申請書を保存し、Microsoft Edge や Chrome などのブラウザーで次のページを開いても検査できます。'
      ],
      ['h2', 'This add-in cannot run in this Office'],
      [
        'p',
        'Office 2019 and older (volume-licensed editions in particular) show add-ins with Internet Explorer 11 or the old Microsoft Edge, which cannot run this add-in. ' +
          'Use Excel from Microsoft 365 or Office 2021 or later, or Excel on the web. ' +
          'You can also save the form and open the page below in a current browser (Microsoft Edge, Chrome, Firefox) to check it there.'
      ],
      ['p', here]
    ];
    for (var i = 0; i < parts.length; i++) {
      var el = document.createElement(parts[i][0]);
      el.appendChild(document.createTextNode(parts[i][1]));
      if (parts[i][0] !== 'p') el.style.fontSize = '16px';
      box.appendChild(el);
    }
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(box);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();

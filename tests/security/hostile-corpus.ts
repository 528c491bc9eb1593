/**
 * Hostile input for the security tests: what an attacker, a broken client or an unlucky paste
 * may send into any text field. Used by the integration tests (every stored text field, the
 * autosave endpoint) and by the browser test that renders the stored values.
 *
 * Every payload that could run script calls `window.__pwned(<id>)`, so the browser test only
 * has to define that function and check it was never called (alert/confirm/prompt are watched
 * too, as dialogs). Ids are unique; texts are unique after trimming, so stored rows never
 * collide on a unique name.
 */

export type HostileCategory =
  | 'html'
  | 'attribute'
  | 'link'
  | 'oversized'
  | 'nested'
  | 'utf16'
  | 'control'
  | 'sql'
  | 'misc';

export interface HostilePayload {
  id: string;
  category: HostileCategory;
  text: string;
}

const pwn = (id: string) => `window.__pwned('${id}')`;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

const html: [string, string][] = [
  ['script-tag', `<script>${pwn('script-tag')}</script>`],
  ['script-src', `<script src="data:text/javascript,${pwn('script-src')}"></script>`],
  ['img-onerror', `<img src=x onerror="${pwn('img-onerror')}">`],
  ['svg-onload', `<svg onload=${pwn('svg-onload')}>`],
  ['svg-script', `<svg><script>${pwn('svg-script')}</script></svg>`],
  ['iframe-srcdoc', `<iframe srcdoc="<script>parent.__pwned('iframe-srcdoc')</script>"></iframe>`],
  ['body-onload', `<body onload="${pwn('body-onload')}">`],
  ['details-ontoggle', `<details open ontoggle="${pwn('details-ontoggle')}"><summary>x</summary></details>`],
  ['input-autofocus', `<input autofocus onfocus="${pwn('input-autofocus')}">`],
  ['video-source', `<video><source onerror="${pwn('video-source')}"></video>`],
  ['mxss-math', `<math><mtext><table><mglyph><style><img src=x onerror="${pwn('mxss-math')}">`],
  ['noscript-title', `<noscript><p title="</noscript><img src=x onerror=${pwn('noscript-title')}>">`],
  ['comment-break', `<!--<img src="--><img src=x onerror=${pwn('comment-break')}//">`],
  ['textarea-close', `</textarea><script>${pwn('textarea-close')}</script>`],
  ['title-close', `</title><script>${pwn('title-close')}</script>`],
  ['style-close', `</style><script>${pwn('style-close')}</script>`],
  ['object-data', `<object data="javascript:${pwn('object-data')}"></object>`],
  ['form-action', `<form><button formaction="javascript:${pwn('form-action')}">Senden</button></form>`],
  ['meta-refresh', `<meta http-equiv="refresh" content="0;url=javascript:${pwn('meta-refresh')}">`],
  ['base-href', `<base href="javascript:${pwn('base-href')}//">`],
  ['anchor-js', `<a href="javascript:${pwn('anchor-js')}">Hilfe</a>`],
  ['template-literal', `\${${pwn('template-literal')}}`],
  ['angular-expression', `{{constructor.constructor("${pwn('angular-expression').replace(/'/g, '\\x27')}")()}}`],
  ['json-script-close', `"}</script><script>${pwn('json-script-close')}</script>`],
];

const attribute: [string, string][] = [
  ['attr-double-quote', `" onmouseover="${pwn('attr-double-quote')}" autofocus onfocus="${pwn('attr-double-quote')}" x="`],
  ['attr-single-quote', `' onfocus='${pwn('attr-single-quote')}' autofocus='`],
  ['attr-tag-break', `"><img src=x onerror=${pwn('attr-tag-break')}>`],
  ['attr-backtick', `\`onerror=${pwn('attr-backtick')}\``],
  ['attr-style', `" style="background:url(javascript:${pwn('attr-style')})`],
];

const link: [string, string][] = [
  ['js-lower', `javascript:${pwn('js-lower')}`],
  ['js-mixed-case', `JaVaScRiPt:${pwn('js-mixed-case')}`],
  ['js-leading-space', `  javascript:${pwn('js-leading-space')}`],
  ['js-tab', `java\tscript:${pwn('js-tab')}`],
  ['js-newline', `java\nscript:${pwn('js-newline')}`],
  ['js-entity', `&#106;avascript:${pwn('js-entity')}`],
  ['js-hex-entity', `&#x6A;&#x61;vascript&colon;${pwn('js-hex-entity')}`],
  ['js-percent', `%6Aavascript:${pwn('js-percent')}`],
  ['js-comment-newline', `javascript://%0a${pwn('js-comment-newline')}`],
  ['js-fullwidth', `ｊａｖａｓｃｒｉｐｔ:${pwn('js-fullwidth')}`],
  ['js-zero-width', `\u200bjavascript:${pwn('js-zero-width')}`],
  ['data-html', `data:text/html,<script>${pwn('data-html')}</script>`],
  ['data-base64', `data:text/html;base64,${b64(`<script>${pwn('data-base64')}</script>`)}`],
  ['data-upper', `DATA:text/html,<script>${pwn('data-upper')}</script>`],
  ['data-svg', `data:image/svg+xml,<svg onload="${pwn('data-svg')}"/>`],
  ['vbscript-lower', 'vbscript:msgbox("vbscript-lower")'],
  ['vbscript-mixed', 'VbScRiPt:MsgBox("vbscript-mixed")'],
  ['https-quote-break', `https://kreis.example/"onmouseover="${pwn('https-quote-break')}`],
  ['protocol-relative', '//boese.example/pfad'],
  ['markdown-link', `[Hilfe](javascript:${pwn('markdown-link')})`],
];

const oversized: [string, string][] = [
  ['long-10k', 'Gewaltschutz '.repeat(800).trim()],
  ['long-300k', 'A'.repeat(300_000)],
  ['long-word-5k', 'Donaudampfschifffahrt'.repeat(250)],
];

const nested: [string, string][] = [
  ['nested-div', `${'<div>'.repeat(2000)}<img src=x onerror=${pwn('nested-div')}>${'</div>'.repeat(2000)}`],
  ['nested-brackets', `${'['.repeat(3000)}${']'.repeat(3000)}`],
  ['nested-json', `${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}`],
];

const utf16: [string, string][] = [
  ['lone-high', 'Unterkunft \ud800 Nord'],
  ['lone-low', 'Unterkunft \udc00 Süd'],
  ['reversed-pair', 'Haus \udc00\ud83d West'],
  ['high-at-end', 'Haus Ost \ud83d'],
];

const control: [string, string][] = [
  ['nul', 'Haus\u0000A'],
  ['bell', 'Haus\u0007B'],
  ['ansi-escape', 'Haus \u001b[31mrot\u001b[0m'],
  ['del', 'Haus\u007fC'],
  ['c1-nel', 'Haus\u0085D'],
  ['c1-csi', 'Haus\u009b31m'],
  ['nonchar-ffff', 'Haus\uffffE'],
  ['nonchar-fffe', 'Haus\ufffeF'],
  ['crlf-header', 'Haus G\r\nSet-Cookie: sitzung=gestohlen'],
  ['bidi-override', 'Haus \u202eH gnurhenfua'],
  ['zero-width', 'Ha\u200bus\u200d I\ufeff'],
  ['line-separator', 'Haus\u2028J\u2029K'],
];

const sql: [string, string][] = [
  ['sql-drop', "'; DROP TABLE users; --"],
  ['sql-or', "' OR '1'='1"],
  ['sql-double-or', '" OR 1=1 --'],
  ['sql-sleep', "'; SELECT pg_sleep(5); --"],
  ['sql-dollar', '$$; DELETE FROM concepts; $$'],
  ['sql-like', '%_\\%'],
  ['sql-placeholder', '$1 $2 ? :name'],
  ['sql-escape-string', "E'\\x00' || chr(0)"],
  ['sql-union', "' UNION SELECT password_hash FROM users --"],
];

const misc: [string, string][] = [
  ['proto-key', '__proto__'],
  ['proto-json', '{"__proto__":{"isAdmin":true}}'],
  ['csv-formula', '=HYPERLINK("javascript:window.__pwned(\'csv-formula\')","Hilfe")'],
  ['format-string', '%s%s%n%x%d'],
  ['path-traversal', '../../../../etc/passwd'],
  ['xml-entity', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'],
  ['ooxml-field', '<w:fldSimple w:instr="HYPERLINK javascript:x"/>'],
  ['mention-like', '@admin@werkstatt.example <@everyone>'],
  ['rtl-emoji', 'محمد 👩‍👧 Olek\u0301sandr 🇩🇪'],
];

function build(category: HostileCategory, rows: [string, string][]): HostilePayload[] {
  return rows.map(([id, text]) => ({ id, category, text }));
}

export const HOSTILE_PAYLOADS: readonly HostilePayload[] = [
  ...build('html', html),
  ...build('attribute', attribute),
  ...build('link', link),
  ...build('oversized', oversized),
  ...build('nested', nested),
  ...build('utf16', utf16),
  ...build('control', control),
  ...build('sql', sql),
  ...build('misc', misc),
];

/**
 * Link targets (href) the rich text must refuse: script and data schemes in any case and encoding,
 * and targets without a scheme. The one link payload with an allowed scheme (https with a quote
 * that tries to break out of the attribute) is stored as it is and must stay an inert attribute.
 */
export const DISALLOWED_HREFS: readonly HostilePayload[] = HOSTILE_PAYLOADS.filter(
  (p) => p.category === 'link' && p.id !== 'https-quote-break',
);

/** The payloads of ordinary size (not the oversized or deeply nested ones): the browser test stores them wherever they are accepted. */
export const RENDERABLE_PAYLOADS: readonly HostilePayload[] = HOSTILE_PAYLOADS.filter(
  (p) => p.category !== 'oversized' && p.category !== 'nested',
);

const GERMAN_WORDS =
  /(?<!\p{L})(der|die|das|den|dem|des|ein|eine|einen|mit|und|bei|nicht|ist|sind|bitte|darf|dürfen|gibt|es|enthält|sie|zu|höchstens|mindestens|erlaubt|fehlt|unbekannte[rsn]?|unerwartete[rsn]?|ungültige[rsn]?)(?!\p{L})/iu;
// English library defaults, SQL and stack traces must never reach a person.
const TECHNICAL = /invalid|expected|received|must be|too (big|small)|undefined|syntax|json|error:|\bat \w+ \(|select |insert /i;

/**
 * Whether a refusal speaks German to the person, without technical words. The refused value may
 * be quoted („…“) in the message; the quote is not judged.
 */
export function isGermanMessage(message: unknown): boolean {
  if (typeof message !== 'string') return false;
  const own = message.replace(/„[^“]*(“|$)/g, '');
  return GERMAN_WORDS.test(own) && !TECHNICAL.test(own);
}

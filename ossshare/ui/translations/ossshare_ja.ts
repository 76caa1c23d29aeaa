<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../widgets/about_dialog.py" line="23"/>
        <source>About ossshare</source>
        <translation>ossshare について</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="24"/>
        <source>ossshare {0}</source>
        <translation>ossshare {0}</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="33"/>
        <source>Signed, time-limited download links for Alibaba Cloud OSS objects. Secrets stay in the system keyring.</source>
        <translation>Alibaba Cloud OSS のオブジェクト用に、有効期限付きの署名付きダウンロードリンクを作成します。シークレットはシステムのキーリングに保管されます。</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="48"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="49"/>
        <source>Copy these details, for a bug report</source>
        <translation>不具合報告用にこの情報をコピー</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="62"/>
        <source>bundle</source>
        <translation>バンドル</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="62"/>
        <source>Python package</source>
        <translation>Python パッケージ</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="64"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="65"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="65"/>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="66"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="67"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="68"/>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="69"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="70"/>
        <source>Installed as</source>
        <translation>インストール形態</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="71"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="72"/>
        <source>Link ledger</source>
        <translation>リンク台帳</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="73"/>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="73"/>
        <source>standard error (ossshare keeps no log file)</source>
        <translation>標準エラー出力（ossshare はログファイルを作成しません）</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="74"/>
        <source>Desktop id</source>
        <translation>デスクトップ ID</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="82"/>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../batch/dialog.py" line="94"/>
        <source>Share {0} objects</source>
        <translation>{0} 個のオブジェクトを共有</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="95"/>
        <source>{0} objects in oss://{1}/</source>
        <translation>oss://{1}/ 内の {0} 個のオブジェクト</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="97"/>
        <source>Share folder {0}</source>
        <translation>フォルダー {0} を共有</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="98"/>
        <source>Every object under oss://{0}/{1}</source>
        <translation>oss://{0}/{1} 以下のすべてのオブジェクト</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="104"/>
        <source>every object, or e.g. *.log, 2024/*</source>
        <translation>すべてのオブジェクト、または例: *.log, 2024/*</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="106"/>
        <source>nothing, or e.g. *.tmp</source>
        <translation>なし、または例: *.tmp</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="107"/>
        <source>&amp;Make links</source>
        <translation>リンクを作成(&amp;M)</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="109"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="126"/>
        <source>&amp;Copy all</source>
        <translation>すべてコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="129"/>
        <source>Plain links</source>
        <translation>リンクのみ</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="129"/>
        <source>Markdown table</source>
        <translation>Markdown の表</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="130"/>
        <source>HTML page</source>
        <translation>HTML ページ</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="130"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="135"/>
        <source>&amp;Save as…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="140"/>
        <source>The QR sheet&apos;s paper size</source>
        <translation>QR コード一覧の用紙サイズ</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="141"/>
        <source>&amp;QR sheet (PDF)…</source>
        <translation>QR コード一覧 (PDF)(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="142"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../batch/layout.py" line="26"/>
        <source>Include</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../batch/layout.py" line="27"/>
        <source>Exclude</source>
        <translation>除外</translation>
    </message>
    <message>
        <location filename="../batch/layout.py" line="29"/>
        <source>Patterns match the name below the folder; * also matches /; separate with commas.</source>
        <translation>パターンはフォルダー以下の名前に一致します。* は / にも一致します。複数指定するときはカンマで区切ります。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="171"/>
        <source>No links: {0}</source>
        <translation>リンクなし：{0}</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="192"/>
        <source>Listing…</source>
        <translation>一覧を取得中…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="192"/>
        <location filename="../batch/dialog.py" line="216"/>
        <source>Signing…</source>
        <translation>署名中…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="200"/>
        <source>QR sheet cancelled: nothing was written.</source>
        <translation>QR コード一覧をキャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="209"/>
        <source>Cancelled after {0} objects: the links made so far are shown.</source>
        <translation>{0} 個のオブジェクトの後でキャンセルしました。ここまでに作成したリンクを表示しています。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="216"/>
        <source>Listing and signing…</source>
        <translation>一覧を取得して署名中…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="217"/>
        <source>{0} {1} objects, {2}</source>
        <translation>{0} オブジェクト {1} 個、{2}</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="223"/>
        <source>Many objects</source>
        <translation>オブジェクトが多数あります</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="224"/>
        <source>This folder holds more than {0} objects. Go on listing and signing all of them?</source>
        <translation>このフォルダーには {0} 個を超えるオブジェクトがあります。すべての一覧を取得して署名を続けますか？</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="249"/>
        <source>{0} links, {1}, all valid until {2}.</source>
        <translation>リンク {0} 件、{1}、すべて {2} まで有効です。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="253"/>
        <source>{0} objects have names OSS would refuse: no link for them (first: {1}).</source>
        <translation>{0} 個のオブジェクトは OSS が受け付けない名前のため、リンクを作成していません（最初のもの：{1}）。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="257"/>
        <source>No objects matched: nothing to share.</source>
        <translation>一致するオブジェクトがありません。共有するものはありません。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="275"/>
        <source>The options changed: press Make links for links with them.</source>
        <translation>オプションが変更されました。その内容でリンクを作るには「リンクを作成」を押してください。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="281"/>
        <source>These links have expired: press Make links for fresh ones.</source>
        <translation>これらのリンクは有効期限が切れています。新しいリンクを作るには「リンクを作成」を押してください。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="297"/>
        <source>Copied {0} links.</source>
        <translation>{0} 件のリンクをコピーしました。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="317"/>
        <source>Download links</source>
        <translation>ダウンロードリンク</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="335"/>
        <source>Writing the QR sheet: page {0} of {1}…</source>
        <translation>QR コード一覧を書き込み中：{1} ページ中 {0} ページ目…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="342"/>
        <source>QR sheet saved: {0}</source>
        <translation>QR コード一覧を保存しました：{0}</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="354"/>
        <source>Could not write the file: {0}</source>
        <translation>ファイルを書き込めませんでした：{0}</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="17"/>
        <source>Plain links (*.txt)</source>
        <translation>リンクのみ (*.txt)</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="18"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="19"/>
        <source>TSV (*.tsv)</source>
        <translation>TSV (*.tsv)</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="20"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="21"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="22"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="23"/>
        <source>HTML page (*.html)</source>
        <translation>HTML ページ (*.html)</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="25"/>
        <source>Save links</source>
        <translation>リンクを保存</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="41"/>
        <source>Save QR sheet</source>
        <translation>QR コード一覧を保存</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="43"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>BatchLinksModel</name>
    <message>
        <location filename="../batch/model.py" line="74"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../batch/model.py" line="74"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../batch/model.py" line="74"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../batch/model.py" line="74"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
</context>
<context>
    <name>BatchOptions</name>
    <message>
        <location filename="../batch/options.py" line="42"/>
        <source>Each link opens the latest version of its object.</source>
        <translation>各リンクはオブジェクトの最新バージョンを開きます。</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="45"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="47"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="48"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="49"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="54"/>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="55"/>
        <source>Signed request headers</source>
        <translation>署名付きリクエストヘッダー</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="56"/>
        <source>Response overrides</source>
        <translation>レスポンスヘッダーの上書き</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="57"/>
        <source>Image processing</source>
        <translation>画像処理</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../window/layout.py" line="113"/>
        <source>Buckets</source>
        <translation>バケット</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="114"/>
        <source>Folders and objects</source>
        <translation>フォルダーとオブジェクト</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="115"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>BucketListModel</name>
    <message>
        <location filename="../models/bucket_list.py" line="106"/>
        <source>Bucket</source>
        <translation>バケット</translation>
    </message>
    <message>
        <location filename="../models/bucket_list.py" line="106"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location filename="../models/bucket_list.py" line="122"/>
        <source>oss://{0} in {1}</source>
        <translation>oss://{0}（{1}）</translation>
    </message>
</context>
<context>
    <name>CopyBar</name>
    <message>
        <location filename="../share/copy_bar.py" line="23"/>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="24"/>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="25"/>
        <source>wget</source>
        <translation>wget</translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="26"/>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="27"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="28"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="29"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="37"/>
        <source>Copy the link as {0}</source>
        <translation>リンクを {0} 形式でコピー</translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="37"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="45"/>
        <location filename="../share/copy_bar.py" line="59"/>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
</context>
<context>
    <name>DetailsLoader</name>
    <message>
        <location filename="../window/details.py" line="90"/>
        <source>Versions unavailable: {0}</source>
        <translation>バージョンを取得できません：{0}</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../widgets/details_pane.py" line="37"/>
        <source>Select an object to see its details and versions.</source>
        <translation>オブジェクトを選択すると、その詳細とバージョンが表示されます。</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="76"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="77"/>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="78"/>
        <source>Storage class</source>
        <translation>ストレージクラス</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="79"/>
        <source>Content type</source>
        <translation>コンテンツタイプ</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="80"/>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="81"/>
        <source>Version ID</source>
        <translation>バージョン ID</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="82"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="97"/>
        <source>Share…</source>
        <translation>共有…</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="100"/>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="101"/>
        <source>Copy a link valid for the profile&apos;s default time (15 minutes unless set)</source>
        <translation>プロファイルの既定の有効期間（未設定なら 15 分）有効なリンクをコピー</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="108"/>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="130"/>
        <source>Enter or double-click shares that version</source>
        <translation>Enter キーまたはダブルクリックでそのバージョンを共有</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="167"/>
        <source>Folder (a common prefix)</source>
        <translation>フォルダー（共通プレフィックス）</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="170"/>
        <source>Press Enter to open this folder.</source>
        <translation>Enter キーを押すとこのフォルダーを開きます。</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="185"/>
        <source>Loading details…</source>
        <translation>詳細を読み込み中…</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="193"/>
        <source>none (versioning off)</source>
        <translation>なし（バージョン管理は無効）</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="198"/>
        <source>Archived: restore it before sharing</source>
        <translation>アーカイブ済み：共有する前に復元してください</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="200"/>
        <source>Restore in progress</source>
        <translation>復元中</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="204"/>
        <source>Restored</source>
        <translation>復元済み</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="212"/>
        <source>No earlier versions.</source>
        <translation>以前のバージョンはありません。</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="214"/>
        <source>{0} versions</source>
        <translation>{0} 個のバージョン</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="244"/>
        <source>{0} ({1} bytes)</source>
        <translation>{0}（{1} バイト）</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../widgets/error_banner.py" line="36"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../widgets/error_banner.py" line="38"/>
        <source>Edit profile…</source>
        <translation>プロファイルを編集…</translation>
    </message>
    <message>
        <location filename="../widgets/error_banner.py" line="43"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ErrorField</name>
    <message>
        <location filename="../error_messages.py" line="203"/>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="204"/>
        <source>AccessKey secret</source>
        <translation>AccessKey シークレット</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="205"/>
        <source>additional header {0}</source>
        <translation>追加ヘッダー {0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="206"/>
        <source>additional headers</source>
        <translation>追加ヘッダー</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="207"/>
        <source>bucket</source>
        <translation>バケット</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="208"/>
        <source>bucket endpoint bucket</source>
        <translation>バケットエンドポイントのバケット</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="209"/>
        <source>custom domain bucket</source>
        <translation>カスタムドメインのバケット</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="210"/>
        <source>deadline</source>
        <translation>期限日時</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="211"/>
        <source>default expiry</source>
        <translation>既定の有効期間</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="212"/>
        <source>endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="213"/>
        <source>expiration</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="214"/>
        <source>expires</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="215"/>
        <source>expiry</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="216"/>
        <source>header &apos;{0}&apos;</source>
        <translation>ヘッダー &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="217"/>
        <source>header {0}</source>
        <translation>ヘッダー {0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="218"/>
        <source>key</source>
        <translation>オブジェクトキー</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="219"/>
        <source>method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="220"/>
        <source>profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="221"/>
        <source>profile {0}</source>
        <translation>プロファイル {0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="222"/>
        <source>profile {0}: {1}</source>
        <translation>プロファイル {0}：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="223"/>
        <source>range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="224"/>
        <source>range behavior</source>
        <translation>範囲の扱い (x-oss-range-behavior)</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="225"/>
        <source>region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="226"/>
        <source>request payer</source>
        <translation>リクエスト支払者 (x-oss-request-payer)</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="227"/>
        <source>retries</source>
        <translation>再試行回数</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="228"/>
        <source>security token</source>
        <translation>セキュリティトークン</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="229"/>
        <source>signature version</source>
        <translation>署名バージョン</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="230"/>
        <source>signing time</source>
        <translation>署名時刻</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="231"/>
        <source>token expiration</source>
        <translation>トークンの有効期限</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="232"/>
        <source>traffic limit</source>
        <translation>帯域制限</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="233"/>
        <source>traffic limit in query</source>
        <translation>クエリの帯域制限</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="234"/>
        <source>version id</source>
        <translation>バージョン ID</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="235"/>
        <source>x-oss-process</source>
        <translation>x-oss-process</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <location filename="../error_messages.py" line="25"/>
        <source>&apos;{0}&apos; comes from environment variables and cannot be saved; choose another name.</source>
        <translation>「{0}」は環境変数から読み込んだものなので保存できません。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="26"/>
        <source>&apos;{0}&apos; comes from environment variables; unset {1} and {2} to remove it.</source>
        <translation>「{0}」は環境変数から読み込んだものです。削除するには {1} と {2} の設定を解除してください。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="27"/>
        <source>&apos;{0}&apos; is not a duration: use seconds or e.g. 15m, 1h, 7d, 1h30m</source>
        <translation>「{0}」は期間として認識できません：秒数、または 15m、1h、7d、1h30m のように指定してください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="28"/>
        <source>&apos;{0}&apos; is not a profile name: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>「{0}」はプロファイル名に使えません：英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; の 1～64 文字で、先頭は英字か数字にしてください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="29"/>
        <source>&apos;{0}&apos; is not a region id: use lower-case letters, digits and hyphens, for example cn-hangzhou</source>
        <translation>「{0}」はリージョン ID ではありません：英小文字、数字、ハイフンを使ってください（例: cn-hangzhou）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="30"/>
        <source>&apos;{0}&apos; is not a valid bucket name: 3 to 63 characters, lower-case letters, digits and hyphens, not starting or ending with a hyphen</source>
        <translation>「{0}」は有効なバケット名ではありません：英小文字、数字、ハイフンの 3～63 文字で、先頭と末尾にハイフンは使えません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="31"/>
        <source>&apos;{0}&apos; is not an ISO 8601 date and time (e.g. 2026-12-01T09:00:00+08:00)</source>
        <translation>「{0}」は ISO 8601 形式の日時ではありません（例: 2026-12-01T09:00:00+08:00）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="32"/>
        <source>a backslash</source>
        <translation>バックスラッシュ</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="33"/>
        <source>a bucket name is required</source>
        <translation>バケット名を入力してください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="34"/>
        <source>a date and time needs a time zone (for example 2026-12-01T12:00:00+08:00 or ...Z)</source>
        <translation>日時にはタイムゾーンが必要です（例: 2026-12-01T12:00:00+08:00 または ...Z）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="35"/>
        <source>a header name may only hold letters, digits and -_.!#$%&amp;&apos;*+^`|~</source>
        <translation>ヘッダー名に使えるのは英字、数字、-_.!#$%&amp;&apos;*+^`|~ だけです</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="36"/>
        <source>a host has no spaces, line breaks, control characters, backslashes or &lt; &gt; &quot; %</source>
        <translation>ホストには空白、改行、制御文字、バックスラッシュ、&lt; &gt; &quot; % は使えません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="37"/>
        <source>a profile named &apos;{0}&apos; exists already (use --replace, or --prefix for new names)</source>
        <translation>「{0}」という名前のプロファイルは既に存在します（--replace を使うか、新しい名前には --prefix を使ってください）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="38"/>
        <source>a region id has at most {0} characters (this one has {1})</source>
        <translation>リージョン ID は {0} 文字以内です（入力は {1} 文字）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="39"/>
        <source>a region is required, for example cn-hangzhou</source>
        <translation>リージョンを入力してください（例: cn-hangzhou）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="40"/>
        <source>a region or an endpoint is required</source>
        <translation>リージョンまたはエンドポイントを入力してください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="41"/>
        <source>a signed header needs a value</source>
        <translation>署名付きヘッダーには値が必要です</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="42"/>
        <source>a V4 signed link is valid for at most 7 days (604,800 seconds); pick a shorter expiry</source>
        <translation>V4 署名のリンクの有効期間は最長 7 日間（604,800 秒）です。より短い有効期間を選んでください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="43"/>
        <source>Access denied: the signing account may not read this object.</source>
        <translation>アクセスが拒否されました：署名したアカウントにはこのオブジェクトの読み取り権限がありません。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="44"/>
        <source>Access to the keyring was refused: the unlock or permission prompt was dismissed. Try again and accept the prompt. {0}</source>
        <translation>キーリングへのアクセスが拒否されました：ロック解除または許可の確認が閉じられました。もう一度試して、確認を許可してください。{0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="45"/>
        <source>after {0} pages the listing {1}, so it would never end; the server is not paging as OSS does, so the listing was stopped</source>
        <translation>{0} ページ取得した後、一覧が終わらない状態になりました（{1}）。サーバーが OSS と同じ方法でページングしていないため、一覧の取得を中止しました</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="46"/>
        <source>ahead of</source>
        <translation>進んでいます</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="47"/>
        <source>an object key is required</source>
        <translation>オブジェクトキーを入力してください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="48"/>
        <source>an object key may be at most {0} bytes in UTF-8 (this one is {1})</source>
        <translation>オブジェクトキーは UTF-8 で {0} バイト以内です（入力は {1} バイト）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="49"/>
        <source>an object key must not start with &apos;/&apos; or &apos;\&apos;</source>
        <translation>オブジェクトキーの先頭に &apos;/&apos; や &apos;\&apos; は使えません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="50"/>
        <source>behind</source>
        <translation>遅れています</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="51"/>
        <source>bytes {0}-{1} is not a range</source>
        <translation>bytes {0}-{1} は有効な範囲ではありません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="52"/>
        <source>cannot be both in the query and in header x-oss-traffic-limit (OSS refuses that): give it once</source>
        <translation>クエリとヘッダー x-oss-traffic-limit の両方には指定できません（OSS が拒否します）：どちらか一方だけにしてください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="53"/>
        <source>cannot be signed into a link</source>
        <translation>リンクの署名に含めることはできません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="54"/>
        <source>contains spaces at its ends or control characters (was it pasted whole?)</source>
        <translation>前後に空白があるか、制御文字が含まれています（正しく貼り付けられましたか？）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="55"/>
        <source>Could not reach the server: {0}</source>
        <translation>サーバーに接続できませんでした：{0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="56"/>
        <source>Could not reach {0}: {1}</source>
        <translation>{0} に接続できませんでした：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="57"/>
        <source>credential mode &apos;{0}&apos; is not supported: ossshare signs with an AccessKey or an STS token</source>
        <translation>認証モード &apos;{0}&apos; には対応していません：ossshare は AccessKey または STS トークンで署名します</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="58"/>
        <source>has a label longer than 63 characters</source>
        <translation>63 文字を超えるラベルがあります</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="59"/>
        <source>has an empty label (two dots in a row, or a dot at an end)</source>
        <translation>空のラベルがあります：ドットが連続しているか、先頭または末尾がドットです</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="60"/>
        <source>is always signed: give it as a signed header instead</source>
        <translation>常に署名されます：代わりに署名付きヘッダーとして指定してください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="61"/>
        <source>is empty: give a host name, optionally with scheme and port</source>
        <translation>空です：ホスト名を指定してください（スキームとポートは付けてもかまいません）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="62"/>
        <source>is given twice</source>
        <translation>2 回指定されています</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="63"/>
        <source>is given twice, also as header {0}: give it once</source>
        <translation>ヘッダー {0} としても指定されていて 2 回になっています：1 回だけ指定してください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="64"/>
        <source>is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="65"/>
        <source>is not valid Unicode text</source>
        <translation>有効な Unicode テキストではありません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="66"/>
        <source>is required</source>
        <translation>入力してください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="67"/>
        <source>is required and must not contain spaces, slashes or control characters</source>
        <translation>入力が必要です。空白、スラッシュ、制御文字は使えません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="68"/>
        <source>is set by the signature itself</source>
        <translation>署名自体によって設定されます</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="69"/>
        <source>is {0} characters long; a host name has at most 253</source>
        <translation>{0} 文字あります。ホスト名は 253 文字以内です</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="70"/>
        <source>it came compressed ({0}, HTTP {1}) although ossshare asked for an uncompressed reply; a proxy or a server that is not OSS may be in the way</source>
        <translation>ossshare は非圧縮の応答を求めましたが、圧縮されて届きました（{0}、HTTP {1}）。途中にプロキシや OSS 以外のサーバーがある可能性があります</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="71"/>
        <source>it could not be read ({0})</source>
        <translation>読み取れませんでした（{0}）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="72"/>
        <source>it does not hold a JSON object</source>
        <translation>JSON オブジェクトが含まれていません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="73"/>
        <source>it has no AccessKey ID and secret</source>
        <translation>AccessKey ID とシークレットがありません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="74"/>
        <source>it has no valid schema version</source>
        <translation>有効なスキーマバージョンがありません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="75"/>
        <source>it holds a number too long to read</source>
        <translation>読み取れないほど長い数値が含まれています</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="76"/>
        <source>it holds text that is not valid Unicode (a lone surrogate escape)</source>
        <translation>有効な Unicode ではないテキスト（対になっていないサロゲートのエスケープ）が含まれています</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="77"/>
        <source>it is larger than {0}, the most ossshare reads for this request (an OSS listing page is far smaller); check that the endpoint is an OSS server</source>
        <translation>このリクエストで ossshare が読み込む上限 {0} を超えています（OSS の一覧ページはずっと小さいはずです）。エンドポイントが OSS のサーバーか確認してください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="78"/>
        <source>it is nested too deeply</source>
        <translation>入れ子が深すぎます</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="79"/>
        <source>it is not UTF-8 text</source>
        <translation>UTF-8 テキストではありません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="80"/>
        <source>it is not valid JSON (line {0}, column {1})</source>
        <translation>有効な JSON ではありません（{0} 行目、{1} 列目）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="81"/>
        <source>Its keyring entries (service &apos;{0}&apos;, users &apos;{1}:secret&apos; and &apos;{2}:sts&apos;) could not be put back as they were either; `ossshare profile remove {3}` deletes them.</source>
        <translation>キーリングのエントリ（サービス &apos;{0}&apos;、ユーザー &apos;{1}:secret&apos; と &apos;{2}:sts&apos;）も元に戻せませんでした。`ossshare profile remove {3}` で削除できます。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="82"/>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="83"/>
        <source>may be at most {0} characters (this one has {1})</source>
        <translation>{0} 文字以内にしてください（入力は {1} 文字）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="84"/>
        <source>may only hold letters, digits, hyphens and underscores between its dots</source>
        <translation>ドットの間には英字、数字、ハイフン、アンダースコアしか使えません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="85"/>
        <source>may only hold visible ASCII characters, no spaces (was it pasted whole?)</source>
        <translation>空白以外の表示可能な ASCII 文字だけを使ってください（正しく貼り付けられましたか？）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="86"/>
        <source>mode is StsToken but there is no STS token</source>
        <translation>モードは StsToken ですが、STS トークンがありません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="87"/>
        <source>must be 4 or 1</source>
        <translation>4 または 1 にしてください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="88"/>
        <source>must be a whole number</source>
        <translation>整数にしてください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="89"/>
        <source>must be a whole number of bit/s, for example 819200</source>
        <translation>bit/s 単位の整数にしてください（例: 819200）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="90"/>
        <source>must be at least one second</source>
        <translation>1 秒以上にしてください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="91"/>
        <source>must be between {0} and {1} bit/s (100 KB/s to 100 MB/s)</source>
        <translation>{0}～{1} bit/s（100 KB/s～100 MB/s）の範囲にしてください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="92"/>
        <source>must be more than zero seconds</source>
        <translation>0 秒より長くしてください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="93"/>
        <source>must be non-empty and hold no control characters</source>
        <translation>空にせず、制御文字を含めないでください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="94"/>
        <source>must be one of {0}</source>
        <translation>{0} のいずれかにしてください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="95"/>
        <source>must be plain ASCII: HTTP clients send other characters differently</source>
        <translation>ASCII 文字だけにしてください：それ以外の文字は HTTP クライアントによって送り方が異なります</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="96"/>
        <source>must be text</source>
        <translation>テキストにしてください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="97"/>
        <source>must be true or false</source>
        <translation>true または false にしてください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="98"/>
        <source>must be zero or more</source>
        <translation>0 以上にしてください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="99"/>
        <source>must end before the year 10000</source>
        <translation>10000 年より前に終わるようにしてください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="100"/>
        <source>must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z</source>
        <translation>1970-01-01T00:00:00Z～9999-12-31T23:59:59Z の範囲にしてください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="101"/>
        <source>must map bucket names to text</source>
        <translation>バケット名からテキストへの対応付けにしてください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="102"/>
        <source>must not be empty (leave it out for the latest version)</source>
        <translation>空にはできません（最新バージョンにするには指定しないでください）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="103"/>
        <source>must not be empty (leave it out to get the object as stored)</source>
        <translation>空にはできません（保存されたままのオブジェクトを取得するには指定しないでください）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="104"/>
        <source>must not contain &apos;_&apos; (OSS refuses header names with underscores; use &apos;-&apos;)</source>
        <translation>&apos;_&apos; は使えません（OSS はアンダースコアを含むヘッダー名を拒否します。&apos;-&apos; を使ってください）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="105"/>
        <source>must not contain line breaks or other control characters</source>
        <translation>改行などの制御文字は使えません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="106"/>
        <source>must not contain spaces, slashes or control characters</source>
        <translation>空白、スラッシュ、制御文字は使えません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="107"/>
        <source>must not contain tabs, line breaks or other control characters</source>
        <translation>タブ、改行などの制御文字は使えません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="108"/>
        <source>must not start or end with spaces (HTTP drops them, so the signature would not match)</source>
        <translation>前後に空白を付けないでください（HTTP では削除されるため、署名が一致しなくなります）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="109"/>
        <source>needs a traffic limit (bit/s) to put in the query</source>
        <translation>クエリに入れる帯域制限（bit/s）が必要です</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="110"/>
        <source>No answer within {0} seconds.</source>
        <translation>{0} 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="111"/>
        <source>no complete reply within {0} s; the server or the network is far too slow. Try again later, or check the endpoint</source>
        <translation>{0} 秒以内に応答が完了しませんでした。サーバーまたはネットワークが非常に遅くなっています。時間をおいて再試行するか、エンドポイントを確認してください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="112"/>
        <source>No keyring is available: no Secret Service, KWallet, Keychain or Credential Manager was found.</source>
        <translation>利用できるキーリングがありません：Secret Service、KWallet、キーチェーン、資格情報マネージャーのいずれも見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="113"/>
        <source>No keyring is available: no Secret Service, KWallet, Keychain or Credential Manager was found. {0}</source>
        <translation>利用できるキーリングがありません：Secret Service、KWallet、キーチェーン、資格情報マネージャーのいずれも見つかりませんでした。{0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="114"/>
        <source>No secret is stored for profile &apos;{0}&apos;.</source>
        <translation>プロファイル「{0}」のシークレットは保存されていません。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="115"/>
        <source>No secure keyring is available: the only backends found ({0}) keep secrets in clear or drop them.</source>
        <translation>安全なキーリングがありません：見つかったバックエンド（{0}）は、シークレットを平文で保存するか破棄してしまいます。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="116"/>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="117"/>
        <source>not a section ossshare knows</source>
        <translation>ossshare が認識しないセクションです</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="118"/>
        <source>only V4 links can sign headers other than x-oss-*</source>
        <translation>x-oss-* 以外のヘッダーを署名できるのは V4 のリンクだけです</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="119"/>
        <source>only x-oss-* request headers can be signed into a link</source>
        <translation>リンクの署名に含められるのは x-oss-* リクエストヘッダーだけです</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="120"/>
        <source>OSS did not accept the signature: check the credentials, the region and the host, and that the signed headers are sent exactly as listed.</source>
        <translation>OSS が署名を受け付けませんでした：認証情報、リージョン、ホストを確認し、署名付きヘッダーが一覧のとおりに送信されているか確認してください。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="121"/>
        <source>OSS does not accept the credentials that signed the link: the AccessKey ID does not exist or is disabled, or the STS token is invalid or has expired. Check the profile&apos;s credentials.</source>
        <translation>リンクに署名した認証情報を OSS が受け付けません：AccessKey ID が存在しないか無効化されているか、STS トークンが無効または期限切れです。プロファイルの認証情報を確認してください。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="122"/>
        <location filename="../error_messages.py" line="290"/>
        <source>OSS gave no explanation</source>
        <translation>OSS から説明はありませんでした</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="123"/>
        <source>ossshare never writes secrets to a file.</source>
        <translation>ossshare がシークレットをファイルに書き込むことはありません。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="124"/>
        <source>per-bucket [buckets ...] sections are not imported</source>
        <translation>バケットごとの [buckets ...] セクションはインポートされません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="125"/>
        <source>reaches too far in the future: no link can last past the year 9999</source>
        <translation>日時が先すぎます：9999 年を超えて有効なリンクは作れません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="126"/>
        <source>scheme &apos;{0}&apos; is not supported: use http or https</source>
        <translation>スキーム &apos;{0}&apos; には対応していません：http または https を使ってください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="127"/>
        <source>Secrets are kept by the keyring backend {0} (not the system&apos;s own store).</source>
        <translation>シークレットはキーリングのバックエンド {0} に保管されます（システム標準のストアではありません）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="128"/>
        <source>Secrets are kept in {0}.</source>
        <translation>シークレットは {0} に保管されます。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="129"/>
        <source>The &apos;{0}&apos; entry of the settings file is not a JSON object, so no saved profile could be read; saving a profile will replace it.</source>
        <translation>設定ファイルの &apos;{0}&apos; の項目が JSON オブジェクトではないため、保存済みのプロファイルを読み込めませんでした。プロファイルを保存すると置き換えられます。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="130"/>
        <source>The configured keyring backend ({0}) keeps secrets in clear or drops them; it is not used.</source>
        <translation>設定されたキーリングのバックエンド（{0}）はシークレットを平文で保存するか破棄するため、使用しません。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="131"/>
        <source>the connection closed before the whole reply arrived</source>
        <translation>応答をすべて受け取る前に接続が切れました</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="132"/>
        <source>the connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="133"/>
        <source>the connection was refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="134"/>
        <source>the expiry is too far in the future: pick a shorter duration</source>
        <translation>有効期限が先すぎます：より短い期間を選んでください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="135"/>
        <source>the host name could not be resolved</source>
        <translation>ホスト名を解決できませんでした</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="136"/>
        <source>The keyring backend {0} is not usable here (priority {1}).</source>
        <translation>キーリングのバックエンド {0} はここでは使用できません（優先度 {1}）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="137"/>
        <source>The keyring could not be used ({0}). {1}</source>
        <translation>キーリングを使用できませんでした（{0}）。{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="138"/>
        <source>The keyring is locked and could not be unlocked. Unlock it (for example by logging in to the desktop, or in your passwords app) and try again. {0}</source>
        <translation>キーリングがロックされていて、解除できませんでした。（デスクトップへのログインやパスワード管理アプリなどで）ロックを解除してから、もう一度お試しください。{0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="139"/>
        <source>the link expired at {0}; sign a new one</source>
        <translation>リンクは {0} に期限切れになりました。新しく署名してください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="140"/>
        <source>The link has expired: make a new one.</source>
        <translation>リンクの有効期限が切れています：新しいリンクを作成してください。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="141"/>
        <source>The link history could not be read ({0}). It was moved to {1} and a new one was started. Links already given out keep working until they expire.</source>
        <translation>リンク履歴を読み取れませんでした（{0}）。{1} に移動し、新しい履歴を開始しました。発行済みのリンクは期限切れまで有効です。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="142"/>
        <source>the link history {0} cannot be read ({1}) and could not be moved aside ({2})</source>
        <translation>リンク履歴 {0} を読み取れず（{1}）、退避もできませんでした（{2}）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="143"/>
        <source>the link history {0} could not be opened: {1}</source>
        <translation>リンク履歴 {0} を開けませんでした：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="144"/>
        <source>the link history {0} was written by a newer ossshare (schema {1}); it is left as it is</source>
        <translation>リンク履歴 {0} は新しいバージョンの ossshare で書き込まれています（スキーマ {1}）。そのままにしておきます</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="145"/>
        <source>The link works: the object can be downloaded.</source>
        <translation>リンクは有効です：オブジェクトをダウンロードできます。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="146"/>
        <source>the link would already have expired: pick a time in the future</source>
        <translation>リンクは既に期限切れになってしまいます：未来の日時を選んでください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="147"/>
        <source>the listing sent {0} empty pages in a row without ending; the server is not paging as OSS does, so the listing was stopped</source>
        <translation>一覧が終わらないまま空のページが {0} 回続きました。サーバーが OSS と同じ方法でページングしていないため、一覧の取得を中止しました</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="148"/>
        <source>the macOS Keychain</source>
        <translation>macOS のキーチェーン</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="149"/>
        <source>The object (or that version of it) does not exist.</source>
        <translation>オブジェクト（またはそのバージョン）が存在しません。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="150"/>
        <source>The object is in Archive or Cold Archive storage and is not restored: restore it first, then share it while the restored copy lasts.</source>
        <translation>オブジェクトはアーカイブまたはコールドアーカイブのストレージにあり、復元されていません：先に復元し、復元されたコピーが有効な間に共有してください。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="151"/>
        <source>the object key is not valid Unicode text</source>
        <translation>オブジェクトキーが有効な Unicode テキストではありません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="152"/>
        <source>the object&apos;s size or date is missing</source>
        <translation>オブジェクトのサイズまたは日付がありません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="153"/>
        <source>The reply from {0} could not be read: {1}</source>
        <translation>{0} からの応答を読み取れませんでした：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="154"/>
        <source>The saved profile &apos;{0}&apos; cannot be used: {1}</source>
        <translation>保存済みのプロファイル「{0}」は使用できません：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="155"/>
        <source>The saved profile &apos;{0}&apos; was skipped: {1}</source>
        <translation>保存済みのプロファイル「{0}」をスキップしました：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="156"/>
        <source>the Secret Service (GNOME Keyring or compatible)</source>
        <translation>Secret Service（GNOME キーリングまたは互換のもの）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="157"/>
        <source>the Secret Service (libsecret)</source>
        <translation>Secret Service (libsecret)</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="158"/>
        <source>The server answered HTTP {0}{1}.</source>
        <translation>サーバーの応答は HTTP {0}{1} でした。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="159"/>
        <source>the server closed the connection without answering</source>
        <translation>サーバーが応答せずに接続を閉じました</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="160"/>
        <source>The settings could not be saved to {0} ({1}).</source>
        <translation>設定を {0} に保存できませんでした（{1}）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="161"/>
        <source>The settings file could not be used because {0}. It was moved to {1} and ossshare started with default settings. Your keyring secrets were not touched.</source>
        <translation>設定ファイルを使用できませんでした（{0}）。ファイルは {1} に移動し、ossshare は既定の設定で起動しました。キーリングのシークレットには触れていません。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="162"/>
        <source>The settings file {0} could not be read ({1}) and was kept as it is; fix or remove it, then try again.</source>
        <translation>設定ファイル {0} を読み取れなかったため（{1}）、そのままにしてあります。修正または削除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="163"/>
        <source>The settings file {0} could not be used because {1}, and it could not be moved aside ({2}). ossshare starts with default settings and will not overwrite that file; fix or remove it to save settings again.</source>
        <translation>設定ファイル {0} を使用できず（{1}）、退避もできませんでした（{2}）。ossshare は既定の設定で起動し、このファイルを上書きしません。再び設定を保存するには、ファイルを修正または削除してください。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="164"/>
        <source>the STS token has expired: renew the profile&apos;s credentials first</source>
        <translation>STS トークンの有効期限が切れています：先にプロファイルの認証情報を更新してください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="165"/>
        <source>The STS token of profile &apos;{0}&apos; expired at {1}; add the profile again with a fresh token.</source>
        <translation>プロファイル「{0}」の STS トークンは {1} に期限切れになりました。新しいトークンでプロファイルを追加し直してください。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="166"/>
        <source>The STS token stored for profile &apos;{0}&apos; could not be read; add the profile again with a fresh token.</source>
        <translation>プロファイル「{0}」に保存された STS トークンを読み取れませんでした。新しいトークンでプロファイルを追加し直してください。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="167"/>
        <source>There is no &apos;{0}&apos; profile: it appears when {1} and {2} are set.</source>
        <translation>プロファイル「{0}」はありません：{1} と {2} を設定すると表示されます。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="168"/>
        <source>there is no [Credentials] section it could belong to</source>
        <translation>所属する [Credentials] セクションがありません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="169"/>
        <source>There is no profile named &apos;{0}&apos;.</source>
        <translation>「{0}」という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="170"/>
        <source>This computer&apos;s clock is {0} minutes {1} the server&apos;s: OSS refuses links signed on it or finds them expired. Correct the clock (or turn on network time), then Renew.</source>
        <translation>このコンピューターの時計はサーバーより {0} 分{1}：このコンピューターで署名したリンクは OSS に拒否されるか、期限切れと判定されます。時計を修正して（またはネットワーク時刻同期を有効にして）から「更新」を押してください。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="171"/>
        <source>timed out after {0} s</source>
        <translation>{0} 秒でタイムアウトしました</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="172"/>
        <source>V4 links are valid at most 7 days ({0} s)</source>
        <translation>V4 のリンクの有効期間は最長 7 日間（{0} 秒）です</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="173"/>
        <source>Windows Credential Manager</source>
        <translation>Windows 資格情報マネージャー</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="174"/>
        <source>{0} could not be read ({1}).</source>
        <translation>{0} を読み取れませんでした（{1}）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="175"/>
        <source>{0} ends in a number but is not an IPv4 address</source>
        <translation>{0} は数字で終わっていますが、IPv4 アドレスではありません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="176"/>
        <source>{0} holds spaces or a line break (the value is not shown: it may hold a secret)</source>
        <translation>{0} に空白または改行が含まれています（シークレットを含む可能性があるため、値は表示しません）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="177"/>
        <source>{0} holds spaces or a line break, so a line of the file looks broken (the value is not shown: it may hold a secret)</source>
        <translation>{0} に空白または改行が含まれているため、ファイルの行が壊れているようです（シークレットを含む可能性があるため、値は表示しません）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="178"/>
        <source>{0} holds {1}: {2}</source>
        <translation>{0} に {1} が含まれています：{2}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="179"/>
        <source>{0} holds {1} (&apos;{2}&apos;): give only a host, optionally with scheme and port</source>
        <translation>{0} に{1}（&apos;{2}&apos;）が含まれています：ホストだけを指定してください（スキームとポートは付けてもかまいません）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="180"/>
        <source>{0} is not a valid international domain name</source>
        <translation>{0} は有効な国際化ドメイン名ではありません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="181"/>
        <source>{0} is not an aliyun CLI configuration file (no profiles list).</source>
        <translation>{0} は aliyun CLI の設定ファイルではありません（profiles の一覧がありません）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="182"/>
        <source>{0} is not an aliyun CLI configuration file (not JSON).</source>
        <translation>{0} は aliyun CLI の設定ファイルではありません（JSON ではありません）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="183"/>
        <source>{0} is not an ossutil configuration file ({1}).</source>
        <translation>{0} は ossutil の設定ファイルではありません（{1}）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="184"/>
        <source>{0} is not UTF-8 text.</source>
        <translation>{0} は UTF-8 テキストではありません。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="185"/>
        <source>{0} names no host</source>
        <translation>{0} にホストが含まれていません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="186"/>
        <source>{0} Nothing was imported; ossshare never writes secrets to a file.</source>
        <translation>{0} 何もインポートされませんでした。ossshare がシークレットをファイルに書き込むことはありません。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="187"/>
        <source>{0}: &apos;{1}&apos; in brackets is not an IPv6 address</source>
        <translation>{0}：角かっこ内の &apos;{1}&apos; は IPv6 アドレスではありません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="188"/>
        <source>{0}: a host name has at most 253 characters</source>
        <translation>{0}：ホスト名は 253 文字以内です</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="189"/>
        <source>{0}: a host name {1}</source>
        <translation>{0}：ホスト名として無効です（{1}）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="190"/>
        <source>{0}: an IPv6 address goes in brackets, e.g. http://[::1]:9000</source>
        <translation>{0}：IPv6 アドレスは角かっこで囲んでください（例: http://[::1]:9000）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="191"/>
        <source>{0}: an IPv6 address needs its closing &apos;]&apos;</source>
        <translation>{0}：IPv6 アドレスに閉じ角かっこ &apos;]&apos; がありません</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="192"/>
        <source>{0}: only &apos;:PORT&apos; may follow an IPv6 address</source>
        <translation>{0}：IPv6 アドレスの後に続けられるのは &apos;:ポート&apos; だけです</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="193"/>
        <source>{0}: the port must be a number from 1 to 65535</source>
        <translation>{0}：ポートは 1～65535 の数値にしてください</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="195"/>
        <source>user information</source>
        <translation>ユーザー情報</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="196"/>
        <source>a path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="197"/>
        <source>a query</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="198"/>
        <source>a fragment</source>
        <translation>フラグメント</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="199"/>
        <source>did not move past its last page marker</source>
        <translation>最後のページマーカーから先に進みませんでした</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="200"/>
        <source>came back to a page marker it had already sent</source>
        <translation>すでに送ったページマーカーに戻りました</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="239"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="292"/>
        <source>{0}. The bucket is served by {1}</source>
        <translation>{0} — このバケットのエンドポイントは {1} です</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="295"/>
        <source>request id {0}</source>
        <translation>リクエスト ID {0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="298"/>
        <source>{0}. ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
</context>
<context>
    <name>ErrorTitle</name>
    <message>
        <location filename="../error_titles.py" line="14"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="15"/>
        <source>Invalid input</source>
        <translation>入力が正しくありません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="16"/>
        <source>Could not reach OSS</source>
        <translation>OSS に接続できませんでした</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="17"/>
        <source>Unreadable reply from OSS</source>
        <translation>OSS からの応答を読み取れません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="18"/>
        <source>Access denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="19"/>
        <source>Signature does not match: check the AccessKey secret and the clock</source>
        <translation>署名が一致しません：AccessKey シークレットと時計を確認してください</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="20"/>
        <source>Unknown AccessKey ID</source>
        <translation>不明な AccessKey ID です</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="21"/>
        <source>Your computer&apos;s clock is off</source>
        <translation>コンピューターの時計がずれています</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="22"/>
        <source>The security token has expired</source>
        <translation>セキュリティトークンの有効期限が切れています</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="23"/>
        <source>The security token is not valid</source>
        <translation>セキュリティトークンが無効です</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="24"/>
        <source>Bucket not found</source>
        <translation>バケットが見つかりません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="25"/>
        <source>Object not found</source>
        <translation>オブジェクトが見つかりません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="26"/>
        <source>Version not found</source>
        <translation>バージョンが見つかりません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="27"/>
        <source>OSS refused a parameter</source>
        <translation>OSS がパラメーターを拒否しました</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="28"/>
        <source>The requested range is not in the object</source>
        <translation>要求された範囲がオブジェクト内にありません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="29"/>
        <source>Invalid bucket name</source>
        <translation>バケット名が無効です</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="30"/>
        <source>Invalid object name</source>
        <translation>オブジェクト名が無効です</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="31"/>
        <source>The object is archived: restore it before downloading</source>
        <translation>オブジェクトはアーカイブされています：ダウンロードする前に復元してください</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="32"/>
        <source>This account is disabled</source>
        <translation>このアカウントは無効化されています</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="33"/>
        <source>The bucket charges the requester</source>
        <translation>このバケットはリクエスター支払いです</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="34"/>
        <source>The bucket must be reached through another endpoint (is the region right?)</source>
        <translation>このバケットには別のエンドポイントからアクセスする必要があります（リージョンは正しいですか？）</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="35"/>
        <source>OSS had an internal error</source>
        <translation>OSS で内部エラーが発生しました</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="36"/>
        <source>OSS is temporarily unavailable</source>
        <translation>OSS は一時的に利用できません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="37"/>
        <source>OSS had a server error</source>
        <translation>OSS でサーバーエラーが発生しました</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="38"/>
        <source>OSS request failed</source>
        <translation>OSS へのリクエストが失敗しました</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="39"/>
        <source>OSS refused the request</source>
        <translation>OSS がリクエストを拒否しました</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="40"/>
        <source>Not authorized</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="41"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="42"/>
        <source>Conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="43"/>
        <source>A precondition failed</source>
        <translation>前提条件を満たしていません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="44"/>
        <source>Too many requests: try again in a moment</source>
        <translation>リクエストが多すぎます：しばらくしてから再試行してください</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="45"/>
        <source>No keyring available</source>
        <translation>利用できるキーリングがありません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="46"/>
        <source>Keyring locked</source>
        <translation>キーリングがロックされています</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="47"/>
        <source>Keyring access refused</source>
        <translation>キーリングへのアクセスが拒否されました</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="48"/>
        <source>Stored secret unreadable</source>
        <translation>保存されたシークレットを読み取れません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="49"/>
        <source>Secret missing</source>
        <translation>シークレットがありません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="50"/>
        <source>STS token expired</source>
        <translation>STS トークンの有効期限切れ</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="51"/>
        <source>Settings not saved</source>
        <translation>設定が保存されていません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="52"/>
        <source>Unknown profile</source>
        <translation>不明なプロファイル</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="53"/>
        <source>Profile is read-only</source>
        <translation>プロファイルは読み取り専用です</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="54"/>
        <source>Profile exists</source>
        <translation>プロファイルは既に存在します</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="55"/>
        <source>Import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="56"/>
        <source>Link too long for a QR code</source>
        <translation>リンクが長すぎて QR コードにできません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="57"/>
        <source>Link history unavailable</source>
        <translation>リンク履歴を利用できません</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="59"/>
        <source>Settings could not be read</source>
        <translation>設定を読み取れませんでした</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="60"/>
        <source>Settings reset</source>
        <translation>設定をリセットしました</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="61"/>
        <source>Profiles skipped</source>
        <translation>スキップしたプロファイル</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="62"/>
        <source>Profile skipped</source>
        <translation>スキップしたプロファイル</translation>
    </message>
</context>
<context>
    <name>ExpiryWidget</name>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>15 minutes</source>
        <translation>15 分</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>8 hours</source>
        <translation>8 時間</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>7 days</source>
        <translation>7 日</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="45"/>
        <source>Profile default ({0})</source>
        <translation>プロファイルの既定値（{0}）</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="47"/>
        <source>Custom duration…</source>
        <translation>期間を指定…</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="48"/>
        <source>Date and time…</source>
        <translation>日時を指定…</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="53"/>
        <source>e.g. 90m, 2h, 3d or seconds</source>
        <translation>例: 90m、2h、3d、または秒数</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="74"/>
        <source>Valid for</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="79"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="130"/>
        <source>{0} UTC</source>
        <translation>{0} UTC</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="134"/>
        <source>{0} local · {1}</source>
        <translation>ローカル時刻 {0} · {1}</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="150"/>
        <source>Capped at {0}, when the STS token expires: a link cannot outlive the temporary credentials that signed it.</source>
        <translation>STS トークンの有効期限である {0} までに制限されます。リンクは、署名に使った一時的な認証情報より長く有効にはなりません。</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="153"/>
        <source>The STS token expires at {0}; links cannot last longer.</source>
        <translation>STS トークンは {0} に期限切れになります。リンクはそれより長く有効にはなりません。</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="155"/>
        <source>V1 (legacy) signature: no 7-day limit applies.</source>
        <translation>V1（旧方式）署名：7 日間の上限はありません。</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="156"/>
        <source>V4 signed links are valid for at most 7 days.</source>
        <translation>V4 署名のリンクの有効期間は最長 7 日間です。</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="164"/>
        <source>Expired — press Renew for a fresh link.</source>
        <translation>期限切れ — 新しいリンクを作るには「更新」を押してください。</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="167"/>
        <source>Expires in {0}</source>
        <translation>残り {0}</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="189"/>
        <source>{0} d {1} h {2} min</source>
        <translation>{0}日 {1}時間 {2}分</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="191"/>
        <source>{0} h {1} min {2} s</source>
        <translation>{0}時間 {1}分 {2}秒</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="193"/>
        <source>{0} min {1} s</source>
        <translation>{0}分 {1}秒</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="194"/>
        <source>{0} s</source>
        <translation>{0}秒</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../window/feedback.py" line="44"/>
        <source>Unlock the keyring, then press Retry</source>
        <translation>キーリングのロックを解除してから「再試行」を押してください</translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="82"/>
        <source>Listing buckets…</source>
        <translation>バケットの一覧を取得中…</translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="84"/>
        <source>Buckets could not be listed</source>
        <translation>バケットの一覧を取得できませんでした</translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="90"/>
        <source>This folder could not be listed</source>
        <translation>このフォルダーの一覧を取得できませんでした</translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="94"/>
        <source>Listing oss://{0}/{1}…</source>
        <translation>oss://{0}/{1} の一覧を取得中…</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../i18n.py" line="23"/>
        <source>1 byte</source>
        <translation>1 バイト</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="25"/>
        <source>{0} bytes</source>
        <translation>{0} バイト</translation>
    </message>
</context>
<context>
    <name>HeadersWidget</name>
    <message>
        <location filename="../share/headers_widget.py" line="35"/>
        <source>Not signed</source>
        <translation>署名なし</translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="37"/>
        <source>Requester pays</source>
        <translation>リクエスター支払い</translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="39"/>
        <source>Header name</source>
        <translation>ヘッダー名</translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="39"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="44"/>
        <source>Add header</source>
        <translation>ヘッダーを追加</translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="45"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>HostWidget</name>
    <message>
        <location filename="../share/host_widget.py" line="26"/>
        <source>Profile endpoint</source>
        <translation>プロファイルのエンドポイント</translation>
    </message>
    <message>
        <location filename="../share/host_widget.py" line="27"/>
        <source>Internal (same-region VPC/ECS only)</source>
        <translation>内部エンドポイント（同一リージョンの VPC/ECS のみ）</translation>
    </message>
    <message>
        <location filename="../share/host_widget.py" line="28"/>
        <source>Transfer acceleration</source>
        <translation>転送アクセラレーション</translation>
    </message>
    <message>
        <location filename="../share/host_widget.py" line="31"/>
        <source>Custom domain {0}</source>
        <translation>カスタムドメイン {0}</translation>
    </message>
</context>
<context>
    <name>IdField</name>
    <message>
        <location filename="../widgets/id_field.py" line="27"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../widgets/id_field.py" line="30"/>
        <source>Copy the whole {0}</source>
        <translation>{0} 全体をコピー</translation>
    </message>
    <message>
        <location filename="../widgets/id_field.py" line="31"/>
        <source>Copy {0}</source>
        <translation>{0} をコピー</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../widgets/import_flow.py" line="57"/>
        <source>Imported {0} from {1}; the secrets are in the keyring.</source>
        <translation>{1} から {0} をインポートしました。シークレットはキーリングに保存されています。</translation>
    </message>
    <message>
        <location filename="../widgets/import_flow.py" line="61"/>
        <source>Nothing was imported from {0}.</source>
        <translation>{0} からは何もインポートされませんでした。</translation>
    </message>
    <message>
        <location filename="../widgets/import_flow.py" line="62"/>
        <source>Import from ossutil</source>
        <translation>ossutil からインポート</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../language_menu.py" line="26"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="32"/>
        <source>System</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="61"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="62"/>
        <source>The new language applies when ossshare starts again. Restart now?</source>
        <translation>新しい言語は ossshare の次回起動時に適用されます。今すぐ再起動しますか？</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="66"/>
        <source>&amp;Restart now</source>
        <translation>今すぐ再起動(&amp;R)</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="67"/>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LinkHistory</name>
    <message>
        <location filename="../links/hooks.py" line="101"/>
        <source>Link history: {0}</source>
        <translation>リンク履歴：{0}</translation>
    </message>
    <message>
        <location filename="../links/hooks.py" line="105"/>
        <source>The link history could not be read; it was moved to {0} and a new one started.</source>
        <translation>リンク履歴を読み取れなかったため、{0} に移動して新しい履歴を開始しました。</translation>
    </message>
</context>
<context>
    <name>LinkTester</name>
    <message>
        <location filename="../share/link_tester.py" line="26"/>
        <source>Test link</source>
        <translation>リンクをテスト</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="27"/>
        <source>Fetch the first byte the way the recipient would, without your credentials</source>
        <translation>受信者と同じように、認証情報なしで先頭の 1 バイトを取得します</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="42"/>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="57"/>
        <source>Only with its signed headers: opened in a browser or from a QR code, it fails.</source>
        <translation>署名付きヘッダーが必要です。ブラウザーや QR コードから開くと失敗します。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="63"/>
        <source>The test could not run: {0}</source>
        <translation>テストを実行できませんでした：{0}</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="68"/>
        <source>OK — the link works (HTTP {0}).</source>
        <translation>OK — リンクは有効です（HTTP {0}）。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="69"/>
        <source>Expired — the link is no longer valid; make a new one (HTTP {0}).</source>
        <translation>期限切れ — このリンクはもう有効ではありません。新しいリンクを作成してください（HTTP {0}）。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="71"/>
        <source>Access denied (HTTP {0}): the signing account may not read this object.</source>
        <translation>アクセス拒否（HTTP {0}）：署名したアカウントにはこのオブジェクトの読み取り権限がありません。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="74"/>
        <source>Archive object not restored (HTTP {0}): restore it, then share it while the copy lasts.</source>
        <translation>アーカイブオブジェクトが復元されていません（HTTP {0}）：復元してから、復元されたコピーが有効な間に共有してください。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="77"/>
        <source>Signature rejected (HTTP {0}): check credentials, region and host.</source>
        <translation>署名が拒否されました（HTTP {0}）：認証情報、リージョン、ホストを確認してください。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="80"/>
        <source>Credentials refused (HTTP {0}): the AccessKey ID is unknown or disabled, or the STS token is invalid or expired. Check the profile.</source>
        <translation>認証情報が拒否されました（HTTP {0}）：AccessKey ID が不明または無効化されているか、STS トークンが無効または期限切れです。プロファイルを確認してください。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="83"/>
        <source>Not found (HTTP {0}): the object or version does not exist.</source>
        <translation>見つかりません（HTTP {0}）：オブジェクトまたはバージョンが存在しません。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="84"/>
        <source>Unexpected answer: HTTP {0}.</source>
        <translation>予期しない応答：HTTP {0}。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="90"/>
        <source>Clock off (HTTP {0}): this computer&apos;s clock is {1} min ahead of the server&apos;s. Correct it, then Renew.</source>
        <translation>時計のずれ（HTTP {0}）：このコンピューターの時計はサーバーより {1} 分進んでいます。修正してから「更新」を押してください。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="95"/>
        <source>Clock off (HTTP {0}): this computer&apos;s clock is {1} min behind the server&apos;s. Correct it, then Renew.</source>
        <translation>時計のずれ（HTTP {0}）：このコンピューターの時計はサーバーより {1} 分遅れています。修正してから「更新」を押してください。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="101"/>
        <source>Network error: {0}</source>
        <translation>ネットワークエラー：{0}</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="99"/>
        <location filename="../share/link_tester.py" line="104"/>
        <source>OSS says: {0} {1}</source>
        <translation>OSS の応答：{0} {1}</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <location filename="../links/model.py" line="25"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="28"/>
        <source>{0} d {1} h</source>
        <translation>{0}日 {1}時間</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="30"/>
        <source>{0} h {1} min</source>
        <translation>{0}時間 {1}分</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="32"/>
        <source>{0} min {1} s</source>
        <translation>{0}分 {1}秒</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="33"/>
        <source>{0} s</source>
        <translation>{0}秒</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="122"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="122"/>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="122"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="122"/>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="122"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="123"/>
        <source>Object check</source>
        <translation>オブジェクトの確認</translation>
    </message>
</context>
<context>
    <name>LinksWindow</name>
    <message>
        <location filename="../links/window.py" line="55"/>
        <source>Links given out — ossshare</source>
        <translation>発行したリンク — ossshare</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="65"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="65"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="65"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="68"/>
        <source>All buckets</source>
        <translation>すべてのバケット</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="70"/>
        <source>Filter by name or note</source>
        <translation>名前またはメモで絞り込み</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="90"/>
        <source>OSS cannot revoke a single presigned link: it works until it expires. Before then it stops only if the object is deleted or renamed, the AccessKey that signed it is disabled or deleted (or the STS token that signed it expires), or a bucket policy denies the request. A link to an object replaced under the same name gives the new content. Forget removes a link from this list only.</source>
        <translation>OSS では個々の署名付き URL を取り消すことはできず、リンクは期限切れまで有効です。それより前に使えなくなるのは、オブジェクトが削除または名前変更された場合、署名した AccessKey が無効化または削除された場合（または署名した STS トークンが期限切れになった場合）、バケットポリシーがリクエストを拒否した場合だけです。同じ名前で置き換えられたオブジェクトへのリンクは新しい内容を返します。「忘れる」はこの一覧からリンクを消すだけです。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="99"/>
        <source>&amp;Copy again</source>
        <translation>もう一度コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="100"/>
        <source>The same link, signed again: it ends when the one given out ends</source>
        <translation>同じリンクを再署名します。発行済みのリンクと同時に期限切れになります</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>15 minutes</source>
        <translation>15 分</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>8 hours</source>
        <translation>8 時間</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>7 days</source>
        <translation>7 日</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="105"/>
        <source>&amp;Renew for</source>
        <translation>期間を指定して更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="106"/>
        <source>A new link for the same object and options, from now</source>
        <translation>同じオブジェクトとオプションで、今から有効な新しいリンクを作成します</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="107"/>
        <source>C&amp;heck object</source>
        <translation>オブジェクトを確認(&amp;H)</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="108"/>
        <source>Ask OSS whether the object was deleted or replaced since</source>
        <translation>その後オブジェクトが削除または置き換えられていないか OSS に問い合わせます</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="109"/>
        <source>&amp;Forget</source>
        <translation>忘れる(&amp;F)</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="110"/>
        <source>Remove from this list (Delete); the link keeps working</source>
        <translation>この一覧から消します（Delete キー）。リンク自体は引き続き有効です</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="203"/>
        <source>Made {0} with profile {1}; valid until {2}.</source>
        <translation>{0} にプロファイル {1} で作成。{2} まで有効。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="204"/>
        <location filename="../links/window.py" line="315"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="212"/>
        <source>The STS token that signs for this profile expires at {0}: the link stops then.</source>
        <translation>このプロファイルの署名に使う STS トークンは {0} に期限切れになります。リンクもその時点で無効になります。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="214"/>
        <source>The profile&apos;s STS token lasts longer than this link ({0}).</source>
        <translation>プロファイルの STS トークンはこのリンクより長く有効です（{0} まで）。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="218"/>
        <source>It opens version {0}, whatever is written later.</source>
        <translation>後で何が書き込まれても、バージョン {0} を開きます。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="235"/>
        <source>This link has expired: Renew makes a new one.</source>
        <translation>このリンクは期限切れです。「更新」で新しいリンクを作成できます。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="260"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="268"/>
        <source>Forgot {0} links. Links already given out keep working until they expire.</source>
        <translation>{0} 件のリンクを一覧から消しました。発行済みのリンクは期限切れまで有効です。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="273"/>
        <source>Copied a link valid until {0}.</source>
        <translation>{0} まで有効なリンクをコピーしました。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="275"/>
        <source>It ends early, at {0}, when the STS token that signs it expires.</source>
        <translation>署名した STS トークンが期限切れになる {0} に、早めに無効になります。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="280"/>
        <source>Whoever uses it must send these headers: {0}</source>
        <translation>使用する人は次のヘッダーを送信する必要があります：{0}</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="289"/>
        <source>Deleted: the object is gone, so the link answers “not found”.</source>
        <translation>削除済み：オブジェクトが存在しないため、リンクは「見つかりません」を返します。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="291"/>
        <source>Replaced: the object changed since the link was made; the link gives the new content.</source>
        <translation>置き換え済み：リンク作成後にオブジェクトが変更されました。リンクは新しい内容を返します。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="294"/>
        <source>Unchanged since the link was made.</source>
        <translation>リンク作成後、変更はありません。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="295"/>
        <source>The object is there (no ETag was recorded to tell a replacement).</source>
        <translation>オブジェクトは存在します（置き換えを判別する ETag は記録されていません）。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="299"/>
        <source>The STS token expires at {0}: links it signed stop then.</source>
        <translation>STS トークンは {0} に期限切れになります。署名したリンクはその時点で無効になります。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="314"/>
        <source>The profile {0} that made this link is not available here: it cannot be signed again.</source>
        <translation>このリンクを作成したプロファイル {0} はここでは利用できないため、再署名できません。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="95"/>
        <source>ossshare</source>
        <translation>ossshare</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="106"/>
        <source>Starting…</source>
        <translation>起動しています…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>The window could not be built (a bug in ossshare): please report it, with what it printed.</source>
        <translation>ウィンドウを作成できませんでした（ossshare の不具合です）。出力された内容を添えて報告してください。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="221"/>
        <source>{0} — ossshare</source>
        <translation>{0} — ossshare</translation>
    </message>
</context>
<context>
    <name>ManageProfilesDialog</name>
    <message>
        <location filename="../widgets/manage_profiles.py" line="48"/>
        <source>Manage profiles</source>
        <translation>プロファイルの管理</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="59"/>
        <source>Saved profiles</source>
        <translation>保存済みプロファイル</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="63"/>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="64"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="65"/>
        <source>Re&amp;name</source>
        <translation>名前を変更(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="66"/>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="67"/>
        <source>Open at &amp;start</source>
        <translation>起動時に開く(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="68"/>
        <source>Open this profile when ossshare starts (instead of the last one used)</source>
        <translation>ossshare の起動時に（前回使用したものではなく）このプロファイルを開きます</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="88"/>
        <source>Secrets stay in the system keyring; removing a profile deletes its secret there too.</source>
        <translation>シークレットはシステムのキーリングに保管されます。プロファイルを削除すると、そこにあるシークレットも削除されます。</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="121"/>
        <source>{0} (environment variables, read-only)</source>
        <translation>{0}（環境変数、読み取り専用）</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="124"/>
        <source>opens at start</source>
        <translation>起動時に開く</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="126"/>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="127"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="172"/>
        <source>Remove profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="173"/>
        <source>Remove the profile &apos;{0}&apos; and delete its secret from the keyring?</source>
        <translation>プロファイル「{0}」を削除し、そのシークレットをキーリングから削除しますか？</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="177"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="192"/>
        <source>&apos;{0}&apos; opens when ossshare starts.</source>
        <translation>ossshare の起動時に「{0}」を開きます。</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="208"/>
        <source>&apos;{0}&apos; is now &apos;{1}&apos;.</source>
        <translation>「{0}」を「{1}」に変更しました。</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="218"/>
        <source>&apos;{0}&apos; removed, but its secret could not be deleted from the keyring: {1}</source>
        <translation>「{0}」を削除しましたが、そのシークレットをキーリングから削除できませんでした：{1}</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="222"/>
        <source>The secret of &apos;{0}&apos; was deleted, but the settings file could not be changed: {1}</source>
        <translation>「{0}」のシークレットは削除しましたが、設定ファイルを変更できませんでした：{1}</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="226"/>
        <source>&apos;{0}&apos; removed, and its secret deleted from the keyring.</source>
        <translation>「{0}」を削除し、そのシークレットをキーリングから削除しました。</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="227"/>
        <source>&apos;{0}&apos; removed (the keyring held no secret for it).</source>
        <translation>「{0}」を削除しました（キーリングにシークレットはありませんでした）。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../window/navigation.py" line="71"/>
        <source>Nothing named {0} here</source>
        <translation>ここに {0} という名前のものはありません</translation>
    </message>
    <message>
        <location filename="../window/navigation.py" line="191"/>
        <source>Locating bucket {0}…</source>
        <translation>バケット {0} を探しています…</translation>
    </message>
    <message>
        <location filename="../window/navigation.py" line="233"/>
        <source>You can still open a bucket by name: press Ctrl+L and type oss://bucket/.</source>
        <translation>バケットは名前で開くこともできます：Ctrl+L を押して oss://bucket/ と入力してください。</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../window/layout.py" line="32"/>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="41"/>
        <source>Profile: the account and region to browse</source>
        <translation>プロファイル：閲覧するアカウントとリージョン</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="42"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="43"/>
        <source>Profile:</source>
        <translation>プロファイル：</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="55"/>
        <source>Filter this folder (Ctrl+F)</source>
        <translation>このフォルダーを絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="59"/>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="61"/>
        <source>Clear filter</source>
        <translation>絞り込みを解除</translation>
    </message>
</context>
<context>
    <name>ObjectActions</name>
    <message>
        <location filename="../window/object_actions.py" line="136"/>
        <source>Link copied, valid until {0}</source>
        <translation>リンクをコピーしました（{0} まで有効）</translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="138"/>
        <source>{0} links copied, valid until {1}</source>
        <translation>{0} 件のリンクをコピーしました（{1} まで有効）</translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="141"/>
        <source> (it needs signed headers: use Share… for a curl command)</source>
        <translation> （署名付きヘッダーが必要です：curl コマンドは「共有…」から取得してください）</translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="143"/>
        <source> — archived: OSS refuses the download until the object is restored</source>
        <translation> — アーカイブ済み：オブジェクトを復元するまで OSS はダウンロードを拒否します</translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="163"/>
        <source>{0} paths</source>
        <translation>{0} 件のパス</translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="164"/>
        <source>Copied {0}</source>
        <translation>{0} をコピーしました</translation>
    </message>
</context>
<context>
    <name>ObjectListModel</name>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Last modified</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Storage class</source>
        <translation>ストレージクラス</translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="304"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
</context>
<context>
    <name>ObjectWarning</name>
    <message>
        <location filename="../share/object_warning.py" line="25"/>
        <source>The latest version of this object is a delete marker: the link answers 404 Not Found. Choose an earlier version to share it.</source>
        <translation>このオブジェクトの最新バージョンは削除マーカーのため、リンクは 404 Not Found を返します。共有するには以前のバージョンを選択してください。</translation>
    </message>
    <message>
        <location filename="../share/object_warning.py" line="31"/>
        <source>This {0} object is being restored: the link fails until the restore finishes.</source>
        <translation>この {0} オブジェクトは復元中です。復元が完了するまでリンクは使えません。</translation>
    </message>
    <message>
        <location filename="../share/object_warning.py" line="35"/>
        <source>This object is in {0} storage and not restored: the link will fail until you restore it, and works only while the restored copy lasts.</source>
        <translation>このオブジェクトはストレージクラス {0} にあり、復元されていません。復元するまでリンクは使えず、復元されたコピーが有効な間だけ使えます。</translation>
    </message>
    <message>
        <location filename="../share/object_warning.py" line="39"/>
        <source>This version is in {0} storage: it can be downloaded only once restored.</source>
        <translation>このバージョンはストレージクラス {0} にあります。復元しないとダウンロードできません。</translation>
    </message>
</context>
<context>
    <name>OptionsSection</name>
    <message>
        <location filename="../share/options_section.py" line="20"/>
        <source>&amp;Options</source>
        <translation>オプション(&amp;O)</translation>
    </message>
</context>
<context>
    <name>OptionsSummary</name>
    <message>
        <location filename="../share/options_summary.py" line="28"/>
        <source>until {0}</source>
        <translation>{0} まで</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="35"/>
        <source>internal host</source>
        <translation>内部ホスト</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="37"/>
        <source>transfer acceleration</source>
        <translation>転送アクセラレーション</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="39"/>
        <source>on {0}</source>
        <translation>{0} 経由</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="48"/>
        <source>download as {0}</source>
        <translation>{0} としてダウンロード</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="49"/>
        <source>download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="51"/>
        <source>shown in the browser</source>
        <translation>ブラウザーで表示</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="54"/>
        <source>type {0}</source>
        <translation>タイプ {0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="56"/>
        <source>cache {0}</source>
        <translation>キャッシュ {0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="58"/>
        <source>language {0}</source>
        <translation>言語 {0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="60"/>
        <source>at most {0} KB/s</source>
        <translation>最大 {0} KB/s</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="80"/>
        <source>version {0}</source>
        <translation>バージョン {0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="84"/>
        <source>processed: {0}</source>
        <translation>処理：{0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="87"/>
        <source>needs a header</source>
        <translation>ヘッダーが必要</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="89"/>
        <source>needs {0} headers</source>
        <translation>ヘッダーが {0} 個必要</translation>
    </message>
</context>
<context>
    <name>OverridesWidget</name>
    <message>
        <location filename="../share/overrides_widget.py" line="42"/>
        <source>As stored</source>
        <translation>保存時のまま</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="43"/>
        <source>Download (attachment)</source>
        <translation>ダウンロード (attachment)</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="44"/>
        <source>Show in browser (inline)</source>
        <translation>ブラウザーで表示 (inline)</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="46"/>
        <source>file name the recipient saves</source>
        <translation>受信者が保存するファイル名</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="48"/>
        <source>as stored, e.g. application/pdf</source>
        <translation>保存時のまま、例: application/pdf</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="50"/>
        <source>as stored, e.g. no-cache</source>
        <translation>保存時のまま、例: no-cache</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="52"/>
        <source>as stored, e.g. zh-CN</source>
        <translation>保存時のまま、例: zh-CN</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="56"/>
        <source> KB/s</source>
        <translation> KB/s</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="57"/>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="67"/>
        <source>Open as</source>
        <translation>開き方</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="68"/>
        <source>Content type</source>
        <translation>コンテンツタイプ</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="69"/>
        <source>Cache control</source>
        <translation>キャッシュ制御</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="70"/>
        <source>Content language</source>
        <translation>コンテンツの言語</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="71"/>
        <source>Traffic limit</source>
        <translation>帯域制限</translation>
    </message>
</context>
<context>
    <name>PathBar</name>
    <message>
        <location filename="../widgets/path_bar.py" line="23"/>
        <source>Only oss:// paths and http(s) links to objects can be opened.</source>
        <translation>開けるのは oss:// パスと、オブジェクトへの http(s) リンクだけです。</translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="28"/>
        <source>Choose a bucket first, or type oss://bucket/folder/.</source>
        <translation>先にバケットを選択するか、oss://bucket/folder/ と入力してください。</translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="32"/>
        <source>This path names no bucket: type oss://bucket/folder/.</source>
        <translation>このパスにはバケットが含まれていません：oss://bucket/folder/ と入力してください。</translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="52"/>
        <source>Click empty space or press Ctrl+L to type a path</source>
        <translation>空白部分をクリックするか Ctrl+L を押してパスを入力</translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="57"/>
        <source>oss://bucket/folder/ or a link to an object</source>
        <translation>oss://bucket/folder/ またはオブジェクトへのリンク</translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="117"/>
        <source>Choose a bucket</source>
        <translation>バケットを選択</translation>
    </message>
    <message>
        <location filename="../widgets/link_places.py" line="64"/>
        <source>This link names no host.</source>
        <translation>このリンクにはホストが含まれていません。</translation>
    </message>
    <message>
        <location filename="../widgets/link_places.py" line="70"/>
        <source>This link names no bucket: {0} is a service address.</source>
        <translation>このリンクにはバケットが含まれていません：{0} はサービスのアドレスです。</translation>
    </message>
    <message>
        <location filename="../widgets/link_places.py" line="78"/>
        <source>No bucket can be read from a link on {0}: it is not an OSS host, nor this profile&apos;s endpoint or one of its custom domains.</source>
        <translation>{0} 上のリンクからはバケットを読み取れません：OSS のホストでも、このプロファイルのエンドポイントやカスタムドメインでもありません。</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../problems.py" line="42"/>
        <source>Unexpected problem</source>
        <translation>予期しない問題</translation>
    </message>
    <message>
        <location filename="../problems.py" line="43"/>
        <source>Something unexpected went wrong ({0}). Try again; if it keeps happening, please report it.</source>
        <translation>予期しない問題が発生しました（{0}）。もう一度お試しください。繰り返し発生する場合はご報告ください。</translation>
    </message>
</context>
<context>
    <name>ProcessWidget</name>
    <message>
        <location filename="../share/process_widget.py" line="54"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="64"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="65"/>
        <location filename="../share/process_widget.py" line="98"/>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="66"/>
        <source>Resize or convert an image</source>
        <translation>画像のサイズ変更・形式変換</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="67"/>
        <source>Video snapshot</source>
        <translation>動画のスナップショット</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="70"/>
        <source>style name, as set up on the bucket</source>
        <translation>バケットに設定したスタイル名</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="71"/>
        <location filename="../share/process_widget.py" line="75"/>
        <location filename="../share/process_widget.py" line="80"/>
        <source>keep</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="81"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="85"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="86"/>
        <location filename="../share/process_widget.py" line="87"/>
        <source>video&apos;s</source>
        <translation>動画のまま</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="93"/>
        <source>e.g. image/resize,w_200 — signed as written</source>
        <translation>例: image/resize,w_200 — 記述どおりに署名されます</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="101"/>
        <location filename="../share/process_widget.py" line="107"/>
        <source>Width × height</source>
        <translation>幅 × 高さ</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="102"/>
        <location filename="../share/process_widget.py" line="108"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="103"/>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="106"/>
        <source>At</source>
        <translation>撮影時点</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="118"/>
        <source>Processing</source>
        <translation>処理</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../widgets/profile_dialog.py" line="55"/>
        <source>Edit profile</source>
        <translation>プロファイルを編集</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="55"/>
        <source>Add profile</source>
        <translation>プロファイルを追加</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="60"/>
        <source>e.g. work</source>
        <translation>例: work</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="67"/>
        <source>leave empty to keep the stored secret</source>
        <translation>空欄のままにすると保存済みのシークレットを使います</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="67"/>
        <location filename="../widgets/profile_dialog.py" line="117"/>
        <source>AccessKey secret</source>
        <translation>AccessKey シークレット</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="71"/>
        <source>only for STS credentials</source>
        <translation>STS 認証情報の場合のみ</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="76"/>
        <source>optional: a custom endpoint host</source>
        <translation>省略可：カスタムエンドポイントのホスト</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="77"/>
        <source>Internal (VPC)</source>
        <translation>内部 (VPC)</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="78"/>
        <source>Accelerate</source>
        <translation>アクセラレーション</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="79"/>
        <source>Dual-stack</source>
        <translation>デュアルスタック</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="80"/>
        <source>Path-style</source>
        <translation>パス形式</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="81"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="89"/>
        <source>15 minutes (default)</source>
        <translation>15 分（既定）</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="90"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="92"/>
        <source>V4 (recommended)</source>
        <translation>V4（推奨）</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="93"/>
        <source>V1 (legacy endpoints)</source>
        <translation>V1（旧エンドポイント用）</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="96"/>
        <source>Profile name:</source>
        <translation>プロファイル名：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="97"/>
        <source>AccessKey ID:</source>
        <translation>AccessKey ID：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="98"/>
        <source>AccessKey secret:</source>
        <translation>AccessKey シークレット：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="99"/>
        <source>STS token:</source>
        <translation>STS トークン：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="100"/>
        <source>Region:</source>
        <translation>リージョン：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="101"/>
        <source>Endpoint:</source>
        <translation>エンドポイント：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="103"/>
        <source>Default link expiry:</source>
        <translation>リンクの既定の有効期間：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="104"/>
        <source>Signature:</source>
        <translation>署名：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="115"/>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="116"/>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="118"/>
        <source>STS token</source>
        <translation>STS トークン</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="119"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="120"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="121"/>
        <source>Default link expiry</source>
        <translation>リンクの既定の有効期間</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="131"/>
        <source>Checking the system keyring…</source>
        <translation>システムのキーリングを確認中…</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="133"/>
        <source>Keep the secret for this session only (forgotten when ossshare quits)</source>
        <translation>シークレットをこのセッションの間だけ保持する（ossshare の終了時に破棄）</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="161"/>
        <source>The secret will be stored in {0}. Nothing secret is written to a file.</source>
        <translation>シークレットは {0} に保存されます。秘密情報がファイルに書き込まれることはありません。</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="165"/>
        <source>{0} Nothing secret is written to a file.</source>
        <translation>{0} 秘密情報がファイルに書き込まれることはありません。</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="169"/>
        <source>{0} ossshare never writes secrets to a file.</source>
        <translation>{0} ossshare がシークレットをファイルに書き込むことはありません。</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="179"/>
        <source>The keyring could not be checked.</source>
        <translation>キーリングを確認できませんでした。</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="241"/>
        <source>a name is required</source>
        <translation>名前を入力してください</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="259"/>
        <source>is required</source>
        <translation>入力してください</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="261"/>
        <source>enter the secret that comes with the new STS token</source>
        <translation>新しい STS トークンと対になるシークレットを入力してください</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="264"/>
        <source>a new AccessKey ID needs its own secret</source>
        <translation>新しい AccessKey ID には対応するシークレットが必要です</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="309"/>
        <source>memory for this session only</source>
        <translation>このセッション限りのメモリ</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../window/profiles.py" line="47"/>
        <source>Demo (offline sandbox)</source>
        <translation>デモ（オフラインのサンドボックス）</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="49"/>
        <source>Environment variables</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="54"/>
        <source>Reading profiles…</source>
        <translation>プロファイルを読み込み中…</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="67"/>
        <source>Unknown profile</source>
        <translation>不明なプロファイル</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="67"/>
        <source>There is no profile named &apos;{0}&apos;.</source>
        <translation>「{0}」という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="85"/>
        <source>{0} settings problems</source>
        <translation>設定の問題 {0} 件</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="121"/>
        <source>Profile: the account and region to browse</source>
        <translation>プロファイル：閲覧するアカウントとリージョン</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="122"/>
        <source>In use: {0} — {1}, {2}</source>
        <translation>使用中：{0} — {1}、{2}</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="141"/>
        <source>Starting the demo sandbox…</source>
        <translation>デモ用サンドボックスを起動中…</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="143"/>
        <source>Opening {0}…</source>
        <translation>{0} を開いています…</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="183"/>
        <source>No profile yet</source>
        <translation>プロファイルがありません</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="210"/>
        <source>Profile &apos;{0}&apos; saved; its secret is in {1}.</source>
        <translation>プロファイル「{0}」を保存しました。シークレットの保存先：{1}</translation>
    </message>
</context>
<context>
    <name>QrFullScreen</name>
    <message>
        <location filename="../share/qr_widget.py" line="149"/>
        <source>QR code — press Esc to close</source>
        <translation>QR コード — Esc キーで閉じる</translation>
    </message>
    <message>
        <location filename="../share/qr_widget.py" line="159"/>
        <source>Scan with a phone camera. Esc or a click closes this view.</source>
        <translation>スマートフォンのカメラで読み取ってください。Esc キーまたはクリックでこの表示を閉じます。</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <location filename="../share/qr_panel.py" line="44"/>
        <source>Full screen</source>
        <translation>全画面表示</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="47"/>
        <source>Recovery 7% (L)</source>
        <translation>復元能力 7% (L)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="48"/>
        <source>Recovery 15% (M)</source>
        <translation>復元能力 15% (M)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="49"/>
        <source>Recovery 25% (Q)</source>
        <translation>復元能力 25% (Q)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="50"/>
        <source>Recovery 30% (H)</source>
        <translation>復元能力 30% (H)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="56"/>
        <source>Error correction: how much of the code may be hidden or damaged; more makes it denser</source>
        <translation>誤り訂正レベル：コードがどれだけ隠れたり傷ついたりしても読めるか。高くするほどコードは細かくなります</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="58"/>
        <source>Save or copy</source>
        <translation>保存またはコピー</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="60"/>
        <source>Save PNG…</source>
        <translation>PNG を保存…</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="61"/>
        <source>Save SVG…</source>
        <translation>SVG を保存…</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="62"/>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="143"/>
        <source>The link is too long for a QR code at this level: choose L, or a shorter link.</source>
        <translation>このレベルではリンクが長すぎて QR コードにできません：L を選ぶか、短いリンクにしてください。</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="144"/>
        <source>No link</source>
        <translation>リンクなし</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="151"/>
        <source>Version {0} · {1}×{1} modules · level {2}</source>
        <translation>バージョン {0} · {1}×{1} モジュール · レベル {2}</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="157"/>
        <source>Dense code (version {0}): phones may struggle to read it from a screen. Use full screen, level L, or a shorter link (fewer options, no STS token).</source>
        <translation>高密度のコード（バージョン {0}）：スマートフォンでは画面から読み取りにくいことがあります。全画面表示やレベル L を使うか、リンクを短くしてください（オプションを減らす、STS トークンを使わない）。</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="163"/>
        <source>This link needs signed headers a phone cannot send: scanning it will fail.</source>
        <translation>このリンクにはスマートフォンから送信できない署名付きヘッダーが必要なため、読み取っても開けません。</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="187"/>
        <source>QR code copied as an image.</source>
        <translation>QR コードを画像としてコピーしました。</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="190"/>
        <source>Save QR code</source>
        <translation>QR コードを保存</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="193"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="193"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="210"/>
        <source>Could not save the QR code</source>
        <translation>QR コードを保存できませんでした</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="215"/>
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
</context>
<context>
    <name>QrSheet</name>
    <message>
        <location filename="../batch/qr_sheet.py" line="63"/>
        <source>Download links — page {0} of {1}</source>
        <translation>ダウンロードリンク — {0} / {1} ページ</translation>
    </message>
    <message>
        <location filename="../batch/qr_sheet.py" line="78"/>
        <source>This link is too long for a QR code.</source>
        <translation>このリンクは長すぎて QR コードにできません。</translation>
    </message>
    <message>
        <location filename="../batch/qr_sheet.py" line="85"/>
        <source>Expires {0}</source>
        <translation>有効期限 {0}</translation>
    </message>
    <message>
        <location filename="../batch/qr_sheet.py" line="126"/>
        <source>cannot write {0}</source>
        <translation>{0} を書き込めません</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../share/qr_widget.py" line="126"/>
        <source>Too small to scan here: double-click for the full-screen code.</source>
        <translation>ここでは小さすぎて読み取れません：ダブルクリックで全画面表示にしてください。</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../share/result_panel.py" line="55"/>
        <source>The key has a &apos;.&apos; or &apos;..&apos; folder in its path: browsers and most download tools rewrite such a path, so the link fails there (curl --path-as-is works).</source>
        <translation>キーのパスに「.」または「..」のフォルダーが含まれています。ブラウザーや多くのダウンロードツールはこのようなパスを書き換えるため、リンクは失敗します（curl --path-as-is なら使えます）。</translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="60"/>
        <source>OSS&apos;s own domains make browsers download files even when asked to show them: showing inline needs a custom domain bound to the bucket.</source>
        <translation>OSS 自身のドメインでは、表示を指定してもブラウザーはファイルをダウンロードします。インライン表示にはバケットにバインドしたカスタムドメインが必要です。</translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="64"/>
        <source>OSS may refuse to override the content type on its own domains; use Test link to check, or a custom domain.</source>
        <translation>OSS 自身のドメインでは、コンテンツタイプの上書きが拒否されることがあります。「リンクをテスト」で確認するか、カスタムドメインを使ってください。</translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="74"/>
        <source>Signed headers the recipient must send:
{0}</source>
        <translation>受信者が送信する必要がある署名付きヘッダー：
{0}</translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="77"/>
        <source>A browser or a phone cannot send these headers, so opening the link there fails. Send the curl (or wget, PowerShell, Python) form instead.</source>
        <translation>ブラウザーやスマートフォンはこれらのヘッダーを送信できないため、そこでリンクを開くと失敗します。代わりに curl（または wget、PowerShell、Python）形式を送ってください。</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../share/dialog.py" line="101"/>
        <source>Share {0}</source>
        <translation>{0} を共有</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="120"/>
        <source>Renew</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="121"/>
        <source>Sign again from now</source>
        <translation>今の時刻から署名し直します</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="56"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="57"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="58"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="62"/>
        <source>Response overrides and traffic limit</source>
        <translation>レスポンスヘッダーの上書きと帯域制限</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="63"/>
        <source>Image processing</source>
        <translation>画像処理</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="61"/>
        <source>Signed request headers</source>
        <translation>署名付きリクエストヘッダー</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="239"/>
        <source>No link: {0}</source>
        <translation>リンクなし：{0}</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="249"/>
        <source>No link: this link has expired. Press Renew for a fresh one.</source>
        <translation>リンクなし：このリンクは期限切れです。新しいリンクを作るには「更新」を押してください。</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="295"/>
        <source>No connection</source>
        <translation>接続なし</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="310"/>
        <source>That version is gone or is a delete marker: the latest is shown.</source>
        <translation>そのバージョンは存在しないか削除マーカーのため、最新バージョンを表示しています。</translation>
    </message>
</context>
<context>
    <name>SignatureChoice</name>
    <message>
        <location filename="../share/signature_choice.py" line="14"/>
        <source>V4 (OSS4-HMAC-SHA256)</source>
        <translation>V4 (OSS4-HMAC-SHA256)</translation>
    </message>
    <message>
        <location filename="../share/signature_choice.py" line="15"/>
        <source>V1 (legacy HMAC-SHA1)</source>
        <translation>V1（旧方式 HMAC-SHA1）</translation>
    </message>
</context>
<context>
    <name>SortLoader</name>
    <message>
        <location filename="../window/sorting.py" line="87"/>
        <source>Loading the whole folder to sort it: {0} so far…</source>
        <translation>並べ替えのためフォルダー全体を読み込み中：現在 {0} 行…</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="102"/>
        <source>Sorted: only the {0} loaded so far (scroll or re-sort to load more)</source>
        <translation>並べ替え済み：読み込み済みの {0} 行のみ（さらに読み込むにはスクロールするか、並べ替え直してください）</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="113"/>
        <source>Sort a large folder</source>
        <translation>大きなフォルダーの並べ替え</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="114"/>
        <source>{0} keys are loaded and the folder holds more. Load all of them to sort it?</source>
        <translation>{0} 個のキーを読み込みましたが、フォルダーにはさらにあります。すべて読み込んで並べ替えますか？</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="118"/>
        <source>Load all</source>
        <translation>すべて読み込む</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="119"/>
        <source>Sort the loaded ones</source>
        <translation>読み込み済みのみ並べ替え</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="123"/>
        <source>Waiting: load the whole folder?</source>
        <translation>待機中：フォルダー全体を読み込みますか？</translation>
    </message>
</context>
<context>
    <name>SortNote</name>
    <message>
        <location filename="../widgets/sort_note.py" line="19"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../widgets/sort_note.py" line="20"/>
        <source>Stop loading; the order then covers the rows loaded so far</source>
        <translation>読み込みを中止します。並び順はそれまでに読み込んだ行だけが対象になります</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../widgets/status_bar.py" line="23"/>
        <source>{0} h {1} min</source>
        <translation>{0}時間 {1}分</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="25"/>
        <source>{0} min</source>
        <translation>{0}分</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="26"/>
        <source>{0} s</source>
        <translation>{0}秒</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="42"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="80"/>
        <source>{0}, {1}</source>
        <comment>folder count, object count</comment>
        <translation>{0}、{1}</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="82"/>
        <source>{0} shown of {1}</source>
        <translation>{1}（うち {0} 件を表示）</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="84"/>
        <source>{0} so far — listing stopped (Retry continues it)</source>
        <translation>{0}（取得済みの分）— 一覧の取得が止まりました（「再試行」で続行）</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="86"/>
        <source>{0} so far — listing stopped</source>
        <translation>{0}（取得済みの分）— 一覧の取得が止まりました</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="88"/>
        <source>{0} — scroll for more</source>
        <translation>{0} — スクロールで続きを表示</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="116"/>
        <source>behind</source>
        <translation>遅れています</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="116"/>
        <source>ahead of</source>
        <translation>進んでいます</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="119"/>
        <source>Your clock is about {0} {1} OSS</source>
        <translation>お使いの時計は OSS より約 {0}{1}</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="120"/>
        <source>: links signed now will be refused</source>
        <translation>：今署名したリンクは拒否されます</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="124"/>
        <source>OSS refuses signatures made more than 15 minutes off its own time, and links expire early or late by the same amount. Synchronise this computer&apos;s clock.</source>
        <translation>OSS は自身の時刻から 15 分以上ずれた署名を拒否します。また、リンクの期限も同じだけ早くまたは遅くなります。このコンピューターの時計を同期してください。</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="147"/>
        <source>1 folder</source>
        <translation>フォルダー 1 個</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="147"/>
        <source>{0} folders</source>
        <translation>フォルダー {0} 個</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="149"/>
        <source>1 object</source>
        <translation>オブジェクト 1 個</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="149"/>
        <source>{0} objects</source>
        <translation>オブジェクト {0} 個</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="150"/>
        <source>1 bucket</source>
        <translation>バケット 1 個</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="150"/>
        <source>{0} buckets</source>
        <translation>バケット {0} 個</translation>
    </message>
</context>
<context>
    <name>StorageClass</name>
    <message>
        <location filename="../i18n.py" line="32"/>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="33"/>
        <source>IA</source>
        <translation>低頻度アクセス</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="34"/>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="35"/>
        <source>ColdArchive</source>
        <translation>コールドアーカイブ</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="36"/>
        <source>DeepColdArchive</source>
        <translation>ディープコールドアーカイブ</translation>
    </message>
</context>
<context>
    <name>VersionListModel</name>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>Version ID</source>
        <translation>バージョン ID</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="87"/>
        <source>Delete marker (latest)</source>
        <translation>削除マーカー（最新）</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="87"/>
        <source>Delete marker</source>
        <translation>削除マーカー</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="88"/>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
</context>
<context>
    <name>VersionWidget</name>
    <message>
        <location filename="../share/version_widget.py" line="40"/>
        <source>Latest version</source>
        <translation>最新バージョン</translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="45"/>
        <source>Loading versions…</source>
        <translation>バージョンを読み込み中…</translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="48"/>
        <source>Versions unavailable</source>
        <translation>バージョンを取得できません</translation>
    </message>
    <message numerus="yes">
        <location filename="../share/version_widget.py" line="66"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 個のバージョン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="75"/>
        <source>{0} · delete marker · {1}</source>
        <translation>{0} · 削除マーカー · {1}</translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="77"/>
        <source>{0} · {1} bytes · {2}</source>
        <translation>{0} · {1} バイト · {2}</translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="79"/>
        <source> (latest)</source>
        <translation> （最新）</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../widgets/welcome_page.py" line="34"/>
        <source>Welcome to ossshare</source>
        <translation>ossshare へようこそ</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="43"/>
        <source>Browse your Alibaba Cloud OSS buckets and turn any object into a time-limited download link, a QR code or a ready curl command. Secrets stay in your system keyring.</source>
        <translation>Alibaba Cloud OSS のバケットを閲覧し、任意のオブジェクトを有効期限付きのダウンロードリンク、QR コード、またはすぐに使える curl コマンドにできます。シークレットはシステムのキーリングに保管されます。</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="52"/>
        <source>Add profile</source>
        <translation>プロファイルを追加</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="52"/>
        <source>Enter an AccessKey ID and secret, with the region of your buckets.</source>
        <translation>AccessKey ID とシークレット、バケットのリージョンを入力します。</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="55"/>
        <source>Import from ossutil</source>
        <translation>ossutil からインポート</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="55"/>
        <source>Read ~/.ossutilconfig; the secrets go straight to the keyring.</source>
        <translation>~/.ossutilconfig を読み込みます。シークレットはそのままキーリングに保存されます。</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="58"/>
        <source>Try the demo</source>
        <translation>デモを試す</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="58"/>
        <source>A sample bucket on a local sandbox: nothing leaves this computer.</source>
        <translation>ローカルのサンドボックス上のサンプルバケットです。データがこのコンピューターの外に出ることはありません。</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../window/actions.py" line="22"/>
        <source>&amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="23"/>
        <source>Up one folder (Alt+Up, Backspace)</source>
        <translation>1 つ上のフォルダーへ (Alt+Up, Backspace)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="24"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="25"/>
        <source>Back to the previous folder (Alt+Left)</source>
        <translation>前のフォルダーに戻る (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="26"/>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="27"/>
        <source>Forward again (Alt+Right)</source>
        <translation>次のフォルダーに進む (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="28"/>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="30"/>
        <source>Reload this folder (F5)</source>
        <translation>このフォルダーを再読み込み (F5)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="31"/>
        <source>Go to &amp;path…</source>
        <translation>パスへ移動(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="32"/>
        <source>F&amp;ilter</source>
        <translation>絞り込み(&amp;I)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="33"/>
        <source>&amp;Share…</source>
        <translation>共有(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="34"/>
        <source>Share &amp;folder…</source>
        <translation>フォルダーを共有(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="35"/>
        <source>Links for every object under a folder (Ctrl+Shift+S)</source>
        <translation>フォルダー以下のすべてのオブジェクトのリンク (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="36"/>
        <source>&amp;Links…</source>
        <translation>リンク一覧(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="37"/>
        <source>The links given out, with what would stop them (Ctrl+Shift+L)</source>
        <translation>発行したリンクと、それを無効にする条件 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="38"/>
        <source>&amp;Record links given out</source>
        <translation>発行したリンクを記録(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="40"/>
        <source>Copy &amp;link (default expiry)</source>
        <translation>既定の有効期間でリンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="41"/>
        <source>Copy &amp;oss:// path</source>
        <translation>oss:// パスをコピー(&amp;O)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="42"/>
        <source>Show &amp;versions</source>
        <translation>バージョンを表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="43"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="44"/>
        <source>Try the &amp;demo</source>
        <translation>デモを試す(&amp;D)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="45"/>
        <source>&amp;Add profile…</source>
        <translation>プロファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="46"/>
        <source>&amp;Import from ossutil…</source>
        <translation>ossutil からインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="47"/>
        <source>&amp;Manage profiles…</source>
        <translation>プロファイルの管理(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="48"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="49"/>
        <source>&amp;About ossshare</source>
        <translation>ossshare について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="64"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="73"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="76"/>
        <source>&amp;Object</source>
        <translation>オブジェクト(&amp;O)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="79"/>
        <source>&amp;Links</source>
        <translation>リンク(&amp;L)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="82"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
</TS>

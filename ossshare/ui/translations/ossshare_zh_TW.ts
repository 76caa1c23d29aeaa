<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../widgets/about_dialog.py" line="23"/>
        <source>About ossshare</source>
        <translation>關於 ossshare</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="24"/>
        <source>ossshare {0}</source>
        <translation>ossshare {0}</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="33"/>
        <source>Signed, time-limited download links for Alibaba Cloud OSS objects. Secrets stay in the system keyring.</source>
        <translation>為阿里雲 OSS 物件產生具簽名、有時效的下載連結。金鑰一律保存在系統鑰匙圈中。</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="48"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="49"/>
        <source>Copy these details, for a bug report</source>
        <translation>複製以上資訊，以便回報問題</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="62"/>
        <source>bundle</source>
        <translation>獨立執行套件</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="62"/>
        <source>Python package</source>
        <translation>Python 套件</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="64"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="65"/>
        <source>License</source>
        <translation>授權條款</translation>
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
        <translation>系統</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="70"/>
        <source>Installed as</source>
        <translation>安裝方式</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="71"/>
        <source>Settings</source>
        <translation>設定檔案</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="72"/>
        <source>Link ledger</source>
        <translation>連結記錄</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="73"/>
        <source>Logs</source>
        <translation>記錄檔</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="73"/>
        <source>standard error (ossshare keeps no log file)</source>
        <translation>標準錯誤輸出（ossshare 不保存記錄檔）</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="74"/>
        <source>Desktop id</source>
        <translation>桌面 ID</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="82"/>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../batch/dialog.py" line="94"/>
        <source>Share {0} objects</source>
        <translation>分享 {0} 個物件</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="95"/>
        <source>{0} objects in oss://{1}/</source>
        <translation>oss://{1}/ 中的 {0} 個物件</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="97"/>
        <source>Share folder {0}</source>
        <translation>分享資料夾 {0}</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="98"/>
        <source>Every object under oss://{0}/{1}</source>
        <translation>oss://{0}/{1} 下的所有物件</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="104"/>
        <source>every object, or e.g. *.log, 2024/*</source>
        <translation>所有物件，或例如 *.log, 2024/*</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="106"/>
        <source>nothing, or e.g. *.tmp</source>
        <translation>不排除，或例如 *.tmp</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="107"/>
        <source>&amp;Make links</source>
        <translation>產生連結(&amp;M)</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="109"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="126"/>
        <source>&amp;Copy all</source>
        <translation>全部複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="129"/>
        <source>Plain links</source>
        <translation>純連結</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="129"/>
        <source>Markdown table</source>
        <translation>Markdown 表格</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="130"/>
        <source>HTML page</source>
        <translation>HTML 網頁</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="130"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="135"/>
        <source>&amp;Save as…</source>
        <translation>另存新檔(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="140"/>
        <source>The QR sheet&apos;s paper size</source>
        <translation>QR Code 清單的紙張大小</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="141"/>
        <source>&amp;QR sheet (PDF)…</source>
        <translation>QR Code 清單 PDF(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="142"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../batch/layout.py" line="26"/>
        <source>Include</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../batch/layout.py" line="27"/>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <location filename="../batch/layout.py" line="29"/>
        <source>Patterns match the name below the folder; * also matches /; separate with commas.</source>
        <translation>模式會比對資料夾下的名稱；* 也會比對 /；多個模式以半形逗號分隔。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="171"/>
        <source>No links: {0}</source>
        <translation>未產生連結：{0}</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="192"/>
        <source>Listing…</source>
        <translation>正在列出…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="192"/>
        <location filename="../batch/dialog.py" line="216"/>
        <source>Signing…</source>
        <translation>正在簽名…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="200"/>
        <source>QR sheet cancelled: nothing was written.</source>
        <translation>已取消 QR Code 清單：未寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="209"/>
        <source>Cancelled after {0} objects: the links made so far are shown.</source>
        <translation>已在處理 {0} 個物件後取消：下方顯示目前已產生的連結。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="216"/>
        <source>Listing and signing…</source>
        <translation>正在列出並簽名…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="217"/>
        <source>{0} {1} objects, {2}</source>
        <translation>{0} {1} 個物件，{2}</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="223"/>
        <source>Many objects</source>
        <translation>物件數量眾多</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="224"/>
        <source>This folder holds more than {0} objects. Go on listing and signing all of them?</source>
        <translation>此資料夾內有超過 {0} 個物件。要繼續列出並為全部物件簽名嗎？</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="249"/>
        <source>{0} links, {1}, all valid until {2}.</source>
        <translation>{0} 個連結，共 {1}，有效期限皆至 {2}。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="253"/>
        <source>{0} objects have names OSS would refuse: no link for them (first: {1}).</source>
        <translation>{0} 個物件的名稱會遭 OSS 拒絕，未為其產生連結（第一個：{1}）。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="257"/>
        <source>No objects matched: nothing to share.</source>
        <translation>沒有符合的物件，無可分享。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="275"/>
        <source>The options changed: press Make links for links with them.</source>
        <translation>選項已變更：請按「產生連結」，以新選項產生連結。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="281"/>
        <source>These links have expired: press Make links for fresh ones.</source>
        <translation>這些連結已過期：請按「產生連結」重新產生。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="297"/>
        <source>Copied {0} links.</source>
        <translation>已複製 {0} 個連結。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="317"/>
        <source>Download links</source>
        <translation>下載連結</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="335"/>
        <source>Writing the QR sheet: page {0} of {1}…</source>
        <translation>正在寫入 QR Code 清單：第 {0} 頁，共 {1} 頁…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="342"/>
        <source>QR sheet saved: {0}</source>
        <translation>QR Code 清單已儲存：{0}</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="354"/>
        <source>Could not write the file: {0}</source>
        <translation>無法寫入檔案：{0}</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="17"/>
        <source>Plain links (*.txt)</source>
        <translation>純連結 (*.txt)</translation>
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
        <translation>HTML 網頁 (*.html)</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="25"/>
        <source>Save links</source>
        <translation>儲存連結</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="41"/>
        <source>Save QR sheet</source>
        <translation>儲存 QR Code 清單</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../batch/model.py" line="74"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../batch/model.py" line="74"/>
        <source>Expires</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <location filename="../batch/model.py" line="74"/>
        <source>Link</source>
        <translation>連結</translation>
    </message>
</context>
<context>
    <name>BatchOptions</name>
    <message>
        <location filename="../batch/options.py" line="42"/>
        <source>Each link opens the latest version of its object.</source>
        <translation>每個連結都會開啟其物件的最新版本。</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="45"/>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="47"/>
        <source>Host</source>
        <translation>存取網域名稱</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="48"/>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="49"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="54"/>
        <source>Expiry</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="55"/>
        <source>Signed request headers</source>
        <translation>簽名請求標頭</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="56"/>
        <source>Response overrides</source>
        <translation>覆寫回應標頭</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="57"/>
        <source>Image processing</source>
        <translation>圖片處理</translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../window/layout.py" line="113"/>
        <source>Buckets</source>
        <translation>Bucket 列表</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="114"/>
        <source>Folders and objects</source>
        <translation>資料夾和物件</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="115"/>
        <source>Details</source>
        <translation>詳細資訊</translation>
    </message>
</context>
<context>
    <name>BucketListModel</name>
    <message>
        <location filename="../models/bucket_list.py" line="106"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../models/bucket_list.py" line="106"/>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <location filename="../models/bucket_list.py" line="122"/>
        <source>oss://{0} in {1}</source>
        <translation>oss://{0}，地區 {1}</translation>
    </message>
</context>
<context>
    <name>CopyBar</name>
    <message>
        <location filename="../share/copy_bar.py" line="23"/>
        <source>Copy link</source>
        <translation>複製連結</translation>
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
        <translation>以 {0} 格式複製連結</translation>
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
        <translation>已複製。</translation>
    </message>
</context>
<context>
    <name>DetailsLoader</name>
    <message>
        <location filename="../window/details.py" line="90"/>
        <source>Versions unavailable: {0}</source>
        <translation>無法取得版本：{0}</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../widgets/details_pane.py" line="37"/>
        <source>Select an object to see its details and versions.</source>
        <translation>選取物件以檢視其詳細資訊和版本。</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="76"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="77"/>
        <source>Modified</source>
        <translation>修改時間</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="78"/>
        <source>Storage class</source>
        <translation>儲存類型</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="79"/>
        <source>Content type</source>
        <translation>內容類型</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="80"/>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="81"/>
        <source>Version ID</source>
        <translation>版本 ID</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="82"/>
        <source>Restore</source>
        <translation>解凍狀態</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="97"/>
        <source>Share…</source>
        <translation>分享…</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="100"/>
        <source>Copy link</source>
        <translation>複製連結</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="101"/>
        <source>Copy a link valid for the profile&apos;s default time (15 minutes unless set)</source>
        <translation>複製依設定檔預設有效期限簽名的連結（未設定時為 15 分鐘）</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="108"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="130"/>
        <source>Enter or double-click shares that version</source>
        <translation>按 Enter 或按兩下即可分享該版本</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="167"/>
        <source>Folder (a common prefix)</source>
        <translation>資料夾（共同字首）</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="170"/>
        <source>Press Enter to open this folder.</source>
        <translation>按 Enter 開啟此資料夾。</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="185"/>
        <source>Loading details…</source>
        <translation>正在載入詳細資訊…</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="193"/>
        <source>none (versioning off)</source>
        <translation>無（未開啟版本控制）</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="198"/>
        <source>Archived: restore it before sharing</source>
        <translation>已歸檔：分享前請先解凍</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="200"/>
        <source>Restore in progress</source>
        <translation>正在解凍</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="204"/>
        <source>Restored</source>
        <translation>已解凍</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="212"/>
        <source>No earlier versions.</source>
        <translation>沒有歷史版本。</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="214"/>
        <source>{0} versions</source>
        <translation>{0} 個版本</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="244"/>
        <source>{0} ({1} bytes)</source>
        <translation>{0}（{1} 位元組）</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../widgets/error_banner.py" line="36"/>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <location filename="../widgets/error_banner.py" line="38"/>
        <source>Edit profile…</source>
        <translation>編輯設定檔…</translation>
    </message>
    <message>
        <location filename="../widgets/error_banner.py" line="43"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
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
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="205"/>
        <source>additional header {0}</source>
        <translation>額外請求標頭 {0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="206"/>
        <source>additional headers</source>
        <translation>額外請求標頭</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="207"/>
        <source>bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="208"/>
        <source>bucket endpoint bucket</source>
        <translation>Bucket Endpoint 中的 Bucket</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="209"/>
        <source>custom domain bucket</source>
        <translation>自訂網域名稱對應的 Bucket</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="210"/>
        <source>deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="211"/>
        <source>default expiry</source>
        <translation>預設有效期限</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="212"/>
        <source>endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="213"/>
        <source>expiration</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="214"/>
        <source>expires</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="215"/>
        <source>expiry</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="216"/>
        <source>header &apos;{0}&apos;</source>
        <translation>請求標頭「{0}」</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="217"/>
        <source>header {0}</source>
        <translation>請求標頭 {0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="218"/>
        <source>key</source>
        <translation>物件名稱</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="219"/>
        <source>method</source>
        <translation>HTTP 方法</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="220"/>
        <source>profile name</source>
        <translation>設定檔名稱</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="221"/>
        <source>profile {0}</source>
        <translation>設定檔 {0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="222"/>
        <source>profile {0}: {1}</source>
        <translation>設定檔 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="223"/>
        <source>range</source>
        <translation>範圍</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="224"/>
        <source>range behavior</source>
        <translation>Range 行為</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="225"/>
        <source>region</source>
        <translation>地區</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="226"/>
        <source>request payer</source>
        <translation>請求者付費</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="227"/>
        <source>retries</source>
        <translation>重試次數</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="228"/>
        <source>security token</source>
        <translation>STS Token</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="229"/>
        <source>signature version</source>
        <translation>簽名版本</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="230"/>
        <source>signing time</source>
        <translation>簽名時間</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="231"/>
        <source>token expiration</source>
        <translation>STS Token 到期時間</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="232"/>
        <source>traffic limit</source>
        <translation>單連結限速</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="233"/>
        <source>traffic limit in query</source>
        <translation>查詢參數中的單連結限速</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="234"/>
        <source>version id</source>
        <translation>版本 ID</translation>
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
        <translation>「{0}」來自環境變數，無法儲存；請改用其他名稱。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="26"/>
        <source>&apos;{0}&apos; comes from environment variables; unset {1} and {2} to remove it.</source>
        <translation>「{0}」來自環境變數；若要移除，請取消設定 {1} 和 {2}。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="27"/>
        <source>&apos;{0}&apos; is not a duration: use seconds or e.g. 15m, 1h, 7d, 1h30m</source>
        <translation>「{0}」不是有效的時間長度：請使用秒數，或例如 15m、1h、7d、1h30m</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="28"/>
        <source>&apos;{0}&apos; is not a profile name: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>「{0}」不是有效的設定檔名稱：須為 1 到 64 個英文字母、數字、「.」、「_」或「-」，且以英文字母或數字開頭</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="29"/>
        <source>&apos;{0}&apos; is not a region id: use lower-case letters, digits and hyphens, for example cn-hangzhou</source>
        <translation>「{0}」不是有效的地區 ID：請使用小寫英文字母、數字和連字號，例如 cn-hangzhou</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="30"/>
        <source>&apos;{0}&apos; is not a valid bucket name: 3 to 63 characters, lower-case letters, digits and hyphens, not starting or ending with a hyphen</source>
        <translation>「{0}」不是有效的 Bucket 名稱：須為 3 到 63 個字元，只能包含小寫英文字母、數字和連字號，且不能以連字號開頭或結尾</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="31"/>
        <source>&apos;{0}&apos; is not an ISO 8601 date and time (e.g. 2026-12-01T09:00:00+08:00)</source>
        <translation>「{0}」不是 ISO 8601 格式的日期時間（例如 2026-12-01T09:00:00+08:00）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="32"/>
        <source>a backslash</source>
        <translation>反斜線</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="33"/>
        <source>a bucket name is required</source>
        <translation>必須填寫 Bucket 名稱</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="34"/>
        <source>a date and time needs a time zone (for example 2026-12-01T12:00:00+08:00 or ...Z)</source>
        <translation>日期時間必須包含時區（例如 2026-12-01T12:00:00+08:00 或 ...Z）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="35"/>
        <source>a header name may only hold letters, digits and -_.!#$%&amp;&apos;*+^`|~</source>
        <translation>請求標頭名稱只能包含英文字母、數字和 -_.!#$%&amp;&apos;*+^`|~</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="36"/>
        <source>a host has no spaces, line breaks, control characters, backslashes or &lt; &gt; &quot; %</source>
        <translation>主機名稱不能包含空格、換行、控制字元、反斜線或 &lt; &gt; &quot; %</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="37"/>
        <source>a profile named &apos;{0}&apos; exists already (use --replace, or --prefix for new names)</source>
        <translation>名為「{0}」的設定檔已存在（使用 --replace 取代，或使用 --prefix 為新名稱加上字首）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="38"/>
        <source>a region id has at most {0} characters (this one has {1})</source>
        <translation>地區 ID 最多 {0} 個字元（目前為 {1} 個）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="39"/>
        <source>a region is required, for example cn-hangzhou</source>
        <translation>必須填寫地區，例如 cn-hangzhou</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="40"/>
        <source>a region or an endpoint is required</source>
        <translation>必須填寫地區或 Endpoint</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="41"/>
        <source>a signed header needs a value</source>
        <translation>簽名請求標頭必須有值</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="42"/>
        <source>a V4 signed link is valid for at most 7 days (604,800 seconds); pick a shorter expiry</source>
        <translation>V4 簽名連結最長只能有效 7 天（604,800 秒）；請選擇較短的期限</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="43"/>
        <source>Access denied: the signing account may not read this object.</source>
        <translation>存取遭拒：簽名所用的帳號沒有讀取此物件的權限。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="44"/>
        <source>Access to the keyring was refused: the unlock or permission prompt was dismissed. Try again and accept the prompt. {0}</source>
        <translation>鑰匙圈拒絕存取：解鎖或授權提示已被關閉。請重試並接受提示。{0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="45"/>
        <source>after {0} pages the listing {1}, so it would never end; the server is not paging as OSS does, so the listing was stopped</source>
        <translation>列出 {0} 頁後，列出作業{1}，將永遠無法結束；伺服器未依 OSS 的方式分頁，因此已停止列出</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="46"/>
        <source>ahead of</source>
        <translation>快</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="47"/>
        <source>an object key is required</source>
        <translation>必須填寫物件名稱</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="48"/>
        <source>an object key may be at most {0} bytes in UTF-8 (this one is {1})</source>
        <translation>物件名稱以 UTF-8 編碼時最多 {0} 位元組（目前為 {1}）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="49"/>
        <source>an object key must not start with &apos;/&apos; or &apos;\&apos;</source>
        <translation>物件名稱不能以「/」或「\」開頭</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="50"/>
        <source>behind</source>
        <translation>慢</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="51"/>
        <source>bytes {0}-{1} is not a range</source>
        <translation>bytes {0}-{1} 不是有效的範圍</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="52"/>
        <source>cannot be both in the query and in header x-oss-traffic-limit (OSS refuses that): give it once</source>
        <translation>不能同時放在查詢參數和 x-oss-traffic-limit 請求標頭中（OSS 會拒絕）：只需指定一次</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="53"/>
        <source>cannot be signed into a link</source>
        <translation>無法納入連結的簽名</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="54"/>
        <source>contains spaces at its ends or control characters (was it pasted whole?)</source>
        <translation>前後有空格或含有控制字元（是否完整貼上？）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="55"/>
        <source>Could not reach the server: {0}</source>
        <translation>無法連線到伺服器：{0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="56"/>
        <source>Could not reach {0}: {1}</source>
        <translation>無法連線到 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="57"/>
        <source>credential mode &apos;{0}&apos; is not supported: ossshare signs with an AccessKey or an STS token</source>
        <translation>不支援憑證模式「{0}」：ossshare 僅使用 AccessKey 或 STS Token 簽名</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="58"/>
        <source>has a label longer than 63 characters</source>
        <translation>含有超過 63 個字元的標籤</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="59"/>
        <source>has an empty label (two dots in a row, or a dot at an end)</source>
        <translation>含有空的標籤（連續兩個點，或以點開頭或結尾）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="60"/>
        <source>is always signed: give it as a signed header instead</source>
        <translation>一律會納入簽名：請改為以簽名請求標頭指定</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="61"/>
        <source>is empty: give a host name, optionally with scheme and port</source>
        <translation>為空白：請填寫主機名稱，可加上通訊協定和連接埠</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="62"/>
        <source>is given twice</source>
        <translation>重複指定</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="63"/>
        <source>is given twice, also as header {0}: give it once</source>
        <translation>重複指定，也以請求標頭 {0} 出現：只需指定一次</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="64"/>
        <source>is not a JSON object</source>
        <translation>不是 JSON 物件</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="65"/>
        <source>is not valid Unicode text</source>
        <translation>不是有效的 Unicode 文字</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="66"/>
        <source>is required</source>
        <translation>為必填</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="67"/>
        <source>is required and must not contain spaces, slashes or control characters</source>
        <translation>為必填，且不能包含空格、斜線或控制字元</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="68"/>
        <source>is set by the signature itself</source>
        <translation>由簽名本身設定</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="69"/>
        <source>is {0} characters long; a host name has at most 253</source>
        <translation>長度為 {0} 個字元；主機名稱最多 253 個字元</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="70"/>
        <source>it came compressed ({0}, HTTP {1}) although ossshare asked for an uncompressed reply; a proxy or a server that is not OSS may be in the way</source>
        <translation>回應經過壓縮（{0}，HTTP {1}），但 ossshare 要求的是未壓縮的回應；中間可能有代理伺服器或非 OSS 的伺服器</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="71"/>
        <source>it could not be read ({0})</source>
        <translation>無法讀取（{0}）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="72"/>
        <source>it does not hold a JSON object</source>
        <translation>其內容不是 JSON 物件</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="73"/>
        <source>it has no AccessKey ID and secret</source>
        <translation>缺少 AccessKey ID 和 AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="74"/>
        <source>it has no valid schema version</source>
        <translation>沒有有效的格式版本</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="75"/>
        <source>it holds a number too long to read</source>
        <translation>含有過長而無法讀取的數字</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="76"/>
        <source>it holds text that is not valid Unicode (a lone surrogate escape)</source>
        <translation>含有無效的 Unicode 文字（單獨的代理字元跳脫序列）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="77"/>
        <source>it is larger than {0}, the most ossshare reads for this request (an OSS listing page is far smaller); check that the endpoint is an OSS server</source>
        <translation>超過 {0}，即 ossshare 對此請求讀取的上限（OSS 的一頁列出結果遠小於此）；請確認 Endpoint 是 OSS 伺服器</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="78"/>
        <source>it is nested too deeply</source>
        <translation>巢狀層數過深</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="79"/>
        <source>it is not UTF-8 text</source>
        <translation>不是 UTF-8 文字</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="80"/>
        <source>it is not valid JSON (line {0}, column {1})</source>
        <translation>不是有效的 JSON（第 {0} 行，第 {1} 欄）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="81"/>
        <source>Its keyring entries (service &apos;{0}&apos;, users &apos;{1}:secret&apos; and &apos;{2}:sts&apos;) could not be put back as they were either; `ossshare profile remove {3}` deletes them.</source>
        <translation>其鑰匙圈項目（服務「{0}」，使用者「{1}:secret」和「{2}:sts」）也無法還原；執行 `ossshare profile remove {3}` 可刪除這些項目。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="82"/>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="83"/>
        <source>may be at most {0} characters (this one has {1})</source>
        <translation>最多 {0} 個字元（目前為 {1} 個）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="84"/>
        <source>may only hold letters, digits, hyphens and underscores between its dots</source>
        <translation>各段（以點分隔）只能包含英文字母、數字、連字號和底線</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="85"/>
        <source>may only hold visible ASCII characters, no spaces (was it pasted whole?)</source>
        <translation>只能包含可見的 ASCII 字元，不能有空格（是否完整貼上？）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="86"/>
        <source>mode is StsToken but there is no STS token</source>
        <translation>模式為 StsToken，但沒有 STS Token</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="87"/>
        <source>must be 4 or 1</source>
        <translation>必須為 4 或 1</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="88"/>
        <source>must be a whole number</source>
        <translation>必須為整數</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="89"/>
        <source>must be a whole number of bit/s, for example 819200</source>
        <translation>必須為整數（單位 bit/s），例如 819200</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="90"/>
        <source>must be at least one second</source>
        <translation>至少須為 1 秒</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="91"/>
        <source>must be between {0} and {1} bit/s (100 KB/s to 100 MB/s)</source>
        <translation>必須介於 {0} 到 {1} bit/s 之間（100 KB/s 至 100 MB/s）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="92"/>
        <source>must be more than zero seconds</source>
        <translation>必須大於 0 秒</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="93"/>
        <source>must be non-empty and hold no control characters</source>
        <translation>不能為空白，且不能包含控制字元</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="94"/>
        <source>must be one of {0}</source>
        <translation>必須為下列其中之一：{0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="95"/>
        <source>must be plain ASCII: HTTP clients send other characters differently</source>
        <translation>只能使用 ASCII 字元：不同的 HTTP 用戶端傳送其他字元的方式不一</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="96"/>
        <source>must be text</source>
        <translation>必須為文字</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="97"/>
        <source>must be true or false</source>
        <translation>必須為 true 或 false</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="98"/>
        <source>must be zero or more</source>
        <translation>必須大於或等於 0</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="99"/>
        <source>must end before the year 10000</source>
        <translation>必須在 10000 年之前結束</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="100"/>
        <source>must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z</source>
        <translation>必須介於 1970-01-01T00:00:00Z 和 9999-12-31T23:59:59Z 之間</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="101"/>
        <source>must map bucket names to text</source>
        <translation>必須將 Bucket 名稱對應到文字</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="102"/>
        <source>must not be empty (leave it out for the latest version)</source>
        <translation>不能為空白（若要最新版本，請勿指定）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="103"/>
        <source>must not be empty (leave it out to get the object as stored)</source>
        <translation>不能為空白（若要依原樣取得物件，請勿指定）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="104"/>
        <source>must not contain &apos;_&apos; (OSS refuses header names with underscores; use &apos;-&apos;)</source>
        <translation>不能包含「_」（OSS 會拒絕含底線的請求標頭名稱；請改用「-」）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="105"/>
        <source>must not contain line breaks or other control characters</source>
        <translation>不能包含換行或其他控制字元</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="106"/>
        <source>must not contain spaces, slashes or control characters</source>
        <translation>不能包含空格、斜線或控制字元</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="107"/>
        <source>must not contain tabs, line breaks or other control characters</source>
        <translation>不能包含定位字元 (Tab)、換行或其他控制字元</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="108"/>
        <source>must not start or end with spaces (HTTP drops them, so the signature would not match)</source>
        <translation>前後不能有空格（HTTP 會捨棄這些空格，導致簽名不符）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="109"/>
        <source>needs a traffic limit (bit/s) to put in the query</source>
        <translation>需要指定放入查詢參數的單連結限速 (bit/s)</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="110"/>
        <source>No answer within {0} seconds.</source>
        <translation>{0} 秒內沒有回應。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="111"/>
        <source>no complete reply within {0} s; the server or the network is far too slow. Try again later, or check the endpoint</source>
        <translation>{0} 秒內未收到完整回應；伺服器或網路速度過慢。請稍後再試，或檢查 Endpoint</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="112"/>
        <source>No keyring is available: no Secret Service, KWallet, Keychain or Credential Manager was found.</source>
        <translation>沒有可用的鑰匙圈：找不到 Secret Service、KWallet、Keychain 或認證管理員。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="113"/>
        <source>No keyring is available: no Secret Service, KWallet, Keychain or Credential Manager was found. {0}</source>
        <translation>沒有可用的鑰匙圈：找不到 Secret Service、KWallet、Keychain 或認證管理員。{0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="114"/>
        <source>No secret is stored for profile &apos;{0}&apos;.</source>
        <translation>設定檔「{0}」沒有儲存金鑰。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="115"/>
        <source>No secure keyring is available: the only backends found ({0}) keep secrets in clear or drop them.</source>
        <translation>沒有可用的安全鑰匙圈：找到的後端（{0}）只會以明文保存金鑰，或直接捨棄金鑰。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="116"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 物件</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="117"/>
        <source>not a section ossshare knows</source>
        <translation>不是 ossshare 認得的區段</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="118"/>
        <source>only V4 links can sign headers other than x-oss-*</source>
        <translation>只有 V4 連結可以將 x-oss-* 以外的請求標頭納入簽名</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="119"/>
        <source>only x-oss-* request headers can be signed into a link</source>
        <translation>只有 x-oss-* 請求標頭可以納入連結的簽名</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="120"/>
        <source>OSS did not accept the signature: check the credentials, the region and the host, and that the signed headers are sent exactly as listed.</source>
        <translation>OSS 不接受此簽名：請檢查憑證、地區和存取網域名稱，並確認簽名請求標頭完全依所列內容傳送。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="121"/>
        <source>OSS does not accept the credentials that signed the link: the AccessKey ID does not exist or is disabled, or the STS token is invalid or has expired. Check the profile&apos;s credentials.</source>
        <translation>OSS 不接受為連結簽名的憑證：AccessKey ID 不存在或已停用，或 STS Token 無效或已過期。請檢查設定檔中的憑證。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="122"/>
        <location filename="../error_messages.py" line="290"/>
        <source>OSS gave no explanation</source>
        <translation>OSS 未提供說明</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="123"/>
        <source>ossshare never writes secrets to a file.</source>
        <translation>ossshare 絕不會將金鑰寫入檔案。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="124"/>
        <source>per-bucket [buckets ...] sections are not imported</source>
        <translation>不會匯入個別 Bucket 的 [buckets ...] 區段</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="125"/>
        <source>reaches too far in the future: no link can last past the year 9999</source>
        <translation>時間太遠：連結的有效期限不能超過 9999 年</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="126"/>
        <source>scheme &apos;{0}&apos; is not supported: use http or https</source>
        <translation>不支援通訊協定「{0}」：請使用 http 或 https</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="127"/>
        <source>Secrets are kept by the keyring backend {0} (not the system&apos;s own store).</source>
        <translation>金鑰由鑰匙圈後端 {0} 保存（並非系統本身的儲存區）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="128"/>
        <source>Secrets are kept in {0}.</source>
        <translation>金鑰保存在 {0} 中。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="129"/>
        <source>The &apos;{0}&apos; entry of the settings file is not a JSON object, so no saved profile could be read; saving a profile will replace it.</source>
        <translation>設定檔案中的「{0}」項目不是 JSON 物件，因此無法讀取任何已儲存的設定檔；儲存設定檔時會取代該項目。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="130"/>
        <source>The configured keyring backend ({0}) keeps secrets in clear or drops them; it is not used.</source>
        <translation>所設定的鑰匙圈後端（{0}）會以明文保存金鑰或直接捨棄金鑰，因此不予使用。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="131"/>
        <source>the connection closed before the whole reply arrived</source>
        <translation>完整回應送達前連線即已關閉</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="132"/>
        <source>the connection failed</source>
        <translation>連線失敗</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="133"/>
        <source>the connection was refused</source>
        <translation>連線遭拒</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="134"/>
        <source>the expiry is too far in the future: pick a shorter duration</source>
        <translation>到期時間太遠：請選擇較短的時間長度</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="135"/>
        <source>the host name could not be resolved</source>
        <translation>無法解析主機名稱</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="136"/>
        <source>The keyring backend {0} is not usable here (priority {1}).</source>
        <translation>鑰匙圈後端 {0} 無法在此使用（優先順序 {1}）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="137"/>
        <source>The keyring could not be used ({0}). {1}</source>
        <translation>無法使用鑰匙圈（{0}）。{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="138"/>
        <source>The keyring is locked and could not be unlocked. Unlock it (for example by logging in to the desktop, or in your passwords app) and try again. {0}</source>
        <translation>鑰匙圈已鎖定且無法解鎖。請先解鎖（例如登入桌面，或在密碼管理程式中解鎖），然後再試一次。{0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="139"/>
        <source>the link expired at {0}; sign a new one</source>
        <translation>連結已於 {0} 過期；請重新簽名</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="140"/>
        <source>The link has expired: make a new one.</source>
        <translation>連結已過期：請重新產生。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="141"/>
        <source>The link history could not be read ({0}). It was moved to {1} and a new one was started. Links already given out keep working until they expire.</source>
        <translation>無法讀取連結記錄（{0}）。已將其移至 {1}，並建立新的記錄。已分享出去的連結在到期前仍然有效。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="142"/>
        <source>the link history {0} cannot be read ({1}) and could not be moved aside ({2})</source>
        <translation>無法讀取連結記錄 {0}（{1}），也無法將其移開（{2}）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="143"/>
        <source>the link history {0} could not be opened: {1}</source>
        <translation>無法開啟連結記錄 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="144"/>
        <source>the link history {0} was written by a newer ossshare (schema {1}); it is left as it is</source>
        <translation>連結記錄 {0} 由較新版本的 ossshare 寫入（格式版本 {1}）；將維持原狀</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="145"/>
        <source>The link works: the object can be downloaded.</source>
        <translation>連結可用：可以下載此物件。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="146"/>
        <source>the link would already have expired: pick a time in the future</source>
        <translation>連結屆時已經過期：請選擇未來的時間</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="147"/>
        <source>the listing sent {0} empty pages in a row without ending; the server is not paging as OSS does, so the listing was stopped</source>
        <translation>列出作業連續傳回 {0} 個空白頁面仍未結束；伺服器未依 OSS 的方式分頁，因此已停止列出</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="148"/>
        <source>the macOS Keychain</source>
        <translation>macOS 鑰匙圈</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="149"/>
        <source>The object (or that version of it) does not exist.</source>
        <translation>物件（或其指定版本）不存在。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="150"/>
        <source>The object is in Archive or Cold Archive storage and is not restored: restore it first, then share it while the restored copy lasts.</source>
        <translation>此物件的儲存類型為歸檔或冷歸檔，且尚未解凍：請先解凍，並在解凍副本的有效期間內分享。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="151"/>
        <source>the object key is not valid Unicode text</source>
        <translation>物件名稱不是有效的 Unicode 文字</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="152"/>
        <source>the object&apos;s size or date is missing</source>
        <translation>缺少物件的大小或日期</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="153"/>
        <source>The reply from {0} could not be read: {1}</source>
        <translation>無法讀取來自 {0} 的回應：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="154"/>
        <source>The saved profile &apos;{0}&apos; cannot be used: {1}</source>
        <translation>無法使用已儲存的設定檔「{0}」：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="155"/>
        <source>The saved profile &apos;{0}&apos; was skipped: {1}</source>
        <translation>已略過已儲存的設定檔「{0}」：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="156"/>
        <source>the Secret Service (GNOME Keyring or compatible)</source>
        <translation>Secret Service（GNOME 鑰匙圈或相容的服務）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="157"/>
        <source>the Secret Service (libsecret)</source>
        <translation>Secret Service (libsecret)</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="158"/>
        <source>The server answered HTTP {0}{1}.</source>
        <translation>伺服器回應 HTTP {0}{1}。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="159"/>
        <source>the server closed the connection without answering</source>
        <translation>伺服器未回應就關閉了連線</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="160"/>
        <source>The settings could not be saved to {0} ({1}).</source>
        <translation>無法將設定儲存至 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="161"/>
        <source>The settings file could not be used because {0}. It was moved to {1} and ossshare started with default settings. Your keyring secrets were not touched.</source>
        <translation>無法使用設定檔案，因為{0}。該檔案已移至 {1}，ossshare 已使用預設設定啟動。鑰匙圈中的金鑰未受影響。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="162"/>
        <source>The settings file {0} could not be read ({1}) and was kept as it is; fix or remove it, then try again.</source>
        <translation>無法讀取設定檔案 {0}（{1}），已維持原狀；請修正或刪除該檔案，然後再試一次。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="163"/>
        <source>The settings file {0} could not be used because {1}, and it could not be moved aside ({2}). ossshare starts with default settings and will not overwrite that file; fix or remove it to save settings again.</source>
        <translation>無法使用設定檔案 {0}，因為{1}，且無法將其移開（{2}）。ossshare 會以預設設定啟動，且不會覆寫該檔案；請修正或刪除該檔案，才能再次儲存設定。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="164"/>
        <source>the STS token has expired: renew the profile&apos;s credentials first</source>
        <translation>STS Token 已過期：請先更新設定檔的憑證</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="165"/>
        <source>The STS token of profile &apos;{0}&apos; expired at {1}; add the profile again with a fresh token.</source>
        <translation>設定檔「{0}」的 STS Token 已於 {1} 過期；請使用新的 Token 重新新增此設定檔。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="166"/>
        <source>The STS token stored for profile &apos;{0}&apos; could not be read; add the profile again with a fresh token.</source>
        <translation>無法讀取設定檔「{0}」儲存的 STS Token；請使用新的 Token 重新新增此設定檔。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="167"/>
        <source>There is no &apos;{0}&apos; profile: it appears when {1} and {2} are set.</source>
        <translation>沒有「{0}」設定檔：設定 {1} 和 {2} 後才會出現。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="168"/>
        <source>there is no [Credentials] section it could belong to</source>
        <translation>沒有它可歸屬的 [Credentials] 區段</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="169"/>
        <source>There is no profile named &apos;{0}&apos;.</source>
        <translation>沒有名為「{0}」的設定檔。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="170"/>
        <source>This computer&apos;s clock is {0} minutes {1} the server&apos;s: OSS refuses links signed on it or finds them expired. Correct the clock (or turn on network time), then Renew.</source>
        <translation>本機時鐘比伺服器{1} {0} 分鐘：OSS 會拒絕在本機簽名的連結，或認定其已過期。請校正時鐘（或開啟網路校時），然後按「續期」。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="171"/>
        <source>timed out after {0} s</source>
        <translation>{0} 秒後逾時</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="172"/>
        <source>V4 links are valid at most 7 days ({0} s)</source>
        <translation>V4 連結的有效期限最長為 7 天（{0} 秒）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="173"/>
        <source>Windows Credential Manager</source>
        <translation>Windows 認證管理員</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="174"/>
        <source>{0} could not be read ({1}).</source>
        <translation>無法讀取 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="175"/>
        <source>{0} ends in a number but is not an IPv4 address</source>
        <translation>{0} 以數字結尾，但不是 IPv4 位址</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="176"/>
        <source>{0} holds spaces or a line break (the value is not shown: it may hold a secret)</source>
        <translation>{0} 含有空格或換行（其值可能包含金鑰，因此不顯示）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="177"/>
        <source>{0} holds spaces or a line break, so a line of the file looks broken (the value is not shown: it may hold a secret)</source>
        <translation>{0} 含有空格或換行，因此檔案中有一行看似損毀（其值可能包含金鑰，因此不顯示）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="178"/>
        <source>{0} holds {1}: {2}</source>
        <translation>{0} 含有{1}：{2}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="179"/>
        <source>{0} holds {1} (&apos;{2}&apos;): give only a host, optionally with scheme and port</source>
        <translation>{0} 含有{1}（「{2}」）：只需填寫主機名稱，可加上通訊協定和連接埠</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="180"/>
        <source>{0} is not a valid international domain name</source>
        <translation>{0} 不是有效的國際化網域名稱</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="181"/>
        <source>{0} is not an aliyun CLI configuration file (no profiles list).</source>
        <translation>{0} 不是 aliyun CLI 組態檔（沒有 profiles 清單）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="182"/>
        <source>{0} is not an aliyun CLI configuration file (not JSON).</source>
        <translation>{0} 不是 aliyun CLI 組態檔（不是 JSON）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="183"/>
        <source>{0} is not an ossutil configuration file ({1}).</source>
        <translation>{0} 不是 ossutil 組態檔（{1}）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="184"/>
        <source>{0} is not UTF-8 text.</source>
        <translation>{0} 不是 UTF-8 文字。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="185"/>
        <source>{0} names no host</source>
        <translation>{0} 未指定主機名稱</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="186"/>
        <source>{0} Nothing was imported; ossshare never writes secrets to a file.</source>
        <translation>{0} 未匯入任何內容；ossshare 絕不會將金鑰寫入檔案。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="187"/>
        <source>{0}: &apos;{1}&apos; in brackets is not an IPv6 address</source>
        <translation>{0}：方括號中的「{1}」不是 IPv6 位址</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="188"/>
        <source>{0}: a host name has at most 253 characters</source>
        <translation>{0}：主機名稱最多 253 個字元</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="189"/>
        <source>{0}: a host name {1}</source>
        <translation>{0}：主機名稱{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="190"/>
        <source>{0}: an IPv6 address goes in brackets, e.g. http://[::1]:9000</source>
        <translation>{0}：IPv6 位址須放在方括號中，例如 http://[::1]:9000</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="191"/>
        <source>{0}: an IPv6 address needs its closing &apos;]&apos;</source>
        <translation>{0}：IPv6 位址缺少右方括號「]」</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="192"/>
        <source>{0}: only &apos;:PORT&apos; may follow an IPv6 address</source>
        <translation>{0}：IPv6 位址後面只能接「:PORT」</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="193"/>
        <source>{0}: the port must be a number from 1 to 65535</source>
        <translation>{0}：連接埠必須是 1 到 65535 之間的數字</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="195"/>
        <source>user information</source>
        <translation>使用者資訊</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="196"/>
        <source>a path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="197"/>
        <source>a query</source>
        <translation>查詢字串</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="198"/>
        <source>a fragment</source>
        <translation>片段識別碼</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="199"/>
        <source>did not move past its last page marker</source>
        <translation>停在上一個分頁標記上沒有前進</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="200"/>
        <source>came back to a page marker it had already sent</source>
        <translation>回到了已經傳送過的分頁標記</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="239"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="292"/>
        <source>{0}. The bucket is served by {1}</source>
        <translation>{0}。此 Bucket 須透過 {1} 存取</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="295"/>
        <source>request id {0}</source>
        <translation>請求 ID {0}</translation>
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
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="15"/>
        <source>Invalid input</source>
        <translation>輸入無效</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="16"/>
        <source>Could not reach OSS</source>
        <translation>無法連線到 OSS</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="17"/>
        <source>Unreadable reply from OSS</source>
        <translation>無法解讀 OSS 的回應</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="18"/>
        <source>Access denied</source>
        <translation>存取遭拒</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="19"/>
        <source>Signature does not match: check the AccessKey secret and the clock</source>
        <translation>簽名不符：請檢查 AccessKey Secret 和本機時鐘</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="20"/>
        <source>Unknown AccessKey ID</source>
        <translation>AccessKey ID 不存在</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="21"/>
        <source>Your computer&apos;s clock is off</source>
        <translation>本機時鐘不準確</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="22"/>
        <source>The security token has expired</source>
        <translation>安全權杖 (STS Token) 已過期</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="23"/>
        <source>The security token is not valid</source>
        <translation>安全權杖 (STS Token) 無效</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="24"/>
        <source>Bucket not found</source>
        <translation>Bucket 不存在</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="25"/>
        <source>Object not found</source>
        <translation>物件不存在</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="26"/>
        <source>Version not found</source>
        <translation>版本不存在</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="27"/>
        <source>OSS refused a parameter</source>
        <translation>OSS 拒絕了某個參數</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="28"/>
        <source>The requested range is not in the object</source>
        <translation>要求的範圍超出物件大小</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="29"/>
        <source>Invalid bucket name</source>
        <translation>Bucket 名稱無效</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="30"/>
        <source>Invalid object name</source>
        <translation>物件名稱無效</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="31"/>
        <source>The object is archived: restore it before downloading</source>
        <translation>物件已歸檔：下載前請先解凍</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="32"/>
        <source>This account is disabled</source>
        <translation>此帳號已停用</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="33"/>
        <source>The bucket charges the requester</source>
        <translation>此 Bucket 已開啟請求者付費</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="34"/>
        <source>The bucket must be reached through another endpoint (is the region right?)</source>
        <translation>此 Bucket 必須透過其他 Endpoint 存取（地區是否正確？）</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="35"/>
        <source>OSS had an internal error</source>
        <translation>OSS 發生內部錯誤</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="36"/>
        <source>OSS is temporarily unavailable</source>
        <translation>OSS 暫時無法使用</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="37"/>
        <source>OSS had a server error</source>
        <translation>OSS 伺服器發生錯誤</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="38"/>
        <source>OSS request failed</source>
        <translation>OSS 請求失敗</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="39"/>
        <source>OSS refused the request</source>
        <translation>OSS 拒絕了請求</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="40"/>
        <source>Not authorized</source>
        <translation>未獲授權</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="41"/>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="42"/>
        <source>Conflict</source>
        <translation>衝突</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="43"/>
        <source>A precondition failed</source>
        <translation>前提條件不成立</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="44"/>
        <source>Too many requests: try again in a moment</source>
        <translation>請求過於頻繁：請稍後再試</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="45"/>
        <source>No keyring available</source>
        <translation>沒有可用的鑰匙圈</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="46"/>
        <source>Keyring locked</source>
        <translation>鑰匙圈已鎖定</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="47"/>
        <source>Keyring access refused</source>
        <translation>鑰匙圈拒絕存取</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="48"/>
        <source>Stored secret unreadable</source>
        <translation>無法讀取已儲存的金鑰</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="49"/>
        <source>Secret missing</source>
        <translation>缺少金鑰</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="50"/>
        <source>STS token expired</source>
        <translation>STS Token 已過期</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="51"/>
        <source>Settings not saved</source>
        <translation>設定未儲存</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="52"/>
        <source>Unknown profile</source>
        <translation>未知的設定檔</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="53"/>
        <source>Profile is read-only</source>
        <translation>設定檔為唯讀</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="54"/>
        <source>Profile exists</source>
        <translation>設定檔已存在</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="55"/>
        <source>Import failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="56"/>
        <source>Link too long for a QR code</source>
        <translation>連結太長，無法產生 QR Code</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="57"/>
        <source>Link history unavailable</source>
        <translation>無法使用連結記錄</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="59"/>
        <source>Settings could not be read</source>
        <translation>無法讀取設定</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="60"/>
        <source>Settings reset</source>
        <translation>設定已重設</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="61"/>
        <source>Profiles skipped</source>
        <translation>已略過部分設定檔</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="62"/>
        <source>Profile skipped</source>
        <translation>已略過設定檔</translation>
    </message>
</context>
<context>
    <name>ExpiryWidget</name>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>15 minutes</source>
        <translation>15 分鐘</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>1 hour</source>
        <translation>1 小時</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>8 hours</source>
        <translation>8 小時</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="45"/>
        <source>Profile default ({0})</source>
        <translation>設定檔預設值（{0}）</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="47"/>
        <source>Custom duration…</source>
        <translation>自訂時間長度…</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="48"/>
        <source>Date and time…</source>
        <translation>指定日期和時間…</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="53"/>
        <source>e.g. 90m, 2h, 3d or seconds</source>
        <translation>例如 90m、2h、3d 或秒數</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="74"/>
        <source>Valid for</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="79"/>
        <source>Expires</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="130"/>
        <source>{0} UTC</source>
        <translation>{0} UTC</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="134"/>
        <source>{0} local · {1}</source>
        <translation>{0}（本地時間）· {1}</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="150"/>
        <source>Capped at {0}, when the STS token expires: a link cannot outlive the temporary credentials that signed it.</source>
        <translation>已限制為 {0}，即 STS Token 到期的時間：連結的有效期限不能超過為其簽名的臨時憑證。</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="153"/>
        <source>The STS token expires at {0}; links cannot last longer.</source>
        <translation>STS Token 將於 {0} 到期，連結的有效期限不能超過此時間。</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="155"/>
        <source>V1 (legacy) signature: no 7-day limit applies.</source>
        <translation>V1（舊版）簽名：不受 7 天期限限制。</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="156"/>
        <source>V4 signed links are valid for at most 7 days.</source>
        <translation>V4 簽名連結的有效期限最長為 7 天。</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="164"/>
        <source>Expired — press Renew for a fresh link.</source>
        <translation>已過期——請按「續期」取得新連結。</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="167"/>
        <source>Expires in {0}</source>
        <translation>{0}後到期</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="189"/>
        <source>{0} d {1} h {2} min</source>
        <translation>{0} 天 {1} 小時 {2} 分鐘</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="191"/>
        <source>{0} h {1} min {2} s</source>
        <translation>{0} 小時 {1} 分 {2} 秒</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="193"/>
        <source>{0} min {1} s</source>
        <translation>{0} 分 {1} 秒</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="194"/>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../window/feedback.py" line="44"/>
        <source>Unlock the keyring, then press Retry</source>
        <translation>請先解鎖鑰匙圈，然後按「重試」</translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="82"/>
        <source>Listing buckets…</source>
        <translation>正在列出 Bucket…</translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="84"/>
        <source>Buckets could not be listed</source>
        <translation>無法列出 Bucket</translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="90"/>
        <source>This folder could not be listed</source>
        <translation>無法列出此資料夾</translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="94"/>
        <source>Listing oss://{0}/{1}…</source>
        <translation>正在列出 oss://{0}/{1}…</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../i18n.py" line="23"/>
        <source>1 byte</source>
        <translation>1 位元組</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="25"/>
        <source>{0} bytes</source>
        <translation>{0} 位元組</translation>
    </message>
</context>
<context>
    <name>HeadersWidget</name>
    <message>
        <location filename="../share/headers_widget.py" line="35"/>
        <source>Not signed</source>
        <translation>不簽名</translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="37"/>
        <source>Requester pays</source>
        <translation>請求者付費</translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="39"/>
        <source>Header name</source>
        <translation>請求標頭名稱</translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="39"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="44"/>
        <source>Add header</source>
        <translation>新增請求標頭</translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="45"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>HostWidget</name>
    <message>
        <location filename="../share/host_widget.py" line="26"/>
        <source>Profile endpoint</source>
        <translation>設定檔的 Endpoint</translation>
    </message>
    <message>
        <location filename="../share/host_widget.py" line="27"/>
        <source>Internal (same-region VPC/ECS only)</source>
        <translation>內網（僅限同地區的 VPC/ECS）</translation>
    </message>
    <message>
        <location filename="../share/host_widget.py" line="28"/>
        <source>Transfer acceleration</source>
        <translation>傳輸加速</translation>
    </message>
    <message>
        <location filename="../share/host_widget.py" line="31"/>
        <source>Custom domain {0}</source>
        <translation>自訂網域名稱 {0}</translation>
    </message>
</context>
<context>
    <name>IdField</name>
    <message>
        <location filename="../widgets/id_field.py" line="27"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../widgets/id_field.py" line="30"/>
        <source>Copy the whole {0}</source>
        <translation>複製完整的 {0}</translation>
    </message>
    <message>
        <location filename="../widgets/id_field.py" line="31"/>
        <source>Copy {0}</source>
        <translation>複製 {0}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../widgets/import_flow.py" line="57"/>
        <source>Imported {0} from {1}; the secrets are in the keyring.</source>
        <translation>已從 {1} 匯入 {0}；金鑰已存入鑰匙圈。</translation>
    </message>
    <message>
        <location filename="../widgets/import_flow.py" line="61"/>
        <source>Nothing was imported from {0}.</source>
        <translation>未從 {0} 匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../widgets/import_flow.py" line="62"/>
        <source>Import from ossutil</source>
        <translation>從 ossutil 匯入</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../language_menu.py" line="26"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="32"/>
        <source>System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="61"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="62"/>
        <source>The new language applies when ossshare starts again. Restart now?</source>
        <translation>新語言會在 ossshare 重新啟動後生效。要立即重新啟動嗎？</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="66"/>
        <source>&amp;Restart now</source>
        <translation>立即重新啟動(&amp;R)</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="67"/>
        <source>&amp;Later</source>
        <translation>稍後(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LinkHistory</name>
    <message>
        <location filename="../links/hooks.py" line="101"/>
        <source>Link history: {0}</source>
        <translation>連結記錄：{0}</translation>
    </message>
    <message>
        <location filename="../links/hooks.py" line="105"/>
        <source>The link history could not be read; it was moved to {0} and a new one started.</source>
        <translation>無法讀取連結記錄；已將其移至 {0}，並建立新的記錄。</translation>
    </message>
</context>
<context>
    <name>LinkTester</name>
    <message>
        <location filename="../share/link_tester.py" line="26"/>
        <source>Test link</source>
        <translation>測試連結</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="27"/>
        <source>Fetch the first byte the way the recipient would, without your credentials</source>
        <translation>以接收者的方式取得第一個位元組，不使用您的憑證</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="42"/>
        <source>Testing…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="57"/>
        <source>Only with its signed headers: opened in a browser or from a QR code, it fails.</source>
        <translation>僅在附帶簽名請求標頭時可用：在瀏覽器中開啟或透過 QR Code 存取都會失敗。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="63"/>
        <source>The test could not run: {0}</source>
        <translation>無法執行測試：{0}</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="68"/>
        <source>OK — the link works (HTTP {0}).</source>
        <translation>正常——連結可用 (HTTP {0})。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="69"/>
        <source>Expired — the link is no longer valid; make a new one (HTTP {0}).</source>
        <translation>已過期——連結已失效，請重新產生 (HTTP {0})。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="71"/>
        <source>Access denied (HTTP {0}): the signing account may not read this object.</source>
        <translation>存取遭拒 (HTTP {0})：簽名所用的帳號沒有讀取此物件的權限。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="74"/>
        <source>Archive object not restored (HTTP {0}): restore it, then share it while the copy lasts.</source>
        <translation>歸檔物件尚未解凍 (HTTP {0})：請先解凍，並在解凍副本的有效期間內分享。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="77"/>
        <source>Signature rejected (HTTP {0}): check credentials, region and host.</source>
        <translation>簽名遭拒 (HTTP {0})：請檢查憑證、地區和存取網域名稱。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="80"/>
        <source>Credentials refused (HTTP {0}): the AccessKey ID is unknown or disabled, or the STS token is invalid or expired. Check the profile.</source>
        <translation>憑證遭拒 (HTTP {0})：AccessKey ID 不存在或已停用，或 STS Token 無效或已過期。請檢查設定檔。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="83"/>
        <source>Not found (HTTP {0}): the object or version does not exist.</source>
        <translation>找不到 (HTTP {0})：物件或版本不存在。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="84"/>
        <source>Unexpected answer: HTTP {0}.</source>
        <translation>非預期的回應：HTTP {0}。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="90"/>
        <source>Clock off (HTTP {0}): this computer&apos;s clock is {1} min ahead of the server&apos;s. Correct it, then Renew.</source>
        <translation>時鐘偏差 (HTTP {0})：本機時鐘比伺服器快 {1} 分鐘。請校正時鐘，然後按「續期」。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="95"/>
        <source>Clock off (HTTP {0}): this computer&apos;s clock is {1} min behind the server&apos;s. Correct it, then Renew.</source>
        <translation>時鐘偏差 (HTTP {0})：本機時鐘比伺服器慢 {1} 分鐘。請校正時鐘，然後按「續期」。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="101"/>
        <source>Network error: {0}</source>
        <translation>網路錯誤：{0}</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="99"/>
        <location filename="../share/link_tester.py" line="104"/>
        <source>OSS says: {0} {1}</source>
        <translation>OSS 回應：{0} {1}</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <location filename="../links/model.py" line="25"/>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="28"/>
        <source>{0} d {1} h</source>
        <translation>{0} 天 {1} 小時</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="30"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小時 {1} 分鐘</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="32"/>
        <source>{0} min {1} s</source>
        <translation>{0} 分 {1} 秒</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="33"/>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="122"/>
        <source>Object</source>
        <translation>物件</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="122"/>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="122"/>
        <source>Expires</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="122"/>
        <source>Made</source>
        <translation>產生時間</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="122"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="123"/>
        <source>Object check</source>
        <translation>物件檢查</translation>
    </message>
</context>
<context>
    <name>LinksWindow</name>
    <message>
        <location filename="../links/window.py" line="55"/>
        <source>Links given out — ossshare</source>
        <translation>已分享的連結 — ossshare</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="65"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="65"/>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="65"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="68"/>
        <source>All buckets</source>
        <translation>所有 Bucket</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="70"/>
        <source>Filter by name or note</source>
        <translation>依名稱或備註篩選</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="90"/>
        <source>OSS cannot revoke a single presigned link: it works until it expires. Before then it stops only if the object is deleted or renamed, the AccessKey that signed it is disabled or deleted (or the STS token that signed it expires), or a bucket policy denies the request. A link to an object replaced under the same name gives the new content. Forget removes a link from this list only.</source>
        <translation>OSS 無法撤銷單一簽名URL：連結在到期前一直有效。在此之前，只有下列情況會使其失效：物件遭刪除或重新命名、為其簽名的 AccessKey 遭停用或刪除（或為其簽名的 STS Token 到期），或 Bucket Policy 拒絕該請求。若物件被同名的新物件取代，連結會提供新的內容。「忘記」只會將連結從此清單中移除。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="99"/>
        <source>&amp;Copy again</source>
        <translation>再次複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="100"/>
        <source>The same link, signed again: it ends when the one given out ends</source>
        <translation>重新簽名的同一個連結：與已分享的連結同時到期</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>15 minutes</source>
        <translation>15 分鐘</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>1 hour</source>
        <translation>1 小時</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>8 hours</source>
        <translation>8 小時</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="105"/>
        <source>&amp;Renew for</source>
        <translation>續期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="106"/>
        <source>A new link for the same object and options, from now</source>
        <translation>為相同的物件和選項產生新連結，有效期限從現在起算</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="107"/>
        <source>C&amp;heck object</source>
        <translation>檢查物件(&amp;H)</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="108"/>
        <source>Ask OSS whether the object was deleted or replaced since</source>
        <translation>向 OSS 查詢物件在此之後是否遭刪除或取代</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="109"/>
        <source>&amp;Forget</source>
        <translation>忘記(&amp;F)</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="110"/>
        <source>Remove from this list (Delete); the link keeps working</source>
        <translation>從此清單中移除 (Delete)；連結仍然有效</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="203"/>
        <source>Made {0} with profile {1}; valid until {2}.</source>
        <translation>於 {0} 使用設定檔 {1} 產生；有效期限至 {2}。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="204"/>
        <location filename="../links/window.py" line="315"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="212"/>
        <source>The STS token that signs for this profile expires at {0}: the link stops then.</source>
        <translation>為此設定檔簽名的 STS Token 將於 {0} 到期：連結屆時失效。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="214"/>
        <source>The profile&apos;s STS token lasts longer than this link ({0}).</source>
        <translation>此設定檔的 STS Token 有效期限比此連結更長（{0}）。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="218"/>
        <source>It opens version {0}, whatever is written later.</source>
        <translation>此連結一律開啟版本 {0}，不受之後寫入的內容影響。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="235"/>
        <source>This link has expired: Renew makes a new one.</source>
        <translation>此連結已過期：按「續期」可產生新連結。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="260"/>
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="268"/>
        <source>Forgot {0} links. Links already given out keep working until they expire.</source>
        <translation>已忘記 {0} 個連結。已分享出去的連結在到期前仍然有效。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="273"/>
        <source>Copied a link valid until {0}.</source>
        <translation>已複製有效期限至 {0} 的連結。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="275"/>
        <source>It ends early, at {0}, when the STS token that signs it expires.</source>
        <translation>此連結會提前於 {0} 失效，也就是為其簽名的 STS Token 到期時。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="280"/>
        <source>Whoever uses it must send these headers: {0}</source>
        <translation>使用者必須傳送下列請求標頭：{0}</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="289"/>
        <source>Deleted: the object is gone, so the link answers “not found”.</source>
        <translation>已刪除：物件已不存在，因此連結會回應「找不到」。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="291"/>
        <source>Replaced: the object changed since the link was made; the link gives the new content.</source>
        <translation>已取代：連結產生後物件已有變更，連結會提供新的內容。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="294"/>
        <source>Unchanged since the link was made.</source>
        <translation>自連結產生以來未曾變更。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="295"/>
        <source>The object is there (no ETag was recorded to tell a replacement).</source>
        <translation>物件存在（未記錄 ETag，無法判斷是否已被取代）。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="299"/>
        <source>The STS token expires at {0}: links it signed stop then.</source>
        <translation>STS Token 將於 {0} 到期：由其簽名的連結屆時失效。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="314"/>
        <source>The profile {0} that made this link is not available here: it cannot be signed again.</source>
        <translation>產生此連結的設定檔 {0} 在此無法使用：無法重新簽名。</translation>
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
        <translation>正在啟動…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>The window could not be built (a bug in ossshare): please report it, with what it printed.</source>
        <translation>無法建立視窗（ossshare 的錯誤）：請連同它輸出的內容一併回報。</translation>
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
        <translation>管理設定檔</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="59"/>
        <source>Saved profiles</source>
        <translation>已儲存的設定檔</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="63"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="64"/>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="65"/>
        <source>Re&amp;name</source>
        <translation>重新命名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="66"/>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="67"/>
        <source>Open at &amp;start</source>
        <translation>啟動時開啟(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="68"/>
        <source>Open this profile when ossshare starts (instead of the last one used)</source>
        <translation>ossshare 啟動時開啟此設定檔（而非上次使用的設定檔）</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="88"/>
        <source>Secrets stay in the system keyring; removing a profile deletes its secret there too.</source>
        <translation>金鑰保存在系統鑰匙圈中；移除設定檔時，也會一併刪除其在鑰匙圈中的金鑰。</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="121"/>
        <source>{0} (environment variables, read-only)</source>
        <translation>{0}（環境變數，唯讀）</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="124"/>
        <source>opens at start</source>
        <translation>啟動時開啟</translation>
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
        <translation>移除設定檔</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="173"/>
        <source>Remove the profile &apos;{0}&apos; and delete its secret from the keyring?</source>
        <translation>要移除設定檔「{0}」，並從鑰匙圈中刪除其金鑰嗎？</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="177"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="192"/>
        <source>&apos;{0}&apos; opens when ossshare starts.</source>
        <translation>ossshare 啟動時會開啟「{0}」。</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="208"/>
        <source>&apos;{0}&apos; is now &apos;{1}&apos;.</source>
        <translation>「{0}」已重新命名為「{1}」。</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="218"/>
        <source>&apos;{0}&apos; removed, but its secret could not be deleted from the keyring: {1}</source>
        <translation>已移除「{0}」，但無法從鑰匙圈中刪除其金鑰：{1}</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="222"/>
        <source>The secret of &apos;{0}&apos; was deleted, but the settings file could not be changed: {1}</source>
        <translation>已刪除「{0}」的金鑰，但無法修改設定檔案：{1}</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="226"/>
        <source>&apos;{0}&apos; removed, and its secret deleted from the keyring.</source>
        <translation>已移除「{0}」，其金鑰也已從鑰匙圈中刪除。</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="227"/>
        <source>&apos;{0}&apos; removed (the keyring held no secret for it).</source>
        <translation>已移除「{0}」（鑰匙圈中沒有它的金鑰）。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../window/navigation.py" line="71"/>
        <source>Nothing named {0} here</source>
        <translation>這裡沒有名為 {0} 的項目</translation>
    </message>
    <message>
        <location filename="../window/navigation.py" line="191"/>
        <source>Locating bucket {0}…</source>
        <translation>正在尋找 Bucket {0}…</translation>
    </message>
    <message>
        <location filename="../window/navigation.py" line="233"/>
        <source>You can still open a bucket by name: press Ctrl+L and type oss://bucket/.</source>
        <translation>仍可依名稱開啟 Bucket：按 Ctrl+L 並輸入 oss://bucket/。</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../window/layout.py" line="32"/>
        <source>Navigation</source>
        <translation>導覽</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="41"/>
        <source>Profile: the account and region to browse</source>
        <translation>設定檔：要瀏覽的帳號和地區</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="42"/>
        <source>Profile</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="43"/>
        <source>Profile:</source>
        <translation>設定檔：</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="55"/>
        <source>Filter this folder (Ctrl+F)</source>
        <translation>篩選此資料夾 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="59"/>
        <source>Filter</source>
        <translation>篩選</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="61"/>
        <source>Clear filter</source>
        <translation>清除篩選</translation>
    </message>
</context>
<context>
    <name>ObjectActions</name>
    <message>
        <location filename="../window/object_actions.py" line="136"/>
        <source>Link copied, valid until {0}</source>
        <translation>已複製連結，有效期限至 {0}</translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="138"/>
        <source>{0} links copied, valid until {1}</source>
        <translation>已複製 {0} 個連結，有效期限至 {1}</translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="141"/>
        <source> (it needs signed headers: use Share… for a curl command)</source>
        <translation> （需要簽名請求標頭：請使用「分享…」取得 curl 指令）</translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="143"/>
        <source> — archived: OSS refuses the download until the object is restored</source>
        <translation> — 已歸檔：物件解凍前，OSS 會拒絕下載</translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="163"/>
        <source>{0} paths</source>
        <translation>{0} 個路徑</translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="164"/>
        <source>Copied {0}</source>
        <translation>已複製 {0}</translation>
    </message>
</context>
<context>
    <name>ObjectListModel</name>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Last modified</source>
        <translation>上次修改時間</translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Storage class</source>
        <translation>儲存類型</translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="304"/>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
</context>
<context>
    <name>ObjectWarning</name>
    <message>
        <location filename="../share/object_warning.py" line="25"/>
        <source>The latest version of this object is a delete marker: the link answers 404 Not Found. Choose an earlier version to share it.</source>
        <translation>此物件的最新版本是刪除標記：連結會回應 404 Not Found。請選擇歷史版本來分享。</translation>
    </message>
    <message>
        <location filename="../share/object_warning.py" line="31"/>
        <source>This {0} object is being restored: the link fails until the restore finishes.</source>
        <translation>此{0}物件正在解凍：解凍完成前連結無法使用。</translation>
    </message>
    <message>
        <location filename="../share/object_warning.py" line="35"/>
        <source>This object is in {0} storage and not restored: the link will fail until you restore it, and works only while the restored copy lasts.</source>
        <translation>此物件的儲存類型為{0}且尚未解凍：解凍前連結無法使用，且只在解凍副本的有效期間內可用。</translation>
    </message>
    <message>
        <location filename="../share/object_warning.py" line="39"/>
        <source>This version is in {0} storage: it can be downloaded only once restored.</source>
        <translation>此版本的儲存類型為{0}：須解凍後才能下載。</translation>
    </message>
</context>
<context>
    <name>OptionsSection</name>
    <message>
        <location filename="../share/options_section.py" line="20"/>
        <source>&amp;Options</source>
        <translation>選項(&amp;O)</translation>
    </message>
</context>
<context>
    <name>OptionsSummary</name>
    <message>
        <location filename="../share/options_summary.py" line="28"/>
        <source>until {0}</source>
        <translation>至 {0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="35"/>
        <source>internal host</source>
        <translation>內網存取</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="37"/>
        <source>transfer acceleration</source>
        <translation>傳輸加速</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="39"/>
        <source>on {0}</source>
        <translation>使用 {0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="48"/>
        <source>download as {0}</source>
        <translation>下載為 {0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="49"/>
        <source>download</source>
        <translation>下載</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="51"/>
        <source>shown in the browser</source>
        <translation>在瀏覽器中顯示</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="54"/>
        <source>type {0}</source>
        <translation>類型 {0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="56"/>
        <source>cache {0}</source>
        <translation>快取 {0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="58"/>
        <source>language {0}</source>
        <translation>語言 {0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="60"/>
        <source>at most {0} KB/s</source>
        <translation>最高 {0} KB/s</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="80"/>
        <source>version {0}</source>
        <translation>版本 {0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="84"/>
        <source>processed: {0}</source>
        <translation>處理：{0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="87"/>
        <source>needs a header</source>
        <translation>需要 1 個請求標頭</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="89"/>
        <source>needs {0} headers</source>
        <translation>需要 {0} 個請求標頭</translation>
    </message>
</context>
<context>
    <name>OverridesWidget</name>
    <message>
        <location filename="../share/overrides_widget.py" line="42"/>
        <source>As stored</source>
        <translation>維持原樣</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="43"/>
        <source>Download (attachment)</source>
        <translation>下載 (attachment)</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="44"/>
        <source>Show in browser (inline)</source>
        <translation>在瀏覽器中顯示 (inline)</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="46"/>
        <source>file name the recipient saves</source>
        <translation>接收者儲存時的檔案名稱</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="48"/>
        <source>as stored, e.g. application/pdf</source>
        <translation>維持原樣，或例如 application/pdf</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="50"/>
        <source>as stored, e.g. no-cache</source>
        <translation>維持原樣，或例如 no-cache</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="52"/>
        <source>as stored, e.g. zh-CN</source>
        <translation>維持原樣，或例如 zh-TW</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="56"/>
        <source> KB/s</source>
        <translation> KB/s</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="57"/>
        <source>No limit</source>
        <translation>不限速</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="67"/>
        <source>Open as</source>
        <translation>開啟方式</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="68"/>
        <source>Content type</source>
        <translation>內容類型</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="69"/>
        <source>Cache control</source>
        <translation>快取控制</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="70"/>
        <source>Content language</source>
        <translation>內容語言</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="71"/>
        <source>Traffic limit</source>
        <translation>單連結限速</translation>
    </message>
</context>
<context>
    <name>PathBar</name>
    <message>
        <location filename="../widgets/path_bar.py" line="23"/>
        <source>Only oss:// paths and http(s) links to objects can be opened.</source>
        <translation>只能開啟 oss:// 路徑，以及指向物件的 http(s) 連結。</translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="28"/>
        <source>Choose a bucket first, or type oss://bucket/folder/.</source>
        <translation>請先選擇 Bucket，或輸入 oss://bucket/folder/。</translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="32"/>
        <source>This path names no bucket: type oss://bucket/folder/.</source>
        <translation>此路徑未指定 Bucket：請輸入 oss://bucket/folder/。</translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="52"/>
        <source>Click empty space or press Ctrl+L to type a path</source>
        <translation>按一下空白處或按 Ctrl+L 輸入路徑</translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="57"/>
        <source>oss://bucket/folder/ or a link to an object</source>
        <translation>oss://bucket/folder/ 或物件連結</translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="117"/>
        <source>Choose a bucket</source>
        <translation>選擇 Bucket</translation>
    </message>
    <message>
        <location filename="../widgets/link_places.py" line="64"/>
        <source>This link names no host.</source>
        <translation>此連結未包含主機名稱。</translation>
    </message>
    <message>
        <location filename="../widgets/link_places.py" line="70"/>
        <source>This link names no bucket: {0} is a service address.</source>
        <translation>此連結未指定 Bucket：{0} 是服務位址。</translation>
    </message>
    <message>
        <location filename="../widgets/link_places.py" line="78"/>
        <source>No bucket can be read from a link on {0}: it is not an OSS host, nor this profile&apos;s endpoint or one of its custom domains.</source>
        <translation>無法從 {0} 上的連結辨識 Bucket：它不是 OSS 網域，也不是此設定檔的 Endpoint 或其自訂網域名稱。</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../problems.py" line="42"/>
        <source>Unexpected problem</source>
        <translation>非預期的問題</translation>
    </message>
    <message>
        <location filename="../problems.py" line="43"/>
        <source>Something unexpected went wrong ({0}). Try again; if it keeps happening, please report it.</source>
        <translation>發生非預期的錯誤（{0}）。請再試一次；如果問題持續發生，請回報。</translation>
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
        <translation>無</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="65"/>
        <location filename="../share/process_widget.py" line="98"/>
        <source>Style</source>
        <translation>樣式</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="66"/>
        <source>Resize or convert an image</source>
        <translation>縮放或轉換圖片</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="67"/>
        <source>Video snapshot</source>
        <translation>影片截圖</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="70"/>
        <source>style name, as set up on the bucket</source>
        <translation>樣式名稱，須已在 Bucket 中建立</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="71"/>
        <location filename="../share/process_widget.py" line="75"/>
        <location filename="../share/process_widget.py" line="80"/>
        <source>keep</source>
        <translation>原始</translation>
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
        <translation>原影片</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="93"/>
        <source>e.g. image/resize,w_200 — signed as written</source>
        <translation>例如 image/resize,w_200 — 依原樣簽名</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="101"/>
        <location filename="../share/process_widget.py" line="107"/>
        <source>Width × height</source>
        <translation>寬 × 高</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="102"/>
        <location filename="../share/process_widget.py" line="108"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="103"/>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="106"/>
        <source>At</source>
        <translation>截圖時間點</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="118"/>
        <source>Processing</source>
        <translation>處理方式</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../widgets/profile_dialog.py" line="55"/>
        <source>Edit profile</source>
        <translation>編輯設定檔</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="55"/>
        <source>Add profile</source>
        <translation>新增設定檔</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="60"/>
        <source>e.g. work</source>
        <translation>例如 work</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="67"/>
        <source>leave empty to keep the stored secret</source>
        <translation>留空則保留已儲存的金鑰</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="67"/>
        <location filename="../widgets/profile_dialog.py" line="117"/>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="71"/>
        <source>only for STS credentials</source>
        <translation>僅用於 STS 臨時憑證</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="76"/>
        <source>optional: a custom endpoint host</source>
        <translation>選用：自訂 Endpoint 主機名稱</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="77"/>
        <source>Internal (VPC)</source>
        <translation>內網 (VPC)</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="78"/>
        <source>Accelerate</source>
        <translation>傳輸加速</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="79"/>
        <source>Dual-stack</source>
        <translation>雙堆疊</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="80"/>
        <source>Path-style</source>
        <translation>Path-style</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="81"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="89"/>
        <source>15 minutes (default)</source>
        <translation>15 分鐘（預設）</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="90"/>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="92"/>
        <source>V4 (recommended)</source>
        <translation>V4（建議）</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="93"/>
        <source>V1 (legacy endpoints)</source>
        <translation>V1（舊版 Endpoint）</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="96"/>
        <source>Profile name:</source>
        <translation>設定檔名稱：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="97"/>
        <source>AccessKey ID:</source>
        <translation>AccessKey ID：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="98"/>
        <source>AccessKey secret:</source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="99"/>
        <source>STS token:</source>
        <translation>STS Token：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="100"/>
        <source>Region:</source>
        <translation>地區：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="101"/>
        <source>Endpoint:</source>
        <translation>Endpoint：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="103"/>
        <source>Default link expiry:</source>
        <translation>連結預設有效期限：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="104"/>
        <source>Signature:</source>
        <translation>簽名版本：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="115"/>
        <source>Profile name</source>
        <translation>設定檔名稱</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="116"/>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="118"/>
        <source>STS token</source>
        <translation>STS Token</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="119"/>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="120"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="121"/>
        <source>Default link expiry</source>
        <translation>連結預設有效期限</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="131"/>
        <source>Checking the system keyring…</source>
        <translation>正在檢查系統鑰匙圈…</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="133"/>
        <source>Keep the secret for this session only (forgotten when ossshare quits)</source>
        <translation>僅在此工作階段保留金鑰（ossshare 結束後即清除）</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="161"/>
        <source>The secret will be stored in {0}. Nothing secret is written to a file.</source>
        <translation>金鑰將保存在 {0} 中。不會將任何機密資訊寫入檔案。</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="165"/>
        <source>{0} Nothing secret is written to a file.</source>
        <translation>{0} 不會將任何機密資訊寫入檔案。</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="169"/>
        <source>{0} ossshare never writes secrets to a file.</source>
        <translation>{0} ossshare 絕不會將金鑰寫入檔案。</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="179"/>
        <source>The keyring could not be checked.</source>
        <translation>無法檢查鑰匙圈。</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="241"/>
        <source>a name is required</source>
        <translation>必須填寫名稱</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="259"/>
        <source>is required</source>
        <translation>為必填</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="261"/>
        <source>enter the secret that comes with the new STS token</source>
        <translation>請輸入與新 STS Token 搭配的 AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="264"/>
        <source>a new AccessKey ID needs its own secret</source>
        <translation>新的 AccessKey ID 需要填寫其對應的 AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="309"/>
        <source>memory for this session only</source>
        <translation>記憶體（僅限此工作階段）</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../window/profiles.py" line="47"/>
        <source>Demo (offline sandbox)</source>
        <translation>示範（離線沙箱）</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="49"/>
        <source>Environment variables</source>
        <translation>環境變數</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="54"/>
        <source>Reading profiles…</source>
        <translation>正在讀取設定檔…</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="67"/>
        <source>Unknown profile</source>
        <translation>未知的設定檔</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="67"/>
        <source>There is no profile named &apos;{0}&apos;.</source>
        <translation>沒有名為「{0}」的設定檔。</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="85"/>
        <source>{0} settings problems</source>
        <translation>設定中有 {0} 個問題</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="121"/>
        <source>Profile: the account and region to browse</source>
        <translation>設定檔：要瀏覽的帳號和地區</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="122"/>
        <source>In use: {0} — {1}, {2}</source>
        <translation>使用中：{0} — {1}，{2}</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="141"/>
        <source>Starting the demo sandbox…</source>
        <translation>正在啟動示範沙箱…</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="143"/>
        <source>Opening {0}…</source>
        <translation>正在開啟 {0}…</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="183"/>
        <source>No profile yet</source>
        <translation>尚無設定檔</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="210"/>
        <source>Profile &apos;{0}&apos; saved; its secret is in {1}.</source>
        <translation>設定檔「{0}」已儲存；其金鑰保存在 {1} 中。</translation>
    </message>
</context>
<context>
    <name>QrFullScreen</name>
    <message>
        <location filename="../share/qr_widget.py" line="149"/>
        <source>QR code — press Esc to close</source>
        <translation>QR Code — 按 Esc 關閉</translation>
    </message>
    <message>
        <location filename="../share/qr_widget.py" line="159"/>
        <source>Scan with a phone camera. Esc or a click closes this view.</source>
        <translation>請用手機相機掃描。按 Esc 或按一下即可關閉此畫面。</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <location filename="../share/qr_panel.py" line="44"/>
        <source>Full screen</source>
        <translation>全螢幕</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="47"/>
        <source>Recovery 7% (L)</source>
        <translation>容錯 7% (L)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="48"/>
        <source>Recovery 15% (M)</source>
        <translation>容錯 15% (M)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="49"/>
        <source>Recovery 25% (Q)</source>
        <translation>容錯 25% (Q)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="50"/>
        <source>Recovery 30% (H)</source>
        <translation>容錯 30% (H)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="56"/>
        <source>Error correction: how much of the code may be hidden or damaged; more makes it denser</source>
        <translation>容錯等級：QR Code 可被遮住或損壞的比例；等級越高，QR Code 越密</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="58"/>
        <source>Save or copy</source>
        <translation>儲存或複製</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="60"/>
        <source>Save PNG…</source>
        <translation>儲存 PNG…</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="61"/>
        <source>Save SVG…</source>
        <translation>儲存 SVG…</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="62"/>
        <source>Copy image</source>
        <translation>複製圖片</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="143"/>
        <source>The link is too long for a QR code at this level: choose L, or a shorter link.</source>
        <translation>連結太長，無法以此容錯等級產生 QR Code：請選擇 L，或使用較短的連結。</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="144"/>
        <source>No link</source>
        <translation>無連結</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="151"/>
        <source>Version {0} · {1}×{1} modules · level {2}</source>
        <translation>版本 {0} · {1}×{1} 模組 · 容錯等級 {2}</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="157"/>
        <source>Dense code (version {0}): phones may struggle to read it from a screen. Use full screen, level L, or a shorter link (fewer options, no STS token).</source>
        <translation>QR Code 較密（版本 {0}）：手機可能難以從螢幕上辨識。請使用全螢幕、L 等級，或較短的連結（減少選項、不使用 STS Token）。</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="163"/>
        <source>This link needs signed headers a phone cannot send: scanning it will fail.</source>
        <translation>此連結需要手機無法傳送的簽名請求標頭：掃描後存取會失敗。</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="187"/>
        <source>QR code copied as an image.</source>
        <translation>已將 QR Code 複製為圖片。</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="190"/>
        <source>Save QR code</source>
        <translation>儲存 QR Code</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="193"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="193"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 圖片 (*.svg)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="210"/>
        <source>Could not save the QR code</source>
        <translation>無法儲存 QR Code</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="215"/>
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
</context>
<context>
    <name>QrSheet</name>
    <message>
        <location filename="../batch/qr_sheet.py" line="63"/>
        <source>Download links — page {0} of {1}</source>
        <translation>下載連結 — 第 {0} 頁，共 {1} 頁</translation>
    </message>
    <message>
        <location filename="../batch/qr_sheet.py" line="78"/>
        <source>This link is too long for a QR code.</source>
        <translation>此連結太長，無法產生 QR Code。</translation>
    </message>
    <message>
        <location filename="../batch/qr_sheet.py" line="85"/>
        <source>Expires {0}</source>
        <translation>到期時間：{0}</translation>
    </message>
    <message>
        <location filename="../batch/qr_sheet.py" line="126"/>
        <source>cannot write {0}</source>
        <translation>無法寫入 {0}</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../share/qr_widget.py" line="126"/>
        <source>Too small to scan here: double-click for the full-screen code.</source>
        <translation>尺寸太小，無法在此掃描：按兩下即可全螢幕顯示 QR Code。</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../share/result_panel.py" line="55"/>
        <source>The key has a &apos;.&apos; or &apos;..&apos; folder in its path: browsers and most download tools rewrite such a path, so the link fails there (curl --path-as-is works).</source>
        <translation>物件路徑中含有「.」或「..」資料夾：瀏覽器和大多數下載工具會改寫這類路徑，因此連結在其中會失效（curl --path-as-is 可正常使用）。</translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="60"/>
        <source>OSS&apos;s own domains make browsers download files even when asked to show them: showing inline needs a custom domain bound to the bucket.</source>
        <translation>使用 OSS 預設網域名稱時，即使要求在瀏覽器中顯示，瀏覽器仍會下載檔案：若要直接顯示，需使用繫結至此 Bucket 的自訂網域名稱。</translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="64"/>
        <source>OSS may refuse to override the content type on its own domains; use Test link to check, or a custom domain.</source>
        <translation>在 OSS 預設網域名稱上，OSS 可能拒絕覆寫內容類型；請用「測試連結」確認，或改用自訂網域名稱。</translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="74"/>
        <source>Signed headers the recipient must send:
{0}</source>
        <translation>接收者必須傳送的簽名請求標頭：
{0}</translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="77"/>
        <source>A browser or a phone cannot send these headers, so opening the link there fails. Send the curl (or wget, PowerShell, Python) form instead.</source>
        <translation>瀏覽器或手機無法傳送這些請求標頭，因此在其中開啟連結會失敗。請改為傳送 curl（或 wget、PowerShell、Python）格式。</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../share/dialog.py" line="101"/>
        <source>Share {0}</source>
        <translation>分享 {0}</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="120"/>
        <source>Renew</source>
        <translation>續期</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="121"/>
        <source>Sign again from now</source>
        <translation>從現在起重新簽名</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="56"/>
        <source>Host</source>
        <translation>存取網域名稱</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="57"/>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="58"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="62"/>
        <source>Response overrides and traffic limit</source>
        <translation>覆寫回應標頭與單連結限速</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="63"/>
        <source>Image processing</source>
        <translation>圖片處理</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="61"/>
        <source>Signed request headers</source>
        <translation>簽名請求標頭</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="239"/>
        <source>No link: {0}</source>
        <translation>無法產生連結：{0}</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="249"/>
        <source>No link: this link has expired. Press Renew for a fresh one.</source>
        <translation>無可用連結：此連結已過期。請按「續期」取得新連結。</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="295"/>
        <source>No connection</source>
        <translation>未連線</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="310"/>
        <source>That version is gone or is a delete marker: the latest is shown.</source>
        <translation>該版本已不存在或是刪除標記：改為顯示最新版本。</translation>
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
        <translation>V1（舊版 HMAC-SHA1）</translation>
    </message>
</context>
<context>
    <name>SortLoader</name>
    <message>
        <location filename="../window/sorting.py" line="87"/>
        <source>Loading the whole folder to sort it: {0} so far…</source>
        <translation>正在載入整個資料夾以便排序：目前已載入 {0} 項…</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="102"/>
        <source>Sorted: only the {0} loaded so far (scroll or re-sort to load more)</source>
        <translation>已排序：僅限目前已載入的 {0} 項（捲動或重新排序可載入更多）</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="113"/>
        <source>Sort a large folder</source>
        <translation>排序大型資料夾</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="114"/>
        <source>{0} keys are loaded and the folder holds more. Load all of them to sort it?</source>
        <translation>已載入 {0} 項，資料夾中還有更多。要全部載入後再排序嗎？</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="118"/>
        <source>Load all</source>
        <translation>全部載入</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="119"/>
        <source>Sort the loaded ones</source>
        <translation>只排序已載入的項目</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="123"/>
        <source>Waiting: load the whole folder?</source>
        <translation>等待確認：要載入整個資料夾嗎？</translation>
    </message>
</context>
<context>
    <name>SortNote</name>
    <message>
        <location filename="../widgets/sort_note.py" line="19"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/sort_note.py" line="20"/>
        <source>Stop loading; the order then covers the rows loaded so far</source>
        <translation>停止載入；排序將只涵蓋目前已載入的列</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../widgets/status_bar.py" line="23"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小時 {1} 分鐘</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="25"/>
        <source>{0} min</source>
        <translation>{0} 分鐘</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="26"/>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="42"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="80"/>
        <source>{0}, {1}</source>
        <comment>folder count, object count</comment>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="82"/>
        <source>{0} shown of {1}</source>
        <translation>已顯示 {0} 項，共 {1}</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="84"/>
        <source>{0} so far — listing stopped (Retry continues it)</source>
        <translation>目前 {0} — 已停止列出（按「重試」繼續）</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="86"/>
        <source>{0} so far — listing stopped</source>
        <translation>目前 {0} — 已停止列出</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="88"/>
        <source>{0} — scroll for more</source>
        <translation>{0} — 捲動以載入更多</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="116"/>
        <source>behind</source>
        <translation>慢</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="116"/>
        <source>ahead of</source>
        <translation>快</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="119"/>
        <source>Your clock is about {0} {1} OSS</source>
        <translation>本機時鐘比 OSS {1}約 {0}</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="120"/>
        <source>: links signed now will be refused</source>
        <translation>：現在簽名的連結將遭拒絕</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="124"/>
        <source>OSS refuses signatures made more than 15 minutes off its own time, and links expire early or late by the same amount. Synchronise this computer&apos;s clock.</source>
        <translation>OSS 會拒絕與其時間相差超過 15 分鐘的簽名，連結的到期時間也會因此提前或延後相同的時間。請同步本機時鐘。</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="147"/>
        <source>1 folder</source>
        <translation>1 個資料夾</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="147"/>
        <source>{0} folders</source>
        <translation>{0} 個資料夾</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="149"/>
        <source>1 object</source>
        <translation>1 個物件</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="149"/>
        <source>{0} objects</source>
        <translation>{0} 個物件</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="150"/>
        <source>1 bucket</source>
        <translation>1 個 Bucket</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="150"/>
        <source>{0} buckets</source>
        <translation>{0} 個 Bucket</translation>
    </message>
</context>
<context>
    <name>StorageClass</name>
    <message>
        <location filename="../i18n.py" line="32"/>
        <source>Standard</source>
        <translation>標準儲存</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="33"/>
        <source>IA</source>
        <translation>低頻存取</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="34"/>
        <source>Archive</source>
        <translation>歸檔儲存</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="35"/>
        <source>ColdArchive</source>
        <translation>冷歸檔儲存</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="36"/>
        <source>DeepColdArchive</source>
        <translation>深度冷歸檔儲存</translation>
    </message>
</context>
<context>
    <name>VersionListModel</name>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>Modified</source>
        <translation>修改時間</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>Version ID</source>
        <translation>版本 ID</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="87"/>
        <source>Delete marker (latest)</source>
        <translation>刪除標記（最新）</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="87"/>
        <source>Delete marker</source>
        <translation>刪除標記</translation>
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
        <translation>最新版本</translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="45"/>
        <source>Loading versions…</source>
        <translation>正在載入版本…</translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="48"/>
        <source>Versions unavailable</source>
        <translation>無法取得版本</translation>
    </message>
    <message numerus="yes">
        <location filename="../share/version_widget.py" line="66"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 個版本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="75"/>
        <source>{0} · delete marker · {1}</source>
        <translation>{0} · 刪除標記 · {1}</translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="77"/>
        <source>{0} · {1} bytes · {2}</source>
        <translation>{0} · {1} 位元組 · {2}</translation>
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
        <translation>歡迎使用 ossshare</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="43"/>
        <source>Browse your Alibaba Cloud OSS buckets and turn any object into a time-limited download link, a QR code or a ready curl command. Secrets stay in your system keyring.</source>
        <translation>瀏覽您的阿里雲 OSS Bucket，將任何物件轉為有時效的下載連結、QR Code 或現成的 curl 指令。金鑰一律保存在系統鑰匙圈中。</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="52"/>
        <source>Add profile</source>
        <translation>新增設定檔</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="52"/>
        <source>Enter an AccessKey ID and secret, with the region of your buckets.</source>
        <translation>輸入 AccessKey ID 和 AccessKey Secret，以及 Bucket 所在的地區。</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="55"/>
        <source>Import from ossutil</source>
        <translation>從 ossutil 匯入</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="55"/>
        <source>Read ~/.ossutilconfig; the secrets go straight to the keyring.</source>
        <translation>讀取 ~/.ossutilconfig；金鑰直接存入鑰匙圈。</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="58"/>
        <source>Try the demo</source>
        <translation>試用示範</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="58"/>
        <source>A sample bucket on a local sandbox: nothing leaves this computer.</source>
        <translation>本機沙箱中的範例 Bucket：任何資料都不會離開這部電腦。</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../window/actions.py" line="22"/>
        <source>&amp;Up</source>
        <translation>上一層(&amp;U)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="23"/>
        <source>Up one folder (Alt+Up, Backspace)</source>
        <translation>回到上一層資料夾 (Alt+Up, Backspace)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="24"/>
        <source>&amp;Back</source>
        <translation>上一頁(&amp;B)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="25"/>
        <source>Back to the previous folder (Alt+Left)</source>
        <translation>回到上一個資料夾 (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="26"/>
        <source>&amp;Forward</source>
        <translation>下一頁(&amp;F)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="27"/>
        <source>Forward again (Alt+Right)</source>
        <translation>前往下一個資料夾 (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="28"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="30"/>
        <source>Reload this folder (F5)</source>
        <translation>重新載入此資料夾 (F5)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="31"/>
        <source>Go to &amp;path…</source>
        <translation>前往路徑(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="32"/>
        <source>F&amp;ilter</source>
        <translation>篩選(&amp;I)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="33"/>
        <source>&amp;Share…</source>
        <translation>分享(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="34"/>
        <source>Share &amp;folder…</source>
        <translation>分享資料夾(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="35"/>
        <source>Links for every object under a folder (Ctrl+Shift+S)</source>
        <translation>為資料夾下的所有物件產生連結 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="36"/>
        <source>&amp;Links…</source>
        <translation>已分享的連結(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="37"/>
        <source>The links given out, with what would stop them (Ctrl+Shift+L)</source>
        <translation>已分享的連結，以及可能使其失效的情況 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="38"/>
        <source>&amp;Record links given out</source>
        <translation>記錄已分享的連結(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="40"/>
        <source>Copy &amp;link (default expiry)</source>
        <translation>複製連結（預設有效期限）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="41"/>
        <source>Copy &amp;oss:// path</source>
        <translation>複製 oss:// 路徑(&amp;O)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="42"/>
        <source>Show &amp;versions</source>
        <translation>顯示版本(&amp;V)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="43"/>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="44"/>
        <source>Try the &amp;demo</source>
        <translation>試用示範(&amp;D)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="45"/>
        <source>&amp;Add profile…</source>
        <translation>新增設定檔(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="46"/>
        <source>&amp;Import from ossutil…</source>
        <translation>從 ossutil 匯入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="47"/>
        <source>&amp;Manage profiles…</source>
        <translation>管理設定檔(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="48"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="49"/>
        <source>&amp;About ossshare</source>
        <translation>關於 ossshare(&amp;A)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="64"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="73"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="76"/>
        <source>&amp;Object</source>
        <translation>物件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="79"/>
        <source>&amp;Links</source>
        <translation>連結(&amp;L)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="82"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
</context>
</TS>

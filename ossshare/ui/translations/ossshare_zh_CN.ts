<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../widgets/about_dialog.py" line="23"/>
        <source>About ossshare</source>
        <translation>关于 ossshare</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="24"/>
        <source>ossshare {0}</source>
        <translation>ossshare {0}</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="33"/>
        <source>Signed, time-limited download links for Alibaba Cloud OSS objects. Secrets stay in the system keyring.</source>
        <translation>为阿里云 OSS 对象生成带签名、有时效的下载链接。密钥始终保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="48"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="49"/>
        <source>Copy these details, for a bug report</source>
        <translation>复制以上信息，用于报告问题</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="62"/>
        <source>bundle</source>
        <translation>独立运行包</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="62"/>
        <source>Python package</source>
        <translation>Python 包</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="64"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="65"/>
        <source>License</source>
        <translation>许可证</translation>
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
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="70"/>
        <source>Installed as</source>
        <translation>安装方式</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="71"/>
        <source>Settings</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="72"/>
        <source>Link ledger</source>
        <translation>链接记录</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="73"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="73"/>
        <source>standard error (ossshare keeps no log file)</source>
        <translation>标准错误输出（ossshare 不保存日志文件）</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="74"/>
        <source>Desktop id</source>
        <translation>桌面 ID</translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="82"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../batch/dialog.py" line="94"/>
        <source>Share {0} objects</source>
        <translation>分享 {0} 个对象</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="95"/>
        <source>{0} objects in oss://{1}/</source>
        <translation>oss://{1}/ 中的 {0} 个对象</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="97"/>
        <source>Share folder {0}</source>
        <translation>分享目录 {0}</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="98"/>
        <source>Every object under oss://{0}/{1}</source>
        <translation>oss://{0}/{1} 下的所有对象</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="104"/>
        <source>every object, or e.g. *.log, 2024/*</source>
        <translation>所有对象，或例如 *.log, 2024/*</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="106"/>
        <source>nothing, or e.g. *.tmp</source>
        <translation>不排除，或例如 *.tmp</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="107"/>
        <source>&amp;Make links</source>
        <translation>生成链接(&amp;M)</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="109"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="126"/>
        <source>&amp;Copy all</source>
        <translation>全部复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="129"/>
        <source>Plain links</source>
        <translation>纯链接</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="129"/>
        <source>Markdown table</source>
        <translation>Markdown 表格</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="130"/>
        <source>HTML page</source>
        <translation>HTML 页面</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="130"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="135"/>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="140"/>
        <source>The QR sheet&apos;s paper size</source>
        <translation>二维码清单的纸张大小</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="141"/>
        <source>&amp;QR sheet (PDF)…</source>
        <translation>二维码清单 PDF(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="142"/>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>模式匹配目录下的名称；* 也匹配 /；多个模式用英文逗号分隔。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="171"/>
        <source>No links: {0}</source>
        <translation>未生成链接：{0}</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="192"/>
        <source>Listing…</source>
        <translation>正在列举…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="192"/>
        <location filename="../batch/dialog.py" line="216"/>
        <source>Signing…</source>
        <translation>正在签名…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="200"/>
        <source>QR sheet cancelled: nothing was written.</source>
        <translation>已取消二维码清单：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="209"/>
        <source>Cancelled after {0} objects: the links made so far are shown.</source>
        <translation>已在处理 {0} 个对象后取消：下面显示已生成的链接。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="216"/>
        <source>Listing and signing…</source>
        <translation>正在列举并签名…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="217"/>
        <source>{0} {1} objects, {2}</source>
        <translation>{0} {1} 个对象，{2}</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="223"/>
        <source>Many objects</source>
        <translation>对象较多</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="224"/>
        <source>This folder holds more than {0} objects. Go on listing and signing all of them?</source>
        <translation>此目录包含超过 {0} 个对象。是否继续列举并为全部对象签名？</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="249"/>
        <source>{0} links, {1}, all valid until {2}.</source>
        <translation>{0} 个链接，共 {1}，有效期均至 {2}。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="253"/>
        <source>{0} objects have names OSS would refuse: no link for them (first: {1}).</source>
        <translation>{0} 个对象的名称会被 OSS 拒绝，未为其生成链接（第一个：{1}）。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="257"/>
        <source>No objects matched: nothing to share.</source>
        <translation>没有匹配的对象，无可分享。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="275"/>
        <source>The options changed: press Make links for links with them.</source>
        <translation>选项已更改：请点击“生成链接”，按新选项生成链接。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="281"/>
        <source>These links have expired: press Make links for fresh ones.</source>
        <translation>这些链接已过期：请点击“生成链接”重新生成。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="297"/>
        <source>Copied {0} links.</source>
        <translation>已复制 {0} 个链接。</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="317"/>
        <source>Download links</source>
        <translation>下载链接</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="335"/>
        <source>Writing the QR sheet: page {0} of {1}…</source>
        <translation>正在写入二维码清单：第 {0} 页，共 {1} 页…</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="342"/>
        <source>QR sheet saved: {0}</source>
        <translation>二维码清单已保存：{0}</translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="354"/>
        <source>Could not write the file: {0}</source>
        <translation>无法写入文件：{0}</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="17"/>
        <source>Plain links (*.txt)</source>
        <translation>纯链接 (*.txt)</translation>
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
        <translation>HTML 页面 (*.html)</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="25"/>
        <source>Save links</source>
        <translation>保存链接</translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="41"/>
        <source>Save QR sheet</source>
        <translation>保存二维码清单</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../batch/model.py" line="74"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../batch/model.py" line="74"/>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location filename="../batch/model.py" line="74"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
</context>
<context>
    <name>BatchOptions</name>
    <message>
        <location filename="../batch/options.py" line="42"/>
        <source>Each link opens the latest version of its object.</source>
        <translation>每个链接打开其对象的最新版本。</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="45"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="47"/>
        <source>Host</source>
        <translation>访问域名</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="48"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="49"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="54"/>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="55"/>
        <source>Signed request headers</source>
        <translation>签名请求头</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="56"/>
        <source>Response overrides</source>
        <translation>覆盖响应头</translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="57"/>
        <source>Image processing</source>
        <translation>图片处理</translation>
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
        <translation>目录和对象</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="115"/>
        <source>Details</source>
        <translation>详情</translation>
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
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../models/bucket_list.py" line="122"/>
        <source>oss://{0} in {1}</source>
        <translation>oss://{0}，地域 {1}</translation>
    </message>
</context>
<context>
    <name>CopyBar</name>
    <message>
        <location filename="../share/copy_bar.py" line="23"/>
        <source>Copy link</source>
        <translation>复制链接</translation>
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
        <translation>以 {0} 形式复制链接</translation>
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
        <translation>已复制。</translation>
    </message>
</context>
<context>
    <name>DetailsLoader</name>
    <message>
        <location filename="../window/details.py" line="90"/>
        <source>Versions unavailable: {0}</source>
        <translation>无法获取版本：{0}</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../widgets/details_pane.py" line="37"/>
        <source>Select an object to see its details and versions.</source>
        <translation>选择一个对象以查看其详情和版本。</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="76"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="77"/>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="78"/>
        <source>Storage class</source>
        <translation>存储类型</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="79"/>
        <source>Content type</source>
        <translation>内容类型</translation>
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
        <translation>解冻状态</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="97"/>
        <source>Share…</source>
        <translation>分享…</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="100"/>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="101"/>
        <source>Copy a link valid for the profile&apos;s default time (15 minutes unless set)</source>
        <translation>复制按配置默认有效期签名的链接（未设置时为 15 分钟）</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="108"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="130"/>
        <source>Enter or double-click shares that version</source>
        <translation>按 Enter 或双击即可分享该版本</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="167"/>
        <source>Folder (a common prefix)</source>
        <translation>目录（公共前缀）</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="170"/>
        <source>Press Enter to open this folder.</source>
        <translation>按 Enter 打开此目录。</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="185"/>
        <source>Loading details…</source>
        <translation>正在加载详情…</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="193"/>
        <source>none (versioning off)</source>
        <translation>无（未开启版本控制）</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="198"/>
        <source>Archived: restore it before sharing</source>
        <translation>已归档：分享前请先解冻</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="200"/>
        <source>Restore in progress</source>
        <translation>正在解冻</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="204"/>
        <source>Restored</source>
        <translation>已解冻</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="212"/>
        <source>No earlier versions.</source>
        <translation>没有历史版本。</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="214"/>
        <source>{0} versions</source>
        <translation>{0} 个版本</translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="244"/>
        <source>{0} ({1} bytes)</source>
        <translation>{0}（{1} 字节）</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../widgets/error_banner.py" line="36"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../widgets/error_banner.py" line="38"/>
        <source>Edit profile…</source>
        <translation>编辑配置…</translation>
    </message>
    <message>
        <location filename="../widgets/error_banner.py" line="43"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
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
        <translation>附加请求头 {0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="206"/>
        <source>additional headers</source>
        <translation>附加请求头</translation>
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
        <translation>自定义域名对应的 Bucket</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="210"/>
        <source>deadline</source>
        <translation>超时时限</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="211"/>
        <source>default expiry</source>
        <translation>默认有效期</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="212"/>
        <source>endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="213"/>
        <source>expiration</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="214"/>
        <source>expires</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="215"/>
        <source>expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="216"/>
        <source>header &apos;{0}&apos;</source>
        <translation>请求头“{0}”</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="217"/>
        <source>header {0}</source>
        <translation>请求头 {0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="218"/>
        <source>key</source>
        <translation>对象名称</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="219"/>
        <source>method</source>
        <translation>HTTP 方法</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="220"/>
        <source>profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="221"/>
        <source>profile {0}</source>
        <translation>配置 {0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="222"/>
        <source>profile {0}: {1}</source>
        <translation>配置 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="223"/>
        <source>range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="224"/>
        <source>range behavior</source>
        <translation>Range 行为</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="225"/>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="226"/>
        <source>request payer</source>
        <translation>请求者付费</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="227"/>
        <source>retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="228"/>
        <source>security token</source>
        <translation>STS Token</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="229"/>
        <source>signature version</source>
        <translation>签名版本</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="230"/>
        <source>signing time</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="231"/>
        <source>token expiration</source>
        <translation>STS Token 过期时间</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="232"/>
        <source>traffic limit</source>
        <translation>单链接限速</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="233"/>
        <source>traffic limit in query</source>
        <translation>查询参数中的单链接限速</translation>
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
        <translation>“{0}”来自环境变量，无法保存；请换一个名称。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="26"/>
        <source>&apos;{0}&apos; comes from environment variables; unset {1} and {2} to remove it.</source>
        <translation>“{0}”来自环境变量；要移除它，请取消设置 {1} 和 {2}。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="27"/>
        <source>&apos;{0}&apos; is not a duration: use seconds or e.g. 15m, 1h, 7d, 1h30m</source>
        <translation>“{0}”不是有效的时长：请使用秒数，或例如 15m、1h、7d、1h30m</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="28"/>
        <source>&apos;{0}&apos; is not a profile name: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>“{0}”不是有效的配置名称：需为 1 到 64 个字母、数字、“.”、“_”或“-”，并以字母或数字开头</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="29"/>
        <source>&apos;{0}&apos; is not a region id: use lower-case letters, digits and hyphens, for example cn-hangzhou</source>
        <translation>“{0}”不是有效的地域 ID：请使用小写字母、数字和连字符，例如 cn-hangzhou</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="30"/>
        <source>&apos;{0}&apos; is not a valid bucket name: 3 to 63 characters, lower-case letters, digits and hyphens, not starting or ending with a hyphen</source>
        <translation>“{0}”不是有效的 Bucket 名称：需为 3 到 63 个字符，仅含小写字母、数字和连字符，且不能以连字符开头或结尾</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="31"/>
        <source>&apos;{0}&apos; is not an ISO 8601 date and time (e.g. 2026-12-01T09:00:00+08:00)</source>
        <translation>“{0}”不是 ISO 8601 格式的日期和时间（例如 2026-12-01T09:00:00+08:00）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="32"/>
        <source>a backslash</source>
        <translation>反斜杠</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="33"/>
        <source>a bucket name is required</source>
        <translation>必须填写 Bucket 名称</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="34"/>
        <source>a date and time needs a time zone (for example 2026-12-01T12:00:00+08:00 or ...Z)</source>
        <translation>日期和时间必须包含时区（例如 2026-12-01T12:00:00+08:00 或 ...Z）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="35"/>
        <source>a header name may only hold letters, digits and -_.!#$%&amp;&apos;*+^`|~</source>
        <translation>请求头名称只能包含字母、数字和 -_.!#$%&amp;&apos;*+^`|~</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="36"/>
        <source>a host has no spaces, line breaks, control characters, backslashes or &lt; &gt; &quot; %</source>
        <translation>主机名不能包含空格、换行符、控制字符、反斜杠或 &lt; &gt; &quot; %</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="37"/>
        <source>a profile named &apos;{0}&apos; exists already (use --replace, or --prefix for new names)</source>
        <translation>名为“{0}”的配置已存在（使用 --replace 替换，或用 --prefix 为新名称加前缀）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="38"/>
        <source>a region id has at most {0} characters (this one has {1})</source>
        <translation>地域 ID 最多 {0} 个字符（当前为 {1} 个）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="39"/>
        <source>a region is required, for example cn-hangzhou</source>
        <translation>必须填写地域，例如 cn-hangzhou</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="40"/>
        <source>a region or an endpoint is required</source>
        <translation>必须填写地域或 Endpoint</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="41"/>
        <source>a signed header needs a value</source>
        <translation>签名请求头必须有值</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="42"/>
        <source>a V4 signed link is valid for at most 7 days (604,800 seconds); pick a shorter expiry</source>
        <translation>V4 签名链接的有效期最长为 7 天（604,800 秒）；请选择更短的有效期</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="43"/>
        <source>Access denied: the signing account may not read this object.</source>
        <translation>访问被拒绝：签名所用的账号无权读取此对象。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="44"/>
        <source>Access to the keyring was refused: the unlock or permission prompt was dismissed. Try again and accept the prompt. {0}</source>
        <translation>密钥环拒绝访问：解锁或授权提示被关闭了。请重试并接受提示。{0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="45"/>
        <source>after {0} pages the listing {1}, so it would never end; the server is not paging as OSS does, so the listing was stopped</source>
        <translation>列举 {0} 页后，列举{1}，将永远无法结束；服务器未按 OSS 的方式分页，因此已停止列举</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="46"/>
        <source>ahead of</source>
        <translation>快</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="47"/>
        <source>an object key is required</source>
        <translation>必须填写对象名称</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="48"/>
        <source>an object key may be at most {0} bytes in UTF-8 (this one is {1})</source>
        <translation>对象名称的 UTF-8 编码最多 {0} 字节（当前为 {1}）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="49"/>
        <source>an object key must not start with &apos;/&apos; or &apos;\&apos;</source>
        <translation>对象名称不能以“/”或“\”开头</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="50"/>
        <source>behind</source>
        <translation>慢</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="51"/>
        <source>bytes {0}-{1} is not a range</source>
        <translation>bytes {0}-{1} 不是有效的范围</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="52"/>
        <source>cannot be both in the query and in header x-oss-traffic-limit (OSS refuses that): give it once</source>
        <translation>不能同时出现在查询参数和 x-oss-traffic-limit 请求头中（OSS 会拒绝）：只需指定一次</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="53"/>
        <source>cannot be signed into a link</source>
        <translation>无法签入链接</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="54"/>
        <source>contains spaces at its ends or control characters (was it pasted whole?)</source>
        <translation>首尾含有空格或包含控制字符（是否完整粘贴？）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="55"/>
        <source>Could not reach the server: {0}</source>
        <translation>无法连接服务器：{0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="56"/>
        <source>Could not reach {0}: {1}</source>
        <translation>无法连接 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="57"/>
        <source>credential mode &apos;{0}&apos; is not supported: ossshare signs with an AccessKey or an STS token</source>
        <translation>不支持凭证模式“{0}”：ossshare 只使用 AccessKey 或 STS Token 签名</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="58"/>
        <source>has a label longer than 63 characters</source>
        <translation>含有超过 63 个字符的段</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="59"/>
        <source>has an empty label (two dots in a row, or a dot at an end)</source>
        <translation>含有空段（连续两个点，或以点开头或结尾）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="60"/>
        <source>is always signed: give it as a signed header instead</source>
        <translation>始终参与签名：请改为作为签名请求头指定</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="61"/>
        <source>is empty: give a host name, optionally with scheme and port</source>
        <translation>为空：请填写主机名，可带协议和端口</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="62"/>
        <source>is given twice</source>
        <translation>重复指定</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="63"/>
        <source>is given twice, also as header {0}: give it once</source>
        <translation>重复指定，也作为请求头 {0} 出现：只需指定一次</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="64"/>
        <source>is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="65"/>
        <source>is not valid Unicode text</source>
        <translation>不是有效的 Unicode 文本</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="66"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="67"/>
        <source>is required and must not contain spaces, slashes or control characters</source>
        <translation>为必填项，且不能包含空格、斜杠或控制字符</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="68"/>
        <source>is set by the signature itself</source>
        <translation>由签名本身设置</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="69"/>
        <source>is {0} characters long; a host name has at most 253</source>
        <translation>长度为 {0} 个字符；主机名最多 253 个字符</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="70"/>
        <source>it came compressed ({0}, HTTP {1}) although ossshare asked for an uncompressed reply; a proxy or a server that is not OSS may be in the way</source>
        <translation>响应经过了压缩（{0}，HTTP {1}），但 ossshare 请求的是未压缩的响应；中间可能存在代理或非 OSS 服务器</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="71"/>
        <source>it could not be read ({0})</source>
        <translation>无法读取（{0}）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="72"/>
        <source>it does not hold a JSON object</source>
        <translation>其内容不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="73"/>
        <source>it has no AccessKey ID and secret</source>
        <translation>缺少 AccessKey ID 和 AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="74"/>
        <source>it has no valid schema version</source>
        <translation>没有有效的格式版本</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="75"/>
        <source>it holds a number too long to read</source>
        <translation>包含一个过长而无法读取的数字</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="76"/>
        <source>it holds text that is not valid Unicode (a lone surrogate escape)</source>
        <translation>包含无效的 Unicode 文本（孤立的代理项转义）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="77"/>
        <source>it is larger than {0}, the most ossshare reads for this request (an OSS listing page is far smaller); check that the endpoint is an OSS server</source>
        <translation>超过了 {0}，即 ossshare 对此请求读取的上限（OSS 的一页列举结果远小于此）；请检查 Endpoint 是否为 OSS 服务器</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="78"/>
        <source>it is nested too deeply</source>
        <translation>嵌套层级过深</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="79"/>
        <source>it is not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="80"/>
        <source>it is not valid JSON (line {0}, column {1})</source>
        <translation>不是有效的 JSON（第 {0} 行，第 {1} 列）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="81"/>
        <source>Its keyring entries (service &apos;{0}&apos;, users &apos;{1}:secret&apos; and &apos;{2}:sts&apos;) could not be put back as they were either; `ossshare profile remove {3}` deletes them.</source>
        <translation>其密钥环条目（服务“{0}”，用户“{1}:secret”和“{2}:sts”）也无法恢复原状；`ossshare profile remove {3}` 可删除它们。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="82"/>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="83"/>
        <source>may be at most {0} characters (this one has {1})</source>
        <translation>最多 {0} 个字符（当前为 {1} 个）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="84"/>
        <source>may only hold letters, digits, hyphens and underscores between its dots</source>
        <translation>各段（以点分隔）只能包含字母、数字、连字符和下划线</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="85"/>
        <source>may only hold visible ASCII characters, no spaces (was it pasted whole?)</source>
        <translation>只能包含可见的 ASCII 字符，不能有空格（是否完整粘贴？）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="86"/>
        <source>mode is StsToken but there is no STS token</source>
        <translation>模式为 StsToken，但没有 STS Token</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="87"/>
        <source>must be 4 or 1</source>
        <translation>必须为 4 或 1</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="88"/>
        <source>must be a whole number</source>
        <translation>必须为整数</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="89"/>
        <source>must be a whole number of bit/s, for example 819200</source>
        <translation>必须为整数（单位 bit/s），例如 819200</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="90"/>
        <source>must be at least one second</source>
        <translation>至少为 1 秒</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="91"/>
        <source>must be between {0} and {1} bit/s (100 KB/s to 100 MB/s)</source>
        <translation>必须介于 {0} 到 {1} bit/s 之间（100 KB/s 至 100 MB/s）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="92"/>
        <source>must be more than zero seconds</source>
        <translation>必须大于 0 秒</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="93"/>
        <source>must be non-empty and hold no control characters</source>
        <translation>不能为空，且不能包含控制字符</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="94"/>
        <source>must be one of {0}</source>
        <translation>必须为以下之一：{0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="95"/>
        <source>must be plain ASCII: HTTP clients send other characters differently</source>
        <translation>只能包含 ASCII 字符：不同的 HTTP 客户端发送其他字符的方式不同</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="96"/>
        <source>must be text</source>
        <translation>必须为文本</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="97"/>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="98"/>
        <source>must be zero or more</source>
        <translation>必须大于或等于 0</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="99"/>
        <source>must end before the year 10000</source>
        <translation>必须在 10000 年之前结束</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="100"/>
        <source>must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z</source>
        <translation>必须介于 1970-01-01T00:00:00Z 和 9999-12-31T23:59:59Z 之间</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="101"/>
        <source>must map bucket names to text</source>
        <translation>必须将 Bucket 名称映射到文本</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="102"/>
        <source>must not be empty (leave it out for the latest version)</source>
        <translation>不能为空（如需最新版本，请不要指定）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="103"/>
        <source>must not be empty (leave it out to get the object as stored)</source>
        <translation>不能为空（如需按原样获取对象，请不要指定）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="104"/>
        <source>must not contain &apos;_&apos; (OSS refuses header names with underscores; use &apos;-&apos;)</source>
        <translation>不能包含“_”（OSS 拒绝含下划线的请求头名称；请使用“-”）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="105"/>
        <source>must not contain line breaks or other control characters</source>
        <translation>不能包含换行符或其他控制字符</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="106"/>
        <source>must not contain spaces, slashes or control characters</source>
        <translation>不能包含空格、斜杠或控制字符</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="107"/>
        <source>must not contain tabs, line breaks or other control characters</source>
        <translation>不能包含制表符、换行符或其他控制字符</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="108"/>
        <source>must not start or end with spaces (HTTP drops them, so the signature would not match)</source>
        <translation>首尾不能有空格（HTTP 会丢弃这些空格，导致签名不匹配）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="109"/>
        <source>needs a traffic limit (bit/s) to put in the query</source>
        <translation>需要指定放入查询参数的单链接限速 (bit/s)</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="110"/>
        <source>No answer within {0} seconds.</source>
        <translation>{0} 秒内没有响应。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="111"/>
        <source>no complete reply within {0} s; the server or the network is far too slow. Try again later, or check the endpoint</source>
        <translation>{0} 秒内未收到完整响应；服务器或网络过慢。请稍后重试，或检查 Endpoint</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="112"/>
        <source>No keyring is available: no Secret Service, KWallet, Keychain or Credential Manager was found.</source>
        <translation>没有可用的密钥环：未找到 Secret Service、KWallet、Keychain 或凭据管理器。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="113"/>
        <source>No keyring is available: no Secret Service, KWallet, Keychain or Credential Manager was found. {0}</source>
        <translation>没有可用的密钥环：未找到 Secret Service、KWallet、Keychain 或凭据管理器。{0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="114"/>
        <source>No secret is stored for profile &apos;{0}&apos;.</source>
        <translation>配置“{0}”没有保存密钥。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="115"/>
        <source>No secure keyring is available: the only backends found ({0}) keep secrets in clear or drop them.</source>
        <translation>没有可用的安全密钥环：找到的后端（{0}）只会以明文保存密钥或直接丢弃密钥。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="116"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="117"/>
        <source>not a section ossshare knows</source>
        <translation>不是 ossshare 能识别的节</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="118"/>
        <source>only V4 links can sign headers other than x-oss-*</source>
        <translation>只有 V4 链接可以签名 x-oss-* 以外的请求头</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="119"/>
        <source>only x-oss-* request headers can be signed into a link</source>
        <translation>只有 x-oss-* 请求头可以签入链接</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="120"/>
        <source>OSS did not accept the signature: check the credentials, the region and the host, and that the signed headers are sent exactly as listed.</source>
        <translation>OSS 未接受签名：请检查凭证、地域和访问域名，并确认签名请求头完全按所列内容发送。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="121"/>
        <source>OSS does not accept the credentials that signed the link: the AccessKey ID does not exist or is disabled, or the STS token is invalid or has expired. Check the profile&apos;s credentials.</source>
        <translation>OSS 不接受为链接签名的凭证：AccessKey ID 不存在或已被禁用，或 STS Token 无效或已过期。请检查配置中的凭证。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="122"/>
        <location filename="../error_messages.py" line="290"/>
        <source>OSS gave no explanation</source>
        <translation>OSS 未给出说明</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="123"/>
        <source>ossshare never writes secrets to a file.</source>
        <translation>ossshare 从不将密钥写入文件。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="124"/>
        <source>per-bucket [buckets ...] sections are not imported</source>
        <translation>不导入针对单个 Bucket 的 [buckets ...] 节</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="125"/>
        <source>reaches too far in the future: no link can last past the year 9999</source>
        <translation>时间过于遥远：链接的有效期不能超过 9999 年</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="126"/>
        <source>scheme &apos;{0}&apos; is not supported: use http or https</source>
        <translation>不支持协议“{0}”：请使用 http 或 https</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="127"/>
        <source>Secrets are kept by the keyring backend {0} (not the system&apos;s own store).</source>
        <translation>密钥由密钥环后端 {0} 保存（不是系统自带的存储）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="128"/>
        <source>Secrets are kept in {0}.</source>
        <translation>密钥保存在 {0} 中。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="129"/>
        <source>The &apos;{0}&apos; entry of the settings file is not a JSON object, so no saved profile could be read; saving a profile will replace it.</source>
        <translation>设置文件中的“{0}”条目不是 JSON 对象，因此无法读取任何已保存的配置；保存配置时将替换该条目。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="130"/>
        <source>The configured keyring backend ({0}) keeps secrets in clear or drops them; it is not used.</source>
        <translation>所配置的密钥环后端（{0}）会以明文保存密钥或直接丢弃密钥，因此不会使用。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="131"/>
        <source>the connection closed before the whole reply arrived</source>
        <translation>连接在完整响应到达前关闭</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="132"/>
        <source>the connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="133"/>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="134"/>
        <source>the expiry is too far in the future: pick a shorter duration</source>
        <translation>过期时间太远：请选择更短的时长</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="135"/>
        <source>the host name could not be resolved</source>
        <translation>无法解析主机名</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="136"/>
        <source>The keyring backend {0} is not usable here (priority {1}).</source>
        <translation>密钥环后端 {0} 在此无法使用（优先级 {1}）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="137"/>
        <source>The keyring could not be used ({0}). {1}</source>
        <translation>无法使用密钥环（{0}）。{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="138"/>
        <source>The keyring is locked and could not be unlocked. Unlock it (for example by logging in to the desktop, or in your passwords app) and try again. {0}</source>
        <translation>密钥环已锁定且无法解锁。请先解锁（例如登录桌面，或在密码管理应用中解锁），然后重试。{0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="139"/>
        <source>the link expired at {0}; sign a new one</source>
        <translation>链接已于 {0} 过期；请重新签名</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="140"/>
        <source>The link has expired: make a new one.</source>
        <translation>链接已过期：请重新生成。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="141"/>
        <source>The link history could not be read ({0}). It was moved to {1} and a new one was started. Links already given out keep working until they expire.</source>
        <translation>无法读取链接记录（{0}）。已将其移至 {1}，并新建了一份记录。已分享的链接在过期前仍然有效。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="142"/>
        <source>the link history {0} cannot be read ({1}) and could not be moved aside ({2})</source>
        <translation>无法读取链接记录 {0}（{1}），也无法将其移走（{2}）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="143"/>
        <source>the link history {0} could not be opened: {1}</source>
        <translation>无法打开链接记录 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="144"/>
        <source>the link history {0} was written by a newer ossshare (schema {1}); it is left as it is</source>
        <translation>链接记录 {0} 由更新版本的 ossshare 写入（格式版本 {1}）；将保持原样</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="145"/>
        <source>The link works: the object can be downloaded.</source>
        <translation>链接可用：可以下载该对象。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="146"/>
        <source>the link would already have expired: pick a time in the future</source>
        <translation>链接届时已过期：请选择将来的时间</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="147"/>
        <source>the listing sent {0} empty pages in a row without ending; the server is not paging as OSS does, so the listing was stopped</source>
        <translation>列举连续返回了 {0} 个空页且未结束；服务器未按 OSS 的方式分页，因此已停止列举</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="148"/>
        <source>the macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="149"/>
        <source>The object (or that version of it) does not exist.</source>
        <translation>对象（或其指定版本）不存在。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="150"/>
        <source>The object is in Archive or Cold Archive storage and is not restored: restore it first, then share it while the restored copy lasts.</source>
        <translation>对象的存储类型为归档或冷归档，且未解冻：请先解冻，并在解冻副本的有效期内分享。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="151"/>
        <source>the object key is not valid Unicode text</source>
        <translation>对象名称不是有效的 Unicode 文本</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="152"/>
        <source>the object&apos;s size or date is missing</source>
        <translation>缺少对象的大小或日期</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="153"/>
        <source>The reply from {0} could not be read: {1}</source>
        <translation>无法读取来自 {0} 的响应：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="154"/>
        <source>The saved profile &apos;{0}&apos; cannot be used: {1}</source>
        <translation>无法使用已保存的配置“{0}”：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="155"/>
        <source>The saved profile &apos;{0}&apos; was skipped: {1}</source>
        <translation>已跳过已保存的配置“{0}”：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="156"/>
        <source>the Secret Service (GNOME Keyring or compatible)</source>
        <translation>Secret Service（GNOME 密钥环或兼容实现）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="157"/>
        <source>the Secret Service (libsecret)</source>
        <translation>Secret Service (libsecret)</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="158"/>
        <source>The server answered HTTP {0}{1}.</source>
        <translation>服务器返回 HTTP {0}{1}。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="159"/>
        <source>the server closed the connection without answering</source>
        <translation>服务器未响应就关闭了连接</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="160"/>
        <source>The settings could not be saved to {0} ({1}).</source>
        <translation>无法将设置保存到 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="161"/>
        <source>The settings file could not be used because {0}. It was moved to {1} and ossshare started with default settings. Your keyring secrets were not touched.</source>
        <translation>无法使用设置文件，因为{0}。该文件已移至 {1}，ossshare 已使用默认设置启动。密钥环中的密钥未受影响。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="162"/>
        <source>The settings file {0} could not be read ({1}) and was kept as it is; fix or remove it, then try again.</source>
        <translation>无法读取设置文件 {0}（{1}），已保持原样；请修复或删除该文件，然后重试。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="163"/>
        <source>The settings file {0} could not be used because {1}, and it could not be moved aside ({2}). ossshare starts with default settings and will not overwrite that file; fix or remove it to save settings again.</source>
        <translation>无法使用设置文件 {0}，因为{1}，且无法将其移走（{2}）。ossshare 将使用默认设置启动，且不会覆盖该文件；请修复或删除该文件，以便再次保存设置。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="164"/>
        <source>the STS token has expired: renew the profile&apos;s credentials first</source>
        <translation>STS Token 已过期：请先更新配置的凭证</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="165"/>
        <source>The STS token of profile &apos;{0}&apos; expired at {1}; add the profile again with a fresh token.</source>
        <translation>配置“{0}”的 STS Token 已于 {1} 过期；请使用新的 Token 重新添加该配置。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="166"/>
        <source>The STS token stored for profile &apos;{0}&apos; could not be read; add the profile again with a fresh token.</source>
        <translation>无法读取配置“{0}”保存的 STS Token；请使用新的 Token 重新添加该配置。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="167"/>
        <source>There is no &apos;{0}&apos; profile: it appears when {1} and {2} are set.</source>
        <translation>没有“{0}”配置：设置 {1} 和 {2} 后才会出现。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="168"/>
        <source>there is no [Credentials] section it could belong to</source>
        <translation>没有可归属的 [Credentials] 节</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="169"/>
        <source>There is no profile named &apos;{0}&apos;.</source>
        <translation>没有名为“{0}”的配置。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="170"/>
        <source>This computer&apos;s clock is {0} minutes {1} the server&apos;s: OSS refuses links signed on it or finds them expired. Correct the clock (or turn on network time), then Renew.</source>
        <translation>本机时钟比服务器{1} {0} 分钟：OSS 会拒绝在本机签名的链接，或认为其已过期。请校正时钟（或开启网络时间同步），然后点击“续期”。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="171"/>
        <source>timed out after {0} s</source>
        <translation>{0} 秒后超时</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="172"/>
        <source>V4 links are valid at most 7 days ({0} s)</source>
        <translation>V4 链接的有效期最长为 7 天（{0} 秒）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="173"/>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="174"/>
        <source>{0} could not be read ({1}).</source>
        <translation>无法读取 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="175"/>
        <source>{0} ends in a number but is not an IPv4 address</source>
        <translation>{0} 以数字结尾，但不是 IPv4 地址</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="176"/>
        <source>{0} holds spaces or a line break (the value is not shown: it may hold a secret)</source>
        <translation>{0} 包含空格或换行符（其值可能含有密钥，因此不显示）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="177"/>
        <source>{0} holds spaces or a line break, so a line of the file looks broken (the value is not shown: it may hold a secret)</source>
        <translation>{0} 包含空格或换行符，因此文件中有一行看起来已损坏（其值可能含有密钥，因此不显示）</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="178"/>
        <source>{0} holds {1}: {2}</source>
        <translation>{0} 包含{1}：{2}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="179"/>
        <source>{0} holds {1} (&apos;{2}&apos;): give only a host, optionally with scheme and port</source>
        <translation>{0} 包含{1}（“{2}”）：只需填写主机名，可带协议和端口</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="180"/>
        <source>{0} is not a valid international domain name</source>
        <translation>{0} 不是有效的国际化域名</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="181"/>
        <source>{0} is not an aliyun CLI configuration file (no profiles list).</source>
        <translation>{0} 不是 aliyun CLI 配置文件（没有 profiles 列表）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="182"/>
        <source>{0} is not an aliyun CLI configuration file (not JSON).</source>
        <translation>{0} 不是 aliyun CLI 配置文件（不是 JSON）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="183"/>
        <source>{0} is not an ossutil configuration file ({1}).</source>
        <translation>{0} 不是 ossutil 配置文件（{1}）。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="184"/>
        <source>{0} is not UTF-8 text.</source>
        <translation>{0} 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="185"/>
        <source>{0} names no host</source>
        <translation>{0} 未指定主机名</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="186"/>
        <source>{0} Nothing was imported; ossshare never writes secrets to a file.</source>
        <translation>{0} 未导入任何内容；ossshare 从不将密钥写入文件。</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="187"/>
        <source>{0}: &apos;{1}&apos; in brackets is not an IPv6 address</source>
        <translation>{0}：方括号中的“{1}”不是 IPv6 地址</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="188"/>
        <source>{0}: a host name has at most 253 characters</source>
        <translation>{0}：主机名最多 253 个字符</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="189"/>
        <source>{0}: a host name {1}</source>
        <translation>{0}：主机名{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="190"/>
        <source>{0}: an IPv6 address goes in brackets, e.g. http://[::1]:9000</source>
        <translation>{0}：IPv6 地址需放在方括号中，例如 http://[::1]:9000</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="191"/>
        <source>{0}: an IPv6 address needs its closing &apos;]&apos;</source>
        <translation>{0}：IPv6 地址缺少右方括号“]”</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="192"/>
        <source>{0}: only &apos;:PORT&apos; may follow an IPv6 address</source>
        <translation>{0}：IPv6 地址后面只能是“:PORT”</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="193"/>
        <source>{0}: the port must be a number from 1 to 65535</source>
        <translation>{0}：端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="195"/>
        <source>user information</source>
        <translation>用户信息</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="196"/>
        <source>a path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="197"/>
        <source>a query</source>
        <translation>查询字符串</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="198"/>
        <source>a fragment</source>
        <translation>片段标识</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="199"/>
        <source>did not move past its last page marker</source>
        <translation>停在上一个分页标记上没有前进</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="200"/>
        <source>came back to a page marker it had already sent</source>
        <translation>回到了已经发送过的分页标记</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="239"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="292"/>
        <source>{0}. The bucket is served by {1}</source>
        <translation>{0}。该 Bucket 需通过 {1} 访问</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="295"/>
        <source>request id {0}</source>
        <translation>请求 ID {0}</translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="298"/>
        <source>{0}. ({1})</source>
        <translation>{0}。（{1}）</translation>
    </message>
</context>
<context>
    <name>ErrorTitle</name>
    <message>
        <location filename="../error_titles.py" line="14"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="15"/>
        <source>Invalid input</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="16"/>
        <source>Could not reach OSS</source>
        <translation>无法连接 OSS</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="17"/>
        <source>Unreadable reply from OSS</source>
        <translation>无法解析 OSS 的响应</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="18"/>
        <source>Access denied</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="19"/>
        <source>Signature does not match: check the AccessKey secret and the clock</source>
        <translation>签名不匹配：请检查 AccessKey Secret 和本机时钟</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="20"/>
        <source>Unknown AccessKey ID</source>
        <translation>AccessKey ID 不存在</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="21"/>
        <source>Your computer&apos;s clock is off</source>
        <translation>本机时钟不准确</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="22"/>
        <source>The security token has expired</source>
        <translation>安全令牌 (STS Token) 已过期</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="23"/>
        <source>The security token is not valid</source>
        <translation>安全令牌 (STS Token) 无效</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="24"/>
        <source>Bucket not found</source>
        <translation>Bucket 不存在</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="25"/>
        <source>Object not found</source>
        <translation>对象不存在</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="26"/>
        <source>Version not found</source>
        <translation>版本不存在</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="27"/>
        <source>OSS refused a parameter</source>
        <translation>OSS 拒绝了一个参数</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="28"/>
        <source>The requested range is not in the object</source>
        <translation>请求的范围超出了对象的大小</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="29"/>
        <source>Invalid bucket name</source>
        <translation>Bucket 名称无效</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="30"/>
        <source>Invalid object name</source>
        <translation>对象名称无效</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="31"/>
        <source>The object is archived: restore it before downloading</source>
        <translation>对象已归档：下载前请先解冻</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="32"/>
        <source>This account is disabled</source>
        <translation>此账号已被禁用</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="33"/>
        <source>The bucket charges the requester</source>
        <translation>此 Bucket 已开启请求者付费</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="34"/>
        <source>The bucket must be reached through another endpoint (is the region right?)</source>
        <translation>必须通过其他 Endpoint 访问此 Bucket（地域是否正确？）</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="35"/>
        <source>OSS had an internal error</source>
        <translation>OSS 发生内部错误</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="36"/>
        <source>OSS is temporarily unavailable</source>
        <translation>OSS 暂时不可用</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="37"/>
        <source>OSS had a server error</source>
        <translation>OSS 服务端出错</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="38"/>
        <source>OSS request failed</source>
        <translation>OSS 请求失败</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="39"/>
        <source>OSS refused the request</source>
        <translation>OSS 拒绝了请求</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="40"/>
        <source>Not authorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="41"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="42"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="43"/>
        <source>A precondition failed</source>
        <translation>前提条件不满足</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="44"/>
        <source>Too many requests: try again in a moment</source>
        <translation>请求过于频繁：请稍后重试</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="45"/>
        <source>No keyring available</source>
        <translation>没有可用的密钥环</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="46"/>
        <source>Keyring locked</source>
        <translation>密钥环已锁定</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="47"/>
        <source>Keyring access refused</source>
        <translation>密钥环拒绝访问</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="48"/>
        <source>Stored secret unreadable</source>
        <translation>无法读取已保存的密钥</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="49"/>
        <source>Secret missing</source>
        <translation>缺少密钥</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="50"/>
        <source>STS token expired</source>
        <translation>STS Token 已过期</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="51"/>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="52"/>
        <source>Unknown profile</source>
        <translation>未知配置</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="53"/>
        <source>Profile is read-only</source>
        <translation>配置为只读</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="54"/>
        <source>Profile exists</source>
        <translation>配置已存在</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="55"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="56"/>
        <source>Link too long for a QR code</source>
        <translation>链接过长，无法生成二维码</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="57"/>
        <source>Link history unavailable</source>
        <translation>链接记录不可用</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="59"/>
        <source>Settings could not be read</source>
        <translation>无法读取设置</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="60"/>
        <source>Settings reset</source>
        <translation>设置已重置</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="61"/>
        <source>Profiles skipped</source>
        <translation>已跳过部分配置</translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="62"/>
        <source>Profile skipped</source>
        <translation>已跳过配置</translation>
    </message>
</context>
<context>
    <name>ExpiryWidget</name>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>8 hours</source>
        <translation>8 小时</translation>
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
        <translation>配置默认值（{0}）</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="47"/>
        <source>Custom duration…</source>
        <translation>自定义时长…</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="48"/>
        <source>Date and time…</source>
        <translation>指定日期和时间…</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="53"/>
        <source>e.g. 90m, 2h, 3d or seconds</source>
        <translation>例如 90m、2h、3d 或秒数</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="74"/>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="79"/>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="130"/>
        <source>{0} UTC</source>
        <translation>{0} UTC</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="134"/>
        <source>{0} local · {1}</source>
        <translation>{0}（本地时间）· {1}</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="150"/>
        <source>Capped at {0}, when the STS token expires: a link cannot outlive the temporary credentials that signed it.</source>
        <translation>已限制为 {0}，即 STS Token 过期的时间：链接的有效期不能超过为其签名的临时凭证。</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="153"/>
        <source>The STS token expires at {0}; links cannot last longer.</source>
        <translation>STS Token 将于 {0} 过期，链接的有效期不能超过该时间。</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="155"/>
        <source>V1 (legacy) signature: no 7-day limit applies.</source>
        <translation>V1（旧版）签名：不受 7 天期限限制。</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="156"/>
        <source>V4 signed links are valid for at most 7 days.</source>
        <translation>V4 签名链接的有效期最长为 7 天。</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="164"/>
        <source>Expired — press Renew for a fresh link.</source>
        <translation>已过期——请点击“续期”生成新链接。</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="167"/>
        <source>Expires in {0}</source>
        <translation>{0}后过期</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="189"/>
        <source>{0} d {1} h {2} min</source>
        <translation>{0} 天 {1} 小时 {2} 分钟</translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="191"/>
        <source>{0} h {1} min {2} s</source>
        <translation>{0} 小时 {1} 分 {2} 秒</translation>
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
        <translation>请先解锁密钥环，然后点击“重试”</translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="82"/>
        <source>Listing buckets…</source>
        <translation>正在列举 Bucket…</translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="84"/>
        <source>Buckets could not be listed</source>
        <translation>无法列举 Bucket</translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="90"/>
        <source>This folder could not be listed</source>
        <translation>无法列举此目录</translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="94"/>
        <source>Listing oss://{0}/{1}…</source>
        <translation>正在列举 oss://{0}/{1}…</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../i18n.py" line="23"/>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="25"/>
        <source>{0} bytes</source>
        <translation>{0} 字节</translation>
    </message>
</context>
<context>
    <name>HeadersWidget</name>
    <message>
        <location filename="../share/headers_widget.py" line="35"/>
        <source>Not signed</source>
        <translation>不签名</translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="37"/>
        <source>Requester pays</source>
        <translation>请求者付费</translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="39"/>
        <source>Header name</source>
        <translation>请求头名称</translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="39"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="44"/>
        <source>Add header</source>
        <translation>添加请求头</translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="45"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>HostWidget</name>
    <message>
        <location filename="../share/host_widget.py" line="26"/>
        <source>Profile endpoint</source>
        <translation>配置中的 Endpoint</translation>
    </message>
    <message>
        <location filename="../share/host_widget.py" line="27"/>
        <source>Internal (same-region VPC/ECS only)</source>
        <translation>内网（仅限同地域的 VPC/ECS）</translation>
    </message>
    <message>
        <location filename="../share/host_widget.py" line="28"/>
        <source>Transfer acceleration</source>
        <translation>传输加速</translation>
    </message>
    <message>
        <location filename="../share/host_widget.py" line="31"/>
        <source>Custom domain {0}</source>
        <translation>自定义域名 {0}</translation>
    </message>
</context>
<context>
    <name>IdField</name>
    <message>
        <location filename="../widgets/id_field.py" line="27"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../widgets/id_field.py" line="30"/>
        <source>Copy the whole {0}</source>
        <translation>复制完整的 {0}</translation>
    </message>
    <message>
        <location filename="../widgets/id_field.py" line="31"/>
        <source>Copy {0}</source>
        <translation>复制 {0}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../widgets/import_flow.py" line="57"/>
        <source>Imported {0} from {1}; the secrets are in the keyring.</source>
        <translation>已从 {1} 导入 {0}；密钥已保存到密钥环。</translation>
    </message>
    <message>
        <location filename="../widgets/import_flow.py" line="61"/>
        <source>Nothing was imported from {0}.</source>
        <translation>未从 {0} 导入任何内容。</translation>
    </message>
    <message>
        <location filename="../widgets/import_flow.py" line="62"/>
        <source>Import from ossutil</source>
        <translation>从 ossutil 导入</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../language_menu.py" line="26"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="32"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="61"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="62"/>
        <source>The new language applies when ossshare starts again. Restart now?</source>
        <translation>新语言将在 ossshare 重新启动后生效。是否立即重启？</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="66"/>
        <source>&amp;Restart now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <location filename="../language_menu.py" line="67"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LinkHistory</name>
    <message>
        <location filename="../links/hooks.py" line="101"/>
        <source>Link history: {0}</source>
        <translation>链接记录：{0}</translation>
    </message>
    <message>
        <location filename="../links/hooks.py" line="105"/>
        <source>The link history could not be read; it was moved to {0} and a new one started.</source>
        <translation>无法读取链接记录；已将其移至 {0}，并新建了一份记录。</translation>
    </message>
</context>
<context>
    <name>LinkTester</name>
    <message>
        <location filename="../share/link_tester.py" line="26"/>
        <source>Test link</source>
        <translation>测试链接</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="27"/>
        <source>Fetch the first byte the way the recipient would, without your credentials</source>
        <translation>以接收者的方式获取第一个字节，不使用您的凭证</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="42"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="57"/>
        <source>Only with its signed headers: opened in a browser or from a QR code, it fails.</source>
        <translation>仅在携带签名请求头时可用：在浏览器中打开或通过二维码访问都会失败。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="63"/>
        <source>The test could not run: {0}</source>
        <translation>无法执行测试：{0}</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="68"/>
        <source>OK — the link works (HTTP {0}).</source>
        <translation>正常——链接可用 (HTTP {0})。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="69"/>
        <source>Expired — the link is no longer valid; make a new one (HTTP {0}).</source>
        <translation>已过期——链接已失效，请重新生成 (HTTP {0})。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="71"/>
        <source>Access denied (HTTP {0}): the signing account may not read this object.</source>
        <translation>访问被拒绝 (HTTP {0})：签名所用的账号无权读取此对象。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="74"/>
        <source>Archive object not restored (HTTP {0}): restore it, then share it while the copy lasts.</source>
        <translation>归档对象未解冻 (HTTP {0})：请先解冻，并在解冻副本的有效期内分享。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="77"/>
        <source>Signature rejected (HTTP {0}): check credentials, region and host.</source>
        <translation>签名被拒绝 (HTTP {0})：请检查凭证、地域和访问域名。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="80"/>
        <source>Credentials refused (HTTP {0}): the AccessKey ID is unknown or disabled, or the STS token is invalid or expired. Check the profile.</source>
        <translation>凭证被拒绝 (HTTP {0})：AccessKey ID 不存在或已被禁用，或 STS Token 无效或已过期。请检查配置。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="83"/>
        <source>Not found (HTTP {0}): the object or version does not exist.</source>
        <translation>未找到 (HTTP {0})：对象或版本不存在。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="84"/>
        <source>Unexpected answer: HTTP {0}.</source>
        <translation>意外的响应：HTTP {0}。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="90"/>
        <source>Clock off (HTTP {0}): this computer&apos;s clock is {1} min ahead of the server&apos;s. Correct it, then Renew.</source>
        <translation>时钟偏差 (HTTP {0})：本机时钟比服务器快 {1} 分钟。请校正时钟，然后点击“续期”。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="95"/>
        <source>Clock off (HTTP {0}): this computer&apos;s clock is {1} min behind the server&apos;s. Correct it, then Renew.</source>
        <translation>时钟偏差 (HTTP {0})：本机时钟比服务器慢 {1} 分钟。请校正时钟，然后点击“续期”。</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="101"/>
        <source>Network error: {0}</source>
        <translation>网络错误：{0}</translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="99"/>
        <location filename="../share/link_tester.py" line="104"/>
        <source>OSS says: {0} {1}</source>
        <translation>OSS 返回：{0} {1}</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <location filename="../links/model.py" line="25"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="28"/>
        <source>{0} d {1} h</source>
        <translation>{0} 天 {1} 小时</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="30"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分钟</translation>
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
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="122"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="122"/>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="122"/>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="122"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../links/model.py" line="123"/>
        <source>Object check</source>
        <translation>对象检查</translation>
    </message>
</context>
<context>
    <name>LinksWindow</name>
    <message>
        <location filename="../links/window.py" line="55"/>
        <source>Links given out — ossshare</source>
        <translation>已分享的链接 — ossshare</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="65"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="65"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="65"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="68"/>
        <source>All buckets</source>
        <translation>全部 Bucket</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="70"/>
        <source>Filter by name or note</source>
        <translation>按名称或备注筛选</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="90"/>
        <source>OSS cannot revoke a single presigned link: it works until it expires. Before then it stops only if the object is deleted or renamed, the AccessKey that signed it is disabled or deleted (or the STS token that signed it expires), or a bucket policy denies the request. A link to an object replaced under the same name gives the new content. Forget removes a link from this list only.</source>
        <translation>OSS 无法撤销单个签名URL：链接在过期前一直有效。在此之前，只有以下情况会使其失效：对象被删除或重命名、为其签名的 AccessKey 被禁用或删除（或为其签名的 STS Token 过期），或 Bucket Policy 拒绝了该请求。如果对象被同名的新对象替换，链接将返回新内容。“忘记”只会将链接从此列表中移除。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="99"/>
        <source>&amp;Copy again</source>
        <translation>再次复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="100"/>
        <source>The same link, signed again: it ends when the one given out ends</source>
        <translation>重新签名的同一链接：与已分享的链接同时过期</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>8 hours</source>
        <translation>8 小时</translation>
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
        <translation>续期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="106"/>
        <source>A new link for the same object and options, from now</source>
        <translation>为相同的对象和选项生成新链接，有效期从现在起计算</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="107"/>
        <source>C&amp;heck object</source>
        <translation>检查对象(&amp;H)</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="108"/>
        <source>Ask OSS whether the object was deleted or replaced since</source>
        <translation>向 OSS 查询对象此后是否被删除或替换</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="109"/>
        <source>&amp;Forget</source>
        <translation>忘记(&amp;F)</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="110"/>
        <source>Remove from this list (Delete); the link keeps working</source>
        <translation>从此列表中移除（Delete 键）；链接仍然有效</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="203"/>
        <source>Made {0} with profile {1}; valid until {2}.</source>
        <translation>于 {0} 使用配置 {1} 生成；有效期至 {2}。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="204"/>
        <location filename="../links/window.py" line="315"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="212"/>
        <source>The STS token that signs for this profile expires at {0}: the link stops then.</source>
        <translation>为此配置签名的 STS Token 将于 {0} 过期：链接届时失效。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="214"/>
        <source>The profile&apos;s STS token lasts longer than this link ({0}).</source>
        <translation>此配置的 STS Token 有效期比此链接更长（{0}）。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="218"/>
        <source>It opens version {0}, whatever is written later.</source>
        <translation>该链接始终打开版本 {0}，不受之后写入的内容影响。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="235"/>
        <source>This link has expired: Renew makes a new one.</source>
        <translation>此链接已过期：点击“续期”可生成新链接。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="260"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="268"/>
        <source>Forgot {0} links. Links already given out keep working until they expire.</source>
        <translation>已忘记 {0} 个链接。已分享出去的链接在过期前仍然有效。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="273"/>
        <source>Copied a link valid until {0}.</source>
        <translation>已复制有效期至 {0} 的链接。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="275"/>
        <source>It ends early, at {0}, when the STS token that signs it expires.</source>
        <translation>该链接将提前于 {0} 失效，即为其签名的 STS Token 过期之时。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="280"/>
        <source>Whoever uses it must send these headers: {0}</source>
        <translation>使用者必须发送以下请求头：{0}</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="289"/>
        <source>Deleted: the object is gone, so the link answers “not found”.</source>
        <translation>已删除：对象已不存在，链接将返回“未找到”。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="291"/>
        <source>Replaced: the object changed since the link was made; the link gives the new content.</source>
        <translation>已替换：链接生成后对象发生了变化，链接将返回新内容。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="294"/>
        <source>Unchanged since the link was made.</source>
        <translation>自链接生成以来未发生变化。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="295"/>
        <source>The object is there (no ETag was recorded to tell a replacement).</source>
        <translation>对象存在（未记录 ETag，无法判断是否被替换）。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="299"/>
        <source>The STS token expires at {0}: links it signed stop then.</source>
        <translation>STS Token 将于 {0} 过期：由其签名的链接届时失效。</translation>
    </message>
    <message>
        <location filename="../links/window.py" line="314"/>
        <source>The profile {0} that made this link is not available here: it cannot be signed again.</source>
        <translation>生成此链接的配置 {0} 在此不可用：无法重新签名。</translation>
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
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>The window could not be built (a bug in ossshare): please report it, with what it printed.</source>
        <translation>无法构建窗口（ossshare 的缺陷）：请连同它输出的内容一起报告。</translation>
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
        <translation>管理配置</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="59"/>
        <source>Saved profiles</source>
        <translation>已保存的配置</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="63"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="64"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="65"/>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="66"/>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="67"/>
        <source>Open at &amp;start</source>
        <translation>启动时打开(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="68"/>
        <source>Open this profile when ossshare starts (instead of the last one used)</source>
        <translation>ossshare 启动时打开此配置（而不是上次使用的配置）</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="88"/>
        <source>Secrets stay in the system keyring; removing a profile deletes its secret there too.</source>
        <translation>密钥保存在系统密钥环中；删除配置时，也会删除它在密钥环中的密钥。</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="121"/>
        <source>{0} (environment variables, read-only)</source>
        <translation>{0}（环境变量，只读）</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="124"/>
        <source>opens at start</source>
        <translation>启动时打开</translation>
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
        <translation>删除配置</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="173"/>
        <source>Remove the profile &apos;{0}&apos; and delete its secret from the keyring?</source>
        <translation>删除配置“{0}”，并从密钥环中删除其密钥？</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="177"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="192"/>
        <source>&apos;{0}&apos; opens when ossshare starts.</source>
        <translation>ossshare 启动时将打开“{0}”。</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="208"/>
        <source>&apos;{0}&apos; is now &apos;{1}&apos;.</source>
        <translation>“{0}”已重命名为“{1}”。</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="218"/>
        <source>&apos;{0}&apos; removed, but its secret could not be deleted from the keyring: {1}</source>
        <translation>已删除“{0}”，但无法从密钥环中删除其密钥：{1}</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="222"/>
        <source>The secret of &apos;{0}&apos; was deleted, but the settings file could not be changed: {1}</source>
        <translation>已删除“{0}”的密钥，但无法修改设置文件：{1}</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="226"/>
        <source>&apos;{0}&apos; removed, and its secret deleted from the keyring.</source>
        <translation>已删除“{0}”，其密钥也已从密钥环中删除。</translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="227"/>
        <source>&apos;{0}&apos; removed (the keyring held no secret for it).</source>
        <translation>已删除“{0}”（密钥环中没有它的密钥）。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../window/navigation.py" line="71"/>
        <source>Nothing named {0} here</source>
        <translation>此处没有名为 {0} 的项</translation>
    </message>
    <message>
        <location filename="../window/navigation.py" line="191"/>
        <source>Locating bucket {0}…</source>
        <translation>正在定位 Bucket {0}…</translation>
    </message>
    <message>
        <location filename="../window/navigation.py" line="233"/>
        <source>You can still open a bucket by name: press Ctrl+L and type oss://bucket/.</source>
        <translation>仍可按名称打开 Bucket：按 Ctrl+L 并输入 oss://bucket/。</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../window/layout.py" line="32"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="41"/>
        <source>Profile: the account and region to browse</source>
        <translation>配置：要浏览的账号和地域</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="42"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="43"/>
        <source>Profile:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="55"/>
        <source>Filter this folder (Ctrl+F)</source>
        <translation>筛选此目录 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="59"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="61"/>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>ObjectActions</name>
    <message>
        <location filename="../window/object_actions.py" line="136"/>
        <source>Link copied, valid until {0}</source>
        <translation>链接已复制，有效期至 {0}</translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="138"/>
        <source>{0} links copied, valid until {1}</source>
        <translation>已复制 {0} 个链接，有效期至 {1}</translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="141"/>
        <source> (it needs signed headers: use Share… for a curl command)</source>
        <translation> （需要签名请求头：请使用“分享…”获取 curl 命令）</translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="143"/>
        <source> — archived: OSS refuses the download until the object is restored</source>
        <translation> — 已归档：对象解冻前 OSS 将拒绝下载</translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="163"/>
        <source>{0} paths</source>
        <translation>{0} 个路径</translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="164"/>
        <source>Copied {0}</source>
        <translation>已复制 {0}</translation>
    </message>
</context>
<context>
    <name>ObjectListModel</name>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Last modified</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Storage class</source>
        <translation>存储类型</translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="304"/>
        <source>Folder</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>ObjectWarning</name>
    <message>
        <location filename="../share/object_warning.py" line="25"/>
        <source>The latest version of this object is a delete marker: the link answers 404 Not Found. Choose an earlier version to share it.</source>
        <translation>此对象的最新版本是删除标记：链接将返回 404 Not Found。请选择一个历史版本进行分享。</translation>
    </message>
    <message>
        <location filename="../share/object_warning.py" line="31"/>
        <source>This {0} object is being restored: the link fails until the restore finishes.</source>
        <translation>此对象（{0}）正在解冻：解冻完成前链接无法使用。</translation>
    </message>
    <message>
        <location filename="../share/object_warning.py" line="35"/>
        <source>This object is in {0} storage and not restored: the link will fail until you restore it, and works only while the restored copy lasts.</source>
        <translation>此对象的存储类型为 {0} 且未解冻：解冻前链接无法使用，且只在解冻副本的有效期内可用。</translation>
    </message>
    <message>
        <location filename="../share/object_warning.py" line="39"/>
        <source>This version is in {0} storage: it can be downloaded only once restored.</source>
        <translation>此版本的存储类型为 {0}：解冻后才能下载。</translation>
    </message>
</context>
<context>
    <name>OptionsSection</name>
    <message>
        <location filename="../share/options_section.py" line="20"/>
        <source>&amp;Options</source>
        <translation>选项(&amp;O)</translation>
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
        <translation>内网访问</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="37"/>
        <source>transfer acceleration</source>
        <translation>传输加速</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="39"/>
        <source>on {0}</source>
        <translation>使用 {0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="48"/>
        <source>download as {0}</source>
        <translation>下载为 {0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="49"/>
        <source>download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="51"/>
        <source>shown in the browser</source>
        <translation>在浏览器中显示</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="54"/>
        <source>type {0}</source>
        <translation>类型 {0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="56"/>
        <source>cache {0}</source>
        <translation>缓存 {0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="58"/>
        <source>language {0}</source>
        <translation>语言 {0}</translation>
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
        <translation>处理：{0}</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="87"/>
        <source>needs a header</source>
        <translation>需要 1 个请求头</translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="89"/>
        <source>needs {0} headers</source>
        <translation>需要 {0} 个请求头</translation>
    </message>
</context>
<context>
    <name>OverridesWidget</name>
    <message>
        <location filename="../share/overrides_widget.py" line="42"/>
        <source>As stored</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="43"/>
        <source>Download (attachment)</source>
        <translation>下载 (attachment)</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="44"/>
        <source>Show in browser (inline)</source>
        <translation>在浏览器中显示 (inline)</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="46"/>
        <source>file name the recipient saves</source>
        <translation>接收者保存时的文件名</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="48"/>
        <source>as stored, e.g. application/pdf</source>
        <translation>保持原样，或例如 application/pdf</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="50"/>
        <source>as stored, e.g. no-cache</source>
        <translation>保持原样，或例如 no-cache</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="52"/>
        <source>as stored, e.g. zh-CN</source>
        <translation>保持原样，或例如 zh-CN</translation>
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
        <translation>打开方式</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="68"/>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="69"/>
        <source>Cache control</source>
        <translation>缓存控制</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="70"/>
        <source>Content language</source>
        <translation>内容语言</translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="71"/>
        <source>Traffic limit</source>
        <translation>单链接限速</translation>
    </message>
</context>
<context>
    <name>PathBar</name>
    <message>
        <location filename="../widgets/path_bar.py" line="23"/>
        <source>Only oss:// paths and http(s) links to objects can be opened.</source>
        <translation>只能打开 oss:// 路径和指向对象的 http(s) 链接。</translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="28"/>
        <source>Choose a bucket first, or type oss://bucket/folder/.</source>
        <translation>请先选择 Bucket，或输入 oss://bucket/folder/。</translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="32"/>
        <source>This path names no bucket: type oss://bucket/folder/.</source>
        <translation>此路径未指定 Bucket：请输入 oss://bucket/folder/。</translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="52"/>
        <source>Click empty space or press Ctrl+L to type a path</source>
        <translation>单击空白处或按 Ctrl+L 输入路径</translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="57"/>
        <source>oss://bucket/folder/ or a link to an object</source>
        <translation>oss://bucket/folder/ 或对象链接</translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="117"/>
        <source>Choose a bucket</source>
        <translation>选择 Bucket</translation>
    </message>
    <message>
        <location filename="../widgets/link_places.py" line="64"/>
        <source>This link names no host.</source>
        <translation>此链接未包含主机名。</translation>
    </message>
    <message>
        <location filename="../widgets/link_places.py" line="70"/>
        <source>This link names no bucket: {0} is a service address.</source>
        <translation>此链接未指定 Bucket：{0} 是服务地址。</translation>
    </message>
    <message>
        <location filename="../widgets/link_places.py" line="78"/>
        <source>No bucket can be read from a link on {0}: it is not an OSS host, nor this profile&apos;s endpoint or one of its custom domains.</source>
        <translation>无法从 {0} 上的链接中识别 Bucket：它不是 OSS 域名，也不是此配置的 Endpoint 或自定义域名。</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../problems.py" line="42"/>
        <source>Unexpected problem</source>
        <translation>意外问题</translation>
    </message>
    <message>
        <location filename="../problems.py" line="43"/>
        <source>Something unexpected went wrong ({0}). Try again; if it keeps happening, please report it.</source>
        <translation>发生了意外错误（{0}）。请重试；如果问题持续出现，请报告此问题。</translation>
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
        <translation>无</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="65"/>
        <location filename="../share/process_widget.py" line="98"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="66"/>
        <source>Resize or convert an image</source>
        <translation>缩放或转换图片</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="67"/>
        <source>Video snapshot</source>
        <translation>视频截帧</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="70"/>
        <source>style name, as set up on the bucket</source>
        <translation>样式名称，需已在 Bucket 中创建</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="71"/>
        <location filename="../share/process_widget.py" line="75"/>
        <location filename="../share/process_widget.py" line="80"/>
        <source>keep</source>
        <translation>不变</translation>
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
        <translation>原视频</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="93"/>
        <source>e.g. image/resize,w_200 — signed as written</source>
        <translation>例如 image/resize,w_200 — 按原样签名</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="101"/>
        <location filename="../share/process_widget.py" line="107"/>
        <source>Width × height</source>
        <translation>宽 × 高</translation>
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
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="106"/>
        <source>At</source>
        <translation>截帧时间</translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="118"/>
        <source>Processing</source>
        <translation>处理方式</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../widgets/profile_dialog.py" line="55"/>
        <source>Edit profile</source>
        <translation>编辑配置</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="55"/>
        <source>Add profile</source>
        <translation>添加配置</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="60"/>
        <source>e.g. work</source>
        <translation>例如 work</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="67"/>
        <source>leave empty to keep the stored secret</source>
        <translation>留空则保留已保存的密钥</translation>
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
        <translation>仅用于 STS 临时凭证</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="76"/>
        <source>optional: a custom endpoint host</source>
        <translation>可选：自定义 Endpoint 主机名</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="77"/>
        <source>Internal (VPC)</source>
        <translation>内网 (VPC)</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="78"/>
        <source>Accelerate</source>
        <translation>传输加速</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="79"/>
        <source>Dual-stack</source>
        <translation>双栈</translation>
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
        <translation>15 分钟（默认）</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="90"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="92"/>
        <source>V4 (recommended)</source>
        <translation>V4（推荐）</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="93"/>
        <source>V1 (legacy endpoints)</source>
        <translation>V1（旧版 Endpoint）</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="96"/>
        <source>Profile name:</source>
        <translation>配置名称：</translation>
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
        <translation>地域：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="101"/>
        <source>Endpoint:</source>
        <translation>Endpoint：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="103"/>
        <source>Default link expiry:</source>
        <translation>链接默认有效期：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="104"/>
        <source>Signature:</source>
        <translation>签名版本：</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="115"/>
        <source>Profile name</source>
        <translation>配置名称</translation>
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
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="120"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="121"/>
        <source>Default link expiry</source>
        <translation>链接默认有效期</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="131"/>
        <source>Checking the system keyring…</source>
        <translation>正在检查系统密钥环…</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="133"/>
        <source>Keep the secret for this session only (forgotten when ossshare quits)</source>
        <translation>仅在本次会话中保留密钥（ossshare 退出后即清除）</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="161"/>
        <source>The secret will be stored in {0}. Nothing secret is written to a file.</source>
        <translation>密钥将保存在 {0} 中。不会有任何机密信息写入文件。</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="165"/>
        <source>{0} Nothing secret is written to a file.</source>
        <translation>{0} 不会有任何机密信息写入文件。</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="169"/>
        <source>{0} ossshare never writes secrets to a file.</source>
        <translation>{0} ossshare 从不将密钥写入文件。</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="179"/>
        <source>The keyring could not be checked.</source>
        <translation>无法检查密钥环。</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="241"/>
        <source>a name is required</source>
        <translation>必须填写名称</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="259"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="261"/>
        <source>enter the secret that comes with the new STS token</source>
        <translation>请输入与新 STS Token 配套的 AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="264"/>
        <source>a new AccessKey ID needs its own secret</source>
        <translation>新的 AccessKey ID 需要填写对应的 AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="309"/>
        <source>memory for this session only</source>
        <translation>内存（仅限本次会话）</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../window/profiles.py" line="47"/>
        <source>Demo (offline sandbox)</source>
        <translation>演示（离线沙箱）</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="49"/>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="54"/>
        <source>Reading profiles…</source>
        <translation>正在读取配置…</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="67"/>
        <source>Unknown profile</source>
        <translation>未知配置</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="67"/>
        <source>There is no profile named &apos;{0}&apos;.</source>
        <translation>没有名为“{0}”的配置。</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="85"/>
        <source>{0} settings problems</source>
        <translation>设置中有 {0} 个问题</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="121"/>
        <source>Profile: the account and region to browse</source>
        <translation>配置：要浏览的账号和地域</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="122"/>
        <source>In use: {0} — {1}, {2}</source>
        <translation>正在使用：{0} — {1}，{2}</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="141"/>
        <source>Starting the demo sandbox…</source>
        <translation>正在启动演示沙箱…</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="143"/>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="183"/>
        <source>No profile yet</source>
        <translation>尚无配置</translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="210"/>
        <source>Profile &apos;{0}&apos; saved; its secret is in {1}.</source>
        <translation>配置“{0}”已保存；其密钥位于：{1}。</translation>
    </message>
</context>
<context>
    <name>QrFullScreen</name>
    <message>
        <location filename="../share/qr_widget.py" line="149"/>
        <source>QR code — press Esc to close</source>
        <translation>二维码 — 按 Esc 关闭</translation>
    </message>
    <message>
        <location filename="../share/qr_widget.py" line="159"/>
        <source>Scan with a phone camera. Esc or a click closes this view.</source>
        <translation>请用手机相机扫描。按 Esc 或单击即可关闭此视图。</translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <location filename="../share/qr_panel.py" line="44"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="47"/>
        <source>Recovery 7% (L)</source>
        <translation>容错 7% (L)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="48"/>
        <source>Recovery 15% (M)</source>
        <translation>容错 15% (M)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="49"/>
        <source>Recovery 25% (Q)</source>
        <translation>容错 25% (Q)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="50"/>
        <source>Recovery 30% (H)</source>
        <translation>容错 30% (H)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="56"/>
        <source>Error correction: how much of the code may be hidden or damaged; more makes it denser</source>
        <translation>纠错等级：二维码可被遮挡或损坏的比例；等级越高，二维码越密集</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="58"/>
        <source>Save or copy</source>
        <translation>保存或复制</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="60"/>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="61"/>
        <source>Save SVG…</source>
        <translation>保存 SVG…</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="62"/>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="143"/>
        <source>The link is too long for a QR code at this level: choose L, or a shorter link.</source>
        <translation>链接过长，无法按此纠错等级生成二维码：请选择 L，或使用更短的链接。</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="144"/>
        <source>No link</source>
        <translation>无链接</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="151"/>
        <source>Version {0} · {1}×{1} modules · level {2}</source>
        <translation>版本 {0} · {1}×{1} 模块 · 纠错等级 {2}</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="157"/>
        <source>Dense code (version {0}): phones may struggle to read it from a screen. Use full screen, level L, or a shorter link (fewer options, no STS token).</source>
        <translation>二维码较密集（版本 {0}）：手机可能难以从屏幕上识别。请使用全屏、L 等级，或更短的链接（减少选项、不使用 STS Token）。</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="163"/>
        <source>This link needs signed headers a phone cannot send: scanning it will fail.</source>
        <translation>此链接需要手机无法发送的签名请求头：扫码访问将会失败。</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="187"/>
        <source>QR code copied as an image.</source>
        <translation>二维码已复制为图片。</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="190"/>
        <source>Save QR code</source>
        <translation>保存二维码</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="193"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="193"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="210"/>
        <source>Could not save the QR code</source>
        <translation>无法保存二维码</translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="215"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
</context>
<context>
    <name>QrSheet</name>
    <message>
        <location filename="../batch/qr_sheet.py" line="63"/>
        <source>Download links — page {0} of {1}</source>
        <translation>下载链接 — 第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <location filename="../batch/qr_sheet.py" line="78"/>
        <source>This link is too long for a QR code.</source>
        <translation>此链接过长，无法生成二维码。</translation>
    </message>
    <message>
        <location filename="../batch/qr_sheet.py" line="85"/>
        <source>Expires {0}</source>
        <translation>过期时间：{0}</translation>
    </message>
    <message>
        <location filename="../batch/qr_sheet.py" line="126"/>
        <source>cannot write {0}</source>
        <translation>无法写入 {0}</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../share/qr_widget.py" line="126"/>
        <source>Too small to scan here: double-click for the full-screen code.</source>
        <translation>尺寸太小，无法扫描：双击可全屏显示二维码。</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../share/result_panel.py" line="55"/>
        <source>The key has a &apos;.&apos; or &apos;..&apos; folder in its path: browsers and most download tools rewrite such a path, so the link fails there (curl --path-as-is works).</source>
        <translation>对象路径中含有“.”或“..”目录：浏览器和大多数下载工具会改写这样的路径，因此链接在其中会失效（curl --path-as-is 可用）。</translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="60"/>
        <source>OSS&apos;s own domains make browsers download files even when asked to show them: showing inline needs a custom domain bound to the bucket.</source>
        <translation>使用 OSS 默认域名时，即使要求在线显示，浏览器也会下载文件：要在浏览器中直接显示，需要使用绑定到该 Bucket 的自定义域名。</translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="64"/>
        <source>OSS may refuse to override the content type on its own domains; use Test link to check, or a custom domain.</source>
        <translation>在 OSS 默认域名上，OSS 可能拒绝覆盖内容类型；请用“测试链接”检查，或使用自定义域名。</translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="74"/>
        <source>Signed headers the recipient must send:
{0}</source>
        <translation>接收者必须发送的签名请求头：
{0}</translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="77"/>
        <source>A browser or a phone cannot send these headers, so opening the link there fails. Send the curl (or wget, PowerShell, Python) form instead.</source>
        <translation>浏览器或手机无法发送这些请求头，因此在其中打开链接会失败。请改为发送 curl（或 wget、PowerShell、Python）形式。</translation>
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
        <translation>续期</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="121"/>
        <source>Sign again from now</source>
        <translation>从现在起重新签名</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="56"/>
        <source>Host</source>
        <translation>访问域名</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="57"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="58"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="62"/>
        <source>Response overrides and traffic limit</source>
        <translation>覆盖响应头与单链接限速</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="63"/>
        <source>Image processing</source>
        <translation>图片处理</translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="61"/>
        <source>Signed request headers</source>
        <translation>签名请求头</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="239"/>
        <source>No link: {0}</source>
        <translation>无法生成链接：{0}</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="249"/>
        <source>No link: this link has expired. Press Renew for a fresh one.</source>
        <translation>无可用链接：此链接已过期。请点击“续期”生成新链接。</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="295"/>
        <source>No connection</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="310"/>
        <source>That version is gone or is a delete marker: the latest is shown.</source>
        <translation>该版本已不存在或是删除标记：现显示最新版本。</translation>
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
        <translation>V1（旧版 HMAC-SHA1）</translation>
    </message>
</context>
<context>
    <name>SortLoader</name>
    <message>
        <location filename="../window/sorting.py" line="87"/>
        <source>Loading the whole folder to sort it: {0} so far…</source>
        <translation>正在加载整个目录以便排序：已加载 {0} 项…</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="102"/>
        <source>Sorted: only the {0} loaded so far (scroll or re-sort to load more)</source>
        <translation>已排序：仅限目前已加载的 {0} 项（滚动或重新排序可加载更多）</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="113"/>
        <source>Sort a large folder</source>
        <translation>排序大目录</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="114"/>
        <source>{0} keys are loaded and the folder holds more. Load all of them to sort it?</source>
        <translation>已加载 {0} 项，目录中还有更多。是否全部加载后再排序？</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="118"/>
        <source>Load all</source>
        <translation>全部加载</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="119"/>
        <source>Sort the loaded ones</source>
        <translation>仅排序已加载项</translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="123"/>
        <source>Waiting: load the whole folder?</source>
        <translation>等待确认：是否加载整个目录？</translation>
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
        <translation>停止加载；排序仅涵盖目前已加载的行</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../widgets/status_bar.py" line="23"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分钟</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="25"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="26"/>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="42"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
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
        <translation>已显示 {0} 项，共 {1}</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="84"/>
        <source>{0} so far — listing stopped (Retry continues it)</source>
        <translation>目前 {0} — 列举已停止（点击“重试”继续）</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="86"/>
        <source>{0} so far — listing stopped</source>
        <translation>目前 {0} — 列举已停止</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="88"/>
        <source>{0} — scroll for more</source>
        <translation>{0} — 滚动以加载更多</translation>
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
        <translation>本机时钟比 OSS {1}约 {0}</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="120"/>
        <source>: links signed now will be refused</source>
        <translation>：现在签名的链接将被拒绝</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="124"/>
        <source>OSS refuses signatures made more than 15 minutes off its own time, and links expire early or late by the same amount. Synchronise this computer&apos;s clock.</source>
        <translation>OSS 会拒绝与其时间相差超过 15 分钟的签名，链接的过期时间也会相应提前或推迟。请同步本机时钟。</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="147"/>
        <source>1 folder</source>
        <translation>1 个目录</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="147"/>
        <source>{0} folders</source>
        <translation>{0} 个目录</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="149"/>
        <source>1 object</source>
        <translation>1 个对象</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="149"/>
        <source>{0} objects</source>
        <translation>{0} 个对象</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="150"/>
        <source>1 bucket</source>
        <translation>1 个 Bucket</translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="150"/>
        <source>{0} buckets</source>
        <translation>{0} 个 Bucket</translation>
    </message>
</context>
<context>
    <name>StorageClass</name>
    <message>
        <location filename="../i18n.py" line="32"/>
        <source>Standard</source>
        <translation>标准存储</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="33"/>
        <source>IA</source>
        <translation>低频访问</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="34"/>
        <source>Archive</source>
        <translation>归档存储</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="35"/>
        <source>ColdArchive</source>
        <translation>冷归档存储</translation>
    </message>
    <message>
        <location filename="../i18n.py" line="36"/>
        <source>DeepColdArchive</source>
        <translation>深度冷归档存储</translation>
    </message>
</context>
<context>
    <name>VersionListModel</name>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>Version ID</source>
        <translation>版本 ID</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="87"/>
        <source>Delete marker (latest)</source>
        <translation>删除标记（最新）</translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="87"/>
        <source>Delete marker</source>
        <translation>删除标记</translation>
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
        <translation>正在加载版本…</translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="48"/>
        <source>Versions unavailable</source>
        <translation>无法获取版本</translation>
    </message>
    <message numerus="yes">
        <location filename="../share/version_widget.py" line="66"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="75"/>
        <source>{0} · delete marker · {1}</source>
        <translation>{0} · 删除标记 · {1}</translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="77"/>
        <source>{0} · {1} bytes · {2}</source>
        <translation>{0} · {1} 字节 · {2}</translation>
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
        <translation>欢迎使用 ossshare</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="43"/>
        <source>Browse your Alibaba Cloud OSS buckets and turn any object into a time-limited download link, a QR code or a ready curl command. Secrets stay in your system keyring.</source>
        <translation>浏览您的阿里云 OSS Bucket，把任意对象变成有时效的下载链接、二维码或现成的 curl 命令。密钥始终保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="52"/>
        <source>Add profile</source>
        <translation>添加配置</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="52"/>
        <source>Enter an AccessKey ID and secret, with the region of your buckets.</source>
        <translation>输入 AccessKey ID 和 AccessKey Secret，以及 Bucket 所在的地域。</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="55"/>
        <source>Import from ossutil</source>
        <translation>从 ossutil 导入</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="55"/>
        <source>Read ~/.ossutilconfig; the secrets go straight to the keyring.</source>
        <translation>读取 ~/.ossutilconfig；密钥直接存入密钥环。</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="58"/>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="58"/>
        <source>A sample bucket on a local sandbox: nothing leaves this computer.</source>
        <translation>本地沙箱中的示例 Bucket：任何数据都不会离开本机。</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../window/actions.py" line="22"/>
        <source>&amp;Up</source>
        <translation>上一级(&amp;U)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="23"/>
        <source>Up one folder (Alt+Up, Backspace)</source>
        <translation>返回上一级目录 (Alt+Up, Backspace)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="24"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="25"/>
        <source>Back to the previous folder (Alt+Left)</source>
        <translation>返回上一个目录 (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="26"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="27"/>
        <source>Forward again (Alt+Right)</source>
        <translation>再次前进 (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="28"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="30"/>
        <source>Reload this folder (F5)</source>
        <translation>重新加载此目录 (F5)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="31"/>
        <source>Go to &amp;path…</source>
        <translation>转到路径(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="32"/>
        <source>F&amp;ilter</source>
        <translation>筛选(&amp;I)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="33"/>
        <source>&amp;Share…</source>
        <translation>分享(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="34"/>
        <source>Share &amp;folder…</source>
        <translation>分享目录(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="35"/>
        <source>Links for every object under a folder (Ctrl+Shift+S)</source>
        <translation>为目录下的所有对象生成链接 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="36"/>
        <source>&amp;Links…</source>
        <translation>已分享的链接(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="37"/>
        <source>The links given out, with what would stop them (Ctrl+Shift+L)</source>
        <translation>已分享的链接，以及可能使其失效的情况 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="38"/>
        <source>&amp;Record links given out</source>
        <translation>记录已分享的链接(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="40"/>
        <source>Copy &amp;link (default expiry)</source>
        <translation>复制链接（默认有效期）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="41"/>
        <source>Copy &amp;oss:// path</source>
        <translation>复制 oss:// 路径(&amp;O)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="42"/>
        <source>Show &amp;versions</source>
        <translation>显示版本(&amp;V)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="43"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="44"/>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="45"/>
        <source>&amp;Add profile…</source>
        <translation>添加配置(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="46"/>
        <source>&amp;Import from ossutil…</source>
        <translation>从 ossutil 导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="47"/>
        <source>&amp;Manage profiles…</source>
        <translation>管理配置(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="48"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="49"/>
        <source>&amp;About ossshare</source>
        <translation>关于 ossshare(&amp;A)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="64"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="73"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="76"/>
        <source>&amp;Object</source>
        <translation>对象(&amp;O)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="79"/>
        <source>&amp;Links</source>
        <translation>链接(&amp;L)</translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="82"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../widgets/about_dialog.py" line="23"/>
        <source>About ossshare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="24"/>
        <source>ossshare {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="33"/>
        <source>Signed, time-limited download links for Alibaba Cloud OSS objects. Secrets stay in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="48"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="49"/>
        <source>Copy these details, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="62"/>
        <source>bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="62"/>
        <source>Python package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="64"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="65"/>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="65"/>
        <source>MIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="66"/>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="67"/>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="68"/>
        <source>PySide6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="69"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="70"/>
        <source>Installed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="71"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="72"/>
        <source>Link ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="73"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="73"/>
        <source>standard error (ossshare keeps no log file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="74"/>
        <source>Desktop id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="82"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../batch/dialog.py" line="91"/>
        <source>Share {0} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="92"/>
        <source>{0} objects in oss://{1}/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="94"/>
        <source>Share folder {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="95"/>
        <source>Every object under oss://{0}/{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="101"/>
        <source>every object, or e.g. *.log, 2024/*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="103"/>
        <source>nothing, or e.g. *.tmp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="104"/>
        <source>&amp;Make links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="106"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="122"/>
        <source>&amp;Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="125"/>
        <source>Plain links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="125"/>
        <source>Markdown table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="126"/>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="126"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="131"/>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="136"/>
        <source>The QR sheet&apos;s paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="137"/>
        <source>&amp;QR sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="138"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/layout.py" line="26"/>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/layout.py" line="27"/>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/layout.py" line="29"/>
        <source>Patterns match the name below the folder; * also matches /; separate with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="167"/>
        <source>No links: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="188"/>
        <source>Listing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="188"/>
        <location filename="../batch/dialog.py" line="212"/>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="196"/>
        <source>QR sheet cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="205"/>
        <source>Cancelled after {0} objects: the links made so far are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="212"/>
        <source>Listing and signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="213"/>
        <source>{0} {1} objects, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="219"/>
        <source>Many objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="220"/>
        <source>This folder holds more than {0} objects. Go on listing and signing all of them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="245"/>
        <source>{0} links, {1}, all valid until {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="249"/>
        <source>{0} objects have names OSS would refuse: no link for them (first: {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="253"/>
        <source>No objects matched: nothing to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="271"/>
        <source>The options changed: press Make links for links with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="277"/>
        <source>These links have expired: press Make links for fresh ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="293"/>
        <source>Copied {0} links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="313"/>
        <source>Download links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="331"/>
        <source>Writing the QR sheet: page {0} of {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="338"/>
        <source>QR sheet saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/dialog.py" line="350"/>
        <source>Could not write the file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="17"/>
        <source>Plain links (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="18"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="19"/>
        <source>TSV (*.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="20"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="21"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="22"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="23"/>
        <source>HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="25"/>
        <source>Save links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="41"/>
        <source>Save QR sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/file_prompts.py" line="43"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchLinksModel</name>
    <message>
        <location filename="../batch/model.py" line="75"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/model.py" line="75"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/model.py" line="75"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/model.py" line="75"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchOptions</name>
    <message>
        <location filename="../batch/options.py" line="36"/>
        <source>V4 (OSS4-HMAC-SHA256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="37"/>
        <source>V1 (legacy HMAC-SHA1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="45"/>
        <source>Each link opens the latest version of its object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="48"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="50"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="51"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="52"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="57"/>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="58"/>
        <source>Signed request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="59"/>
        <source>Response overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/options.py" line="60"/>
        <source>Image processing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../window/layout.py" line="98"/>
        <source>Buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="99"/>
        <source>Folders and objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="100"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BucketListModel</name>
    <message>
        <location filename="../models/bucket_list.py" line="106"/>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bucket_list.py" line="106"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/bucket_list.py" line="122"/>
        <source>oss://{0} in {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyBar</name>
    <message>
        <location filename="../share/copy_bar.py" line="23"/>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="24"/>
        <source>curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="25"/>
        <source>wget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="26"/>
        <source>PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="27"/>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="28"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="29"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="37"/>
        <source>Copy the link as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="37"/>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="45"/>
        <location filename="../share/copy_bar.py" line="59"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsLoader</name>
    <message>
        <location filename="../window/details.py" line="90"/>
        <source>Versions unavailable: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../widgets/details_pane.py" line="37"/>
        <source>Select an object to see its details and versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="76"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="77"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="78"/>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="79"/>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="80"/>
        <source>ETag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="81"/>
        <source>Version ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="82"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="97"/>
        <source>Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="100"/>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="101"/>
        <source>Copy a link valid for the profile&apos;s default time (15 minutes unless set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="108"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="130"/>
        <source>Enter or double-click shares that version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="167"/>
        <source>Folder (a common prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="170"/>
        <source>Press Enter to open this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="185"/>
        <source>Loading details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="193"/>
        <source>none (versioning off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="198"/>
        <source>Archived: restore it before sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="200"/>
        <source>Restore in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="204"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="212"/>
        <source>No earlier versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="214"/>
        <source>{0} versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="244"/>
        <source>{0} ({1} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../widgets/error_banner.py" line="36"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/error_banner.py" line="38"/>
        <source>Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/error_banner.py" line="43"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorField</name>
    <message>
        <location filename="../error_messages.py" line="189"/>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="190"/>
        <source>AccessKey secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="191"/>
        <source>additional header {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="192"/>
        <source>additional headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="193"/>
        <source>bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="194"/>
        <source>bucket endpoint bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="195"/>
        <source>custom domain bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="196"/>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="197"/>
        <source>default expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="198"/>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="199"/>
        <source>expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="200"/>
        <source>expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="201"/>
        <source>expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="202"/>
        <source>header &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="203"/>
        <source>header {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="204"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="205"/>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="206"/>
        <source>profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="207"/>
        <source>profile {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="208"/>
        <source>profile {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="209"/>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="210"/>
        <source>range behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="211"/>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="212"/>
        <source>request payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="213"/>
        <source>retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="214"/>
        <source>security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="215"/>
        <source>signature version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="216"/>
        <source>signing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="217"/>
        <source>token expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="218"/>
        <source>traffic limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="219"/>
        <source>traffic limit in query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="220"/>
        <source>version id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="221"/>
        <source>x-oss-process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <location filename="../error_messages.py" line="24"/>
        <source>&apos;{0}&apos; comes from environment variables and cannot be saved; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="25"/>
        <source>&apos;{0}&apos; comes from environment variables; unset {1} and {2} to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="26"/>
        <source>&apos;{0}&apos; is not a duration: use seconds or e.g. 15m, 1h, 7d, 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="27"/>
        <source>&apos;{0}&apos; is not a profile name: 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="28"/>
        <source>&apos;{0}&apos; is not a region id: use lower-case letters, digits and hyphens, for example cn-hangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="29"/>
        <source>&apos;{0}&apos; is not a valid bucket name: 3 to 63 characters, lower-case letters, digits and hyphens, not starting or ending with a hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="30"/>
        <source>&apos;{0}&apos; is not an ISO 8601 date and time (e.g. 2026-12-01T09:00:00+08:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="31"/>
        <source>a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="32"/>
        <source>a bucket name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="33"/>
        <source>a date and time needs a time zone (for example 2026-12-01T12:00:00+08:00 or ...Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="34"/>
        <source>a header name may only hold letters, digits and -_.!#$%&amp;&apos;*+^`|~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="35"/>
        <source>a host has no spaces, line breaks, control characters, backslashes or &lt; &gt; &quot; %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="36"/>
        <source>a profile named &apos;{0}&apos; exists already (use --replace, or --prefix for new names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="37"/>
        <source>a region id has at most {0} characters (this one has {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="38"/>
        <source>a region is required, for example cn-hangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="39"/>
        <source>a region or an endpoint is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="40"/>
        <source>a signed header needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="41"/>
        <source>a V4 signed link is valid for at most 7 days (604,800 seconds); pick a shorter expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="42"/>
        <source>Access denied: the signing account may not read this object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="43"/>
        <source>Access to the keyring was refused: the unlock or permission prompt was dismissed. Try again and accept the prompt. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="44"/>
        <source>after {0} pages the listing {1}, so it would never end; the server is not paging as OSS does, so the listing was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="45"/>
        <source>ahead of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="46"/>
        <source>an object key is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="47"/>
        <source>an object key may be at most {0} bytes in UTF-8 (this one is {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="48"/>
        <source>an object key must not start with &apos;/&apos; or &apos;\&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="49"/>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="50"/>
        <source>bytes {0}-{1} is not a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="51"/>
        <source>cannot be both in the query and in header x-oss-traffic-limit (OSS refuses that): give it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="52"/>
        <source>cannot be signed into a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="53"/>
        <source>contains spaces at its ends or control characters (was it pasted whole?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="54"/>
        <source>Could not reach the server: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="55"/>
        <source>Could not reach {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="56"/>
        <source>credential mode &apos;{0}&apos; is not supported: ossshare signs with an AccessKey or an STS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="57"/>
        <source>has a label longer than 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="58"/>
        <source>has an empty label (two dots in a row, or a dot at an end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="59"/>
        <source>holds {0} (&apos;{1}&apos;): give only a host, optionally with scheme and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="60"/>
        <source>is always signed: give it as a signed header instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="61"/>
        <source>is empty: give a host name, optionally with scheme and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="62"/>
        <source>is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="63"/>
        <source>is given twice, also as header {0}: give it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="64"/>
        <source>is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="65"/>
        <source>is not valid Unicode text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="66"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="67"/>
        <source>is required and must not contain spaces, slashes or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="68"/>
        <source>is set by the signature itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="69"/>
        <source>is {0} characters long; a host name has at most 253</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="70"/>
        <source>it came compressed ({0}, HTTP {1}) although ossshare asked for an uncompressed reply; a proxy or a server that is not OSS may be in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="71"/>
        <source>it could not be read ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="72"/>
        <source>it does not hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="73"/>
        <source>it has no AccessKey ID and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="74"/>
        <source>it has no valid schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="75"/>
        <source>it holds a number too long to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="76"/>
        <source>it holds text that is not valid Unicode (a lone surrogate escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="77"/>
        <source>it is larger than {0}, the most ossshare reads for this request (an OSS listing page is far smaller); check that the endpoint is an OSS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="78"/>
        <source>it is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="79"/>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="80"/>
        <source>it is not valid JSON (line {0}, column {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="81"/>
        <source>Its keyring entries (service &apos;{0}&apos;, users &apos;{1}:secret&apos; and &apos;{2}:sts&apos;) could not be put back as they were either; `ossshare profile remove {3}` deletes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="82"/>
        <source>may be at most {0} characters (this one has {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="83"/>
        <source>may only hold letters, digits, hyphens and underscores between its dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="84"/>
        <source>may only hold visible ASCII characters, no spaces (was it pasted whole?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="85"/>
        <source>mode is StsToken but there is no STS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="86"/>
        <source>must be 4 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="87"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="88"/>
        <source>must be a whole number of bit/s, for example 819200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="89"/>
        <source>must be at least one second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="90"/>
        <source>must be between {0} and {1} bit/s (100 KB/s to 100 MB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="91"/>
        <source>must be more than zero seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="92"/>
        <source>must be non-empty and hold no control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="93"/>
        <source>must be one of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="94"/>
        <source>must be plain ASCII: HTTP clients send other characters differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="95"/>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="96"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="97"/>
        <source>must be zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="98"/>
        <source>must end before the year 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="99"/>
        <source>must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="100"/>
        <source>must map bucket names to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="101"/>
        <source>must not be empty (leave it out for the latest version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="102"/>
        <source>must not be empty (leave it out to get the object as stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="103"/>
        <source>must not contain &apos;_&apos; (OSS refuses header names with underscores; use &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="104"/>
        <source>must not contain line breaks or other control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="105"/>
        <source>must not contain spaces, slashes or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="106"/>
        <source>must not contain tabs, line breaks or other control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="107"/>
        <source>must not start or end with spaces (HTTP drops them, so the signature would not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="108"/>
        <source>needs a traffic limit (bit/s) to put in the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="109"/>
        <source>No answer within {0} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="110"/>
        <source>no complete reply within {0} s; the server or the network is far too slow. Try again later, or check the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="111"/>
        <source>No keyring is available: no Secret Service, KWallet, Keychain or Credential Manager was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="112"/>
        <source>No keyring is available: no Secret Service, KWallet, Keychain or Credential Manager was found. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="113"/>
        <source>No secret is stored for profile &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="114"/>
        <source>No secure keyring is available: the only backends found ({0}) keep secrets in clear or drop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="115"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="116"/>
        <source>not a section ossshare knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="117"/>
        <source>only V4 links can sign headers other than x-oss-*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="118"/>
        <source>only x-oss-* request headers can be signed into a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="119"/>
        <source>OSS did not accept the signature: check the credentials, the region and the host, and that the signed headers are sent exactly as listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="120"/>
        <source>OSS does not accept the credentials that signed the link: the AccessKey ID does not exist or is disabled, or the STS token is invalid or has expired. Check the profile&apos;s credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="121"/>
        <source>OSS gave no explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="122"/>
        <source>per-bucket [buckets ...] sections are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="123"/>
        <source>reaches too far in the future: no link can last past the year 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="124"/>
        <source>scheme &apos;{0}&apos; is not supported: use http or https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="125"/>
        <source>Secrets are kept by the keyring backend {0} (not the system&apos;s own store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="126"/>
        <source>Secrets are kept in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="127"/>
        <source>The &apos;{0}&apos; entry of the settings file is not a JSON object, so no saved profile could be read; saving a profile will replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="128"/>
        <source>The configured keyring backend ({0}) keeps secrets in clear or drops them; it is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="129"/>
        <source>the connection closed before the whole reply arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="130"/>
        <source>the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="131"/>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="132"/>
        <source>the expiry is too far in the future: pick a shorter duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="133"/>
        <source>the host name could not be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="134"/>
        <source>The keyring backend {0} is not usable here (priority {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="135"/>
        <source>The keyring could not be used ({0}). {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="136"/>
        <source>The keyring is locked and could not be unlocked. Unlock it (for example by logging in to the desktop, or in your passwords app) and try again. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="137"/>
        <source>the link expired at {0}; sign a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="138"/>
        <source>The link has expired: make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="139"/>
        <source>The link history could not be read ({0}). It was moved to {1} and a new one was started. Links already given out keep working until they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="140"/>
        <source>the link history {0} cannot be read ({1}) and could not be moved aside ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="141"/>
        <source>the link history {0} could not be opened: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="142"/>
        <source>the link history {0} was written by a newer ossshare (schema {1}); it is left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="143"/>
        <source>The link works: the object can be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="144"/>
        <source>the link would already have expired: pick a time in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="145"/>
        <source>the listing sent {0} empty pages in a row without ending; the server is not paging as OSS does, so the listing was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="146"/>
        <source>The object (or that version of it) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="147"/>
        <source>The object is in Archive or Cold Archive storage and is not restored: restore it first, then share it while the restored copy lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="148"/>
        <source>the object key is not valid Unicode text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="149"/>
        <source>the object&apos;s size or date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="150"/>
        <source>The reply from {0} could not be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="151"/>
        <source>The saved profile &apos;{0}&apos; cannot be used: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="152"/>
        <source>The saved profile &apos;{0}&apos; was skipped: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="153"/>
        <source>The server answered HTTP {0}{1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="154"/>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="155"/>
        <source>The settings could not be saved to {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="156"/>
        <source>The settings file could not be used because {0}. It was moved to {1} and ossshare started with default settings. Your keyring secrets were not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="157"/>
        <source>The settings file {0} could not be read ({1}) and was kept as it is; fix or remove it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="158"/>
        <source>The settings file {0} could not be used because {1}, and it could not be moved aside ({2}). ossshare starts with default settings and will not overwrite that file; fix or remove it to save settings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="159"/>
        <source>the STS token has expired: renew the profile&apos;s credentials first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="160"/>
        <source>The STS token of profile &apos;{0}&apos; expired at {1}; add the profile again with a fresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="161"/>
        <source>The STS token stored for profile &apos;{0}&apos; could not be read; add the profile again with a fresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="162"/>
        <source>There is no &apos;{0}&apos; profile: it appears when {1} and {2} are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="163"/>
        <source>there is no [Credentials] section it could belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="164"/>
        <source>There is no profile named &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="165"/>
        <source>This computer&apos;s clock is {0} minutes {1} the server&apos;s: OSS refuses links signed on it or finds them expired. Correct the clock (or turn on network time), then Renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="166"/>
        <source>timed out after {0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="167"/>
        <source>V4 links are valid at most 7 days ({0} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="168"/>
        <source>{0} could not be read ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="169"/>
        <source>{0} ends in a number but is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="170"/>
        <source>{0} holds spaces or a line break (the value is not shown: it may hold a secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="171"/>
        <source>{0} holds spaces or a line break, so a line of the file looks broken (the value is not shown: it may hold a secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="172"/>
        <source>{0} holds {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="173"/>
        <source>{0} is not a valid international domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="174"/>
        <source>{0} is not an aliyun CLI configuration file (no profiles list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="175"/>
        <source>{0} is not an aliyun CLI configuration file (not JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="176"/>
        <source>{0} is not an ossutil configuration file ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="177"/>
        <source>{0} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="178"/>
        <source>{0} names no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="179"/>
        <source>{0} Nothing was imported; ossshare never writes secrets to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="180"/>
        <source>{0}: &apos;{1}&apos; in brackets is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="181"/>
        <source>{0}: a host name has at most 253 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="182"/>
        <source>{0}: a host name {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="183"/>
        <source>{0}: an IPv6 address goes in brackets, e.g. http://[::1]:9000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="184"/>
        <source>{0}: an IPv6 address needs its closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="185"/>
        <source>{0}: only &apos;:PORT&apos; may follow an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="186"/>
        <source>{0}: the port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_messages.py" line="225"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorTitle</name>
    <message>
        <location filename="../error_titles.py" line="14"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="15"/>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="16"/>
        <source>Could not reach OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="17"/>
        <source>Unreadable reply from OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="18"/>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="19"/>
        <source>Signature does not match: check the AccessKey secret and the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="20"/>
        <source>Unknown AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="21"/>
        <source>Your computer&apos;s clock is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="22"/>
        <source>The security token has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="23"/>
        <source>The security token is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="24"/>
        <source>Bucket not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="25"/>
        <source>Object not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="26"/>
        <source>Version not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="27"/>
        <source>OSS refused a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="28"/>
        <source>The requested range is not in the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="29"/>
        <source>Invalid bucket name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="30"/>
        <source>Invalid object name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="31"/>
        <source>The object is archived: restore it before downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="32"/>
        <source>This account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="33"/>
        <source>The bucket charges the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="34"/>
        <source>The bucket must be reached through another endpoint (is the region right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="35"/>
        <source>OSS had an internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="36"/>
        <source>OSS is temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="37"/>
        <source>OSS had a server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="38"/>
        <source>OSS request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="39"/>
        <source>OSS refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="40"/>
        <source>Not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="41"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="42"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="43"/>
        <source>A precondition failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="44"/>
        <source>Too many requests: try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="45"/>
        <source>No keyring available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="46"/>
        <source>Keyring locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="47"/>
        <source>Keyring access refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="48"/>
        <source>Stored secret unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="49"/>
        <source>Secret missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="50"/>
        <source>STS token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="51"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="52"/>
        <source>Unknown profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="53"/>
        <source>Profile is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="54"/>
        <source>Profile exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="55"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="56"/>
        <source>Link too long for a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="57"/>
        <source>Link history unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="59"/>
        <source>Settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="60"/>
        <source>Settings reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="61"/>
        <source>Profiles skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_titles.py" line="62"/>
        <source>Profile skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryWidget</name>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="40"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="45"/>
        <source>Profile default ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="47"/>
        <source>Custom duration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="48"/>
        <source>Date and time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="53"/>
        <source>e.g. 90m, 2h, 3d or seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="74"/>
        <source>Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="79"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="130"/>
        <source>{0} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="134"/>
        <source>{0} local · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="150"/>
        <source>Capped at {0}, when the STS token expires: a link cannot outlive the temporary credentials that signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="153"/>
        <source>The STS token expires at {0}; links cannot last longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="155"/>
        <source>V1 (legacy) signature: no 7-day limit applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="156"/>
        <source>V4 signed links are valid for at most 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="164"/>
        <source>Expired — press Renew for a fresh link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="167"/>
        <source>Expires in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="189"/>
        <source>{0} d {1} h {2} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="191"/>
        <source>{0} h {1} min {2} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="193"/>
        <source>{0} min {1} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="194"/>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../window/feedback.py" line="44"/>
        <source>Unlock the keyring, then press Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="82"/>
        <source>Listing buckets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="84"/>
        <source>Buckets could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="90"/>
        <source>This folder could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="94"/>
        <source>Listing oss://{0}/{1}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../i18n.py" line="23"/>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="25"/>
        <source>{0} bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadersWidget</name>
    <message>
        <location filename="../share/headers_widget.py" line="35"/>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="37"/>
        <source>Requester pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="39"/>
        <source>Header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="39"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="44"/>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="45"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostWidget</name>
    <message>
        <location filename="../share/host_widget.py" line="26"/>
        <source>Profile endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/host_widget.py" line="27"/>
        <source>Internal (same-region VPC/ECS only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/host_widget.py" line="28"/>
        <source>Transfer acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/host_widget.py" line="31"/>
        <source>Custom domain {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdField</name>
    <message>
        <location filename="../widgets/id_field.py" line="27"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/id_field.py" line="30"/>
        <source>Copy the whole {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/id_field.py" line="31"/>
        <source>Copy {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../widgets/import_flow.py" line="57"/>
        <source>Imported {0} from {1}; the secrets are in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import_flow.py" line="61"/>
        <source>Nothing was imported from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import_flow.py" line="62"/>
        <source>Import from ossutil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../language.py" line="77"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../language.py" line="82"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../language.py" line="101"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../language.py" line="102"/>
        <source>The new language applies when ossshare starts again. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../language.py" line="106"/>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../language.py" line="107"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkHistory</name>
    <message>
        <location filename="../links/hooks.py" line="97"/>
        <source>Link history: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/hooks.py" line="101"/>
        <source>The link history could not be read; it was moved to {0} and a new one started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkTester</name>
    <message>
        <location filename="../share/link_tester.py" line="26"/>
        <source>Test link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="27"/>
        <source>Fetch the first byte the way the recipient would, without your credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="42"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="57"/>
        <source>Only with its signed headers: opened in a browser or from a QR code, it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="63"/>
        <source>The test could not run: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="68"/>
        <source>OK — the link works (HTTP {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="69"/>
        <source>Expired — the link is no longer valid; make a new one (HTTP {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="71"/>
        <source>Access denied (HTTP {0}): the signing account may not read this object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="74"/>
        <source>Archive object not restored (HTTP {0}): restore it, then share it while the copy lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="77"/>
        <source>Signature rejected (HTTP {0}): check credentials, region and host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="80"/>
        <source>Credentials refused (HTTP {0}): the AccessKey ID is unknown or disabled, or the STS token is invalid or expired. Check the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="83"/>
        <source>Not found (HTTP {0}): the object or version does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="84"/>
        <source>Unexpected answer: HTTP {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="90"/>
        <source>Clock off (HTTP {0}): this computer&apos;s clock is {1} min ahead of the server&apos;s. Correct it, then Renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="95"/>
        <source>Clock off (HTTP {0}): this computer&apos;s clock is {1} min behind the server&apos;s. Correct it, then Renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="101"/>
        <source>Network error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="99"/>
        <location filename="../share/link_tester.py" line="104"/>
        <source>OSS says: {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <location filename="../links/model.py" line="26"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/model.py" line="29"/>
        <source>{0} d {1} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/model.py" line="31"/>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/model.py" line="33"/>
        <source>{0} min {1} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/model.py" line="34"/>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/model.py" line="123"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/model.py" line="123"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/model.py" line="123"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/model.py" line="123"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/model.py" line="123"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/model.py" line="124"/>
        <source>Object check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksWindow</name>
    <message>
        <location filename="../links/window.py" line="55"/>
        <source>Links given out — ossshare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="65"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="65"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="65"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="68"/>
        <source>All buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="70"/>
        <source>Filter by name or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="90"/>
        <source>OSS cannot revoke a single presigned link: it works until it expires. Before then it stops only if the object is deleted or renamed, the AccessKey that signed it is disabled or deleted (or the STS token that signed it expires), or a bucket policy denies the request. A link to an object replaced under the same name gives the new content. Forget removes a link from this list only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="99"/>
        <source>&amp;Copy again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="100"/>
        <source>The same link, signed again: it ends when the one given out ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="102"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="105"/>
        <source>&amp;Renew for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="106"/>
        <source>A new link for the same object and options, from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="107"/>
        <source>C&amp;heck object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="108"/>
        <source>Ask OSS whether the object was deleted or replaced since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="109"/>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="110"/>
        <source>Remove from this list (Delete); the link keeps working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="202"/>
        <source>Made {0} with profile {1}; valid until {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="203"/>
        <location filename="../links/window.py" line="314"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="211"/>
        <source>The STS token that signs for this profile expires at {0}: the link stops then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="213"/>
        <source>The profile&apos;s STS token lasts longer than this link ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="217"/>
        <source>It opens version {0}, whatever is written later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="234"/>
        <source>This link has expired: Renew makes a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="259"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="267"/>
        <source>Forgot {0} links. Links already given out keep working until they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="272"/>
        <source>Copied a link valid until {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="274"/>
        <source>It ends early, at {0}, when the STS token that signs it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="279"/>
        <source>Whoever uses it must send these headers: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="288"/>
        <source>Deleted: the object is gone, so the link answers “not found”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="290"/>
        <source>Replaced: the object changed since the link was made; the link gives the new content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="293"/>
        <source>Unchanged since the link was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="294"/>
        <source>The object is there (no ETag was recorded to tell a replacement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="298"/>
        <source>The STS token expires at {0}: links it signed stop then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../links/window.py" line="313"/>
        <source>The profile {0} that made this link is not available here: it cannot be signed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="49"/>
        <source>ossshare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191"/>
        <source>{0} — ossshare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManageProfilesDialog</name>
    <message>
        <location filename="../widgets/manage_profiles.py" line="48"/>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="59"/>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="63"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="64"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="65"/>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="66"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="67"/>
        <source>Open at &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="68"/>
        <source>Open this profile when ossshare starts (instead of the last one used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="88"/>
        <source>Secrets stay in the system keyring; removing a profile deletes its secret there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="121"/>
        <source>{0} (environment variables, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="124"/>
        <source>opens at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="126"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="127"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="172"/>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="173"/>
        <source>Remove the profile &apos;{0}&apos; and delete its secret from the keyring?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="177"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="192"/>
        <source>&apos;{0}&apos; opens when ossshare starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="208"/>
        <source>&apos;{0}&apos; is now &apos;{1}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="218"/>
        <source>&apos;{0}&apos; removed, but its secret could not be deleted from the keyring: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="222"/>
        <source>The secret of &apos;{0}&apos; was deleted, but the settings file could not be changed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="226"/>
        <source>&apos;{0}&apos; removed, and its secret deleted from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/manage_profiles.py" line="227"/>
        <source>&apos;{0}&apos; removed (the keyring held no secret for it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../window/navigation.py" line="71"/>
        <source>Nothing named {0} here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/navigation.py" line="191"/>
        <source>Locating bucket {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/navigation.py" line="233"/>
        <source>You can still open a bucket by name: press Ctrl+L and type oss://bucket/.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../window/layout.py" line="30"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="39"/>
        <source>Profile: the account and region to browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="40"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="41"/>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="53"/>
        <source>Filter this folder (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="57"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="59"/>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectActions</name>
    <message>
        <location filename="../window/object_actions.py" line="135"/>
        <source>Link copied, valid until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="137"/>
        <source>{0} links copied, valid until {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="140"/>
        <source> (it needs signed headers: use Share… for a curl command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="142"/>
        <source> — archived: OSS refuses the download until the object is restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="162"/>
        <source>{0} paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="163"/>
        <source>Copied {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectListModel</name>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="270"/>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="304"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectWarning</name>
    <message>
        <location filename="../share/object_warning.py" line="24"/>
        <source>The latest version of this object is a delete marker: the link answers 404 Not Found. Choose an earlier version to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/object_warning.py" line="30"/>
        <source>This {0} object is being restored: the link fails until the restore finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/object_warning.py" line="34"/>
        <source>This object is in {0} storage and not restored: the link will fail until you restore it, and works only while the restored copy lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/object_warning.py" line="38"/>
        <source>This version is in {0} storage: it can be downloaded only once restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsSection</name>
    <message>
        <location filename="../share/options_section.py" line="20"/>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsSummary</name>
    <message>
        <location filename="../share/options_summary.py" line="28"/>
        <source>until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="35"/>
        <source>internal host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="37"/>
        <source>transfer acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="39"/>
        <source>on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="48"/>
        <source>download as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="49"/>
        <source>download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="51"/>
        <source>shown in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="54"/>
        <source>type {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="56"/>
        <source>cache {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="58"/>
        <source>language {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="60"/>
        <source>at most {0} KB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="80"/>
        <source>version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="84"/>
        <source>processed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="87"/>
        <source>needs a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/options_summary.py" line="89"/>
        <source>needs {0} headers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverridesWidget</name>
    <message>
        <location filename="../share/overrides_widget.py" line="42"/>
        <source>As stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="43"/>
        <source>Download (attachment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="44"/>
        <source>Show in browser (inline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="46"/>
        <source>file name the recipient saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="48"/>
        <source>as stored, e.g. application/pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="50"/>
        <source>as stored, e.g. no-cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="52"/>
        <source>as stored, e.g. zh-CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="56"/>
        <source> KB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="57"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="67"/>
        <source>Open as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="68"/>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="69"/>
        <source>Cache control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="70"/>
        <source>Content language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="71"/>
        <source>Traffic limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathBar</name>
    <message>
        <location filename="../widgets/path_bar.py" line="23"/>
        <source>Only oss:// paths and http(s) links to objects can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="28"/>
        <source>Choose a bucket first, or type oss://bucket/folder/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="32"/>
        <source>This path names no bucket: type oss://bucket/folder/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="52"/>
        <source>Click empty space or press Ctrl+L to type a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="57"/>
        <source>oss://bucket/folder/ or a link to an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="117"/>
        <source>Choose a bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/link_places.py" line="64"/>
        <source>This link names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/link_places.py" line="70"/>
        <source>This link names no bucket: {0} is a service address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/link_places.py" line="78"/>
        <source>No bucket can be read from a link on {0}: it is not an OSS host, nor this profile&apos;s endpoint or one of its custom domains.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../problems.py" line="38"/>
        <source>Unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../problems.py" line="39"/>
        <source>Something unexpected went wrong ({0}). Try again; if it keeps happening, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessWidget</name>
    <message>
        <location filename="../share/process_widget.py" line="54"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="64"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="65"/>
        <location filename="../share/process_widget.py" line="98"/>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="66"/>
        <source>Resize or convert an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="67"/>
        <source>Video snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="70"/>
        <source>style name, as set up on the bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="71"/>
        <location filename="../share/process_widget.py" line="75"/>
        <location filename="../share/process_widget.py" line="80"/>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="81"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="85"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="86"/>
        <location filename="../share/process_widget.py" line="87"/>
        <source>video&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="93"/>
        <source>e.g. image/resize,w_200 — signed as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="101"/>
        <location filename="../share/process_widget.py" line="107"/>
        <source>Width × height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="102"/>
        <location filename="../share/process_widget.py" line="108"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="103"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="106"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/process_widget.py" line="118"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../widgets/profile_dialog.py" line="55"/>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="55"/>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="60"/>
        <source>e.g. work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="67"/>
        <source>leave empty to keep the stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="67"/>
        <location filename="../widgets/profile_dialog.py" line="117"/>
        <source>AccessKey secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="71"/>
        <source>only for STS credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="76"/>
        <source>optional: a custom endpoint host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="77"/>
        <source>Internal (VPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="78"/>
        <source>Accelerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="79"/>
        <source>Dual-stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="80"/>
        <source>Path-style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="81"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="89"/>
        <source>15 minutes (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="90"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="92"/>
        <source>V4 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="93"/>
        <source>V1 (legacy endpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="96"/>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="97"/>
        <source>AccessKey ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="98"/>
        <source>AccessKey secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="99"/>
        <source>STS token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="100"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="101"/>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="103"/>
        <source>Default link expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="104"/>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="115"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="116"/>
        <source>AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="118"/>
        <source>STS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="119"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="120"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="121"/>
        <source>Default link expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="131"/>
        <source>Checking the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="133"/>
        <source>Keep the secret for this session only (forgotten when ossshare quits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="161"/>
        <source>The secret will be stored in {0}. Nothing secret is written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="163"/>
        <source>{0} Nothing secret is written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="166"/>
        <source>{0} ossshare never writes secrets to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="174"/>
        <source>The keyring could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="225"/>
        <source>a name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="243"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="245"/>
        <source>enter the secret that comes with the new STS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="248"/>
        <source>a new AccessKey ID needs its own secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="293"/>
        <source>memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../window/profiles.py" line="47"/>
        <source>Demo (offline sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="49"/>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="54"/>
        <source>Reading profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="67"/>
        <source>Unknown profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="67"/>
        <source>There is no profile named &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="85"/>
        <source>{0} settings problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="121"/>
        <source>Profile: the account and region to browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="122"/>
        <source>In use: {0} — {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="141"/>
        <source>Starting the demo sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="143"/>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="183"/>
        <source>No profile yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="210"/>
        <source>Profile &apos;{0}&apos; saved; its secret is in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrFullScreen</name>
    <message>
        <location filename="../share/qr_widget.py" line="149"/>
        <source>QR code — press Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_widget.py" line="159"/>
        <source>Scan with a phone camera. Esc or a click closes this view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <location filename="../share/qr_panel.py" line="44"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="47"/>
        <source>Recovery 7% (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="48"/>
        <source>Recovery 15% (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="49"/>
        <source>Recovery 25% (Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="50"/>
        <source>Recovery 30% (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="56"/>
        <source>Error correction: how much of the code may be hidden or damaged; more makes it denser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="58"/>
        <source>Save or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="60"/>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="61"/>
        <source>Save SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="62"/>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="143"/>
        <source>The link is too long for a QR code at this level: choose L, or a shorter link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="144"/>
        <source>No link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="151"/>
        <source>Version {0} · {1}×{1} modules · level {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="157"/>
        <source>Dense code (version {0}): phones may struggle to read it from a screen. Use full screen, level L, or a shorter link (fewer options, no STS token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="163"/>
        <source>This link needs signed headers a phone cannot send: scanning it will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="187"/>
        <source>QR code copied as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="190"/>
        <source>Save QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="193"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="193"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="210"/>
        <source>Could not save the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="215"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrSheet</name>
    <message>
        <location filename="../batch/qr_sheet.py" line="61"/>
        <source>Download links — page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/qr_sheet.py" line="76"/>
        <source>This link is too long for a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/qr_sheet.py" line="83"/>
        <source>Expires {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../batch/qr_sheet.py" line="124"/>
        <source>cannot write {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <location filename="../share/qr_widget.py" line="126"/>
        <source>Too small to scan here: double-click for the full-screen code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../share/result_panel.py" line="55"/>
        <source>The key has a &apos;.&apos; or &apos;..&apos; folder in its path: browsers and most download tools rewrite such a path, so the link fails there (curl --path-as-is works).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="60"/>
        <source>OSS&apos;s own domains make browsers download files even when asked to show them: showing inline needs a custom domain bound to the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="64"/>
        <source>OSS may refuse to override the content type on its own domains; use Test link to check, or a custom domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="74"/>
        <source>Signed headers the recipient must send:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="77"/>
        <source>A browser or a phone cannot send these headers, so opening the link there fails. Send the curl (or wget, PowerShell, Python) form instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../share/dialog.py" line="101"/>
        <source>Share {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="114"/>
        <source>V4 (OSS4-HMAC-SHA256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="115"/>
        <source>V1 (legacy HMAC-SHA1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="124"/>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="125"/>
        <source>Sign again from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="56"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="57"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="58"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="62"/>
        <source>Response overrides and traffic limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="63"/>
        <source>Image processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog_layout.py" line="61"/>
        <source>Signed request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="243"/>
        <source>No link: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="253"/>
        <source>No link: this link has expired. Press Renew for a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="299"/>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="314"/>
        <source>That version is gone or is a delete marker: the latest is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SortLoader</name>
    <message>
        <location filename="../window/sorting.py" line="87"/>
        <source>Loading the whole folder to sort it: {0} so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="102"/>
        <source>Sorted: only the {0} loaded so far (scroll or re-sort to load more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="113"/>
        <source>Sort a large folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="114"/>
        <source>{0} keys are loaded and the folder holds more. Load all of them to sort it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="118"/>
        <source>Load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="119"/>
        <source>Sort the loaded ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/sorting.py" line="123"/>
        <source>Waiting: load the whole folder?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SortNote</name>
    <message>
        <location filename="../widgets/sort_note.py" line="19"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sort_note.py" line="20"/>
        <source>Stop loading; the order then covers the rows loaded so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../widgets/status_bar.py" line="23"/>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="25"/>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="26"/>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="42"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="82"/>
        <source>{0} shown of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="84"/>
        <source>{0} so far — listing stopped (Retry continues it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="86"/>
        <source>{0} so far — listing stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="88"/>
        <source>{0} — scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="116"/>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="116"/>
        <source>ahead of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="119"/>
        <source>Your clock is about {0} {1} OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="120"/>
        <source>: links signed now will be refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="124"/>
        <source>OSS refuses signatures made more than 15 minutes off its own time, and links expire early or late by the same amount. Synchronise this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="147"/>
        <source>1 folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="147"/>
        <source>{0} folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="149"/>
        <source>1 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="149"/>
        <source>{0} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="150"/>
        <source>1 bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="150"/>
        <source>{0} buckets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionListModel</name>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="45"/>
        <source>Version ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="87"/>
        <source>Delete marker (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="87"/>
        <source>Delete marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="88"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionWidget</name>
    <message>
        <location filename="../share/version_widget.py" line="40"/>
        <source>Latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="45"/>
        <source>Loading versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="48"/>
        <source>Versions unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../share/version_widget.py" line="66"/>
        <source>%n version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="75"/>
        <source>{0} · delete marker · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="77"/>
        <source>{0} · {1} bytes · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="79"/>
        <source> (latest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../widgets/welcome_page.py" line="34"/>
        <source>Welcome to ossshare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="43"/>
        <source>Browse your Alibaba Cloud OSS buckets and turn any object into a time-limited download link, a QR code or a ready curl command. Secrets stay in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="52"/>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="52"/>
        <source>Enter an AccessKey ID and secret, with the region of your buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="55"/>
        <source>Import from ossutil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="55"/>
        <source>Read ~/.ossutilconfig; the secrets go straight to the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="58"/>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="58"/>
        <source>A sample bucket on a local sandbox: nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../window/actions.py" line="22"/>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="23"/>
        <source>Up one folder (Alt+Up, Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="24"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="25"/>
        <source>Back to the previous folder (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="26"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="27"/>
        <source>Forward again (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="28"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="30"/>
        <source>Reload this folder (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="31"/>
        <source>Go to &amp;path…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="32"/>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="33"/>
        <source>&amp;Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="34"/>
        <source>Share &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="35"/>
        <source>Links for every object under a folder (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="36"/>
        <source>&amp;Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="37"/>
        <source>The links given out, with what would stop them (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="38"/>
        <source>&amp;Record links given out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="40"/>
        <source>Copy &amp;link (default expiry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="41"/>
        <source>Copy &amp;oss:// path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="42"/>
        <source>Show &amp;versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="43"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="44"/>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="45"/>
        <source>&amp;Add profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="46"/>
        <source>&amp;Import from ossutil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="47"/>
        <source>&amp;Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="48"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="49"/>
        <source>&amp;About ossshare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="64"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="73"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="76"/>
        <source>&amp;Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="79"/>
        <source>&amp;Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="82"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

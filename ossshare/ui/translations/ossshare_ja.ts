<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <location filename="../widgets/about_dialog.py" line="47"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="48"/>
        <source>Copy these details, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="61"/>
        <source>bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="61"/>
        <source>Python package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="63"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="64"/>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="64"/>
        <source>MIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="65"/>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="66"/>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="67"/>
        <source>PySide6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="68"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="69"/>
        <source>Installed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="70"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="71"/>
        <source>Link ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="72"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="72"/>
        <source>standard error (ossshare keeps no log file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="73"/>
        <source>Desktop id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/about_dialog.py" line="81"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <location filename="../window/layout.py" line="88"/>
        <source>Buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="89"/>
        <source>Folders and objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="90"/>
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
        <location filename="../share/copy_bar.py" line="21"/>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="22"/>
        <source>curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="23"/>
        <source>wget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="24"/>
        <source>PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="25"/>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="26"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="27"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="35"/>
        <source>Copy the link as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="35"/>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/copy_bar.py" line="55"/>
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
        <location filename="../widgets/details_pane.py" line="75"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="76"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="77"/>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="78"/>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="79"/>
        <source>ETag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="80"/>
        <source>Version ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="81"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="104"/>
        <source>Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="107"/>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="108"/>
        <source>Copy a link valid for the profile&apos;s default time (15 minutes unless set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="115"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="137"/>
        <source>Enter or double-click shares that version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="166"/>
        <source>Folder (a common prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="169"/>
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
        <location filename="../widgets/details_pane.py" line="199"/>
        <source>Archived: restore it before sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="201"/>
        <source>Restore in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="205"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="213"/>
        <source>No earlier versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="215"/>
        <source>{0} versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/details_pane.py" line="250"/>
        <source>{0} ({1} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../widgets/error_banner.py" line="34"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/error_banner.py" line="36"/>
        <source>Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/error_banner.py" line="41"/>
        <source>Dismiss</source>
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
        <location filename="../share/expiry_widget.py" line="73"/>
        <source>Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="74"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="127"/>
        <source>{0} local · {1} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="140"/>
        <source>Capped at {0}, when the STS token expires: a link cannot outlive the temporary credentials that signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="143"/>
        <source>The STS token expires at {0}; links cannot last longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="145"/>
        <source>V1 (legacy) signature: no 7-day limit applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="146"/>
        <source>V4 signed links are valid for at most 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="154"/>
        <source>Expired — press Renew for a fresh link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="157"/>
        <source>Expires in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="179"/>
        <source>{0} d {1} h {2} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="181"/>
        <source>{0} h {1} min {2} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="183"/>
        <source>{0} min {1} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/expiry_widget.py" line="184"/>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../window/feedback.py" line="42"/>
        <source>Unlock the keyring, then press Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="72"/>
        <source>Listing buckets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="78"/>
        <source>This folder could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/feedback.py" line="82"/>
        <source>Listing oss://{0}/{1}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../i18n.py" line="19"/>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i18n.py" line="21"/>
        <source>{0} bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadersWidget</name>
    <message>
        <location filename="../share/headers_widget.py" line="34"/>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="36"/>
        <source>Requester pays (x-oss-request-payer: requester)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="38"/>
        <source>Header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="38"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="43"/>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/headers_widget.py" line="44"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostWidget</name>
    <message>
        <location filename="../share/host_widget.py" line="25"/>
        <source>Profile endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/host_widget.py" line="26"/>
        <source>Internal (same-region VPC/ECS only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/host_widget.py" line="27"/>
        <source>Transfer acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/host_widget.py" line="30"/>
        <source>Custom domain {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../widgets/import_flow.py" line="53"/>
        <source>Imported {0} from {1}; the secrets are in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import_flow.py" line="57"/>
        <source>Nothing was imported from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/import_flow.py" line="58"/>
        <source>Import from ossutil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkTester</name>
    <message>
        <location filename="../share/link_tester.py" line="25"/>
        <source>Test link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="26"/>
        <source>Fetch the first byte the way the recipient would, without your credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="40"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="55"/>
        <source>Only with its signed headers: opened in a browser or from a QR code, it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="61"/>
        <source>The test could not run: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="66"/>
        <source>OK — the link works (HTTP {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="67"/>
        <source>Expired — the link is no longer valid; make a new one (HTTP {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="69"/>
        <source>Access denied (HTTP {0}): the signing account may not read this object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="72"/>
        <source>Archive object not restored (HTTP {0}): restore it, then share it while the copy lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="75"/>
        <source>Signature rejected (HTTP {0}): check credentials, region and host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="78"/>
        <source>Credentials refused (HTTP {0}): the AccessKey ID is unknown or disabled, or the STS token is invalid or expired. Check the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="81"/>
        <source>Not found (HTTP {0}): the object or version does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="82"/>
        <source>Unexpected answer: HTTP {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="88"/>
        <source>Clock off (HTTP {0}): this computer&apos;s clock is {1} min ahead of the server&apos;s. Correct it, then Renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="93"/>
        <source>Clock off (HTTP {0}): this computer&apos;s clock is {1} min behind the server&apos;s. Correct it, then Renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="99"/>
        <source>Network error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/link_tester.py" line="97"/>
        <location filename="../share/link_tester.py" line="102"/>
        <source>OSS says: {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="46"/>
        <source>ossshare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165"/>
        <source>{0} — ossshare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../window/navigation.py" line="49"/>
        <source>Nothing named {0} here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/navigation.py" line="163"/>
        <source>Locating bucket {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/navigation.py" line="205"/>
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
        <location filename="../window/layout.py" line="56"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/layout.py" line="58"/>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectActions</name>
    <message>
        <location filename="../window/object_actions.py" line="114"/>
        <source>Link copied, valid until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="116"/>
        <source>{0} links copied, valid until {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="119"/>
        <source> (it needs signed headers: use Share… for a curl command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="121"/>
        <source> — archived: OSS refuses the download until the object is restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="141"/>
        <source>{0} paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/object_actions.py" line="142"/>
        <source>Copied {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectListModel</name>
    <message>
        <location filename="../models/object_list.py" line="257"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="257"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="257"/>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="257"/>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/object_list.py" line="291"/>
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
    <name>OverridesWidget</name>
    <message>
        <location filename="../share/overrides_widget.py" line="22"/>
        <source>As stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="23"/>
        <source>Download (attachment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="24"/>
        <source>Show in browser (inline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="26"/>
        <source>file name the recipient saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="28"/>
        <source>as stored, e.g. application/pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="30"/>
        <source>as stored, e.g. no-cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="32"/>
        <source>as stored, e.g. zh-CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="36"/>
        <source> KB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="37"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="45"/>
        <source>Open as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="46"/>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="47"/>
        <source>Cache control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="48"/>
        <source>Content language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/overrides_widget.py" line="49"/>
        <source>Traffic limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathBar</name>
    <message>
        <location filename="../widgets/path_bar.py" line="66"/>
        <source>Click empty space or press Ctrl+L to type a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="71"/>
        <source>oss://bucket/folder/ or a link to an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/path_bar.py" line="129"/>
        <source>Choose a bucket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../problems.py" line="37"/>
        <source>Unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../problems.py" line="38"/>
        <source>Something unexpected went wrong ({0}). Try again; if it keeps happening, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../widgets/profile_dialog.py" line="53"/>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="53"/>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="58"/>
        <source>e.g. work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="65"/>
        <source>leave empty to keep the stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="65"/>
        <source>AccessKey secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="69"/>
        <source>only for STS credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="74"/>
        <source>optional: a custom endpoint host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="75"/>
        <source>Internal (VPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="76"/>
        <source>Accelerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="77"/>
        <source>Dual-stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="78"/>
        <source>Path-style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="79"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="86"/>
        <source>15 minutes (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="87"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="89"/>
        <source>V4 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="90"/>
        <source>V1 (legacy endpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="93"/>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="94"/>
        <source>AccessKey ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="95"/>
        <source>AccessKey secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="96"/>
        <source>STS token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="97"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="98"/>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="100"/>
        <source>Default link expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="101"/>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="112"/>
        <source>Checking the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="114"/>
        <source>Keep the secret for this session only (forgotten when ossshare quits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="141"/>
        <source>The secret will be stored in {0}. Nothing secret is written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="143"/>
        <source>{0} Nothing secret is written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="146"/>
        <source>{0} ossshare never writes secrets to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="154"/>
        <source>The keyring could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="203"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="209"/>
        <source>enter the secret that comes with the new STS token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="211"/>
        <source>a new AccessKey ID needs its own secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/profile_dialog.py" line="242"/>
        <source>memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../window/profiles.py" line="41"/>
        <source>Demo (offline sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="43"/>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="48"/>
        <source>Reading profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="59"/>
        <source>Unknown profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="59"/>
        <source>There is no profile named &apos;{0}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="107"/>
        <source>Starting the demo sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="109"/>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="148"/>
        <source>No profile yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/profiles.py" line="175"/>
        <source>Profile &apos;{0}&apos; saved; its secret is in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrFullScreen</name>
    <message>
        <location filename="../share/qr_widget.py" line="124"/>
        <source>QR code — press Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_widget.py" line="134"/>
        <source>Scan with a phone camera. Esc or a click closes this view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrPanel</name>
    <message>
        <location filename="../share/qr_panel.py" line="44"/>
        <source>L — 7% recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="45"/>
        <source>M — 15% recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="46"/>
        <source>Q — 25% recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="47"/>
        <source>H — 30% recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="57"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="58"/>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="59"/>
        <source>Save SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="60"/>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="65"/>
        <source>Error correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="128"/>
        <source>The link is too long for a QR code at this level: choose L, or a shorter link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="129"/>
        <source>No link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="136"/>
        <source>Version {0} · {1}×{1} modules · level {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="142"/>
        <source>Dense code (version {0}): phones may struggle to read it from a screen. Use full screen, level L, or a shorter link (fewer options, no STS token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="148"/>
        <source>This link needs signed headers a phone cannot send: scanning it will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="172"/>
        <source>QR code copied as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="175"/>
        <source>Save QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="178"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="178"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="195"/>
        <source>Could not save the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/qr_panel.py" line="200"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../share/result_panel.py" line="50"/>
        <source>The key has a &apos;.&apos; or &apos;..&apos; folder in its path: browsers and most download tools rewrite such a path, so the link fails there (curl --path-as-is works).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="55"/>
        <source>OSS&apos;s own domains make browsers download files even when asked to show them: showing inline needs a custom domain bound to the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="59"/>
        <source>OSS may refuse to override the content type on its own domains; use Test link to check, or a custom domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="69"/>
        <source>Signed headers the recipient must send:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="72"/>
        <source>A browser or a phone cannot send these headers, so opening the link there fails. Send the curl (or wget, PowerShell, Python) form instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/result_panel.py" line="77"/>
        <source>No signed headers: the link works in any browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../share/dialog.py" line="118"/>
        <source>Share {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="124"/>
        <source>V4 (OSS4-HMAC-SHA256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="125"/>
        <source>V1 (legacy HMAC-SHA1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="139"/>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="140"/>
        <source>Sign again from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="164"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="166"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="167"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="168"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="169"/>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="171"/>
        <source>Signed request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="173"/>
        <source>Response overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="296"/>
        <source>No link: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="306"/>
        <source>No link: this link has expired. Press Renew for a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="348"/>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/dialog.py" line="363"/>
        <source>That version is gone or is a delete marker: the latest is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../widgets/status_bar.py" line="22"/>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="24"/>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="25"/>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="40"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="63"/>
        <source>{0} shown of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="65"/>
        <source>{0} so far — listing stopped (Retry continues it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="67"/>
        <source>{0} — scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="86"/>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="86"/>
        <source>ahead of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="89"/>
        <source>Your clock is about {0} {1} OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="90"/>
        <source>: links signed now will be refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="94"/>
        <source>OSS refuses signatures made more than 15 minutes off its own time, and links expire early or late by the same amount. Synchronise this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="117"/>
        <source>1 folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="117"/>
        <source>{0} folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="119"/>
        <source>1 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="119"/>
        <source>{0} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="120"/>
        <source>1 bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_bar.py" line="120"/>
        <source>{0} buckets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionListModel</name>
    <message>
        <location filename="../models/version_list.py" line="46"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="46"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="46"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="46"/>
        <source>Version ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="88"/>
        <source>Delete marker (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="88"/>
        <source>Delete marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/version_list.py" line="89"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionWidget</name>
    <message>
        <location filename="../share/version_widget.py" line="39"/>
        <source>Latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="44"/>
        <source>Loading versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="47"/>
        <source>Versions unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../share/version_widget.py" line="65"/>
        <source>%n version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="74"/>
        <source>{0} · delete marker · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="76"/>
        <source>{0} · {1} bytes · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../share/version_widget.py" line="78"/>
        <source> (latest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../widgets/welcome_page.py" line="25"/>
        <source>Welcome to ossshare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="34"/>
        <source>Browse your Alibaba Cloud OSS buckets and turn any object into a time-limited download link, a QR code or a ready curl command. Secrets stay in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="43"/>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="43"/>
        <source>Enter an AccessKey ID and secret, with the region of your buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="46"/>
        <source>Import from ossutil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="46"/>
        <source>Read ~/.ossutilconfig; the secrets go straight to the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="49"/>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.py" line="49"/>
        <source>A sample bucket on a local sandbox: nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../window/actions.py" line="19"/>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="20"/>
        <source>Up one folder (Alt+Up, Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="21"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="22"/>
        <source>Back to the previous folder (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="23"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="24"/>
        <source>Forward again (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="25"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="27"/>
        <source>Reload this folder (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="28"/>
        <source>Go to &amp;path…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="29"/>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="30"/>
        <source>&amp;Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="31"/>
        <source>Copy &amp;link (default expiry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="32"/>
        <source>Copy &amp;oss:// path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="33"/>
        <source>Show &amp;versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="34"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="35"/>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="36"/>
        <source>&amp;Add profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="37"/>
        <source>&amp;Import from ossutil…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="38"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="39"/>
        <source>&amp;About ossshare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="54"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="59"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="62"/>
        <source>&amp;Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window/actions.py" line="65"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

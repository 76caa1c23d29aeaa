"""OSS XML bodies into records, on samples written from the OSS API reference, and against
the official SDK's own deserializer for the url-encoded keys."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import quote
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ossshare.oss import xml_parse
from ossshare.oss.xml_parse import XmlError

V2_PAGE = b"""<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult>
  <Name>examplebucket</Name>
  <Prefix>a%2Bb/</Prefix>
  <MaxKeys>3</MaxKeys>
  <StartAfter>a%2Bb/0</StartAfter>
  <Delimiter>/</Delimiter>
  <EncodingType>url</EncodingType>
  <IsTruncated>true</IsTruncated>
  <NextContinuationToken>CgJiYw%3D%3D</NextContinuationToken>
  <Contents>
    <Key>a%2Bb/one%20two%2Bthree.txt</Key>
    <LastModified>2024-05-18T05:45:54.000Z</LastModified>
    <ETag>"35A27C2B9EAEEB6F48FD7FB5861D3B6E"</ETag>
    <Type>Normal</Type>
    <Size>25</Size>
    <StorageClass>IA</StorageClass>
    <Owner><ID>1234</ID><DisplayName>1234</DisplayName></Owner>
  </Contents>
  <Contents>
    <Key>a%2Bb/%E6%97%A5%E6%9C%AC%25~.bin</Key>
    <LastModified>2024-05-19T00:00:00.000Z</LastModified>
    <ETag>"5B3C1A2E053D763E1B002CC607C5A0FE-2"</ETag>
    <Type>Multipart</Type>
    <Size>1048577</Size>
  </Contents>
  <CommonPrefixes>
    <Prefix>a%2Bb/sub%20dir/</Prefix>
  </CommonPrefixes>
  <KeyCount>3</KeyCount>
</ListBucketResult>"""


def test_object_page_decodes_keys_prefixes_and_token() -> None:
    page = xml_parse.parse_object_page(V2_PAGE)
    assert page.prefix == "a+b/"
    assert [o.key for o in page.objects] == ["a+b/one two+three.txt", "a+b/日本%~.bin"]
    assert page.prefixes == ("a+b/sub dir/",)
    assert page.next_token == "CgJiYw=="
    assert page.key_count == 3
    first, second = page.objects
    assert first.size == 25 and first.storage_class == "IA"
    assert first.etag == '"35A27C2B9EAEEB6F48FD7FB5861D3B6E"'
    assert first.last_modified == datetime(2024, 5, 18, 5, 45, 54, tzinfo=UTC)
    assert second.storage_class == "Standard"  # absent: the default class


def test_object_page_without_encoding_type_keeps_text_as_is() -> None:
    body = V2_PAGE.replace(b"<EncodingType>url</EncodingType>", b"")
    page = xml_parse.parse_object_page(body)
    assert page.objects[0].key == "a%2Bb/one%20two%2Bthree.txt"


def test_last_page_has_no_token() -> None:
    body = V2_PAGE.replace(b"<IsTruncated>true</IsTruncated>", b"<IsTruncated>false</IsTruncated>")
    assert xml_parse.parse_object_page(body).next_token is None


def test_truncated_without_token_is_an_error_not_an_endless_loop() -> None:
    body = V2_PAGE.replace(b"<NextContinuationToken>CgJiYw%3D%3D</NextContinuationToken>", b"")
    with pytest.raises(XmlError, match="NextContinuationToken"):
        xml_parse.parse_object_page(body)


def test_empty_listing() -> None:
    page = xml_parse.parse_object_page(
        b"<ListBucketResult><Name>b</Name><Prefix></Prefix><MaxKeys>1000</MaxKeys>"
        b"<EncodingType>url</EncodingType><IsTruncated>false</IsTruncated><KeyCount>0</KeyCount></ListBucketResult>"
    )
    assert page.objects == () and page.prefixes == () and page.next_token is None and page.prefix == ""


def test_namespaced_document_is_read_too() -> None:
    body = V2_PAGE.replace(b"<ListBucketResult>", b'<ListBucketResult xmlns="http://doc.oss-cn-hangzhou.aliyuncs.com">')
    assert xml_parse.parse_object_page(body).objects[0].key == "a+b/one two+three.txt"


@pytest.mark.parametrize(
    "body, reason",
    [
        (b"", "empty body"),
        (b"<ListBucketResult><Contents><Key>a", "malformed XML"),
        (b"<html><body>502 Bad Gateway</body></html>", "got <html>"),
        (b"<ListBucketResult><Contents><Size>1</Size></Contents></ListBucketResult>", "no <Key>"),
        (
            b"<ListBucketResult><Contents><Key>k</Key><Size>big</Size>"
            b"<LastModified>2024-01-01T00:00:00.000Z</LastModified></Contents></ListBucketResult>",
            "not a number",
        ),
        (
            b"<ListBucketResult><Contents><Key>k</Key><Size>1</Size>"
            b"<LastModified>yesterday</LastModified></Contents></ListBucketResult>",
            "not a date",
        ),
    ],
)
def test_bad_bodies_raise_xml_error(body: bytes, reason: str) -> None:
    with pytest.raises(XmlError, match=reason):
        xml_parse.parse_object_page(body)


BUCKETS = b"""<?xml version="1.0" encoding="UTF-8"?>
<ListAllMyBucketsResult>
  <Prefix>my</Prefix>
  <Marker></Marker>
  <MaxKeys>2</MaxKeys>
  <IsTruncated>true</IsTruncated>
  <NextMarker>mybucket10</NextMarker>
  <Owner><ID>512**</ID><DisplayName>51264</DisplayName></Owner>
  <Buckets>
    <Bucket>
      <CreationDate>2014-02-17T18:12:43.000Z</CreationDate>
      <ExtranetEndpoint>oss-cn-shanghai.aliyuncs.com</ExtranetEndpoint>
      <IntranetEndpoint>oss-cn-shanghai-internal.aliyuncs.com</IntranetEndpoint>
      <Location>oss-cn-shanghai</Location>
      <Name>app-base-oss</Name>
      <Region>cn-shanghai</Region>
      <StorageClass>Standard</StorageClass>
    </Bucket>
    <Bucket>
      <CreationDate>2014-02-25T11:21:04.000Z</CreationDate>
      <Location>oss-cn-hangzhou</Location>
      <Name>mybucket</Name>
      <StorageClass>IA</StorageClass>
    </Bucket>
  </Buckets>
</ListAllMyBucketsResult>"""


def test_bucket_page() -> None:
    page = xml_parse.parse_bucket_page(BUCKETS)
    assert page.next_marker == "mybucket10"
    first, second = page.buckets
    assert (first.name, first.region, first.storage_class) == ("app-base-oss", "cn-shanghai", "Standard")
    assert first.extranet_endpoint == "oss-cn-shanghai.aliyuncs.com"
    assert first.creation_date == datetime(2014, 2, 17, 18, 12, 43, tzinfo=UTC)
    assert (second.name, second.region, second.intranet_endpoint) == ("mybucket", "cn-hangzhou", None)


def test_bucket_page_last_and_empty() -> None:
    page = xml_parse.parse_bucket_page(b"<ListAllMyBucketsResult><Buckets/></ListAllMyBucketsResult>")
    assert page.buckets == () and page.next_marker is None


def test_bucket_info_and_location() -> None:
    info = xml_parse.parse_bucket_info(
        b"""<BucketInfo><Bucket><AccessMonitor>Enabled</AccessMonitor>
        <CreationDate>2013-07-31T10:56:21.000Z</CreationDate>
        <ExtranetEndpoint>oss-cn-hangzhou.aliyuncs.com</ExtranetEndpoint>
        <IntranetEndpoint>oss-cn-hangzhou-internal.aliyuncs.com</IntranetEndpoint>
        <Location>oss-cn-hangzhou</Location><StorageClass>Standard</StorageClass>
        <Name>oss-example</Name><Owner><DisplayName>u</DisplayName><ID>u</ID></Owner>
        <AccessControlList><Grant>private</Grant></AccessControlList></Bucket></BucketInfo>"""
    )
    assert (info.name, info.region, info.storage_class) == ("oss-example", "cn-hangzhou", "Standard")
    body = b'<?xml version="1.0" encoding="UTF-8"?>\n<LocationConstraint>oss-ap-southeast-1</LocationConstraint>'
    assert xml_parse.parse_location(body) == "ap-southeast-1"
    with pytest.raises(XmlError):
        xml_parse.parse_location(b"<LocationConstraint/>")
    with pytest.raises(XmlError, match="no <Bucket>"):
        xml_parse.parse_bucket_info(b"<BucketInfo/>")


VERSIONS = b"""<?xml version="1.0" encoding="UTF-8"?>
<ListVersionsResult>
  <Name>examplebucket</Name>
  <Prefix></Prefix>
  <KeyMarker>example</KeyMarker>
  <VersionIdMarker>CAEQMxiBgICbof2D0BYiIGRhZjgwMzJiMjA3MjQ0ODE5MWYxZDYwMzJlZjU1****</VersionIdMarker>
  <MaxKeys>3</MaxKeys>
  <Delimiter></Delimiter>
  <EncodingType>url</EncodingType>
  <IsTruncated>true</IsTruncated>
  <NextKeyMarker>example%2Bnext</NextKeyMarker>
  <NextVersionIdMarker>CAEQGhiBgIC_</NextVersionIdMarker>
  <DeleteMarker>
    <Key>example%20a</Key>
    <VersionId>v3</VersionId>
    <IsLatest>true</IsLatest>
    <LastModified>2019-04-09T07:27:28.000Z</LastModified>
    <Owner><ID>1234</ID><DisplayName>1234</DisplayName></Owner>
  </DeleteMarker>
  <Version>
    <Key>example%20a</Key>
    <VersionId>v2</VersionId>
    <IsLatest>false</IsLatest>
    <LastModified>2019-04-09T07:27:28.000Z</LastModified>
    <ETag>"0F7230CAA4BE94CCBDC99C5500000000"</ETag>
    <Type>Normal</Type>
    <Size>93731</Size>
    <StorageClass>Standard</StorageClass>
  </Version>
  <Version>
    <Key>example%2Bb</Key>
    <VersionId>v1</VersionId>
    <IsLatest>true</IsLatest>
    <LastModified>2019-04-09T07:27:28.000Z</LastModified>
    <ETag>"1F"</ETag>
    <Size>5</Size>
    <StorageClass>Archive</StorageClass>
  </Version>
  <CommonPrefixes><Prefix>dir%2B/</Prefix></CommonPrefixes>
</ListVersionsResult>"""


def test_version_page_keeps_order_and_marks_delete_markers() -> None:
    page = xml_parse.parse_version_page(VERSIONS)
    assert [(v.key, v.version_id, v.is_latest, v.is_delete_marker) for v in page.versions] == [
        ("example a", "v3", True, True),
        ("example a", "v2", False, False),
        ("example+b", "v1", True, False),
    ]
    assert page.versions[1].size == 93731 and page.versions[2].storage_class == "Archive"
    assert page.versions[0].size == 0 and page.versions[0].etag == ""
    assert page.prefixes == ("dir+/",)
    assert (page.next_key_marker, page.next_version_id_marker) == ("example+next", "CAEQGhiBgIC_")


def test_last_version_page() -> None:
    body = VERSIONS.replace(b"<IsTruncated>true</IsTruncated>", b"<IsTruncated>false</IsTruncated>")
    page = xml_parse.parse_version_page(body)
    assert page.next_key_marker is None and page.next_version_id_marker is None


def test_error_document() -> None:
    fields = xml_parse.parse_error(
        b"""<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>SignatureDoesNotMatch</Code>
  <Message>The request signature we calculated does not match the signature you provided.</Message>
  <RequestId>5C3D9175B6FC201293AD****</RequestId>
  <HostId>bucket.oss-cn-hangzhou.aliyuncs.com</HostId>
  <EC>0002-00000040</EC>
</Error>"""
    )
    assert fields["Code"] == "SignatureDoesNotMatch"
    assert fields["RequestId"] == "5C3D9175B6FC201293AD****"
    assert fields["EC"] == "0002-00000040"
    assert xml_parse.parse_error(b"<html>nope</html>") == {}
    assert xml_parse.parse_error(b"<Error><Code>Trunc") == {}


# ----- the official SDK's deserializer as the oracle for decoding -----

key_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
)


def _sdk_keys(body: bytes) -> tuple[list[str], list[str], str | None]:
    from alibabacloud_oss_v2 import serde, serde_utils
    from alibabacloud_oss_v2.models import ListObjectsV2Result

    result = ListObjectsV2Result()
    serde.deserialize_xml(xml_data=body, obj=result)
    serde_utils.deserialize_encode_type(result, None)
    keys = [c.key for c in result.contents or []]
    prefixes = [p.prefix for p in result.common_prefixes or []]
    return keys, prefixes, result.next_continuation_token


def _page_for(keys: list[str], prefix: str, token: str) -> bytes:
    # OSS url-encodes as RFC 3986: everything but unreserved characters, a space as %20.
    contents = "".join(
        f"<Contents><Key>{quote(k, safe='')}</Key><LastModified>2024-01-01T00:00:00.000Z</LastModified>"
        f"<ETag>\"E\"</ETag><Size>1</Size></Contents>"
        for k in keys
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>b</Name>'
        f"<Prefix>{escape(quote(prefix, safe=''))}</Prefix><EncodingType>url</EncodingType>"
        f"<IsTruncated>true</IsTruncated><NextContinuationToken>{quote(token, safe='')}</NextContinuationToken>"
        f"{contents}<CommonPrefixes><Prefix>{quote(prefix, safe='')}</Prefix></CommonPrefixes></ListBucketResult>"
    ).encode()


@settings(max_examples=200, deadline=None)
@given(keys=st.lists(key_text, min_size=1, max_size=5), prefix=key_text, token=key_text)
def test_decoding_matches_the_sdk(keys: list[str], prefix: str, token: str) -> None:
    body = _page_for(keys, prefix, token)
    ours = xml_parse.parse_object_page(body)
    sdk_keys, sdk_prefixes, sdk_token = _sdk_keys(body)
    assert [o.key for o in ours.objects] == sdk_keys == keys
    assert list(ours.prefixes) == sdk_prefixes == [prefix]
    assert ours.next_token == sdk_token == token


def test_plus_is_not_a_space() -> None:
    body = _page_for(["a+b c"], "x+y", "t+")
    assert xml_parse.parse_object_page(body).objects[0].key == "a+b c"
    # and a literal '+' left unencoded by a server still means '+', as the SDK reads it
    raw = body.replace(b"a%2Bb%20c", b"a+b%20c")
    assert xml_parse.parse_object_page(raw).objects[0].key == "a+b c"
    assert _sdk_keys(raw)[0] == ["a+b c"]

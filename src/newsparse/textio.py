"""Bytes to text, for callers that hold files rather than strings."""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeError(ValueError):
    """The bytes are not text in the encoding given (or, by default, in UTF-8)."""


def decode(data: bytes, encoding: str | None = None) -> str:
    r"""Decode a file's bytes: a byte-order mark wins, then ``encoding``, then UTF-8.

    The byte-order mark is dropped. Undecodable bytes are an error that says where they are;
    nothing is replaced silently.

    >>> decode(b"\xef\xbb\xbfCaf\xc3\xa9")
    'Café'
    >>> decode(b"Caf\xe9")
    Traceback (most recent call last):
    ...
    newsparse.textio.DecodeError: not utf-8 text: byte 0xe9 at offset 3 cannot be decoded; ...
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            encoding = bom_encoding
            break
    encoding = encoding or "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodeError(
            f"not {encoding} text: byte 0x{data[error.start]:02x} at offset {error.start} "
            "cannot be decoded; give the right encoding (for example cp1252)"
        ) from error
    except LookupError as error:
        raise DecodeError(f"unknown encoding {encoding!r}") from error
    return text.removeprefix("\ufeff")

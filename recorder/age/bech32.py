"""Bech32 (BIP 173) without its 90-character limit, as used by age keys.

Post-quantum recipients are about 1,960 characters long, so the limit is lifted;
MAX_LENGTH still bounds the work done on a hostile string.
"""

from __future__ import annotations

__all__ = ["MAX_LENGTH", "decode", "encode"]

MAX_LENGTH = 8192
_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_REVERSE = {c: i for i, c in enumerate(_CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = ((check & 0x1FFFFFF) << 5) ^ value
        for i, gen in enumerate(_GENERATOR):
            if (top >> i) & 1:
                check ^= gen
    return check


def _expand_hrp(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    mask = (1 << to_bits) - 1
    keep = (1 << (from_bits + to_bits - 1)) - 1  # bound acc so long strings stay linear
    for value in data:
        acc = ((acc << from_bits) | value) & keep
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & mask)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & mask)
    elif bits >= from_bits or (acc << (to_bits - bits)) & mask:
        raise ValueError("Invalid padding in Bech32 data.")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Encode data under the human-readable part; the result is lowercase."""
    hrp = hrp.lower()
    values = _convert_bits(data, 8, 5, pad=True)
    polymod = _polymod([*_expand_hrp(hrp), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[v] for v in values + checksum)


def decode(text: str) -> tuple[str, bytes]:
    """Return (lowercase hrp, data); raise ValueError on any defect."""
    if len(text) > MAX_LENGTH:
        raise ValueError("Bech32 string is too long.")
    if text.lower() != text and text.upper() != text:
        raise ValueError("Bech32 string mixes upper and lower case.")
    text = text.lower()
    sep = text.rfind("1")
    if sep < 1 or sep + 7 > len(text):
        raise ValueError("Bech32 string has no valid separator.")
    hrp = text[:sep]
    if any(not 33 <= ord(c) <= 126 for c in hrp):
        raise ValueError("Bech32 prefix has invalid characters.")
    try:
        values = [_REVERSE[c] for c in text[sep + 1 :]]
    except KeyError:
        raise ValueError("Bech32 data has invalid characters.") from None
    if _polymod(_expand_hrp(hrp) + values) != 1:
        raise ValueError("Bech32 checksum is wrong.")
    return hrp, bytes(_convert_bits(values[:-6], 5, 8, pad=False))

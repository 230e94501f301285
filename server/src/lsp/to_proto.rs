//! Byte offsets ↔ protocol positions, in the negotiated encoding.
//!
//! The engine speaks byte offsets; the protocol speaks `(line, character)`
//! where `character` counts UTF-8 bytes or UTF-16 code units, whichever was
//! negotiated at `initialize`. Lines end at `\n` (a `\r\n` pair ends with it
//! too); tree-sitter counts rows the same way, so both views agree.
//!
//! Every conversion clamps: a position beyond the end of its line means the
//! end of that line, a line beyond the end of the text means the end of the
//! text, and an offset inside a multi-byte character means its start.

use ropey::Rope;
use std::ops::Range;
use tower_lsp_server::ls_types::{self as lsp, PositionEncodingKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
}

impl Encoding {
    /// UTF-8 when the client offers it, else UTF-16 (the protocol default).
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }
}

/// The byte offset of the start of the character containing `byte`.
fn floor_char_boundary(rope: &Rope, byte: usize) -> usize {
    let byte = byte.min(rope.len_bytes());
    rope.char_to_byte(rope.byte_to_char(byte))
}

/// Byte offset where the content of `line` ends (before `\r\n` or `\n`).
fn line_content_end(rope: &Rope, line: usize) -> usize {
    let slice = rope.line(line);
    let mut len = slice.len_bytes();
    if len > 0 && slice.byte(len - 1) == b'\n' {
        len -= 1;
        if len > 0 && slice.byte(len - 1) == b'\r' {
            len -= 1;
        }
    }
    rope.line_to_byte(line) + len
}

pub fn position(rope: &Rope, enc: Encoding, byte: usize) -> lsp::Position {
    let byte = floor_char_boundary(rope, byte);
    let line = rope.byte_to_line(byte);
    let line_start = rope.line_to_byte(line);
    let character = match enc {
        Encoding::Utf8 => byte - line_start,
        Encoding::Utf16 => {
            rope.char_to_utf16_cu(rope.byte_to_char(byte))
                - rope.char_to_utf16_cu(rope.byte_to_char(line_start))
        }
    };
    lsp::Position::new(to_u32(line), to_u32(character))
}

pub fn range(rope: &Rope, enc: Encoding, bytes: Range<usize>) -> lsp::Range {
    let start = position(rope, enc, bytes.start);
    let end = position(rope, enc, bytes.end.max(bytes.start));
    lsp::Range::new(start, end)
}

/// `from_proto`: the byte offset of a protocol position, clamped.
pub fn offset(rope: &Rope, enc: Encoding, pos: lsp::Position) -> usize {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return rope.len_bytes();
    }
    let start = rope.line_to_byte(line);
    let end = line_content_end(rope, line);
    let character = pos.character as usize;
    match enc {
        Encoding::Utf8 => floor_char_boundary(rope, start.saturating_add(character).min(end)),
        Encoding::Utf16 => {
            let start_cu = rope.char_to_utf16_cu(rope.byte_to_char(start));
            let end_cu = rope.char_to_utf16_cu(rope.byte_to_char(end));
            let cu = start_cu.saturating_add(character).min(end_cu);
            rope.char_to_byte(rope.utf16_cu_to_char(cu))
        }
    }
}

/// `from_proto` for a range; a reversed range is put in order.
pub fn offsets(rope: &Rope, enc: Encoding, range: lsp::Range) -> Range<usize> {
    let a = offset(rope, enc, range.start);
    let b = offset(rope, enc, range.end);
    a.min(b)..a.max(b)
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: u32, character: u32) -> lsp::Position {
        lsp::Position::new(line, character)
    }

    #[test]
    fn multibyte_text_in_both_encodings() {
        // `é` is 2 bytes / 1 unit, `中` 3 bytes / 1 unit, `😀` 4 bytes / 2 units.
        let rope = Rope::from_str("aé中😀b\r\nx");
        let b = "aé中😀".len();
        assert_eq!(position(&rope, Encoding::Utf8, b), pos(0, 10));
        assert_eq!(position(&rope, Encoding::Utf16, b), pos(0, 5));
        assert_eq!(offset(&rope, Encoding::Utf8, pos(0, 10)), b);
        assert_eq!(offset(&rope, Encoding::Utf16, pos(0, 5)), b);
        // Inside a character: its start.
        assert_eq!(offset(&rope, Encoding::Utf8, pos(0, 8)), "aé中".len());
        assert_eq!(offset(&rope, Encoding::Utf16, pos(0, 4)), "aé中".len());
        assert_eq!(position(&rope, Encoding::Utf8, 2), pos(0, 1));
        // Second line.
        let x = rope.len_bytes() - 1;
        assert_eq!(position(&rope, Encoding::Utf16, x), pos(1, 0));
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let rope = Rope::from_str("ab\r\ncd");
        // Past the end of a line: the end of its content, before `\r\n`.
        assert_eq!(offset(&rope, Encoding::Utf16, pos(0, 99)), 2);
        assert_eq!(offset(&rope, Encoding::Utf8, pos(0, u32::MAX)), 2);
        // Past the last line: the end of the text.
        assert_eq!(offset(&rope, Encoding::Utf16, pos(7, 0)), 6);
        assert_eq!(position(&rope, Encoding::Utf8, 1000), pos(1, 2));
        let empty = Rope::new();
        assert_eq!(offset(&empty, Encoding::Utf16, pos(3, 3)), 0);
        assert_eq!(position(&empty, Encoding::Utf16, 5), pos(0, 0));
    }

    #[test]
    fn negotiation_prefers_utf8_when_offered() {
        let both = [PositionEncodingKind::UTF16, PositionEncodingKind::UTF8];
        assert_eq!(Encoding::negotiate(Some(&both)), Encoding::Utf8);
        assert_eq!(
            Encoding::negotiate(Some(&[PositionEncodingKind::UTF32])),
            Encoding::Utf16
        );
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    }
}

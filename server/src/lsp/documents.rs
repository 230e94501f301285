//! An open document: its text as a rope, and its tree-sitter tree kept up to
//! date incrementally (each edit is applied to the tree with `Tree::edit`;
//! the reparse happens lazily, when someone needs the tree, reusing it).

use super::to_proto::{self, Encoding};
use crate::analysis;
use ropey::Rope;
use tower_lsp_server::ls_types::TextDocumentContentChangeEvent;
use tree_sitter::{InputEdit, Parser, Point, Tree};

/// Larger documents are kept (so edits stay in sync) but not parsed: the
/// analysis would cost more than it tells.
pub const MAX_PARSED_BYTES: usize = 2 << 20;

pub struct Document {
    pub version: i32,
    rope: Rope,
    tree: Option<Tree>,
    /// The tree has been edited but not reparsed.
    stale: bool,
    parser: Parser,
}

impl Document {
    pub fn new(text: &str, version: i32) -> Document {
        Document {
            version,
            rope: Rope::from_str(text),
            tree: None,
            stale: true,
            parser: analysis::parser(),
        }
    }

    pub fn rope(&self) -> &Rope {
        &self.rope
    }

    pub fn text(&self) -> String {
        self.rope.to_string()
    }

    pub fn len(&self) -> usize {
        self.rope.len_bytes()
    }

    pub fn too_large(&self) -> bool {
        self.len() > MAX_PARSED_BYTES
    }

    /// Applies one change of a `didChange`, in order. A change without a
    /// range replaces the whole text: applied as the one edit that turns
    /// the old text into the new (what lies between their common prefix
    /// and suffix), so the tree is still reparsed incrementally.
    pub fn apply(&mut self, change: &TextDocumentContentChangeEvent, enc: Encoding) {
        match change.range {
            Some(range) => {
                let bytes = to_proto::offsets(&self.rope, enc, range);
                self.replace(bytes.start, bytes.end, &change.text);
            }
            None => self.replace_all(&change.text),
        }
    }

    fn replace_all(&mut self, text: &str) {
        if self.too_large() || text.len() > MAX_PARSED_BYTES {
            // Neither side is parsed: no edit to work out.
            self.rope = Rope::from_str(text);
            self.tree = None;
            self.stale = true;
            return;
        }
        let old = self.rope.to_string();
        let (start, old_end, new_end) = changed_span(&old, text);
        self.replace(start, old_end, &text[start..new_end]);
    }

    /// Replaces the bytes `start..end` with `text`, and tells the tree.
    fn replace(&mut self, start: usize, end: usize, text: &str) {
        let start_position = self.point(start);
        let old_end_position = self.point(end);
        let start_char = self.rope.byte_to_char(start);
        let end_char = self.rope.byte_to_char(end);
        self.rope.remove(start_char..end_char);
        self.rope.insert(start_char, text);
        let new_end_byte = start + text.len();
        let new_end_position = self.point(new_end_byte);
        if let Some(tree) = &mut self.tree {
            tree.edit(&InputEdit {
                start_byte: start,
                old_end_byte: end,
                new_end_byte,
                start_position,
                old_end_position,
                new_end_position,
            });
        }
        self.stale = true;
    }

    /// A tree-sitter point: rows end at `\n`, columns count bytes.
    fn point(&self, byte: usize) -> Point {
        let row = self.rope.byte_to_line(byte);
        Point::new(row, byte - self.rope.line_to_byte(row))
    }

    /// The up-to-date tree, reparsed incrementally if needed; `None` for a
    /// document too large to parse.
    pub fn tree(&mut self) -> Option<&Tree> {
        if self.too_large() {
            self.tree = None;
            return None;
        }
        if self.stale || self.tree.is_none() {
            let rope = &self.rope;
            let len = rope.len_bytes();
            let mut read = |byte: usize, _: Point| -> &[u8] {
                if byte >= len {
                    return &[];
                }
                let (chunk, chunk_start, _, _) = rope.chunk_at_byte(byte);
                &chunk.as_bytes()[byte - chunk_start..]
            };
            let old = if self.stale { self.tree.as_ref() } else { None };
            self.tree = self.parser.parse_with_options(&mut read, old, None);
            self.stale = false;
        }
        self.tree.as_ref()
    }
}

/// Where `new` differs from `old`: `(start, old_end, new_end)`, after
/// their common prefix and before their common suffix. Neither end splits
/// a character or a `\r\n` pair.
fn changed_span(old: &str, new: &str) -> (usize, usize, usize) {
    let splits =
        |s: &str, i: usize| !s.is_char_boundary(i) || (i > 0 && s.as_bytes()[i - 1] == b'\r');
    let (a, b) = (old.as_bytes(), new.as_bytes());
    let mut start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    while start > 0 && (splits(old, start) || splits(new, start)) {
        start -= 1;
    }
    let most = a.len().min(b.len()) - start;
    let mut suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(most)
        .take_while(|(x, y)| x == y)
        .count();
    while suffix > 0 && (splits(old, a.len() - suffix) || splits(new, b.len() - suffix)) {
        suffix -= 1;
    }
    (start, a.len() - suffix, b.len() - suffix)
}

#[cfg(test)]
mod tests {
    //! The property test: thousands of random edits with multi-byte text,
    //! as range changes in both encodings and as whole texts. After each
    //! batch the document's text equals the client's and its tree equals a
    //! fresh parse.

    use super::*;
    use tower_lsp_server::ls_types::{Position, Range};

    /// A small deterministic generator (xorshift64*), so a failure names a
    /// seed that reproduces it.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    const FRAGMENTS: &[&str] = &[
        "a",
        "é",
        "中文",
        "😀",
        "e\u{301}",
        "👩‍👩‍👧",
        "\n",
        "\r\n",
        "\r",
        " ",
        "fn f() {",
        "}",
        "(",
        ")",
        ";",
        "\"",
        "// 注释 🦀\n",
        "let x = \"ß😀\";",
        "pub fn pair_sum(nums: &[i64]) -> i64 { 0 }\n",
        "/*",
        "*/",
        "'",
        "x",
    ];

    /// The client's own view: positions computed from its `String`,
    /// independently of ropey. As the protocol says, a line ends at `\n`,
    /// `\r\n` or a lone `\r`.
    fn client_position(text: &str, byte: usize, enc: Encoding) -> Position {
        let bytes = text.as_bytes();
        let (mut line, mut line_start) = (0, 0);
        for (i, &b) in bytes[..byte].iter().enumerate() {
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                line += 1;
                line_start = i + 1;
            }
        }
        let col = &text[line_start..byte];
        let character = match enc {
            Encoding::Utf8 => col.len(),
            Encoding::Utf16 => col.encode_utf16().count(),
        };
        Position::new(line as u32, character as u32)
    }

    /// A char boundary that does not split a `\r\n` pair (no client
    /// sends a position between the two).
    fn boundary_at_or_before(text: &str, mut b: usize) -> usize {
        b = b.min(text.len());
        while !text.is_char_boundary(b)
            || (b > 0 && text.as_bytes()[b - 1] == b'\r' && text.as_bytes().get(b) == Some(&b'\n'))
        {
            b -= 1;
        }
        b
    }

    fn random_text(rng: &mut Rng) -> String {
        (0..rng.below(4))
            .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
            .collect()
    }

    fn sexp_with_ranges(tree: &Tree) -> String {
        let mut out = String::new();
        let mut cursor = tree.walk();
        let mut depth = 0;
        loop {
            let node = cursor.node();
            out.push_str(&format!(
                "{:depth$}{} {:?} {}..{} {:?}-{:?}\n",
                "",
                node.kind(),
                cursor.field_name(),
                node.start_byte(),
                node.end_byte(),
                node.start_position(),
                node.end_position(),
            ));
            if cursor.goto_first_child() {
                depth += 1;
                continue;
            }
            while !cursor.goto_next_sibling() {
                if !cursor.goto_parent() {
                    return out;
                }
                depth -= 1;
            }
        }
    }

    fn run(seed: u64, enc: Encoding, edits: usize) {
        let mut rng = Rng(seed);
        let mut client = String::from("fn main() {\n    let s = \"héllo 😀\";\n}\n");
        let mut doc = Document::new(&client, 0);
        let mut done = 0;
        while done < edits {
            // A batch of 1–3 changes, as one didChange carries them.
            let batch = 1 + rng.below(3);
            for _ in 0..batch {
                let start = boundary_at_or_before(&client, rng.below(client.len() + 1));
                let end = boundary_at_or_before(&client, start + rng.below(40)).max(start);
                let text = random_text(&mut rng);
                let range = Range::new(
                    client_position(&client, start, enc),
                    client_position(&client, end, enc),
                );
                client.replace_range(start..end, &text);
                // One change in four is the whole text, as a client
                // sends it with `TextDocumentSyncKind::FULL`.
                let change = if rng.below(4) == 0 {
                    TextDocumentContentChangeEvent {
                        range: None,
                        range_length: None,
                        text: client.clone(),
                    }
                } else {
                    TextDocumentContentChangeEvent {
                        range: Some(range),
                        range_length: None,
                        text,
                    }
                };
                doc.apply(&change, enc);
                done += 1;
            }
            assert_eq!(
                doc.text(),
                client,
                "seed {seed}, {enc:?}, after {done} edits"
            );
            // Reparse after some batches only: several edits then pile up
            // on one tree, as they do while the user types.
            if rng.below(3) == 0 {
                let incremental = sexp_with_ranges(doc.tree().unwrap());
                let fresh = sexp_with_ranges(&analysis::parse(&client));
                assert_eq!(
                    incremental, fresh,
                    "seed {seed}, {enc:?}, after {done} edits, text {client:?}"
                );
            }
        }
    }

    #[test]
    fn random_edits_keep_text_and_tree_in_sync() {
        for seed in 1..=12u64 {
            let seed = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            run(seed, Encoding::Utf16, 400);
            run(seed ^ 1, Encoding::Utf8, 400);
        }
    }

    #[test]
    fn a_full_change_replaces_the_text() {
        let mut doc = Document::new("fn a() {}", 1);
        doc.tree().unwrap();
        doc.apply(
            &TextDocumentContentChangeEvent {
                range: None,
                range_length: None,
                text: "fn b( {".into(),
            },
            Encoding::Utf16,
        );
        assert_eq!(doc.text(), "fn b( {");
        assert!(doc.tree().unwrap().root_node().has_error());
    }

    #[test]
    fn a_huge_document_is_kept_but_not_parsed() {
        let big = "// 🦀 comment\n".repeat(MAX_PARSED_BYTES / 10);
        let mut doc = Document::new(&big, 1);
        assert!(doc.tree().is_none());
        doc.apply(
            &TextDocumentContentChangeEvent {
                range: Some(Range::new(Position::new(5, 3), Position::new(5, 5))),
                range_length: None,
                text: "x".into(),
            },
            Encoding::Utf16,
        );
        assert_eq!(doc.len(), big.len() - "🦀".len() + 1);
    }
}

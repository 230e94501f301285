// learner: optimal
// idiom: GLSL: fixed-size [u32; 16] child arrays indexed by UTF-8 nibbles (hi then lo), node 0 = root, 0 in a lane = empty; byte order == code point order
//! A prefix tree (trie) of Unicode words: see README.md.

const EMPTY: u32 = 0; // the root is never anyone's child, so 0 can mean "no child"

#[derive(Debug, Clone, Copy)]
struct Node {
    kid: [u32; 16],
    end: bool,
}

const BLANK: Node = Node { kid: [EMPTY; 16], end: false };

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

#[inline]
fn nibbles(b: u8) -> [usize; 2] {
    [(b >> 4) as usize, (b & 0xF) as usize]
}

impl Trie {
    /// Creates an empty trie.
    pub fn new() -> Self {
        Trie { nodes: vec![BLANK], words: 0 }
    }

    fn walk(&self, s: &str) -> Option<usize> {
        let mut idx = 0usize;
        for b in s.bytes() {
            for lane in nibbles(b) {
                let k = self.nodes[idx].kid[lane];
                if k == EMPTY {
                    return None;
                }
                idx = k as usize;
            }
        }
        Some(idx)
    }

    /// Adds `word`. Returns `true` if it was not stored before.
    pub fn insert(&mut self, word: &str) -> bool {
        let mut idx = 0usize;
        for b in word.bytes() {
            for lane in nibbles(b) {
                let mut k = self.nodes[idx].kid[lane];
                if k == EMPTY {
                    k = self.nodes.len() as u32;
                    self.nodes.push(BLANK);
                    self.nodes[idx].kid[lane] = k;
                }
                idx = k as usize;
            }
        }
        let fresh = !self.nodes[idx].end;
        self.nodes[idx].end = true;
        self.words += fresh as usize;
        fresh
    }

    /// Returns whether `word` itself was inserted.
    pub fn contains(&self, word: &str) -> bool {
        self.walk(word).map_or(false, |i| self.nodes[i].end)
    }

    /// Returns whether some stored word begins with `prefix`.
    pub fn starts_with(&self, prefix: &str) -> bool {
        self.words > 0 && self.walk(prefix).is_some()
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        self.words
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    /// Every stored word that begins with `prefix`, in ascending (`str`) order.
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(start) = self.walk(prefix) else { return out };
        let mut bytes: Vec<u8> = prefix.as_bytes().to_vec();
        // explicit stack of (node, depth in nibbles below start, next lane to try)
        let mut stack: Vec<(usize, usize, usize)> = vec![(start, 0, 0)];
        if self.nodes[start].end {
            out.push(prefix.to_string());
        }
        while let Some(top) = stack.last_mut() {
            let (idx, depth, lane) = *top;
            if lane == 16 {
                stack.pop();
                // leaving a hi-nibble node: its byte (shared by all its lo children) is done
                if depth % 2 == 1 {
                    bytes.pop();
                }
                continue;
            }
            top.2 += 1;
            let k = self.nodes[idx].kid[lane];
            if k == EMPTY {
                continue;
            }
            let d = depth + 1;
            if d % 2 == 1 {
                // hi nibble: start a new byte
                bytes.push((lane as u8) << 4);
            } else {
                let last = bytes.len() - 1;
                bytes[last] = (bytes[last] & 0xF0) | lane as u8;
                if self.nodes[k as usize].end {
                    // an end node always sits on a char boundary of an inserted word
                    out.push(String::from_utf8(bytes.clone()).expect("utf-8 word"));
                }
            }
            stack.push((k as usize, d, 0));
        }
        out
    }
}

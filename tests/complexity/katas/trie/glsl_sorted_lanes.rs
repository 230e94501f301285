// learner: optimal
// idiom: GLSL: each node keeps its children as a small sorted array of (char, node) lanes, binary-searched; recursive DFS emits in order
//! A prefix tree (trie) of Unicode words: see README.md.

#[derive(Debug, Default)]
struct Node {
    lanes: Vec<(char, usize)>, // sorted by char
    end: bool,
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    /// Creates an empty trie.
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], count: 0 }
    }

    fn child(&self, idx: usize, c: char) -> Option<usize> {
        let lanes = &self.nodes[idx].lanes;
        lanes.binary_search_by_key(&c, |&(ch, _)| ch).ok().map(|pos| lanes[pos].1)
    }

    fn descend(&self, s: &str) -> Option<usize> {
        let mut idx = 0;
        for c in s.chars() {
            idx = self.child(idx, c)?;
        }
        Some(idx)
    }

    /// Adds `word`. Returns `true` if it was not stored before.
    pub fn insert(&mut self, word: &str) -> bool {
        let mut idx = 0;
        for c in word.chars() {
            match self.nodes[idx].lanes.binary_search_by_key(&c, |&(ch, _)| ch) {
                Ok(pos) => idx = self.nodes[idx].lanes[pos].1,
                Err(pos) => {
                    let fresh = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[idx].lanes.insert(pos, (c, fresh));
                    idx = fresh;
                }
            }
        }
        if self.nodes[idx].end {
            return false;
        }
        self.nodes[idx].end = true;
        self.count += 1;
        true
    }

    /// Returns whether `word` itself was inserted.
    pub fn contains(&self, word: &str) -> bool {
        matches!(self.descend(word), Some(i) if self.nodes[i].end)
    }

    /// Returns whether some stored word begins with `prefix`.
    pub fn starts_with(&self, prefix: &str) -> bool {
        self.count != 0 && self.descend(prefix).is_some()
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    fn gather(&self, idx: usize, buf: &mut String, out: &mut Vec<String>) {
        if self.nodes[idx].end {
            out.push(buf.clone());
        }
        for &(c, k) in &self.nodes[idx].lanes {
            buf.push(c);
            self.gather(k, buf, out);
            buf.pop();
        }
    }

    /// Every stored word that begins with `prefix`, in ascending (`str`) order.
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(start) = self.descend(prefix) {
            let mut buf = prefix.to_string();
            self.gather(start, &mut buf, &mut out);
        }
        out
    }
}

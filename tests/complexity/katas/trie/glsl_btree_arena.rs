// learner: optimal
// idiom: GLSL: node arena (flat Vec, u32 node ids), BTreeMap<char, u32> children, DFS with an explicit fixed-shape stack of Enter/Leave steps
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    kids: BTreeMap<char, u32>,
    terminal: bool,
}

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

enum Step {
    Enter(char, u32),
    Leave,
}

impl Trie {
    /// Creates an empty trie.
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], words: 0 }
    }

    fn walk(&self, s: &str) -> Option<u32> {
        let mut idx = 0u32;
        for c in s.chars() {
            idx = *self.nodes[idx as usize].kids.get(&c)?;
        }
        Some(idx)
    }

    /// Adds `word`. Returns `true` if it was not stored before.
    pub fn insert(&mut self, word: &str) -> bool {
        let mut idx = 0u32;
        for c in word.chars() {
            let next_id = self.nodes.len() as u32;
            let child = *self.nodes[idx as usize].kids.entry(c).or_insert(next_id);
            if child == next_id {
                self.nodes.push(Node::default());
            }
            idx = child;
        }
        let node = &mut self.nodes[idx as usize];
        let fresh = !node.terminal;
        node.terminal = true;
        self.words += fresh as usize;
        fresh
    }

    /// Returns whether `word` itself was inserted.
    pub fn contains(&self, word: &str) -> bool {
        self.walk(word).map_or(false, |i| self.nodes[i as usize].terminal)
    }

    /// Returns whether some stored word begins with `prefix`.
    pub fn starts_with(&self, prefix: &str) -> bool {
        // every non-root node lies on a stored word's path; the root only counts if a word exists
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
        let mut buf = String::from(prefix);
        if self.nodes[start as usize].terminal {
            out.push(buf.clone());
        }
        let mut stack: Vec<Step> = Vec::new();
        for (&c, &k) in self.nodes[start as usize].kids.iter().rev() {
            stack.push(Step::Enter(c, k));
        }
        while let Some(step) = stack.pop() {
            match step {
                Step::Leave => {
                    buf.pop();
                }
                Step::Enter(c, k) => {
                    buf.push(c);
                    let node = &self.nodes[k as usize];
                    if node.terminal {
                        out.push(buf.clone());
                    }
                    stack.push(Step::Leave);
                    for (&cc, &kk) in node.kids.iter().rev() {
                        stack.push(Step::Enter(cc, kk));
                    }
                }
            }
        }
        out
    }
}

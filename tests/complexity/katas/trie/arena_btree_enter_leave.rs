// learner: optimal
// idiom: node arena (Vec<Node>) linked by u32 indices with BTreeMap<char, u32> children, explicit Step::{Enter, Leave} stack and one shared String buffer for the listing
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

const ROOT: u32 = 0;

#[derive(Debug, Default)]
struct Node {
    children: BTreeMap<char, u32>,
    terminal: bool,
}

enum Step {
    Enter(char, u32),
    Leave,
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

impl Trie {
    /// Creates an empty trie.
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], words: 0 }
    }

    fn locate(&self, key: &str) -> Option<u32> {
        let mut cur = ROOT;
        for ch in key.chars() {
            cur = *self.nodes[cur as usize].children.get(&ch)?;
        }
        Some(cur)
    }

    /// Adds `word`. Returns `true` if it was not stored before. O(m) for a word of m chars.
    pub fn insert(&mut self, word: &str) -> bool {
        let mut cur = ROOT;
        for ch in word.chars() {
            let next = match self.nodes[cur as usize].children.get(&ch) {
                Some(&n) => n,
                None => {
                    let fresh = self.nodes.len() as u32;
                    self.nodes.push(Node::default());
                    self.nodes[cur as usize].children.insert(ch, fresh);
                    fresh
                }
            };
            cur = next;
        }
        let node = &mut self.nodes[cur as usize];
        if node.terminal {
            return false;
        }
        node.terminal = true;
        self.words += 1;
        true
    }

    /// Returns whether `word` itself was inserted. O(m).
    pub fn contains(&self, word: &str) -> bool {
        match self.locate(word) {
            Some(n) => self.nodes[n as usize].terminal,
            None => false,
        }
    }

    /// Returns whether some stored word begins with `prefix` (a word is a prefix of itself). O(m).
    pub fn starts_with(&self, prefix: &str) -> bool {
        // every node except a bare root lies on the path of some stored word
        self.words > 0 && self.locate(prefix).is_some()
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
        let start = match self.locate(prefix) {
            Some(n) => n,
            None => return out,
        };
        let mut buf = String::from(prefix);
        if self.nodes[start as usize].terminal {
            out.push(buf.clone());
        }
        let mut stack: Vec<Step> = Vec::new();
        for (&ch, &child) in self.nodes[start as usize].children.iter().rev() {
            stack.push(Step::Enter(ch, child));
        }
        while let Some(step) = stack.pop() {
            match step {
                Step::Leave => {
                    buf.pop();
                }
                Step::Enter(ch, node) => {
                    buf.push(ch);
                    if self.nodes[node as usize].terminal {
                        out.push(buf.clone());
                    }
                    stack.push(Step::Leave);
                    for (&c, &kid) in self.nodes[node as usize].children.iter().rev() {
                        stack.push(Step::Enter(c, kid));
                    }
                }
            }
        }
        out
    }
}

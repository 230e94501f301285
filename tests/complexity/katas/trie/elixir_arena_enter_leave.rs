// learner: optimal
// idiom: elixir: nodes in a Vec arena linked by index, BTreeMap<char, usize> children; DFS driven by an explicit stack of Enter/Leave messages
// why: each op walks one edge per char (O(log σ) BTreeMap step, σ constant): O(m); insert adds ≤ m nodes; listing visits only the prefix's subtree, every node of which lies on a returned word: O(m + k)
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    children: BTreeMap<char, usize>,
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
    Enter(char, usize),
    Leave,
}

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], words: 0 }
    }

    fn walk(&self, s: &str) -> Option<usize> {
        s.chars().try_fold(0usize, |at, c| self.nodes[at].children.get(&c).copied())
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = 0;
        for c in word.chars() {
            at = match self.nodes[at].children.get(&c) {
                Some(&next) => next,
                None => {
                    let fresh = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[at].children.insert(c, fresh);
                    fresh
                }
            };
        }
        let was_new = !self.nodes[at].terminal;
        self.nodes[at].terminal = true;
        if was_new {
            self.words += 1;
        }
        was_new
    }

    pub fn contains(&self, word: &str) -> bool {
        matches!(self.walk(word), Some(i) if self.nodes[i].terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.words > 0 && self.walk(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(start) = self.walk(prefix) else {
            return out;
        };
        let mut buf = String::from(prefix);
        if self.nodes[start].terminal {
            out.push(buf.clone());
        }
        let mut stack: Vec<Step> = Vec::new();
        for (&c, &child) in self.nodes[start].children.iter().rev() {
            stack.push(Step::Enter(c, child));
        }
        while let Some(step) = stack.pop() {
            match step {
                Step::Leave => {
                    buf.pop();
                }
                Step::Enter(c, node) => {
                    buf.push(c);
                    if self.nodes[node].terminal {
                        out.push(buf.clone());
                    }
                    stack.push(Step::Leave);
                    for (&cc, &child) in self.nodes[node].children.iter().rev() {
                        stack.push(Step::Enter(cc, child));
                    }
                }
            }
        }
        out
    }
}

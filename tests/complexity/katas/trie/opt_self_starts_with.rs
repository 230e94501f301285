// learner: optimal
// idiom: arena trie, words_with_prefix returns early through the trie's own starts_with before walking
//! A prefix tree (trie) of Unicode words, stored as an arena of nodes.

use std::collections::BTreeMap;

/// One node per distinct prefix. Children are kept in a `BTreeMap`, so walking them
/// visits characters in ascending order (which is also `str` order for UTF-8).
#[derive(Debug, Default)]
struct Node {
    children: BTreeMap<char, usize>,
    is_word: bool,
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    /// `nodes[0]` is the root (the empty prefix). Indices instead of boxes: no recursive
    /// drop, no borrow juggling.
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
        Trie {
            nodes: vec![Node::default()],
            words: 0,
        }
    }

    /// The node for `prefix`, if any stored word passes through it.
    fn find(&self, prefix: &str) -> Option<usize> {
        let mut node = 0;
        for c in prefix.chars() {
            node = *self.nodes[node].children.get(&c)?;
        }
        Some(node)
    }

    /// Adds `word`. Returns `true` if it was not stored before. O(m) for a word of m chars.
    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = 0;
        for c in word.chars() {
            node = match self.nodes[node].children.get(&c) {
                Some(&child) => child,
                None => {
                    let child = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[node].children.insert(c, child);
                    child
                }
            };
        }
        let fresh = !self.nodes[node].is_word;
        self.nodes[node].is_word = true;
        self.words += usize::from(fresh);
        fresh
    }

    /// Returns whether `word` itself was inserted. O(m).
    pub fn contains(&self, word: &str) -> bool {
        self.find(word).is_some_and(|node| self.nodes[node].is_word)
    }

    /// Returns whether some stored word begins with `prefix` (a word is a prefix of itself). O(m).
    pub fn starts_with(&self, prefix: &str) -> bool {
        // Nodes are only created on the way to a word, so every node but the root leads to one;
        // the root does only if the trie is not empty.
        self.find(prefix).is_some() && !self.is_empty()
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
    /// O(m + total length of the words returned).
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut found = Vec::new();
        if !self.starts_with(prefix) {
            return found;
        }
        let Some(start) = self.find(prefix) else {
            return found;
        };
        // Depth-first with an explicit stack and one shared buffer: entering a node appends its
        // character, leaving it removes the character again. Children are pushed in reverse so
        // the smallest character is handled first and the output comes out sorted. Every node
        // below `start` is a prefix of some word returned, so the walk costs no more than the
        // output itself.
        enum Step {
            Enter(char, usize),
            Leave,
        }
        let mut word = prefix.to_string();
        if self.nodes[start].is_word {
            found.push(word.clone());
        }
        let mut stack: Vec<Step> = self.nodes[start]
            .children
            .iter()
            .rev()
            .map(|(&c, &child)| Step::Enter(c, child))
            .collect();
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(c, node) => {
                    word.push(c);
                    if self.nodes[node].is_word {
                        found.push(word.clone());
                    }
                    stack.push(Step::Leave);
                    stack.extend(
                        self.nodes[node]
                            .children
                            .iter()
                            .rev()
                            .map(|(&c, &child)| Step::Enter(c, child)),
                    );
                }
                Step::Leave => {
                    word.pop();
                }
            }
        }
        found
    }
}

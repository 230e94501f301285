// learner: optimal
// idiom: bootcamp style, owned nested nodes (BTreeMap<char, Node>), explicit for-loops over chars, recursive collect with one shared String buffer, comments on every step
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

/// One node of the tree: one prefix.
#[derive(Debug, Default)]
struct Node {
    /// The prefixes one character longer, by that character (sorted).
    children: BTreeMap<char, Node>,
    /// True if a stored word ends exactly here.
    is_word: bool,
}

/// A set of words that answers prefix questions quickly.
#[derive(Debug)]
pub struct Trie {
    /// The node of the empty prefix.
    root: Node,
    /// How many different words are stored.
    count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

/// Adds every word below `node` to `out`, in sorted order.
/// `buffer` holds the characters of the path to `node`.
fn collect_words(node: &Node, buffer: &mut String, out: &mut Vec<String>) {
    // If a word ends here, it comes before every longer word.
    if node.is_word {
        out.push(buffer.clone());
    }
    // Visit the children in character order.
    for (letter, child) in node.children.iter() {
        // Step down: add the letter.
        buffer.push(*letter);
        collect_words(child, buffer, out);
        // Step back up: remove the letter again.
        buffer.pop();
    }
}

impl Trie {
    /// Creates an empty trie.
    pub fn new() -> Self {
        Trie {
            root: Node::default(),
            count: 0,
        }
    }

    /// Walks down the tree along `text`, returning the node at its end if it exists.
    fn find_node(&self, text: &str) -> Option<&Node> {
        // Start at the root.
        let mut current: &Node = &self.root;
        // Follow one child per character.
        for letter in text.chars() {
            match current.children.get(&letter) {
                Some(child) => current = child,
                None => return None, // no such prefix
            }
        }
        Some(current)
    }

    /// Adds `word`. Returns `true` if it was not stored before.
    pub fn insert(&mut self, word: &str) -> bool {
        // Start at the root.
        let mut current: &mut Node = &mut self.root;
        // Go down, creating the nodes that are missing.
        for letter in word.chars() {
            current = current.children.entry(letter).or_default();
        }
        // Already a word? Then nothing changes.
        if current.is_word {
            return false;
        }
        // Mark the end of the word and count it.
        current.is_word = true;
        self.count += 1;
        true
    }

    /// Returns whether `word` itself was inserted.
    pub fn contains(&self, word: &str) -> bool {
        match self.find_node(word) {
            Some(node) => node.is_word,
            None => false,
        }
    }

    /// Returns whether some stored word begins with `prefix`.
    pub fn starts_with(&self, prefix: &str) -> bool {
        // An empty trie has no words at all.
        if self.count == 0 {
            return false;
        }
        // Every node was made by an insert, so a word lies below every node.
        self.find_node(prefix).is_some()
    }

    /// Number of distinct words stored.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Returns `true` if no word is stored.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Every stored word that begins with `prefix`, in ascending order.
    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut result: Vec<String> = Vec::new();
        // Find where the prefix ends.
        let start = match self.find_node(prefix) {
            Some(node) => node,
            None => return result, // nobody starts like that
        };
        // Collect everything below it.
        let mut buffer = String::from(prefix);
        collect_words(start, &mut buffer, &mut result);
        result
    }
}

// learner: slow
// idiom: elixir: a real trie, but words_with_prefix is `all_words() |> Enum.filter(&String.starts_with?(&1, prefix))`
// why: misses words_with_prefix O(m + k): it rebuilds every stored word from the root (O(total size of the trie)) before filtering, whatever the prefix
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    terminal: bool,
    children: BTreeMap<char, Node>,
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    root: Node,
    len: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Node::default(), len: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = &mut self.root;
        for c in word.chars() {
            node = node.children.entry(c).or_default();
        }
        if node.terminal {
            return false;
        }
        node.terminal = true;
        self.len += 1;
        true
    }

    fn lookup(&self, s: &str) -> Option<&Node> {
        s.chars().try_fold(&self.root, |n, c| n.children.get(&c))
    }

    pub fn contains(&self, word: &str) -> bool {
        self.lookup(word).is_some_and(|n| n.terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.len > 0 && self.lookup(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn all_words(&self) -> Vec<String> {
        fn go(node: &Node, path: String, acc: &mut Vec<String>) {
            if node.terminal {
                acc.push(path.clone());
            }
            for (c, child) in &node.children {
                let mut next = path.clone();
                next.push(*c);
                go(child, next, acc);
            }
        }
        let mut acc = Vec::new();
        go(&self.root, String::new(), &mut acc);
        acc
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        self.all_words()
            .into_iter()
            .filter(|w| w.starts_with(prefix))
            .collect()
    }
}

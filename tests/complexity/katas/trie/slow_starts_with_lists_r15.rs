// learner: slow
// why: Trie::starts_with is O(m + size of subtree) time, target O(m): it lists every word under the prefix just to test non-emptiness
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    next: BTreeMap<char, Node>,
    word: bool,
}

#[derive(Debug, Default)]
pub struct Trie {
    root: Node,
    n: usize,
}

impl Trie {
    pub fn new() -> Self {
        Trie::default()
    }

    fn at(&self, s: &str) -> Option<&Node> {
        s.chars().try_fold(&self.root, |node, c| node.next.get(&c))
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let node = word.chars().fold(&mut self.root, |node, c| node.next.entry(c).or_default());
        let fresh = !node.word;
        node.word = true;
        if fresh {
            self.n += 1;
        }
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        self.at(word).map_or(false, |n| n.word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.words_with_prefix(prefix).is_empty()
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        fn go(node: &Node, buf: &mut String, out: &mut Vec<String>) {
            if node.word {
                out.push(buf.clone());
            }
            for (&c, kid) in &node.next {
                buf.push(c);
                go(kid, buf, out);
                buf.pop();
            }
        }
        let mut out = Vec::new();
        if let Some(node) = self.at(prefix) {
            go(node, &mut prefix.to_string(), &mut out);
        }
        out
    }
}

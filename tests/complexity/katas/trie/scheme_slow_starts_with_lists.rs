// learner: slow
// why: Trie::starts_with is O(n) time, target O(m): it lists every word under the prefix and checks the list is non-empty
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    word_here: bool,
    next: BTreeMap<char, Node>,
}

#[derive(Debug)]
pub struct Trie {
    root: Node,
    stored: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

/// Follow one character at a time; a recursion as deep as the path.
fn descend<'a>(node: &'a Node, mut rest: std::str::Chars<'_>) -> Option<&'a Node> {
    match rest.next() {
        None => Some(node),
        Some(ch) => node.next.get(&ch).and_then(|child| descend(child, rest)),
    }
}

/// Accumulate the words below `node`, spelled from `so_far`.
fn gather(node: &Node, so_far: &mut String, acc: &mut Vec<String>) {
    if node.word_here {
        acc.push(so_far.clone());
    }
    for (&ch, child) in &node.next {
        so_far.push(ch);
        gather(child, so_far, acc);
        so_far.pop();
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Node::default(), stored: 0 }
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let end = word.chars().fold(&mut self.root, |node, ch| node.next.entry(ch).or_default());
        if end.word_here {
            false
        } else {
            end.word_here = true;
            self.stored += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        descend(&self.root, word.chars()).map_or(false, |n| n.word_here)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.words_with_prefix(prefix).is_empty()
    }

    pub fn len(&self) -> usize {
        self.stored
    }

    pub fn is_empty(&self) -> bool {
        self.stored == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut acc = Vec::new();
        if let Some(start) = descend(&self.root, prefix.chars()) {
            let mut so_far = prefix.to_string();
            gather(start, &mut so_far, &mut acc);
        }
        acc
    }
}

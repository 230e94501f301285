// learner: optimal
// idiom: elixir: children as a sorted keyword-list-like Vec<(char, Node)> found by binary search; DFS over a stack of (node, buffer length, char) tuples
// why: one binary search (O(log σ)) per char, O(σ) shift on insert at most — constants for a fixed alphabet — so O(m); the DFS visits only the prefix's subtree and truncates one buffer: O(m + k)
//! A prefix tree (trie) of Unicode words: see README.md.

#[derive(Debug, Default)]
struct Node {
    word_here: bool,
    kids: Vec<(char, Node)>,
}

impl Node {
    fn child(&self, c: char) -> Option<&Node> {
        self.kids
            .binary_search_by_key(&c, |(k, _)| *k)
            .ok()
            .map(|i| &self.kids[i].1)
    }

    fn child_or_insert(&mut self, c: char) -> &mut Node {
        let i = match self.kids.binary_search_by_key(&c, |(k, _)| *k) {
            Ok(i) => i,
            Err(i) => {
                self.kids.insert(i, (c, Node::default()));
                i
            }
        };
        &mut self.kids[i].1
    }
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    root: Node,
    size: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Node::default(), size: 0 }
    }

    fn descend(&self, s: &str) -> Option<&Node> {
        let mut chars = s.chars();
        let mut node = &self.root;
        while let Some(c) = chars.next() {
            match node.child(c) {
                Some(n) => node = n,
                None => return None,
            }
        }
        Some(node)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node = &mut self.root;
        for c in word.chars() {
            node = node.child_or_insert(c);
        }
        let fresh = !node.word_here;
        node.word_here = true;
        self.size += fresh as usize;
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        if let Some(n) = self.descend(word) {
            n.word_here
        } else {
            false
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && self.descend(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut found = vec![];
        let start = match self.descend(prefix) {
            Some(n) => n,
            None => return found,
        };
        let mut buf = prefix.to_owned();
        if start.word_here {
            found.push(buf.clone());
        }
        let base = buf.len();
        let mut todo: Vec<(&Node, usize, char)> =
            start.kids.iter().rev().map(|(c, n)| (n, base, *c)).collect();
        while let Some((node, keep, c)) = todo.pop() {
            buf.truncate(keep);
            buf.push(c);
            if node.word_here {
                found.push(buf.clone());
            }
            let len_now = buf.len();
            todo.extend(node.kids.iter().rev().map(|(k, n)| (n, len_now, *k)));
        }
        found
    }
}

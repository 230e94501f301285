// learner: slow
// why: Trie::words_with_prefix is O(m + k*L) time, target O(m + k): every stack entry carries its own copy of the path string (format! per node), so a long chain costs O(L^2)
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    kids: BTreeMap<char, usize>,
    terminal: bool,
}

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
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], count: 0 }
    }

    fn find(&self, s: &str) -> Option<usize> {
        s.chars().try_fold(0usize, |at, c| self.nodes[at].kids.get(&c).copied())
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = 0;
        for c in word.chars() {
            at = match self.nodes[at].kids.get(&c) {
                Some(&next) => next,
                None => {
                    let id = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[at].kids.insert(c, id);
                    id
                }
            };
        }
        if self.nodes[at].terminal {
            return false;
        }
        self.nodes[at].terminal = true;
        self.count += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        self.find(word).map_or(false, |n| self.nodes[n].terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.count == 0 {
            return false;
        }
        // every node in the arena lies on the path to some word
        self.find(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut found = Vec::new();
        let start = match self.find(prefix) {
            Some(n) => n,
            None => return found,
        };
        // like a JS DFS: stack.push([node, path + ch])
        let mut stack: Vec<(usize, String)> = vec![(start, prefix.to_string())];
        while let Some((n, path)) = stack.pop() {
            if self.nodes[n].terminal {
                found.push(path.clone());
            }
            for (c, &child) in self.nodes[n].kids.iter().rev() {
                stack.push((child, format!("{path}{c}")));
            }
        }
        found
    }
}

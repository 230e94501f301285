// learner: optimal
// idiom: arena of nodes with BTreeMap<char, usize> children, try_fold walk, DFS with a stack of BTreeMap iterators (stack depth = buffer length)
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::btree_map;
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    next: BTreeMap<char, usize>,
    end: bool,
}

#[derive(Debug)]
pub struct Trie {
    arena: Vec<Node>,
    size: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Self { arena: vec![Node::default()], size: 0 }
    }

    fn locate(&self, s: &str) -> Option<usize> {
        s.chars().try_fold(0usize, |at, c| self.arena[at].next.get(&c).copied())
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = 0;
        for c in word.chars() {
            at = match self.arena[at].next.get(&c) {
                Some(&i) => i,
                None => {
                    let i = self.arena.len();
                    self.arena.push(Node::default());
                    self.arena[at].next.insert(c, i);
                    i
                }
            };
        }
        let fresh = !std::mem::replace(&mut self.arena[at].end, true);
        self.size += fresh as usize;
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        self.locate(word).map_or(false, |i| self.arena[i].end)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && self.locate(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut found = Vec::new();
        let Some(top) = self.locate(prefix) else { return found };
        if self.arena[top].end {
            found.push(prefix.to_string());
        }
        let mut word = prefix.to_string();
        let mut stack: Vec<btree_map::Iter<'_, char, usize>> = vec![self.arena[top].next.iter()];
        while let Some(it) = stack.last_mut() {
            match it.next() {
                Some((&c, &child)) => {
                    word.push(c);
                    if self.arena[child].end {
                        found.push(word.clone());
                    }
                    stack.push(self.arena[child].next.iter());
                }
                None => {
                    stack.pop();
                    if !stack.is_empty() {
                        word.pop();
                    }
                }
            }
        }
        found
    }
}

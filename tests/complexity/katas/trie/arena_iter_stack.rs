// learner: optimal
// idiom: embedded C style arena: Vec<Node> with u32 ids and BTreeMap<char, u32> edges, while loops; words_with_prefix walks with a stack of btree_map::Iter and truncates one shared String
//! A prefix tree for Unicode words.
use std::collections::btree_map;
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    terminal: bool,
    next: BTreeMap<char, u32>,
}

#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    words: u32,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], words: 0 }
    }

    fn find(&self, s: &str) -> Option<u32> {
        let mut at: u32 = 0;
        let mut it = s.chars();
        while let Some(c) = it.next() {
            match self.nodes[at as usize].next.get(&c) {
                Some(&nx) => at = nx,
                None => return None,
            }
        }
        Some(at)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at: u32 = 0;
        for c in word.chars() {
            let fresh = self.nodes.len() as u32;
            let nx = *self.nodes[at as usize].next.entry(c).or_insert(fresh);
            if nx == fresh {
                self.nodes.push(Node::default());
            }
            at = nx;
        }
        let node = &mut self.nodes[at as usize];
        if node.terminal {
            return false;
        }
        node.terminal = true;
        self.words += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.find(word) {
            Some(i) => self.nodes[i as usize].terminal,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.words == 0 {
            return false;
        }
        self.find(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.words as usize
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let Some(start) = self.find(prefix) else { return out };
        let mut buf = String::from(prefix);
        if self.nodes[start as usize].terminal {
            out.push(buf.clone());
        }
        // each frame: the children iterator of a node and the buffer length at that node
        let mut stack: Vec<(btree_map::Iter<'_, char, u32>, usize)> =
            vec![(self.nodes[start as usize].next.iter(), buf.len())];
        while let Some((it, len)) = stack.last_mut() {
            let len = *len;
            match it.next() {
                Some((&c, &child)) => {
                    buf.truncate(len);
                    buf.push(c);
                    let node = &self.nodes[child as usize];
                    if node.terminal {
                        out.push(buf.clone());
                    }
                    stack.push((node.next.iter(), buf.len()));
                }
                None => {
                    stack.pop();
                }
            }
        }
        out
    }
}

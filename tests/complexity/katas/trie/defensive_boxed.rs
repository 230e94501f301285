// learner: optimal
// idiom: defensive beginner: Box-linked nodes, explicit match on every lookup, early returns, mem::take of the work stack
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;
use std::mem;

#[derive(Debug)]
struct Node {
    children: BTreeMap<char, Box<Node>>,
    terminal: bool,
}

impl Node {
    fn empty() -> Node {
        Node { children: BTreeMap::new(), terminal: false }
    }
}

#[derive(Debug)]
pub struct Trie {
    root: Box<Node>,
    count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

enum Step<'a> {
    Enter(char, &'a Node),
    Leave,
}

impl Trie {
    pub fn new() -> Self {
        Trie { root: Box::new(Node::empty()), count: 0 }
    }

    fn walk(&self, text: &str) -> Option<&Node> {
        let mut node: &Node = &self.root;
        for ch in text.chars() {
            match node.children.get(&ch) {
                Some(child) => node = child,
                None => return None,
            }
        }
        Some(node)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut node: &mut Node = &mut self.root;
        for ch in word.chars() {
            node = node.children.entry(ch).or_insert_with(|| Box::new(Node::empty()));
        }
        if node.terminal {
            return false;
        }
        node.terminal = true;
        self.count += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        match self.walk(word) {
            Some(node) => node.terminal,
            None => false,
        }
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        if self.count == 0 {
            return false;
        }
        match self.walk(prefix) {
            Some(_) => true,
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        if self.count == 0 {
            return true;
        }
        false
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        let start = match self.walk(prefix) {
            Some(node) => node,
            None => return found,
        };
        let mut current = String::from(prefix);
        if start.terminal {
            found.push(current.clone());
        }
        let mut stack: Vec<Step> = Vec::new();
        for (ch, child) in start.children.iter().rev() {
            stack.push(Step::Enter(*ch, child));
        }
        loop {
            let step = match stack.pop() {
                Some(s) => s,
                None => break,
            };
            match step {
                Step::Leave => {
                    let _ = current.pop();
                }
                Step::Enter(ch, node) => {
                    current.push(ch);
                    if node.terminal {
                        found.push(current.clone());
                    }
                    stack.push(Step::Leave);
                    for (c, child) in node.children.iter().rev() {
                        stack.push(Step::Enter(*c, child));
                    }
                }
            }
        }
        let _ = mem::take(&mut stack);
        found
    }
}

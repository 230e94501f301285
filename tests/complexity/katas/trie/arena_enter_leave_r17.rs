// learner: optimal
// idiom: arena Vec<Node> with BTreeMap<char, usize> children, explicit Enter/Leave step stack and one String buffer
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    word_end: bool,
    children: BTreeMap<char, usize>,
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

enum Step {
    Enter(char, usize),
    Leave,
}

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], count: 0 }
    }

    fn find(&self, s: &str) -> Option<usize> {
        let mut cur = 0;
        for c in s.chars() {
            cur = *self.nodes[cur].children.get(&c)?;
        }
        Some(cur)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut cur = 0;
        for c in word.chars() {
            cur = match self.nodes[cur].children.get(&c) {
                Some(&next) => next,
                None => {
                    let id = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[cur].children.insert(c, id);
                    id
                }
            };
        }
        if self.nodes[cur].word_end {
            false
        } else {
            self.nodes[cur].word_end = true;
            self.count += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.find(word).map_or(false, |n| self.nodes[n].word_end)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.count > 0 && self.find(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(start) = self.find(prefix) else { return out };
        let mut buf = String::from(prefix);
        if self.nodes[start].word_end {
            out.push(buf.clone());
        }
        let mut stack: Vec<Step> = self.nodes[start].children.iter().rev().map(|(&c, &n)| Step::Enter(c, n)).collect();
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(c, n) => {
                    buf.push(c);
                    if self.nodes[n].word_end {
                        out.push(buf.clone());
                    }
                    stack.push(Step::Leave);
                    for (&cc, &nn) in self.nodes[n].children.iter().rev() {
                        stack.push(Step::Enter(cc, nn));
                    }
                }
                Step::Leave => {
                    buf.pop();
                }
            }
        }
        out
    }
}

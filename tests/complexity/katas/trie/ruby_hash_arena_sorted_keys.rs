// learner: optimal
// idiom: Ruby-style: arena of HashMap<char, usize> children, each-style closures, children's keys sorted at each visited node (bounded alphabet)
use std::collections::HashMap;

#[derive(Debug, Default)]
struct Node {
    children: HashMap<char, usize>,
    word_end: bool,
}

#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    size: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], size: 0 }
    }

    fn locate(&self, s: &str) -> Option<usize> {
        s.chars().try_fold(0usize, |at, c| self.nodes[at].children.get(&c).copied())
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = 0;
        for c in word.chars() {
            at = match self.nodes[at].children.get(&c) {
                Some(&next) => next,
                None => {
                    let fresh = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[at].children.insert(c, fresh);
                    fresh
                }
            };
        }
        let node = &mut self.nodes[at];
        if node.word_end {
            false
        } else {
            node.word_end = true;
            self.size += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.locate(word).map(|i| self.nodes[i].word_end).unwrap_or(false)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.size > 0 && self.locate(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut found = Vec::new();
        if let Some(start) = self.locate(prefix) {
            let mut path = prefix.to_owned();
            self.collect_into(start, &mut path, &mut found);
        }
        found
    }

    fn collect_into(&self, at: usize, path: &mut String, found: &mut Vec<String>) {
        let node = &self.nodes[at];
        if node.word_end {
            found.push(path.clone());
        }
        let mut kids: Vec<(char, usize)> = node.children.iter().map(|(&c, &i)| (c, i)).collect();
        kids.sort_unstable();
        kids.into_iter().for_each(|(c, i)| {
            path.push(c);
            self.collect_into(i, path, found);
            path.pop();
        });
    }
}

// learner: optimal
// idiom: Groovy/Gradle build engineer: nodes in a flat Vec "registry" addressed by index (like a task graph), lookups as try_fold closures, enumeration with an explicit work stack instead of recursion
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    terminal: bool,
    children: BTreeMap<char, usize>,
}

#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    word_count: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

const ROOT: usize = 0;

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], word_count: 0 }
    }

    fn locate(&self, path: &str) -> Option<usize> {
        path.chars().try_fold(ROOT, |at, c| self.nodes[at].children.get(&c).copied())
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = ROOT;
        for c in word.chars() {
            at = match self.nodes[at].children.get(&c) {
                Some(&next) => next,
                None => {
                    let id = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[at].children.insert(c, id);
                    id
                }
            };
        }
        let node = &mut self.nodes[at];
        if node.terminal {
            return false;
        }
        node.terminal = true;
        self.word_count += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        self.locate(word).map_or(false, |id| self.nodes[id].terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.word_count > 0 && self.locate(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.word_count
    }

    pub fn is_empty(&self) -> bool {
        self.word_count == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let Some(start) = self.locate(prefix) else {
            return Vec::new();
        };
        let mut results = Vec::new();
        let mut buffer = String::from(prefix);
        // work items: (node, byte length of the buffer before this node's char, char to append)
        let mut stack: Vec<(usize, usize, Option<char>)> = vec![(start, buffer.len(), None)];
        while let Some((id, keep, ch)) = stack.pop() {
            buffer.truncate(keep);
            if let Some(c) = ch {
                buffer.push(c);
            }
            let node = &self.nodes[id];
            if node.terminal {
                results.push(buffer.clone());
            }
            let here = buffer.len();
            // reversed so the smallest char is popped first
            node.children.iter().rev().for_each(|(&c, &child)| stack.push((child, here, Some(c))));
        }
        results
    }
}

// learner: optimal
// idiom: arena Vec<Node> with BTreeMap<char, usize> children, walk helper returning Option<usize>, explicit Enter/Leave stack DFS with one String buffer
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    kids: BTreeMap<char, usize>,
    end: bool,
}

/// A set of words that answers prefix questions in time proportional to the
/// length of the query, however many words it holds.
#[derive(Debug)]
pub struct Trie {
    nodes: Vec<Node>,
    words: usize,
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
        Trie { nodes: vec![Node::default()], words: 0 }
    }

    fn walk(&self, s: &str) -> Option<usize> {
        let mut at = 0;
        for c in s.chars() {
            at = *self.nodes[at].kids.get(&c)?;
        }
        Some(at)
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
        if self.nodes[at].end {
            return false;
        }
        self.nodes[at].end = true;
        self.words += 1;
        true
    }

    pub fn contains(&self, word: &str) -> bool {
        self.walk(word).map_or(false, |n| self.nodes[n].end)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        // nothing is ever removed, so every node but the root has a word below it
        match self.walk(prefix) {
            Some(0) => self.words > 0,
            Some(_) => true,
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(start) = self.walk(prefix) else { return out };
        let mut buf = String::from(prefix);
        if self.nodes[start].end {
            out.push(buf.clone());
        }
        let mut stack: Vec<Step> = self.nodes[start].kids.iter().rev().map(|(&c, &n)| Step::Enter(c, n)).collect();
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(c, n) => {
                    buf.push(c);
                    if self.nodes[n].end {
                        out.push(buf.clone());
                    }
                    stack.push(Step::Leave);
                    for (&ch, &child) in self.nodes[n].kids.iter().rev() {
                        stack.push(Step::Enter(ch, child));
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

// learner: optimal
// idiom: data-engineer style: arena Vec<Node> with BTreeMap<char, usize> children, explicit Enter/Leave step stack and one String buffer for the sorted listing
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    children: BTreeMap<char, usize>,
    is_word: bool,
}

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

    fn find(&self, text: &str) -> Option<usize> {
        let mut at = 0;
        for c in text.chars() {
            at = *self.nodes[at].children.get(&c)?;
        }
        Some(at)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = 0;
        for c in word.chars() {
            at = match self.nodes[at].children.get(&c) {
                Some(&next) => next,
                None => {
                    let next = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[at].children.insert(c, next);
                    next
                }
            };
        }
        let fresh = !self.nodes[at].is_word;
        self.nodes[at].is_word = true;
        if fresh {
            self.words += 1;
        }
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        self.find(word).map_or(false, |n| self.nodes[n].is_word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        // every node below the root was created by some inserted word
        self.words > 0 && self.find(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(start) = self.find(prefix) else {
            return out;
        };
        let mut buffer = prefix.to_string();
        if self.nodes[start].is_word {
            out.push(buffer.clone());
        }
        let mut steps: Vec<Step> = self.nodes[start].children.iter().rev().map(|(&c, &n)| Step::Enter(c, n)).collect();
        while let Some(step) = steps.pop() {
            match step {
                Step::Enter(c, n) => {
                    buffer.push(c);
                    if self.nodes[n].is_word {
                        out.push(buffer.clone());
                    }
                    steps.push(Step::Leave);
                    steps.extend(self.nodes[n].children.iter().rev().map(|(&c, &m)| Step::Enter(c, m)));
                }
                Step::Leave => {
                    buffer.pop();
                }
            }
        }
        out
    }
}

// learner: optimal
// idiom: JS-ish: arena Vec<Node> with BTreeMap<char, usize> children, find-node helper via try_fold, explicit Enter/Leave stack + one String buffer
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

enum Step {
    Enter(char, usize),
    Leave,
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
        let mut buf = String::from(prefix);
        if self.nodes[start].terminal {
            found.push(buf.clone());
        }
        let mut stack: Vec<Step> = self.nodes[start]
            .kids
            .iter()
            .rev()
            .map(|(&c, &n)| Step::Enter(c, n))
            .collect();
        while let Some(step) = stack.pop() {
            match step {
                Step::Leave => {
                    buf.pop();
                }
                Step::Enter(c, n) => {
                    buf.push(c);
                    if self.nodes[n].terminal {
                        found.push(buf.clone());
                    }
                    stack.push(Step::Leave);
                    stack.extend(self.nodes[n].kids.iter().rev().map(|(&c, &n)| Step::Enter(c, n)));
                }
            }
        }
        found
    }
}

// learner: slow
// why: Trie::contains and insert are O(m^2) time, target O(m): the i-th char is fetched with chars().nth(i), which decodes the word from its start every step
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    kids: BTreeMap<char, usize>,
    word: bool,
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

    fn node_at(&self, s: &str) -> Option<usize> {
        let len = s.chars().count();
        let mut node = 0;
        let mut i = 0;
        while i < len {
            let c = s.chars().nth(i)?;
            node = *self.nodes[node].kids.get(&c)?;
            i += 1;
        }
        Some(node)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let len = word.chars().count();
        let mut node = 0;
        for i in 0..len {
            let c = word.chars().nth(i).unwrap();
            node = match self.nodes[node].kids.get(&c) {
                Some(&k) => k,
                None => {
                    self.nodes.push(Node::default());
                    let k = self.nodes.len() - 1;
                    self.nodes[node].kids.insert(c, k);
                    k
                }
            };
        }
        let added = !self.nodes[node].word;
        self.nodes[node].word = true;
        if added {
            self.words += 1;
        }
        added
    }

    pub fn contains(&self, word: &str) -> bool {
        self.node_at(word).map_or(false, |n| self.nodes[n].word)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.words > 0 && self.node_at(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(start) = self.node_at(prefix) else { return out };
        let mut buf = prefix.to_string();
        if self.nodes[start].word {
            out.push(buf.clone());
        }
        let mut steps: Vec<Step> = self.nodes[start].kids.iter().rev().map(|(&c, &n)| Step::Enter(c, n)).collect();
        while let Some(step) = steps.pop() {
            match step {
                Step::Enter(c, n) => {
                    buf.push(c);
                    if self.nodes[n].word {
                        out.push(buf.clone());
                    }
                    steps.push(Step::Leave);
                    steps.extend(self.nodes[n].kids.iter().rev().map(|(&c, &m)| Step::Enter(c, m)));
                }
                Step::Leave => {
                    buf.pop();
                }
            }
        }
        out
    }
}

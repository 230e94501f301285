// learner: optimal
// idiom: arena trie with an explicit Enter/Leave stack; a `debug_assert!` checks `out.iter().all(|w| w.starts_with(prefix))` over the k output chars only, still O(m + k)
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    children: BTreeMap<char, usize>,
    end: bool,
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
                    self.nodes.push(Node::default());
                    let next = self.nodes.len() - 1;
                    self.nodes[cur].children.insert(c, next);
                    next
                }
            };
        }
        let fresh = !self.nodes[cur].end;
        self.nodes[cur].end = true;
        if fresh {
            self.count += 1;
        }
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        self.find(word).map_or(false, |n| self.nodes[n].end)
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
        if self.nodes[start].end {
            out.push(buf.clone());
        }
        let mut stack: Vec<Step> = self.nodes[start]
            .children
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
                    if self.nodes[n].end {
                        out.push(buf.clone());
                    }
                    stack.push(Step::Leave);
                    for (&c2, &n2) in self.nodes[n].children.iter().rev() {
                        stack.push(Step::Enter(c2, n2));
                    }
                }
            }
        }
        debug_assert!(out.iter().all(|w| w.starts_with(prefix)));
        out
    }
}

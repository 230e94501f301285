// learner: optimal
// idiom: experienced: arena Vec<Node> with u32 links, let-else walk, explicit Enter/Leave stack for the sorted DFS (no recursion)
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Node {
    next: BTreeMap<char, u32>,
    terminal: bool,
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
    Enter(char, u32),
    Leave,
}

impl Trie {
    pub fn new() -> Self {
        Self { nodes: vec![Node::default()], words: 0 }
    }

    fn walk(&self, s: &str) -> Option<u32> {
        s.chars().try_fold(0u32, |at, c| self.nodes[at as usize].next.get(&c).copied())
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = 0usize;
        for c in word.chars() {
            let fresh = self.nodes.len() as u32;
            let child = *self.nodes[at].next.entry(c).or_insert(fresh);
            if child == fresh {
                self.nodes.push(Node::default());
            }
            at = child as usize;
        }
        let added = !std::mem::replace(&mut self.nodes[at].terminal, true);
        self.words += usize::from(added);
        added
    }

    pub fn contains(&self, word: &str) -> bool {
        self.walk(word).is_some_and(|n| self.nodes[n as usize].terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && self.walk(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let Some(top) = self.walk(prefix) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        let mut buf = String::from(prefix);
        if self.nodes[top as usize].terminal {
            found.push(buf.clone());
        }
        let push_children = |stack: &mut Vec<Step>, n: u32| {
            stack.extend(self.nodes[n as usize].next.iter().rev().map(|(&c, &k)| Step::Enter(c, k)));
        };
        let mut stack = Vec::new();
        push_children(&mut stack, top);
        while let Some(step) = stack.pop() {
            match step {
                Step::Leave => {
                    buf.pop();
                }
                Step::Enter(c, n) => {
                    buf.push(c);
                    if self.nodes[n as usize].terminal {
                        found.push(buf.clone());
                    }
                    stack.push(Step::Leave);
                    push_children(&mut stack, n);
                }
            }
        }
        found
    }
}

// learner: optimal
// idiom: arena Vec<Node> with NodeId newtype, BTreeMap children, generic descend over impl Iterator<char>, explicit Enter/Leave stack
//! A prefix tree (trie) of Unicode words: see README.md.

use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct NodeId(usize);

impl NodeId {
    const ROOT: NodeId = NodeId(0);
}

#[derive(Debug, Default)]
struct Node {
    children: BTreeMap<char, NodeId>,
    terminal: bool,
}

enum Step {
    Enter(char, NodeId),
    Leave,
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

impl Trie {
    pub fn new() -> Self {
        Trie { nodes: vec![Node::default()], words: 0 }
    }

    fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.0]
    }

    fn descend(&self, chars: impl IntoIterator<Item = char>) -> Option<NodeId> {
        chars
            .into_iter()
            .try_fold(NodeId::ROOT, |at, c| self.node(at).children.get(&c).copied())
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut at = NodeId::ROOT;
        for c in word.chars() {
            let fresh = NodeId(self.nodes.len());
            at = match self.nodes[at.0].children.get(&c) {
                Some(&next) => next,
                None => {
                    self.nodes[at.0].children.insert(c, fresh);
                    self.nodes.push(Node::default());
                    fresh
                }
            };
        }
        let added = !std::mem::replace(&mut self.nodes[at.0].terminal, true);
        self.words += usize::from(added);
        added
    }

    pub fn contains(&self, word: &str) -> bool {
        self.descend(word.chars()).is_some_and(|id| self.node(id).terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        // Nodes are only created on the way to a word, so any reached node has a word below it,
        // except the root of an empty trie.
        !self.is_empty() && self.descend(prefix.chars()).is_some()
    }

    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let Some(start) = self.descend(prefix.chars()) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut buf = String::from(prefix);
        if self.node(start).terminal {
            out.push(buf.clone());
        }
        let mut stack: Vec<Step> = Vec::new();
        let push_children = |stack: &mut Vec<Step>, id: NodeId| {
            stack.extend(self.node(id).children.iter().rev().map(|(&c, &n)| Step::Enter(c, n)));
        };
        push_children(&mut stack, start);
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(c, id) => {
                    buf.push(c);
                    if self.node(id).terminal {
                        out.push(buf.clone());
                    }
                    stack.push(Step::Leave);
                    push_children(&mut stack, id);
                }
                Step::Leave => {
                    buf.pop();
                }
            }
        }
        out
    }
}

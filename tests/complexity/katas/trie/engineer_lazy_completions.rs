// learner: optimal
// idiom: over-engineered: arena module with NodeId newtype, Node struct, Path lookup trait, Completions iterator struct (stack of BTreeMap iterators + buffer) implementing Iterator
mod arena {
    use std::collections::BTreeMap;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct NodeId(usize);

    impl NodeId {
        pub const ROOT: NodeId = NodeId(0);
    }

    #[derive(Debug, Default)]
    pub struct Node {
        pub children: BTreeMap<char, NodeId>,
        pub terminal: bool,
    }

    #[derive(Debug)]
    pub struct Arena {
        nodes: Vec<Node>,
    }

    impl Arena {
        pub fn new() -> Self {
            Arena { nodes: vec![Node::default()] }
        }

        pub fn node(&self, id: NodeId) -> &Node {
            &self.nodes[id.0]
        }

        pub fn node_mut(&mut self, id: NodeId) -> &mut Node {
            &mut self.nodes[id.0]
        }

        pub fn child_or_insert(&mut self, parent: NodeId, c: char) -> NodeId {
            if let Some(&id) = self.nodes[parent.0].children.get(&c) {
                return id;
            }
            let id = NodeId(self.nodes.len());
            self.nodes.push(Node::default());
            self.nodes[parent.0].children.insert(c, id);
            id
        }
    }

    pub trait Descend {
        fn descend<I: IntoIterator<Item = char>>(&self, from: NodeId, path: I) -> Option<NodeId>;
    }

    impl Descend for Arena {
        fn descend<I: IntoIterator<Item = char>>(&self, from: NodeId, path: I) -> Option<NodeId> {
            path.into_iter().try_fold(from, |at, c| self.node(at).children.get(&c).copied())
        }
    }
}

mod walk {
    use super::arena::{Arena, NodeId};
    use std::collections::btree_map::Iter;

    /// Lazily yields every word below a node, in ascending order.
    pub struct Completions<'t> {
        arena: &'t Arena,
        stack: Vec<Iter<'t, char, NodeId>>,
        buffer: String,
        pending_root: Option<NodeId>,
    }

    impl<'t> Completions<'t> {
        pub fn new(arena: &'t Arena, root: NodeId, prefix: &str) -> Self {
            Completions { arena, stack: Vec::new(), buffer: prefix.to_owned(), pending_root: Some(root) }
        }
    }

    impl<'t> Iterator for Completions<'t> {
        type Item = String;

        fn next(&mut self) -> Option<String> {
            if let Some(root) = self.pending_root.take() {
                let node = self.arena.node(root);
                self.stack.push(node.children.iter());
                if node.terminal {
                    return Some(self.buffer.clone());
                }
            }
            loop {
                let top = self.stack.last_mut()?;
                match top.next() {
                    Some((&c, &id)) => {
                        self.buffer.push(c);
                        let node = self.arena.node(id);
                        self.stack.push(node.children.iter());
                        if node.terminal {
                            return Some(self.buffer.clone());
                        }
                    }
                    None => {
                        self.stack.pop();
                        // leaving a child: drop its char (the root frame has none of its own)
                        if !self.stack.is_empty() {
                            self.buffer.pop();
                        }
                    }
                }
            }
        }
    }
}

use arena::{Arena, Descend, NodeId};

#[derive(Debug)]
pub struct Trie {
    arena: Arena,
    words: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { arena: Arena::new(), words: 0 }
    }

    fn locate(&self, s: &str) -> Option<NodeId> {
        self.arena.descend(NodeId::ROOT, s.chars())
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let end = word.chars().fold(NodeId::ROOT, |at, c| self.arena.child_or_insert(at, c));
        let node = self.arena.node_mut(end);
        let fresh = !std::mem::replace(&mut node.terminal, true);
        self.words += usize::from(fresh);
        fresh
    }

    pub fn contains(&self, word: &str) -> bool {
        self.locate(word).is_some_and(|id| self.arena.node(id).terminal)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        !self.is_empty() && self.locate(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.words
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        match self.locate(prefix) {
            Some(id) => walk::Completions::new(&self.arena, id, prefix).collect(),
            None => Vec::new(),
        }
    }
}

// learner: optimal
// idiom: Koka: `Option<Weak>` parent link; path_to_root first collects the ancestor handles (walking up), then maps values root-first over the reversed handles -- two linear passes, no shifting
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    parent: Option<Weak<RefCell<Node<T>>>>,
    kids: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: None, kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = Rc::new(RefCell::new(Node {
        value,
        parent: Some(Rc::downgrade(parent)),
        kids: Vec::new(),
    }));
    parent.borrow_mut().kids.push(kid.clone());
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.as_ref().and_then(Weak::upgrade)
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.clone()
}

/// The chain of handles from `node` up to the root, `node` first.
fn ancestors<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let mut chain = vec![node.clone()];
    loop {
        let up = match chain.last() {
            Some(last) => parent(last),
            None => None,
        };
        match up {
            Some(p) => chain.push(p),
            None => return chain,
        }
    }
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    ancestors(node).iter().rev().map(|n| n.borrow().value.clone()).collect()
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut orphans: Vec<NodeRef<T>> = self.kids.drain(..).collect();
        while let Some(orphan) = orphans.pop() {
            if let Ok(cell) = Rc::try_unwrap(orphan) {
                let mut inner = cell.into_inner();
                orphans.extend(inner.kids.drain(..));
            }
        }
    }
}

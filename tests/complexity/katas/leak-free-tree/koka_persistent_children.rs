// learner: slow
// idiom: Koka: children treated as an immutable list -- add_child builds a fresh list `kids ++ [child]` instead of mutating in place
// why: every add_child copies all existing children of the parent: O(w) per call for a parent with w children, O(w^2) to build a wide node
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

enum Up<T> {
    Root,
    Child(Weak<RefCell<Node<T>>>),
}

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    up: Up<T>,
    kids: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: Up::Root, kids: Vec::new() }))
}

/// `xs ++ [x]`, the persistent way.
fn snoc<T>(xs: &[NodeRef<T>], x: NodeRef<T>) -> Vec<NodeRef<T>> {
    xs.iter().cloned().chain(std::iter::once(x)).collect()
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node {
        value,
        up: Up::Child(Rc::downgrade(parent)),
        kids: Vec::new(),
    }));
    let fresh = snoc(&parent.borrow().kids, Rc::clone(&child));
    parent.borrow_mut().kids = fresh;
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    match &node.borrow().up {
        Up::Root => None,
        Up::Child(w) => w.upgrade(),
    }
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut acc = Vec::new();
    let mut here = Some(Rc::clone(node));
    while let Some(n) = here {
        acc.push(n.borrow().value.clone());
        here = parent(&n);
    }
    acc.reverse();
    acc
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut agenda = std::mem::take(&mut self.kids);
        while let Some(k) = agenda.pop() {
            if let Ok(cell) = Rc::try_unwrap(k) {
                let mut node = cell.into_inner();
                agenda.append(&mut node.kids);
            }
        }
    }
}

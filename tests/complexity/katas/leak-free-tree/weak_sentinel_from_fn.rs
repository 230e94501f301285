// learner: optimal
// idiom: Weak::new() as the root sentinel (no Option), ancestors as an impl Iterator built with iter::from_fn, Drop with mem::take and a strong_count check
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    pub value: T,
    up: Weak<RefCell<Node<T>>>,
    kids: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: Weak::new(), kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value, up: Rc::downgrade(parent), kids: Vec::new() }));
    parent.borrow_mut().kids.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.iter().cloned().collect()
}

fn self_and_ancestors<T>(node: &NodeRef<T>) -> impl Iterator<Item = NodeRef<T>> {
    let mut next = Some(Rc::clone(node));
    std::iter::from_fn(move || {
        let current = next.take()?;
        next = parent(&current);
        Some(current)
    })
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: Vec<T> = self_and_ancestors(node).map(|n| n.borrow().value.clone()).collect();
    path.reverse();
    path
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pending = std::mem::take(&mut self.kids);
        while let Some(child) = pending.pop() {
            if Rc::strong_count(&child) == 1 {
                let grandchildren = std::mem::take(&mut child.borrow_mut().kids);
                pending.extend(grandchildren);
            }
        }
    }
}

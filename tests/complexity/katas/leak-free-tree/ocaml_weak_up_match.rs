// learner: optimal
// idiom: OCaml style: Weak parent, match on upgrade in a rev-accumulator walk, iterative Drop matching on Rc::try_unwrap
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    up: Weak<RefCell<Node<T>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pending: Vec<NodeRef<T>> = std::mem::take(&mut self.kids);
        while let Some(child) = pending.pop() {
            match Rc::try_unwrap(child) {
                Ok(cell) => {
                    let mut node = cell.into_inner();
                    pending.append(&mut node.kids);
                    // `node` drops here with no children left
                }
                Err(_still_shared) => (),
            }
        }
    }
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
    node.borrow().kids.iter().map(Rc::clone).collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut acc = Vec::new();
    let mut here = Rc::clone(node);
    loop {
        acc.push(here.borrow().value.clone());
        let up = parent(&here);
        match up {
            None => break,
            Some(p) => here = p,
        }
    }
    acc.reverse();
    acc
}

// learner: slow
// why: path_to_root is O(d^2) time, target O(d): Kotlin's `path.add(0, value)` habit, each insert at the front shifts the whole path
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    /// The payload stored in this node.
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack = std::mem::take(&mut self.children);
        while let Some(child) = stack.pop() {
            Rc::try_unwrap(child).ok().map(|cell| {
                stack.append(&mut cell.borrow_mut().children);
            });
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: Weak::new(), children: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value, parent: Rc::downgrade(parent), children: Vec::new() }));
    parent.borrow_mut().children.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.iter().cloned().collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = Vec::new();
    let mut current = Some(Rc::clone(node));
    while let Some(n) = current {
        path.insert(0, n.borrow().value.clone());
        current = parent(&n);
    }
    path
}

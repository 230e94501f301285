// learner: optimal
// idiom: Kotlin style: nullable Option<Weak> parent, `?.let` via and_then, generateSequence-like iter::successors path, `apply`-style constructor helper, while-let Drop
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
    children: Vec<NodeRef<T>>,
}

impl<T> Node<T> {
    fn wrap(value: T, parent: Option<Weak<RefCell<Node<T>>>>) -> NodeRef<T> {
        Rc::new(RefCell::new(Node { value, parent, children: vec![] }))
    }
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut to_free = std::mem::take(&mut self.children);
        while let Some(rc) = to_free.pop() {
            if let Ok(cell) = Rc::try_unwrap(rc) {
                let grandkids = std::mem::take(&mut cell.borrow_mut().children);
                to_free.extend(grandkids);
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Node::wrap(value, None)
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    Node::wrap(value, Some(Rc::downgrade(parent))).also_push_into(parent)
}

trait AlsoPush<T> {
    fn also_push_into(self, parent: &NodeRef<T>) -> Self;
}
impl<T> AlsoPush<T> for NodeRef<T> {
    fn also_push_into(self, parent: &NodeRef<T>) -> Self {
        parent.borrow_mut().children.push(Rc::clone(&self));
        self
    }
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.as_ref().and_then(Weak::upgrade)
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut values: Vec<T> = std::iter::successors(Some(Rc::clone(node)), parent)
        .map(|n| n.borrow().value.clone())
        .collect();
    values.reverse();
    values
}

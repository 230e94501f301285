// learner: optimal
// idiom: Clojure developer: path built like conj onto a list (VecDeque::push_front, O(1)) while walking up with loop/recur-style rebinding; Drop unrolls the tree by repeatedly popping the last child of the node being taken apart
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Weak<RefCell<Node<T>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        // Pending subtrees to dismantle: a node is only pushed once it has been detached.
        let mut pending = std::mem::take(&mut self.kids);
        while let Some(node) = pending.pop() {
            let Ok(cell) = Rc::try_unwrap(node) else { continue };
            let mut inner = cell.into_inner();
            pending.append(&mut inner.kids);
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up: Weak::new(), kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = Rc::new(RefCell::new(Node { value, up: Rc::downgrade(parent), kids: Vec::new() }));
    parent.borrow_mut().kids.push(Rc::clone(&kid));
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().kids.to_vec()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = VecDeque::new();
    let mut at = Some(Rc::clone(node));
    while let Some(n) = at {
        path.push_front(n.borrow().value.clone());
        at = parent(&n);
    }
    path.into()
}

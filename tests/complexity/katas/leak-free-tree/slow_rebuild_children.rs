// learner: slow
// why: add_child is O(w) time and space, target O(1): "persistent" style, it builds a new children Vec from the old one chained with the new child and swaps it in
//! A tree with parent links that does not leak.

use std::cell::RefCell;
use std::iter;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Option<Weak<RefCell<Node<T>>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pending = std::mem::take(&mut self.children);
        while let Some(n) = pending.pop() {
            if let Ok(cell) = Rc::try_unwrap(n) {
                pending.extend(std::mem::take(&mut cell.into_inner().children));
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: None, children: vec![] }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value, parent: Some(Rc::downgrade(parent)), children: vec![] }));
    let updated: Vec<NodeRef<T>> = parent.borrow().children.iter().cloned().chain(iter::once(child.clone())).collect();
    parent.borrow_mut().children = updated;
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.as_ref().and_then(|w| w.upgrade())
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = vec![node.borrow().value.clone()];
    let mut cur = parent(node);
    while let Some(p) = cur {
        path.push(p.borrow().value.clone());
        cur = parent(&p);
    }
    path.reverse();
    path
}

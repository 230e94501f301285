// learner: optimal
// idiom: functional: path as an unfold (iter::successors) mapped and collected, then reversed; Option combinators everywhere; drop as a worklist drained with flat_map-style extends
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::iter;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Weak<RefCell<Node<T>>>,
    kids: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut pending = std::mem::take(&mut self.kids);
        while let Some(next) = pending.pop() {
            let orphans = Rc::try_unwrap(next)
                .ok()
                .map(|cell| std::mem::take(&mut cell.into_inner().kids))
                .unwrap_or_default();
            pending.extend(orphans);
        }
    }
}

fn make<T>(value: T, up: Weak<RefCell<Node<T>>>) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, up, kids: Vec::new() }))
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    make(value, Weak::new())
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = make(value, Rc::downgrade(parent));
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
    let mut leaf_first: Vec<T> = iter::successors(Some(Rc::clone(node)), parent)
        .map(|n| n.borrow().value.clone())
        .collect();
    leaf_first.reverse();
    leaf_first
}

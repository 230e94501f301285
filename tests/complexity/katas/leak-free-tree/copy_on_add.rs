// learner: slow
// why: add_child is O(k) time and space, target O(1): Groovy-style `children = children + [kid]` copies the whole child list on every add
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack: Vec<NodeRef<T>> = self.children.drain(..).collect();
        while let Some(c) = stack.pop() {
            if let Ok(cell) = Rc::try_unwrap(c) {
                stack.extend(cell.into_inner().children.drain(..));
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: Weak::new(), children: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let kid = Rc::new(RefCell::new(Node { value, parent: Rc::downgrade(parent), children: Vec::new() }));
    let updated: Vec<NodeRef<T>> = parent
        .borrow()
        .children
        .iter()
        .cloned()
        .chain(std::iter::once(kid.clone()))
        .collect();
    parent.borrow_mut().children = updated;
    kid
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.iter().map(Rc::clone).collect()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut out: Vec<T> = std::iter::successors(Some(node.clone()), parent)
        .map(|n| n.borrow().value.clone())
        .collect();
    out.reverse();
    out
}

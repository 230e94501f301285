// learner: slow
// why: add_child is O(w) time and space, target O(1): rebuilds the parent's children Vec (clone + push) on every insertion
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
        let mut todo = std::mem::take(&mut self.children);
        while let Some(c) = todo.pop() {
            if let Ok(cell) = Rc::try_unwrap(c) {
                todo.append(&mut cell.into_inner().children);
            }
        }
    }
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: Weak::new(), children: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value, parent: Rc::downgrade(parent), children: Vec::new() }));
    let mut updated: Vec<NodeRef<T>> = parent.borrow().children.iter().cloned().collect();
    updated.push(Rc::clone(&child));
    parent.borrow_mut().children = updated;
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut out = Vec::new();
    let mut cur = Rc::clone(node);
    out.push(cur.borrow().value.clone());
    while let Some(p) = parent(&cur) {
        out.push(p.borrow().value.clone());
        cur = p;
    }
    out.reverse();
    out
}

// learner: slow
// idiom: a Modula-2 teacher: Weak parent link and iterative teardown done right, but the path is built root-first directly by inserting each ancestor's value at position 0
// why: path_to_root is O(d^2) time: each insert(0, ..) shifts the whole path built so far, d times, vs the O(d) target
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    up: Weak<RefCell<Node<T>>>,
    kids: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value: value, up: Weak::new(), kids: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value: value, up: Rc::downgrade(parent), kids: Vec::new() }));
    parent.borrow_mut().kids.push(Rc::clone(&child));
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().up.upgrade()
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    let mut result = Vec::new();
    for k in node.borrow().kids.iter() {
        result.push(Rc::clone(k));
    }
    result
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path: Vec<T> = Vec::new();
    let mut current = Rc::clone(node);
    loop {
        /* the ancestor goes in front of everything found so far */
        path.insert(0, current.borrow().value.clone());
        let next = parent(&current);
        match next {
            Some(p) => current = p,
            None => break,
        }
    }
    path
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack = std::mem::take(&mut self.kids);
        while let Some(top) = stack.pop() {
            if let Ok(cell) = Rc::try_unwrap(top) {
                let mut inner = cell.into_inner();
                stack.append(&mut inner.kids);
            }
        }
    }
}

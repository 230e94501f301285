// learner: optimal
// idiom: textbook Rc-down/Weak-up; iterative Drop with an explicit Vec stack and Rc::try_unwrap; path by push-then-reverse in a while-let loop
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::mem;
use std::rc::{Rc, Weak};

pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

pub struct Node<T> {
    pub value: T,
    parent: Weak<RefCell<Node<T>>>,
    children: Vec<NodeRef<T>>,
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack = mem::take(&mut self.children);
        while let Some(child) = stack.pop() {
            if let Ok(cell) = Rc::try_unwrap(child) {
                let mut node = cell.into_inner();
                stack.append(&mut node.children);
                // `node` drops here with no children left: no recursion
            }
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
    node.borrow().children.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut path = vec![node.borrow().value.clone()];
    let mut cur = parent(node);
    while let Some(n) = cur {
        path.push(n.borrow().value.clone());
        cur = parent(&n);
    }
    path.reverse();
    path
}

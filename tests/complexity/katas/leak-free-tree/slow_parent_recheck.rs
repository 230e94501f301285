// learner: slow
// why: parent is O(w) time, target O(1): after upgrading the Weak link it double-checks that the node is still among the parent's children with iter().any
//! A tree whose children are owned and whose parent links are not.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A shared handle to a node. Cloning the handle does not copy the node.
pub type NodeRef<T> = Rc<RefCell<Node<T>>>;

/// One node of the tree.
pub struct Node<T> {
    pub value: T,
    parent: Option<Weak<RefCell<Node<T>>>>,
    children: Vec<NodeRef<T>>,
}

pub fn new_node<T>(value: T) -> NodeRef<T> {
    Rc::new(RefCell::new(Node { value, parent: None, children: Vec::new() }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let child = Rc::new(RefCell::new(Node { value, parent: Some(Rc::downgrade(parent)), children: Vec::new() }));
    parent.borrow_mut().children.push(child.clone());
    child
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    let p = node.borrow().parent.as_ref()?.upgrade()?;
    let still_child = p.borrow().children.iter().any(|c| Rc::ptr_eq(c, node));
    if still_child {
        Some(p)
    } else {
        None
    }
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut out = vec![node.borrow().value.clone()];
    let mut cur = node.borrow().parent.as_ref().and_then(|w| w.upgrade());
    while let Some(n) = cur {
        out.push(n.borrow().value.clone());
        cur = n.borrow().parent.as_ref().and_then(|w| w.upgrade());
    }
    out.reverse();
    out
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack = std::mem::take(&mut self.children);
        while let Some(c) = stack.pop() {
            if Rc::strong_count(&c) == 1 {
                let mut more = std::mem::take(&mut c.borrow_mut().children);
                stack.append(&mut more);
            }
        }
    }
}

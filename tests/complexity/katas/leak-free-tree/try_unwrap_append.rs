// learner: optimal
// idiom: Option<Weak> parent, path via a Vec of strong ancestor handles read back with rev(), Drop that moves nodes out with Rc::try_unwrap + into_inner and append()s their children
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
    Rc::new(RefCell::new(Node { value, parent: None, children: vec![] }))
}

pub fn add_child<T>(parent: &NodeRef<T>, value: T) -> NodeRef<T> {
    let node = new_node(value);
    node.borrow_mut().parent = Some(Rc::downgrade(parent));
    parent.borrow_mut().children.push(node.clone());
    node
}

pub fn parent<T>(node: &NodeRef<T>) -> Option<NodeRef<T>> {
    node.borrow().parent.as_ref().and_then(Weak::upgrade)
}

pub fn children<T>(node: &NodeRef<T>) -> Vec<NodeRef<T>> {
    node.borrow().children.clone()
}

pub fn path_to_root<T: Clone>(node: &NodeRef<T>) -> Vec<T> {
    let mut chain: Vec<NodeRef<T>> = vec![node.clone()];
    loop {
        let up = match chain.last() {
            Some(last) => parent(last),
            None => None,
        };
        match up {
            Some(p) => chain.push(p),
            None => break,
        }
    }
    chain.iter().rev().map(|n| n.borrow().value.clone()).collect()
}

impl<T> Drop for Node<T> {
    fn drop(&mut self) {
        let mut stack = std::mem::replace(&mut self.children, Vec::new());
        'free: loop {
            let Some(child) = stack.pop() else { break 'free };
            if let Ok(cell) = Rc::try_unwrap(child) {
                let mut inner = cell.into_inner();
                stack.append(&mut inner.children);
                // `inner` drops here with no children left
            }
        }
    }
}
